/**
 * Every failure the registry reports to a user, in one hierarchy: each error
 * carries the exit status the CLI ends with and a fixed `name` (bundling may
 * rename classes). A front end shows any RegistryError's message and nothing
 * else; anything that is not one is a bug, reported with its stack.
 */
import type { RegisterPlan } from '../core/register/plan.js';

/** 2: could not run (usage, unreadable input, git or GitHub out of reach); 1: ran and refused (blocked, a conflict). */
type ExitStatus = 1 | 2;

export abstract class RegistryError extends Error {
  abstract override readonly name: string;
  abstract readonly exitStatus: ExitStatus;
}

// Could not run: exit status 2.

/** A wrong command-line option or Action input: says which and what it must be. */
export class UsageError extends RegistryError {
  override readonly name = 'UsageError';
  override readonly exitStatus = 2;
}

/** The registry folder cannot be read at all. */
export class UnreadableRootError extends RegistryError {
  override readonly name = 'UnreadableRootError';
  override readonly exitStatus = 2;
}

/** git could not be run, failed, or lacks a commit (a shallow clone, a pull request that could not be fetched). */
export class GitError extends RegistryError {
  override readonly name = 'GitError';
  override readonly exitStatus = 2;
}

/** The catalogue could not be written where it was asked to go (or would have gone through a link). */
export class SiteWriteError extends RegistryError {
  override readonly name = 'SiteWriteError';
  override readonly exitStatus = 2;
}

/** CODEOWNERS could not be written (a symbolic link or a non-file at its place, or no way to create its folder). */
export class CodeownersWriteError extends RegistryError {
  override readonly name = 'CodeownersWriteError';
  override readonly exitStatus = 2;
}

/** Bad inputs to register: a missing file, a pattern that matches nothing. Nothing was read from or written to GitHub. */
export class RegisterInputError extends RegistryError {
  override readonly name = 'RegisterInputError';
  override readonly exitStatus = 2;
}

/** The registry repository is not there, or the token cannot read it. */
export class RegistryUnreachableError extends RegistryError {
  override readonly name = 'RegistryUnreachableError';
  override readonly exitStatus = 2;
}

export type NetworkFailureKind = 'dns' | 'refused' | 'unreachable' | 'tls' | 'timeout' | 'reset';

export interface NetworkFailure {
  kind: NetworkFailureKind;
  /** The system's code, e.g. ENOTFOUND. */
  code: string;
  /** What happened, in words, e.g. "the name api.github.com does not resolve (DNS)". */
  text: string;
  /** A reset may go away by asking again; a name that does not resolve will not. */
  transient: boolean;
}

/** GitHub gave no answer at all (see src/adapters/github/network-error.ts). */
export class GitHubUnreachableError extends RegistryError {
  override readonly name = 'GitHubUnreachableError';
  override readonly exitStatus = 2;
  /** Never set: GitHub gave no answer. Kept so code that asks `status` finds none. */
  readonly status = undefined;
  constructor(
    message: string,
    readonly failure: NetworkFailure,
    /** Shaped like Octokit's RequestError's: where callers look for the method and address. */
    readonly request: { method: string; url: string },
  ) {
    super(message);
  }

  /** The same failure, with what to do next appended (a dry run has nothing to resume). */
  withAdvice(advice: string): GitHubUnreachableError {
    return new GitHubUnreachableError(`${this.message} ${advice}`, this.failure, this.request);
  }
}

// Ran and refused: exit status 1.

/** GitHub answered a request with an error (or cut the connection) even after retrying; what was done stays done. */
export class GitHubRequestError extends RegistryError {
  override readonly name = 'GitHubRequestError';
  override readonly exitStatus = 1;
}

/** The registry has errors, or the release plan has problems: nothing was released. */
export class ReleaseBlockedError extends RegistryError {
  override readonly name = 'ReleaseBlockedError';
  override readonly exitStatus = 1;
}

/** What GitHub holds contradicts the release (a tag elsewhere, assets the card does not list): not published. */
export class ReleaseConflictError extends RegistryError {
  override readonly name = 'ReleaseConflictError';
  override readonly exitStatus = 1;
}

