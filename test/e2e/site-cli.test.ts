/**
 * `model-registry site` as users run it (the built dist/cli.js), and
 * `command: site` of the Action.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteAction } from '../../src/action/commands/site.js';
import type { ActionSettings } from '../../src/action/input-helper.js';
import { readSnapshot } from '../../src/adapters/fs/fs-snapshot.js';
import { renderSite } from '../../src/core/site/build-site.js';
import { loadRegistry } from '../../src/core/registry/load.js';
import { writeSyntheticRegistry } from '../../bench/synthetic-registry.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(repo, 'dist', 'cli.js');
let scratch: string;

function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: repo,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, SOURCE_DATE_EPOCH: '1767225600', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every path under a folder, sorted: what a run must leave as it was. */
function listing(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).sort();
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
    const run = cli([
      'site',
      '--root',
      'registry-template',
      '--out',
      out,
      '--repository',
      'acme-ml/model-registry',
      '--base-url',
      'https://models.example.com/reg/',
    ]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Wrote the catalogue of acme-ml: 4 models, 11 versions, \d+ files \([\d.]+ MB\) in /);
    expect(run.stdout).toContain(`See it whole over HTTP (python3 -m http.server -d ${JSON.stringify(out)})`);
    expect(run.stdout).toContain(`opened from a file (file://${join(out, 'index.html')})`);
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
    const run = cli(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('refuses an --out that is a symbolic link, or that leads into models/ through one, writing nothing', () => {
    const registry = join(scratch, 'out-link', 'registry');
    cpSync(join(repo, 'registry-template'), registry, { recursive: true });
    const before = listing(registry);
    // A link that looks like an outside folder but is the models/ folder.
    const linked = join(scratch, 'out-link', '_site');
    symlinkSync(join(registry, 'models'), linked);
    const direct = cli(['site', '--root', registry, '--out', linked]);
    expect(direct.status).toBe(2);
    expect(direct.stderr).toMatch(/--out .*_site is a symbolic link: give the real folder/);
    // A link further up: the folder itself does not exist yet, its real place is inside models/.
    const alias = join(scratch, 'out-link', 'alias');
    symlinkSync(registry, alias);
    const through = cli(['site', '--root', registry, '--out', join(alias, 'models', 'site')]);
    expect(through.status).toBe(2);
    expect(through.stderr).toMatch(/inside the registry's models\/ folder/);
    // The registry named through a link is still the registry folder.
    const same = cli(['site', '--root', alias, '--out', registry]);
    expect(same.status).toBe(2);
    expect(same.stderr).toMatch(/is the registry folder/);
    expect(listing(registry)).toEqual(before);
  });

  it('is in the help', () => {
    expect(cli(['help']).stdout).toMatch(/^ {2}site +write the static catalogue/m);
    expect(cli(['site', '--help']).stdout).toContain('usage: model-registry site [DIR] --out OUT [--root DIR] [--base-url URL] [--repository OWNER/NAME]');
  });
});

describe('model-registry site on a larger registry', () => {
  function files(dir: string): Map<string, string> {
    const out = new Map<string, string>();
    const walk = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(d, e.name));
        else out.set(relative(dir, join(d, e.name)), readFileSync(join(d, e.name), 'utf8'));
      }
    };
    walk(dir);
    return out;
  }

  it('writes exactly the files of the pure build, with its helper threads and without', () => {
    // Enough folders to read ahead on a thread and enough files to write on one.
    const root = join(scratch, 'larger');
    writeSyntheticRegistry(root, { models: 70, versions: 3 });
    // Lineage across models, so pages depend on other models' folders.
    const card = join(root, 'models/model-0005/versions/1.0.0/card.yaml');
    writeFileSync(
      card,
      readFileSync(card, 'utf8').replace(
        / {4}- uri: hf:\/\/acme\/base-5\n {6}revision: main\n {6}relation: fine-tune/,
        '    - model: model-0001\n      version: 1.2.0\n      relation: distill',
      ),
    );
    // And a parent in a model read later than its child: the child's pages are made before the parent is known.
    const early = join(root, 'models/model-0002/versions/1.0.0/card.yaml');
    writeFileSync(
      early,
      readFileSync(early, 'utf8').replace(
        / {4}- uri: hf:\/\/acme\/base-2\n {6}revision: main\n {6}relation: fine-tune/,
        '    - model: model-0060\n      version: 1.1.0\n      relation: distill',
      ),
    );
    const args = ['site', '--root', root, '--repository', 'acme/registry', '--base-url', 'https://models.example.com/'];
    const threaded = cli([...args, '--out', join(scratch, 'larger-threads')]);
    const single = cli([...args, '--out', join(scratch, 'larger-single')], { MODEL_REGISTRY_WORKERS: '1' });
    for (const run of [threaded, single]) {
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).toBe('');
    }

    const expected = renderSite(loadRegistry(readSnapshot(root)), {
      serverUrl: 'https://github.com',
      repository: 'acme/registry',
      baseUrl: 'https://models.example.com/',
      generatedAt: new Date(1767225600 * 1000).toISOString(),
    });
    expect(expected.size).toBeGreaterThan(500);
    // A card's links to other models' versions (its lineage), which the page's script draws: in the page's data block.
    const links = (page: string) =>
      (JSON.parse(/id="versions-data">(.*?)<\/script>/.exec(String(expected.get(page)))![1]) as { links: Record<string, string> }).links;
    expect(links('models/model-0001/versions.html')['model-0005@1.0.0']).toBe('../model-0005/versions.html#1.0.0');
    expect(links('models/model-0002/versions.html')['model-0060@1.1.0']).toBe('../model-0060/versions.html#1.1.0');
    expect(links('models/model-0060/versions.html')['model-0002@1.0.0']).toBe('../model-0002/versions.html#1.0.0');
    for (const dir of ['larger-threads', 'larger-single']) {
      const written = files(join(scratch, dir));
      expect([...written.keys()].sort(), dir).toEqual([...expected.keys()].sort());
      for (const [path, content] of expected) expect(written.get(path), `${dir}/${path}`).toBe(String(content));
    }
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
      const settings = {
        command: 'site',
        root: join(repo, 'registry-template'),
        out,
        token: '',
        comment: false,
        failOn: 'error',
        dryRun: false,
      } as ActionSettings;
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

  it('refuses an `out` that is the registry folder or a link, naming the input, and writes nothing', async () => {
    const root = join(repo, 'registry-template');
    const link = join(scratch, 'site-link');
    symlinkSync(join(scratch, 'elsewhere'), link);
    const context = { eventName: 'push', repository: { owner: 'acme-ml', repo: 'registry' }, serverUrl: 'https://github.com' };
    const settings = (out: string) => ({ command: 'site', root, out, token: '', comment: false, failOn: 'error', dryRun: false }) as ActionSettings;
    const before = listing(root);
    await expect(siteAction(settings(root), context)).rejects.toThrow(
      `input \`out\` ${root} is the registry folder: choose another folder for the site (e.g. _site)`,
    );
    await expect(siteAction(settings(join(root, 'models', 'x')), context)).rejects.toThrow(
      `input \`out\` ${join(root, 'models', 'x')} is inside the registry's models/ folder: choose another folder for the site`,
    );
    await expect(siteAction(settings(link), context)).rejects.toThrow(`input \`out\` ${link} is a symbolic link: give the real folder to write the site to`);
    expect(listing(root)).toEqual(before);
    expect(existsSync(join(scratch, 'elsewhere'))).toBe(false);
  });
});
