/**
 * A review report read back from JSON that an untrusted run produced (a fork's
 * pull request uploads it; a trusted workflow posts it). Every field is
 * rebuilt with the type the renderer expects, so a crafted file can carry
 * text, which the renderer escapes, but never markup in a number's place.
 */
import type { Problem } from '../problems.js';
import { RULES, type RuleId } from '../rules/catalog.js';
import type { GraphEdge, GraphNode } from '../output/mermaid.js';
import type { Delta, MetricRow, Verdict } from './metric-comparison.js';
import type { ReviewReport, VersionReview } from './review.js';

export class InvalidReportError extends Error {}

const str = (v: unknown, max = 2000): string => String(v ?? '').slice(0, max);
const optStr = (v: unknown, max = 2000): string | undefined => (v === undefined || v === null ? undefined : str(v, max));
const int = (v: unknown): number => (Number.isFinite(Number(v)) ? Math.trunc(Number(v)) : 0);
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
const arr = (v: unknown, max: number): unknown[] => (Array.isArray(v) ? v.slice(0, max) : []);
const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const oneOf = <T extends string>(v: unknown, allowed: readonly T[], fallback: T): T => ((allowed as readonly unknown[]).includes(v) ? (v as T) : fallback);

export function reviewFromJson(json: unknown): { report: ReviewReport; pullRequest?: number } {
  const r = obj(json);
  if (!Array.isArray(r.problems) || !Array.isArray(r.changed)) throw new InvalidReportError('not a model-registry review report (no problems or changed lists)');
  const problems: Problem[] = arr(r.problems, 5000).map((p) => {
    const o = obj(p);
    return {
      file: str(o.file, 500),
      line: Math.max(1, int(o.line)),
      column: Math.max(1, int(o.column)),
      severity: oneOf(o.severity, ['error', 'warning'] as const, 'error'),
      rule: (typeof o.rule === 'string' && o.rule in RULES ? o.rule : 'schema') as RuleId,
      message: str(o.message),
    };
  });
  const changed: VersionReview[] = arr(r.changed, 1000).map((c) => {
    const o = obj(c);
    return {
      model: str(o.model, 100),
      version: str(o.version, 100),
      kind: oneOf(o.kind, ['added', 'changed'] as const, 'added'),
      newModel: o.newModel === true,
      summary: optStr(o.summary, 500),
      production: optStr(o.production, 100),
      previous: optStr(o.previous, 100),
      metrics: arr(o.metrics, 200).map(metricRow),
    };
  });
  const errors = problems.filter((p) => p.severity === 'error').length;
  const report: ReviewReport = {
    ok: errors === 0,
    errors,
    warnings: problems.length - errors,
    models: Math.max(0, int(r.models)),
    versions: Math.max(0, int(r.versions)),
    problems,
    changed,
    stages: arr(r.stages, 1000).map((s) => {
      const o = obj(s);
      return { model: str(o.model, 100), stage: str(o.stage, 100), from: optStr(o.from, 100), to: optStr(o.to, 100) };
    }),
    lineage: arr(r.lineage, 100).map((l) => {
      const o = obj(l);
      const g = obj(o.graph);
      return {
        model: str(o.model, 100),
        graph: {
          nodes: arr(g.nodes, 500).map((n): GraphNode => {
            const x = obj(n);
            return { id: str(x.id, 500), label: str(x.label, 200), kind: oneOf(x.kind, ['version', 'focus', 'external', 'dataset', 'code'] as const, 'version') };
          }),
          edges: arr(g.edges, 2000).map((e): GraphEdge => {
            const x = obj(e);
            return { from: str(x.from, 500), to: str(x.to, 500), label: optStr(x.label, 100) };
          }),
        },
      };
    }),
    productionStage: str(r.productionStage || 'production', 100),
  };
  const pr = int(r.pullRequest);
  return { report, pullRequest: pr > 0 ? pr : undefined };
}

function metricRow(value: unknown): MetricRow {
  const o = obj(value);
  const against: Record<string, Delta | undefined> = {};
  for (const key of ['production', 'previous']) {
    const d = obj(obj(o.against)[key]);
    if (typeof d.delta === 'number' && typeof d.value === 'number') {
      against[key] = { version: str(d.version, 100), value: d.value, delta: d.delta, verdict: oneOf(d.verdict, ['better', 'worse', 'same', 'unknown'] as const, 'unknown') as Verdict };
    }
  }
  const ci = Array.isArray(o.ci) && o.ci.length === 2 && o.ci.every((x) => typeof x === 'number') ? (o.ci as [number, number]) : undefined;
  return { name: str(o.name, 200), value: num(o.value), unit: optStr(o.unit, 50), direction: o.direction === 'higher' || o.direction === 'lower' ? o.direction : undefined, ci, against };
}
