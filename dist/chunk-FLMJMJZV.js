import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  codeOrigin,
  conversionLines,
  describeBlocked,
  evaluationsMarkdown,
  isHttpUrl,
  parseModelRef,
  promotionsText,
  readVersionFiles,
  shellQuote
} from "./chunk-W6B2KXYW.js";
import {
  DEFAULT_MAX_RELEASES,
  MAX_ASSETS_PER_RELEASE,
  MAX_ASSET_BYTES,
  MAX_RELEASE_BODY,
  METRICS_FORMATS,
  compareMetrics,
  metricTable,
  parseMaxReleases,
  planRegistration,
  readInputDocument,
  tagPrefix,
  validateOverlay,
  versionFromBranch
} from "./chunk-CZWVBXSR.js";
import {
  clock
} from "./chunk-2DIM6KZ2.js";
import {
  deprecateTagName,
  deregisterTagName,
  nextCounter,
  parseGtoTag,
  parseTagTrailers,
  stageTagMessage,
  stageTagName,
  unassignTagName
} from "./chunk-42POYOUT.js";
import {
  mdCode,
  mdLink,
  mdText
} from "./chunk-F7WATFOY.js";
import {
  approversOf,
  evaluateStageChanges,
  parseStageLog,
  plural,
  promotionProblems,
  readStageHistory,
  repositoryPrefix,
  resolveCommit,
  stageAssignments,
  validateRegistry,
  withoutSuperseded
} from "./chunk-BSQHPLGM.js";
import {
  runGit
} from "./chunk-BTEJVRJL.js";
import {
  loadRegistry,
  validateSnapshot
} from "./chunk-3XOCLLN2.js";
import {
  createBranchWithFiles,
  createFilesCommit,
  ensurePullRequest,
  findPullRequest
} from "./chunk-PSGE5JGY.js";
import {
  writeRegistryDocument
} from "./chunk-EYLZ2JSI.js";
import {
  assetDownloadUrl,
  commitUrl,
  parseRepository,
  releaseUrl
} from "./chunk-MKY3DIJG.js";
import {
  oneOf,
  parseFlags,
  registryRoot
} from "./chunk-J6ITZTMG.js";
import {
  gitHubRequestError
} from "./chunk-G2LSDDI5.js";
import {
  ANSI,
  PLAIN,
  formatProblemText
} from "./chunk-DT5QTXS7.js";
import {
  terminalJson,
  terminalLines
} from "./chunk-5ANT45EB.js";
import "./chunk-WC7I4LJN.js";
import {
  checkDocument,
  formatBinarySize,
  refNameProblem,
  require_dist
} from "./chunk-HEELOUZM.js";
import {
  didYouMean
} from "./chunk-RVFGOR2F.js";
import {
  assertReadableRoot,
  hashRegistryArtifact,
  openRegistryFile,
  readRegistryDocument,
  readSnapshot
} from "./chunk-4X3IGKZ4.js";
import "./chunk-SPVUGOZM.js";
import {
  createSuccessfulDeployment,
  markDeploymentInactive,
  readEnvironmentDeployments
} from "./chunk-TIYAXJ65.js";
import {
  runningAt
} from "./chunk-4WC46TPL.js";
import {
  DEFAULT_TAG_FORMAT,
  asArray,
  compareProblems,
  deploymentEnvironment,
  environmentSettings,
  isRecord,
  isValidModelName,
  isValidVersion,
  own,
  require_semver,
  tagName
} from "./chunk-TSDIAPAP.js";
import {
  readRemoteModel
} from "./chunk-R3PM7NHE.js";
import {
  backoff,
  createGitHubClient,
  unreachableError
} from "./chunk-EHOB24VG.js";
import {
  httpStatus
} from "./chunk-NAT7J3FD.js";
import {
  readBlob,
  readRegistrySnapshot
} from "./chunk-FH2UIHD2.js";
import "./chunk-EVLFZUIY.js";
import {
  MODEL_FILE,
  STAGES_FILE,
  TAG_FORMAT_RE,
  modelDir,
  modelFile,
  versionDir
} from "./chunk-42CJQNK5.js";
import {
  AutoMergeError,
  ChecksumChangedError,
  DeploymentRefusedError,
  GitError,
  GitHubUnreachableError,
  RecordConflictError,
  RegisterBlockedError,
  RegisterConflictError,
  RegisterInputError,
  RegistryUnreachableError,
  ReleaseBlockedError,
  ReleaseConflictError,
  StageChangeRefusedError,
  UploadError,
  UsageError
} from "./chunk-IRJELCYE.js";
import {
  __toESM
} from "./chunk-LQK3ML4U.js";

// src/app/publish-releases.ts
import { lstatSync } from "node:fs";
import { join } from "node:path";

// src/core/release/plan.ts
var import_semver = __toESM(require_semver(), 1);
import { createHash } from "node:crypto";

// src/core/release/assets.ts
function expectedAssets(version, files, hostedUri) {
  const assets = [];
  const problems = [];
  const external = [];
  const own2 = (relative, name, contentType) => {
    const file = files(`${version.dir}/${relative}`);
    if (!file) {
      problems.push({ file: `${version.dir}/${relative}`, message: `${relative} is missing` });
      return;
    }
    assets.push({ name, size: file.size, sha256: file.sha256, contentType, source: { kind: "file", path: file.path, inRegistry: true } });
  };
  own2("card.yaml", "card.yaml", "application/yaml");
  const metrics = version.metrics?.path.split("/").pop();
  if (metrics) own2(metrics, metrics, metrics.endsWith(".json") ? "application/json" : "application/yaml");
  const card = version.card?.value;
  for (const artifact of isRecord(card) ? asArray(card.artifacts) : []) {
    if (!isRecord(artifact) || typeof artifact.name !== "string" || typeof artifact.sha256 !== "string" || typeof artifact.size !== "number") continue;
    const contentType = typeof artifact.media_type === "string" ? artifact.media_type : "application/octet-stream";
    const sha256 = artifact.sha256.toLowerCase();
    if (typeof artifact.path === "string") {
      const file = files(`${version.dir}/${artifact.path}`);
      if (!file) {
        problems.push({ file: `${version.dir}/${artifact.path}`, message: `artifact ${artifact.name}: ${artifact.path} is not in the version folder` });
      } else if (file.lfsPointer) {
        problems.push({
          file: `${version.dir}/${artifact.path}`,
          message: `artifact ${artifact.name}: ${artifact.path} is a Git LFS pointer, not the file (the checkout has no LFS content): check out with \`lfs: true\` (actions/checkout) or run \`git lfs pull\`; nothing was published`
        });
      } else if (file.size !== artifact.size || file.sha256 !== sha256) {
        problems.push({
          file: `${version.dir}/${artifact.path}`,
          message: `artifact ${artifact.name}: the file is ${file.size} bytes with sha256 ${file.sha256}, but the card says ${artifact.size} bytes with sha256 ${sha256}; nothing was published`
        });
      } else {
        assets.push({ name: artifact.name, size: file.size, sha256, contentType, source: { kind: "file", path: file.path, inRegistry: true } });
      }
    } else if (typeof artifact.uri === "string") {
      if (artifact.uri === hostedUri(artifact.name)) assets.push({ name: artifact.name, size: artifact.size, sha256, contentType, source: { kind: "draft" } });
      else external.push({ name: artifact.name, uri: artifact.uri, size: artifact.size, sha256 });
    }
  }
  const sums = sha256sums(assets);
  assets.push({ name: "SHA256SUMS", size: Buffer.byteLength(sums), sha256: "", contentType: "text/plain", source: { kind: "generated", content: sums } });
  return { assets, problems, external };
}
function listsDraftArtifacts(version, hostedUri) {
  const card = version.card?.value;
  return (isRecord(card) ? asArray(card.artifacts) : []).some(
    (artifact) => isRecord(artifact) && typeof artifact.name === "string" && artifact.uri === hostedUri(artifact.name)
  );
}
function sha256sums(assets) {
  return [...assets].filter((a) => a.name !== "SHA256SUMS").sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0).map((a) => `${a.sha256}  ${a.name}
`).join("");
}

// src/core/release/notes.ts
function releaseNotes(input) {
  const { registry, version, previous, repository, tag } = input;
  const card = isRecord(version.card?.value) ? version.card.value : {};
  const out = [];
  if (typeof card.summary === "string") out.push(mdText(card.summary, 300), "");
  if (typeof card.created === "string") out.push(`Created ${mdText(card.created)}.`, "");
  const rows = compareMetrics(version, { previous }, registry.settings.metrics);
  if (rows.length) {
    out.push("## Metrics", "");
    out.push(metricTable(version.version, rows, previous ? [{ key: "previous", label: `vs ${mdText(previous.version)}` }] : []), "");
  }
  const lineage = isRecord(card.lineage) ? card.lineage : {};
  const parents = asArray(lineage.parents).filter(isRecord);
  const datasets = asArray(lineage.datasets).filter(isRecord);
  const code = isRecord(lineage.code) ? lineage.code : void 0;
  if (parents.length || datasets.length || code) {
    out.push("## Lineage", "");
    for (const p of parents) {
      const relation = typeof p.relation === "string" ? ` (${mdText(p.relation)})` : "";
      if (typeof p.model === "string" && typeof p.version === "string" && registry.models.get(p.model)?.versions.has(p.version)) {
        const parentTag = tagName(registry.settings, p.model, p.version);
        out.push(`- Parent: ${mdLink(`${mdText(p.model)} ${mdText(p.version)}`, releaseUrl(repository, parentTag))}${relation}`);
      } else if (typeof p.uri === "string") {
        const revision = typeof p.revision === "string" ? ` at ${mdCode(p.revision)}` : "";
        out.push(`- Parent: ${mdCode(p.uri)}${revision}${relation}`);
      }
    }
    for (const d of datasets) {
      const bits = [
        typeof d.version === "string" || typeof d.version === "number" ? `version ${mdText(d.version)}` : "",
        typeof d.role === "string" ? mdText(d.role) : ""
      ].filter(Boolean);
      const where = typeof d.uri === "string" ? ` ${mdCode(d.uri)}` : "";
      const sum = typeof d.sha256 === "string" ? ` sha256 ${mdCode(d.sha256)}` : "";
      out.push(`- Dataset: ${mdText(d.name)}${bits.length ? ` (${bits.join(", ")})` : ""}${where}${sum}`);
    }
    if (code && typeof code.repo === "string" && typeof code.commit === "string") {
      const path = typeof code.path === "string" ? `, ${mdCode(code.path)}` : "";
      out.push(`- Code: ${mdLink(`${mdText(code.repo)}@${code.commit.slice(0, 7)}`, commitUrl(repository.serverUrl, code.repo, code.commit))}${path}`);
    }
    out.push("");
  }
  const training = isRecord(card.training) ? card.training : {};
  const params = isRecord(training.params) ? Object.entries(training.params) : [];
  const environment = isRecord(training.environment) ? Object.entries(training.environment) : [];
  if (params.length || environment.length || typeof training.run_url === "string") {
    out.push("## Training", "");
    if (params.length) out.push("| Parameter | Value |", "|---|---|", ...params.map(([k, v]) => `| ${mdText(k)} | ${mdCode(v)} |`), "");
    if (environment.length) out.push("| Package | Version |", "|---|---|", ...environment.map(([k, v]) => `| ${mdText(k)} | ${mdCode(v)} |`), "");
    if (typeof training.run_url === "string") out.push(`Training run: ${mdCode(training.run_url)}`, "");
  }
  out.push("## Assets", "", "| File | Size | SHA-256 |", "|---|---:|---|");
  for (const asset of input.assets) {
    if (asset.name === "SHA256SUMS") continue;
    out.push(`| ${mdCode(asset.name)} | ${formatBinarySize(asset.size)} | ${mdCode(asset.sha256)} |`);
  }
  out.push("");
  if (input.external.length) {
    out.push("Stored elsewhere (not attached):", "", "| File | Where | Size | SHA-256 |", "|---|---|---:|---|");
    for (const e of input.external) {
      out.push(`| ${mdCode(e.name)} | ${mdCode(e.uri)} | ${e.size !== void 0 ? formatBinarySize(e.size) : "\u2013"} | ${e.sha256 ? mdCode(e.sha256) : "\u2013"} |`);
    }
    out.push("");
  }
  out.push(
    "## Download and verify",
    "",
    "```sh",
    `gh release download ${shellQuote(tag)} --repo ${shellQuote(`${repository.owner}/${repository.repo}`)} --dir ${shellQuote(tag)}`,
    `cd ${shellQuote(tag)} && sha256sum -c SHA256SUMS`,
    "```"
  );
  const body = out.join("\n");
  return body.length > MAX_RELEASE_BODY ? `${body.slice(0, MAX_RELEASE_BODY - 200)}

\u2026(cut to fit GitHub's release notes limit; see card.yaml)` : body;
}

