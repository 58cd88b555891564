/**
 * Command lines the registry writes for people to copy (the release notes'
 * download lines, the catalogue's checksum lines) hold each value as exactly
 * one shell word, checked by a real shell: a hostile tag cannot add a command.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../../../src/core/registry/load.js';
import { releaseNotes } from '../../../../src/core/release/notes.js';
import { shellQuote } from '../../../../src/core/text/shell-quote.js';
import { validateSnapshot } from '../../../../src/core/validate.js';

const HOSTILE = ["m@v1.0.0';touch pwned;'", 'm@v1.0.0$(touch pwned)', 'm@v1.0.0`touch pwned`', 'm@v1.0.0|sh', 'm@v1.0.0;rm -rf ~', 'it\'s "quoted" \\ $HOME *'];

/** The words bash makes of `line` (with `gh`/`cd` replaced by a printer), and whether it ran anything else. */
function shellWords(line: string): string[] {
  const cwd = mkdtempSync(join(tmpdir(), 'shell-words-'));
  const result = spawnSync('bash', ['-c', `words() { printf '%s\\0' "$@"; }; ${line}`], { encoding: 'utf8', cwd });
  expect(result.stderr).toBe('');
  expect(readdirSync(cwd), 'files an injected command made').toEqual([]);
  rmSync(cwd, { recursive: true });
  return result.stdout.split('\0').slice(0, -1);
}

function snapshot(files: Record<string, string>) {
  return { entries: Object.entries(files).map(([path, text]) => ({ path, type: 'file' as const, size: Buffer.byteLength(text), bytes: Buffer.from(text) })) };
}

describe('release notes', () => {
  const registry = loadRegistry(
    snapshot({
      'registry.yaml': 'format: 1\nname: r\n',
      'models/m/model.yaml': "name: m\ndescription: d\nowners: ['@o']\n",
      'models/m/versions/1.0.0/card.yaml': 'version: 1.0.0\ncreated: "2026-01-01T00:00:00Z"\nsummary: s\n',
      'models/m/versions/1.0.0/metrics.yaml': 'accuracy: 0.9\n',
    }),
  );
  const version = registry.models.get('m')!.versions.get('1.0.0')!;
  const notes = (tag: string) =>
    releaseNotes({ registry, version, assets: [], external: [], repository: { owner: 'acme', repo: 'models', serverUrl: 'https://github.com' }, tag });

  it.each(HOSTILE)('the download lines keep the tag %j one word', (tag) => {
    const lines = notes(tag).split('\n');
    const download = lines.find((l) => l.startsWith('gh release download '))!;
    const cd = lines.find((l) => l.startsWith('cd '))!;
    expect(shellWords(download.replace(/^gh release download /, 'words '))).toEqual([tag, '--repo', 'acme/models', '--dir', tag]);
    expect(shellWords(cd.replace(/^cd /, 'words ').replace(/ && sha256sum -c SHA256SUMS$/, ''))).toEqual([tag]);
    expect(cd).toMatch(/ && sha256sum -c SHA256SUMS$/);
  });

  it('plain tags stay unquoted', () => {
    expect(notes('m@v1.0.0')).toContain('gh release download m@v1.0.0 --repo acme/models --dir m@v1.0.0\ncd m@v1.0.0 && sha256sum -c SHA256SUMS');
  });
});

describe('shellQuote', () => {
  it.each([...HOSTILE, '', "'", "''", 'a b', '\n'])('makes one word of %j', (text) => {
    expect(shellWords(`words ${shellQuote(text)}`)).toEqual([text]);
  });
});

describe('tag_format', () => {
  it.each([
    "{model}'@v{version}",
    '{model}@v{version};id',
    '{model}@v$(id){version}',
    '{model}|{version}',
    '{model}@v`id`{version}',
    '{model} {version}',
    '{model}@{version}#x',
    '{model}@v{version}!',
  ])('refuses %j: only characters safe in a git ref and a shell word', (format) => {
    const { report } = validateSnapshot(snapshot({ 'registry.yaml': `format: 1\nname: r\ntag_format: ${JSON.stringify(format)}\n` }));
    expect(report.problems.map((p) => [p.rule, p.file, p.line])).toEqual([['schema', 'registry.yaml', 3]]);
  });

  it.each(['{model}@v{version}', 'models/{model}/{version}', '{model}-{version}', 'release_{model}+{version}'])('accepts %j', (format) => {
    const { report } = validateSnapshot(snapshot({ 'registry.yaml': `format: 1\nname: r\ntag_format: ${JSON.stringify(format)}\n` }));
    expect(report.problems).toEqual([]);
  });
});
