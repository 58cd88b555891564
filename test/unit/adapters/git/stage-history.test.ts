/**
 * The catalogue's stage history: `git log -p` of the stages.yaml files, parsed
 * into promotions, newest first.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStageLog, readStageHistory } from '../../../../src/adapters/git/stage-history.js';

describe('stage history from git', () => {
  it('parses `git log -p` of stages.yaml files into events, newest first', () => {
    const sha1 = '1'.repeat(40);
    const sha2 = '2'.repeat(40);
    const log = [
      `\x1e${sha2}\x1f2026-04-02T10:00:00+00:00`,
      'diff --git a/reg/models/m/stages.yaml b/reg/models/m/stages.yaml',
      '--- a/reg/models/m/stages.yaml',
      '+++ b/reg/models/m/stages.yaml',
      '@@ -2 +2 @@',
      '-production: 1.0.0',
      '+production: "1.1.0" # promoted',
      `\x1e${sha1}\x1f2026-03-01T10:00:00+00:00`,
      'diff --git a/reg/models/m/stages.yaml b/reg/models/m/stages.yaml',
      '+++ b/reg/models/m/stages.yaml',
      '@@ -0,0 +1,2 @@',
      '+# yaml-language-server: $schema=x',
      '+production: 1.0.0',
      '+staging: 1.1.0',
    ].join('\n');
    expect(parseStageLog(log)).toEqual({
      m: [
        { stage: 'production', version: '1.1.0', since: '2026-04-02T10:00:00+00:00', commit: sha2 },
        { stage: 'production', version: '1.0.0', since: '2026-03-01T10:00:00+00:00', commit: sha1 },
        { stage: 'staging', version: '1.1.0', since: '2026-03-01T10:00:00+00:00', commit: sha1 },
      ],
    });
  });

  it('reads a real repository, and gives nothing outside one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'site-history-'));
    try {
      const git = (...args: string[]) =>
        spawnSync('git', args, { cwd: dir, env: { ...process.env, GIT_AUTHOR_DATE: '2026-01-02T03:04:05Z', GIT_COMMITTER_DATE: '2026-01-02T03:04:05Z' } });
      expect(readStageHistory(dir)).toMatchObject({ history: {}, available: false });
      git('init', '-q');
      git('config', 'user.email', 't@example.com');
      git('config', 'user.name', 'T');
      mkdirSync(join(dir, 'models', 'm'), { recursive: true });
      writeFileSync(join(dir, 'models', 'm', 'stages.yaml'), 'production: 1.0.0\n');
      git('add', '.');
      git('commit', '-qm', 'promote');
      const { history, available } = readStageHistory(dir);
      expect(available).toBe(true);
      expect(history.m).toEqual([
        { stage: 'production', version: '1.0.0', since: '2026-01-02T03:04:05+00:00', commit: expect.stringMatching(/^[0-9a-f]{40}$/) },
      ]);
      // Up to a commit (a pull request's base): what came after it is not in its history; a rev that is no commit id gives none.
      const first = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).stdout.trim();
      writeFileSync(join(dir, 'models', 'm', 'stages.yaml'), 'production: 1.1.0\n');
      git('commit', '-qam', 'promote again');
      expect(readStageHistory(dir).history.m.map((e) => e.version)).toEqual(['1.1.0', '1.0.0']);
      expect(readStageHistory(dir, first).history.m.map((e) => e.version)).toEqual(['1.0.0']);
      expect(readStageHistory(dir, '--all')).toMatchObject({ history: {}, available: false });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
