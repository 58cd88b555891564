/**
 * `model-registry diff` (the committed dist/cli.js) on a real git repository:
 * the review as JSON and as Markdown, and exit status 1 with the problems.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { ReviewReport } from '../../src/core/report/review.js';
import { PROJECT_ROOT } from '../support/action-runner.js';
import { GitRepo, registryPullRequest } from '../support/git-repo.js';
import { baseFiles, card, modelYaml, newVersion } from '../support/review-registry.js';

describe('model-registry diff on a real repository', () => {
  const CLI = join(PROJECT_ROOT, 'dist', 'cli.js');
  const repos: GitRepo[] = [];
  afterAll(() => repos.forEach((r) => r.cleanup()));

  function diff(repo: GitRepo, args: string[]) {
    const result = spawnSync(process.execPath, [CLI, 'diff', ...args], { cwd: repo.dir, encoding: 'utf8', timeout: 30_000 });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it('--format json prints the review as one JSON object, with --root for a registry in a subfolder', () => {
    const pr = registryPullRequest(
      baseFiles(),
      {
        ...newVersion(
          '1.2.0',
          'accuracy:\n  value: 0.95\n  ci: [0.94, 0.96]\nf1: 0.7\nlatency_ms: 10\n',
          'lineage:\n  parents:\n    - {model: m, version: 1.1.0, relation: retrain}\n',
        ),
        'models/m/stages.yaml': 'production: 1.0.0\nstaging: 1.2.0\n',
      },
      { subdir: 'registry' },
    );
    repos.push(pr.repo);
    const result = diff(pr.repo, ['--base', 'main', '--root', 'registry', '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as ReviewReport;
    expect(report).toMatchObject({ ok: true, errors: 0, warnings: 0, models: 1, versions: 3, problems: [], productionStage: 'production' });
    expect(report.changed).toEqual([
      {
        model: 'm',
        version: '1.2.0',
        kind: 'added',
        newModel: false,
        summary: 'Version 1.2.0 of the model.',
        production: '1.0.0',
        previous: '1.1.0',
        metrics: [
          {
            name: 'accuracy',
            value: 0.95,
            direction: 'higher',
            ci: [0.94, 0.96],
            against: {
              production: { version: '1.0.0', value: 0.9, delta: 0.05, text: '+0.05', verdict: 'better' },
              previous: { version: '1.1.0', value: 0.92, delta: 0.03, text: '+0.03', verdict: 'better' },
            },
          },
          {
            name: 'f1',
            value: 0.7,
            direction: 'higher',
            against: {
              production: { version: '1.0.0', value: 0.8, delta: -0.1, text: '-0.1', verdict: 'worse' },
              previous: { version: '1.1.0', value: 0.8, delta: -0.1, text: '-0.1', verdict: 'worse' },
            },
          },
          {
            name: 'latency_ms',
            value: 10,
            unit: 'ms',
            direction: 'lower',
            against: {
              production: { version: '1.0.0', value: 12, delta: -2, text: '-2', verdict: 'better' },
              previous: { version: '1.1.0', value: 11, delta: -1, text: '-1', verdict: 'better' },
            },
          },
        ],
      },
    ]);
    expect(report.stages).toEqual([{ model: 'm', stage: 'staging', from: '1.1.0', to: '1.2.0' }]);
    expect(report.lineage).toHaveLength(1);
    expect(report.lineage[0].graph.nodes.map((n) => n.id)).toEqual(['m@1.2.0', 'm@1.1.0', 'm@1.0.0']);

    // the same review as Markdown
    const markdown = diff(pr.repo, ['--base', 'main', '--root', 'registry']);
    expect(markdown.status).toBe(0);
    expect(markdown.stdout).toContain('| accuracy ↑ | 0.95 (0.94–0.96) | 🟢 ▲ +0.05 | 🟢 ▲ +0.03 |');
    expect(markdown.stdout).toContain('| m | staging | 1.1.0 | **1.2.0** |');
  });

  it('exits 1 with the problems in the JSON when the change is invalid (a released version modified)', () => {
    const pr = registryPullRequest(baseFiles(), { 'models/m/versions/1.0.0/metrics.yaml': 'accuracy: 0.99\nf1: 0.80\nlatency_ms: 12\n' });
    repos.push(pr.repo);
    const result = diff(pr.repo, ['--base', pr.baseSha, '--format', 'json']);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as ReviewReport;
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => [p.rule, p.file, p.line, p.column])).toEqual([['immutable-version', 'models/m/versions/1.0.0/metrics.yaml', 1, 1]]);
    expect(report.changed.map((c) => [c.version, c.kind])).toEqual([['1.0.0', 'changed']]);
  });

  it('reviews the working tree, untracked files included; --committed reviews the commit checked out', () => {
    const other = {
      'models/other/model.yaml': modelYaml('other'),
      'models/other/versions/1.0.0/card.yaml': card('1.0.0'),
      'models/other/versions/1.0.0/metrics.yaml': 'accuracy: 0.9\n',
    };
    const pr = registryPullRequest({ ...baseFiles(), ...other }, newVersion('1.2.0', 'accuracy: 0.95\nf1: 0.8\nlatency_ms: 10\n'));
    repos.push(pr.repo);
    // Not committed: a released version of another model edited, and m's next version not yet added to git.
    pr.repo.apply({ 'models/other/versions/1.0.0/metrics.yaml': 'accuracy: 0.99\n', ...newVersion('1.3.0', 'accuracy: 0.96\nf1: 0.8\nlatency_ms: 10\n') });
    const changed = (report: ReviewReport) => report.changed.map((c) => `${c.kind} ${c.model}@${c.version}`);
    const worktree = JSON.parse(diff(pr.repo, ['--base', pr.baseSha, '--format', 'json']).stdout) as ReviewReport;
    expect(changed(worktree)).toEqual(['added m@1.2.0', 'added m@1.3.0', 'changed other@1.0.0']);
    const rules = (report: ReviewReport) => report.problems.map((p) => `${p.rule} ${p.file}`);
    expect(rules(worktree)).toEqual(['immutable-version models/other/versions/1.0.0/metrics.yaml', 'one-version-per-commit models/m/versions/1.3.0/card.yaml']);
    // The commit's models are read as they are on disk, so m's untracked version is in; the other model is not.
    const committed = diff(pr.repo, ['--base', pr.baseSha, '--committed', '--format', 'json']);
    expect(committed.status).toBe(0);
    const report = JSON.parse(committed.stdout) as ReviewReport;
    expect(changed(report)).toEqual(['added m@1.2.0', 'added m@1.3.0']);
    expect(rules(report)).toEqual(['one-version-per-commit models/m/versions/1.3.0/card.yaml']);
  });
});
