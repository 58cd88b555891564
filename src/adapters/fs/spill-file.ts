/**
 * Values put aside in a temporary file and read back by number: what a large
 * build would otherwise hold in memory until it needs it (the site's page
 * data of each model, until its pages are made). Values are plain data,
 * written with V8's serialization (undefined, -0 and shared references kept).
 * The file is made at the first value, in a fresh private folder (0700, the
 * file 0600), and close() removes both.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

export class SpillFile<T> {
  private file?: { dir: string; fd: number };
  private readonly offsets: number[] = [];
  private readonly sizes: number[] = [];
  private end = 0;

  constructor(private readonly prefix = 'model-registry-') {}

  private open(): { dir: string; fd: number } {
    if (!this.file) {
      const dir = mkdtempSync(join(tmpdir(), this.prefix));
      this.file = { dir, fd: openSync(join(dir, 'spill.bin'), 'w+', 0o600) };
    }
    return this.file;
  }

  /** Writes a value; its number reads it back. */
  append(value: T): number {
    const { fd } = this.open();
    const bytes = serialize(value);
    let done = 0;
    while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done, this.end + done);
    this.offsets.push(this.end);
    this.sizes.push(bytes.length);
    this.end += bytes.length;
    return this.offsets.length - 1;
  }

  read(record: number): T {
    const size = this.sizes[record];
    const bytes = Buffer.allocUnsafe(size);
    let done = 0;
    while (done < size) {
      const n = readSync(this.open().fd, bytes, done, size - done, this.offsets[record] + done);
      if (n === 0) throw new Error(`spill file ended early (record ${record})`);
      done += n;
    }
    return deserialize(bytes) as T;
  }

  close(): void {
    if (!this.file) return;
    closeSync(this.file.fd);
    rmSync(this.file.dir, { recursive: true, force: true });
    this.file = undefined;
  }
}
