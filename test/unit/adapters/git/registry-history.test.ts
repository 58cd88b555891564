/**
 * What git knows of the registry's past, read from a real repository: the
 * annotated tags (as GTO writes them; lightweight ones ignored, as GTO does),
 * stage changes from stages.yaml, deprecations from model.yaml and the
 * commits that added the cards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseTagRefs, readRegistryHistory } from '../../../../src/adapters/git/registry-history.js';
import { parseStageChanges } from '../../../../src/adapters/git/stage-history.js';
import { GitRepo } from '../../../support/git-repo.js';

const repos: GitRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

const MODEL = 'name: m\ndescription: A model.\nowners: ["@alice"]\n';

describe('registry history from git', () => {
  it('reads annotated tags with tagger date, target and message, and stage, deprecation and card history', () => {
    const repo = GitRepo.fromFolder(
      { 'registry.yaml': 'format: 1\nname: r\n', 'models/m/model.yaml': MODEL, 'models/m/versions/1.0.0/card.yaml': 'summary: one\n' },
      { subdir: 'registry' },
    );
    repos.push(repo);
    const first = repo.sha();
    repo.write('models/m/stages.yaml', 'production: 1.0.0\n');
    const promoted = repo.commit('Promote m 1.0.0');
    repo.write('models/m/versions/1.1.0/card.yaml', 'summary: two\n');
    repo.write('models/m/stages.yaml', 'production: "1.0.0" # re-quoted: no change\nstaging: 1.1.0\n');
    const added = repo.commit('Add m 1.1.0 to staging');
    repo.write('models/m/stages.yaml', 'production: 1.0.0\n');
    repo.write('models/m/model.yaml', `${MODEL}deprecated_versions:\n  1.1.0: >-\n    Leaks\n    PII.\n`);
    const demoted = repo.commit('Demote staging, deprecate 1.1.0');
    const date = { GIT_COMMITTER_DATE: '2026-02-03T04:05:06+01:00' };
    repo.git(['tag', '-a', 'm@v1.0.0', '-m', 'Registering artifact m version 1.0.0', first], { env: date });
    repo.git(
      ['tag', '-a', 'm#production#1', '-m', `Assigning stage production to artifact m version 1.0.0\n\nPull-Request: 12\nChanged-In: ${promoted}`, first],
      {
        env: date,
      },
    );
    repo.git(['tag', 'm#staging#2', added]); // lightweight: GTO ignores it, and so does the history

    const history = readRegistryHistory(repo.root);
    expect(history.available).toBe(true);
    expect(history.shallow).toBe(false);
    expect(history.facts.tags).toEqual([
      {
        name: 'm#production#1',
        date: '2026-02-03T04:05:06+01:00',
        target: first,
        message: expect.stringContaining(`Pull-Request: 12\nChanged-In: ${promoted}`),
      },
      { name: 'm@v1.0.0', date: '2026-02-03T04:05:06+01:00', target: first, message: 'Registering artifact m version 1.0.0\n' },
    ]);
    expect(history.facts.stageChanges.map(({ date: _, ...c }) => c)).toEqual([
      { model: 'm', stage: 'staging', from: '1.1.0', commit: demoted },
      { model: 'm', stage: 'staging', version: '1.1.0', commit: added },
      { model: 'm', stage: 'production', version: '1.0.0', commit: promoted },
    ]);
    expect(history.facts.deprecations).toEqual([{ model: 'm', version: '1.1.0', commit: demoted, date: expect.any(String), reason: 'Leaks PII.' }]);
    expect(history.facts.registrations.map((r) => [r.version, r.commit])).toEqual([
      ['1.1.0', added],
      ['1.0.0', first],
    ]);
    // The catalogue's stage events come from the same log, as before: every added line.
    expect(history.stageEvents.m.map((e) => [e.stage, e.version, e.commit])).toEqual([
      ['production', '1.0.0', demoted],
      ['production', '1.0.0', added],
      ['staging', '1.1.0', added],
      ['production', '1.0.0', promoted],
    ]);
  });

  it('has no history outside a repository, and says when the clone is shallow', () => {
    const repo = GitRepo.fromFolder({ 'registry.yaml': 'format: 1\nname: r\n', 'models/m/stages.yaml': 'production: 1.0.0\n' });
    repos.push(repo);
    repo.write('models/m/stages.yaml', 'production: 1.1.0\n');
    repo.commit('Promote');
    const clone = repo.checkoutLikeActions('refs/heads/main');
    repos.push(clone);
    expect(readRegistryHistory(clone.root)).toMatchObject({ available: true, shallow: true });
    const outside = mkdtempSync(join(tmpdir(), 'no-repository-'));
    try {
      expect(readRegistryHistory(outside)).toMatchObject({ available: false, facts: { tags: [], stageChanges: [] } });
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('parses records of for-each-ref, leaving out lightweight tags and tags of trees or blobs', () => {
    const c = 'c'.repeat(40);
    const out = [
      `refs/tags/a\0tag\0D\0${c}\0commit\0Message\nwith lines\n\0`,
      `\nrefs/tags/b\0commit\0D\0\0\0light\0`,
      `\nrefs/tags/c\0tag\0D\0${'d'.repeat(40)}\0tree\0tree tag\0\n`,
    ].join('');
    expect(parseTagRefs(out)).toEqual([{ name: 'a', date: 'D', target: c, message: 'Message\nwith lines\n' }]);
  });

  it('reads a deleted stages.yaml as every stage removed', () => {
    const sha = 'a'.repeat(40);
    const log = [
      `\x1e${sha}\x1f2026-01-01T00:00:00Z`,
      'diff --git a/models/m/stages.yaml b/models/m/stages.yaml',
      'deleted file mode 100644',
      '--- a/models/m/stages.yaml',
      '+++ /dev/null',
      '@@ -1,2 +0,0 @@',
      '-production: 1.0.0',
      '-staging: 1.1.0',
    ].join('\n');
    expect(parseStageChanges(log)).toEqual([
      { model: 'm', stage: 'production', from: '1.0.0', commit: sha, date: '2026-01-01T00:00:00Z' },
      { model: 'm', stage: 'staging', from: '1.1.0', commit: sha, date: '2026-01-01T00:00:00Z' },
    ]);
  });
});