// src/core/release/plan.ts
function planReleases(input) {
  const { registry, repository } = input;
  const versions = [];
  const problems = [];
  for (const model of registry.models.values()) {
    const ordered = [...model.versions.values()].filter((v) => isValidVersion(v.version));
    const targets = versionTargets(input, model.name, ordered);
    ordered.forEach((version, index) => {
      const tag = tagName(registry.settings, model.name, version.version);
      const previous = previousOf(ordered, index);
      const result = planVersion(input, version, previous, tag, targets.get(version.version));
      versions.push(result.plan);
      for (const message of result.problems) problems.push({ model: model.name, version: version.version, ...message });
    });
  }
  void repository;
  return { commit: input.commit, versions, problems };
}
function versionTargets(input, model, versions) {
  const out = /* @__PURE__ */ new Map();
  const taken = /* @__PURE__ */ new Set();
  for (const { version } of [...versions].sort((a, b) => import_semver.default.compare(a.version, b.version))) {
    const target = input.versionCommits?.get(`${model}@${version}`) ?? input.commit;
    if (!taken.has(target)) {
      taken.add(target);
      out.set(version, { target });
    } else {
      out.set(version, { target, ownCommit: { parent: target, message: ownCommitMessage(model, version) } });
    }
  }
  return out;
}
function ownCommitMessage(model, version) {
  return `model-registry: a commit of its own for ${model} ${version} (GTO reads one version per commit)`;
}
function previousOf(ordered, index) {
  const current = ordered[index].version;
  for (let i = index - 1; i >= 0; i--) if (import_semver.default.lt(ordered[i].version, current)) return ordered[i];
  return void 0;
}
function planVersion(input, version, previous, tag, placed) {
  const { registry, remote, repository } = input;
  const title = `${version.model} ${version.version}`;
  const releases = remote.releases.filter((r) => r.tag_name === tag);
  const published = releases.find((r) => !r.draft);
  const base = {
    model: version.model,
    version: version.version,
    tag,
    title,
    body: "",
    status: "pending",
    createDraft: false,
    updateBody: false,
    deleteAssets: [],
    uploads: [],
    expected: [],
    createTag: false,
    publish: false,
    ...placed
  };
  if (published) return { plan: { ...base, status: "released", releaseUrl: published.html_url }, problems: [] };
  if (remote.released?.has(tag)) return { plan: { ...base, status: "released", releaseUrl: releaseUrl(repository, tag) }, problems: [] };
  if (input.deferred?.has(tag)) return { plan: { ...base, status: "deferred" }, problems: [] };
  const problems = [];
  const { assets, problems: assetProblems, external } = expectedAssets(version, input.files, (name) => assetDownloadUrl(repository, tag, name));
  problems.push(...assetProblems);
  const sums = assets.find((a) => a.name === "SHA256SUMS");
  sums.sha256 = createHash("sha256").update(sums.source.content).digest("hex");
  if (assets.length > MAX_ASSETS_PER_RELEASE) {
    problems.push({
      message: `${assets.length} assets, over GitHub's limit of ${MAX_ASSETS_PER_RELEASE} per release: store some artifacts elsewhere and list them with \`uri\``
    });
  }
  for (const asset of assets) {
    if (asset.size > MAX_ASSET_BYTES) {
      problems.push({
        message: `${asset.name} is ${formatBinarySize(asset.size)}, over GitHub's limit of 2 GiB per release asset: store it elsewhere (S3, GCS, the Hugging Face Hub) and list it with \`uri\` instead of \`path\``
      });
    }
  }
  const taggedAt = remote.tags.get(tag);
  if (taggedAt !== void 0 && !placed.ownCommit && taggedAt !== placed.target) {
    problems.push({
      message: `tag ${tag} already exists at commit ${taggedAt}, not at ${placed.target}, the commit that added the version: if that tag is this version, its files changed since (register a new version); otherwise delete the stray tag`
    });
  }
  const drafts = releases.filter((r) => r.draft).sort((a, b) => a.id - b.id);
  const draft = drafts[0];
  const body = releaseNotes({ registry, version, previous, assets, external, repository, tag });
  const plan = {
    ...base,
    body,
    expected: assets,
    draftId: draft?.id,
    createDraft: !draft,
    updateBody: Boolean(draft && draft.body !== body),
    createTag: taggedAt === void 0,
    publish: true
  };
  const remoteAssets = new Map((draft?.assets ?? []).map((a) => [a.name, a]));
  for (const asset of assets) {
    const existing = remoteAssets.get(asset.name);
    remoteAssets.delete(asset.name);
    if (asset.source.kind === "draft") {
      if (!existing || existing.state !== "uploaded") {
        problems.push({
          message: `artifact ${asset.name} is listed with the release's own address but is not in the draft release: run register again, or list a committed file with \`path\``
        });
      } else if (!sameContent(existing, asset)) {
        problems.push({
          message: `the draft's ${asset.name} (${existing.size} bytes, ${existing.digest ?? "no digest"}) is not what the card lists (${asset.size} bytes, sha256:${asset.sha256}): nothing was replaced; fix the card or delete the draft asset`
        });
      }
      continue;
    }
    if (!existing) {
      plan.uploads.push(asset);
    } else if (existing.state !== "uploaded") {
      plan.deleteAssets.push({ id: existing.id, name: existing.name, reason: `a broken upload (state ${existing.state})` });
      plan.uploads.push(asset);
    } else if (!sameContent(existing, asset)) {
      problems.push({
        message: `the draft already holds a different ${asset.name} (${existing.size} bytes, ${existing.digest ?? "no digest"}; expected ${asset.size} bytes, sha256:${asset.sha256}): it is never silently replaced; delete the draft asset if it is wrong`
      });
    }
  }
  for (const extra of remoteAssets.values()) {
    if (extra.state !== "uploaded") plan.deleteAssets.push({ id: extra.id, name: extra.name, reason: `a broken upload (state ${extra.state})` });
    else
      problems.push({
        message: `the draft holds ${extra.name}, which the card does not list: list it in card.yaml or delete it from the draft, so the release holds only what the card promises`
      });
  }
  return { plan, problems };
}
function sameContent(remote, expected) {
  if (remote.size !== expected.size) return false;
  return remote.digest?.toLowerCase() === `sha256:${expected.sha256}`;
}

// src/app/publish-releases.ts
var import_semver2 = __toESM(require_semver(), 1);

// src/adapters/git/local-tags.ts
function readLocalTags(root) {
  const result = runGit(["for-each-ref", "--format=%(refname:strip=2)", "refs/tags"], { cwd: root });
  if (result.error || result.status !== 0) return void 0;
  return new Set(result.stdout.toString("utf8").split("\n").filter(Boolean));
}

// src/adapters/github/asset-digest.ts
import { createHash as createHash2 } from "node:crypto";
var AssetDigests = class {
  constructor(octokit, repo) {
    this.octokit = octokit;
    this.repo = repo;
  }
  octokit;
  repo;
  known = /* @__PURE__ */ new Map();
  /** This run uploaded the asset and hashed every byte GitHub took. */
  uploaded(id, sha256) {
    this.known.set(id, `sha256:${sha256}`);
  }
  /** `sha256:<hex>` of a complete asset: GitHub's digest, else the bytes this run sent, else downloaded and hashed. */
  async of(asset) {
    if (asset.digest) return asset.digest;
    let digest = this.known.get(asset.id);
    if (!digest) {
      digest = `sha256:${await downloadSha256(this.octokit, this.repo, asset.id)}`;
      this.known.set(asset.id, digest);
    }
    return digest;
  }
  /** The asset with its digest filled in, when it is complete (a broken upload has nothing to hash). */
  async complete(asset) {
    if (asset.digest || asset.state !== "uploaded") return asset;
    return { ...asset, digest: await this.of(asset) };
  }
  /** Drafts with every complete asset's digest filled in; published releases are never compared, so left as they are. */
  async fill(releases) {
    const out = [];
    for (const release2 of releases) {
      if (!release2.draft) out.push(release2);
      else {
        const assets = [];
        for (const asset of release2.assets) assets.push(await this.complete(asset));
        out.push({ ...release2, assets });
      }
    }
    return out;
  }
};
async function downloadSha256(octokit, repo, assetId) {
  const response = await octokit.request("GET /repos/{owner}/{repo}/releases/assets/{asset_id}", {
    ...repo,
    asset_id: assetId,
    headers: { accept: "application/octet-stream" },
    request: { parseSuccessResponseBody: false }
  });
  const hash = createHash2("sha256");
  for await (const chunk of response.data) hash.update(chunk);
  return hash.digest("hex");
}

// src/adapters/github/asset-upload.ts
import { createHash as createHash3 } from "node:crypto";
import { createReadStream } from "node:fs";
import http from "node:http";
import https from "node:https";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
async function uploadAsset(octokit, repo, release2, asset) {
  if (asset.source.kind === "draft") throw new Error(`${asset.name} is in the draft already; it is never uploaded`);
  void repo;
  const { token } = await octokit.auth();
  const url = new URL(release2.upload_url.replace(/\{[^}]*\}$/, ""));
  url.searchParams.set("name", asset.name);
  const hash = createHash3("sha256");
  const request = (url.protocol === "https:" ? https : http).request(url, {
    method: "POST",
    headers: {
      accept: "application/vnd.github+json",
      "x-github-api-version": "2022-11-28",
      "user-agent": "model-registry",
      "content-type": asset.contentType,
      "content-length": String(asset.size),
      ...token ? { authorization: `token ${token}` } : {}
    }
  });
  const response = new Promise((resolve, reject) => {
    request.once("response", resolve);
    request.once("error", reject);
  });
  response.catch(() => {
  });
  const where = { method: "POST", url: url.toString() };
  const failed = (error) => {
    const unreachable = unreachableError(error, where);
    if (unreachable && !unreachable.failure.transient) return unreachable;
    return new UploadError(`uploading ${asset.name} failed: ${unreachable ? unreachable.failure.text : error.message}`, void 0, where);
  };
  try {
    if (asset.source.kind === "generated") {
      const body = Buffer.from(asset.source.content);
      hash.update(body);
      request.end(body);
    } else {
      const tap = new Transform({
        transform(chunk, _encoding, done) {
          hash.update(chunk);
          done(null, chunk);
        }
      });
      const fd = asset.source.inRegistry ? openRegistryFile(asset.source.path) : void 0;
      await pipeline(createReadStream(asset.source.path, { highWaterMark: 1024 * 1024, fd }), tap, request);
    }
  } catch (error) {
    request.destroy();
    throw failed(error);
  }
  let res;
  let text = "";
  try {
    res = await response;
    for await (const chunk of res) text += chunk;
  } catch (error) {
    throw failed(error);
  }
  const status = res.statusCode ?? 0;
  if (status < 200 || status >= 300) {
    let message = text;
    try {
      message = JSON.parse(text).message ?? text;
    } catch {
    }
    throw new UploadError(`uploading ${asset.name}: HTTP ${status}: ${message.slice(0, 300)}`, status, where);
  }
  const sent = hash.digest("hex");
  const data = JSON.parse(text);
  if (sent !== asset.sha256) {
    throw new ChecksumChangedError(`${asset.name} changed while it was uploaded (sent sha256 ${sent}, checked ${asset.sha256})`);
  }
  return { id: data.id, name: data.name, size: data.size, state: data.state, digest: data.digest ?? null };
}

