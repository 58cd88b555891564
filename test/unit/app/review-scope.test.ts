/**
 * The review of a pull request reads only what the change touches (its models,
 * their lineage, the base for those paths), yet says what a full validation
 * against the base says: every problem in the changed models and whatever
 * they affect, the same changed versions, stage changes, judged promotions,
 * lineage and counts. Checked on a corpus of pull requests against
 * registry-template, the reference being every file read and every released
 * file hashed, as `validate --base` did before it was scoped.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readRegistryDocument, readSnapshot } from '../../../src/adapters/fs/fs-snapshot.js';
import { baseState, resolveCommit, snapshotAtCommit } from '../../../src/adapters/git/git.js';
import { withPromotions } from '../../../src/app/promotion-review.js';
import { codeownersCheck } from '../../../src/app/update-codeowners.js';
import { compareProblems } from '../../../src/core/problems.js';
import { reviewChanges } from '../../../src/app/review-changes.js';
import { validateChange } from '../../../src/app/validate-registry.js';
import { loadRegistry } from '../../../src/core/registry/load.js';
import { tagName } from '../../../src/core/registry/registry.js';
import { buildReview, type ReviewReport } from '../../../src/core/report/review.js';
import { validateSnapshot } from '../../../src/core/validate.js';

const TEMPLATE = join(import.meta.dirname, '..', '..', '..', 'registry-template');
const CLASSIFIER = 'models/support-ticket-classifier';
const SMALL = 'models/support-ticket-classifier-small';
const CHURN = 'models/churn-gbm';
/** A policy on the base, so that a stage change is judged. */
const POLICY = '\npromotion:\n  production:\n    after: staging\n    gates:\n      accuracy: {min: 0.99}\n';

type Edit = (root: string) => void;

const write =
  (path: string, text: string): Edit =>
  (root) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
const edit =
  (path: string, change: (text: string) => string): Edit =>
  (root) =>
    writeFileSync(join(root, path), change(readFileSync(join(root, path), 'utf8')));
const remove =
  (path: string): Edit =>
  (root) =>
    rmSync(join(root, path), { recursive: true, force: true });
const copyVersion =
  (model: string, from: string, to: string): Edit =>
  (root) => {
    cpSync(join(root, model, 'versions', from), join(root, model, 'versions', to), { recursive: true });
    edit(`${model}/versions/${to}/card.yaml`, (t) => t.replace(`version: ${from}`, `version: ${to}`))(root);
  };

interface PullRequest {
  name: string;
  edits: Edit[];
  /** Left uncommitted (and untracked when new): the review sees the working tree. 'staged': added to the index, not committed. */
  commit?: boolean | 'staged';
  /** Edits made after the others are staged (with commit: 'staged'): the working tree differs from the index too. */
  unstaged?: Edit[];
  /** Whether the whole registry must be validated. */
  whole: boolean;
  /** What the review must say (beyond agreeing with the full validation). */
  says?: (review: ReviewReport) => void;
}

const rules = (review: ReviewReport) => review.problems.map((p) => `${p.rule} ${p.file}`);
const changed = (review: ReviewReport) => review.changed.map((c) => `${c.kind} ${c.model}@${c.version}`);

