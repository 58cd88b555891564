/**
 * The registry read through GitHub's git database API (what `register` lays
 * its version over), against the fake GitHub: a symbolic link and a folder at
 * a file's place are the same problems as on disk, and a link's blob is never
 * fetched.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../../../support/fake-github/index.js';
import { createGitHubClient } from '../../../../src/adapters/github/client.js';
import { readRegistrySnapshot } from '../../../../src/adapters/github/registry-snapshot.js';
import { validateSnapshot } from '../../../../src/core/validate.js';
import { BASE } from '../../../corpus/case-kit.js';

const REPO = { owner: 'acme', repo: 'registry' };
let gh: FakeGitHub;
let saved: NodeJS.ProcessEnv;

beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.addRepo(`${REPO.owner}/${REPO.repo}`, { defaultBranch: 'main' });
  saved = { ...process.env };
  Object.assign(process.env, { GITHUB_API_URL: gh.url, MODEL_REGISTRY_WRITE_SPACING_MS: '0', MODEL_REGISTRY_RETRY_BASE_MS: '1' });
});

afterEach(async () => {
  process.env = saved;
  await gh.close();
});

function baseFiles(dir = BASE): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? baseFiles(join(dir, d.name)) : [relative(BASE, join(dir, d.name))]));
}

describe('readRegistrySnapshot', () => {
  it('reports a linked card and a folder named model.yaml, one problem each, and never fetches the link', async () => {
    const octokit = createGitHubClient('test-token');
    const card = 'models/alpha/versions/1.1.0/card.yaml';
    const tree = baseFiles()
      .filter((path) => path !== card && path !== 'models/beta/model.yaml')
      .map((path) => ({ path, mode: '100644' as const, type: 'blob' as const, content: readFileSync(join(BASE, path), 'utf8') }));
    const { data } = await octokit.rest.git.createTree({
      ...REPO,
      tree: [
        ...tree,
        { path: card, mode: '120000', type: 'blob', content: '../../../../.git/config' },
        { path: 'models/beta/model.yaml/notes.txt', mode: '100644', type: 'blob', content: 'a folder where a file belongs\n' },
      ],
    });
    const linkSha = (await octokit.rest.git.getTree({ ...REPO, tree_sha: data.sha, recursive: 'true' })).data.tree.find((item) => item.path === card)!.sha;
    gh.clearRequests();

    const snapshot = await readRegistrySnapshot(octokit, REPO, data.sha, () => true);
    const { report } = validateSnapshot(snapshot);
    expect(report.problems.map((p) => `${p.rule} ${p.file}:${p.line}:${p.column}`)).toEqual([
      `symbolic-link ${card}:1:1`,
      'wrong-kind models/beta/model.yaml:1:1',
    ]);
    expect(gh.requests.filter((r) => r.path.includes(linkSha))).toEqual([]);
    gh.assertNoViolations();
  });
});
