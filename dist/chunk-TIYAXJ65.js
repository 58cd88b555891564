import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runningAt
} from "./chunk-4WC46TPL.js";
import {
  deploymentEnvironment,
  isRecord,
  isValidVersion
} from "./chunk-TSDIAPAP.js";
import {
  inBatches
} from "./chunk-FH2UIHD2.js";

// src/adapters/github/environment-deployments.ts
var MAX_DEPLOYMENTS_READ = 3;
async function readEnvironmentDeployments(octokit, repo, environment) {
  const out = [];
  for (let page = 1; page <= MAX_DEPLOYMENTS_READ; page++) {
    const { data } = await octokit.rest.repos.listDeployments({ ...repo, environment, per_page: 1, page });
    const deployment = data[0];
    if (!deployment) break;
    const version = payloadVersion(deployment.payload);
    if (version === void 0) continue;
    const status = (await octokit.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: deployment.id, per_page: 1 })).data[0];
    out.push({
      id: deployment.id,
      version,
      createdAt: deployment.created_at,
      statuses: status ? [{ state: status.state, createdAt: status.created_at }] : [],
      ...status?.environment_url ? { environmentUrl: status.environment_url } : {}
    });
    if (status?.state === "success" || status?.state === "inactive") break;
  }
  return out;
}
function payloadVersion(payload) {
  let value = payload;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return void 0;
    }
  }
  return isRecord(value) && typeof value.version === "string" && isValidVersion(value.version) ? value.version : void 0;
}
async function createSuccessfulDeployment(octokit, repo, d) {
  const created = await octokit.rest.repos.createDeployment({
    ...repo,
    ref: d.ref,
    environment: d.environment,
    task: "deploy",
    auto_merge: false,
    required_contexts: [],
    production_environment: d.productionEnvironment,
    transient_environment: false,
    description: d.description.slice(0, 140),
    payload: d.payload
  });
  if (created.status !== 201 || !("id" in created.data)) throw new Error(`${d.environment}: GitHub made no deployment (${created.status})`);
  await octokit.rest.repos.createDeploymentStatus({
    ...repo,
    deployment_id: created.data.id,
    state: "success",
    description: d.description.slice(0, 140),
    ...d.environmentUrl ? { environment_url: d.environmentUrl } : {},
    ...d.logUrl ? { log_url: d.logUrl } : {},
    auto_inactive: true
  });
  return created.data.id;
}
async function markDeploymentInactive(octokit, repo, id, description, logUrl) {
  await octokit.rest.repos.createDeploymentStatus({
    ...repo,
    deployment_id: id,
    state: "inactive",
    description: description.slice(0, 140),
    ...logUrl ? { log_url: logUrl } : {}
  });
}
async function readEnvironmentsRunning(octokit, repo, models, environments) {
  const out = new Map(models.map((m) => [m, /* @__PURE__ */ new Map()]));
  const pairs = models.flatMap((model) => environments.map((environment) => ({ model, environment })));
  await inBatches(pairs, 6, async ({ model, environment }) => {
    out.get(model).set(environment, runningAt(await readEnvironmentDeployments(octokit, repo, deploymentEnvironment(model, environment))));
  });
  return out;
}

export {
  readEnvironmentDeployments,
  createSuccessfulDeployment,
  markDeploymentInactive,
  readEnvironmentsRunning
};
