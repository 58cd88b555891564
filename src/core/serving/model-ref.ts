/**
 * A model reference as a deployment names it: `churn@1.2.0`, `churn#production`,
 * `churn@latest`, or MLflow's URIs for code that already has them:
 * `models:/churn@champion` (an alias: a stage, or an alias registry.yaml maps
 * to a stage, as `import mlflow --alias-stage` records it), `models:/churn/3`
 * (MLflow's version 3, which `import mlflow` made 3.0.0) and the legacy stage
 * form `models:/churn/Production`.
 */
import { isValidModelName, isValidStageName, isValidVersion } from '../registry/registry.js';
import type { ModelRef } from './types.js';

export type ParsedRef = { ref: ModelRef } | { problem: string };

const EXAMPLES = 'e.g. churn-gbm@1.2.0, churn-gbm#production, churn-gbm@latest, models:/churn-gbm@champion or models:/churn-gbm/3';
/** MLflow's alias names: letters, digits, `_` and `-`. */
const ALIAS_RE = /^[A-Za-z0-9_-]{1,255}$/;

export function parseModelRef(text: string): ParsedRef {
  const mlflow = /^models:\/([^/@#]+)(?:@([^/@#]+)|\/([^/@#]+))$/.exec(text);
  if (mlflow) {
    const [, model, alias, segment] = mlflow;
    // MLflow's version N is the N.0.0 that `import mlflow` made of it (a number with no leading zero).
    if (segment !== undefined && /^[1-9]\d*$/.test(segment)) return checked({ model, kind: 'version', version: `${segment}.0.0` }, text);
    // MLflow's stage names are capitalised (Production, Staging); registry stages are lowercase.
    const stage = (alias ?? segment).toLowerCase();
    if (stage === 'latest') return checked({ model, kind: 'latest' }, text);
    if (alias !== undefined) return checked({ model, kind: 'stage', stage, alias }, text);
    return checked({ model, kind: 'stage', stage }, text);
  }
  const hash = text.indexOf('#');
  if (hash > 0) return checked({ model: text.slice(0, hash), kind: 'stage', stage: text.slice(hash + 1) }, text);
  const at = text.indexOf('@');
  if (at > 0) {
    const version = text.slice(at + 1).replace(/^v(?=\d)/, '');
    if (version === 'latest') return checked({ model: text.slice(0, at), kind: 'latest' }, text);
    return checked({ model: text.slice(0, at), kind: 'version', version }, text);
  }
  return { problem: `${text}: name a version, a stage or latest (${EXAMPLES})` };
}

function checked(ref: ModelRef, text: string): ParsedRef {
  if (!isValidModelName(ref.model)) return { problem: `${text}: ${ref.model} is not a model name (${EXAMPLES})` };
  if (ref.kind === 'stage' && ref.alias !== undefined) {
    if (!ALIAS_RE.test(ref.alias)) return { problem: `${text}: ${ref.alias} is not a stage or an MLflow alias (${EXAMPLES})` };
  } else if (ref.kind === 'stage' && !isValidStageName(ref.stage)) return { problem: `${text}: ${ref.stage} is not a stage name (${EXAMPLES})` };
  if (ref.kind === 'version' && !isValidVersion(ref.version)) return { problem: `${text}: ${ref.version} is not a SemVer version such as 1.2.0 (${EXAMPLES})` };
  return { ref };
}
