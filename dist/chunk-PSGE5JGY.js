import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  httpStatus
} from "./chunk-NAT7J3FD.js";

// src/adapters/github/propose-files.ts
async function createFilesCommit(octokit, repo, spec) {
  const tree = [];
  for (const file of spec.files) {
    const blob = (await octokit.rest.git.createBlob({ ...repo, content: Buffer.from(file.content, "utf8").toString("base64"), encoding: "base64" })).data;
    tree.push({ path: file.path, mode: "100644", type: "blob", sha: blob.sha });
  }
  const newTree = (await octokit.rest.git.createTree({ ...repo, base_tree: spec.baseTreeSha, tree })).data;
  const commit = (await octokit.rest.git.createCommit({ ...repo, message: spec.message, tree: newTree.sha, parents: [spec.baseSha] })).data;
  return commit.sha;
}
async function createBranchWithFiles(octokit, repo, branch, spec) {
  const commit = await createFilesCommit(octokit, repo, spec);
  try {
    await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha: commit });
    return "created";
  } catch (error) {
    if (httpStatus(error) !== 422) throw error;
    return "taken";
  }
}
async function findPullRequest(octokit, repo, branch, base, state) {
  const { data } = await octokit.rest.pulls.list({ ...repo, state, head: `${repo.owner}:${branch}`, base, per_page: 10 });
  return data.find((pr) => pr.head.ref === branch);
}
async function ensurePullRequest(octokit, repo, spec, log) {
  const { head, base, title, body } = spec;
  const open = await findPullRequest(octokit, repo, head, base, "open");
  if (open) {
    log(`the pull request ${open.html_url} is open already`);
    return open;
  }
  try {
    const created = (await octokit.rest.pulls.create({ ...repo, head, base, title, body, maintainer_can_modify: true })).data;
    log(`opened the pull request ${created.html_url}`);
    return created;
  } catch (error) {
    if (httpStatus(error) !== 422) throw error;
    const again = await findPullRequest(octokit, repo, head, base, "open");
    if (!again) throw error;
    return again;
  }
}

export {
  createFilesCommit,
  createBranchWithFiles,
  findPullRequest,
  ensurePullRequest
};
