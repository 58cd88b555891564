/**
 * Stage policies on a pull request, as a user runs them: the committed
 * dist/cli.js's `validate --base main` and `diff --base main` on a real git
 * repository whose main branch has a stage history and release tags, and a
 * branch that changes production in stages.yaml.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { ReviewReport } from '../../src/core/report/review.js';
import { PROJECT_ROOT } from '../support/action-runner.js';
import { GitRepo } from '../support/git-repo.js';
import { card, modelYaml } from '../support/review-registry.js';

const CLI = join(PROJECT_ROOT, 'dist', 'cli.js');

const REGISTRY = `format: 1
name: test
stages: [staging, production]
metrics:
  accuracy: {direction: higher, min: 0, max: 1}
  latency_ms: {direction: lower, min: 0, unit: ms}
promotion:
  production:
    after: staging
    released: true
    approval: owners
    gates:
      latency_ms: {max: 120}
    no_regression:
      metrics: [accuracy]
      tolerance: 0.005
`;

/** Each version breaks at most one requirement of production's policy. */
const VERSIONS: Record<string, string> = {
  '1.0.0': 'accuracy: 0.90\nlatency_ms: 100\n', // in production
  '1.1.0': 'accuracy: 0.93\nlatency_ms: 150\n', // was in staging; too slow for the gate
  '1.2.0': 'accuracy: 0.85\nlatency_ms: 90\n', // was in staging; worse than 1.0.0
  '1.3.0': 'accuracy: 0.95\nlatency_ms: 80\n', // never in staging
  '1.4.0': 'accuracy: {value: 0.893, ci: [0.88, 0.905]}\nlatency_ms: 85\n', // in staging now; worse than 1.0.0 beyond the tolerance, but within noise
};

function registryRepo(): GitRepo {
  const files: Record<string, string> = {
    'registry.yaml': REGISTRY,
    'models/m/model.yaml': modelYaml('m'),
    'models/m/stages.yaml': 'staging: 1.0.0\nproduction: 1.0.0\n',
  };
  for (const [version, metrics] of Object.entries(VERSIONS)) {
    files[`models/m/versions/${version}/card.yaml`] = card(version);
    files[`models/m/versions/${version}/metrics.yaml`] = version === '1.0.0' ? 'accuracy: {value: 0.90, ci: [0.89, 0.91]}\nlatency_ms: 100\n' : metrics;
  }
  const repo = GitRepo.fromFolder(files);
  // main's stage history: each of these was in staging once, 1.4.0 is there now.
  for (const version of ['1.1.0', '1.2.0', '1.4.0']) {
    repo.apply({ 'models/m/stages.yaml': `staging: ${version}\nproduction: 1.0.0\n` });
    repo.commit(`Promote m ${version} to staging`);
  }
  // Every version released (the release workflow's tags).
  for (const version of Object.keys(VERSIONS)) repo.git(['tag', `m@v${version}`]);
  return repo;
}

describe('validate --base on a pull request that promotes to production', () => {
  const repo = registryRepo();
  afterAll(() => repo.cleanup());

  function promote(version: string, branch: string): void {
    repo.branch(branch, 'main');
    repo.apply({ 'models/m/stages.yaml': `staging: 1.4.0\nproduction: ${version}\n` });
    repo.commit(`Promote m ${version} to production`);
  }

  function run(args: string[]) {
    const result = spawnSync(process.execPath, [CLI, ...args], { cwd: repo.dir, encoding: 'utf8', timeout: 30_000 });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  function problems(version: string): { status: number | null; rules: string[]; output: string } {
    promote(version, `promote-${version}`);
    const result = run(['validate', '--base', 'main', '--format', 'json']);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as { ok: boolean; problems: { rule: string; file: string; line: number; column: number; message: string }[] };
    for (const p of report.problems) expect(`${p.file}:${p.line}:${p.column}`).toBe('models/m/stages.yaml:2:13');
    return { status: result.status, rules: report.problems.map((p) => p.rule), output: report.problems.map((p) => p.message).join('\n') };
  }

  it('is blocked by a metric gate', () => {
    const found = problems('1.1.0');
    expect(found).toMatchObject({ status: 1, rules: ['promotion-gate'] });
    expect(found.output).toContain('production requires latency_ms <= 120, and m@1.1.0 has latency_ms 150');
  });

  it('is blocked by a regression against what production runs', () => {
    const found = problems('1.2.0');
    expect(found).toMatchObject({ status: 1, rules: ['promotion-regression'] });
    expect(found.output).toContain('m@1.2.0 has accuracy 0.85, worse than 0.9 in 1.0.0');
  });

  it('is blocked by the stage order', () => {
    const found = problems('1.3.0');
    expect(found).toMatchObject({ status: 1, rules: ['promotion-order'] });
    expect(found.output).toContain('has never been in staging on the default branch');
  });

  it('allows the version staging holds (worse, but within noise; approval left to the review), and prints the text report', () => {
    expect(problems('1.4.0')).toEqual({ status: 0, rules: [], output: '' });
    const text = run(['validate', '--base', 'main']);
    expect(text.status).toBe(0);
    const plain = run(['validate']);
    expect(plain.status).toBe(0);
  });

  it('the text report names the rule on the stages.yaml line, and diff shows each requirement', () => {
    promote('1.3.0', 'promote-1.3.0-text');
    const text = run(['validate', '--base', 'main']);
    expect(text.status).toBe(1);
    expect(text.stdout).toContain('models/m/stages.yaml:2:13');
    expect(text.stdout).toContain('promotion-order');
    // Plain validate judges no promotion.
    expect(run(['validate']).status).toBe(0);

    promote('1.4.0', 'promote-1.4.0-diff');
    const diff = run(['diff', '--base', 'main', '--format', 'json']);
    expect(diff.status).toBe(0);
    const review = JSON.parse(diff.stdout) as ReviewReport;
    expect(review.promotions).toHaveLength(1);
    const [evaluation] = review.promotions;
    expect(evaluation).toMatchObject({ change: { model: 'm', stage: 'production', from: '1.0.0', to: '1.4.0', kind: 'promotion' }, allowed: true });
    expect(evaluation.requirements.map((r) => [r.requirement, r.figure, r.verdict])).toEqual([
      ['not deprecated', '1.4.0 is not deprecated', 'pass'],
      ['after staging', 'in staging since 2026-01-01', 'pass'],
      ['released', 'tag m@v1.4.0 exists', 'pass'],
      ['latency_ms <= 120', '85', 'pass'],
      [
        'accuracy no worse than 1.0.0 (tolerance 0.005)',
        '0.893 (CI 0.88 to 0.905) vs 0.9 (CI 0.89 to 0.91) in 1.0.0 (-0.01), within noise (confidence intervals overlap)',
        'pass',
      ],
      ['approved by an owner', 'decided by the pull request review', 'pending'],
    ]);
  });
});
