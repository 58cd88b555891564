/** Releases and release assets (streaming uploads, starter assets, immutable releases). */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { charLength, notFound, paginate, unprocessable, validationFailed, type Handler, type RouteContext, type RouteModule } from '../http.js';
import { assetJson, releaseJson } from '../representations.js';
import { isoNow, type AssetState, type ReleaseState, type RepoState, type State } from '../state.js';
import { isValidRefName } from './git.js';

export const MAX_RELEASE_BODY = 125000;
export const MAX_ASSET_SIZE = 2 * 1024 * 1024 * 1024; // 2 GiB
/** How deep GitHub lets the list of releases be paged (reported as 1,000 results). */
const MAX_LISTED_RELEASES = 1000;

/**
 * GitHub renames asset file names with "special characters, non-alphanumeric
 * characters, and leading or trailing periods". The exact algorithm is not
 * documented; observed behaviour: every run of characters outside
 * [A-Za-z0-9._+-] (together with adjacent periods) becomes a single '.'.
 */
export function sanitizeAssetName(name: string): string {
  let s = name.replace(/\.*[^A-Za-z0-9._+-]+\.*/g, '.');
  s = s.replace(/\.+$/, '');
  if (s.startsWith('.')) s = `default${s}`;
  return s === '' ? 'default' : s;
}

function isPublishedImmutable(repo: RepoState, r: ReleaseState): boolean {
  return repo.immutableReleases && !r.draft;
}

function getRelease(ctx: RouteContext): { repo: RepoState; release: ReleaseState } {
  const repo = ctx.repo();
  const release = repo.releases.get(Number(ctx.params.release_id));
  if (!release) throw notFound();
  return { repo, release };
}

function findAsset(repo: RepoState, id: number): { release: ReleaseState; asset: AssetState } | undefined {
  for (const release of repo.releases.values()) {
    const asset = release.assets.find((a) => a.id === id);
    if (asset) return { release, asset };
  }
  return undefined;
}

function dropAssetBytes(a: AssetState): void {
  if (a.filePath) rmSync(a.filePath, { force: true });
  a.filePath = null;
  a.data = null;
}

function checkBody(body: unknown): void {
  if (typeof body === 'string' && charLength(body) > MAX_RELEASE_BODY) {
    throw validationFailed([{ resource: 'Release', code: 'custom', field: 'body', message: `body is too long (maximum is ${MAX_RELEASE_BODY} characters)` }]);
  }
}

function checkTagName(repo: RepoState, tag: string): void {
  if (!isValidRefName(`refs/tags/${tag}`)) {
    throw validationFailed([{ resource: 'Release', code: 'custom', field: 'tag_name', message: 'tag_name is not a valid tag' }]);
  }
  if (repo.burnedTags.has(tag)) {
    throw validationFailed([
      {
        resource: 'Release',
        code: 'custom',
        field: 'tag_name',
        message: 'tag_name was used by an immutable release and cannot be reused',
      },
    ]);
  }
}

function assertNoPublishedDuplicate(repo: RepoState, tag: string, except?: number): void {
  for (const r of repo.releases.values()) {
    if (r.id !== except && !r.draft && r.tagName === tag) {
      throw validationFailed([{ resource: 'Release', code: 'already_exists', field: 'tag_name' }]);
    }
  }
}

/** Create refs/tags/<tag> at target_commitish if the tag does not exist yet. */
function ensureTag(repo: RepoState, tag: string, target: string): void {
  if (repo.refs.has(`refs/tags/${tag}`)) return;
  const sha = repo.resolveCommitish(target);
  if (!sha) throw validationFailed([{ resource: 'Release', code: 'invalid', field: 'target_commitish' }]);
  repo.refs.set(`refs/tags/${tag}`, sha);
}

function checkTarget(repo: RepoState, tag: string, target: string): void {
  if (repo.refs.has(`refs/tags/${tag}`)) return;
  if (!repo.resolveCommitish(target)) {
    throw validationFailed([{ resource: 'Release', code: 'invalid', field: 'target_commitish' }]);
  }
}

function releaseNotes(repo: RepoState, tag: string): string {
  return `**Full Changelog**: https://github.com/${repo.fullName}/commits/${tag}`;
}

export function deleteReleaseState(repo: RepoState, release: ReleaseState): void {
  if (isPublishedImmutable(repo, release)) repo.burnedTags.add(release.tagName);
  for (const a of release.assets) dropAssetBytes(a);
  repo.releases.delete(release.id);
}

async function drain(req: IncomingMessage): Promise<void> {
  if (req.readableEnded || req.destroyed) return;
  try {
    for await (const _ of req) {
      // discard
    }
  } catch {
    // client went away
  }
}

