/**
 * `environment-drift`: an environment running something other than its stage
 * declares for longer than max_drift. One rule for the audit (core/audit/audit.ts)
 * and the catalogue's api/audit.json, from the same rows (core/environments/drift.ts).
 */
import type { EnvironmentDrift } from '../environments/drift.js';
import { formatDuration } from '../environments/duration.js';
import { finding, type AuditFinding } from './finding.js';

/** `stagesFile`: the model's stages.yaml (where the finding points), or undefined for a model the registry does not hold. */
export function driftFindings(rows: readonly EnvironmentDrift[], stagesFile: (model: string) => string | undefined, maxDrift?: string): AuditFinding[] {
  const findings: AuditFinding[] = [];
  for (const row of rows) {
    const file = stagesFile(row.model);
    if (!row.exceeded || row.matches || file === undefined) continue;
    const how = row.driftMs === undefined ? 'for an unknown time' : `for ${formatDuration(row.driftMs)}`;
    findings.push(
      finding(
        'environment-drift',
        row.model,
        file,
        `${row.environment} runs ${row.running ?? 'nothing'} while ${row.stage} declares ${row.declared ?? 'nothing'}, ${how}: longer than max_drift${maxDrift ? ` ${maxDrift}` : ''}; deploy what the stage declares, or change the stage`,
        [row.environment, row.stage, row.declared ?? '', row.running ?? ''],
        { stage: row.stage, ...(row.declared ? { version: row.declared } : {}) },
      ),
    );
  }
  return findings;
}
