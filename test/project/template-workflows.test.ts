/**
 * The workflows every registry copies from registry-template/: no step may
 * leave the token in .git/config for later steps (a file a pull request
 * could link to), and every third-party action runs the exact code that was
 * reviewed, a full commit SHA, with its version in a comment for people and
 * for Dependabot.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const WORKFLOWS = join(import.meta.dirname, '..', '..', 'registry-template', '.github', 'workflows');
/**
 * This project's own action: the template ships inside its repository, so a
 * commit of it cannot name its own SHA. docs/security.md tells owners to pin
 * it to the release they adopt.
 */
const OWN_ACTION = 'model-registry/model-registry@v1';

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}

const files = readdirSync(WORKFLOWS)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();

function steps(file: string): Step[] {
  const doc = parse(readFileSync(join(WORKFLOWS, file), 'utf8')) as { jobs: Record<string, { steps?: Step[]; uses?: string }> };
  return Object.values(doc.jobs).flatMap((job) => [...(job.steps ?? []), ...(job.uses ? [{ uses: job.uses }] : [])]);
}

/** Every `uses:` line as written, comment included (the YAML parser drops comments). */
function usesLines(file: string): string[] {
  return readFileSync(join(WORKFLOWS, file), 'utf8')
    .split('\n')
    .filter((line) => /^\s*(?:-\s+)?uses:/.test(line))
    .map((line) => line.replace(/^\s*(?:-\s+)?uses:\s*/, '').trimEnd());
}

describe('the template workflows', () => {
  it('are there', () => {
    expect(files).toEqual(expect.arrayContaining(['pages.yml', 'pull-request-comment.yml', 'pull-request.yml', 'release.yml']));
  });

  for (const file of files) {
    it(`${file}: every action is pinned to a full commit SHA with its version in a comment`, () => {
      const lines = usesLines(file);
      // Every step the parser sees is one of the lines checked (none hides in a flow mapping).
      expect(lines.map((l) => l.replace(/\s+#.*$/, ''))).toEqual(
        steps(file)
          .filter((s) => s.uses)
          .map((s) => s.uses),
      );
      const unpinned = lines.filter((line) => line !== OWN_ACTION && !line.startsWith('./') && !/^[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/.test(line));
      expect(unpinned).toEqual([]);
    });

    it(`${file}: every checkout sets persist-credentials: false`, () => {
      const checkouts = steps(file).filter((s) => s.uses?.startsWith('actions/checkout@'));
      for (const step of checkouts) expect(step.with?.['persist-credentials'], `${file}: ${step.uses}`).toBe(false);
    });
  }

  it('come with a Dependabot configuration that keeps the pinned actions up to date', () => {
    const config = parse(readFileSync(join(WORKFLOWS, '..', 'dependabot.yml'), 'utf8')) as {
      version: number;
      updates: { 'package-ecosystem': string; directory: string }[];
    };
    expect(config.version).toBe(2);
    expect(config.updates).toContainEqual(expect.objectContaining({ 'package-ecosystem': 'github-actions', directory: '/' }));
  });

  it('release.yml checks out the LFS content, which is what a release uploads', () => {
    const checkout = steps('release.yml').find((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.lfs).toBe(true);
  });
});