function sortedReleases(repo: RepoState): ReleaseState[] {
  return [...repo.releases.values()].sort((a, b) => (a.createdAt === b.createdAt ? b.id - a.id : a.createdAt < b.createdAt ? 1 : -1));
}

const handlers: Record<string, Handler> = {
  'repos/create-release': (ctx) => {
    const repo = ctx.repo();
    const b = ctx.body;
    const tag = String(b.tag_name);
    checkTagName(repo, tag);
    checkBody(b.body);
    const draft = Boolean(b.draft);
    const target = String(b.target_commitish ?? repo.defaultBranch);
    if (!draft) assertNoPublishedDuplicate(repo, tag);
    checkTarget(repo, tag, target);
    if (!draft) ensureTag(repo, tag, target);
    const now = isoNow();
    const release: ReleaseState = {
      id: ctx.state.nextId('release'),
      tagName: tag,
      targetCommitish: target,
      name: b.name ?? (b.generate_release_notes ? tag : null),
      body: b.body ?? (b.generate_release_notes ? releaseNotes(repo, tag) : null),
      draft,
      prerelease: Boolean(b.prerelease),
      makeLatest: b.make_latest ?? 'true',
      author: ctx.user,
      createdAt: now,
      publishedAt: draft ? null : now,
      updatedAt: now,
      assets: [],
      untaggedSlug: `untagged-${randomBytes(10).toString('hex')}`,
    };
    repo.releases.set(release.id, release);
    return {
      status: 201,
      body: releaseJson(ctx.server.url, repo, release),
      headers: { location: `${ctx.server.url}/repos/${repo.fullName}/releases/${release.id}` },
    };
  },

  'repos/list-releases': (ctx) => {
    const repo = ctx.repo();
    // GitHub answers 422 past the first 1,000 results of this list: code must never page that deep.
    const perPage = Math.min(Math.max(Number(ctx.query.per_page ?? 30) || 30, 1), 100);
    const page = Math.max(Number(ctx.query.page ?? 1) || 1, 1);
    if ((page - 1) * perPage >= MAX_LISTED_RELEASES) throw unprocessable(`Only the first ${MAX_LISTED_RELEASES} results are available.`);
    return paginate(ctx, sortedReleases(repo), (r) => releaseJson(ctx.server.url, repo, r));
  },

  'repos/get-release': (ctx) => {
    const { repo, release } = getRelease(ctx);
    return { status: 200, body: releaseJson(ctx.server.url, repo, release) };
  },

  'repos/get-release-by-tag': (ctx) => {
    const repo = ctx.repo();
    const tag = String(ctx.params.tag);
    // never returns drafts
    const release = sortedReleases(repo).find((r) => !r.draft && r.tagName === tag);
    if (!release) throw notFound();
    return { status: 200, body: releaseJson(ctx.server.url, repo, release) };
  },

  'repos/get-latest-release': (ctx) => {
    const repo = ctx.repo();
    const release = sortedReleases(repo).find((r) => !r.draft && !r.prerelease && r.makeLatest !== 'false');
    if (!release) throw notFound();
    return { status: 200, body: releaseJson(ctx.server.url, repo, release) };
  },

  'repos/update-release': (ctx) => {
    const { repo, release } = getRelease(ctx);
    const b = ctx.body ?? {};
    checkBody(b.body);
    const newTag = b.tag_name !== undefined ? String(b.tag_name) : release.tagName;
    const newTarget = b.target_commitish !== undefined ? String(b.target_commitish) : release.targetCommitish;
    const newDraft = b.draft !== undefined ? Boolean(b.draft) : release.draft;
    if (isPublishedImmutable(repo, release)) {
      if (newTag !== release.tagName) throw unprocessable('Cannot change the tag of an immutable release');
      if (newTarget !== release.targetCommitish) throw unprocessable('Cannot change the target of an immutable release');
      if (newDraft) throw unprocessable('Cannot convert an immutable release back to a draft');
    }
    if (newTag !== release.tagName) checkTagName(repo, newTag);
    if (!newDraft) {
      assertNoPublishedDuplicate(repo, newTag, release.id);
      ensureTag(repo, newTag, newTarget);
    } else {
      checkTarget(repo, newTag, newTarget);
    }
    const now = isoNow();
    if (release.draft && !newDraft) release.publishedAt = now;
    if (!release.draft && newDraft) release.publishedAt = null;
    release.tagName = newTag;
    release.targetCommitish = newTarget;
    release.draft = newDraft;
    if (b.name !== undefined) release.name = b.name;
    if (b.body !== undefined) release.body = b.body;
    if (b.prerelease !== undefined) release.prerelease = Boolean(b.prerelease);
    if (b.make_latest !== undefined) release.makeLatest = b.make_latest;
    release.updatedAt = now;
    return { status: 200, body: releaseJson(ctx.server.url, repo, release) };
  },

  'repos/delete-release': (ctx) => {
    const { repo, release } = getRelease(ctx);
    deleteReleaseState(repo, release);
    return { status: 204 };
  },

  // ---- assets -----------------------------------------------------------------
  'repos/list-release-assets': (ctx) => {
    const { repo, release } = getRelease(ctx);
    return paginate(ctx, release.assets, (a) => assetJson(ctx.server.url, repo, release, a));
  },

  'repos/get-release-asset': (ctx) => {
    const repo = ctx.repo();
    const hit = findAsset(repo, Number(ctx.params.asset_id));
    if (!hit) throw notFound();
    const accept = String(ctx.req.headers.accept ?? '');
    if (/application\/octet-stream/i.test(accept)) {
      if (hit.asset.state !== 'uploaded') throw notFound();
      // GitHub redirects to a short-lived signed URL on another host
      return {
        status: 302,
        headers: { location: `${ctx.server.storageUrl}/_fake/asset-download/${repo.id}/${hit.asset.id}?token=${randomBytes(8).toString('hex')}` },
        body: undefined,
      };
    }
    return { status: 200, body: assetJson(ctx.server.url, repo, hit.release, hit.asset) };
  },

  'repos/update-release-asset': (ctx) => {
    const repo = ctx.repo();
    const hit = findAsset(repo, Number(ctx.params.asset_id));
    if (!hit) throw notFound();
    if (isPublishedImmutable(repo, hit.release)) throw unprocessable('Cannot modify assets of an immutable release');
    const b = ctx.body ?? {};
    if (b.name !== undefined) {
      const name = sanitizeAssetName(String(b.name));
      if (hit.release.assets.some((a) => a !== hit.asset && a.name === name)) {
        throw validationFailed([{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }]);
      }
      hit.asset.name = name;
    }
    if (b.label !== undefined) hit.asset.label = b.label;
    hit.asset.updatedAt = isoNow();
    return { status: 200, body: assetJson(ctx.server.url, repo, hit.release, hit.asset) };
  },

  'repos/delete-release-asset': (ctx) => {
    const repo = ctx.repo();
    const hit = findAsset(repo, Number(ctx.params.asset_id));
    if (!hit) throw notFound();
    if (isPublishedImmutable(repo, hit.release)) throw unprocessable('Cannot delete assets of an immutable release');
    dropAssetBytes(hit.asset);
    hit.release.assets = hit.release.assets.filter((a) => a !== hit.asset);
    return { status: 204 };
  },

  'repos/upload-release-asset': async (ctx) => {
    const { req } = ctx;
    let repo: RepoState;
    let release: ReleaseState;
    try {
      ({ repo, release } = getRelease(ctx));
      if (isPublishedImmutable(repo, release)) throw unprocessable('Cannot upload assets to an immutable release');
    } catch (e) {
      await drain(req);
      throw e;
    }
    const name = sanitizeAssetName(String(ctx.query.name));
    if (release.assets.some((a) => a.name === name)) {
      await drain(req);
      throw validationFailed([{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }]);
    }
    const declared = req.headers['content-length'] !== undefined ? Number(req.headers['content-length']) : undefined;
    if (declared !== undefined && declared > MAX_ASSET_SIZE) {
      await drain(req);
      throw validationFailed([{ resource: 'ReleaseAsset', code: 'custom', field: 'size', message: 'size must be less than 2 GiB' }]);
    }
    const now = isoNow();
    const asset: AssetState = {
      id: ctx.state.nextId('asset'),
      releaseId: release.id,
      name,
      label: typeof ctx.query.label === 'string' ? ctx.query.label : null,
      contentType: String(req.headers['content-type'] ?? 'application/octet-stream'),
      size: 0,
      state: 'starter',
      sha256: null,
      data: null,
      filePath: null,
      uploader: ctx.user,
      downloadCount: 0,
      createdAt: now,
      updatedAt: now,
    };
    // GitHub creates the asset record first; an interrupted upload leaves it in state "starter"
    release.assets.push(asset);

    const limit = ctx.server.options.keepAssetBytesInMemoryUpTo;
    const hash = createHash('sha256');
    let size = 0;
    let chunks: Buffer[] | null = [];
    let file: ReturnType<typeof createWriteStream> | null = null;
    let filePath: string | null = null;
    const resetAt = ctx.fault?.reset === 'midway' ? Math.max(1, Math.floor((declared ?? 2) / 2)) : Infinity;
    const spill = async (): Promise<void> => {
      if (ctx.server.options.largeAssets === 'discard') {
        chunks = null;
        return;
      }
      ctx.state.tmpDir ??= mkdtempSync(join(tmpdir(), 'fake-github-'));
      filePath = join(ctx.state.tmpDir, `asset-${asset.id}`);
      file = createWriteStream(filePath);
      for (const c of chunks ?? []) if (!file.write(c)) await once(file, 'drain');
      chunks = null;
    };
    const cleanupPartial = (): void => {
      if (file) file.destroy();
      if (filePath) rmSync(filePath, { force: true });
    };
    try {
      if (declared !== undefined && declared > limit) await spill();
      for await (const chunk of req as AsyncIterable<Buffer>) {
        hash.update(chunk);
        size += chunk.length;
        if (chunks) {
          chunks.push(chunk);
          if (size > limit) await spill();
        } else if (file) {
          const f = file as ReturnType<typeof createWriteStream>;
          if (!f.write(chunk)) await once(f, 'drain');
        }
        if (size >= resetAt) {
          cleanupPartial();
          (ctx.res as ServerResponse & { fakeReset?: boolean }).fakeReset = true;
          req.socket.destroy();
          return 'handled';
        }
      }
    } catch {
      // client aborted mid-upload: leave the starter asset behind, like GitHub
      cleanupPartial();
      (ctx.res as ServerResponse & { fakeReset?: boolean }).fakeReset = true;
      return 'handled';
    }
    if (!req.complete || (declared !== undefined && size !== declared)) {
      cleanupPartial();
      (ctx.res as ServerResponse & { fakeReset?: boolean }).fakeReset = true;
      return 'handled';
    }
    if (file) {
      const f = file as ReturnType<typeof createWriteStream>;
      f.end();
      await once(f, 'finish');
    }
    asset.size = size;
    asset.sha256 = hash.digest('hex');
    asset.data = chunks ? Buffer.concat(chunks) : null;
    asset.filePath = filePath;
    asset.state = 'uploaded';
    asset.updatedAt = isoNow();
    return {
      status: 201,
      body: assetJson(ctx.server.url, repo, release, asset),
      headers: { location: `${ctx.server.url}/repos/${repo.fullName}/releases/assets/${asset.id}` },
    };
  },
};

