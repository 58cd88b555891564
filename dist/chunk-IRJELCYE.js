import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/errors/index.ts
var RegistryError = class extends Error {
};
var UsageError = class extends RegistryError {
  name = "UsageError";
  exitStatus = 2;
};
var UnreadableRootError = class extends RegistryError {
  name = "UnreadableRootError";
  exitStatus = 2;
};
var GitError = class extends RegistryError {
  name = "GitError";
  exitStatus = 2;
};
var SiteWriteError = class extends RegistryError {
  name = "SiteWriteError";
  exitStatus = 2;
};
var CodeownersWriteError = class extends RegistryError {
  name = "CodeownersWriteError";
  exitStatus = 2;
};
var RegisterInputError = class extends RegistryError {
  name = "RegisterInputError";
  exitStatus = 2;
};
var RegistryUnreachableError = class extends RegistryError {
  name = "RegistryUnreachableError";
  exitStatus = 2;
};
var GitHubUnreachableError = class _GitHubUnreachableError extends RegistryError {
  constructor(message, failure, request) {
    super(message);
    this.failure = failure;
    this.request = request;
  }
  failure;
  request;
  name = "GitHubUnreachableError";
  exitStatus = 2;
  /** Never set: GitHub gave no answer. Kept so code that asks `status` finds none. */
  status = void 0;
  /** The same failure, with what to do next appended (a dry run has nothing to resume). */
  withAdvice(advice) {
    return new _GitHubUnreachableError(`${this.message} ${advice}`, this.failure, this.request);
  }
};
var GitHubRequestError = class extends RegistryError {
  name = "GitHubRequestError";
  exitStatus = 1;
};
var ReleaseBlockedError = class extends RegistryError {
  name = "ReleaseBlockedError";
  exitStatus = 1;
};
var ReleaseConflictError = class extends RegistryError {
  name = "ReleaseConflictError";
  exitStatus = 1;
};
var RecordConflictError = class extends RegistryError {
  name = "RecordConflictError";
  exitStatus = 1;
};
var RegisterBlockedError = class extends RegistryError {
  constructor(message, plan) {
    super(message);
    this.plan = plan;
  }
  plan;
  name = "RegisterBlockedError";
  exitStatus = 1;
};
var RegisterConflictError = class extends RegistryError {
  name = "RegisterConflictError";
  exitStatus = 1;
};
var AutoMergeError = class extends RegistryError {
  name = "AutoMergeError";
  exitStatus = 1;
};
var ChecksumChangedError = class extends RegistryError {
  name = "ChecksumChangedError";
  exitStatus = 1;
};
var UploadError = class extends RegistryError {
  constructor(message, status, request) {
    super(message);
    this.status = status;
    this.request = request;
  }
  status;
  request;
  name = "UploadError";
  exitStatus = 1;
};
var StageChangeRefusedError = class extends RegistryError {
  name = "StageChangeRefusedError";
  exitStatus = 1;
};
var RegistryWriteError = class extends RegistryError {
  name = "RegistryWriteError";
  exitStatus = 2;
};
var RefNotFoundError = class extends RegistryError {
  name = "RefNotFoundError";
  exitStatus = 1;
};
var DownloadError = class extends RegistryError {
  name = "DownloadError";
  exitStatus = 1;
};
var CatalogueUnreadableError = class extends RegistryError {
  name = "CatalogueUnreadableError";
  exitStatus = 2;
};
var ObserveRefusedError = class extends RegistryError {
  name = "ObserveRefusedError";
  exitStatus = 1;
};
var ObserveConflictError = class extends RegistryError {
  name = "ObserveConflictError";
  exitStatus = 1;
};
var DeploymentRefusedError = class extends RegistryError {
  name = "DeploymentRefusedError";
  exitStatus = 1;
};
var ImportBlockedError = class extends RegistryError {
  name = "ImportBlockedError";
  exitStatus = 1;
};
var ImportSourceError = class extends RegistryError {
  name = "ImportSourceError";
  exitStatus = 2;
};

export {
  RegistryError,
  UsageError,
  UnreadableRootError,
  GitError,
  SiteWriteError,
  CodeownersWriteError,
  RegisterInputError,
  RegistryUnreachableError,
  GitHubUnreachableError,
  GitHubRequestError,
  ReleaseBlockedError,
  ReleaseConflictError,
  RecordConflictError,
  RegisterBlockedError,
  RegisterConflictError,
  AutoMergeError,
  ChecksumChangedError,
  UploadError,
  StageChangeRefusedError,
  RegistryWriteError,
  RefNotFoundError,
  DownloadError,
  CatalogueUnreadableError,
  ObserveRefusedError,
  ObserveConflictError,
  DeploymentRefusedError,
  ImportBlockedError,
  ImportSourceError
};