// src/adapters/github/release-state.ts
var PAGE = 100;
var MAX_PAGES = 10;
var MAX_PREFIX_LOOKUPS = 5;
async function listNewestReleases(octokit, repo, page = 1) {
  const { data } = await octokit.rest.repos.listReleases({ ...repo, per_page: PAGE, ...page > 1 ? { page } : {} });
  return data.map(toRemoteRelease);
}
async function publishedRelease(octokit, repo, tag) {
  try {
    return toRemoteRelease((await octokit.rest.repos.getReleaseByTag({ ...repo, tag })).data);
  } catch (error) {
    if (httpStatus(error) === 404) return void 0;
    throw error;
  }
}
async function matchingTags(octokit, repo, prefix) {
  const { data } = await octokit.rest.git.listMatchingRefs({ ...repo, ref: `tags/${prefix}` });
  return new Map(data.map((ref) => [ref.ref.replace(/^refs\/tags\//, ""), { sha: ref.object.sha, type: ref.object.type }]));
}
function toRemoteRelease(r) {
  return {
    id: r.id,
    tag_name: r.tag_name,
    draft: r.draft,
    name: r.name,
    body: r.body,
    html_url: r.html_url,
    upload_url: r.upload_url,
    assets: r.assets.map((a) => ({ id: a.id, name: a.name, size: a.size, state: a.state, digest: a.digest ?? null }))
  };
}
async function tagCommit(octokit, repo, tag) {
  let ref;
  try {
    ref = (await octokit.rest.git.getRef({ ...repo, ref: `tags/${tag}` })).data;
  } catch (error) {
    if (error.status === 404) return void 0;
    throw error;
  }
  return peel(octokit, repo, ref.object);
}
async function peel(octokit, repo, object) {
  if (object.type !== "tag") return object.sha;
  return (await octokit.rest.git.getTag({ ...repo, tag_sha: object.sha })).data.object.sha;
}
async function readRemoteState(octokit, repo, query) {
  const releases = await listNewestReleases(octokit, repo);
  const released = /* @__PURE__ */ new Set();
  const tags = /* @__PURE__ */ new Map();
  const pending = [];
  const draftTags = new Set(releases.filter((r) => r.draft).map((r) => r.tag_name));
  const resolveTagged = async (tag, object) => {
    const published = await publishedRelease(octokit, repo, tag);
    if (published) {
      released.add(tag);
      releases.push(published);
      return;
    }
    pending.push(tag);
    const commit = object ? await peel(octokit, repo, object) : await tagCommit(octokit, repo, tag);
    if (commit) tags.set(tag, commit);
  };
  for (const tag of query.tagged) {
    if (draftTags.has(tag)) await resolveTagged(tag, void 0);
    else released.add(tag);
  }
  const groups = query.untagged.filter((group) => group.length > 0);
  for (const group of groups.length > MAX_PREFIX_LOOKUPS ? [groups.flat()] : groups) {
    const existing = await matchingTags(octokit, repo, commonPrefix(group));
    for (const tag of group) {
      const object = existing.get(tag);
      if (object) await resolveTagged(tag, object);
      else pending.push(tag);
    }
  }
  const missing = new Set(pending.filter((tag) => !draftTags.has(tag) && query.needsDraft(tag)));
  for (let page = 2, full = releases.length >= PAGE; missing.size && full && page <= MAX_PAGES; page++) {
    const more = await listNewestReleases(octokit, repo, page);
    full = more.length === PAGE;
    for (const release2 of more) {
      if (release2.draft && missing.has(release2.tag_name)) {
        releases.push(release2);
        missing.delete(release2.tag_name);
      }
    }
  }
  return { releases, tags, released, pending };
}
function commonPrefix(tags) {
  let prefix = tags[0];
  for (const tag of tags) while (!tag.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}
async function deleteAsset(octokit, repo, id) {
  try {
    await octokit.rest.repos.deleteReleaseAsset({ ...repo, asset_id: id });
  } catch (error) {
    if (httpStatus(error) !== 404) throw error;
  }
}
async function deleteRelease(octokit, repo, id) {
  try {
    await octokit.rest.repos.deleteRelease({ ...repo, release_id: id });
  } catch (error) {
    if (httpStatus(error) !== 404) throw error;
  }
}

// src/adapters/github/record-executor.ts
var REGISTRY_IDENTITY = { name: "model-registry", email: "model-registry@users.noreply.github.com" };
var TagTakenError = class extends Error {
  constructor(tag) {
    super(`tag ${tag} was created meanwhile by another run`);
    this.tag = tag;
  }
  tag;
};
async function executeRecordPlan(octokit, repo, plan, options) {
  const done = { tags: [], deployments: [], inactive: [] };
  for (const tag of plan.tags) {
    await createAnnotatedTag(octokit, repo, tag);
    options.log(`${tag.name}: recorded (${tag.version} at ${tag.target.slice(0, 12)})`);
    done.tags.push(tag.name);
  }
  for (const deployment of plan.deployments) {
    await createDeployment(octokit, repo, deployment, options.runUrl);
    options.log(`${deployment.environment}: deployed ${deployment.ref}`);
    done.deployments.push(deployment.environment);
  }
  for (const inactive of plan.inactive) {
    await markInactive(octokit, repo, inactive, options.runUrl);
    options.log(`${inactive.environment}: deployment ${inactive.deploymentId} marked inactive`);
    done.inactive.push(inactive.environment);
  }
  return done;
}
async function createAnnotatedTag(octokit, repo, tag) {
  const object = (await octokit.rest.git.createTag({
    ...repo,
    tag: tag.name,
    message: tag.message,
    object: tag.target,
    type: "commit",
    tagger: { ...REGISTRY_IDENTITY, date: tag.date }
  })).data;
  try {
    await octokit.rest.git.createRef({ ...repo, ref: `refs/tags/${tag.name}`, sha: object.sha });
  } catch (error) {
    if (httpStatus(error) === 422) throw new TagTakenError(tag.name);
    throw error;
  }
}
async function createDeployment(octokit, repo, d, runUrl) {
  await createSuccessfulDeployment(octokit, repo, {
    ref: d.ref,
    environment: d.environment,
    productionEnvironment: d.productionEnvironment,
    description: `${d.model} ${d.version} runs in ${d.stage}`,
    payload: { model: d.model, version: d.version, stage: d.stage, pull_request: d.pullRequest ?? null, approvers: d.approvers, changed_in: d.changedIn },
    ...d.environmentUrl ? { environmentUrl: d.environmentUrl } : {},
    ...runUrl ? { logUrl: runUrl } : {}
  });
}
async function markInactive(octokit, repo, d, runUrl) {
  const where = d.environment.split("/").slice(1).join("/");
  await markDeploymentInactive(octokit, repo, d.deploymentId, `nothing of this model runs in ${where} any more`, runUrl);
}

// src/adapters/github/release-executor.ts
function tagMessage(plan) {
  return `Registering artifact ${plan.model} version v${plan.version}`;
}
async function executeVersionPlan(octokit, repo, plan, options) {
  const { log } = options;
  const digests = new AssetDigests(octokit, repo);
  let draftId;
  let release2;
  if (plan.createDraft || plan.draftId === void 0) {
    const created = (await octokit.rest.repos.createRelease({ ...repo, tag_name: plan.tag, target_commitish: options.commit, name: plan.title, body: plan.body, draft: true })).data;
    log(`${plan.tag}: created draft release ${created.id}`);
    const drafts = (await listNewestReleases(octokit, repo)).filter((r) => r.draft && r.tag_name === plan.tag).sort((a, b) => a.id - b.id);
    draftId = Math.min(drafts[0]?.id ?? created.id, created.id);
    if (draftId !== created.id) {
      await deleteRelease(octokit, repo, created.id);
      log(`${plan.tag}: another run's draft ${draftId} exists; continuing with it`);
      release2 = (await octokit.rest.repos.getRelease({ ...repo, release_id: draftId })).data;
    } else {
      release2 = created;
    }
  } else {
    draftId = plan.draftId;
    if (plan.updateBody) await octokit.rest.repos.updateRelease({ ...repo, release_id: draftId, body: plan.body, name: plan.title });
    release2 = (await octokit.rest.repos.getRelease({ ...repo, release_id: draftId })).data;
  }
  for (const asset of release2.assets) {
    if (asset.state !== "uploaded") {
      log(`${plan.tag}: deleting the broken upload ${asset.name}`);
      await deleteAsset(octokit, repo, asset.id);
    }
  }
  const present = new Map(release2.assets.filter((a) => a.state === "uploaded").map((a) => [a.name, a]));
  for (const asset of plan.expected) {
    if (asset.source.kind === "draft") continue;
    const existing = present.get(asset.name);
    if (existing) {
      await assertSame(plan, existing, asset, digests);
      continue;
    }
    try {
      log(`${plan.tag}: uploading ${asset.name} (${asset.size} bytes)`);
      const uploaded = await uploadAsset(octokit, repo, release2, asset);
      digests.uploaded(uploaded.id, asset.sha256);
    } catch (error) {
      if (httpStatus(error) !== 422) throw error;
      const again = (await octokit.rest.repos.getRelease({ ...repo, release_id: draftId })).data.assets.find((a) => a.name === asset.name);
      if (!again || again.state !== "uploaded") throw error;
      await assertSame(plan, again, asset, digests);
    }
  }
  release2 = (await octokit.rest.repos.getRelease({ ...repo, release_id: draftId })).data;
  const final = new Map(release2.assets.map((a) => [a.name, a]));
  for (const asset of plan.expected) {
    const got = final.get(asset.name);
    if (!got || got.state !== "uploaded") throw new Error(`${plan.tag}: ${asset.name} is not complete in the draft; re-run to resume`);
    await assertSame(plan, got, asset, digests);
  }
  const extra = [...final.keys()].filter((name) => !plan.expected.some((a) => a.name === name));
  if (extra.length) throw new ReleaseConflictError(`${plan.tag}: the draft holds assets the card does not list (${extra.join(", ")}); not publishing`);
  await ensureTag(octokit, repo, plan, await tagTarget(octokit, repo, plan), log);
  try {
    const published = (await octokit.rest.repos.updateRelease({ ...repo, release_id: draftId, draft: false, tag_name: plan.tag })).data;
    log(`${plan.tag}: published ${published.html_url}`);
    return published.html_url;
  } catch (error) {
    if (httpStatus(error) !== 422) throw error;
    const done = await publishedRelease(octokit, repo, plan.tag);
    if (!done) throw error;
    if (done.id !== draftId) await deleteRelease(octokit, repo, draftId);
    log(`${plan.tag}: already published by another run: ${done.html_url}`);
    return done.html_url;
  }
}
async function tagTarget(octokit, repo, plan) {
  if (!plan.ownCommit) return plan.target;
  const parent = (await octokit.rest.git.getCommit({ ...repo, commit_sha: plan.ownCommit.parent })).data;
  const person = { ...REGISTRY_IDENTITY, date: parent.committer.date };
  const made = await octokit.rest.git.createCommit({
    ...repo,
    message: plan.ownCommit.message,
    tree: parent.tree.sha,
    parents: [parent.sha],
    author: person,
    committer: person
  });
  return made.data.sha;
}
async function ensureTag(octokit, repo, plan, commit, log) {
  if (!plan.createTag) {
    const existing = await tagCommit(octokit, repo, plan.tag);
    if (existing === commit) return;
    if (existing !== void 0) throw new ReleaseConflictError(`tag ${plan.tag} exists at commit ${existing}, not at ${commit}: not publishing`);
  }
  const tagObject = (await octokit.rest.git.createTag({ ...repo, tag: plan.tag, message: tagMessage(plan), object: commit, type: "commit" })).data;
  try {
    await octokit.rest.git.createRef({ ...repo, ref: `refs/tags/${plan.tag}`, sha: tagObject.sha });
    log(`${plan.tag}: created the annotated tag at ${commit}`);
  } catch (error) {
    if (httpStatus(error) !== 422) throw error;
    const now = await tagCommit(octokit, repo, plan.tag);
    if (now !== commit) throw new ReleaseConflictError(`tag ${plan.tag} was created at commit ${now} by someone else, not at ${commit}: not publishing`);
  }
}
async function assertSame(plan, remote, expected, digests) {
  const digest = remote.size === expected.size ? await digests.of(remote) : remote.digest;
  if (remote.size !== expected.size || digest?.toLowerCase() !== `sha256:${expected.sha256}`) {
    throw new ReleaseConflictError(
      `${plan.tag}: the release already holds a different ${expected.name} (${remote.size} bytes, ${digest ?? "no digest"}; expected ${expected.size} bytes, sha256:${expected.sha256}); it is never replaced silently`
    );
  }
}

// src/adapters/git/version-commits.ts
var VERSION_FILE = /^models\/([a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?)\/versions\/([^/]+)\//;
function readVersionCommits(root, head) {
  const out = /* @__PURE__ */ new Map();
  let prefix;
  try {
    prefix = repositoryPrefix(root);
  } catch {
    return out;
  }
  const log = runGit(
    [
      "-c",
      "core.quotePath=false",
      "log",
      "--first-parent",
      "--diff-merges=first-parent",
      "--no-renames",
      "--format=%x1e%H",
      "--name-only",
      "-z",
      head,
      "--",
      `:(top,glob)${prefix}models/*/versions/**`
    ],
    { cwd: root }
  );
  if (log.error || log.status !== 0) return out;
  for (const chunk of log.stdout.toString("utf8").split("")) {
    const [commit, ...paths] = chunk.split("\0");
    if (!/^[0-9a-f]{40,64}$/.test(commit)) continue;
    for (const path of paths) {
      const name = path.replace(/^\n+/, "");
      if (!name.startsWith(prefix)) continue;
      const match = VERSION_FILE.exec(name.slice(prefix.length));
      if (!match) continue;
      const key = `${match[1]}@${match[2]}`;
      if (!out.has(key)) out.set(key, commit);
    }
  }
  return out;
}

// src/app/publish-releases.ts
var ATTEMPTS = 3;
async function publishReleases(options) {
  try {
    return await release(options);
  } catch (error) {
    if (error instanceof GitHubUnreachableError && !options.dryRun)
      throw error.withAdvice("What was done stays done: run the release again when GitHub can be reached, and it resumes where this run stopped.");
    throw error;
  }
}
async function release(options) {
  const { report, registry } = await validateRegistry({ root: options.root });
  if (!report.ok) {
    const errors = report.problems.filter((p) => p.severity === "error");
    const listed = errors.slice(0, 10).map((p) => `  ${p.file}:${p.line}:${p.column}: ${p.message} [${p.rule}]`).join("\n");
    throw new ReleaseBlockedError(`the registry has ${plural(errors.length, "error")}; nothing was released:
${listed}`);
  }
  const octokit = createGitHubClient(options.token, options.log, options.sleep);
  const repo = { owner: options.repository.owner, repo: options.repository.repo };
  const files = localFiles(options.root);
  const digests = new AssetDigests(octokit, repo);
  const versionCommits = readVersionCommits(options.root, options.commit);
  const { plan, order } = await makePlan(octokit, repo, registry, { ...options, versionCommits }, files, digests);
  if (plan.problems.length) {
    const listed = plan.problems.map((p) => `  ${p.model} ${p.version}: ${p.file ? `${p.file}: ` : ""}${p.message}`).join("\n");
    throw new ReleaseBlockedError(`the release plan has ${plural(plan.problems.length, "problem")}; nothing was written:
${listed}`);
  }
  const released = [];
  const urls = [];
  const remaining = plan.versions.filter((v) => v.status === "deferred").length;
  if (remaining)
    options.log(
      `${plural(remaining, "more version")} to release after this run's ${plan.versions.filter((v) => v.status === "pending").length} (at most ${maxReleases(options)} a run, the oldest first, to stay within GitHub's limit on content-creating requests): run the release again to go on`
    );
  if (options.dryRun) return { plan, released, urls, remaining };
  for (const pending of plan.versions.filter((v) => v.status === "pending").sort((a, b) => order.get(a.tag) - order.get(b.tag))) {
    let current = pending;
    for (let attempt = 1; ; attempt++) {
      try {
        urls.push(await executeVersionPlan(octokit, repo, current, { commit: options.commit, log: options.log }));
        released.push(`${current.model}@${current.version}`);
        break;
      } catch (error) {
        if (error instanceof ReleaseConflictError || !isTransient(error) || attempt >= ATTEMPTS) throw error;
        options.log(`${current.tag}: ${error.message}; planning again (attempt ${attempt + 1} of ${ATTEMPTS})`);
        await backoff(attempt);
        const { plan: again } = await makePlan(octokit, repo, registry, { ...options, versionCommits }, files, digests);
        const next = again.versions.find((v) => v.tag === current.tag);
        if (again.problems.length) throw new ReleaseBlockedError(again.problems.map((p) => p.message).join("\n"));
        if (!next || next.status === "released") {
          if (next?.releaseUrl) urls.push(next.releaseUrl);
          released.push(`${current.model}@${current.version}`);
          break;
        }
        current = next;
      }
    }
  }
  return { plan, released, urls, remaining };
}
function maxReleases(options) {
  return options.maxReleases ?? DEFAULT_MAX_RELEASES;
}
async function makePlan(octokit, repo, registry, options, files, digests) {
  const localTags = readLocalTags(options.root) ?? /* @__PURE__ */ new Set();
  const untagged = [];
  const tagged = /* @__PURE__ */ new Set();
  const versions = /* @__PURE__ */ new Map();
  for (const model of registry.models.values()) {
    const group = [];
    for (const version of model.versions.values()) {
      if (!isValidVersion(version.version)) continue;
      const tag = tagName(registry.settings, model.name, version.version);
      versions.set(tag, version);
      if (localTags.has(tag)) tagged.add(tag);
      else group.push(tag);
    }
    untagged.push(group);
  }
  const remote = await readRemoteState(octokit, repo, {
    untagged,
    tagged,
    needsDraft: (tag) => listsDraftArtifacts(versions.get(tag), (name) => assetDownloadUrl(options.repository, tag, name))
  });
  const ordered = oldestFirst(remote.pending, versions, options.versionCommits);
  const selected = new Set(ordered.slice(0, maxReleases(options)));
  const drafts = await digests.fill(remote.releases.filter((r) => r.draft && selected.has(r.tag_name)));
  const releases = remote.releases.map((r) => drafts.find((d) => d.id === r.id) ?? r);
  const plan = planReleases({
    registry,
    commit: options.commit,
    versionCommits: options.versionCommits,
    repository: options.repository,
    remote: { ...remote, releases },
    files,
    deferred: new Set(ordered.slice(selected.size))
  });
  return { plan, order: new Map(ordered.map((tag, i) => [tag, i])) };
}
function oldestFirst(tags, versions, versionCommits) {
  const age = /* @__PURE__ */ new Map();
  for (const commit of versionCommits.values()) if (!age.has(commit)) age.set(commit, age.size);
  const rank = (v) => age.get(versionCommits.get(`${v.model}@${v.version}`) ?? "") ?? -1;
  return [...new Set(tags)].sort((a, b) => {
    const x = versions.get(a);
    const y = versions.get(b);
    return rank(y) - rank(x) || (x.model < y.model ? -1 : x.model > y.model ? 1 : import_semver2.default.compare(x.version, y.version));
  });
}
function localFiles(root) {
  const cache = /* @__PURE__ */ new Map();
  return (relative) => {
    if (!cache.has(relative)) {
      const path = join(root, relative);
      let file;
      try {
        if (lstatSync(path).isFile()) {
          const { size, sha256, lfs } = hashRegistryArtifact(path);
          file = lfs ? { path, size, sha256, lfsPointer: true } : { path, size, sha256 };
        }
      } catch {
        file = void 0;
      }
      cache.set(relative, file);
    }
    return cache.get(relative);
  };
}
function isTransient(error) {
  if (error instanceof GitHubUnreachableError) return error.failure.transient;
  const status = httpStatus(error);
  if (status === void 0) return true;
  return status >= 500 || status === 429 || status === 403 || status === 408;
}

// src/app/plan-json.ts
function planReplacer(key, value) {
  if (key === "content" && typeof value === "string") return `${value.length} characters`;
  return value;
}
function releasePlanJson(plan) {
  return terminalJson(plan, planReplacer);
}

// src/cli/commands/release.ts
async function releaseCommand(argv, io) {
  const { values, positionals } = parseFlags(argv, "release");
  const root = registryRoot("release", values.root, positionals);
  const repository = values.repository ? parseRepository(values.repository, process.env.GITHUB_SERVER_URL || "https://github.com") : void 0;
  if (!repository) throw new UsageError("--repository owner/name is required (the registry repository on GitHub)");
  const token = values.token ?? process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN ?? "";
  if (!token)
    throw new UsageError("a token is required, even for --dry-run (GitHub is read through the API): --token, or GITHUB_TOKEN / GH_TOKEN in the environment");
  const maxReleases2 = values["max-releases"] === void 0 ? void 0 : parseMaxReleases(values["max-releases"]);
  if (maxReleases2 === null) throw new UsageError(`--max-releases must be a whole number of at least 1; got ${JSON.stringify(values["max-releases"])}`);
  const commit = resolveCommit(root, values.commit ?? "HEAD");
  const result = await publishReleases({
    root,
    repository,
    commit,
    token,
    dryRun: Boolean(values["dry-run"]),
    maxReleases: maxReleases2,
    log: (m) => io.err(terminalLines(m))
  });
  if (values["dry-run"]) {
    io.out(releasePlanJson(result.plan));
  } else {
    io.out(terminalJson({ released: result.released, releases: result.urls, remaining: result.remaining }));
  }
  return 0;
}

// src/adapters/github/register-executor.ts
var UPLOAD_ATTEMPTS = 3;
async function executeRegisterPlan(octokit, repo, plan, options) {
  const { log } = options;
  if (plan.action === "blocked" || !plan.version || !plan.branch || !plan.pullRequest) throw new Error("a blocked plan cannot be carried out");
  if (plan.action === "registered") {
    const pr2 = await findPullRequest(octokit, repo, plan.branch, plan.base.branch, "all");
    log(`${plan.model} ${plan.version} is already in the registry with exactly these files; nothing to do`);
    return { kind: "done", pullRequest: pr2 && { number: pr2.number, url: pr2.html_url }, autoMerge: "off" };
  }
  if (plan.action === "create") {
    const commit = await createCommit(octokit, repo, plan);
    try {
      await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${plan.branch}`, sha: commit });
      log(`created the branch ${plan.branch} with ${plan.files.length} file(s)`);
    } catch (error) {
      if (httpStatus(error) !== 422) throw error;
      log(`the branch ${plan.branch} exists already (another run, or an earlier attempt of this one)`);
      return { kind: "branch-taken", branch: plan.branch };
    }
  } else {
    log(`resuming: the branch ${plan.branch} already holds exactly these files`);
  }
  if (plan.release && plan.assets.length) await uploadToDraft(octokit, repo, plan, log);
  const pr = await ensurePullRequest2(octokit, repo, plan, log);
  const pullRequest = { number: pr.number, url: pr.html_url };
  if (!plan.autoMerge) return { kind: "done", pullRequest, autoMerge: "off" };
  try {
    return { kind: "done", pullRequest, autoMerge: await enableAutoMerge(octokit, pr, options.mergeMethod, log) };
  } catch (error) {
    if (!(error instanceof AutoMergeError)) throw error;
    return { kind: "done", pullRequest, autoMerge: "failed", autoMergeError: error.message };
  }
}
function createCommit(octokit, repo, plan) {
  return createFilesCommit(octokit, repo, { files: plan.files, message: plan.commitMessage, baseSha: plan.base.sha, baseTreeSha: plan.base.treeSha });
}
async function uploadToDraft(octokit, repo, plan, log) {
  const release2 = plan.release;
  const digests = new AssetDigests(octokit, repo);
  const draftId = await ensureDraft(octokit, repo, plan, digests);
  let current = (await octokit.rest.repos.getRelease({ ...repo, release_id: draftId })).data;
  for (const asset of plan.assets) {
    for (let attempt = 1; ; attempt++) {
      const existing = current.assets.find((a) => a.name === asset.name);
      if (existing && existing.state === "uploaded") {
        await assertSame2(release2.tag, existing, asset, digests);
        break;
      }
      try {
        if (existing) {
          log(`${release2.tag}: deleting the broken upload of ${asset.name} (state ${existing.state})`);
          await deleteAsset(octokit, repo, existing.id);
        }
        log(`${release2.tag}: uploading ${asset.name} (${asset.size} bytes)`);
        const uploaded = await uploadAsset(octokit, repo, current, toExpected(asset));
        digests.uploaded(uploaded.id, asset.sha256);
        break;
      } catch (error) {
        if (error instanceof ChecksumChangedError) {
          const sent = (await octokit.rest.repos.getRelease({ ...repo, release_id: draftId })).data.assets.find((a) => a.name === asset.name);
          if (sent) await deleteAsset(octokit, repo, sent.id);
          throw new RegisterConflictError(
            `${asset.path} changed while it was uploaded (${error.message}); the upload was removed. Make sure nothing writes to the artifacts, then run register again`
          );
        }
        const status = httpStatus(error);
        const transient = error instanceof GitHubUnreachableError ? error.failure.transient : status === void 0 || status >= 500 || status === 429 || status === 403 || status === 422;
        if (!transient || attempt >= UPLOAD_ATTEMPTS) throw error;
        log(`${release2.tag}: uploading ${asset.name} failed (${error.message}); trying again (attempt ${attempt + 1} of ${UPLOAD_ATTEMPTS})`);
        await backoff(attempt);
      } finally {
        current = (await octokit.rest.repos.getRelease({ ...repo, release_id: draftId })).data;
      }
    }
  }
  for (const asset of plan.assets) {
    const got = current.assets.find((a) => a.name === asset.name);
    if (!got || got.state !== "uploaded")
      throw new RegisterConflictError(`${release2.tag}: ${asset.name} is not complete in the draft release; run register again to resume`);
    await assertSame2(release2.tag, got, asset, digests);
  }
}
async function ensureDraft(octokit, repo, plan, digests) {
  const release2 = plan.release;
  const find = async () => {
    const published = await publishedRelease(octokit, repo, release2.tag);
    if (published) {
      throw new RegisterConflictError(
        `${release2.tag} is already released (${published.html_url}): ${plan.model} ${plan.version} cannot be registered again; register a new version`
      );
    }
    return (await listNewestReleases(octokit, repo)).filter((r) => r.draft && r.tag_name === release2.tag).sort((a, b) => a.id - b.id);
  };
  let drafts = await find();
  if (drafts.length === 0) {
    const created = (await octokit.rest.repos.createRelease({
      ...repo,
      tag_name: release2.tag,
      name: release2.name,
      body: release2.body,
      draft: true,
      target_commitish: release2.targetCommitish
    })).data;
    drafts = await find();
    if (drafts.length === 0) drafts = [toRemoteRelease(created)];
    if (drafts.length > 1 && drafts[0].id !== created.id && drafts.find((d) => d.id === created.id)?.assets.length === 0) {
      await deleteRelease(octokit, repo, created.id);
      drafts = drafts.filter((d) => d.id !== created.id);
    }
  }
  const draft = drafts[0];
  for (const listed of draft.assets) {
    if (listed.state !== "uploaded") continue;
    const ours = plan.assets.find((a) => a.name === listed.name);
    const asset = ours && listed.size === ours.size ? await digests.complete(listed) : listed;
    if (!ours || !sameContent2(asset, ours)) {
      throw new RegisterConflictError(
        `the draft release ${draft.html_url} for ${release2.tag} holds ${asset.name} (${asset.size} bytes, ${asset.digest ?? "no digest"}), which is not this registration's: it was not touched. If it is a leftover, delete that draft and run again; otherwise register another version.`
      );
    }
  }
  return draft.id;
}
function ensurePullRequest2(octokit, repo, plan, log) {
  return ensurePullRequest(octokit, repo, plan.pullRequest, log);
}
async function enableAutoMerge(octokit, pr, mergeMethod, log) {
  if (pr.auto_merge) return "already";
  const query = mergeMethod ? "mutation($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod) { enablePullRequestAutoMerge(input: {pullRequestId: $pullRequestId, mergeMethod: $mergeMethod}) { pullRequest { number } } }" : "mutation($pullRequestId: ID!) { enablePullRequestAutoMerge(input: {pullRequestId: $pullRequestId}) { pullRequest { number } } }";
  try {
    await octokit.graphql(query, mergeMethod ? { pullRequestId: pr.node_id, mergeMethod } : { pullRequestId: pr.node_id });
  } catch (error) {
    const errors = error.errors;
    if (!Array.isArray(errors)) throw error;
    const messages = errors.map((e) => e.message).filter(Boolean);
    throw new AutoMergeError(
      `the pull request ${pr.html_url} is open, but GitHub refused to enable auto-merge on it: ${messages.join("; ")}. Auto-merge needs "Allow auto-merge" in the registry's settings and a branch protection rule (or ruleset) on the default branch with required checks; merge it by hand meanwhile.`
    );
  }
  log(`auto-merge is on for ${pr.html_url}`);
  return "enabled";
}
function toExpected(asset) {
  return { name: asset.name, size: asset.size, sha256: asset.sha256, contentType: asset.contentType, source: { kind: "file", path: asset.path } };
}
function sameContent2(remote, asset) {
  if (remote.size !== asset.size) return false;
  return remote.digest?.toLowerCase() === `sha256:${asset.sha256}`;
}
async function assertSame2(tag, listed, asset, digests) {
  const remote = listed.size === asset.size ? await digests.complete(listed) : listed;
  if (!sameContent2(remote, asset)) {
    throw new RegisterConflictError(
      `${tag}: the draft release already holds a different ${asset.name} (${remote.size} bytes, ${remote.digest ?? "no digest"}; this registration's is ${asset.size} bytes, sha256:${asset.sha256}); it is never replaced silently`
    );
  }
}

// src/adapters/github/register-state.ts
async function readRegisterState(octokit, repo, model, parentModels2) {
  let info;
  try {
    info = (await octokit.rest.repos.get({ ...repo })).data;
  } catch (error) {
    const status = httpStatus(error);
    if (status === 404 || status === 401 || status === 403) {
      throw new RegistryUnreachableError(
        `the registry repository ${repo.owner}/${repo.repo} was not found, or the token cannot read it (HTTP ${status}): use a GitHub App token or a fine-grained token with contents: write and pull-requests: write on it (a workflow's own GITHUB_TOKEN only reaches its own repository)`
      );
    }
    throw error;
  }
  const defaultBranch = info.default_branch;
  const branch = (await octokit.rest.repos.getBranch({ ...repo, branch: defaultBranch })).data;
  const baseSha = branch.commit.sha;
  const baseTreeSha = branch.commit.commit.tree.sha;
  const wanted = [model, ...parentModels2].map((m) => `${modelDir(m)}/`);
  const snapshot = await readRegistrySnapshot(octokit, repo, baseTreeSha, (path) => path === "registry.yaml" || wanted.some((w) => path.startsWith(w)));
  const paths = new Set(snapshot.entries.map((e) => e.path));
  const onDefault = (version) => snapshot.entries.some((e) => e.path.startsWith(`${versionDir(model, version)}/`));
  const newModel = !paths.has(modelFile(model));
  const refs = await octokit.paginate(octokit.rest.git.listMatchingRefs, { ...repo, ref: `heads/register/${model}-`, per_page: 100 });
  const pending = [];
  for (const ref of refs) {
    const name = ref.ref.replace(/^refs\/heads\//, "");
    const version = versionFromBranch(model, name);
    if (!version || onDefault(version) || ref.object.type !== "commit") continue;
    const files = await readVersionFiles2(octokit, repo, ref.object.sha, model, version, newModel);
    if (files) pending.push({ branch: name, version, sha: ref.object.sha, files });
  }
  const releases = await listNewestReleases(octokit, repo);
  const tags = [...(await matchingTags(octokit, repo, tagPrefix(loadRegistry(snapshot).settings.tag_format, model))).keys()];
  return {
    state: { defaultBranch, baseSha, baseTreeSha, snapshot, pending, releases, tags },
    mergeMethod: mergeMethodOf(info)
  };
}
async function readVersionFiles2(octokit, repo, commit, model, version, withModelFile) {
  const dir = versionDir(model, version);
  let listing;
  try {
    listing = (await octokit.rest.repos.getContent({ ...repo, path: dir, ref: commit })).data;
  } catch (error) {
    if (httpStatus(error) === 404) return void 0;
    throw error;
  }
  if (!Array.isArray(listing)) return void 0;
  const files = /* @__PURE__ */ new Map();
  for (const item of listing) {
    if (item.type !== "file") files.set(`${dir}/${item.name}`, new Uint8Array(0));
    else files.set(`${dir}/${item.name}`, await readBlob(octokit, repo, item.sha));
  }
  if (withModelFile) {
    try {
      const file = (await octokit.rest.repos.getContent({ ...repo, path: `${modelDir(model)}/${MODEL_FILE}`, ref: commit })).data;
      if (!Array.isArray(file) && file.type === "file") files.set(modelFile(model), await readBlob(octokit, repo, file.sha));
    } catch (error) {
      if (httpStatus(error) !== 404) throw error;
    }
  }
  return files;
}
function mergeMethodOf(info) {
  if (info.allow_merge_commit) return "MERGE";
  if (info.allow_squash_merge) return "SQUASH";
  if (info.allow_rebase_merge) return "REBASE";
  return void 0;
}

// src/app/register-version.ts
var MAX_ATTEMPTS = 5;
async function registerVersion(options) {
  try {
    return await register(options);
  } catch (error) {
    const resume = "Nothing was lost: run register again (re-run the job) and it resumes where this run stopped, without duplicating branches, pull requests or uploads.";
    if (error instanceof GitHubUnreachableError) throw options.dryRun ? error : error.withAdvice(resume);
    throw gitHubRequestError(error, `, after retrying. ${options.dryRun ? "Nothing was written (a dry run): run it again later." : resume}`) ?? error;
  }
}
async function register(options) {
  const repository = parseRepository(options.registry, options.serverUrl);
  if (!repository) throw new RegisterInputError(`the registry must be a GitHub repository as owner/name; got ${JSON.stringify(options.registry)}`);
  const input = readInputs(options, repository);
  const repo = { owner: repository.owner, repo: repository.repo };
  const octokit = createGitHubClient(options.token, options.log);
  for (let attempt = 1; ; attempt++) {
    const remote = await readRegisterState(octokit, repo, options.model, parentModels(input.card));
    const plan = planRegistration(input, remote.state);
    if (attempt === 1) for (const line of conversionLines(plan.metricsConversion, options.metrics)) options.log(line);
    for (const warning of plan.warnings) options.log(`warning: ${warning}`);
    if (plan.action === "blocked") throw new RegisterBlockedError(describeBlocked(plan, input), plan);
    if (options.dryRun) return { plan, version: plan.version, autoMerge: "off" };
    options.log(
      `${plan.action === "create" ? "registering" : plan.action === "resume" ? "resuming" : "found"} ${plan.model} ${plan.version} in ${options.registry}`
    );
    const outcome = await executeRegisterPlan(octokit, repo, plan, { log: options.log, mergeMethod: remote.mergeMethod });
    if (outcome.kind === "done")
      return { plan, version: plan.version, pullRequest: outcome.pullRequest, autoMerge: outcome.autoMerge, autoMergeError: outcome.autoMergeError };
    if (attempt >= MAX_ATTEMPTS) {
      throw new RegisterBlockedError(
        `other runs took every version tried (${outcome.branch} last) ${MAX_ATTEMPTS} times in a row; nothing of this registration was published: run it again`,
        plan
      );
    }
    options.log(`another run took ${plan.model} ${plan.version} first; planning again (attempt ${attempt + 1} of ${MAX_ATTEMPTS})`);
  }
}
function readInputs(options, repository) {
  const { metrics, card, modelCard, artifacts } = readVersionFiles(options);
  return {
    repository,
    model: options.model,
    version: options.version,
    metrics,
    metricsFormat: options.metricsFormat,
    card,
    modelCard,
    modelFields: options.modelFields,
    artifacts,
    run: options.run,
    now: options.now(),
    autoMerge: options.autoMerge
  };
}
function parentModels(card) {
  if (!card) return [];
  const { value } = readInputDocument(card);
  const lineage = isRecord(value) && isRecord(value.lineage) ? value.lineage : void 0;
  return asArray(lineage?.parents).map((p) => isRecord(p) && typeof p.model === "string" ? p.model : void 0).filter((m) => m !== void 0 && isValidModelName(m));
}

// src/cli/commands/register.ts
async function registerCommand(argv, io) {
  const { values } = parseFlags(argv, "register");
  const list = (value) => Array.isArray(value) ? value.map(String) : value === void 0 ? [] : [String(value)];
  if (!values.registry) throw new UsageError("--registry owner/name is required (the registry repository on GitHub)");
  if (!values.model) throw new UsageError("--model NAME is required");
  if (!values.metrics) throw new UsageError("--metrics FILE is required (a JSON or YAML file of metric values)");
  const token = values.token ?? process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN ?? "";
  if (!token)
    throw new UsageError(
      "a token is required, even for --dry-run (the registry is read through the API): --token, or GITHUB_TOKEN / GH_TOKEN in the environment"
    );
  const cwd = process.cwd();
  const origin = codeOrigin(cwd);
  for (const warning of origin.warnings) io.err(terminalLines(`warning: ${warning}`));
  const dryRun = Boolean(values["dry-run"]);
  try {
    const result = await registerVersion({
      registry: values.registry,
      serverUrl: process.env.GITHUB_SERVER_URL || "https://github.com",
      token,
      model: values.model,
      version: values.version,
      metrics: values.metrics,
      metricsFormat: oneOf("metrics-format", values["metrics-format"], METRICS_FORMATS, "auto"),
      card: values.card,
      modelCard: values["model-card"],
      modelFields: {
        title: values["model-title"],
        description: values["model-description"],
        owners: list(values["model-owner"]).flatMap((o) => o.split(/[\s,]+/)).filter(Boolean),
        task: values["model-task"],
        license: values["model-license"],
        tags: list(values["model-tag"])
      },
      artifacts: list(values.artifact),
      cwd,
      run: { codeRepo: origin.codeRepo, commit: origin.commit, runUrl: origin.runUrl },
      now: clock,
      autoMerge: Boolean(values["auto-merge"]),
      dryRun,
      log: (m) => io.err(terminalLines(m))
    });
    if (dryRun) {
      io.out(terminalJson(result.plan));
      return 0;
    }
    io.out(terminalJson({ version: result.version, pullRequest: result.pullRequest ?? null, autoMerge: result.autoMerge }));
    if (result.autoMergeError) throw new AutoMergeError(result.autoMergeError);
    return 0;
  } catch (error) {
    if (error instanceof RegisterBlockedError && dryRun && error.plan) {
      io.out(terminalJson(error.plan));
    }
    throw error;
  }
}

// src/core/promotion/stage-edit-plan.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/core/promotion/edit.ts
var import_yaml = __toESM(require_dist(), 1);
var STAGES_SCHEMA_COMMENT = "# yaml-language-server: $schema=https://raw.githubusercontent.com/model-registry/model-registry/main/schemas/stages.schema.json";
function stagesPath(model) {
  return `${modelDir(model)}/${STAGES_FILE}`;
}
function setStage(path, bytes, stage, version) {
  if (bytes === void 0) return { ok: true, changed: true, text: `${STAGES_SCHEMA_COMMENT}
${keySource(stage)}: ${scalarSource(version)}
` };
  return editMapping(path, bytes, [], (value) => ({ ...value, [stage]: version }), stage, version);
}
function removeStage(path, bytes, stage) {
  return editMapping(
    path,
    bytes,
    [],
    (value) => {
      const { [stage]: _removed, ...rest } = value;
      return rest;
    },
    stage,
    void 0
  );
}
function setDeprecated(path, bytes, version, reason) {
  return editMapping(
    path,
    bytes,
    ["deprecated_versions"],
    (value) => ({ ...value, deprecated_versions: { ...isRecord(value.deprecated_versions) ? value.deprecated_versions : {}, [version]: reason } }),
    version,
    reason
  );
}
var decoder = new TextDecoder("utf-8", { ignoreBOM: true });
function editMapping(path, bytes, parents, expect, key, value) {
  const checked = checkDocument(path, bytes);
  const errors = checked.problems.filter((p) => p.severity === "error");
  if (errors.length) return { ok: false, problems: errors };
  if (!isRecord(checked.value)) return { ok: false, problems: [atStart(path, "the file is not a mapping: fix it first")] };
  const wanted = expect(checked.value);
  if (sameValue(checked.value, wanted)) return { ok: true, changed: false, text: decoder.decode(bytes) };
  const text = decoder.decode(bytes);
  const inPlace = editInPlace(text, parents, key, value);
  if (inPlace !== void 0 && readsAs(inPlace, wanted)) return { ok: true, changed: true, text: inPlace };
  const rewritten = rewrite(text, parents, key, value);
  if (readsAs(rewritten, wanted)) return { ok: true, changed: true, text: rewritten };
  return { ok: false, problems: [atStart(path, `the file could not be edited safely: change \`${[...parents, key].join(".")}\` by hand`)] };
}
function editInPlace(text, parents, key, value) {
  const doc = (0, import_yaml.parseDocument)(text);
  if (doc.errors.length) return void 0;
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  if (!(0, import_yaml.isMap)(doc.contents) || doc.contents.flow) return void 0;
  let map = doc.contents;
  for (const [depth, parent] of parents.entries()) {
    const pair2 = findPair(map, parent);
    if (!pair2) {
      if (value === void 0) return text;
      const indent2 = " ".repeat(2 * depth);
      const block = `${indent2}${keySource(parent)}:${eol}${indent2}  ${keySource(key)}: ${scalarSource(value)}`;
      return insertAfter(text, map, block, eol);
    }
    if (!(0, import_yaml.isMap)(pair2.value) || pair2.value.flow || pair2.value.items.length === 0) return void 0;
    map = pair2.value;
  }
  const pair = findPair(map, key);
  if (value === void 0) {
    if (!pair) return text;
    return removePairLines(text, pair, parents.length === 0 && map.items.length === 1 ? `{}${eol}` : "");
  }
  if (pair) {
    if (!(0, import_yaml.isScalar)(pair.value) || !pair.value.range || pair.value.range[0] === pair.value.range[1]) return void 0;
    const [start, end] = pair.value.range;
    return text.slice(0, start) + scalarSource(value) + text.slice(end);
  }
  const first = map.items[0];
  const indent = first && (0, import_yaml.isScalar)(first.key) && first.key.range ? columnOf(text, first.key.range[0]) : 0;
  return insertAfter(text, map, `${" ".repeat(indent)}${keySource(key)}: ${scalarSource(value)}`, eol);
}
function insertAfter(text, map, line, eol) {
  const last = map.items[map.items.length - 1];
  const end = nodeEnd(last);
  if (end === void 0) return void 0;
  const at = afterLine(text, end);
  if (at === void 0) return `${text}${eol}${line}${eol}`;
  return `${text.slice(0, at)}${line}${eol}${text.slice(at)}`;
}
function afterLine(text, offset) {
  if (offset > 0 && text[offset - 1] === "\n") return offset;
  const newline = text.indexOf("\n", offset);
  return newline === -1 ? void 0 : newline + 1;
}
function removePairLines(text, pair, replacement = "") {
  const start = (0, import_yaml.isScalar)(pair.key) ? pair.key.range?.[0] : void 0;
  const end = nodeEnd(pair);
  if (start === void 0 || end === void 0) return void 0;
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  if (text.slice(lineStart, start).trim() !== "") return void 0;
  const at = afterLine(text, end);
  return text.slice(0, lineStart) + replacement + (at === void 0 ? "" : text.slice(at));
}
function nodeEnd(pair) {
  const value = pair?.value;
  if ((0, import_yaml.isScalar)(value) || (0, import_yaml.isMap)(value) || (0, import_yaml.isSeq)(value)) return value.range?.[1];
  return (0, import_yaml.isScalar)(pair?.key) ? pair.key.range?.[1] : void 0;
}
function columnOf(text, offset) {
  return offset - (text.lastIndexOf("\n", offset - 1) + 1);
}
function rewrite(text, parents, key, value) {
  const doc = (0, import_yaml.parseDocument)(text);
  const path = [...parents, key];
  if (value === void 0) doc.deleteIn(path);
  else {
    for (let i = 1; i <= parents.length; i++) {
      const node = doc.getIn(parents.slice(0, i), true);
      if ((0, import_yaml.isMap)(node) && node.items.length === 0) node.flow = false;
    }
    if ((0, import_yaml.isMap)(doc.contents) && doc.contents.items.length === 0) doc.contents.flow = false;
    doc.setIn(path, value);
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
function findPair(map, key) {
  return map.items.find((item) => (0, import_yaml.isScalar)(item.key) ? String(item.key.value) === key : item.key === key);
}
function readsAs(text, wanted) {
  try {
    return sameValue((0, import_yaml.parse)(text), wanted);
  } catch {
    return false;
  }
}
function sameValue(a, b) {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.keys(value).sort().map((k) => [k, sortKeys(value[k])])
  );
}
function scalarSource(value) {
  return readsBack(`k: ${value}`, value) ? value : JSON.stringify(value);
}
function keySource(key) {
  return readsBack(`${key}: x`, void 0, key) ? key : JSON.stringify(key);
}
function readsBack(source, value, key = "k") {
  try {
    const parsed = (0, import_yaml.parse)(source);
    if (!isRecord(parsed) || Object.keys(parsed).length !== 1 || !(key in parsed)) return false;
    if (value === void 0) return typeof (0, import_yaml.parse)(key) === "string";
    return parsed[key] === value;
  } catch {
    return false;
  }
}
function atStart(file, message) {
  return { file, line: 1, column: 1, severity: "error", rule: "yaml-syntax", message };
}

// src/core/promotion/stage-edit-plan.ts
var REASON_RE = /^[^\u0000-\u001f\u007f-\u009f]+$/;
var MAX_REASON = 500;
function planStageEdit(request, snapshot, facts) {
  const plan = { verb: request.verb, model: request.model, outcome: "refused", summary: "", evaluations: [], problems: [], errors: [] };
  const refuse = (message) => {
    plan.errors.push(message);
    plan.summary = message;
    return plan;
  };
  const registry = validateSnapshot(snapshot).registry;
  const model = registry.models.get(request.model);
  if (!model?.card) {
    const names = [...registry.models.values()].filter((m) => m.card).map((m) => m.name);
    return refuse(`unknown model \`${request.model}\`${didYouMean(request.model, names)}: the registry has no ${modelFile(request.model)}`);
  }
  const stages = registry.settings.stages;
  const knowStage = (stage) => {
    if (stages.includes(stage)) return true;
    refuse(`unknown stage \`${stage}\`${didYouMean(stage, stages)}: registry.yaml's stages are ${stages.join(", ")}`);
    return false;
  };
  const knowVersion = (version) => {
    if (isValidVersion(version) && model.versions.get(version)?.card) return true;
    const versions = [...model.versions.values()].filter((v) => v.card).map((v) => v.version);
    refuse(`\`${request.model}\` has no version ${JSON.stringify(version)}${didYouMean(version, versions)}: its versions are ${versions.join(", ") || "none"}`);
    return false;
  };
  const assignments = stageAssignments(registry, request.model);
  const path = request.verb === "deprecate" ? modelFile(request.model) : stagesPath(request.model);
  const entry = snapshot.entries.find((e) => e.path === path);
  if (entry && (entry.type !== "file" || !entry.bytes))
    return refuse(`${path} is not a regular file (a link or a folder): the registry never writes through it; fix it first`);
  let edit;
  switch (request.verb) {
    case "promote": {
      if (!knowStage(request.to)) return plan;
      let version = request.version;
      if (request.fromStage !== void 0) {
        if (!knowStage(request.fromStage)) return plan;
        version = assignments.get(request.fromStage);
        if (version === void 0) return refuse(`\`${request.model}\` has nothing in ${request.fromStage}: there is no version to promote from it`);
      }
      if (version === void 0) return refuse("promote needs a version (model@version) or a stage to promote from (model#stage)");
      if (!knowVersion(version)) return plan;
      plan.version = version;
      plan.stage = request.to;
      plan.previous = assignments.get(request.to);
      if (plan.previous === version) return nothing(plan, `${request.model} ${version} is already in ${request.to}: nothing to do`);
      edit = setStage(path, entry?.bytes, request.to, version);
      plan.summary = `promote ${request.model} ${version} to ${request.to}${plan.previous ? ` (replacing ${plan.previous})` : ""}`;
      break;
    }
    case "demote": {
      plan.stage = request.from;
      plan.version = assignments.get(request.from);
      if (plan.version === void 0) {
        if (!knowStage(request.from)) return plan;
        return nothing(plan, `\`${request.model}\` has nothing in ${request.from}: nothing to do`);
      }
      edit = removeStage(path, entry.bytes, request.from);
      plan.summary = `demote ${request.model} ${plan.version} from ${request.from} (${request.from} then runs no version of ${request.model})`;
      break;
    }
    case "deprecate": {
      const reason = request.reason.trim();
      if (!reason || !REASON_RE.test(reason) || reason.length > MAX_REASON) {
        return refuse(`the reason must be one line of text (at most ${MAX_REASON} characters, no control characters): why, and what to use instead`);
      }
      if (!knowVersion(request.version)) return plan;
      plan.version = request.version;
      plan.reason = reason;
      const card = model.card.value;
      const before = isRecord(card) && isRecord(card.deprecated_versions) ? own(card.deprecated_versions, request.version) : void 0;
      if (before === reason) return nothing(plan, `${request.model} ${request.version} is already deprecated with this reason: nothing to do`);
      if (typeof before === "string") plan.previousReason = before;
      edit = setDeprecated(path, entry.bytes, request.version, reason);
      plan.summary = `${before === void 0 ? "deprecate" : "change the deprecation reason of"} ${request.model} ${request.version}: ${reason}`;
      break;
    }
  }
  if (!edit.ok) {
    plan.problems.push(...edit.problems);
    return refuse(`${path} has problems: fix them first, then run this again`);
  }
  if (!edit.changed) return nothing(plan, `${path} already says so: nothing to do`);
  plan.file = { path, content: edit.text, created: entry === void 0 };
  const bytes = new TextEncoder().encode(edit.text);
  const checked = validateOverlay(snapshot, /* @__PURE__ */ new Map([[path, bytes]]));
  plan.problems.push(...checked.problems);
  if (checked.problems.some((p) => p.severity === "error")) return refuse(`the change would not pass the registry's checks: nothing was written`);
  const tags = facts.tags;
  const isReleased = (m, v) => tags ? tags.has(tagName(registry.settings, m, v)) : void 0;
  plan.evaluations = evaluateStageChanges({ head: checked.registry, base: registry, stageHistory: facts.stageHistory, isReleased });
  const failed = promotionProblems(plan.evaluations, checked.registry, (p) => p === path ? bytes : void 0);
  plan.problems = [...withoutSuperseded(plan.problems, failed), ...failed];
  if (failed.length) {
    plan.errors.push(`the stage's policy refuses it: ${failed.map((p) => p.rule).join(", ")}; nothing was written`);
    return plan;
  }
  plan.outcome = "change";
  return plan;
}
function nothing(plan, summary) {
  plan.outcome = "nothing-to-do";
  plan.summary = summary;
  return plan;
}
function editApplied(plan, bytes) {
  if (!bytes || !plan.file) return false;
  let value;
  try {
    value = (0, import_yaml2.parse)(new TextDecoder().decode(bytes));
  } catch {
    return false;
  }
  if (!isRecord(value)) return false;
  if (plan.verb === "promote") return plan.stage !== void 0 && own(value, plan.stage) === plan.version;
  if (plan.verb === "demote") return plan.stage !== void 0 && own(value, plan.stage) === void 0;
  return plan.version !== void 0 && isRecord(value.deprecated_versions) && own(value.deprecated_versions, plan.version) === plan.reason;
}

// src/core/promotion/stage-pull-request.ts
function stageBranch(plan) {
  if (plan.verb === "promote") return `registry/promote/${plan.model}-${plan.stage}-${plan.version}`;
  if (plan.verb === "demote") return `registry/demote/${plan.model}-${plan.stage}`;
  return `registry/deprecate/${plan.model}-${plan.version}`;
}
function stageTitle(plan) {
  if (plan.verb === "promote") return `Promote ${plan.model} ${plan.version} to ${plan.stage}`;
  if (plan.verb === "demote") return `Demote ${plan.model} ${plan.version} from ${plan.stage}`;
  return `Deprecate ${plan.model} ${plan.version}`;
}
function stageCommitMessage(plan) {
  const lines = [stageTitle(plan), ""];
  if (plan.verb === "promote" && plan.previous) lines.push(`${plan.stage} ran ${plan.previous} before.`);
  if (plan.verb === "deprecate" && plan.reason) lines.push(`Reason: ${plan.reason.replace(/[\r\n]+/g, " ")}`);
  lines.push(`Proposed by model-registry ${plan.verb}.`);
  return lines.join("\n");
}
function stageBody(plan, branch) {
  const out = [];
  const model = mdCode(plan.model);
  const version = mdText(plan.version);
  if (plan.verb === "promote") {
    out.push(
      `Puts ${model} ${version} in ${mdCode(plan.stage)}${plan.previous ? `, which runs ${mdText(plan.previous)} now` : ", which runs no version of it now"}.`
    );
  } else if (plan.verb === "demote") {
    out.push(`Takes ${model} ${version} out of ${mdCode(plan.stage)}: the stage then runs no version of ${model}.`);
  } else {
    out.push(`Deprecates ${model} ${version}: it can never be put in a stage again.`, "", `**Reason:** ${mdText(plan.reason)}`);
    if (plan.previousReason !== void 0) out.push("", `(The reason was: ${mdText(plan.previousReason)})`);
  }
  if (plan.file) out.push("", `Changes ${mdCode(plan.file.path)}${plan.file.created ? " (a new file)" : ""}.`);
  if (plan.verb !== "deprecate") out.push("", "### Stage policy", "", evaluationsMarkdown(plan.evaluations));
  out.push(
    "",
    "---",
    "",
    `Opened by \`model-registry ${plan.verb}\` on the branch ${mdCode(branch)}. The registry's checks evaluate this change again on the pull request; an owner's approving review decides \`approval\`.`
  );
  return out.join("\n");
}

// src/adapters/github/stage-change-state.ts
var MAX_STAGE_TAGS = 50;
async function readStageChangeState(octokit, repo, model) {
  let info;
  try {
    info = (await octokit.rest.repos.get({ ...repo })).data;
  } catch (error) {
    const status = httpStatus(error);
    if (status === 404 || status === 403 || status === 401) {
      throw new RegistryUnreachableError(
        `the registry repository ${repo.owner}/${repo.repo} was not found, or the token cannot read it (HTTP ${status}): check the name and the token's access`
      );
    }
    throw error;
  }
  const defaultBranch = info.default_branch;
  const head = (await octokit.rest.git.getRef({ ...repo, ref: `heads/${defaultBranch}` })).data.object.sha;
  const commit = (await octokit.rest.git.getCommit({ ...repo, commit_sha: head })).data;
  const dir = `${modelDir(model)}/`;
  const snapshot = await readRegistrySnapshot(octokit, repo, commit.tree.sha, (path) => path === "registry.yaml" || path.startsWith(dir));
  const settings = loadRegistry(snapshot).settings;
  const tags = /* @__PURE__ */ new Set();
  for (const ref of await matchingRefs(octokit, repo, `tags/${tagPrefix2(settings.tag_format, model)}`)) tags.add(ref.ref.replace(/^refs\/tags\//, ""));
  return { defaultBranch, baseSha: head, baseTreeSha: commit.tree.sha, snapshot, tags, stageHistory: { [model]: await stageEvents(octokit, repo, model) } };
}
function tagPrefix2(format, model) {
  const cut = format.indexOf("{version}");
  return format.slice(0, cut === -1 ? format.length : cut).replaceAll("{model}", model);
}
async function matchingRefs(octokit, repo, ref) {
  return octokit.paginate(octokit.rest.git.listMatchingRefs, { ...repo, ref, per_page: 100 });
}
async function stageEvents(octokit, repo, model) {
  const refs = (await matchingRefs(octokit, repo, `tags/${model}#`)).map((ref) => ({ ref, tag: parseGtoTag(ref.ref.replace(/^refs\/tags\//, "")) })).filter(({ ref, tag }) => tag?.model === model && tag.action === "assign" && ref.object.type === "tag").sort((a, b) => (b.tag?.counter ?? 0) - (a.tag?.counter ?? 0)).slice(0, MAX_STAGE_TAGS);
  const events = [];
  for (const { ref, tag } of refs) {
    const object = (await octokit.rest.git.getTag({ ...repo, tag_sha: ref.object.sha })).data;
    const version = / version '?([0-9A-Za-z.+-]+)'?\s*$/.exec(object.message.split("\n")[0])?.[1];
    if (version && tag?.stage) events.push({ stage: tag.stage, version, since: object.tagger.date, commit: object.object.sha });
  }
  return events;
}
async function readBranchFile(octokit, repo, branch, path) {
  try {
    await octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
  } catch (error) {
    if (httpStatus(error) === 404) return { exists: false };
    throw error;
  }
  try {
    const file = (await octokit.rest.repos.getContent({ ...repo, path, ref: `refs/heads/${branch}` })).data;
    if (Array.isArray(file) || file.type !== "file") return { exists: true };
    return { exists: true, bytes: await readBlob(octokit, repo, file.sha) };
  } catch (error) {
    if (httpStatus(error) === 404) return { exists: true };
    throw error;
  }
}

// src/app/propose-stage-change.ts
var MAX_ATTEMPTS2 = 3;
async function proposeStageChange(options) {
  return options.registry ? await proposeThroughApi(options, options.registry) : editWorkingTree(options);
}
function editWorkingTree(options) {
  const { root } = options;
  assertReadableRoot(root);
  const plan = planStageEdit(options.request, readSnapshot(root), { stageHistory: readStageHistory(root).history, tags: readLocalTags(root) });
  if (plan.outcome !== "change" || !plan.file) return { plan, action: plan.outcome === "refused" ? "refused" : "nothing-to-do" };
  if (options.dryRun) return { plan, action: "write" };
  writeRegistryDocument(root, plan.file.path, plan.file.content);
  return { plan, action: "write", written: plan.file.path };
}
async function proposeThroughApi(options, registry) {
  const repository = parseRepository(registry, options.serverUrl);
  if (!repository) throw new UsageError(`the registry must be a GitHub repository as owner/name; got ${JSON.stringify(registry)}`);
  if (!options.token) throw new UsageError("a token that can write to the registry repository is required with --registry");
  const repo = { owner: repository.owner, repo: repository.repo };
  const octokit = createGitHubClient(options.token, options.log);
  for (let attempt = 1; ; attempt++) {
    const remote = await readStageChangeState(octokit, repo, options.request.model);
    const plan = planStageEdit(options.request, remote.snapshot, { stageHistory: remote.stageHistory, tags: remote.tags });
    const base = { branch: remote.defaultBranch, sha: remote.baseSha };
    if (plan.outcome === "refused") return { plan, action: "refused", base };
    const branch = stageBranch(plan);
    const branchProblem = refNameProblem(`refs/heads/${branch}`);
    if (branchProblem) {
      plan.outcome = "refused";
      plan.errors.push(`the branch name ${branch} is not one git accepts (${branchProblem})`);
      return { plan, action: "refused", base };
    }
    if (plan.outcome === "nothing-to-do" || !plan.file) {
      const merged = await findPullRequest(octokit, repo, branch, remote.defaultBranch, "all");
      return { plan, action: "nothing-to-do", base, branch, pullRequest: merged && { number: merged.number, url: merged.html_url } };
    }
    const spec = { head: branch, base: remote.defaultBranch, title: stageTitle(plan), body: stageBody(plan, branch) };
    const onBranch = await readBranchFile(octokit, repo, branch, plan.file.path);
    if (onBranch.exists && !editApplied(plan, onBranch.bytes)) {
      plan.outcome = "refused";
      plan.errors.push(
        `the branch ${branch} exists with another change of ${plan.file.path}: it was not touched. Close its pull request and delete the branch, then run this again`
      );
      return { plan, action: "refused", base, branch };
    }
    const action = onBranch.exists ? "resume" : "create";
    if (options.dryRun) return { plan, action, base, branch, pullRequestSpec: spec };
    if (action === "create") {
      const created = await createBranchWithFiles(octokit, repo, branch, {
        files: [{ path: plan.file.path, content: plan.file.content }],
        message: stageCommitMessage(plan),
        baseSha: remote.baseSha,
        baseTreeSha: remote.baseTreeSha
      });
      if (created === "taken") {
        if (attempt >= MAX_ATTEMPTS2) throw new StageChangeRefusedError(`the branch ${branch} keeps being created by another run meanwhile; run this again`);
        options.log(`the branch ${branch} was created meanwhile (another run?); planning again`);
        continue;
      }
      options.log(`created the branch ${branch}`);
    } else {
      options.log(`resuming: the branch ${branch} already holds this change`);
    }
    const pr = await ensurePullRequest(octokit, repo, spec, options.log);
    return { plan, action, base, branch, pullRequestSpec: spec, pullRequest: { number: pr.number, url: pr.html_url } };
  }
}
function describeRefusal(plan, root) {
  const lines = [];
  for (const problem of [...plan.problems].filter((p) => p.severity === "error").sort(compareProblems)) {
    const text = plan.file?.path === problem.file ? plan.file.content : root ? new TextDecoder().decode(readRegistryDocument(root, problem.file)) : void 0;
    lines.push(formatProblemText(problem, text?.split(/\r?\n/)[problem.line - 1], PLAIN));
  }
  for (const error of plan.errors) lines.push(`error: ${error}`);
  return lines.join("\n");
}

// src/cli/commands/stage-change.ts
function parseTarget(text, usage) {
  if (!text) throw new UsageError(usage);
  const at = /^([^@#\s]+)@v?([^@#\s]+)$/.exec(text);
  if (at) return { model: at[1], version: at[2] };
  const hash = /^([^@#\s]+)#([^@#\s]+)$/.exec(text);
  if (hash) return { model: hash[1], stage: hash[2] };
  return { model: text };
}
function oneTarget(positionals, usage) {
  if (positionals.length > 1) throw new UsageError(`one model at a time; got ${positionals.map((p) => JSON.stringify(p)).join(" ")}. ${usage}`);
  return positionals[0];
}
async function runStageChange(request, flags, io) {
  const dryRun = Boolean(flags["dry-run"]);
  const token = flags.token ?? process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN ?? "";
  if (flags.registry && !token) {
    throw new UsageError(
      "--registry needs a token, even for --dry-run (the registry is read through the API): --token, or GITHUB_TOKEN / GH_TOKEN in the environment"
    );
  }
  if (flags.registry && flags.root) throw new UsageError("--root edits a local registry folder, --registry proposes a pull request: give one of them");
  const root = flags.root ?? ".";
  const result = await proposeStageChange({
    request,
    root,
    registry: flags.registry,
    serverUrl: process.env.GITHUB_SERVER_URL || "https://github.com",
    token,
    dryRun,
    log: (m) => io.err(terminalLines(m))
  });
  const { plan } = result;
  const show = (text) => dryRun ? io.err(text) : io.out(text);
  show(terminalLines(plan.summary));
  if (plan.verb !== "deprecate" && (plan.evaluations.length || plan.outcome === "change")) show(terminalLines(promotionsText(plan.evaluations)));
  for (const warning of plan.problems.filter((p) => p.severity === "warning"))
    show(terminalLines(`warning: ${warning.file}:${warning.line}:${warning.column} ${warning.message} [${warning.rule}]`));
  if (dryRun) {
    io.out(
      terminalJson({
        action: result.action,
        ...plan,
        ...result.base ? { base: result.base } : {},
        ...result.branch ? { branch: result.branch } : {},
        ...result.pullRequestSpec ? { pullRequest: result.pullRequestSpec } : {}
      })
    );
  }
  if (result.action === "refused")
    throw new StageChangeRefusedError(`refused, nothing was written:
${describeRefusal(plan, flags.registry ? void 0 : root)}`);
  if (dryRun) return 0;
  if (result.action === "nothing-to-do") {
    if (result.pullRequest) io.out(terminalLines(`pull request: ${result.pullRequest.url}`));
    return 0;
  }
  if (result.written) {
    const wrote = terminalLines(`wrote ${result.written}: commit it and open a pull request (the registry's check evaluates it again there)`);
    io.out(io.color ? ANSI.green(wrote) : wrote);
  }
  if (result.pullRequest) io.out(terminalLines(`pull request: ${result.pullRequest.url}`));
  return 0;
}

// src/cli/commands/promote.ts
var USAGE = "usage: model-registry promote <model>@<version> --to <stage> (or <model>#<stage> --to <stage>)";
async function promoteCommand(argv, io) {
  const { values, positionals } = parseFlags(argv, "promote");
  const target = parseTarget(oneTarget(positionals, USAGE), USAGE);
  if (target.version === void 0 && target.stage === void 0) throw new UsageError(`say which version: ${USAGE}`);
  if (!values.to) throw new UsageError(`--to <stage> is required: ${USAGE}`);
  return runStageChange({ verb: "promote", model: target.model, version: target.version, fromStage: target.stage, to: values.to }, values, io);
}

// src/cli/commands/demote.ts
var USAGE2 = "usage: model-registry demote <model> --from <stage>";
async function demoteCommand(argv, io) {
  const { values, positionals } = parseFlags(argv, "demote");
  const target = parseTarget(oneTarget(positionals, USAGE2), USAGE2);
  if (target.version !== void 0 || target.stage !== void 0) throw new UsageError(`demote takes the model's name alone: ${USAGE2}`);
  if (!values.from) throw new UsageError(`--from <stage> is required: ${USAGE2}`);
  return runStageChange({ verb: "demote", model: target.model, from: values.from }, values, io);
}

// src/cli/commands/deprecate.ts
var USAGE3 = "usage: model-registry deprecate <model>@<version> --reason TEXT";
async function deprecateCommand(argv, io) {
  const { values, positionals } = parseFlags(argv, "deprecate");
  const target = parseTarget(oneTarget(positionals, USAGE3), USAGE3);
  if (target.version === void 0) throw new UsageError(`say which version: ${USAGE3}`);
  if (!values.reason?.trim()) throw new UsageError(`--reason TEXT is required (why, and what to use instead): ${USAGE3}`);
  return runStageChange({ verb: "deprecate", model: target.model, version: target.version, reason: values.reason }, values, io);
}

// src/app/record-stages.ts
var import_yaml4 = __toESM(require_dist(), 1);

// src/core/stages/record-plan.ts
var import_semver3 = __toESM(require_semver(), 1);
var STAGE_ACTIONS = /* @__PURE__ */ new Set(["assign", "unassign"]);
function snapshotModels(input) {
  const out = /* @__PURE__ */ new Set();
  for (const model of Object.keys(input.snapshots)) {
    const stageTags = (input.existingTags[model] ?? []).filter((t) => {
      const parsed = parseGtoTag(t.name);
      return parsed?.model === model && STAGE_ACTIONS.has(parsed.action);
    });
    if (input.firstRun || stageTags.length === 0) out.add(model);
  }
  return out;
}
function planRecording(input) {
  const plan = { tags: [], deployments: [], inactive: [], skipped: [] };
  const fromSnapshot = snapshotModels(input);
  const changes = input.changes.filter((c) => !fromSnapshot.has(c.model));
  const deprecations = input.deprecations.filter((d) => !fromSnapshot.has(d.model));
  for (const model of [...fromSnapshot].sort()) {
    const snapshot = input.snapshots[model];
    const tags = input.existingTags[model] ?? [];
    const shown = shownStages(tags, model);
    for (const [stage, held] of Object.entries(snapshot.stages).sort(([a], [b]) => a.localeCompare(b))) {
      changes.push({ model, stage, from: shown.get(stage), to: held.version, commit: held.commit, date: held.date, shown: shown.get(stage) === held.version });
    }
    for (const [stage, version] of [...shown].sort(([a], [b]) => a.localeCompare(b))) {
      if (version !== void 0 && !(stage in snapshot.stages)) changes.push({ model, stage, from: version, ...snapshot.at });
    }
    const versions = Object.keys(snapshot.deprecated).sort(import_semver3.default.compare);
    versions.forEach((version, index) => {
      const d = snapshot.deprecated[version];
      deprecations.push({ model, version, ...d, allDeprecated: snapshot.allDeprecated && index === versions.length - 1 });
    });
  }
  const counters = /* @__PURE__ */ new Map();
  const counter = (model) => {
    const next = counters.get(model) ?? nextCounter(
      model,
      (input.existingTags[model] ?? []).map((t) => t.name)
    );
    counters.set(model, next + 1);
    return next;
  };
  const floors = /* @__PURE__ */ new Map();
  for (const [model, tags] of Object.entries(input.existingTags)) {
    for (const tag of tags) {
      const parsed = parseGtoTag(tag.name);
      if (!parsed?.stage || !tag.date) continue;
      const key = `${model}#${parsed.stage}`;
      floors.set(key, Math.max(floors.get(key) ?? 0, Date.parse(tag.date)));
    }
  }
  const dateAfter = (key, date) => {
    const floor = floors.get(key);
    let time = Math.floor(Date.parse(date) / 1e3) * 1e3;
    if (floor !== void 0 && time <= floor) time = Math.floor(floor / 1e3) * 1e3 + 1e3;
    floors.set(key, time);
    return new Date(time).toISOString().replace(/\.\d{3}Z$/, "Z");
  };
  const recorded = (model, match) => (input.existingTags[model] ?? []).some((t) => {
    const parsed = parseGtoTag(t.name);
    return parsed?.model === model && match(parsed, t.trailers);
  });
  const lastPerEnvironment = /* @__PURE__ */ new Map();
  for (const change of changes) {
    const action = change.to === void 0 ? "unassign" : "assign";
    const version = change.to ?? change.from;
    if (version === void 0) continue;
    lastPerEnvironment.set(`${change.model}/${change.stage}`, change);
    if (change.shown) continue;
    if (recorded(change.model, (t, trailers2) => t?.action === action && t.stage === change.stage && trailers2.changedIn === change.commit)) continue;
    const tagged = input.versionTags[`${change.model}@${version}`];
    if (!tagged) {
      plan.skipped.push({ model: change.model, stage: change.stage, version, reason: `${change.model} ${version} has no release tag yet` });
      continue;
    }
    const pr = input.pullRequests[change.commit];
    const n = counter(change.model);
    const name = action === "assign" ? stageTagName(change.model, change.stage, n) : unassignTagName(change.model, change.stage, n);
    plan.tags.push({
      name,
      model: change.model,
      action,
      stage: change.stage,
      version,
      target: tagged.commit,
      message: stageTagMessage({ model: change.model, action, stage: change.stage, version: `v${version}` }, trailers(change.commit, pr)),
      date: dateAfter(`${change.model}#${change.stage}`, change.date),
      changedIn: change.commit
    });
  }
  for (const d of deprecations) {
    const tagged = input.versionTags[`${d.model}@${d.version}`];
    const deregistered = recorded(d.model, (t) => t?.action === "deregister" && t.version === d.version);
    if (!deregistered) {
      if (!tagged) {
        plan.skipped.push({ model: d.model, version: d.version, reason: `${d.model} ${d.version} has no release tag yet` });
        continue;
      }
      plan.tags.push({
        name: deregisterTagName(d.model, d.version, counter(d.model)),
        model: d.model,
        action: "deregister",
        version: d.version,
        target: tagged.commit,
        message: stageTagMessage(
          { model: d.model, action: "deregister", version: `v${d.version}` },
          { ...trailers(d.commit, input.pullRequests[d.commit]), reason: d.reason }
        ),
        date: dateAfter(`${d.model}@v${d.version}`, d.date),
        changedIn: d.commit
      });
    }
    if (d.allDeprecated && tagged && !recorded(d.model, (t) => t?.action === "deprecate")) {
      plan.tags.push({
        name: deprecateTagName(d.model, counter(d.model)),
        model: d.model,
        action: "deprecate",
        version: d.version,
        target: tagged.commit,
        message: stageTagMessage({ model: d.model, action: "deprecate", version: `v${d.version}` }, trailers(d.commit, input.pullRequests[d.commit])),
        date: dateAfter(`${d.model}@deprecated`, d.date),
        changedIn: d.commit
      });
    }
  }
  for (const [environment, change] of lastPerEnvironment) {
    const latest = input.deployments[environment];
    if (change.to === void 0) {
      if (latest && !latest.inactive) plan.inactive.push({ environment, deploymentId: latest.id });
      continue;
    }
    const tagged = input.versionTags[`${change.model}@${change.to}`];
    if (!tagged || latest?.changedIn === change.commit) continue;
    const pr = input.pullRequests[change.commit];
    plan.deployments.push({
      environment,
      model: change.model,
      stage: change.stage,
      version: change.to,
      ref: tagged.tag,
      changedIn: change.commit,
      ...pr ? { pullRequest: pr.number } : {},
      approvers: pr?.approvers ?? [],
      productionEnvironment: change.stage === "production",
      environmentUrl: modelPageUrl(input.catalogueUrl, change.model)
    });
  }
  return plan;
}
function trailers(commit, pr) {
  return { ...pr ? { pullRequest: pr.number, approvers: pr.approvers } : {}, changedIn: commit };
}
function shownStages(tags, model) {
  const best = /* @__PURE__ */ new Map();
  for (const tag of tags) {
    const parsed = parseGtoTag(tag.name);
    if (parsed?.model !== model || !parsed.stage || !STAGE_ACTIONS.has(parsed.action)) continue;
    const counter = parsed.counter ?? 0;
    const current = best.get(parsed.stage);
    if (!current || counter > current.counter) best.set(parsed.stage, { counter, version: parsed.action === "assign" ? tag.version : void 0 });
  }
  return new Map([...best].map(([stage, { version }]) => [stage, version]));
}
function modelPageUrl(base, model) {
  if (!base || !/^https?:\/\//i.test(base)) return void 0;
  return `${base.replace(/\/+$/, "")}/models/${encodeURIComponent(model)}/`;
}
function messageVersion(message) {
  const first = message.split("\n", 1)[0];
  return /\bversion '?v?([0-9]+\.[0-9]+\.[0-9]+(?:[-+][0-9A-Za-z.+-]*)?)'?/.exec(first)?.[1];
}

// src/core/stages/stage-diff.ts
var import_yaml3 = __toESM(require_dist(), 1);
var import_semver4 = __toESM(require_semver(), 1);
function stagesOf(text) {
  return stringMap(text, (value) => value);
}
function deprecatedOf(text) {
  return stringMap(text, (value) => isRecord(value) ? value.deprecated_versions : void 0);
}
function stringMap(text, pick) {
  if (text === void 0) return {};
  let doc;
  try {
    doc = (0, import_yaml3.parse)(text, { schema: "core", uniqueKeys: false });
  } catch {
    return {};
  }
  const value = pick(doc);
  const out = {};
  if (!isRecord(value)) return out;
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === "string" || typeof item === "number") out[key] = String(item);
  }
  return out;
}
function stageDeltas(before, after) {
  const stages = [.../* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const out = [];
  for (const stage of stages) {
    const from = before[stage];
    const to = after[stage];
    if (from === to) continue;
    out.push({ stage, ...from === void 0 ? {} : { from }, ...to === void 0 ? {} : { to } });
  }
  return out;
}
function newDeprecations(before, after) {
  return Object.keys(after).filter((v) => !(v in before) && import_semver4.default.valid(v) === v).sort(import_semver4.default.compare);
}

// src/adapters/git/record-facts.ts
var MODEL_FILE2 = /^models\/([a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?)\/(stages|model)\.yaml$/;
function git(root, args, input) {
  const result = runGit(args, { cwd: root, input });
  if (result.error) throw new GitError(`git could not be run: ${result.error.message}`);
  if (result.status !== 0) throw new GitError(`git ${args[0]} failed: ${result.stderr.trim().split("\n")[0]}`);
  return result.stdout.toString("utf8");
}
function isFirstPush(root, before) {
  if (!before || /^0+$/.test(before)) return true;
  if (!/^[0-9a-f]{40,64}$/.test(before)) return true;
  return runGit(["cat-file", "-e", `${before}^{commit}`], { cwd: root }).status !== 0;
}
function readPushFacts(root, before, after) {
  const prefix = repositoryPrefix(root);
  const log = git(root, [
    "-c",
    "core.quotePath=false",
    "log",
    "--first-parent",
    "--reverse",
    "--no-renames",
    "--format=%x1e%H%x1f%cI",
    "--name-only",
    `${before}..${after}`,
    "--",
    `:(top,glob)${prefix}models/*/stages.yaml`,
    `:(top,glob)${prefix}models/*/model.yaml`
  ]);
  const commits = [];
  for (const chunk of log.split("")) {
    const lines = chunk.split("\n");
    const [commit, date] = (lines[0] ?? "").split("");
    if (!commit || !date) continue;
    const models = /* @__PURE__ */ new Set();
    for (const line of lines.slice(1)) {
      const path = line.startsWith(prefix) ? line.slice(prefix.length) : void 0;
      const match = path ? MODEL_FILE2.exec(path) : null;
      if (match) models.add(match[1]);
    }
    commits.push({ commit, date, models });
  }
  const names = [];
  for (const c of commits) {
    for (const model of c.models) {
      for (const file of ["stages", "model"]) {
        names.push(`${c.commit}^1:${prefix}models/${model}/${file}.yaml`, `${c.commit}:${prefix}models/${model}/${file}.yaml`);
      }
    }
  }
  const texts = readNamedBlobs(root, names);
  const at = (commit, model, file) => texts.get(`${commit}:${prefix}models/${model}/${file}.yaml`);
  const changes = [];
  const deprecations = [];
  const touched = /* @__PURE__ */ new Set();
  for (const c of commits) {
    for (const model of [...c.models].sort()) {
      touched.add(model);
      for (const delta of stageDeltas(stagesOf(at(`${c.commit}^1`, model, "stages")), stagesOf(at(c.commit, model, "stages")))) {
        changes.push({ model, ...delta, commit: c.commit, date: c.date });
      }
      const beforeDeprecated = deprecatedOf(at(`${c.commit}^1`, model, "model"));
      const afterDeprecated = deprecatedOf(at(c.commit, model, "model"));
      const added = newDeprecations(beforeDeprecated, afterDeprecated);
      if (!added.length) continue;
      const all = versionsAt(root, c.commit, `${prefix}models/${model}/versions`).every((v) => v in afterDeprecated);
      added.forEach(
        (version, index) => deprecations.push({
          model,
          version,
          reason: afterDeprecated[version],
          commit: c.commit,
          date: c.date,
          allDeprecated: all && index === added.length - 1
        })
      );
    }
  }
  return { changes, deprecations, models: touched };
}
function readSnapshots(root, after, models) {
  if (!models.length) return {};
  const prefix = repositoryPrefix(root);
  const date = git(root, ["show", "-s", "--format=%cI", after]).trim();
  const texts = readNamedBlobs(
    root,
    models.flatMap((m) => [`${after}:${prefix}models/${m}/stages.yaml`, `${after}:${prefix}models/${m}/model.yaml`])
  );
  const history = parseStageLog(
    git(root, [
      "-c",
      "core.quotePath=false",
      "log",
      "--first-parent",
      "--no-color",
      "--no-ext-diff",
      "--no-renames",
      "--format=%x1e%H%x1f%cI",
      "-p",
      "--unified=0",
      after,
      "--",
      ...models.map((m) => `:(top)${prefix}models/${m}/stages.yaml`)
    ])
  );
  const out = {};
  for (const model of models) {
    const stages = {};
    for (const [stage, version] of Object.entries(stagesOf(texts.get(`${after}:${prefix}models/${model}/stages.yaml`)))) {
      const event = (history[model] ?? []).find((e) => e.stage === stage && e.version === version);
      stages[stage] = { version, commit: event?.commit ?? after, date: event?.since ?? date };
    }
    const deprecatedVersions = deprecatedOf(texts.get(`${after}:${prefix}models/${model}/model.yaml`));
    const deprecated = {};
    for (const [version, reason] of Object.entries(deprecatedVersions)) deprecated[version] = { reason, commit: after, date };
    const versions = versionsAt(root, after, `${prefix}models/${model}/versions`);
    out[model] = {
      stages,
      deprecated,
      allDeprecated: versions.length > 0 && versions.every((v) => v in deprecatedVersions),
      at: { commit: after, date }
    };
  }
  return out;
}
function modelsWithState(root, after) {
  const prefix = repositoryPrefix(root);
  const out = git(root, ["ls-tree", "-r", "--name-only", "-z", "--full-tree", after, "--", `${prefix}models`]);
  const models = /* @__PURE__ */ new Set();
  for (const path of out.split("\0")) {
    const match = MODEL_FILE2.exec(path.slice(prefix.length));
    if (match && (match[2] === "stages" || match[2] === "model")) models.add(match[1]);
  }
  return [...models].sort();
}
function modelsWithLocalStageTags(root) {
  const result = runGit(["for-each-ref", "--format=%(refname:strip=2)", "refs/tags"], { cwd: root });
  const models = /* @__PURE__ */ new Set();
  if (result.status !== 0) return models;
  for (const name of result.stdout.toString("utf8").split("\n")) {
    const tag = parseGtoTag(name);
    if (tag && (tag.action === "assign" || tag.action === "unassign")) models.add(tag.model);
  }
  return models;
}
function versionsAt(root, commit, dir) {
  const result = runGit(["ls-tree", "--full-tree", "--name-only", "-z", commit, "--", `${dir}/`], { cwd: root });
  if (result.status !== 0) return [];
  return result.stdout.toString("utf8").split("\0").filter(Boolean).map((p) => p.slice(dir.length + 1));
}
function readNamedBlobs(root, names) {
  const out = /* @__PURE__ */ new Map();
  if (!names.length) return out;
  const result = runGit(["cat-file", "--batch"], { cwd: root, input: `${names.join("\n")}
` });
  if (result.error || result.status !== 0) throw new GitError(`git cat-file failed: ${result.stderr.trim().split("\n")[0]}`);
  const buffer = result.stdout;
  let offset = 0;
  for (const name of names) {
    const newline = buffer.indexOf(10, offset);
    if (newline < 0) break;
    const header = buffer.subarray(offset, newline).toString("utf8");
    offset = newline + 1;
    if (header.endsWith(" missing") || header.endsWith(" ambiguous")) continue;
    const size = Number(header.split(" ")[2]);
    if (header.split(" ")[1] === "blob") out.set(name, buffer.subarray(offset, offset + size).toString("utf8"));
    offset += size + 1;
  }
  return out;
}

// src/adapters/github/pull-request-reviews.ts
var MAX_REVIEW_PAGES = 10;
var REVIEWS_PER_PAGE = 100;
var TEAMS_UNKNOWN_REASON = "the token cannot read team membership (needs organization members: read); team approval is enforced by CODEOWNERS and branch protection";
async function readApprovalFacts(octokit, repo, request) {
  const author = request.author ?? (await octokit.rest.pulls.get({ ...repo, pull_number: request.pullNumber })).data.user.login;
  const approvers = approversOf(await readReviews(octokit, repo, request.pullNumber), author);
  const teamMembers = {};
  let unknown = false;
  for (const team of new Set(request.teams.map((t) => t.replace(/^@/, "")))) {
    const members = await approversInTeam(octokit, team, approvers);
    if (members) teamMembers[team] = members;
    else unknown = true;
  }
  return { approvers, teamMembers, ...unknown ? { teamsUnknownReason: TEAMS_UNKNOWN_REASON } : {} };
}
async function readReviews(octokit, repo, pullNumber) {
  const page = async (n) => (await octokit.rest.pulls.listReviews({ ...repo, pull_number: pullNumber, per_page: REVIEWS_PER_PAGE, page: n })).data;
  const first = await octokit.rest.pulls.listReviews({ ...repo, pull_number: pullNumber, per_page: REVIEWS_PER_PAGE, page: 1 });
  const last = lastPage(first.headers.link);
  const from = Math.max(2, last - MAX_REVIEW_PAGES + 1);
  const reviews = from === 2 ? [...first.data] : [];
  for (let n = from; n <= last; n++) reviews.push(...await page(n));
  return reviews.flatMap((r) => r.user ? [{ login: r.user.login, state: r.state, submittedAt: r.submitted_at ?? void 0 }] : []);
}
function lastPage(link) {
  const match = /<([^>]+)>;\s*rel="last"/.exec(link ?? "");
  if (!match) return 1;
  const n = Number(new URL(match[1]).searchParams.get("page"));
  return Number.isInteger(n) && n > 1 ? n : 1;
}
async function approversInTeam(octokit, team, approvers) {
  const [org, slug] = team.split("/");
  if (!org || !slug) return void 0;
  const members = [];
  for (const login of approvers) {
    try {
      const { data } = await octokit.rest.teams.getMembershipForUserInOrg({ org, team_slug: slug, username: login });
      if (data.state === "active") members.push(login);
    } catch (error) {
      if (httpStatus(error) === 404) continue;
      return void 0;
    }
  }
  return members;
}

// src/adapters/github/record-state.ts
async function readModelTags(octokit, repo, model) {
  const refs = /* @__PURE__ */ new Map();
  for (const delimiter of ["#", "@"]) {
    const { data } = await octokit.rest.git.listMatchingRefs({ ...repo, ref: `tags/${model}${delimiter}` });
    for (const ref of data) refs.set(ref.ref.replace(/^refs\/tags\//, ""), { sha: ref.object.sha, type: ref.object.type });
  }
  const tags = [];
  for (const [name, object] of refs) {
    const parsed = parseGtoTag(name);
    if (parsed?.model !== model) continue;
    if (parsed.action === "register" || object.type !== "tag") {
      tags.push({ name, trailers: {} });
      continue;
    }
    const { data } = await octokit.rest.git.getTag({ ...repo, tag_sha: object.sha });
    const version = messageVersion(data.message);
    tags.push({ name, date: data.tagger.date, trailers: parseTagTrailers(data.message), ...version ? { version } : {} });
  }
  return { tags, refs };
}
async function versionTagCommit(octokit, repo, model, tag, known) {
  const ref = known.refs.get(tag);
  if (!ref) return tag.startsWith(`${model}@`) ? void 0 : tagCommit(octokit, repo, tag);
  if (ref.type === "commit") return ref.sha;
  if (ref.type !== "tag") return void 0;
  return (await octokit.rest.git.getTag({ ...repo, tag_sha: ref.sha })).data.object.sha;
}
async function pullRequestOf(octokit, repo, commit) {
  let pulls;
  try {
    pulls = (await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: commit, per_page: 100 })).data;
  } catch (error) {
    if (httpStatus(error) === 404 || httpStatus(error) === 422) return void 0;
    throw error;
  }
  const pull = pulls.find((p) => p.merge_commit_sha === commit) ?? pulls.find((p) => p.merged_at);
  if (!pull) return void 0;
  const facts = await readApprovalFacts(octokit, repo, { pullNumber: pull.number, author: pull.user?.login, teams: [] });
  return { number: pull.number, approvers: facts.approvers };
}
async function latestDeployment(octokit, repo, environment) {
  const { data } = await octokit.rest.repos.listDeployments({ ...repo, environment, per_page: 1 });
  const latest = data[0];
  if (!latest) return void 0;
  const statuses = (await octokit.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: latest.id, per_page: 1 })).data;
  const payload = typeof latest.payload === "string" ? safeJson(latest.payload) : latest.payload;
  const changedIn = isRecord(payload) && typeof payload.changed_in === "string" ? payload.changed_in : void 0;
  return { id: latest.id, inactive: statuses[0]?.state === "inactive", ...changedIn ? { changedIn } : {} };
}
function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}

// src/app/record-stages.ts
var ATTEMPTS2 = 3;
async function recordStages(options) {
  try {
    return await record(options);
  } catch (error) {
    if (error instanceof GitHubUnreachableError && !options.dryRun)
      throw error.withAdvice("What was recorded stays recorded: run record again when GitHub can be reached, and it records the rest.");
    throw error;
  }
}
async function record(options) {
  const { root } = options;
  const after = resolveCommit(root, options.after ?? "HEAD");
  const before = options.before === void 0 || /^0+$/.test(options.before) ? void 0 : commitOrUndefined(root, options.before);
  if (options.before !== void 0 && !/^0+$/.test(options.before) && !before)
    options.log(`${options.before} is not a commit of this clone (a force push, or a shallow clone): recording what every stage holds now`);
  const firstRun = before === void 0 || isFirstPush(root, before);
  const push = firstRun ? { changes: [], deprecations: [], models: /* @__PURE__ */ new Set() } : readPushFacts(root, before, after);
  const recordedLocally = firstRun ? /* @__PURE__ */ new Set() : modelsWithLocalStageTags(root);
  const candidates = modelsWithState(root, after).filter((m) => !recordedLocally.has(m));
  const snapshots = Object.fromEntries(
    Object.entries(readSnapshots(root, after, candidates)).filter(([, s]) => Object.keys(s.stages).length > 0 || Object.keys(s.deprecated).length > 0)
  );
  const settings = registrySettings(root, after);
  const octokit = createGitHubClient(options.token, options.log, options.sleep);
  const repo = { owner: options.repository.owner, repo: options.repository.repo };
  const models = /* @__PURE__ */ new Set([...push.changes.map((c) => c.model), ...push.deprecations.map((d) => d.model), ...Object.keys(snapshots)]);
  const pullRequests = {};
  const commits = /* @__PURE__ */ new Set([...push.changes.map((c) => c.commit), ...push.deprecations.map((d) => d.commit)]);
  for (const commit of commits) pullRequests[commit] = await pullRequestOf(octokit, repo, commit);
  const plan = async () => {
    const modelTags = /* @__PURE__ */ new Map();
    for (const model of [...models].sort()) modelTags.set(model, await readModelTags(octokit, repo, model));
    const existingTags = {};
    for (const [model, read] of modelTags) existingTags[model] = read.tags;
    const base = {
      changes: push.changes,
      deprecations: push.deprecations,
      firstRun,
      snapshots,
      existingTags,
      versionTags: {},
      pullRequests,
      deployments: {},
      catalogueUrl: settings.url
    };
    const versions = /* @__PURE__ */ new Set();
    for (const c of push.changes) versions.add(`${c.model}@${c.to ?? c.from}`);
    for (const d of push.deprecations) versions.add(`${d.model}@${d.version}`);
    for (const [model, s] of Object.entries(snapshots)) {
      for (const { version } of Object.values(s.stages)) versions.add(`${model}@${version}`);
      for (const version of Object.keys(s.deprecated)) versions.add(`${model}@${version}`);
      for (const tag of existingTags[model] ?? []) if (tag.version && parseGtoTag(tag.name)?.stage) versions.add(`${model}@${tag.version}`);
    }
    for (const key of [...versions].sort()) {
      const at = key.indexOf("@");
      const [model, version] = [key.slice(0, at), key.slice(at + 1)];
      const tag = tagName(settings, model, version);
      const commit = await versionTagCommit(octokit, repo, model, tag, modelTags.get(model));
      if (commit) base.versionTags[key] = { tag, commit };
    }
    const draft = planRecording(base);
    const environments = /* @__PURE__ */ new Set([...draft.deployments.map((d) => d.environment), ...push.changes.map((c) => `${c.model}/${c.stage}`)]);
    for (const [model, s] of Object.entries(snapshots)) for (const stage of Object.keys(s.stages)) environments.add(`${model}/${stage}`);
    const deployments = {};
    for (const environment of [...environments].sort()) deployments[environment] = await latestDeployment(octokit, repo, environment);
    return { ...base, deployments };
  };
  let input = await plan();
  let current = planRecording(input);
  const recorded = { tags: [], deployments: [], inactive: [] };
  if (options.dryRun) return { plan: current, recorded, firstRun };
  for (let attempt = 1; ; attempt++) {
    try {
      const done = await executeRecordPlan(octokit, repo, current, { runUrl: options.runUrl, log: options.log });
      recorded.tags.push(...done.tags);
      recorded.deployments.push(...done.deployments);
      recorded.inactive.push(...done.inactive);
      break;
    } catch (error) {
      if (!(error instanceof TagTakenError)) throw error;
      recorded.tags.push(
        ...current.tags.slice(
          0,
          current.tags.findIndex((t) => t.name === error.tag)
        ).map((t) => t.name)
      );
      if (attempt >= ATTEMPTS2) throw new RecordConflictError(`${error.message}, ${ATTEMPTS2} times: run record again to record the rest`);
      options.log(`${error.message}: planning again with the fresh tags (attempt ${attempt + 1} of ${ATTEMPTS2})`);
      input = await plan();
      current = planRecording(input);
    }
  }
  for (const skipped of current.skipped) options.log(`not recorded yet: ${skipped.reason} (run release, then record again)`);
  return { plan: current, recorded, firstRun };
}
function commitOrUndefined(root, ref) {
  try {
    return resolveCommit(root, ref);
  } catch {
    return void 0;
  }
}
function registrySettings(root, commit) {
  const prefix = repositoryPrefix(root);
  const shown = runGit(["cat-file", "blob", `${commit}:${prefix}registry.yaml`], { cwd: root });
  let doc;
  try {
    doc = shown.status === 0 ? (0, import_yaml4.parse)(shown.stdout.toString("utf8")) : void 0;
  } catch {
    doc = void 0;
  }
  const format = isRecord(doc) ? doc.tag_format : void 0;
  const url = isRecord(doc) && typeof doc.url === "string" && /^https?:\/\//.test(doc.url) ? doc.url : void 0;
  return { tag_format: typeof format === "string" && TAG_FORMAT_RE.test(format) ? format : DEFAULT_TAG_FORMAT, ...url ? { url } : {} };
}

// src/cli/commands/record.ts
async function recordCommand(argv, io) {
  const { values, positionals } = parseFlags(argv, "record");
  const root = registryRoot("record", values.root, positionals);
  const repository = values.registry ? parseRepository(values.registry, process.env.GITHUB_SERVER_URL || "https://github.com") : void 0;
  if (!repository) throw new UsageError("--registry owner/name is required (the registry repository on GitHub)");
  for (const flag of ["before", "after"]) {
    const value = values[flag];
    if (value !== void 0 && (value.startsWith("-") || !/^[0-9A-Za-z._/@^~-]+$/.test(value)))
      throw new UsageError(`--${flag} must be a commit: got ${JSON.stringify(value)}`);
  }
  const token = values.token ?? process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN ?? "";
  if (!token)
    throw new UsageError("a token is required, even for --dry-run (GitHub is read through the API): --token, or GITHUB_TOKEN / GH_TOKEN in the environment");
  const dryRun = Boolean(values["dry-run"]);
  const result = await recordStages({
    root,
    repository,
    token,
    before: values.before,
    after: values.after,
    dryRun,
    log: (m) => io.err(terminalLines(m))
  });
  io.out(
    terminalJson(dryRun ? { firstRun: result.firstRun, plan: result.plan } : { firstRun: result.firstRun, ...result.recorded, skipped: result.plan.skipped })
  );
  return 0;
}

// src/app/report-deployment.ts
async function reportDeployment(options) {
  const parsed = parseModelRef(options.ref);
  if ("problem" in parsed) throw new UsageError(parsed.problem);
  if (parsed.ref.kind !== "version") throw new UsageError(`${options.ref}: name the exact version that was deployed, e.g. ${parsed.ref.model}@1.2.0`);
  const { model, version } = parsed.ref;
  const octokit = createGitHubClient(options.token, options.log, options.sleep);
  const repo = { owner: options.repository.owner, repo: options.repository.repo };
  const registry = options.fromGitHub ? await remoteRegistry(octokit, repo, model) : (await validateRegistry({ root: options.root })).registry;
  const { environments } = environmentSettings(registry);
  const declared = environments.find((e) => e.name === options.environment);
  if (!declared) {
    const names = environments.map((e) => e.name);
    throw new DeploymentRefusedError(
      `environment \`${options.environment}\` is not declared in registry.yaml's environments (${names.join(", ") || "none declared"})${didYouMean(options.environment, names)}: add \`${options.environment}: <stage>\` under \`environments\` there first. Nothing was written.`
    );
  }
  const entry = registry.models.get(model);
  if (!entry) throw new DeploymentRefusedError(`the registry has no model \`${model}\`${didYouMean(model, registry.models.keys())}. Nothing was written.`);
  if (!entry.versions.has(version)) {
    const versions = [...entry.versions.keys()];
    throw new DeploymentRefusedError(
      `\`${model}\` has no version ${version}${didYouMean(version, versions)} (it has ${versions.join(", ") || "none"}): report the version that was deployed. Nothing was written.`
    );
  }
  const environment = deploymentEnvironment(model, declared.name);
  const base = { model, version, environment: declared.name, stage: declared.stage, deploymentEnvironment: environment };
  const deployments = await readEnvironmentDeployments(octokit, repo, environment);
  const running = runningAt(deployments);
  if (options.undeployed) {
    if (running.version === void 0) {
      options.log(`${environment}: nothing is reported running there; nothing to mark`);
      return { ...base, outcome: "unchanged" };
    }
    if (running.version !== version)
      throw new DeploymentRefusedError(
        `${declared.name} runs ${model} ${running.version}, not ${version}: nothing was marked inactive. Name the version it runs.`
      );
    const current = deployments.find((d) => d.version === version && d.statuses.at(-1)?.state === "success");
    await markDeploymentInactive(octokit, repo, current.id, `${model} ${version} no longer runs in ${declared.name}`, options.runUrl);
    options.log(`${environment}: deployment ${current.id} of ${version} marked inactive`);
    return { ...base, outcome: "undeployed", deploymentId: current.id };
  }
  if (running.version === version) {
    options.log(`${environment}: ${version} is already reported running there (since ${running.since}); nothing written`);
    return { ...base, outcome: "unchanged" };
  }
  const tag = tagName(registry.settings, model, version);
  let id;
  try {
    id = await createSuccessfulDeployment(octokit, repo, {
      environment,
      ref: tag,
      payload: { model, version, environment: declared.name, stage: declared.stage },
      productionEnvironment: declared.stage === registry.settings.stages.at(-1),
      description: `${model} ${version} runs in ${declared.name} (${declared.stage})`,
      ...options.url ? { environmentUrl: options.url } : {},
      ...options.runUrl ? { logUrl: options.runUrl } : {}
    });
  } catch (error) {
    if (httpStatus(error) === 422)
      throw new DeploymentRefusedError(
        `${model} ${version} has no tag ${tag} in ${repo.owner}/${repo.repo} yet: release it first (command: release), then report the deployment. Nothing was written.`
      );
    throw error;
  }
  options.log(`${environment}: ${version} reported running (deployment ${id})`);
  return { ...base, outcome: "deployed", deploymentId: id };
}
async function remoteRegistry(octokit, repo, model) {
  const remote = await readRemoteModel(octokit, repo, model);
  if (!remote.snapshot)
    throw new DeploymentRefusedError(
      `the registry ${repo.owner}/${repo.repo} has no model \`${model}\` on its default branch${didYouMean(model, remote.models)}. Nothing was written.`
    );
  const registry = loadRegistry(remote.snapshot);
  if (!registry.settingsFile)
    throw new RegistryUnreachableError(`${repo.owner}/${repo.repo} has no registry.yaml on its default branch: is it the registry repository?`);
  return registry;
}

// src/cli/commands/deployed.ts
async function deployedCommand(argv, io, env = process.env) {
  const { values, positionals } = parseFlags(argv, "deployed");
  if (positionals.length !== 1) throw new UsageError("name the deployed version: model-registry deployed <model>@<version> --environment NAME");
  if (!values.environment) throw new UsageError("--environment NAME is required: the environment, as registry.yaml's environments name it");
  if (values.url !== void 0 && !isHttpUrl(values.url)) throw new UsageError(`--url must be an http(s) URL, got ${JSON.stringify(values.url)}`);
  if (values.registry !== void 0 && values.root !== void 0)
    throw new UsageError("--registry reads the registry from GitHub, --root from a folder: give one of them");
  const serverUrl = env.GITHUB_SERVER_URL || "https://github.com";
  const fullName = values.registry ?? (env.GITHUB_REPOSITORY || void 0);
  if (!fullName) throw new UsageError("--registry OWNER/NAME is required (the registry repository), unless GITHUB_REPOSITORY is it");
  const repository = parseRepository(fullName, serverUrl);
  if (!repository) throw new UsageError(`--registry must be OWNER/NAME, not ${JSON.stringify(fullName)}`);
  const token = values.token ?? env.GITHUB_TOKEN ?? env.GH_TOKEN ?? "";
  if (!token) throw new UsageError("a token that can write deployments in the registry repository is required: --token, or GITHUB_TOKEN / GH_TOKEN");
  const runUrl = env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY ? `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : void 0;
  const result = await reportDeployment({
    ref: positionals[0],
    environment: values.environment,
    url: values.url,
    undeployed: Boolean(values.undeployed),
    repository,
    fromGitHub: values.registry !== void 0,
    root: values.root ?? ".",
    token,
    runUrl,
    log: (m) => io.err(terminalLines(m))
  });
  io.out(terminalJson(result));
  return 0;
}
export {
  demoteCommand,
  deployedCommand,
  deprecateCommand,
  promoteCommand,
  recordCommand,
  registerCommand,
  releaseCommand
};
