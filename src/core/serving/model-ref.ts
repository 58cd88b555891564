/**
 * A model reference as a deployment names it: `churn@1.2.0`, `churn#production`,
 * `churn@latest`, or MLflow's `models:/churn@production` (alias form) and
 * `models:/churn/Production` (legacy stage form) for code that already has it.
 */
import { isValidModelName, isValidStageName, isValidVersion } from '../registry/registry.js';
import type { ModelRef } from './types.js';

export type ParsedRef = { ref: ModelRef } | { problem: string };

const EXAMPLES = 'e.g. churn-gbm@1.2.0, churn-gbm#production, churn-gbm@latest or models:/churn-gbm@production';

export function parseModelRef(text: string): ParsedRef {
  const mlflow = /^models:\/([^/@#]+)(?:@([^/@#]+)|\/([^/@#]+))$/.exec(text);
  if (mlflow) {
    // MLflow's stage names are capitalised (Production, Staging); registry stages are lowercase.
    const stage = (mlflow[2] ?? mlflow[3]).toLowerCase();
    if (/^\d+$/.test(stage)) return { problem: `${text}: MLflow version numbers are not registry versions; name the version (${EXAMPLES})` };
    if (stage === 'latest') return checked({ model: mlflow[1], kind: 'latest' }, text);
    return checked({ model: mlflow[1], kind: 'stage', stage }, text);
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
  if (ref.kind === 'stage' && !isValidStageName(ref.stage)) return { problem: `${text}: ${ref.stage} is not a stage name (${EXAMPLES})` };
  if (ref.kind === 'version' && !isValidVersion(ref.version)) return { problem: `${text}: ${ref.version} is not a SemVer version such as 1.2.0 (${EXAMPLES})` };
  return { ref };
}
