/**
 * The catalogue's writer: files into folders, never outside the output folder
 * or through a symbolic link, with and without its helper thread.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeSite } from '../../../../src/adapters/fs/site-writer.js';
import { SiteWriteError } from '../../../../src/errors/index.js';

// The helper thread runs its bundled entry, as in the Action and the CLI (npm run build writes it).
const workerFile = fileURLToPath(new URL('../../../../dist/write-worker.js', import.meta.url));

describe('site writer', () => {
  it.each([false, true])('writes files into folders and refuses paths that leave the folder (helper thread: %s)', async (thread) => {
    const dir = mkdtempSync(join(tmpdir(), 'site-writer-'));
    try {
      const out = join(dir, 'out');
      const result = await writeSite(
        out,
        new Map<string, string | Uint8Array>([
          ['a/b/c.html', 'x'],
          ['d.json', new Uint8Array([1, 2])],
        ]),
        { thread, workerFile },
      );
      expect(result).toEqual({ files: 2, bytes: 3 });
      expect(readFileSync(join(out, 'a/b/c.html'), 'utf8')).toBe('x');
      for (const bad of ['../escape.html', '/etc/x', 'a/../../x', 'a//b', './a']) {
        await expect(writeSite(out, [[bad, 'x']], { thread, workerFile })).rejects.toThrow(SiteWriteError);
      }
      mkdirSync(join(dir, 'elsewhere'));
      symlinkSync(join(dir, 'elsewhere'), join(out, 'link'));
      await expect(writeSite(out, [['link/x.html', 'x']], { thread, workerFile })).rejects.toThrow(/leads outside/);
      expect(existsSync(join(dir, 'elsewhere', 'x.html'))).toBe(false);
      symlinkSync(join(dir, 'target.txt'), join(out, 'file.html'));
      await expect(writeSite(out, [['file.html', 'x']], { thread, workerFile })).rejects.toThrow(/symbolic link/);
      expect(existsSync(join(dir, 'target.txt'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([false, true])('writes pages given in pieces, and files larger than its buffer, byte for byte (helper thread: %s)', async (thread) => {
    const dir = mkdtempSync(join(tmpdir(), 'site-writer-'));
    try {
      const big = 'é–✓'.repeat(600_000);
      const files: [string, string | string[]][] = [
        ...Array.from({ length: 300 }, (_, i) => [`p/${i % 10}/${i}.html`, ['<p>', `page ${i} – ✓`, '</p>']] as [string, string[]]),
        ['big.html', [big, 'end']],
        ['after.html', 'short'],
      ];
      const result = await writeSite(dir, files, { thread, workerFile });
      expect(result.files).toBe(302);
      expect(readFileSync(join(dir, 'p/9/299.html'), 'utf8')).toBe('<p>page 299 – ✓</p>');
      expect(readFileSync(join(dir, 'big.html'), 'utf8')).toBe(`${big}end`);
      // The reused buffer leaves nothing of a longer file in a shorter one.
      expect(readFileSync(join(dir, 'after.html'), 'utf8')).toBe('short');
      expect(result.bytes).toBe(files.reduce((n, [, c]) => n + Buffer.byteLength(Array.isArray(c) ? c.join('') : c), 0));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
