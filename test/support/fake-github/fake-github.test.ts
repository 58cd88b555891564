import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { startFakeGitHub, type FakeGitHub } from './index.js';

let gh: FakeGitHub;
let repoCounter = 0;

beforeAll(async () => {
  gh = await startFakeGitHub();
});

afterAll(async () => {
  await gh.close();
});

afterEach(() => {
  // every test must leave no request GitHub would reject, and the fake's own
  // responses must match GitHub's documented response schemas
  try {
    gh.assertNoViolations();
    gh.assertResponsesMatchSpec();
  } finally {
    gh.clearViolations();
    gh.responseViolations.length = 0;
    gh.clearFaults();
  }
});

interface ClientOptions {
  throttle?: boolean;
  doNotRetry429?: boolean;
  noRetry?: boolean;
  server?: FakeGitHub;
  onRateLimit?: (retryAfter: number) => boolean;
  onSecondaryRateLimit?: (retryAfter: number) => boolean;
}

function client(opts: ClientOptions = {}) {
  return getOctokit(
    'test-token',
    {
      baseUrl: (opts.server ?? gh).url,
      retry: opts.noRetry ? { enabled: false } : opts.doNotRetry429 ? { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] } : {},
      throttle: {
        enabled: opts.throttle ?? false,
        onRateLimit: (retryAfter: number) => opts.onRateLimit?.(retryAfter) ?? true,
        onSecondaryRateLimit: (retryAfter: number) => opts.onSecondaryRateLimit?.(retryAfter) ?? true,
      },
    },
    retry,
    throttling,
  );
}

function newRepo(opts: Parameters<FakeGitHub['addRepo']>[1] = {}) {
  const name = `repo${++repoCounter}`;
  const info = gh.addRepo(`acme/${name}`, opts);
  return { owner: 'acme', repo: name, full: info.fullName, head: info.headSha };
}

/** The body of a GitHub error answer (the fields these tests read). */
interface ErrorBody {
  message?: string;
  errors: { message?: string; field?: string; code?: string; resource?: string }[];
}

async function expectStatus(p: Promise<unknown>, status: number): Promise<ErrorBody> {
  try {
    await p;
  } catch (e) {
    const err = e as { status?: number; response?: { data?: unknown } };
    expect(err.status).toBe(status);
    return (err.response?.data ?? {}) as ErrorBody;
  }
  throw new Error(`expected HTTP ${status}, got success`);
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('issue comments', () => {
  it('creates, lists with Link pagination, updates and deletes comments', async () => {
    const r = newRepo();
    const octokit = client();
    const issue = gh.addIssue(r.full, { title: 'Model card review' });
    for (let i = 0; i < 25; i++) {
      await octokit.rest.issues.createComment({ owner: r.owner, repo: r.repo, issue_number: issue, body: `comment ${i}` });
    }
    const page1 = await octokit.rest.issues.listComments({ owner: r.owner, repo: r.repo, issue_number: issue, per_page: 10 });
    expect(page1.data).toHaveLength(10);
    expect(page1.headers.link).toMatch(/<[^>]+[?&]page=2[^>]*>; rel="next"/);
    expect(page1.headers.link).toMatch(/<[^>]+[?&]page=3[^>]*>; rel="last"/);
    expect(page1.headers['x-ratelimit-remaining']).toBeDefined();

    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      owner: r.owner,
      repo: r.repo,
      issue_number: issue,
      per_page: 10,
    });
    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 25 }, (_, i) => `comment ${i}`));
    expect(all[0].user?.login).toBe('github-actions[bot]');
    expect(all[0].html_url).toContain(`/issues/${issue}#issuecomment-`);

    const target = all[3];
    const updated = await octokit.rest.issues.updateComment({ owner: r.owner, repo: r.repo, comment_id: target.id, body: 'edited' });
    expect(updated.data.body).toBe('edited');
    const fetched = await octokit.rest.issues.getComment({ owner: r.owner, repo: r.repo, comment_id: target.id });
    expect(fetched.data.body).toBe('edited');
    await octokit.rest.issues.deleteComment({ owner: r.owner, repo: r.repo, comment_id: target.id });
    await expectStatus(octokit.rest.issues.getComment({ owner: r.owner, repo: r.repo, comment_id: target.id }), 404);
    expect(gh.comments(r.full, issue)).toHaveLength(24);

    // GitHub's length limit is a business rule (422), not a malformed request
    const data = await expectStatus(octokit.rest.issues.createComment({ owner: r.owner, repo: r.repo, issue_number: issue, body: 'x'.repeat(65537) }), 422);
    expect(data.errors[0].message).toBe('body is too long (maximum is 65536 characters)');
    await octokit.rest.issues.createComment({ owner: r.owner, repo: r.repo, issue_number: issue, body: 'x'.repeat(65536) });
  });
});

