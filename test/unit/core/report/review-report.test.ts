/**
 * The review of a pull request as data (buildReview) and as Markdown
 * (renderReviewMarkdown): metric deltas judged by each metric's direction,
 * production and previous versions, new models, stage changes, the size limit
 * of a comment. `model-registry diff` on a real repository is in
 * test/e2e/cli-diff.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { COMMENT_OPTIONS, renderReviewMarkdown, SUMMARY_OPTIONS } from '../../../../src/core/output/review-markdown.js';
import type { Problem } from '../../../../src/core/problems.js';
import { loadRegistry } from '../../../../src/core/registry/load.js';
import { buildReview, type ReviewReport, type VersionReview } from '../../../../src/core/report/review.js';
import { baseFiles, card, modelYaml, newVersion, REGISTRY_YAML, snapshot, type Files } from '../../../support/review-registry.js';

function review(head: Files, base: Files = baseFiles(), problems: Problem[] = []): ReviewReport {
  return buildReview(loadRegistry(snapshot(base)), loadRegistry(snapshot({ ...base, ...head })), problems);
}

function version(report: ReviewReport, id: string): VersionReview {
  const found = report.changed.find((c) => `${c.model}@${c.version}` === id);
  expect(found, `${id} in ${report.changed.map((c) => `${c.model}@${c.version}`).join(', ')}`).toBeDefined();
  return found!;
}

function row(report: ReviewReport, id: string, metric: string) {
  const found = version(report, id).metrics.find((m) => m.name === metric);
  expect(found, `${metric} of ${id}`).toBeDefined();
  return found!;
}

describe('metric deltas follow the direction of each metric', () => {
  it('better: a higher-is-better metric rises (🟢 ▲ +x), a lower-is-better one falls (🟢 ▼ -x)', () => {
    const r = review(newVersion('1.2.0', 'accuracy: 0.95\nf1: 0.80\nlatency_ms: 10\n'));
    const accuracy = row(r, 'm@1.2.0', 'accuracy');
    expect(accuracy).toMatchObject({ value: 0.95, direction: 'higher' });
    expect(accuracy.against.production).toEqual({ version: '1.0.0', value: 0.9, delta: 0.05, text: '+0.05', verdict: 'better' });
    expect(accuracy.against.previous).toEqual({ version: '1.1.0', value: 0.92, delta: 0.03, text: '+0.03', verdict: 'better' });
    const latency = row(r, 'm@1.2.0', 'latency_ms');
    expect(latency).toMatchObject({ value: 10, direction: 'lower', unit: 'ms' });
    expect(latency.against.production).toEqual({ version: '1.0.0', value: 12, delta: -2, text: '-2', verdict: 'better' });
    expect(latency.against.previous).toEqual({ version: '1.1.0', value: 11, delta: -1, text: '-1', verdict: 'better' });
    expect(row(r, 'm@1.2.0', 'f1').against.production).toMatchObject({ delta: 0, verdict: 'same' });

    const md = renderReviewMarkdown(r, SUMMARY_OPTIONS);
    expect(md).toContain('| Metric | 1.2.0 | vs production 1.0.0 | vs previous 1.1.0 |');
    expect(md).toContain('|---|---:|---:|---:|');
    expect(md).toContain('| accuracy ↑ | 0.95 | 🟢 ▲ +0.05 | 🟢 ▲ +0.03 |');
    expect(md).toContain('| f1 ↑ | 0.8 | ⚪ ±0 | ⚪ ±0 |');
    expect(md).toContain('| latency&#95;ms ↓ | 10 ms | 🟢 ▼ -2 | 🟢 ▼ -1 |');
  });

  it('worse: a higher-is-better metric falls (🔴 ▼ -x), a lower-is-better one rises (🔴 ▲ +x)', () => {
    const r = review(newVersion('1.2.0', 'accuracy: 0.85\nf1: 0.81\nlatency_ms: 15.5\n'));
    expect(row(r, 'm@1.2.0', 'accuracy').against.production).toMatchObject({ delta: -0.05, verdict: 'worse' });
    expect(row(r, 'm@1.2.0', 'latency_ms').against.previous).toMatchObject({ delta: 4.5, verdict: 'worse' });
    const md = renderReviewMarkdown(r, SUMMARY_OPTIONS);
    expect(md).toContain('| accuracy ↑ | 0.85 | 🔴 ▼ -0.05 | 🔴 ▼ -0.07 |');
    expect(md).toContain('| f1 ↑ | 0.81 | 🟢 ▲ +0.01 | 🟢 ▲ +0.01 |');
    expect(md).toContain('| latency&#95;ms ↓ | 15.5 ms | 🔴 ▲ +3.5 | 🔴 ▲ +4.5 |');
  });

  it('a metric outside the catalogue has no direction: its delta is shown, not judged', () => {
    const r = review(newVersion('1.2.0', 'accuracy: 0.93\nf1: 0.8\nlatency_ms: 11\nthroughput: 120\n'), {
      ...baseFiles(),
      'models/m/versions/1.1.0/metrics.yaml': 'accuracy: 0.92\nf1: 0.80\nlatency_ms: 11\nthroughput: 100\n',
    });
    const throughput = row(r, 'm@1.2.0', 'throughput');
    expect(throughput.direction).toBeUndefined();
    expect(throughput.against.previous).toMatchObject({ delta: 20, verdict: 'unknown' });
    expect(renderReviewMarkdown(r, SUMMARY_OPTIONS)).toContain('| throughput | 120 | – | ⚪ ▲ +20 |');
  });

  it('a metric the new version no longer reports is listed with its old values', () => {
    const r = review(newVersion('1.2.0', 'accuracy: 0.93\n'));
    const f1 = row(r, 'm@1.2.0', 'f1');
    expect(f1.value).toBeUndefined();
    const md = renderReviewMarkdown(r, SUMMARY_OPTIONS);
    expect(md).toContain('| f1 ↑ | – | 0.8 _(not measured now)_ | 0.8 _(not measured now)_ |');
    // no unit after a value that is not there
    expect(md).toContain('| latency&#95;ms ↓ | – | 12 _(not measured now)_ | 11 _(not measured now)_ |');
  });

  it('deltas are rounded: float noise does not show as a change', () => {
    const r = review(newVersion('1.2.0', 'accuracy: 0.3\nf1: 0.8\nlatency_ms: 11\n'), {
      ...baseFiles(),
      'models/m/versions/1.1.0/metrics.yaml': `accuracy: ${0.1 + 0.2}\nf1: 0.80\nlatency_ms: 11\n`,
    });
    expect(row(r, 'm@1.2.0', 'accuracy').against.previous).toMatchObject({ delta: 0, verdict: 'same' });
    expect(row(r, 'm@1.2.0', 'accuracy').against.production).toMatchObject({ delta: -0.6, verdict: 'worse' });
  });

  it('shows the confidence interval next to the value; the delta has the precision of the less precise value and one place more', () => {
    const r = review(newVersion('1.2.0', 'accuracy:\n  value: 0.931\n  split: test\n  ci: [0.924, 0.9385]\n  n: 4812\nlatency_ms: 10\n'));
    expect(row(r, 'm@1.2.0', 'accuracy').ci).toEqual([0.924, 0.9385]);
    expect(renderReviewMarkdown(r, SUMMARY_OPTIONS)).toContain('| accuracy ↑ | 0.931 (0.924–0.9385) | 🟢 ▲ +0.03 | 🟢 ▲ +0.011 |');
  });

  it('very small and very large values stay readable; a difference below the precision of the values is no change', () => {
    const r = review(newVersion('1.2.0', 'accuracy: 0.92000001\nf1: 0.8\nlatency_ms: 12000000\n'));
    const md = renderReviewMarkdown(r, SUMMARY_OPTIONS);
    expect(md).toContain('| accuracy ↑ | 0.92 | 🟢 ▲ +0.02 | ⚪ ±0 |');
    expect(md).toContain('| latency&#95;ms ↓ | 1.2e+7 ms | 🔴 ▲ +1.2e+7 | 🔴 ▲ +1.2e+7 |');
  });
});

describe('within noise: a change the measurements cannot tell apart is neither better nor worse', () => {
  const withCi = (value: number, lo: number, hi: number) => `accuracy:\n  value: ${value}\n  ci: [${lo}, ${hi}]\nf1: 0.8\nlatency_ms: 11\n`;

  it('both versions carry confidence intervals that overlap: "within noise", neutral (⚪), not 🟢', () => {
    const base = { ...baseFiles(), 'models/m/versions/1.1.0/metrics.yaml': withCi(0.9117, 0.902, 0.921) };
    const r = review(newVersion('1.2.0', withCi(0.914, 0.905, 0.923)), base);
    expect(row(r, 'm@1.2.0', 'accuracy').against.previous).toEqual({ version: '1.1.0', value: 0.9117, delta: 0.0023, text: '+0.0023', verdict: 'noise' });
    // Production (1.0.0, accuracy 0.9: one decimal place) has no interval: the rise over it is judged by direction, to two places.
    expect(row(r, 'm@1.2.0', 'accuracy').against.production).toMatchObject({ text: '+0.01', verdict: 'better' });
    expect(renderReviewMarkdown(r, SUMMARY_OPTIONS)).toContain('| accuracy ↑ | 0.914 (0.905–0.923) | 🟢 ▲ +0.01 | ⚪ ▲ +0.0023 _within noise_ |');
  });

  it('intervals that do not overlap: the verdict follows the direction', () => {
    const base = { ...baseFiles(), 'models/m/versions/1.1.0/metrics.yaml': withCi(0.9117, 0.905, 0.918) };
    const r = review(newVersion('1.2.0', withCi(0.934, 0.926, 0.942)), base);
    expect(row(r, 'm@1.2.0', 'accuracy').against.previous).toMatchObject({ text: '+0.0223', verdict: 'better' });
  });

  it("a change smaller than the catalogue's min_delta is within noise, a larger one is not", () => {
    const registry = REGISTRY_YAML.replace(
      'accuracy: {direction: higher, min: 0, max: 1}',
      'accuracy: {direction: higher, min: 0, max: 1, min_delta: 0.005}',
    ).replace('latency_ms: {direction: lower, min: 0, unit: ms}', 'latency_ms: {direction: lower, min: 0, unit: ms, min_delta: 2}');
    const base = { ...baseFiles(), 'registry.yaml': registry };
    const r = review(newVersion('1.2.0', 'accuracy: 0.923\nf1: 0.8\nlatency_ms: 9.5\n'), base);
    expect(row(r, 'm@1.2.0', 'accuracy').against.previous).toMatchObject({ text: '+0.003', verdict: 'noise' });
    expect(row(r, 'm@1.2.0', 'accuracy').against.production).toMatchObject({ text: '+0.02', verdict: 'better' });
    expect(row(r, 'm@1.2.0', 'latency_ms').against.previous).toMatchObject({ text: '-1.5', verdict: 'noise' });
    expect(row(r, 'm@1.2.0', 'latency_ms').against.production).toMatchObject({ text: '-2.5', verdict: 'better' });
  });
});

describe('metric titles', () => {
  it("the review names a metric by the catalogue's title, and shows its unit once", () => {
    const registry = REGISTRY_YAML.replace(
      'latency_ms: {direction: lower, min: 0, unit: ms}',
      'latency_ms: {direction: lower, min: 0, unit: ms, title: p95 latency}',
    );
    const r = review(newVersion('1.2.0', 'accuracy: 0.95\nf1: 0.80\nlatency_ms: 10\n'), { ...baseFiles(), 'registry.yaml': registry });
    expect(row(r, 'm@1.2.0', 'latency_ms')).toMatchObject({ name: 'latency_ms', title: 'p95 latency' });
    expect(renderReviewMarkdown(r, SUMMARY_OPTIONS)).toContain('| p95 latency ↓ | 10 ms | 🟢 ▼ -2 | 🟢 ▼ -1 |');
  });
});

describe('production and previous versions', () => {
  it('compares with production and with the previous version when they differ', () => {
    const r = review(newVersion('1.2.0', 'accuracy: 0.95\n'));
    expect(version(r, 'm@1.2.0')).toMatchObject({ kind: 'added', newModel: false, production: '1.0.0', previous: '1.1.0' });
    const md = renderReviewMarkdown(r, SUMMARY_OPTIONS);
    expect(md).toContain('### m 1.2.0 (new version)');
    expect(md).toContain('> Version 1.2.0 of the model.');
    expect(md).not.toContain('runs in production yet');
  });

  it('one column when the previous version is the one in production', () => {
    const r = review(newVersion('1.2.0', 'accuracy: 0.95\n'), { ...baseFiles(), 'models/m/stages.yaml': 'production: 1.1.0\n' });
    expect(version(r, 'm@1.2.0')).toMatchObject({ production: '1.1.0', previous: '1.1.0' });
    const md = renderReviewMarkdown(r, SUMMARY_OPTIONS);
    expect(md).toContain('| Metric | 1.2.0 | vs production 1.1.0 |\n|---|---:|---:|\n| accuracy ↑ | 0.95 | 🟢 ▲ +0.03 |');
    expect(md).not.toContain('vs previous');
  });

  it('the previous version is the highest lower SemVer (not the newest folder, not a pre-release above)', () => {
    const r = review({
      ...newVersion('1.10.0', 'accuracy: 0.97\n'),
      ...newVersion('1.9.0', 'accuracy: 0.96\n'),
      ...newVersion('1.10.0-rc.1', 'accuracy: 0.5\n'),
      ...newVersion('2.0.0-alpha', 'accuracy: 0.5\n'),
    });
    expect(version(r, 'm@1.10.0').previous).toBe('1.10.0-rc.1');
    expect(version(r, 'm@1.10.0-rc.1').previous).toBe('1.9.0');
    expect(version(r, 'm@1.9.0').previous).toBe('1.1.0');
    expect(r.changed.map((c) => c.version)).toEqual(['1.9.0', '1.10.0-rc.1', '1.10.0', '2.0.0-alpha']);
  });

  it('no production version yet: says so, and compares with the previous version only', () => {
    const r = review(newVersion('1.2.0', 'accuracy: 0.95\n'), { ...baseFiles(), 'models/m/stages.yaml': 'staging: 1.1.0\n' });
    expect(version(r, 'm@1.2.0').production).toBeUndefined();
    const md = renderReviewMarkdown(r, SUMMARY_OPTIONS);
    expect(md).toContain('_No version of m runs in production yet._');
    expect(md).toContain('| Metric | 1.2.0 | vs previous 1.1.0 |\n|---|---:|---:|\n| accuracy ↑ | 0.95 | 🟢 ▲ +0.03 |');
  });

  it('without stages.yaml there is no production version either', () => {
    const base = baseFiles();
    base['models/m/stages.yaml'] = null;
    const r = review(newVersion('1.2.0', 'accuracy: 0.95\n'), base);
    expect(renderReviewMarkdown(r, SUMMARY_OPTIONS)).toContain('_No version of m runs in production yet._');
  });

  it("the production stage is the last of registry.yaml's stages", () => {
    const base = {
      ...baseFiles(),
      'registry.yaml': REGISTRY_YAML.replace('stages: [staging, production]', 'stages: [dev, canary, live]'),
      'models/m/stages.yaml': 'live: 1.0.0\ncanary: 1.1.0\n',
    };
    const r = review(newVersion('1.2.0', 'accuracy: 0.95\n'), base);
    expect(r.productionStage).toBe('live');
    expect(version(r, 'm@1.2.0').production).toBe('1.0.0');
    expect(renderReviewMarkdown(r, SUMMARY_OPTIONS)).toContain('| Metric | 1.2.0 | vs live 1.0.0 | vs previous 1.1.0 |');
  });

  it('a promotion in the same pull request still compares with what runs in production before the merge', () => {
    const r = review({ ...newVersion('1.2.0', 'accuracy: 0.95\n'), 'models/m/stages.yaml': 'production: 1.2.0\nstaging: 1.1.0\n' });
    expect(version(r, 'm@1.2.0').production).toBe('1.0.0');
    expect(r.stages).toEqual([{ model: 'm', stage: 'production', from: '1.0.0', to: '1.2.0' }]);
  });

  it('a modified released version that runs in production is compared with what was released, not reported as "nothing in production"', () => {
    // an immutable-version error, but the review must still tell the truth about production
    const r = review({ 'models/m/versions/1.0.0/metrics.yaml': 'accuracy: 0.99\nf1: 0.80\nlatency_ms: 12\n' });
    const changed = version(r, 'm@1.0.0');
    expect(changed.kind).toBe('changed');
    const md = renderReviewMarkdown(r, SUMMARY_OPTIONS);
    expect(md).toContain('### m 1.0.0 (changed)');
    expect(md).not.toContain('_No version of m runs in production yet._');
    expect(changed.production).toBe('1.0.0');
    expect(row(r, 'm@1.0.0', 'accuracy').against.production).toMatchObject({ version: '1.0.0', value: 0.9, delta: 0.09 });
  });
});

describe('new models', () => {
  it('a new model: "(new model)", nothing in production, its own metrics, and its lineage', () => {
    const r = review({
      'models/n/model.yaml': modelYaml('n'),
      'models/n/versions/0.1.0/card.yaml': card(
        '0.1.0',
        'lineage:\n  parents:\n    - {model: m, version: 1.1.0, relation: distill}\n  datasets:\n    - {name: tickets, version: "2026-01", role: train}\n  code: {repo: acme/n, commit: "0123456789abcdef0123456789abcdef01234567"}\n',
      ),
      'models/n/versions/0.1.0/metrics.yaml': 'accuracy: 0.88\nlatency_ms: 3\n',
    });
    expect(r.changed).toEqual([
      expect.objectContaining({ model: 'n', version: '0.1.0', kind: 'added', newModel: true, production: undefined, previous: undefined }),
    ]);
    expect(version(r, 'n@0.1.0').metrics.map((m) => [m.name, m.value, m.against])).toEqual([
      ['accuracy', 0.88, {}],
      ['latency_ms', 3, {}],
    ]);
    const md = renderReviewMarkdown(r, SUMMARY_OPTIONS);
    expect(md).toContain('### n 0.1.0 (new model)');
    expect(md).toContain('_No version of n runs in production yet._');
    // a table with the version's own column only
    expect(md).toMatch(/\n\| Metric \| 0\.1\.0 \| ?\n\|---\|---:\|\n\| accuracy ↑ \| 0\.88 \| ?\n\| latency&#95;ms ↓ \| 3 ms \| ?\n/);
    expect(md).toContain('1 version added');
    expect(r.lineage).toHaveLength(1);
    expect(r.lineage[0].model).toBe('n');
    const labels = r.lineage[0].graph.nodes.map((n) => `${n.kind}:${n.label}`);
    expect(labels).toEqual(expect.arrayContaining(['focus:n 0.1.0', 'version:m 1.1.0', 'version:m 1.0.0', 'dataset:tickets 2026-01', 'code:acme/n 0123456']));
    expect(r.lineage[0].graph.edges).toEqual(
      expect.arrayContaining([
        { from: 'm@1.1.0', to: 'n@0.1.0', label: 'distill' },
        { from: 'm@1.0.0', to: 'm@1.1.0', label: 'retrain' },
      ]),
    );
    expect(md).toMatch(/<details open><summary>Lineage of n<\/summary>\n\n```mermaid\nflowchart LR\n[\s\S]*\n```\n\n<\/details>/);
  });

  it("a new model's version without metrics says so", () => {
    const r = review({ 'models/n/model.yaml': modelYaml('n'), 'models/n/versions/1.0.0/card.yaml': card('1.0.0') });
    expect(renderReviewMarkdown(r, SUMMARY_OPTIONS)).toContain(
      '### n 1.0.0 (new model)\n\n> Version 1.0.0 of the model.\n\n_No version of n runs in production yet._\n\n_No metrics._',
    );
  });
});

describe('stage changes', () => {
  it('lists promotions (from → to), new stages and removed ones: what will run where after the merge', () => {
    const r = review({
      ...newVersion('1.2.0', 'accuracy: 0.95\n'),
      'models/m/stages.yaml': 'production: 1.1.0\n',
      'models/k/model.yaml': modelYaml('k'),
      'models/k/stages.yaml': 'staging: 0.1.0\n',
      'models/k/versions/0.1.0/card.yaml': card('0.1.0'),
      'models/k/versions/0.1.0/metrics.yaml': 'accuracy: 0.5\n',
    });
    expect(r.stages).toEqual(
      expect.arrayContaining([
        { model: 'm', stage: 'production', from: '1.0.0', to: '1.1.0' },
        { model: 'm', stage: 'staging', from: '1.1.0', to: undefined },
        { model: 'k', stage: 'staging', from: undefined, to: '0.1.0' },
      ]),
    );
    expect(r.stages).toHaveLength(3);
    const md = renderReviewMarkdown(r, SUMMARY_OPTIONS);
    expect(md).toContain('### Stage changes\n\nWhat will run where after the merge:\n\n| Model | Stage | Now | After merge |\n|---|---|---|---|\n');
    expect(md).toContain('| m | production | 1.0.0 | **1.1.0** |');
    expect(md).toContain('| m | staging | 1.1.0 | _(removed)_ |');
    expect(md).toContain('| k | staging | – | **0.1.0** |');
    expect(md).toContain('2 versions added · 3 stage changes');
  });

  it('a removed model takes its stages with it', () => {
    const base = {
      ...baseFiles(),
      'models/old/model.yaml': modelYaml('old'),
      'models/old/stages.yaml': 'production: 3.0.0\n',
      'models/old/versions/3.0.0/card.yaml': card('3.0.0'),
      'models/old/versions/3.0.0/metrics.yaml': 'accuracy: 0.7\n',
    };
    const headFiles: Files = {
      ...base,
      'models/old/model.yaml': null,
      'models/old/stages.yaml': null,
      'models/old/versions/3.0.0/card.yaml': null,
      'models/old/versions/3.0.0/metrics.yaml': null,
    };
    const r = buildReview(loadRegistry(snapshot(base)), loadRegistry(snapshot(headFiles)), []);
    expect(r.stages).toEqual([{ model: 'old', stage: 'production', from: '3.0.0' }]);
    expect(renderReviewMarkdown(r, SUMMARY_OPTIONS)).toContain('| old | production | 3.0.0 | _(removed)_ |');
  });

  it('no change at all', () => {
    const r = review({});
    expect(r.changed).toEqual([]);
    expect(r.stages).toEqual([]);
    expect(r.lineage).toEqual([]);
    const md = renderReviewMarkdown(r, SUMMARY_OPTIONS);
    expect(md).toBe('## ✅ Model registry: valid\n\n1 model, 2 versions in the registry · no version or stage changes');
  });
});

describe('the verdict and the problems table', () => {
  const problem = (i: number, severity: Problem['severity'] = 'error'): Problem => ({
    file: `models/m/versions/1.${i}.0/card.yaml`,
    line: i + 1,
    column: 3,
    severity,
    rule: 'schema',
    message: `problem number ${i}`,
  });

  it('counts errors and warnings, and lists them with place, rule and message', () => {
    const r = review(newVersion('1.2.0', 'accuracy: 0.95\n'), baseFiles(), [problem(1), problem(2, 'warning'), problem(3, 'warning')]);
    expect(r).toMatchObject({ ok: false, errors: 1, warnings: 2, models: 1, versions: 3 });
    const md = renderReviewMarkdown(r, SUMMARY_OPTIONS);
    expect(md.startsWith('## ❌ Model registry: 1 error, 2 warnings\n\n1 model, 3 versions in the registry · 1 version added')).toBe(true);
    expect(md).toContain(
      '### Problems\n\n| | Where | Rule | What to do |\n|---|---|---|---|\n| ❌ | `models/m/versions/1.1.0/card.yaml:2:3` | `schema` | problem number 1 |\n| ⚠️ | `models/m/versions/1.2.0/card.yaml:3:3` | `schema` | problem number 2 |',
    );
  });

  it('warnings alone are valid', () => {
    const r = review({}, baseFiles(), [problem(1, 'warning')]);
    expect(r.ok).toBe(true);
    expect(renderReviewMarkdown(r, SUMMARY_OPTIONS)).toMatch(/^## ✅ Model registry: valid \(1 warning\)/);
  });

  it('the comment lists 50 problems and says how many more there are', () => {
    const r = review(
      {},
      baseFiles(),
      Array.from({ length: 80 }, (_, i) => problem(i)),
    );
    const md = renderReviewMarkdown(r, COMMENT_OPTIONS);
    expect(md.match(/^\| ❌ \|/gm)).toHaveLength(50);
    expect(md).toContain('…and 30 more in the job summary and the JSON report.');
    expect(renderReviewMarkdown(r, SUMMARY_OPTIONS).match(/^\| ❌ \|/gm)).toHaveLength(80);
  });
});

describe('the size limit of a comment', () => {
  /** 200 new versions (each with metrics and lineage), 5,000 problems with long messages full of characters that escaping lengthens. */
  let huge: ReviewReport | undefined;
  function hugeReview(): ReviewReport {
    huge ??= makeHugeReview();
    return { ...huge };
  }
  function makeHugeReview(): ReviewReport {
    const head: Files = {};
    for (let i = 0; i < 200; i++) {
      Object.assign(
        head,
        newVersion(
          `3.${i}.0`,
          'accuracy: 0.95\nf1: 0.7\nlatency_ms: 9\n',
          `lineage:\n  parents:\n    - {model: m, version: 1.1.0, relation: retrain}\n  datasets:\n    - {name: "dataset-${i}-${'d'.repeat(60)}", role: train}\n`,
        ),
      );
    }
    const problems = Array.from({ length: 5000 }, (_, i): Problem => ({
      file: `models/m/versions/3.${i % 200}.0/card.yaml`,
      line: i + 1,
      column: 1,
      severity: i % 3 ? 'warning' : 'error',
      rule: 'schema',
      message: `problem ${i}: ${'<|>'.repeat(200)}`,
    }));
    return review(head, baseFiles(), problems);
  }

  it('keeps the comment, with the marker and footer, under 65,536 characters, and says it was cut', () => {
    const r = hugeReview();
    expect(r.changed).toHaveLength(200);
    const footer = '<sub>Full report: [workflow run](https://github.com/acme/models/actions/runs/9876543210).</sub>';
    const markdown = renderReviewMarkdown(r, { ...COMMENT_OPTIONS, footer });
    const body = `<!-- model-registry:review root=registry/with/a/long/path -->\n${markdown}`;
    expect([...body].length).toBeLessThan(65_536);
    expect(body.length).toBeLessThan(65_536);
    expect(markdown.startsWith('## ❌ Model registry: 1667 errors, 3333 warnings')).toBe(true);
    expect(markdown).toMatch(
      /> \[!NOTE\]\n> This report was cut to fit GitHub's size limit: \d+ more section\(s\) are in the job summary and the JSON report\.$/,
    );
    // cut between sections: no half table row, no unclosed code block
    expect((markdown.match(/```/g) ?? []).length % 2).toBe(0);
    expect(markdown).not.toMatch(/\|[^\n|]*$/);
  });

  it('keeps the problems table in the comment when only the version sections do not fit', () => {
    const r = hugeReview();
    r.problems = r.problems.slice(0, 60).map((p) => ({ ...p, message: p.message.slice(0, 40) }));
    const markdown = renderReviewMarkdown(r, COMMENT_OPTIONS);
    expect(markdown.length).toBeLessThanOrEqual(COMMENT_OPTIONS.maxLength);
    expect(markdown).toContain('### Problems');
    expect(markdown).toContain('…and 10 more in the job summary and the JSON report.');
    expect(markdown).toContain('### m 3.0.0 (new version)');
    expect(markdown).toContain("This report was cut to fit GitHub's size limit");
  });

  it('the job summary has room for everything a large review holds', () => {
    const r = hugeReview();
    r.problems = r.problems.slice(0, 200);
    const markdown = renderReviewMarkdown(r, { ...SUMMARY_OPTIONS, maxLength: 900_000 });
    expect(markdown).not.toContain("This report was cut to fit GitHub's size limit");
    expect(markdown).toContain('### m 3.199.0 (new version)');
    expect(markdown.match(/```mermaid/g)).toHaveLength(1);
  });

  it("keeps the job summary within GitHub's 1 MiB in bytes when the text is CJK (3 bytes a character), with as many problems as fit, and says it was cut", () => {
    const r = hugeReview();
    // 1000 problems of 400 CJK characters: under a million characters, over a million bytes.
    r.problems = r.problems.slice(0, 1000).map((p) => ({ ...p, message: '模型卡片的字段无效'.repeat(50).slice(0, 400) }));
    const markdown = renderReviewMarkdown(r, SUMMARY_OPTIONS);
    expect(Buffer.byteLength(markdown, 'utf8')).toBeLessThanOrEqual(1_000_000);
    expect(markdown.startsWith('## ❌ Model registry: ')).toBe(true);
    // The problems table is kept, shortened to what fits, and says how many more there are.
    const rows = markdown.split('\n').filter((line) => line.startsWith('| ❌ |') || line.startsWith('| ⚠️ |'));
    expect(rows.length).toBeGreaterThan(100);
    expect(markdown).toContain(`…and ${1000 - rows.length} more in the job summary and the JSON report.`);
    expect(markdown).not.toContain('\uFFFD');
  });
});
