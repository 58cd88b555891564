/**
 * `show`: one model of a registry folder, or one version of it, as the model
 * view (core/report/model-view.ts): the card, what runs in each stage and
 * since when (git's history, when there is one), every version; for a
 * version its metrics against production, lineage and artifacts.
 */
import { readRegistryHistory } from '../adapters/git/registry-history.js';
import { isValidModelName } from '../core/registry/registry.js';
import { modelView, type ModelView, type ShowRef } from '../core/report/model-view.js';
import { parseModelRef } from '../core/serving/model-ref.js';
import { buildHistory } from '../core/stages/history.js';
import { stageStatus } from '../core/stages/status.js';
import { RefNotFoundError, UsageError } from '../errors/index.js';
import { validateRegistry } from './validate-registry.js';

export async function showModel(options: { root: string; ref: string }): Promise<ModelView> {
  const ref = parseShowRef(options.ref);
  const { registry } = await validateRegistry({ root: options.root });
  const git = readRegistryHistory(options.root);
  const history = git.available ? buildHistory(git.facts, registry.settings) : new Map();
  const status = stageStatus(registry, history).find((m) => m.name === ref.model);
  const shown = modelView(registry, ref, status);
  if ('problem' in shown) throw new RefNotFoundError(shown.problem);
  return shown.view;
}

function parseShowRef(text: string): ShowRef {
  if (!/[@#]|^models:\//.test(text)) {
    if (!isValidModelName(text)) throw new UsageError(`${JSON.stringify(text)} is not a model name (e.g. churn-gbm, churn-gbm@1.2.0, churn-gbm#production)`);
    return { model: text, kind: 'model' };
  }
  const parsed = parseModelRef(text);
  if ('problem' in parsed) throw new UsageError(parsed.problem);
  return parsed.ref;
}