const PULL_REQUESTS: PullRequest[] = [
  { name: 'a version added', edits: [copyVersion(CHURN, '2.0.0', '2.1.0')], whole: false },
  {
    name: 'a version added, not yet committed (untracked)',
    edits: [copyVersion(CHURN, '2.0.0', '2.1.0')],
    commit: false,
    whole: false,
    says: (r) => expect(changed(r)).toEqual(['added churn-gbm@2.1.0']),
  },
  {
    name: 'a new version with a broken card and an artifact that does not match',
    edits: [
      copyVersion(CHURN, '2.0.0', '2.1.0'),
      edit(`${CHURN}/versions/2.1.0/card.yaml`, (t) => t.replace('created:', 'colour: blue\ncreated:')),
      write(`${CHURN}/versions/2.1.0/thresholds.json`, '{}\n'),
    ],
    whole: false,
  },
  {
    name: 'a released card changed, and a file added to a released version',
    edits: [edit(`${CHURN}/versions/1.0.0/card.yaml`, (t) => `${t}# edited\n`), write(`${CHURN}/versions/0.9.0/notes.txt`, 'x\n')],
    commit: false,
    whole: false,
  },
  {
    // The review takes the index's differences from the base and the working tree's from the index: both must be found.
    name: 'a version added and staged, not committed, and a released card of another model edited, not staged',
    edits: [copyVersion(CHURN, '2.0.0', '2.1.0')],
    commit: 'staged',
    unstaged: [edit(`${CLASSIFIER}/versions/1.0.0/card.yaml`, (t) => t.replace('created:', 'colour: blue\ncreated:'))],
    whole: false,
    says: (r) => {
      expect(changed(r)).toContain('added churn-gbm@2.1.0');
      expect(r.problems.map((p) => p.file)).toContain(`${CLASSIFIER}/versions/1.0.0/card.yaml`);
    },
  },
  {
    name: 'a released metrics file replaced by a link',
    edits: [remove(`${CHURN}/versions/1.0.0/metrics.json`), (root) => symlinkSync('../2.0.0/metrics.json', join(root, CHURN, 'versions/1.0.0/metrics.json'))],
    whole: false,
  },
  {
    name: 'a new version whose lineage parent does not exist',
    edits: [
      copyVersion(SMALL, '1.0.1', '1.0.2'),
      edit(`${SMALL}/versions/1.0.2/card.yaml`, (t) =>
        t
          .replace(/version: 1\.0\.0(\s+relation)/, 'version: 1.0.7$1')
          .replace(/model: support-ticket-classifier-small\n/, 'model: support-ticket-classifer-small\n'),
      ),
    ],
    whole: false,
  },
  {
    name: 'a lineage cycle through a model the change leaves alone',
    edits: [
      edit(`${CLASSIFIER}/versions/1.0.0/card.yaml`, (t) =>
        t.replace('  parents:\n', '  parents:\n    - model: support-ticket-classifier-small\n      version: 1.0.1\n      relation: distill\n'),
      ),
    ],
    whole: false,
    // Reported on the cycle's first member, a card of the model the change leaves alone.
    says: (r) => expect(rules(r)).toContain(`lineage-cycle ${SMALL}/versions/1.0.0/card.yaml`),
  },
  {
    name: 'a lineage parent removed: the version another model descends from',
    edits: [remove(`${CLASSIFIER}/versions/1.2.0`), edit(`${CLASSIFIER}/stages.yaml`, (t) => t.replace('production: 1.2.0', 'production: 1.3.0'))],
    whole: true,
    says: (r) => expect(rules(r)).toContain(`unknown-parent ${SMALL}/versions/1.0.0/card.yaml`),
  },
  { name: 'a whole model removed', edits: [remove(CHURN)], whole: true },
  {
    name: 'a stage change judged by a policy (gate and order)',
    edits: [
      edit(`${CLASSIFIER}/stages.yaml`, (t) => t.replace('production: 1.2.0', 'production: 1.3.0')),
      edit(`${CHURN}/stages.yaml`, (t) => t.replace('production: 2.0.0', 'production: 1.0.0')),
    ],
    whole: false,
    says: (r) => expect(rules(r)).toEqual(expect.arrayContaining([`promotion-gate ${CLASSIFIER}/stages.yaml`])),
  },
  {
    name: 'model.yaml changed and two versions added',
    edits: [
      edit(`${CHURN}/model.yaml`, (t) => t.replace(/^title: .*$/m, 'title: Churn')),
      copyVersion(CHURN, '2.0.0', '2.1.0'),
      copyVersion(CHURN, '2.0.0', '2.2.0'),
    ],
    whole: false,
  },
  {
    name: 'a new model',
    edits: [
      (root) => cpSync(join(root, CHURN), join(root, 'models/churn-lite'), { recursive: true }),
      edit('models/churn-lite/model.yaml', (t) => t.replace('name: churn-gbm', 'name: churn-lite')),
    ],
    whole: false,
  },
  { name: 'a stray file directly in models/', edits: [write('models/README.txt', 'hi\n')], whole: false },
  {
    name: 'tag_format changed (registry.yaml: the whole registry)',
    edits: [edit('registry.yaml', (t) => t.replace('tag_format: "{model}@v{version}"', 'tag_format: "{model}/{version}"'))],
    whole: true,
    says: (r) => expect(rules(r)).toEqual(['immutable-tags registry.yaml']),
  },
  {
    name: 'a stage removed from registry.yaml (the whole registry)',
    edits: [edit('registry.yaml', (t) => t.replace('stages: [staging, production]', 'stages: [production]'))],
    whole: true,
  },
];

