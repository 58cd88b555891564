import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/adapters/fs/verified-file.ts
import { createHash, randomBytes } from "node:crypto";
import { closeSync, constants, fstatSync, fsyncSync, lstatSync, openSync, readSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
var UnsafeDestination = class extends Error {
};
var NOFOLLOW = constants.O_NOFOLLOW ?? 0;
var CREATE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NOFOLLOW;
function refuseUnsafeDestination(path) {
  let stat;
  try {
    stat = lstatSync(path);
  } catch (error) {
    if (error.code === "ENOENT") return;
    throw error;
  }
  if (stat.isSymbolicLink()) throw new UnsafeDestination(`${path} is a symbolic link: nothing is written through one or over it; remove it and run again`);
  if (!stat.isFile()) throw new UnsafeDestination(`${path} is there and is not a regular file: remove it and run again`);
}
function isVerified(path, expected) {
  refuseUnsafeDestination(path);
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | NOFOLLOW);
  } catch (error) {
    if (error.code === "ENOENT") return false;
    throw error;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || expected.size !== void 0 && stat.size !== expected.size) return false;
    const hash = createHash("sha256");
    const buffer = Buffer.allocUnsafe(1024 * 1024);
    let read;
    while ((read = readSync(fd, buffer, 0, buffer.length, null)) > 0) hash.update(buffer.subarray(0, read));
    return hash.digest("hex") === expected.sha256;
  } finally {
    closeSync(fd);
  }
}
var VerifiedFile = class _VerifiedFile {
  constructor(destination, temporary, fd) {
    this.destination = destination;
    this.temporary = temporary;
    this.fd = fd;
  }
  destination;
  temporary;
  /** Bytes written so far. */
  size = 0;
  hash = createHash("sha256");
  fd;
  done = false;
  /** Opens a temporary file in the destination's folder; refuses a link or a non-file at the destination. */
  static create(destination) {
    refuseUnsafeDestination(destination);
    const temporary = join(dirname(destination), `.${basename(destination).slice(0, 200)}.${randomBytes(6).toString("hex")}.partial`);
    return new _VerifiedFile(destination, temporary, openSync(temporary, CREATE, 420));
  }
  write(chunk) {
    if (this.fd === void 0) throw new Error("write after commit or discard");
    this.hash.update(chunk);
    for (let offset = 0; offset < chunk.length; ) offset += writeSync(this.fd, chunk, offset);
    this.size += chunk.length;
  }
  /**
   * Verifies what was written; when it matches, fsyncs it and renames it to
   * the destination (then fsyncs the folder). On a mismatch the temporary
   * file is removed and what differs is returned: nothing gets the name.
   */
  commit(expected) {
    if (this.fd === void 0) throw new Error("commit after commit or discard");
    const sha256 = this.hash.digest("hex");
    const mismatch = expected.size !== void 0 && this.size !== expected.size ? { kind: "size", got: this.size } : sha256 !== expected.sha256 ? { kind: "sha256", got: sha256 } : void 0;
    if (mismatch) {
      this.discard();
      return mismatch;
    }
    try {
      fsyncSync(this.fd);
      closeSync(this.fd);
      this.fd = void 0;
      refuseUnsafeDestination(this.destination);
      renameSync(this.temporary, this.destination);
      this.done = true;
    } finally {
      if (!this.done) this.discard();
    }
    syncFolder(dirname(this.destination));
    return void 0;
  }
  /** Removes the temporary file (no-op after a successful commit). */
  discard() {
    if (this.done) return;
    if (this.fd !== void 0) {
      try {
        closeSync(this.fd);
      } catch {
      }
      this.fd = void 0;
    }
    rmSync(this.temporary, { force: true });
    this.done = true;
  }
};
function syncFolder(folder) {
  try {
    const fd = openSync(folder, constants.O_RDONLY);
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
  }
}