describe('releases and assets', () => {
  it('draft release: hidden from by-tag lookup, upload through upload_url, duplicate 422, publish', async () => {
    const r = newRepo();
    const octokit = client();
    const tag = 'sentiment@v1.0.0';
    const created = await octokit.rest.repos.createRelease({
      owner: r.owner,
      repo: r.repo,
      tag_name: tag,
      name: 'sentiment v1.0.0',
      body: 'notes',
      draft: true,
    });
    expect(created.status).toBe(201);
    expect(created.data.draft).toBe(true);
    expect(created.data.published_at).toBeNull();
    expect(created.data.upload_url).toBe(`${gh.url}/repos/${r.full}/releases/${created.data.id}/assets{?name,label}`);
    expect(created.data.html_url).toMatch(/\/releases\/tag\/untagged-[0-9a-f]+$/);

    // drafts are never returned by the by-tag endpoint, but are listed
    await expectStatus(octokit.rest.repos.getReleaseByTag({ owner: r.owner, repo: r.repo, tag }), 404);
    const listed = await octokit.rest.repos.listReleases({ owner: r.owner, repo: r.repo });
    const draft = listed.data.find((x) => x.tag_name === tag);
    expect(draft?.id).toBe(created.data.id);
    expect(gh.refs(r.full)[`refs/tags/${tag}`]).toBeUndefined();

    const bytes = Buffer.from('ONNX model bytes '.repeat(1000));
    const upload = (name: string) =>
      octokit.rest.repos.uploadReleaseAsset({
        url: draft!.upload_url,
        owner: r.owner,
        repo: r.repo,
        release_id: draft!.id,
        name,
        label: 'The model',
        data: bytes as unknown as string,
        headers: { 'content-type': 'application/octet-stream', 'content-length': bytes.length },
      });
    const asset = await upload('model.onnx');
    expect(asset.status).toBe(201);
    expect(asset.data).toMatchObject({ name: 'model.onnx', label: 'The model', size: bytes.length, state: 'uploaded' });
    expect(asset.data.digest).toBe(`sha256:${sha256(bytes)}`);

    const dup = await expectStatus(upload('model.onnx'), 422);
    expect(dup.errors).toEqual([{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }]);

    // GitHub renames special characters
    const renamed = await upload('my model (1).onnx');
    expect(renamed.data.name).toBe('my.model.1.onnx');

    const published = await octokit.rest.repos.updateRelease({ owner: r.owner, repo: r.repo, release_id: draft!.id, draft: false });
    expect(published.data.draft).toBe(false);
    expect(published.data.published_at).not.toBeNull();
    expect(gh.refs(r.full)[`refs/tags/${tag}`]).toBe(r.head);
    const byTag = await octokit.rest.repos.getReleaseByTag({ owner: r.owner, repo: r.repo, tag });
    expect(byTag.data.id).toBe(draft!.id);
    expect(byTag.data.assets.map((a) => a.name)).toEqual(['model.onnx', 'my.model.1.onnx']);

    // download through the API (302 to a signed URL, followed by fetch)
    const dl = await octokit.rest.repos.getReleaseAsset({
      owner: r.owner,
      repo: r.repo,
      asset_id: asset.data.id,
      headers: { accept: 'application/octet-stream' },
    });
    expect(Buffer.from(dl.data as unknown as ArrayBuffer).equals(bytes)).toBe(true);
    // and through browser_download_url
    const res = await fetch(byTag.data.assets[0].browser_download_url);
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('paginates releases with a Link header and rejects over-long bodies', async () => {
    const r = newRepo();
    const octokit = client();
    for (let i = 0; i < 5; i++) {
      await octokit.rest.repos.createRelease({ owner: r.owner, repo: r.repo, tag_name: `m@v1.0.${i}`, draft: i % 2 === 0 });
    }
    const first = await octokit.rest.repos.listReleases({ owner: r.owner, repo: r.repo, per_page: 2 });
    expect(first.headers.link).toContain('rel="next"');
    const all = await octokit.paginate(octokit.rest.repos.listReleases, { owner: r.owner, repo: r.repo, per_page: 2 });
    expect(all.map((x) => x.tag_name)).toEqual(['m@v1.0.4', 'm@v1.0.3', 'm@v1.0.2', 'm@v1.0.1', 'm@v1.0.0']);
    const data = await expectStatus(octokit.rest.repos.createRelease({ owner: r.owner, repo: r.repo, tag_name: 'm@v2.0.0', body: 'x'.repeat(125001) }), 422);
    expect(data.errors[0].field).toBe('body');
  });

  it('streams a large (> 8 MiB) asset to disk and serves it back', async () => {
    const r = newRepo();
    const octokit = client();
    const rel = await octokit.rest.repos.createRelease({ owner: r.owner, repo: r.repo, tag_name: 'big@v1', draft: true });
    const big = Buffer.alloc(12 * 1024 * 1024, 7);
    const up = await octokit.rest.repos.uploadReleaseAsset({
      url: rel.data.upload_url,
      owner: r.owner,
      repo: r.repo,
      release_id: rel.data.id,
      name: 'weights.bin',
      data: big as unknown as string,
      headers: { 'content-type': 'application/octet-stream', 'content-length': big.length },
    });
    expect(up.data.size).toBe(big.length);
    expect(up.data.digest).toBe(`sha256:${sha256(big)}`);
    expect(gh.assetBytes(r.full, up.data.id)?.equals(big)).toBe(true);
  });

  it('immutable releases: no asset changes or tag edits after publishing, tag never reusable', async () => {
    const r = newRepo({ immutableReleases: true });
    const octokit = client();
    const rel = await octokit.rest.repos.createRelease({ owner: r.owner, repo: r.repo, tag_name: 'imm@v1', draft: true });
    const bytes = Buffer.from('abc');
    const upload = (name: string) =>
      octokit.rest.repos.uploadReleaseAsset({
        url: rel.data.upload_url,
        owner: r.owner,
        repo: r.repo,
        release_id: rel.data.id,
        name,
        data: bytes as unknown as string,
        headers: { 'content-type': 'application/octet-stream', 'content-length': bytes.length },
      });
    const a = await upload('a.bin');
    const pub = await octokit.rest.repos.updateRelease({ owner: r.owner, repo: r.repo, release_id: rel.data.id, draft: false });
    expect(pub.data.immutable).toBe(true);
    await expectStatus(upload('b.bin'), 422);
    await expectStatus(octokit.rest.repos.deleteReleaseAsset({ owner: r.owner, repo: r.repo, asset_id: a.data.id }), 422);
    gh.addCommits(r.full, ['1'.repeat(40)]);
    await expectStatus(octokit.rest.git.updateRef({ owner: r.owner, repo: r.repo, ref: 'tags/imm@v1', sha: '1'.repeat(40), force: true }), 422);
    await expectStatus(octokit.rest.repos.updateRelease({ owner: r.owner, repo: r.repo, release_id: rel.data.id, tag_name: 'imm@v2' }), 422);
    // body edits are fine
    await octokit.rest.repos.updateRelease({ owner: r.owner, repo: r.repo, release_id: rel.data.id, body: 'better notes' });
    await octokit.rest.repos.deleteRelease({ owner: r.owner, repo: r.repo, release_id: rel.data.id });
    await expectStatus(octokit.rest.repos.createRelease({ owner: r.owner, repo: r.repo, tag_name: 'imm@v1' }), 422);
    await expectStatus(octokit.rest.repos.createRelease({ owner: r.owner, repo: r.repo, tag_name: 'imm@v1', draft: true }), 422);
  });
});

describe('git data', () => {
  it('annotated tag + ref, duplicate ref 422, matching refs, encoded and unencoded ref paths', async () => {
    const r = newRepo();
    const octokit = client();
    const tag = await octokit.rest.git.createTag({
      owner: r.owner,
      repo: r.repo,
      tag: 'sentiment@v1.0.0',
      message: 'sentiment v1.0.0',
      object: r.head,
      type: 'commit',
      tagger: { name: 'Registry Bot', email: 'bot@example.com', date: '2025-01-02T03:04:05Z' },
    });
    expect(tag.status).toBe(201);
    expect(tag.data.sha).toMatch(/^[0-9a-f]{40}$/);
    const got = await octokit.rest.git.getTag({ owner: r.owner, repo: r.repo, tag_sha: tag.data.sha });
    expect(got.data.object.sha).toBe(r.head);

    const ref = await octokit.rest.git.createRef({ owner: r.owner, repo: r.repo, ref: 'refs/tags/sentiment@v1.0.0', sha: tag.data.sha });
    expect(ref.data.object.type).toBe('tag');
    const dup = await expectStatus(octokit.rest.git.createRef({ owner: r.owner, repo: r.repo, ref: 'refs/tags/sentiment@v1.0.0', sha: tag.data.sha }), 422);
    expect(dup.message).toBe('Reference already exists');

    // Octokit percent-encodes the ref ("tags%2Fsentiment%40v1.0.0"); GitHub also accepts it raw
    const viaOctokit = await octokit.rest.git.getRef({ owner: r.owner, repo: r.repo, ref: 'tags/sentiment@v1.0.0' });
    expect(viaOctokit.data.object.sha).toBe(tag.data.sha);
    expect(gh.requests.at(-1)!.rawPath).toContain('tags%2Fsentiment%40v1.0.0');
    const raw = await fetch(`${gh.url}/repos/${r.full}/git/ref/tags/sentiment@v1.0.0`, { headers: { authorization: 'token t' } });
    expect(raw.status).toBe(200);
    expect(((await raw.json()) as { ref: string }).ref).toBe('refs/tags/sentiment@v1.0.0');

    const matching = await octokit.rest.git.listMatchingRefs({ owner: r.owner, repo: r.repo, ref: 'tags/sentiment@' });
    expect(matching.data.map((m) => m.ref)).toEqual(['refs/tags/sentiment@v1.0.0']);
    const tags = await octokit.rest.repos.listTags({ owner: r.owner, repo: r.repo });
    expect(tags.data).toEqual([expect.objectContaining({ name: 'sentiment@v1.0.0', commit: expect.objectContaining({ sha: r.head }) })]);

    // unknown objects are rejected like GitHub
    const bad = await expectStatus(octokit.rest.git.createRef({ owner: r.owner, repo: r.repo, ref: 'refs/tags/x', sha: 'f'.repeat(40) }), 422);
    expect(bad.message).toBe('Object does not exist');
    await expectStatus(octokit.rest.git.getRef({ owner: r.owner, repo: r.repo, ref: 'tags/nope' }), 404);
    await octokit.rest.git.deleteRef({ owner: r.owner, repo: r.repo, ref: 'tags/sentiment@v1.0.0' });
    expect(gh.refs(r.full)['refs/tags/sentiment@v1.0.0']).toBeUndefined();
  });

  it('contents API and git database push a branch', async () => {
    const r = newRepo({ files: { 'README.md': '# hi\n', 'models/a/card.yaml': 'name: a\n' } });
    const octokit = client();
    await octokit.rest.git.createRef({ owner: r.owner, repo: r.repo, ref: 'refs/heads/register/b', sha: r.head });
    const put = await octokit.rest.repos.createOrUpdateFileContents({
      owner: r.owner,
      repo: r.repo,
      path: 'models/b/card.yaml',
      branch: 'register/b',
      message: 'Register b',
      content: Buffer.from('name: b\n').toString('base64'),
    });
    expect(put.status).toBe(201);
    expect(gh.readFile(r.full, 'register/b', 'models/b/card.yaml')).toBe('name: b\n');
    // sha required / must match for updates
    await expectStatus(
      octokit.rest.repos.createOrUpdateFileContents({
        owner: r.owner,
        repo: r.repo,
        path: 'models/b/card.yaml',
        branch: 'register/b',
        message: 'x',
        content: Buffer.from('name: c\n').toString('base64'),
        sha: 'a'.repeat(40),
        request: { retries: 0 }, // the retry plugin retries 409s by default
      }),
      409,
    );
    const file = await octokit.rest.repos.getContent({ owner: r.owner, repo: r.repo, path: 'models/b/card.yaml', ref: 'register/b' });
    const f = file.data as { sha: string; content: string };
    expect(Buffer.from(f.content, 'base64').toString()).toBe('name: b\n');
    await octokit.rest.repos.createOrUpdateFileContents({
      owner: r.owner,
      repo: r.repo,
      path: 'models/b/card.yaml',
      branch: 'register/b',
      message: 'Update b',
      content: Buffer.from('name: b2\n').toString('base64'),
      sha: f.sha,
    });

    // git database: blob -> tree(base_tree) -> commit -> move ref
    const branch = await octokit.rest.repos.getBranch({ owner: r.owner, repo: r.repo, branch: 'register/b' });
    const parent = branch.data.commit.sha;
    const parentCommit = await octokit.rest.git.getCommit({ owner: r.owner, repo: r.repo, commit_sha: parent });
    const blob = await octokit.rest.git.createBlob({ owner: r.owner, repo: r.repo, content: Buffer.from([0, 1, 2]).toString('base64'), encoding: 'base64' });
    const tree = await octokit.rest.git.createTree({
      owner: r.owner,
      repo: r.repo,
      base_tree: parentCommit.data.tree.sha,
      tree: [
        { path: 'models/b/weights.bin', mode: '100644', type: 'blob', sha: blob.data.sha },
        { path: 'models/b/notes.md', mode: '100644', type: 'blob', content: 'notes\n' },
        { path: 'models/a/card.yaml', mode: '100644', type: 'blob', sha: null },
      ],
    });
    const commit = await octokit.rest.git.createCommit({
      owner: r.owner,
      repo: r.repo,
      message: 'Add weights',
      tree: tree.data.sha,
      parents: [parent],
    });
    await octokit.rest.git.updateRef({ owner: r.owner, repo: r.repo, ref: 'heads/register/b', sha: commit.data.sha });
    expect(gh.readFile(r.full, 'register/b', 'models/b/notes.md')).toBe('notes\n');
    expect(gh.readFile(r.full, 'register/b', 'models/b/card.yaml')).toBe('name: b2\n');
    expect(gh.readFile(r.full, 'register/b', 'models/a/card.yaml')).toBeUndefined();
    expect(gh.readFileBuffer(r.full, commit.data.sha, 'models/b/weights.bin')).toEqual(Buffer.from([0, 1, 2]));
    const full = await octokit.rest.git.getTree({ owner: r.owner, repo: r.repo, tree_sha: tree.data.sha, recursive: '1' });
    expect(full.data.tree.filter((e) => e.type === 'blob').map((e) => e.path)).toEqual([
      'README.md',
      'models/b/card.yaml',
      'models/b/notes.md',
      'models/b/weights.bin',
    ]);
    // non-fast-forward update is refused
    await expectStatus(octokit.rest.git.updateRef({ owner: r.owner, repo: r.repo, ref: 'heads/register/b', sha: r.head }), 422);
  });
});

describe('pull requests', () => {
  it('create, list by head, files, merge, and GraphQL auto-merge', async () => {
    const r = newRepo();
    const octokit = client();
    gh.commitFiles(r.full, 'register/m1', { 'models/m1/card.yaml': 'name: m1\nversion: 1.0.0\n' }, 'Register m1');
    const pr = await octokit.rest.pulls.create({ owner: r.owner, repo: r.repo, title: 'Register m1', head: 'register/m1', base: 'main' });
    expect(pr.status).toBe(201);
    expect(pr.data.html_url).toBe(`https://github.com/${r.full}/pull/${pr.data.number}`);
    await expectStatus(octokit.rest.pulls.create({ owner: r.owner, repo: r.repo, title: 'again', head: 'register/m1', base: 'main' }), 422);

    const existing = gh.addPullRequest(r.full, { head: 'other', base: 'main', title: 'Other' });
    expect(existing.number).toBe(pr.data.number + 1);
    const byHead = await octokit.rest.pulls.list({ owner: r.owner, repo: r.repo, head: `${r.owner}:register/m1` });
    expect(byHead.data.map((p) => p.number)).toEqual([pr.data.number]);

    const files = await octokit.rest.pulls.listFiles({ owner: r.owner, repo: r.repo, pull_number: pr.data.number });
    expect(files.data).toEqual([expect.objectContaining({ filename: 'models/m1/card.yaml', status: 'added', additions: 2 })]);

    // comments on PRs share the issue numbering
    await octokit.rest.issues.createComment({ owner: r.owner, repo: r.repo, issue_number: pr.data.number, body: 'Validation passed' });

    const gql = await octokit.graphql<{ enablePullRequestAutoMerge: { pullRequest: { number: number } } }>(
      `mutation($id: ID!) { enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: SQUASH }) { pullRequest { number } } }`,
      { id: pr.data.node_id },
    );
    expect(gql.enablePullRequestAutoMerge.pullRequest.number).toBe(pr.data.number);
    expect(gh.autoMergeRequests).toEqual([expect.objectContaining({ repo: r.full, pullNumber: pr.data.number, mergeMethod: 'SQUASH' })]);

    const merged = await octokit.rest.pulls.merge({ owner: r.owner, repo: r.repo, pull_number: pr.data.number, merge_method: 'squash' });
    expect(merged.data.merged).toBe(true);
    expect(gh.readFile(r.full, 'main', 'models/m1/card.yaml')).toBe('name: m1\nversion: 1.0.0\n');
    const after = await octokit.rest.pulls.get({ owner: r.owner, repo: r.repo, pull_number: pr.data.number });
    expect(after.data).toMatchObject({ state: 'closed', merged: true, merge_commit_sha: merged.data.sha });
  });
});

describe('remaining endpoints (shapes are checked against the response schemas in afterEach)', () => {
  it('issues, branches, commits, contents, latest release, assets, rate limit', async () => {
    const r = newRepo();
    const octokit = client();
    const repo = await octokit.rest.repos.get({ owner: r.owner, repo: r.repo });
    expect(repo.data.default_branch).toBe('main');
    const issue = await octokit.rest.issues.create({ owner: r.owner, repo: r.repo, title: 'Bug', body: 'details' });
    await octokit.rest.issues.update({ owner: r.owner, repo: r.repo, issue_number: issue.data.number, state: 'closed' });
    const got = await octokit.rest.issues.get({ owner: r.owner, repo: r.repo, issue_number: issue.data.number });
    expect(got.data.state).toBe('closed');
    await octokit.rest.issues.createComment({ owner: r.owner, repo: r.repo, issue_number: issue.data.number, body: 'hi' });
    const repoComments = await octokit.rest.issues.listCommentsForRepo({ owner: r.owner, repo: r.repo });
    expect(repoComments.data).toHaveLength(1);

    // commits registered by the test can be release targets; unknown ones are rejected
    const sha = 'abcdef0123456789abcdef0123456789abcdef01';
    gh.addCommits(r.full, [sha], { branch: 'feature' });
    const branches = await octokit.rest.repos.listBranches({ owner: r.owner, repo: r.repo });
    expect(branches.data.map((b) => b.name)).toEqual(['feature', 'main']);
    const commit = await octokit.rest.repos.getCommit({ owner: r.owner, repo: r.repo, ref: 'feature' });
    expect(commit.data.sha).toBe(sha);
    const rel = await octokit.rest.repos.createRelease({ owner: r.owner, repo: r.repo, tag_name: 'x@v1', target_commitish: sha });
    expect(gh.refs(r.full)['refs/tags/x@v1']).toBe(sha);
    await expectStatus(octokit.rest.repos.createRelease({ owner: r.owner, repo: r.repo, tag_name: 'x@v2', target_commitish: 'f'.repeat(40) }), 422);
    await expectStatus(octokit.rest.repos.createRelease({ owner: r.owner, repo: r.repo, tag_name: 'x@v1' }), 422);
    const latest = await octokit.rest.repos.getLatestRelease({ owner: r.owner, repo: r.repo });
    expect(latest.data.id).toBe(rel.data.id);
    const bytes = Buffer.from('data');
    const asset = await octokit.rest.repos.uploadReleaseAsset({
      url: rel.data.upload_url,
      owner: r.owner,
      repo: r.repo,
      release_id: rel.data.id,
      name: 'a.bin',
      data: bytes as unknown as string,
      headers: { 'content-type': 'application/octet-stream', 'content-length': bytes.length },
    });
    const renamedAsset = await octokit.rest.repos.updateReleaseAsset({ owner: r.owner, repo: r.repo, asset_id: asset.data.id, label: 'L' });
    expect(renamedAsset.data.label).toBe('L');
    const gotAsset = await octokit.rest.repos.getReleaseAsset({ owner: r.owner, repo: r.repo, asset_id: asset.data.id });
    expect(gotAsset.data.digest).toMatch(/^sha256:[0-9a-f]{64}$/);

    // contents: directory listing, blob, delete
    gh.commitFiles(r.full, 'main', { 'models/a.yaml': 'a: 1\n', 'models/b.yaml': 'b: 2\n' });
    const dir = await octokit.rest.repos.getContent({ owner: r.owner, repo: r.repo, path: 'models' });
    expect((dir.data as Array<{ name: string }>).map((e) => e.name)).toEqual(['a.yaml', 'b.yaml']);
    const file = (await octokit.rest.repos.getContent({ owner: r.owner, repo: r.repo, path: 'models/a.yaml' })).data as { sha: string; download_url: string };
    const blob = await octokit.rest.git.getBlob({ owner: r.owner, repo: r.repo, file_sha: file.sha });
    expect(Buffer.from(blob.data.content, 'base64').toString()).toBe('a: 1\n');
    expect(await (await fetch(file.download_url)).text()).toBe('a: 1\n');
    await octokit.rest.repos.deleteFile({ owner: r.owner, repo: r.repo, path: 'models/a.yaml', message: 'rm', sha: file.sha });
    expect(gh.readFile(r.full, 'main', 'models/a.yaml')).toBeUndefined();
    await expectStatus(octokit.rest.repos.getContent({ owner: r.owner, repo: r.repo, path: 'models/a.yaml' }), 404);

    // fork PR registered by the test; update and check-if-merged
    const fork = gh.addPullRequest(r.full, {
      head: 'patch-1',
      base: 'main',
      headRepoFullName: 'someone/fork',
      headSha: '1234567890123456789012345678901234567890',
      files: [{ filename: 'models/c.yaml', status: 'added', additions: 3 }],
    });
    const pr = await octokit.rest.pulls.get({ owner: r.owner, repo: r.repo, pull_number: fork.number });
    expect(pr.data.head).toMatchObject({ label: 'someone:patch-1', sha: '1234567890123456789012345678901234567890' });
    expect(pr.data.head.repo?.full_name).toBe('someone/fork');
    const files = await octokit.rest.pulls.listFiles({ owner: r.owner, repo: r.repo, pull_number: fork.number });
    expect(files.data[0]).toMatchObject({ filename: 'models/c.yaml', additions: 3, changes: 3 });
    await octokit.rest.pulls.update({ owner: r.owner, repo: r.repo, pull_number: fork.number, title: 'Renamed' });
    await expectStatus(octokit.rest.pulls.checkIfMerged({ owner: r.owner, repo: r.repo, pull_number: fork.number }), 404);
    const bare = await octokit.rest.pulls.list({ owner: r.owner, repo: r.repo, head: 'patch-1' });
    expect(bare.data).toHaveLength(1); // GitHub ignores a head filter without "owner:"

    const rate = await octokit.rest.rateLimit.get();
    expect(rate.data.resources.core.used).toBeGreaterThan(0);
  });
});

describe('OpenAPI checking', () => {
  it('records requests GitHub would reject', async () => {
    const r = newRepo();
    const octokit = client();
    const issue = gh.addIssue(r.full, { title: 't' });
    // @ts-expect-error -- deliberately invalid: tag_name is required
    await expectStatus(octokit.request('POST /repos/{owner}/{repo}/releases', { owner: r.owner, repo: r.repo, name: 'no tag' }), 422);
    await expectStatus(
      octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner: r.owner,
        repo: r.repo,
        issue_number: issue,
        // @ts-expect-error -- deliberately invalid: body must be a string
        body: { text: 'not a string' },
      }),
      422,
    );
    await expectStatus(octokit.request('GET /repos/{owner}/{repo}/no-such-endpoint', { owner: r.owner, repo: r.repo }), 404);
    // @ts-expect-error -- deliberately invalid: release_id is an integer
    await expectStatus(octokit.request('GET /repos/{owner}/{repo}/releases/{release_id}', { owner: r.owner, repo: r.repo, release_id: 'abc' }), 422);
    const anon = await fetch(`${gh.url}/repos/${r.full}/releases`);
    expect(anon.status).toBe(401);

    expect(gh.violations.map((v) => v.message)).toEqual([
      expect.stringContaining('"tag_name" wasn\'t supplied'),
      expect.stringContaining('"body" must be string'),
      expect.stringContaining('unknown route'),
      expect.stringContaining('release_id'),
      expect.stringContaining('Authorization'),
    ]);
    expect(() => gh.assertNoViolations()).toThrow(/5 violation\(s\)[\s\S]*POST \/repos\/acme\/repo\d+\/releases/);
    gh.clearViolations();
  });
});