describe('the review of a pull request reads what it touches and agrees with a full validation', () => {
  const work = mkdtempSync(join(tmpdir(), 'review-scope-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  function checkout(name: string, pr: PullRequest, preexisting?: Edit): { root: string; base: string } {
    const root = join(work, name.replace(/[^a-z0-9]+/gi, '-'));
    cpSync(TEMPLATE, root, { recursive: true });
    writeFileSync(join(root, 'registry.yaml'), readFileSync(join(root, 'registry.yaml'), 'utf8') + POLICY);
    preexisting?.(root);
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], { cwd: root, encoding: 'utf8' }).trim();
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-qm', 'registry');
    const base = git('rev-parse', 'HEAD');
    git('checkout', '-qb', 'change');
    for (const edit of pr.edits) edit(root);
    if (pr.commit !== false) git('add', '-A');
    if (pr.commit === undefined || pr.commit === true) git('commit', '-qm', pr.name);
    for (const edit of pr.unstaged ?? []) edit(root);
    return { root, base };
  }

  /** The reference: every file read, every released file hashed, the whole base loaded. */
  async function fullReview(root: string, ref: string): Promise<ReviewReport> {
    const commit = resolveCommit(root, ref);
    const snapshot = readSnapshot(root);
    const baseSnapshot = snapshotAtCommit(root, commit);
    const dirs = new Set(
      [...snapshot.entries, ...baseSnapshot.entries].map((e) => e.path.split('/').slice(0, 4).join('/')).filter((d) => d.split('/')[2] === 'versions'),
    );
    const head = validateSnapshot({ entries: snapshot.entries.map((e) => ({ ...e })) });
    const base = baseState(root, commit, snapshot.entries, { changedDirs: dirs }, (m, v) => tagName(head.registry.settings, m, v));
    const validated = validateSnapshot(snapshot, { base });
    const baseRegistry = loadRegistry(baseSnapshot);
    const models = [...new Set([...validated.registry.models.keys(), ...baseRegistry.models.keys()])];
    const judged = await withPromotions(root, commit, validated, baseRegistry, models, (path) => readRegistryDocument(root, path));
    const problems = [...judged.report.problems, ...codeownersCheck(root)].sort(compareProblems);
    return buildReview(baseRegistry, validated.registry, problems, judged.promotions ?? []);
  }

  for (const pr of PULL_REQUESTS) {
    it(pr.name, async () => {
      const { root, base } = checkout(pr.name, pr);
      const [scoped, full, validated] = await Promise.all([reviewChanges(root, base), fullReview(root, base), validateChange(root, base)]);
      expect(validated.whole).toBe(pr.whole);
      // The template is valid at the base: every problem is the change's, so the reviews are the same throughout.
      expect(scoped).toEqual(full);
      expect(full.problems.length + full.changed.length + full.stages.length).toBeGreaterThan(0);
      pr.says?.(scoped);
      // The Action reviews the commit checked out: the two trees' diff says the same.
      if (pr.commit === undefined || pr.commit === true) expect(await reviewChanges(root, base, { head: 'HEAD' })).toEqual(full);
    });
  }

  it('a problem the base already had in a model the change leaves alone is the default branch’s full validation’s, not the review’s', async () => {
    const broken: Edit = edit(`${SMALL}/model.yaml`, (t) => `${t}colour: blue\n`);
    const { root, base } = checkout('preexisting', PULL_REQUESTS[0], broken);
    const [scoped, full] = await Promise.all([reviewChanges(root, base), fullReview(root, base)]);
    expect(full.problems.map((p) => p.file)).toEqual([`${SMALL}/model.yaml`]);
    expect(scoped).toEqual({ ...full, problems: [], ok: true, errors: 0 });
  });
});