// src/adapters/http/download-file.ts
var DownloadFailed = class extends Error {
  constructor(failure) {
    super(describe(failure));
    this.failure = failure;
  }
  failure;
};
function describe(f) {
  if (f.kind === "http") return `the server answered HTTP ${f.status}`;
  if (f.kind === "size") return `${f.announced ? "the server announces" : "got"} ${f.got} bytes, not the ${f.expected} bytes expected`;
  if (f.kind === "sha256") return `its sha256 is ${f.got}, not the expected ${f.expected}`;
  if (f.kind === "truncated")
    return `the transfer broke after ${f.got}${f.expected === void 0 ? "" : ` of ${f.expected}`} bytes${f.detail ? ` (${f.detail})` : ""}`;
  return f.message;
}
function isTransient(f) {
  if (f.kind === "network" || f.kind === "truncated") return true;
  return f.kind === "http" && (f.status === 408 || f.status === 429 || f.status >= 500);
}
function defaultRetry(env = process.env) {
  const configured = Number(env.MODEL_REGISTRY_RETRY_BASE_MS);
  const base = env.MODEL_REGISTRY_RETRY_BASE_MS !== void 0 && Number.isFinite(configured) && configured >= 0 ? configured : 1e3;
  return { attempts: 4, wait: (attempt) => new Promise((resolve) => setTimeout(resolve, base * 2 ** attempt)) };
}
var MAX_REDIRECTS = 5;
async function fetchFollowing(url, headers) {
  let current = new URL(url);
  const origin = current.origin;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    let response;
    try {
      const sent = current.origin === origin ? { ...headers, "accept-encoding": "identity" } : { "accept-encoding": "identity" };
      response = await fetch(current, { headers: sent, redirect: "manual" });
    } catch (error) {
      throw new DownloadFailed({ kind: "network", message: networkMessage(error) });
    }
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel();
      current = new URL(location, current);
      continue;
    }
    return response;
  }
  throw new DownloadFailed({ kind: "network", message: `more than ${MAX_REDIRECTS} redirects` });
}
async function fetchRetrying(url, headers, retry) {
  for (let attempt = 0; ; attempt++) {
    let failure;
    try {
      const response = await fetchFollowing(url, headers);
      if (response.ok || response.status === 404) return response;
      await response.body?.cancel();
      failure = { kind: "http", status: response.status };
    } catch (error) {
      if (!(error instanceof DownloadFailed)) throw error;
      failure = error.failure;
    }
    if (!isTransient(failure) || attempt + 1 >= retry.attempts) throw new DownloadFailed(failure);
    await retry.wait(attempt);
  }
}
async function downloadVerified(url, destination, expected, settings = {}) {
  const retry = settings.retry ?? defaultRetry();
  for (let attempt = 0; ; attempt++) {
    try {
      await downloadOnce(url, destination, expected, settings.headers ?? {});
      return;
    } catch (error) {
      if (!(error instanceof DownloadFailed) || !isTransient(error.failure) || attempt + 1 >= retry.attempts) throw error;
      settings.onRetry?.(error, attempt);
      await retry.wait(attempt);
    }
  }
}
async function downloadOnce(url, destination, expected, headers) {
  const file = VerifiedFile.create(destination);
  try {
    const response = await fetchFollowing(url, headers);
    if (!response.ok || !response.body) {
      await response.body?.cancel();
      throw new DownloadFailed({ kind: "http", status: response.status });
    }
    const announced = response.headers.get("content-length");
    const announcedSize = announced === null ? void 0 : Number(announced);
    if (expected.size !== void 0 && announcedSize !== void 0 && announcedSize !== expected.size) {
      await response.body.cancel();
      throw new DownloadFailed({ kind: "size", got: announcedSize, expected: expected.size, announced: true });
    }
    try {
      for await (const chunk of response.body) {
        if (expected.size !== void 0 && file.size + chunk.length > expected.size)
          throw new DownloadFailed({ kind: "size", got: file.size + chunk.length, expected: expected.size });
        file.write(chunk);
      }
    } catch (error) {
      if (error instanceof DownloadFailed) throw error;
      throw new DownloadFailed({ kind: "truncated", got: file.size, expected: expected.size ?? announcedSize, detail: networkMessage(error) });
    }
    if (expected.size !== void 0 && file.size < expected.size) throw new DownloadFailed({ kind: "truncated", got: file.size, expected: expected.size });
    const mismatch = file.commit(expected);
    if (mismatch?.kind === "size") throw new DownloadFailed({ kind: "size", got: mismatch.got, expected: expected.size ?? 0 });
    if (mismatch?.kind === "sha256") throw new DownloadFailed({ kind: "sha256", got: mismatch.got, expected: expected.sha256 });
  } finally {
    file.discard();
  }
}
function networkMessage(error) {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause.message : void 0;
  return cause ? `${error.message}: ${cause}` : error.message;
}

// src/adapters/fs/remove-created.ts
import { rmdirSync, rmSync as rmSync2 } from "node:fs";
import { dirname as dirname2, join as join2 } from "node:path";
function removeCreated(root, paths) {
  for (const path of [...paths].reverse()) {
    rmSync2(join2(root, path), { force: true });
    for (let folder = dirname2(path); folder.split("/").length > 1; folder = dirname2(folder)) {
      try {
        rmdirSync(join2(root, folder));
      } catch {
        break;
      }
    }
  }
}

export {
  UnsafeDestination,
  isVerified,
  DownloadFailed,
  defaultRetry,
  fetchFollowing,
  fetchRetrying,
  downloadVerified,
  removeCreated
};
