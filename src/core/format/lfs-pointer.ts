/**
 * Git LFS pointer files (https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md).
 * A checkout without LFS content holds, in place of a large artifact, a short
 * text naming the object's sha256 and size. Those are exactly what a card
 * promises, so a pointer can be checked against the card without downloading
 * anything; a release, which must upload the real bytes, refuses it.
 */

/** The object a pointer stands for: the real file's sha256 (lowercase hex) and size in bytes. */
export interface LfsPointer {
  oid: string;
  size: number;
}

/** Git LFS never treats a blob of this size or more as a pointer. */
export const LFS_POINTER_MAX_BYTES = 1024;

/** The spec's version URL, and the one of its pre-release tool, which git-lfs still reads. */
const VERSIONS = new Set(['https://git-lfs.github.com/spec/v1', 'https://hawser.github.com/spec/v1']);
const KEY = /^[a-z0-9.-]+$/;
const OID = /^sha256:([0-9a-f]{64})$/;
const SIZE = /^(?:0|[1-9][0-9]{0,15})$/;

/**
 * The pointer these bytes are, or undefined when they are not exactly one:
 * under 1024 bytes, `key value` lines each ending in a newline, `version`
 * first and known, the other keys sorted and unique, `oid sha256:<64 hex>` and
 * `size <n>` present. A pointer with extension keys (`ext-…`) is not
 * recognised: its object is not the file's content, so its oid says nothing
 * about the card's sha256.
 */
export function parseLfsPointer(bytes: Uint8Array): LfsPointer | undefined {
  // Every pointer starts with `version ` (an ordinary small artifact fails here, at its first byte).
  if (bytes.length >= LFS_POINTER_MAX_BYTES || bytes[0] !== 0x76 || bytes[bytes.length - 1] !== 0x0a) return undefined;
  // Pointers are ASCII in practice (URL, hex, digits); anything else is a real file that merely looks alike.
  for (const byte of bytes) if (byte > 0x7e || (byte < 0x20 && byte !== 0x0a)) return undefined;
  const lines = new TextDecoder().decode(bytes).slice(0, -1).split('\n');
  const values = new Map<string, string>();
  let previous = '';
  for (const [index, line] of lines.entries()) {
    const space = line.indexOf(' ');
    if (space <= 0) return undefined;
    const key = line.slice(0, space);
    const value = line.slice(space + 1);
    if (!KEY.test(key) || value === '' || value.startsWith(' ')) return undefined;
    if (index === 0 ? key !== 'version' || !VERSIONS.has(value) : key === 'version' || key <= previous) return undefined;
    if (key.startsWith('ext-')) return undefined;
    if (index > 0) previous = key;
    values.set(key, value);
  }
  const oid = OID.exec(values.get('oid') ?? '')?.[1];
  const sizeText = values.get('size') ?? '';
  if (oid === undefined || !SIZE.test(sizeText)) return undefined;
  const size = Number(sizeText);
  return Number.isSafeInteger(size) ? { oid, size } : undefined;
}