describe('fault injection', () => {
  it('a 502 is retried by the retry plugin', async () => {
    const r = newRepo();
    const octokit = client();
    gh.clearRequests();
    gh.failNext({ method: 'GET', pathPattern: /\/releases$/, status: 502 });
    const res = await octokit.rest.repos.listReleases({ owner: r.owner, repo: r.repo });
    expect(res.status).toBe(200);
    expect(gh.requests.map((q) => [q.method, q.path, q.status, q.faulted ?? false])).toEqual([
      ['GET', `/repos/${r.full}/releases`, 502, true],
      ['GET', `/repos/${r.full}/releases`, 200, false],
    ]);
  });

  it('a 429 with retry-after is waited out by the throttling plugin', async () => {
    const r = newRepo();
    const waits: number[] = [];
    // with getOctokit(token, opts, retry, throttling) the retry plugin is the inner hook and would
    // retry a 429 itself (after 1 s, ignoring retry-after); exclude 429 there so throttling handles it
    const octokit = client({ throttle: true, onRateLimit: (after) => (waits.push(after), true), doNotRetry429: true });
    gh.failNext({ pathPattern: new RegExp(`^/repos/${r.full}$`), status: 429, retryAfter: 1 });
    const started = Date.now();
    const res = await octokit.rest.repos.get({ owner: r.owner, repo: r.repo });
    expect(res.data.full_name).toBe(r.full);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(gh.requests.filter((q) => q.path === `/repos/${r.full}`).map((q) => q.status)).toEqual([429, 200]);
  });

  it('with the default retry config a 429 is retried by the retry plugin, not throttling', async () => {
    const r = newRepo();
    const waits: number[] = [];
    const octokit = client({ throttle: true, onRateLimit: (after) => (waits.push(after), true) });
    gh.failNext({ pathPattern: new RegExp(`^/repos/${r.full}$`), status: 429, retryAfter: 1 });
    const res = await octokit.rest.repos.get({ owner: r.owner, repo: r.repo });
    expect(res.status).toBe(200);
    expect(waits).toEqual([]);
  });

  it('a secondary rate limit 403 triggers onSecondaryRateLimit', async () => {
    const r = newRepo();
    const waits: number[] = [];
    const octokit = client({ throttle: true, onSecondaryRateLimit: (after) => (waits.push(after), true) });
    gh.failNext({ pathPattern: /\/tags$/, secondaryRateLimit: true, retryAfter: 1 });
    const res = await octokit.rest.repos.listTags({ owner: r.owner, repo: r.repo });
    expect(res.status).toBe(200);
    expect(waits).toEqual([1]);
  });

  it('enumerates the requests of a run and fails the k-th one in a re-run', async () => {
    const run = async (server: FakeGitHub) => {
      const octokit = client({ server, noRetry: true });
      const rel = await octokit.rest.repos.createRelease({ owner: 'acme', repo: 'runs', tag_name: 'm@v1', draft: true });
      const bytes = Buffer.from('weights');
      await octokit.rest.repos.uploadReleaseAsset({
        url: rel.data.upload_url,
        owner: 'acme',
        repo: 'runs',
        release_id: rel.data.id,
        name: 'm.bin',
        data: bytes as unknown as string,
        headers: { 'content-type': 'application/octet-stream', 'content-length': bytes.length },
      });
      await octokit.rest.repos.updateRelease({ owner: 'acme', repo: 'runs', release_id: rel.data.id, draft: false });
      await octokit.rest.repos.listReleases({ owner: 'acme', repo: 'runs' });
    };
    const fresh = async () => {
      const server = await startFakeGitHub();
      server.addRepo('acme/runs');
      return server;
    };
    const first = await fresh();
    await run(first);
    const log = [...first.requests];
    first.assertNoViolations();
    await first.close();
    expect(log.map((e) => `${e.method} ${e.path}`)).toEqual([
      'POST /repos/acme/runs/releases',
      expect.stringMatching(/^POST \/repos\/acme\/runs\/releases\/\d+\/assets$/),
      expect.stringMatching(/^PATCH \/repos\/acme\/runs\/releases\/\d+$/),
      'GET /repos/acme/runs/releases',
    ]);
    for (let k = 0; k < log.length; k++) {
      const again = await fresh();
      try {
        again.failLikeLoggedRequest(log, k, { status: 500 });
        await expect(run(again)).rejects.toMatchObject({ status: 500 });
        expect(again.requests.map((e) => e.faulted ?? false)).toEqual(log.slice(0, k + 1).map((_, i) => i === k));
        again.assertNoViolations();
      } finally {
        await again.close();
      }
    }
  });

  it('a midway reset leaves a starter asset that must be deleted before re-uploading', async () => {
    const r = newRepo();
    const octokit = client();
    const rel = await octokit.rest.repos.createRelease({ owner: r.owner, repo: r.repo, tag_name: 'm@v1', draft: true });
    const bytes = Buffer.alloc(256 * 1024, 1);
    const upload = () =>
      octokit.rest.repos.uploadReleaseAsset({
        url: rel.data.upload_url,
        owner: r.owner,
        repo: r.repo,
        release_id: rel.data.id,
        name: 'model.bin',
        data: bytes as unknown as string,
        headers: { 'content-type': 'application/octet-stream', 'content-length': bytes.length },
        request: { retries: 0 },
      });
    gh.failNext({ method: 'POST', pathPattern: /\/assets$/, reset: 'midway' });
    await expect(upload()).rejects.toThrow();
    const assets = await octokit.rest.repos.listReleaseAssets({ owner: r.owner, repo: r.repo, release_id: rel.data.id });
    expect(assets.data).toEqual([expect.objectContaining({ name: 'model.bin', state: 'starter' })]);
    expect(gh.requests.find((q) => q.method === 'POST' && q.path.endsWith('/assets'))?.reset).toBe(true);

    await expectStatus(upload(), 422);
    await octokit.rest.repos.deleteReleaseAsset({ owner: r.owner, repo: r.repo, asset_id: assets.data[0].id });
    const ok = await upload();
    expect(ok.data.state).toBe('uploaded');
  });
});
