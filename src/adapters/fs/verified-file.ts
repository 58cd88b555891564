/**
 * A file that gets its name only once verified: the bytes go to a temporary
 * file beside the destination (created with O_EXCL | O_NOFOLLOW, hashed as
 * written, so memory stays flat whatever the size), and only bytes of the
 * expected size and sha256 are fsynced and renamed into place. A symbolic
 * link (or anything not a regular file) at the destination is refused, never
 * written through nor replaced.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, fsyncSync, lstatSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface Expected {
  size?: number;
  sha256: string;
}

export type Mismatch = { kind: 'size'; got: number } | { kind: 'sha256'; got: string };

/** Something at the destination that must not be written through or replaced. */
export class UnsafeDestination extends Error {}

const NOFOLLOW = constants.O_NOFOLLOW ?? 0;
const CREATE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NOFOLLOW;

/** Throws UnsafeDestination when `path` is a link, a folder or anything but a regular file; nothing there is fine. */
export function refuseUnsafeDestination(path: string): void {
  let stat;
  try {
    stat = lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (stat.isSymbolicLink()) throw new UnsafeDestination(`${path} is a symbolic link: nothing is written through one or over it; remove it and run again`);
  if (!stat.isFile()) throw new UnsafeDestination(`${path} is there and is not a regular file: remove it and run again`);
}

/** Whether the regular file at `path` (never read through a link) has the expected size and sha256; false when there is none. */
export function isVerified(path: string, expected: Expected): boolean {
  refuseUnsafeDestination(path);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | NOFOLLOW);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  try {
    const stat = fstatSync(fd);
    // The size first: a file of the wrong size is not hashed (a partial 2 GiB file would cost seconds).
    if (!stat.isFile() || (expected.size !== undefined && stat.size !== expected.size)) return false;
    const hash = createHash('sha256');
    const buffer = Buffer.allocUnsafe(1024 * 1024);
    let read: number;
    while ((read = readSync(fd, buffer, 0, buffer.length, null)) > 0) hash.update(buffer.subarray(0, read));
    return hash.digest('hex') === expected.sha256;
  } finally {
    closeSync(fd);
  }
}

export class VerifiedFile {
  /** Bytes written so far. */
  size = 0;
  private readonly hash = createHash('sha256');
  private fd: number | undefined;
  private done = false;

  private constructor(
    readonly destination: string,
    readonly temporary: string,
    fd: number,
  ) {
    this.fd = fd;
  }

  /** Opens a temporary file in the destination's folder; refuses a link or a non-file at the destination. */
  static create(destination: string): VerifiedFile {
    refuseUnsafeDestination(destination);
    // A leading dot and a random part: never an artifact's name (those never start with a dot), never another run's file.
    const temporary = join(dirname(destination), `.${basename(destination).slice(0, 200)}.${randomBytes(6).toString('hex')}.partial`);
    return new VerifiedFile(destination, temporary, openSync(temporary, CREATE, 0o644));
  }

  write(chunk: Uint8Array): void {
    if (this.fd === undefined) throw new Error('write after commit or discard');
    this.hash.update(chunk);
    for (let offset = 0; offset < chunk.length;) offset += writeSync(this.fd, chunk, offset);
    this.size += chunk.length;
  }

  /**
   * Verifies what was written; when it matches, fsyncs it and renames it to
   * the destination (then fsyncs the folder). On a mismatch the temporary
   * file is removed and what differs is returned: nothing gets the name.
   */
  commit(expected: Expected): Mismatch | undefined {
    if (this.fd === undefined) throw new Error('commit after commit or discard');
    const sha256 = this.hash.digest('hex');
    const mismatch: Mismatch | undefined =
      expected.size !== undefined && this.size !== expected.size
        ? { kind: 'size', got: this.size }
        : sha256 !== expected.sha256
          ? { kind: 'sha256', got: sha256 }
          : undefined;
    if (mismatch) {
      this.discard();
      return mismatch;
    }
    try {
      fsyncSync(this.fd);
      closeSync(this.fd);
      this.fd = undefined;
      // Checked again just before the rename: a link put there meanwhile is refused, not replaced.
      refuseUnsafeDestination(this.destination);
      renameSync(this.temporary, this.destination);
      this.done = true;
    } finally {
      if (!this.done) this.discard();
    }
    syncFolder(dirname(this.destination));
    return undefined;
  }

  /** Removes the temporary file (no-op after a successful commit). */
  discard(): void {
    if (this.done) return;
    if (this.fd !== undefined) {
      try {
        closeSync(this.fd);
      } catch {
        // already closed
      }
      this.fd = undefined;
    }
    rmSync(this.temporary, { force: true });
    this.done = true;
  }
}

/** The rename survives a crash only once the folder is synced; not every platform can open a folder for that. */
function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, constants.O_RDONLY);
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows cannot fsync a folder; the file itself was synced.
  }
}
