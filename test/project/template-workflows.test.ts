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

  it('pull-request.yml also runs on reviews, so an approval re-evaluates promotions, and no job can be skipped past the required check', () => {
    const doc = parse(readFileSync(join(WORKFLOWS, 'pull-request.yml'), 'utf8')) as {
      on: Record<string, { types?: string[] } | null>;
      permissions: Record<string, string>;
      jobs: Record<string, { if?: unknown }>;
    };
    expect(Object.keys(doc.on).sort()).toEqual(['pull_request', 'pull_request_review']);
    expect(doc.on.pull_request_review?.types).toEqual(['submitted', 'dismissed']);
    // A job skipped by `if:` counts as passed for a required status check.
    for (const [name, job] of Object.entries(doc.jobs)) expect(job.if, `job ${name}`).toBeUndefined();
    // The review event gets no more than the pull request event: read the code, write the comment.
    expect(doc.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
  });

  it('no workflow runs on pull_request_target, which would run a fork with write access and secrets', () => {
    for (const file of files) {
      const doc = parse(readFileSync(join(WORKFLOWS, file), 'utf8')) as { on: unknown };
      const events = typeof doc.on === 'string' ? [doc.on] : Array.isArray(doc.on) ? (doc.on as string[]) : Object.keys(doc.on as object);
      expect(events, file).not.toContain('pull_request_target');
    }
  });

  it("pull-request-comment.yml posts the fork's review again after a review of it, and only for forks", () => {
    const doc = parse(readFileSync(join(WORKFLOWS, 'pull-request-comment.yml'), 'utf8')) as { jobs: { comment: { if: string } } };
    const condition = doc.jobs.comment.if;
    expect(condition).toContain("github.event.workflow_run.event == 'pull_request'");
    expect(condition).toContain("github.event.workflow_run.event == 'pull_request_review'");
    expect(condition).toContain('github.event.workflow_run.head_repository.full_name != github.repository');
  });

  it('release.yml records stage changes after the release, with deployments: write only in that job', () => {
    const doc = parse(readFileSync(join(WORKFLOWS, 'release.yml'), 'utf8')) as {
      jobs: Record<string, { needs?: string; permissions?: Record<string, string>; steps?: Step[] }>;
    };
    const record = Object.values(doc.jobs).find((job) => job.steps?.some((s) => s.with?.command === 'record'));
    expect(record?.needs).toBe('release');
    expect(record?.permissions).toEqual({ contents: 'write', deployments: 'write' });
    expect(record?.steps?.find((s) => s.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth']).toBe(0);
    expect(doc.jobs.release.permissions).toEqual({ contents: 'write' });
  });

  it('pages.yml lets the site read the deployments (the Environments table) and writes only to Pages', () => {
    const doc = parse(readFileSync(join(WORKFLOWS, 'pages.yml'), 'utf8')) as { permissions: Record<string, string> };
    expect(doc.permissions).toEqual({ contents: 'read', deployments: 'read', pages: 'write', 'id-token': 'write' });
    const site = steps('pages.yml').find((s) => s.with?.command === 'site');
    // The Action's default token is the workflow's: no other token is handed to the site step.
    expect(site?.with?.token).toBeUndefined();
  });

  it('release.yml checks out the LFS content, which is what a release uploads', () => {
    const checkout = steps('release.yml').find((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.lfs).toBe(true);
  });

  it('release.yml checks out every tag (what is released) and can be run by hand with max-releases to drain a backlog, as docs/workflows.md says', () => {
    const doc = parse(readFileSync(join(WORKFLOWS, 'release.yml'), 'utf8')) as {
      on: { workflow_dispatch?: { inputs?: Record<string, { default?: string }> } };
    };
    expect(doc.on.workflow_dispatch?.inputs?.['max-releases']?.default).toBe('50');
    const release = steps('release.yml').find((s) => s.with?.command === 'release');
    expect(release?.with?.['max-releases']).toBe("${{ inputs.max-releases || '50' }}");
    expect(steps('release.yml').find((s) => s.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth']).toBe(0);
    const docs = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'workflows.md'), 'utf8');
    expect(docs).toContain('### A first release of a large registry');
    expect(docs).toMatch(/gh workflow run release\.yml -f max-releases=50/);
  });
});
