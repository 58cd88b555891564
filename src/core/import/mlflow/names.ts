/**
 * MLflow's model names made registry names (lowercase letters, digits, `_`
 * and `-`, see format/layout.ts), stably: a model imported before keeps the
 * folder whose model.yaml records its MLflow name (`x-mlflow-name`); two
 * names that would share a folder, or a folder another model already has,
 * get `-2`, `-3`… in the order MLflow's names sort.
 */
import { MODEL_NAME_RE } from '../../format/layout.js';

/** `Churn Model.v2` → `churn-model-v2`; at most 64 characters, a letter or digit at each end. */
export function registrySafeName(name: string): string {
  const safe = name
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[_-]+|[_-]+$/g, '');
  const cut = safe.slice(0, 64).replace(/[_-]+$/, '');
  return cut || 'model';
}

export interface NameMapping {
  mlflow: string;
  registry: string;
  /** Why it is not the plain registry-safe form. */
  note?: string;
}

/**
 * Each MLflow name's folder. `existing` maps every model folder of the
 * registry to the MLflow name its model.yaml records (undefined: none).
 */
export function mapNames(mlflowNames: readonly string[], existing: ReadonlyMap<string, string | undefined>): NameMapping[] {
  const byMlflow = new Map<string, string>();
  for (const [folder, mlflow] of existing) if (mlflow !== undefined && !byMlflow.has(mlflow)) byMlflow.set(mlflow, folder);
  const taken = new Set(existing.keys());
  const out: NameMapping[] = [];
  const fresh: string[] = [];
  for (const name of [...new Set(mlflowNames)].sort()) {
    const folder = byMlflow.get(name);
    if (folder !== undefined) out.push({ mlflow: name, registry: folder });
    else fresh.push(name);
  }
  for (const name of fresh) {
    const base = registrySafeName(name);
    let candidate = base;
    for (let n = 2; taken.has(candidate); n++) {
      const suffix = `-${n}`;
      candidate = `${base.slice(0, 64 - suffix.length).replace(/[_-]+$/, '')}${suffix}`;
    }
    taken.add(candidate);
    const note = candidate !== base ? `${base} is taken by another model` : undefined;
    if (!MODEL_NAME_RE.test(candidate)) throw new Error(`internal: ${candidate} is not a model name`);
    out.push({ mlflow: name, registry: candidate, ...(note ? { note } : {}) });
  }
  return out.sort((a, b) => (a.mlflow < b.mlflow ? -1 : a.mlflow > b.mlflow ? 1 : 0));
}
