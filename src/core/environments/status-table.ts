/**
 * The environments table of `status`, as plain cells: the CLI prints them as
 * a text table, the Action escapes each into a Markdown table for the job
 * summary. Every cell holds registry or GitHub text: callers escape it.
 */
import { formatDuration } from './duration.js';
import { isDrift, type EnvironmentRow } from './status.js';

export const ENVIRONMENT_COLUMNS = ['model', 'stage', 'declared', 'environment', 'running', 'since', 'drift'];

export function environmentCells(rows: readonly EnvironmentRow[], maxDrift: string): string[][] {
  return rows.map((row) => {
    const head = [row.model, row.stage, row.declared ?? '-', row.environment];
    if (!isDrift(row)) return [...head, 'not read', '-', '-'];
    return [...head, row.running ?? 'nothing', row.runningSince ?? '-', driftWords(row, maxDrift)];
  });
}

function driftWords(row: EnvironmentRow & { matches: boolean; driftMs?: number; exceeded: boolean }, maxDrift: string): string {
  if (row.matches) return 'matches';
  if (row.driftMs === undefined) return 'drifted (since unknown)';
  return `drifted ${formatDuration(row.driftMs)}${row.exceeded ? ` (over ${maxDrift})` : ''}`;
}
