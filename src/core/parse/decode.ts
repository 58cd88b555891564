/**
 * Bytes to text, refusing what no card should be: too large, binary, not UTF-8.
 * Runs before any parser sees the file, so parsers only ever get honest text.
 */
import { MAX_DOCUMENT_BYTES } from '../format/layout.js';
import type { PendingProblem } from '../problems.js';
import { atFileStart } from '../problems.js';
import { formatBinarySize } from '../output/number-format.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export type Decoded = { text: string } | { problem: Omit<PendingProblem, 'file'> };

export function decodeDocument(bytes: Uint8Array, size = bytes.length): Decoded {
  if (size > MAX_DOCUMENT_BYTES || bytes.length > MAX_DOCUMENT_BYTES) {
    return fail(
      'file-too-large',
      `file is ${formatBinarySize(Math.max(size, bytes.length))}, over the 1 MiB limit for cards and metrics: keep large data in artifacts and list them in card.yaml`,
    );
  }
  if (bytes.indexOf(0) !== -1) {
    return fail('encoding', 'file is binary (it contains NUL bytes): cards and metrics must be UTF-8 YAML or JSON text');
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return fail('encoding', 'file is not valid UTF-8: save it with UTF-8 encoding');
  }
  if (onlyCommentsOrBlank(text)) {
    return fail('empty-file', 'file is empty: write the fields this file needs (see schemas/ for the format)');
  }
  return { text };
}

/** True when nothing but blank lines and comments: a scan, no allocation (every file passes here). */
function onlyCommentsOrBlank(text: string): boolean {
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff) i++;
    else if (c === 35 /* # */) {
      const newline = text.indexOf('\n', i);
      if (newline === -1) return true;
      i = newline + 1;
    } else return false;
  }
  return true;
}

function fail(rule: 'file-too-large' | 'encoding' | 'empty-file', message: string): Decoded {
  return { problem: { rule, severity: 'error', message, at: atFileStart() } };
}
