import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  httpStatus
} from "./chunk-NAT7J3FD.js";
import {
  snapshotFromTree,
  walkTree
} from "./chunk-FH2UIHD2.js";
import {
  MODELS_DIR,
  REGISTRY_FILE
} from "./chunk-42CJQNK5.js";
import {
  RegistryUnreachableError
} from "./chunk-IRJELCYE.js";

// src/adapters/github/model-folder.ts
async function readRemoteModel(octokit, repo, model) {
  let defaultBranch;
  try {
    defaultBranch = (await octokit.rest.repos.get({ ...repo })).data.default_branch;
  } catch (error) {
    const status = httpStatus(error);
    if (status === 404 || status === 401 || status === 403)
      throw new RegistryUnreachableError(
        `the registry repository ${repo.owner}/${repo.repo} was not found, or the token cannot read it (HTTP ${status}): give a token with contents: read on it (--token, or GITHUB_TOKEN)`
      );
    throw error;
  }
  const branch = (await octokit.rest.repos.getBranch({ ...repo, branch: defaultBranch })).data;
  const commit = branch.commit.sha;
  const root = (await octokit.rest.git.getTree({ ...repo, tree_sha: branch.commit.commit.tree.sha })).data.tree;
  const registryFile = root.find((item) => item.path === REGISTRY_FILE);
  const modelsTree = root.find((item) => item.path === MODELS_DIR && item.type === "tree");
  const models = modelsTree?.sha ? (await octokit.rest.git.getTree({ ...repo, tree_sha: modelsTree.sha })).data.tree : [];
  const folder = models.find((item) => item.path === model && item.type === "tree");
  const names = models.filter((item) => item.type === "tree" && item.path).map((item) => item.path);
  if (!folder?.sha) return { models: names, commit };
  const prefix = `${MODELS_DIR}/${model}/`;
  const items = [...registryFile ? [registryFile] : [], ...await walkTree(octokit, repo, folder.sha, prefix)];
  return { snapshot: await snapshotFromTree(octokit, repo, items), models: names, commit };
}
async function readReleaseLinks(octokit, repo, tag) {
  try {
    const { data } = await octokit.rest.repos.getReleaseByTag({ ...repo, tag });
    return {
      htmlUrl: data.html_url,
      assets: data.assets.filter((a) => a.state === "uploaded").map((a) => ({ name: a.name, browserUrl: a.browser_download_url, apiUrl: a.url }))
    };
  } catch (error) {
    if (httpStatus(error) === 404) return void 0;
    throw error;
  }
}

export {
  readRemoteModel,
  readReleaseLinks
};