export const releasesRoutes: RouteModule = {
  handlers,
  streaming: new Set(['repos/upload-release-asset']),
};

// ---------------------------------------------------------------------------
// downloads (not part of the REST API: no auth, no OpenAPI check)

export function findAssetForDownload(state: State, path: string): { repo: RepoState; asset: AssetState } | undefined {
  let m = /^\/_fake\/asset-download\/(\d+)\/(\d+)$/.exec(path);
  if (m) {
    const repo = [...state.repos.values()].find((r) => r.id === Number(m![1]));
    const hit = repo ? findAsset(repo, Number(m[2])) : undefined;
    return repo && hit ? { repo, asset: hit.asset } : undefined;
  }
  m = /^\/([^/]+)\/([^/]+)\/releases\/download\/([^/]+)\/([^/]+)$/.exec(path);
  if (m) {
    const repo = state.repo(`${decodeURIComponent(m[1])}/${decodeURIComponent(m[2])}`);
    // A private repository's browser download address answers 404 to anything but a signed-in browser: its assets come through the API.
    if (!repo || repo.private) return undefined;
    const tag = decodeURIComponent(m[3]);
    const name = decodeURIComponent(m[4]);
    for (const r of repo.releases.values()) {
      if ((r.draft ? r.untaggedSlug : r.tagName) !== tag) continue;
      const asset = r.assets.find((a) => a.name === name && a.state === 'uploaded');
      if (asset) return { repo, asset };
    }
  }
  return undefined;
}

