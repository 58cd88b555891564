import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/core/release/urls.ts
var seg = (s) => encodeURIComponent(s);
var releaseUrl = (r, tag) => `${r.serverUrl}/${seg(r.owner)}/${seg(r.repo)}/releases/tag/${seg(tag)}`;
var assetDownloadUrl = (r, tag, name) => `${r.serverUrl}/${seg(r.owner)}/${seg(r.repo)}/releases/download/${seg(tag)}/${seg(name)}`;
var commitUrl = (serverUrl, fullName, sha) => {
  const [owner, name] = fullName.split("/");
  return `${serverUrl}/${seg(owner)}/${seg(name)}/commit/${seg(sha)}`;
};
function parseRepository(fullName, serverUrl = "https://github.com") {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(fullName);
  return m ? { owner: m[1], repo: m[2], serverUrl: serverUrl.replace(/\/+$/, "") } : void 0;
}

export {
  releaseUrl,
  assetDownloadUrl,
  commitUrl,
  parseRepository
};
