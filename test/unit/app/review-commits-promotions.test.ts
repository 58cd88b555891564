/**
 * A fork's pull request reviewed from a bare repository (reviewCommits, what
 * `command: comment` runs) judges its stage changes as `validate --base` does:
 * the stage history up to the base commit, the fetched release tags, and the
 * pull request's reviews when given.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { tmpdir } from 'node:os';
import { BareRepository } from '../../../src/adapters/git/bare-repository.js';
import { reviewCommits } from '../../../src/app/review-commits.js';
import { GitRepo } from '../../support/git-repo.js';
import { card, modelYaml } from '../../support/review-registry.js';

const REGISTRY = `format: 1
name: test
stages: [staging, production]
metrics:
  accuracy: {direction: higher, min: 0, max: 1}
promotion:
  production:
    after: staging
    released: true
    approval: owners
`;

describe('reviewCommits judges stage changes', () => {
  const cleanups: (() => void)[] = [];
  afterAll(() => cleanups.forEach((c) => c()));

  function setup(promoted: string, options: { subdir?: string; stagingMovesOn?: boolean } = {}) {
    const files: Record<string, string> = {
      'registry.yaml': REGISTRY,
      'models/m/model.yaml': modelYaml('m'),
      'models/m/stages.yaml': 'staging: 1.0.0\nproduction: 1.0.0\n',
    };
    for (const v of ['1.0.0', '1.1.0', '1.2.0']) {
      files[`models/m/versions/${v}/card.yaml`] = card(v);
      files[`models/m/versions/${v}/metrics.yaml`] = 'accuracy: 0.9\n';
    }
    const repo = GitRepo.fromFolder(files, options);
    cleanups.push(() => repo.cleanup());
    repo.apply({ 'models/m/stages.yaml': 'staging: 1.1.0\nproduction: 1.0.0\n' });
    repo.commit('Promote 1.1.0 to staging');
    // Staging may have moved on since: then only the history says 1.1.0 was there.
    const staging = options.stagingMovesOn ? '1.0.0' : '1.1.0';
    repo.apply({ 'models/m/stages.yaml': `staging: ${staging}\nproduction: 1.0.0\n` });
    const base = repo.commit('Staging as the base has it');
    repo.git(['tag', 'm@v1.1.0']);
    repo.branch('promote');
    repo.apply({ 'models/m/stages.yaml': `staging: ${staging}\nproduction: ${promoted}\n` });
    const head = repo.commit(`Promote ${promoted} to production`);
    const bare = BareRepository.create(tmpdir());
    cleanups.push(() => bare.remove());
    bare.fetch(repo.dir, ['+refs/heads/*:refs/heads/*', '+refs/tags/*:refs/tags/*']);
    return { bare, base, head, prefix: options.subdir ? `${options.subdir}/` : '' };
  }

  it('a version never in staging and untagged: one problem per failed requirement, on the stages.yaml line', async () => {
    const { bare, base, head, prefix } = setup('1.2.0', { subdir: 'registry' });
    const review = await reviewCommits(bare, { head, base, prefix });
    expect(review.problems.map((p) => `${p.rule} ${p.file}:${p.line}:${p.column}`)).toEqual([
      'promotion-order models/m/stages.yaml:2:13',
      'promotion-unreleased models/m/stages.yaml:2:13',
    ]);
    expect(review.ok).toBe(false);
    expect(review.promotions[0].requirements.find((r) => r.rule === 'promotion-approval')?.verdict).toBe('pending');
  });

  it("a version that was in staging, tagged: allowed once an owner approved, refused on someone else's approval", async () => {
    // Staging holds 1.0.0 again at the base: the stage order is met through the base's history (read from the bare repository).
    const { bare, base, head, prefix } = setup('1.1.0', { subdir: 'registry', stagingMovesOn: true });
    const approved = await reviewCommits(bare, { head, base, prefix, approvals: { approvers: ['bob'], teamMembers: { 'acme/ml': ['bob'] } } });
    expect(approved.problems).toEqual([]);
    expect(approved.promotions[0].requirements.map((r) => [r.rule, r.verdict])).toEqual([
      ['promotion-deprecated', 'pass'],
      ['promotion-order', 'pass'],
      ['promotion-unreleased', 'pass'],
      ['promotion-approval', 'pass'],
    ]);
    const other = await reviewCommits(bare, { head, base, prefix, approvals: { approvers: ['eve'], teamMembers: { 'acme/ml': ['bob'] } } });
    expect(other.problems.map((p) => p.rule)).toEqual(['promotion-approval']);
  });
});
