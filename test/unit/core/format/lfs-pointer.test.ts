/**
 * Git LFS pointers: what a checkout without LFS content holds in place of a
 * large artifact. Exactly the pointers Git LFS writes (and the pre-release
 * version it still reads) are recognised; anything else is an ordinary file,
 * checked by its own bytes.
 */
import { describe, expect, it } from 'vitest';
import { LFS_POINTER_MAX_BYTES, parseLfsPointer } from '../../../../src/core/format/lfs-pointer.js';

const OID = '4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393';
const bytes = (text: string) => new TextEncoder().encode(text);
const pointer = (...lines: string[]) => bytes(lines.map((l) => `${l}\n`).join(''));
const V1 = 'version https://git-lfs.github.com/spec/v1';

describe('parseLfsPointer', () => {
  it('reads the pointer git lfs writes: the object sha256 and size', () => {
    expect(parseLfsPointer(pointer(V1, `oid sha256:${OID}`, 'size 12345'))).toEqual({ oid: OID, size: 12345 });
  });

  it('reads the pre-release version URL, an empty object, and extra sorted keys', () => {
    expect(parseLfsPointer(pointer('version https://hawser.github.com/spec/v1', `oid sha256:${OID}`, 'size 0'))).toEqual({ oid: OID, size: 0 });
    expect(parseLfsPointer(pointer(V1, 'a-note x', `oid sha256:${OID}`, 'size 7', 'z.key y'))).toEqual({ oid: OID, size: 7 });
  });

  it('refuses a wrong or missing version', () => {
    expect(parseLfsPointer(pointer('version https://git-lfs.github.com/spec/v2', `oid sha256:${OID}`, 'size 1'))).toBeUndefined();
    expect(parseLfsPointer(pointer('version https://Git-LFS.github.com/spec/v1', `oid sha256:${OID}`, 'size 1'))).toBeUndefined();
    expect(parseLfsPointer(pointer(`oid sha256:${OID}`, V1, 'size 1'))).toBeUndefined();
    expect(parseLfsPointer(pointer(`oid sha256:${OID}`, 'size 1'))).toBeUndefined();
  });

  it('refuses a pointer of 1024 bytes or more, even when well formed', () => {
    const padded = (length: number) => {
      const head = `${V1}\naaa `;
      const tail = `\noid sha256:${OID}\nsize 1\n`;
      return bytes(head + 'x'.repeat(length - head.length - tail.length) + tail);
    };
    expect(padded(LFS_POINTER_MAX_BYTES - 1)).toHaveLength(1023);
    expect(parseLfsPointer(padded(LFS_POINTER_MAX_BYTES - 1))).toEqual({ oid: OID, size: 1 });
    expect(parseLfsPointer(padded(LFS_POINTER_MAX_BYTES))).toBeUndefined();
  });

  it('refuses malformed pointers', () => {
    const cases: Record<string, Uint8Array> = {
      empty: bytes(''),
      'no final newline': bytes(`${V1}\noid sha256:${OID}\nsize 1`),
      'CRLF line ends': bytes(`${V1}\r\noid sha256:${OID}\r\nsize 1\r\n`),
      'two spaces': pointer(V1, `oid  sha256:${OID}`, 'size 1'),
      'a blank line': pointer(V1, '', `oid sha256:${OID}`, 'size 1'),
      'unsorted keys': pointer(V1, 'size 1', `oid sha256:${OID}`),
      'a repeated key': pointer(V1, `oid sha256:${OID}`, `oid sha256:${OID}`, 'size 1'),
      'an upper-case key': pointer(V1, `OID sha256:${OID}`, 'size 1'),
      'no oid': pointer(V1, 'size 1'),
      'no size': pointer(V1, `oid sha256:${OID}`),
      'another hash': pointer(V1, `oid sha1:${OID.slice(0, 40)}`, 'size 1'),
      'a short oid': pointer(V1, `oid sha256:${OID.slice(1)}`, 'size 1'),
      'an upper-case oid': pointer(V1, `oid sha256:${OID.toUpperCase()}`, 'size 1'),
      'a negative size': pointer(V1, `oid sha256:${OID}`, 'size -1'),
      'a fractional size': pointer(V1, `oid sha256:${OID}`, 'size 1.5'),
      'a size with leading zeros': pointer(V1, `oid sha256:${OID}`, 'size 01'),
      'an unsafe size': pointer(V1, `oid sha256:${OID}`, 'size 9007199254740993'),
      'an extension (the object is not the file)': pointer(V1, 'ext-0-foo sha256:' + OID, `oid sha256:${OID}`, 'size 1'),
      'non-ASCII bytes': pointer(V1, `oid sha256:${OID}`, 'size 1', 'zz é'),
      'binary bytes': new Uint8Array([...pointer(V1, `oid sha256:${OID}`, 'size 1'), 0, 10]),
    };
    for (const [name, input] of Object.entries(cases)) expect(parseLfsPointer(input), name).toBeUndefined();
  });
});
