/**
 * A fork's pull request reviewed from a bare repository (reviewCommits, what
 * `command: comment` runs) reads only what the change touches, taken from the
 * two commits' tree-to-tree diff, yet says what the review of every model
 * says: on a corpus of pull requests against registry-template, with release
 * tags, in the repository's top folder and in a subfolder (issue 15).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BareRepository } from '../../../src/adapters/git/bare-repository.js';
import { reviewCommits } from '../../../src/app/review-commits.js';

const TEMPLATE = join(import.meta.dirname, '..', '..', '..', 'registry-template');
const CLASSIFIER = 'models/support-ticket-classifier';
const SMALL = 'models/support-ticket-classifier-small';
const CHURN = 'models/churn-gbm';
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

const PULL_REQUESTS: [name: string, edits: Edit[]][] = [
  ['a version added', [copyVersion(CHURN, '2.0.0', '2.1.0')]],
  [
    'a new version with a broken card and an artifact that does not match',
    [
      copyVersion(CHURN, '2.0.0', '2.1.0'),
      edit(`${CHURN}/versions/2.1.0/card.yaml`, (t) => t.replace('created:', 'colour: blue\ncreated:')),
      write(`${CHURN}/versions/2.1.0/thresholds.json`, '{}\n'),
    ],
  ],
  [
    'a released card changed, and a file added to a released version',
    [edit(`${CHURN}/versions/1.0.0/card.yaml`, (t) => `${t}# edited\n`), write(`${CHURN}/versions/1.0.0/notes.txt`, 'x\n')],
  ],
  [
    'a released metrics file replaced by a link',
    [remove(`${CHURN}/versions/1.0.0/metrics.json`), (root) => symlinkSync('../2.0.0/metrics.json', join(root, CHURN, 'versions/1.0.0/metrics.json'))],
  ],
  [
    'a new version whose lineage parent does not exist',
    [copyVersion(SMALL, '1.0.1', '1.0.2'), edit(`${SMALL}/versions/1.0.2/card.yaml`, (t) => t.replace(/version: 1\.0\.0(\s+relation)/, 'version: 1.0.7$1'))],
  ],
  [
    'a lineage cycle through a model the change leaves alone',
    [
      edit(`${CLASSIFIER}/versions/1.0.0/card.yaml`, (t) =>
        t.replace('  parents:\n', '  parents:\n    - model: support-ticket-classifier-small\n      version: 1.0.1\n      relation: distill\n'),
      ),
    ],
  ],
  [
    'a lineage parent removed: the version another model descends from',
    [remove(`${CLASSIFIER}/versions/1.2.0`), edit(`${CLASSIFIER}/stages.yaml`, (t) => t.replace('production: 1.2.0', 'production: 1.3.0'))],
  ],
  ['a whole model removed', [remove(CHURN)]],
  [
    'a stage change judged by a policy (gate and order)',
    [
      edit(`${CLASSIFIER}/stages.yaml`, (t) => t.replace('production: 1.2.0', 'production: 1.3.0')),
      edit(`${CHURN}/stages.yaml`, (t) => t.replace('production: 2.0.0', 'production: 1.0.0')),
    ],
  ],
  [
    'model.yaml changed and two versions added',
    [edit(`${CHURN}/model.yaml`, (t) => t.replace(/^title: .*$/m, 'title: Churn')), copyVersion(CHURN, '2.0.0', '2.1.0'), copyVersion(CHURN, '2.0.0', '2.2.0')],
  ],
  [
    'a new model',
    [
      (root) => cpSync(join(root, CHURN), join(root, 'models/churn-lite'), { recursive: true }),
      edit('models/churn-lite/model.yaml', (t) => t.replace('name: churn-gbm', 'name: churn-lite')),
    ],
  ],
  ['a stray file directly in models/', [write('models/README.txt', 'hi\n')]],
  ['tag_format changed (registry.yaml)', [edit('registry.yaml', (t) => t.replace('tag_format: "{model}@v{version}"', 'tag_format: "{model}/{version}"'))]],
  ['a stage removed from registry.yaml', [edit('registry.yaml', (t) => t.replace('stages: [staging, production]', 'stages: [production]'))]],
];

describe('the review of a fork’s pull request reads what the two trees’ diff names, and says what the whole review says', () => {
  const work = mkdtempSync(join(tmpdir(), 'review-commits-scope-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** The template (in `subdir` of the repository when given) with every version tagged as released, and the pull request's commit. */
  function pullRequest(name: string, edits: Edit[], options: { subdir?: string; preexisting?: Edit } = {}) {
    const repo = join(work, name.replace(/[^a-z0-9]+/gi, '-') + (options.subdir ? '-sub' : ''));
    const root = options.subdir ? join(repo, options.subdir) : repo;
    cpSync(TEMPLATE, root, { recursive: true });
    writeFileSync(join(root, 'registry.yaml'), readFileSync(join(root, 'registry.yaml'), 'utf8') + POLICY);
    options.preexisting?.(root);
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], { cwd: repo, encoding: 'utf8' }).trim();
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-qm', 'registry');
    const base = git('rev-parse', 'HEAD');
    for (const tag of ['churn-gbm@v1.0.0', 'churn-gbm@v2.0.0', 'support-ticket-classifier@v1.2.0']) git('tag', tag);
    git('checkout', '-qb', 'change');
    for (const change of edits) change(root);
    git('add', '-A');
    git('commit', '-qm', name);
    const head = git('rev-parse', 'HEAD');
    const bare = BareRepository.create(work);
    bare.fetch(repo, ['+refs/heads/*:refs/heads/*', '+refs/tags/*:refs/tags/*']);
    return { bare, base, head, prefix: options.subdir ? `${options.subdir}/` : '' };
  }

  for (const [name, edits] of PULL_REQUESTS) {
    it(name, async () => {
      for (const subdir of [undefined, 'registry']) {
        const { bare, base, head, prefix } = pullRequest(name, edits, { subdir });
        const [scoped, whole] = await Promise.all([reviewCommits(bare, { head, base, prefix }), reviewCommits(bare, { head, base, prefix, whole: true })]);
        expect(scoped).toEqual(whole);
        expect(whole.problems.length + whole.changed.length + whole.stages.length).toBeGreaterThan(0);
      }
    });
  }

  it('a problem the base already had in a model the change leaves alone is not read, so not reported (the default branch’s full validation reports it)', async () => {
    const broken: Edit = edit(`${SMALL}/model.yaml`, (t) => `${t}colour: blue\n`);
    const { bare, base, head, prefix } = pullRequest('preexisting', PULL_REQUESTS[0][1], { preexisting: broken });
    const [scoped, whole] = await Promise.all([reviewCommits(bare, { head, base, prefix }), reviewCommits(bare, { head, base, prefix, whole: true })]);
    expect(whole.problems.map((p) => p.file)).toEqual([`${SMALL}/model.yaml`]);
    expect(scoped).toEqual({ ...whole, problems: [], ok: true, errors: 0 });
  });
});