export function isDownloadPath(path: string): boolean {
  return /^\/_fake\/asset-download\//.test(path) || /^\/[^/]+\/[^/]+\/releases\/download\//.test(path);
}

/** `cutAfter`: send the full Content-Length but only this many bytes, then break the connection (a transfer cut short). */
export async function serveAsset(res: ServerResponse, asset: AssetState, cutAfter?: number): Promise<void> {
  if (!asset.data && !asset.filePath) {
    res.writeHead(410, { 'content-type': 'text/plain' });
    res.end('asset bytes were discarded by the fake (largeAssets: "discard")');
    return;
  }
  asset.downloadCount++;
  res.writeHead(200, {
    'content-type': 'application/octet-stream',
    'content-length': String(asset.size),
    'content-disposition': `attachment; filename=${asset.name}`,
  });
  if (cutAfter !== undefined) {
    const part = asset.data ? asset.data.subarray(0, cutAfter) : undefined;
    const stream = part ? undefined : createReadStream(asset.filePath!, { end: Math.max(cutAfter - 1, 0) });
    if (part) res.write(part, () => setTimeout(() => res.destroy(), 20));
    else stream!.on('end', () => setTimeout(() => res.destroy(), 20)).pipe(res, { end: false });
    await once(res, 'close');
    return;
  }
  if (asset.data) {
    res.end(asset.data);
    return;
  }
  const rs = createReadStream(asset.filePath!);
  rs.pipe(res);
  await once(res, 'close');
}
