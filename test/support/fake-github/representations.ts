/**
 * JSON representations of the fake's state, shaped after GitHub's response
 * schemas (the server self-checks them against the OpenAPI description).
 */
import type { AssetState, CommentState, GitCommit, GitPerson, GitTag, GitTree, IssueState, PullState, ReleaseState, RepoState, User } from './state.js';

export const HTML = 'https://github.com';

export function nodeId(prefix: string, id: number | string): string {
  return `${prefix}_kwDO${Buffer.from(String(id)).toString('base64url')}`;
}

export function userJson(api: string, u: User): Record<string, unknown> {
  const login = encodeURIComponent(u.login);
  const base = `${api}/users/${login}`;
  return {
    login: u.login,
    id: u.id,
    node_id: nodeId(u.type === 'Bot' ? 'BOT' : 'U', u.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
    gravatar_id: '',
    url: base,
    html_url: `${HTML}/${u.type === 'Bot' ? `apps/${u.login.replace(/\[bot\]$/, '')}` : u.login}`,
    followers_url: `${base}/followers`,
    following_url: `${base}/following{/other_user}`,
    gists_url: `${base}/gists{/gist_id}`,
    starred_url: `${base}/starred{/owner}{/repo}`,
    subscriptions_url: `${base}/subscriptions`,
    organizations_url: `${base}/orgs`,
    repos_url: `${base}/repos`,
    events_url: `${base}/events{/privacy}`,
    received_events_url: `${base}/received_events`,
    type: u.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

export function ownerUser(repo: { owner: string }): User {
  // stable fake id derived from the owner name
  let h = 0;
  for (const ch of repo.owner) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return { login: repo.owner, id: 1000 + (h % 1_000_000), type: 'User' };
}

/** Full `repository` object; works for repos not stored in the fake (forks) too. */
export function repoJson(
  api: string,
  r: { owner: string; name: string; id: number; defaultBranch: string; private: boolean; createdAt: string; pushedAt: string },
): Record<string, unknown> {
  const full = `${r.owner}/${r.name}`;
  const url = `${api}/repos/${full}`;
  return {
    id: r.id,
    node_id: nodeId('R', r.id),
    name: r.name,
    full_name: full,
    private: r.private,
    owner: userJson(api, ownerUser(r)),
    html_url: `${HTML}/${full}`,
    description: null,
    fork: false,
    url,
    archive_url: `${url}/{archive_format}{/ref}`,
    assignees_url: `${url}/assignees{/user}`,
    blobs_url: `${url}/git/blobs{/sha}`,
    branches_url: `${url}/branches{/branch}`,
    collaborators_url: `${url}/collaborators{/collaborator}`,
    comments_url: `${url}/comments{/number}`,
    commits_url: `${url}/commits{/sha}`,
    compare_url: `${url}/compare/{base}...{head}`,
    contents_url: `${url}/contents/{+path}`,
    contributors_url: `${url}/contributors`,
    deployments_url: `${url}/deployments`,
    downloads_url: `${url}/downloads`,
    events_url: `${url}/events`,
    forks_url: `${url}/forks`,
    git_commits_url: `${url}/git/commits{/sha}`,
    git_refs_url: `${url}/git/refs{/sha}`,
    git_tags_url: `${url}/git/tags{/sha}`,
    git_url: `git://github.com/${full}.git`,
    hooks_url: `${url}/hooks`,
    issue_comment_url: `${url}/issues/comments{/number}`,
    issue_events_url: `${url}/issues/events{/number}`,
    issues_url: `${url}/issues{/number}`,
    keys_url: `${url}/keys{/key_id}`,
    labels_url: `${url}/labels{/name}`,
    languages_url: `${url}/languages`,
    merges_url: `${url}/merges`,
    milestones_url: `${url}/milestones{/number}`,
    notifications_url: `${url}/notifications{?since,all,participating}`,
    pulls_url: `${url}/pulls{/number}`,
    releases_url: `${url}/releases{/id}`,
    ssh_url: `git@github.com:${full}.git`,
    stargazers_url: `${url}/stargazers`,
    statuses_url: `${url}/statuses/{sha}`,
    subscribers_url: `${url}/subscribers`,
    subscription_url: `${url}/subscription`,
    tags_url: `${url}/tags`,
    teams_url: `${url}/teams`,
    trees_url: `${url}/git/trees{/sha}`,
    clone_url: `${HTML}/${full}.git`,
    mirror_url: null,
    svn_url: `${HTML}/${full}`,
    homepage: null,
    language: null,
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 1,
    default_branch: r.defaultBranch,
    open_issues_count: 0,
    open_issues: 0,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: r.private ? 'private' : 'public',
    pushed_at: r.pushedAt,
    created_at: r.createdAt,
    updated_at: r.pushedAt,
    allow_forking: true,
    web_commit_signoff_required: false,
    license: null,
  };
}

export function fullRepoJson(api: string, repo: RepoState): Record<string, unknown> {
  return {
    ...repoJson(api, repo),
    open_issues_count: [...repo.issues.values()].filter((i) => i.state === 'open').length,
    open_issues: [...repo.issues.values()].filter((i) => i.state === 'open').length,
    network_count: 0,
    subscribers_count: 0,
    permissions: { admin: true, maintain: true, push: true, triage: true, pull: true },
    allow_auto_merge: true,
    allow_merge_commit: true,
    allow_squash_merge: true,
    allow_rebase_merge: true,
    delete_branch_on_merge: false,
  };
}

export function authorAssociation(repo: RepoState, u: User): string {
  return u.login.toLowerCase() === repo.owner.toLowerCase() ? 'OWNER' : u.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR';
}

const emptyReactions = (url: string): Record<string, unknown> => ({
  url,
  total_count: 0,
  '+1': 0,
  '-1': 0,
  laugh: 0,
  hooray: 0,
  confused: 0,
  heart: 0,
  rocket: 0,
  eyes: 0,
});

export function commentJson(api: string, repo: RepoState, c: CommentState): Record<string, unknown> {
  const issue = repo.issues.get(c.issueNumber);
  const url = `${api}/repos/${repo.fullName}/issues/comments/${c.id}`;
  const kind = issue?.isPull ? 'pull' : 'issues';
  return {
    id: c.id,
    node_id: nodeId('IC', c.id),
    url,
    html_url: `${HTML}/${repo.fullName}/${kind}/${c.issueNumber}#issuecomment-${c.id}`,
    body: c.body,
    user: userJson(api, c.user),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    issue_url: `${api}/repos/${repo.fullName}/issues/${c.issueNumber}`,
    author_association: authorAssociation(repo, c.user),
    performed_via_github_app: null,
    reactions: emptyReactions(`${url}/reactions`),
  };
}

export function issueJson(api: string, repo: RepoState, i: IssueState): Record<string, unknown> {
  const url = `${api}/repos/${repo.fullName}/issues/${i.number}`;
  const comments = [...repo.comments.values()].filter((c) => c.issueNumber === i.number).length;
  const out: Record<string, unknown> = {
    id: i.id,
    node_id: nodeId(i.isPull ? 'PR' : 'I', i.id),
    url,
    repository_url: `${api}/repos/${repo.fullName}`,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${HTML}/${repo.fullName}/${i.isPull ? 'pull' : 'issues'}/${i.number}`,
    number: i.number,
    state: i.state,
    state_reason: i.stateReason,
    title: i.title,
    body: i.body,
    user: userJson(api, i.user),
    labels: i.labels.map((name, idx) => labelJson(api, repo, name, idx)),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: i.locked,
    active_lock_reason: null,
    comments,
    closed_at: i.closedAt,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    closed_by: null,
    author_association: authorAssociation(repo, i.user),
    reactions: emptyReactions(`${url}/reactions`),
  };
  if (i.isPull) {
    const pr = repo.pulls.get(i.number);
    out.pull_request = {
      url: `${api}/repos/${repo.fullName}/pulls/${i.number}`,
      html_url: `${HTML}/${repo.fullName}/pull/${i.number}`,
      diff_url: `${HTML}/${repo.fullName}/pull/${i.number}.diff`,
      patch_url: `${HTML}/${repo.fullName}/pull/${i.number}.patch`,
      merged_at: pr?.mergedAt ?? null,
    };
    out.draft = pr?.draft ?? false;
  }
  return out;
}

export function labelJson(api: string, repo: RepoState, name: string, idx: number): Record<string, unknown> {
  return {
    id: 9000 + idx,
    node_id: nodeId('LA', `${repo.id}:${name}`),
    url: `${api}/repos/${repo.fullName}/labels/${encodeURIComponent(name)}`,
    name,
    description: null,
    color: 'ededed',
    default: false,
  };
}

export function headSha(repo: RepoState, pr: PullState): string {
  if (pr.headShaFixed) return pr.headShaFixed;
  return repo.branchSha(pr.headRef) ?? '0'.repeat(40);
}

export function pullJson(
  api: string,
  repo: RepoState,
  pr: PullState,
  opts: {
    full: boolean;
    headRepo?: RepoState | undefined;
    stats?: { additions: number; deletions: number; changedFiles: number; commits: number } | undefined;
  },
): Record<string, unknown> {
  const full = repo.fullName;
  const url = `${api}/repos/${full}/pulls/${pr.number}`;
  const issueUrl = `${api}/repos/${full}/issues/${pr.number}`;
  const html = `${HTML}/${full}/pull/${pr.number}`;
  const [headOwner, headName] = pr.headRepoFullName.split('/') as [string, string];
  const headRepoState = opts.headRepo;
  const headRepo = headRepoState
    ? repoJson(api, headRepoState)
    : repoJson(api, {
        owner: headOwner,
        name: headName,
        id: 900000 + pr.number,
        defaultBranch: repo.defaultBranch,
        private: repo.private,
        createdAt: repo.createdAt,
        pushedAt: repo.pushedAt,
      });
  if (headRepoState === undefined && pr.headRepoFullName.toLowerCase() !== full.toLowerCase()) headRepo.fork = true;
  const sha = headSha(repo, pr);
  const out: Record<string, unknown> = {
    url,
    id: pr.id,
    node_id: nodeId('PR', pr.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issueUrl,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${api}/repos/${full}/pulls/comments{/number}`,
    comments_url: `${issueUrl}/comments`,
    statuses_url: `${api}/repos/${full}/statuses/${sha}`,
    number: pr.number,
    state: pr.state,
    locked: false,
    title: pr.title,
    user: userJson(api, pr.user),
    body: pr.body,
    labels: (repo.issues.get(pr.number)?.labels ?? []).map((n, i) => labelJson(api, repo, n, i)),
    milestone: null,
    active_lock_reason: null,
    created_at: pr.createdAt,
    updated_at: pr.updatedAt,
    closed_at: pr.closedAt,
    merged_at: pr.mergedAt,
    merge_commit_sha: pr.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: {
      label: `${headOwner}:${pr.headRef}`,
      ref: pr.headRef,
      sha,
      user: userJson(api, ownerUser({ owner: headOwner })),
      repo: headRepo,
    },
    base: {
      label: `${repo.owner}:${pr.baseRef}`,
      ref: pr.baseRef,
      sha: repo.branchSha(pr.baseRef) ?? '0'.repeat(40),
      user: userJson(api, ownerUser(repo)),
      repo: repoJson(api, repo),
    },
    _links: {
      self: { href: url },
      html: { href: html },
      issue: { href: issueUrl },
      comments: { href: `${issueUrl}/comments` },
      review_comments: { href: `${url}/comments` },
      review_comment: { href: `${api}/repos/${full}/pulls/comments{/number}` },
      commits: { href: `${url}/commits` },
      statuses: { href: `${api}/repos/${full}/statuses/${sha}` },
    },
    author_association: authorAssociation(repo, pr.user),
    auto_merge: pr.autoMerge
      ? {
          enabled_by: userJson(api, pr.autoMerge.enabledBy),
          merge_method: pr.autoMerge.mergeMethod,
          commit_title: pr.autoMerge.commitTitle ?? '',
          commit_message: pr.autoMerge.commitMessage ?? '',
        }
      : null,
    draft: pr.draft,
  };
  if (opts.full) {
    const stats = opts.stats ?? { additions: 0, deletions: 0, changedFiles: 0, commits: 1 };
    Object.assign(out, {
      merged: pr.merged,
      mergeable: pr.state === 'open' ? pr.mergeable : null,
      rebaseable: pr.state === 'open' ? pr.mergeable : null,
      mergeable_state: pr.state === 'open' ? pr.mergeableState : 'unknown',
      merged_by: pr.mergedBy ? userJson(api, pr.mergedBy) : null,
      comments: [...repo.comments.values()].filter((c) => c.issueNumber === pr.number).length,
      review_comments: 0,
      maintainer_can_modify: pr.maintainerCanModify,
      commits: stats.commits,
      additions: stats.additions,
      deletions: stats.deletions,
      changed_files: stats.changedFiles,
    });
  }
  return out;
}

export function personJson(p: GitPerson): Record<string, unknown> {
  return { name: p.name, email: p.email, date: p.date };
}

const unsigned = {
  verified: false,
  reason: 'unsigned',
  signature: null,
  payload: null,
  verified_at: null,
};

export function gitCommitJson(api: string, repo: RepoState, c: GitCommit): Record<string, unknown> {
  const base = `${api}/repos/${repo.fullName}`;
  return {
    sha: c.sha,
    node_id: nodeId('C', c.sha),
    url: `${base}/git/commits/${c.sha}`,
    html_url: `${HTML}/${repo.fullName}/commit/${c.sha}`,
    author: personJson(c.author),
    committer: personJson(c.committer),
    message: c.message,
    tree: { sha: c.tree, url: `${base}/git/trees/${c.tree}` },
    parents: c.parents.map((p) => ({
      sha: p,
      url: `${base}/git/commits/${p}`,
      html_url: `${HTML}/${repo.fullName}/commit/${p}`,
    })),
    verification: unsigned,
  };
}

/** The REST "commit" object (GET /repos/{o}/{r}/commits/{ref}, branch.commit). */
export function restCommitJson(api: string, repo: RepoState, c: GitCommit): Record<string, unknown> {
  const base = `${api}/repos/${repo.fullName}`;
  return {
    sha: c.sha,
    node_id: nodeId('C', c.sha),
    commit: {
      author: personJson(c.author),
      committer: personJson(c.committer),
      message: c.message,
      tree: { sha: c.tree, url: `${base}/git/trees/${c.tree}` },
      url: `${base}/git/commits/${c.sha}`,
      comment_count: 0,
      verification: unsigned,
    },
    url: `${base}/commits/${c.sha}`,
    html_url: `${HTML}/${repo.fullName}/commit/${c.sha}`,
    comments_url: `${base}/commits/${c.sha}/comments`,
    author: null,
    committer: null,
    parents: c.parents.map((p) => ({
      sha: p,
      url: `${base}/commits/${p}`,
      html_url: `${HTML}/${repo.fullName}/commit/${p}`,
    })),
  };
}

export function gitTagJson(api: string, repo: RepoState, t: GitTag): Record<string, unknown> {
  const base = `${api}/repos/${repo.fullName}`;
  const objPath = t.object.type === 'commit' ? 'commits' : t.object.type === 'tag' ? 'tags' : `${t.object.type}s`;
  return {
    node_id: nodeId('TAG', t.sha),
    sha: t.sha,
    url: `${base}/git/tags/${t.sha}`,
    tag: t.tag,
    message: t.message,
    tagger: personJson(t.tagger),
    object: { sha: t.object.sha, type: t.object.type, url: `${base}/git/${objPath}/${t.object.sha}` },
    verification: unsigned,
  };
}

export function refJson(api: string, repo: RepoState, ref: string, sha: string): Record<string, unknown> {
  const base = `${api}/repos/${repo.fullName}`;
  const obj = repo.getObject(sha);
  const type = obj?.type ?? 'commit';
  const objPath = type === 'commit' ? 'commits' : `${type}s`;
  return {
    ref,
    node_id: nodeId('REF', `${repo.id}:${ref}`),
    // Each segment percent-encoded, as GitHub does (a GTO tag holds '#' and '!').
    url: `${base}/git/${ref.split('/').map(encodeURIComponent).join('/')}`,
    object: { sha, type, url: `${base}/git/${objPath}/${sha}` },
  };
}

export function treeJson(api: string, repo: RepoState, t: GitTree, recursive: boolean): Record<string, unknown> {
  const base = `${api}/repos/${repo.fullName}`;
  const entries: Record<string, unknown>[] = [];
  const walk = (tree: GitTree, prefix: string): void => {
    for (const e of tree.entries) {
      const path = prefix ? `${prefix}/${e.name}` : e.name;
      const entry: Record<string, unknown> = {
        path,
        mode: e.mode,
        type: e.type,
        sha: e.sha,
        url: e.type === 'commit' ? undefined : `${base}/git/${e.type}s/${e.sha}`,
      };
      if (e.type === 'blob') {
        const blob = repo.getObject(e.sha);
        entry.size = blob?.type === 'blob' ? blob.content.length : 0;
      }
      if (entry.url === undefined) delete entry.url;
      entries.push(entry);
      if (recursive && e.type === 'tree') {
        const sub = repo.getTree(e.sha);
        if (sub) walk(sub, path);
      }
    }
  };
  walk(t, '');
  return { sha: t.sha, url: `${base}/git/trees/${t.sha}`, tree: entries, truncated: false };
}

export function releaseHtmlUrl(repo: RepoState, r: ReleaseState): string {
  return r.draft
    ? `${HTML}/${repo.fullName}/releases/tag/${r.untaggedSlug}`
    : `${HTML}/${repo.fullName}/releases/tag/${encodeURIComponent(r.tagName).replace(/%2F/g, '/').replace(/%40/g, '@')}`;
}

export function assetDownloadUrl(api: string, repo: RepoState, r: ReleaseState, a: AssetState): string {
  const tag = r.draft ? r.untaggedSlug : r.tagName;
  return `${api}/${repo.fullName}/releases/download/${encodeURIComponent(tag).replace(/%40/g, '@')}/${encodeURIComponent(a.name)}`;
}

export function assetJson(api: string, repo: RepoState, r: ReleaseState, a: AssetState): Record<string, unknown> {
  return {
    url: `${api}/repos/${repo.fullName}/releases/assets/${a.id}`,
    id: a.id,
    node_id: nodeId('RA', a.id),
    name: a.name,
    label: a.label,
    uploader: userJson(api, a.uploader),
    content_type: a.contentType,
    state: a.state,
    size: a.size,
    digest: a.sha256 && repo.assetDigests ? `sha256:${a.sha256}` : null,
    download_count: a.downloadCount,
    created_at: a.createdAt,
    updated_at: a.updatedAt,
    browser_download_url: assetDownloadUrl(api, repo, r, a),
  };
}

export function releaseJson(api: string, repo: RepoState, r: ReleaseState): Record<string, unknown> {
  const base = `${api}/repos/${repo.fullName}`;
  const tagPath = encodeURIComponent(r.tagName);
  return {
    url: `${base}/releases/${r.id}`,
    assets_url: `${base}/releases/${r.id}/assets`,
    upload_url: `${base}/releases/${r.id}/assets{?name,label}`,
    html_url: releaseHtmlUrl(repo, r),
    id: r.id,
    author: userJson(api, r.author),
    node_id: nodeId('RE', r.id),
    tag_name: r.tagName,
    target_commitish: r.targetCommitish,
    name: r.name,
    draft: r.draft,
    immutable: repo.immutableReleases && !r.draft,
    prerelease: r.prerelease,
    created_at: r.createdAt,
    updated_at: r.updatedAt,
    published_at: r.publishedAt,
    assets: r.assets.map((a) => assetJson(api, repo, r, a)),
    tarball_url: r.draft ? null : `${base}/tarball/${tagPath}`,
    zipball_url: r.draft ? null : `${base}/zipball/${tagPath}`,
    body: r.body,
  };
}
