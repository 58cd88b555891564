/**
 * The atomic, verified writer under `download`: a file gets its name only
 * when its bytes have the expected size and sha256, and never through (or
 * over) a symbolic link at the destination.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isVerified, UnsafeDestination, VerifiedFile } from '../../../../src/adapters/fs/verified-file.js';

const sha = (data: string) => createHash('sha256').update(data).digest('hex');
const BYTES = 'weights '.repeat(1000);
const EXPECTED = { size: BYTES.length, sha256: sha(BYTES) };

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'verified-file-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function writeAll(path: string, data: string) {
  const file = VerifiedFile.create(path);
  for (let i = 0; i < data.length; i += 999) file.write(Buffer.from(data.slice(i, i + 999)));
  return { file, result: file.commit(EXPECTED) };
}

describe('VerifiedFile', () => {
  it('good bytes get their name, and no temporary file is left', () => {
    const { result } = writeAll(join(dir, 'model.bin'), BYTES);
    expect(result).toBeUndefined();
    expect(readFileSync(join(dir, 'model.bin'), 'utf8')).toBe(BYTES);
    expect(readdirSync(dir)).toEqual(['model.bin']);
  });

  it('writes under a temporary name in the same folder until verified', () => {
    const file = VerifiedFile.create(join(dir, 'model.bin'));
    file.write(Buffer.from(BYTES));
    expect(readdirSync(dir)).toEqual([file.temporary.slice(dir.length + 1)]);
    expect(file.temporary).toMatch(/\/\.model\.bin\.[0-9a-f]{12}\.partial$/);
    expect(existsSync(join(dir, 'model.bin'))).toBe(false);
    file.commit(EXPECTED);
    expect(readdirSync(dir)).toEqual(['model.bin']);
  });

  it('corrupted bytes (right size, wrong sha256) never get the name', () => {
    const bad = 'x'.repeat(BYTES.length);
    const { result } = writeAll(join(dir, 'model.bin'), bad);
    expect(result).toEqual({ kind: 'sha256', got: sha(bad) });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('truncated bytes are a size mismatch, and never get the name', () => {
    const { result } = writeAll(join(dir, 'model.bin'), BYTES.slice(0, 5000));
    expect(result).toEqual({ kind: 'size', got: 5000 });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a present but wrong file is replaced by verified bytes', () => {
    writeFileSync(join(dir, 'model.bin'), 'old and wrong');
    expect(writeAll(join(dir, 'model.bin'), BYTES).result).toBeUndefined();
    expect(readFileSync(join(dir, 'model.bin'), 'utf8')).toBe(BYTES);
  });

  it('a present file is kept when the new bytes do not verify', () => {
    writeFileSync(join(dir, 'model.bin'), 'what was there');
    expect(writeAll(join(dir, 'model.bin'), 'y'.repeat(BYTES.length)).result?.kind).toBe('sha256');
    expect(readFileSync(join(dir, 'model.bin'), 'utf8')).toBe('what was there');
    expect(readdirSync(dir)).toEqual(['model.bin']);
  });

  it('refuses a symbolic link at the destination: nothing written through it, the link left alone', () => {
    const elsewhere = join(dir, 'elsewhere');
    mkdirSync(elsewhere);
    writeFileSync(join(elsewhere, 'target'), 'precious');
    const out = join(dir, 'out');
    mkdirSync(out);
    symlinkSync(join(elsewhere, 'target'), join(out, 'model.bin'));
    expect(() => VerifiedFile.create(join(out, 'model.bin'))).toThrow(UnsafeDestination);
    expect(() => VerifiedFile.create(join(out, 'model.bin'))).toThrow(/model\.bin is a symbolic link/);
    expect(readFileSync(join(elsewhere, 'target'), 'utf8')).toBe('precious');
    expect(readdirSync(out)).toEqual(['model.bin']);
  });

  it('refuses a link put at the destination while it downloaded, removing its own temporary file', () => {
    const file = VerifiedFile.create(join(dir, 'model.bin'));
    file.write(Buffer.from(BYTES));
    writeFileSync(join(dir, 'target'), 'precious');
    symlinkSync(join(dir, 'target'), join(dir, 'model.bin'));
    expect(() => file.commit(EXPECTED)).toThrow(UnsafeDestination);
    expect(readdirSync(dir).sort()).toEqual(['model.bin', 'target']);
    expect(readFileSync(join(dir, 'target'), 'utf8')).toBe('precious');
  });

  it('refuses a folder at the destination', () => {
    mkdirSync(join(dir, 'model.bin'));
    expect(() => VerifiedFile.create(join(dir, 'model.bin'))).toThrow(/is there and is not a regular file/);
  });
});

describe('isVerified (what a re-run keeps)', () => {
  it('a file of the expected size and sha256 is verified; a wrong, short or absent one is not', () => {
    const path = join(dir, 'model.bin');
    expect(isVerified(path, EXPECTED)).toBe(false);
    writeFileSync(path, BYTES);
    expect(isVerified(path, EXPECTED)).toBe(true);
    writeFileSync(path, 'z'.repeat(BYTES.length));
    expect(isVerified(path, EXPECTED)).toBe(false);
    writeFileSync(path, BYTES.slice(1));
    expect(isVerified(path, EXPECTED)).toBe(false);
    expect(isVerified(path, { sha256: sha(BYTES.slice(1)) })).toBe(true);
  });

  it('never reads through a link: a link to the right bytes is refused, not verified', () => {
    writeFileSync(join(dir, 'real'), BYTES);
    symlinkSync(join(dir, 'real'), join(dir, 'model.bin'));
    expect(() => isVerified(join(dir, 'model.bin'), EXPECTED)).toThrow(UnsafeDestination);
  });
});