/** Concurrent recordings kept taking the tag counters this run planned: what was recorded stays, a re-run records the rest. */
export class RecordConflictError extends RegistryError {
  override readonly name = 'RecordConflictError';
  override readonly exitStatus = 1;
}

/** The registration would not pass the registry's checks, or asks for a version that is taken. Nothing was written. */
export class RegisterBlockedError extends RegistryError {
  override readonly name = 'RegisterBlockedError';
  override readonly exitStatus = 1;
  constructor(
    message: string,
    /** The plan that was refused, printed by a dry run. */
    readonly plan?: RegisterPlan,
  ) {
    super(message);
  }
}

/** What GitHub holds contradicts the registration (released already, a draft with other files). */
export class RegisterConflictError extends RegistryError {
  override readonly name = 'RegisterConflictError';
  override readonly exitStatus = 1;
}

/** Auto-merge could not be enabled; the pull request is open all the same. */
export class AutoMergeError extends RegistryError {
  override readonly name = 'AutoMergeError';
  override readonly exitStatus = 1;
}

/** A file changed while it was uploaded: what GitHub got is not what was checked. */
export class ChecksumChangedError extends RegistryError {
  override readonly name = 'ChecksumChangedError';
  override readonly exitStatus = 1;
}

/**
 * An upload GitHub answered with an error, or whose connection broke. Shaped
 * like Octokit's RequestError where callers look (`status`, `request`), so it
 * is retried and reported as GitHub answering (see github/request-error.ts).
 */
export class UploadError extends RegistryError {
  override readonly name = 'UploadError';
  override readonly exitStatus = 1;
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly request: { method: string; url: string },
  ) {
    super(message);
  }
}

/** promote, demote or deprecate refused: the request, the file or the stage's policy; nothing was written. */
export class StageChangeRefusedError extends RegistryError {
  override readonly name = 'StageChangeRefusedError';
  override readonly exitStatus = 1;
}

/** A registry file could not be written in the working tree (or would have been written through a link). */
export class RegistryWriteError extends RegistryError {
  override readonly name = 'RegistryWriteError';
  override readonly exitStatus = 2;
}

/** A model reference names no model, version or stage assignment of the registry. */
export class RefNotFoundError extends RegistryError {
  override readonly name = 'RefNotFoundError';
  override readonly exitStatus = 1;
}

/** An artifact could not be downloaded and verified; nothing unverified was left under its name. */
export class DownloadError extends RegistryError {
  override readonly name = 'DownloadError';
  override readonly exitStatus = 1;
}

/** The catalogue (`resolve --catalogue`) gave no answer, or one that is not its JSON API: nothing from it was trusted. */
export class CatalogueUnreadableError extends RegistryError {
  override readonly name = 'CatalogueUnreadableError';
  override readonly exitStatus = 2;
}

/** `observe` refused: a record the registry's rules refuse, an unknown model, version or environment. Nothing was written. */
export class ObserveRefusedError extends RegistryError {
  override readonly name = 'ObserveRefusedError';
  override readonly exitStatus = 1;
}

/** `observe` could not append: the registry's default branch kept moving under every attempt. Nothing half-done was written. */
export class ObserveConflictError extends RegistryError {
  override readonly name = 'ObserveConflictError';
  override readonly exitStatus = 1;
}

/** `deployed` refused: an unknown version, an undeclared environment, a version not released or not running there. Nothing was written. */
export class DeploymentRefusedError extends RegistryError {
  override readonly name = 'DeploymentRefusedError';
  override readonly exitStatus = 1;
}

/** `import` refused: the plan has problems, a named model is not in the source, or a new model has no owners. Nothing was written. */
export class ImportBlockedError extends RegistryError {
  override readonly name = 'ImportBlockedError';
  override readonly exitStatus = 1;
}

/** The source of an import (an MLflow tracking server) gave no usable answer, even after retrying. Nothing was written. */
export class ImportSourceError extends RegistryError {
  override readonly name = 'ImportSourceError';
  override readonly exitStatus = 2;
}

/** The audit issue could not be kept: GitHub dropped its label (the token cannot label issues), so the next run could not find it. */
export class AuditIssueError extends RegistryError {
  override readonly name = 'AuditIssueError';
  override readonly exitStatus = 2;
}
