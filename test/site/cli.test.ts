/**
 * `model-registry site` as users run it (the built dist/cli.js), and
 * `command: site` of the Action.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteAction } from '../../src/action/commands/site.js';
import type { ActionSettings } from '../../src/action/input-helper.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(repo, 'dist', 'cli.js');
let scratch: string;

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: repo, encoding: 'utf8', timeout: 60_000, env: { ...process.env, SOURCE_DATE_EPOCH: '1767225600' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  expect(existsSync(CLI), 'dist/cli.js is missing: run `node scripts/build.mjs`').toBe(true);
  scratch = mkdtempSync(join(tmpdir(), 'site-cli-'));
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('model-registry site', () => {
  it('writes the catalogue and says where to open it', () => {
    const out = join(scratch, 'site');
    const run = cli(['site', '--root', 'registry-template', '--out', out, '--repository', 'acme-ml/model-registry', '--base-url', 'https://models.example.com/reg/']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Wrote the catalogue of acme-ml: 4 models, 11 versions, \d+ files \([\d.]+ MB\) in /);
    expect(run.stdout).toContain(`Open ${join(out, 'index.html')} in a browser (file://${join(out, 'index.html')})`);
    const index = JSON.parse(readFileSync(join(out, 'api', 'index.json'), 'utf8'));
    expect(index.registry).toMatchObject({ repository: 'acme-ml/model-registry', generated_at: '2026-01-01T00:00:00.000Z' });
    expect(index.models[0].api_url).toBe('https://models.example.com/reg/api/models/churn-gbm.json');
    // The same input gives the same files (SOURCE_DATE_EPOCH fixes the build time).
    const again = join(scratch, 'again');
    cli(['site', '--root', 'registry-template', '--out', again, '--repository', 'acme-ml/model-registry', '--base-url', 'https://models.example.com/reg/']);
    for (const file of ['index.html', 'models/churn-gbm/index.html', 'api/models/churn-gbm.json', 'feed.xml']) {
      expect(readFileSync(join(again, file), 'utf8'), file).toBe(readFileSync(join(out, file), 'utf8'));
    }
  });

  it.each([
    [['site', '--root', 'registry-template'], /--out DIR is required/],
    [['site', '--root', 'registry-template', '--out', 'registry-template'], /is the registry folder/],
    [['site', '--root', 'registry-template', '--out', 'registry-template/models/x'], /inside the registry's models\/ folder/],
    [['site', '--root', 'registry-template', '--out', '/tmp/x', '--base-url', 'javascript:alert(1)'], /--base-url must be an http\(s\) URL/],
    [['site', '--root', 'registry-template', '--out', '/tmp/x', '--repository', 'not a repo'], /--repository must be owner\/name/],
    [['site', '--root', '/nonexistent/registry', '--out', '/tmp/x'], /does not exist/],
  ])('refuses %j with exit status 2', (args, message) => {
    const run = cli(args as string[]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message as RegExp);
  });

  it('is in the help', () => {
    expect(cli(['help']).stdout).toContain('model-registry site     --out DIR [--root DIR] [--base-url URL] [--repository OWNER/NAME]');
  });
});

describe('command: site (the Action)', () => {
  it('writes the catalogue into `out` with release links to the workflow repository', async () => {
    const out = join(scratch, '_site');
    const summary = join(scratch, 'summary.md');
    writeFileSync(summary, '');
    const saved = { ...process.env };
    process.env.GITHUB_STEP_SUMMARY = summary;
    process.env.GITHUB_OUTPUT = join(scratch, 'output.txt');
    writeFileSync(process.env.GITHUB_OUTPUT, '');
    try {
      const settings = { command: 'site', root: join(repo, 'registry-template'), out, token: '', comment: false, failOn: 'error', dryRun: false } as ActionSettings;
      await siteAction(settings, { eventName: 'push', repository: { owner: 'acme-ml', repo: 'registry' }, serverUrl: 'https://github.example.com' });
    } finally {
      process.env = saved;
    }
    const production = JSON.parse(readFileSync(join(out, 'api', 'models', 'churn-gbm', 'production.json'), 'utf8'));
    expect(production.release_url).toBe('https://github.example.com/acme-ml/registry/releases/tag/churn-gbm%40v2.0.0');
    // registry.yaml's url, as no base-url input was given.
    expect(production.html_url).toBe('https://acme-ml.github.io/model-registry/models/churn-gbm/versions.html#2.0.0');
    expect(readFileSync(summary, 'utf8')).toContain('4 models and 11 versions');
    expect(readFileSync(join(scratch, 'output.txt'), 'utf8')).toContain(out);
  });
});
