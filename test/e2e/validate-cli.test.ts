/**
 * `model-registry validate` as a user runs it: `node dist/cli.js validate …` in a
 * child process, with pipes (not a terminal) for stdout and stderr. Tests the
 * built dist/cli.js as it is; build it (`node scripts/build.mjs`) after changing
 * src/ and before running these tests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASE, loadCase, prepareCase, type Expected } from '../corpus/case-kit.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(repo, 'dist', 'cli.js');
const TEMPLATE = join(repo, 'registry-template');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

const runs = new Map<string, Run>();

/**
 * Runs the CLI the way a user types it; colour must come from TTY detection, so no NO_COLOR / FORCE_COLOR.
 * The same command on the same (unchanged) input is run once per file and its result shared by the tests.
 */
function cli(args: string[], cwd = repo, extraEnv: Record<string, string> = {}): Run {
  const key = JSON.stringify([args, cwd, extraEnv]);
  let run = runs.get(key);
  if (!run) {
    run = spawnCli(args, cwd, extraEnv);
    runs.set(key, run);
  }
  return run;
}

function spawnCli(args: string[], cwd: string, extraEnv: Record<string, string>): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  delete env.CI;
  delete env.GITHUB_ACTIONS;
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, env, encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let scratch: string;
const roots = new Map<string, string>();

/** A corpus case as a registry folder (prepared once per file). */
function caseRoot(name: string): string {
  let root = roots.get(name);
  if (!root) {
    root = join(scratch, name);
    prepareCase(name, root);
    roots.set(name, root);
  }
  return root;
}

beforeAll(() => {
  expect(existsSync(CLI), 'dist/cli.js is missing: run `node scripts/build.mjs`').toBe(true);
  scratch = mkdtempSync(join(tmpdir(), 'model-registry-cli-'));
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const ESC = '\u001b';

function hasScript(): boolean {
  return spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
}

function countTemplate(): { models: number; versions: number } {
  const models = readdirSync(join(TEMPLATE, 'models')).filter((m) => statSync(join(TEMPLATE, 'models', m)).isDirectory());
  const versions = models.reduce((n, m) => n + readdirSync(join(TEMPLATE, 'models', m, 'versions')).length, 0);
  return { models: models.length, versions };
}

interface JsonReport {
  ok: boolean;
  models: number;
  versions: number;
  problems: { file: string; line: number; column: number; severity: string; rule: string; message: string }[];
}

function parseJsonReport(stdout: string): JsonReport {
  // JSON.parse accepts exactly one value (surrounding whitespace aside): a second object or any stray text fails it.
  const report = JSON.parse(stdout) as JsonReport;
  expect(report !== null && typeof report === 'object' && !Array.isArray(report)).toBe(true);
  expect(Object.keys(report).sort()).toEqual(['models', 'ok', 'problems', 'versions']);
  expect(typeof report.ok).toBe('boolean');
  expect(Number.isInteger(report.models)).toBe(true);
  expect(Number.isInteger(report.versions)).toBe(true);
  for (const p of report.problems) {
    expect(Object.keys(p).sort()).toEqual(['column', 'file', 'line', 'message', 'rule', 'severity']);
    expect(['error', 'warning']).toContain(p.severity);
    expect(typeof p.file).toBe('string');
    expect(typeof p.rule).toBe('string');
    expect(typeof p.message).toBe('string');
    expect(Number.isInteger(p.line) && p.line >= 1).toBe(true);
    expect(Number.isInteger(p.column) && p.column >= 1).toBe(true);
  }
  return report;
}

const project = (e: Expected) => `${e.rule} ${e.file}:${e.line}${e.column === undefined ? '' : `:${e.column}`}`;

describe('exit status', () => {
  it('0 for the registry template (valid), in every format', () => {
    for (const format of ['text', 'json', 'github']) {
      const run = cli(['validate', '--root', TEMPLATE, '--format', format]);
      expect(run.status, run.stderr).toBe(0);
    }
  });

  it('0 with --root defaulting to the current folder', () => {
    const run = cli(['validate'], TEMPLATE);
    expect(run.status, run.stderr).toBe(0);
  });

  it('0 when there are only warnings', () => {
    const run = cli(['validate', '--root', caseRoot('metrics-catalogue-open')]);
    expect(run.status, run.stdout + run.stderr).toBe(0);
  });

  it('1 when there are errors', () => {
    const run = cli(['validate', '--root', caseRoot('schema-wrong-type')]);
    expect(run.status, run.stderr).toBe(1);
  });

  it('2 for a root that does not exist, with a message on stderr and nothing on stdout', () => {
    const run = cli(['validate', '--root', join(scratch, 'no-such-registry')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/no-such-registry/);
    expect(run.stdout).toBe('');
  });

  it('2 for a root that is a file, not a folder', () => {
    const file = join(scratch, 'a-file.yaml');
    writeFileSync(file, 'format: 1\n');
    expect(cli(['validate', '--root', file]).status).toBe(2);
  });

  it('2 for an unknown flag, naming it, without a stack trace', () => {
    const run = cli(['validate', '--root', TEMPLATE, '--frobnicate']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--frobnicate/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('2 for an unknown --format', () => {
    const run = cli(['validate', '--root', TEMPLATE, '--format', 'xml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/xml/);
  });

  it('2 for a --base that is not a git ref here', () => {
    const run = cli(['validate', '--root', caseRoot('schema-const'), '--base', 'no-such-branch']);
    expect(run.status).toBe(2);
  });
});

describe('--format json', () => {
  it('prints exactly one JSON object for the template: ok, counts, no errors', () => {
    const run = cli(['validate', '--root', TEMPLATE, '--format', 'json']);
    const report = parseJsonReport(run.stdout);
    expect(report.ok).toBe(true);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect({ models: report.models, versions: report.versions }).toEqual(countTemplate());
  });

  for (const name of ['schema-several', 'unexpected-file', 'yaml-syntax-and-other-file', 'invalid-version-v-prefix']) {
    it(`reports the corpus case ${name} exactly (rule, file, line, column, severity)`, () => {
      const spec = loadCase(name);
      const run = cli(['validate', '--root', caseRoot(name), '--format', 'json']);
      const report = parseJsonReport(run.stdout);
      const hasErrors = spec.expect.some((e) => (e.severity ?? 'error') === 'error');
      expect(run.status).toBe(hasErrors ? 1 : 0);
      expect(report.ok).toBe(!hasErrors);
      const reported = report.problems.map((p) => `${p.rule} ${p.file}:${p.line}:${p.column}`).sort();
      expect(reported).toEqual(spec.expect.map(project).sort());
      for (const e of spec.expect) {
        const p = report.problems.find((q) => q.rule === e.rule && q.file === e.file && q.line === e.line)!;
        expect(p.severity).toBe(e.severity ?? 'error');
      }
    });
  }

  it('uses forward slashes and root-relative paths', () => {
    const report = parseJsonReport(cli(['validate', '--root', caseRoot('schema-several'), '--format', 'json']).stdout);
    expect(report.problems.map((p) => p.file)).toEqual([
      'models/beta/versions/1.0.0/card.yaml',
      'models/beta/versions/1.0.0/card.yaml',
      'models/beta/versions/1.0.0/card.yaml',
    ]);
  });
});

describe('--format github', () => {
  const LINE = /^::(error|warning) file=([^,]*),line=(\d+),col=(\d+),title=([a-z0-9-]+)::(.*)$/;

  it('prints one workflow command per problem, matching the JSON report', () => {
    const root = caseRoot('unexpected-file');
    const json = parseJsonReport(cli(['validate', '--root', root, '--format', 'json']).stdout);
    const run = cli(['validate', '--root', root, '--format', 'github']);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(json.problems.length);
    const parsed = lines.map((l) => {
      const m = LINE.exec(l);
      expect(m, l).not.toBeNull();
      return { severity: m![1], file: m![2], line: Number(m![3]), column: Number(m![4]), rule: m![5] };
    });
    expect(parsed).toEqual(json.problems.map(({ severity, file, line, column, rule }) => ({ severity, file, line, column, rule })));
  });

  it('prints ::error with file, line, col and the rule as title', () => {
    const run = cli(['validate', '--root', caseRoot('schema-wrong-type'), '--format', 'github']);
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^::error file=models\/alpha\/model\.yaml,line=3,col=9,title=schema::\S/);
  });

  it('escapes `,` and `:` in the file property and `%` in the message, so the command cannot be cut short', () => {
    const root = join(scratch, 'escaping');
    prepareCase('schema-enum', root);
    // A model folder whose name holds a comma and a colon (invalid-name), and a relation value with a %.
    mkdirSync(join(root, 'models', 'Bad,Name:x'), { recursive: true });
    writeFileSync(join(root, 'models', 'Bad,Name:x', 'model.yaml'), 'name: bad-name\ndescription: x\nowners: ["@acme/ml"]\n');
    writeFileSync(
      join(root, 'models/alpha/versions/1.1.0/card.yaml'),
      'version: 1.1.0\ncreated: "2026-02-01T09:30:00Z"\nsummary: s\nlineage:\n  parents:\n    - model: alpha\n      version: 1.0.0\n      relation: "100% retrain"\n',
    );
    const run = cli(['validate', '--root', root, '--format', 'github']);
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n').filter((l) => l !== '');
    const name = lines.find((l) => l.includes('title=invalid-name'));
    expect(name).toBeDefined();
    expect(name).toMatch(/^::error file=models\/Bad%2CName%3Ax\/model\.yaml,line=1,col=1,title=invalid-name::/);
    const enumLine = lines.find((l) => l.includes('title=schema'));
    expect(enumLine).toMatch(/^::error file=models\/alpha\/versions\/1\.1\.0\/card\.yaml,line=8,col=17,title=schema::/);
    expect(enumLine).toContain('100%25 retrain');
    expect(enumLine!.split('::')[2]).not.toMatch(/%(?!25|0A|0D)/);
  });

  it('prints nothing for a valid registry', () => {
    const run = cli(['validate', '--root', TEMPLATE, '--format', 'github']);
    expect(run.stdout.split('\n').filter((l) => l.startsWith('::error'))).toEqual([]);
  });
});

describe('--format text (the default)', () => {
  it('shows file:line:col, the rule, the source line and a caret under the column', () => {
    const run = cli(['validate', '--root', caseRoot('schema-wrong-type')]);
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n');
    const head = lines.findIndex((l) => l.includes('models/alpha/model.yaml:3:9'));
    expect(head, run.stdout).toBeGreaterThanOrEqual(0);
    expect(lines[head]).toMatch(/error/);
    expect(lines[head]).toMatch(/schema/);
    const source = lines.findIndex((l, i) => i > head && l.includes('owners: "@acme/ml"'));
    expect(source, run.stdout).toBe(head + 1);
    const caretLine = lines[source + 1];
    // The caret sits under column 9 of the source line: the `"` of "@acme/ml".
    const sourceStart = lines[source].indexOf('owners:');
    expect(caretLine.trim()).toBe('^');
    expect(caretLine.indexOf('^')).toBe(sourceStart + 8);
    expect(lines[source][caretLine.indexOf('^')]).toBe('"');
  });

  it('puts the caret under the right character of a deeper line (metrics value at column 13)', () => {
    const run = cli(['validate', '--root', caseRoot('yaml-syntax-and-other-file')]);
    const lines = run.stdout.split('\n');
    const head = lines.findIndex((l) => l.includes('models/beta/versions/1.0.0/metrics.yaml:2:13'));
    expect(head, run.stdout).toBeGreaterThanOrEqual(0);
    expect(lines[head + 1]).toContain('latency_ms: -3.2');
    const caret = lines[head + 2].indexOf('^');
    expect(lines[head + 1][caret]).toBe('-');
  });

  it('labels warnings as warnings', () => {
    // (With a strict catalogue, the default, a misspelt metric is an error; an open one makes it a warning.)
    const run = cli(['validate', '--root', caseRoot('metrics-catalogue-open')]);
    const head = run.stdout.split('\n').find((l) => l.includes('models/beta/versions/1.0.0/metrics.yaml:4:1'));
    expect(head).toMatch(/warning/);
    expect(head).toMatch(/did you mean/);
  });

  it('uses no colour when stdout is not a terminal', () => {
    for (const args of [
      ['validate', '--root', caseRoot('schema-several')],
      ['validate', '--root', caseRoot('unknown-metric-yaml')],
      ['validate', '--root', TEMPLATE],
    ]) {
      const run = cli(args);
      expect(run.stdout.length).toBeGreaterThan(0);
      expect(run.stdout.includes(ESC), run.stdout).toBe(false);
      expect(run.stderr.includes(ESC), run.stderr).toBe(false);
    }
  });

  // The control for the test above: on a terminal (a pseudo-terminal from util-linux `script`) there is colour,
  // so its absence above is TTY detection at work, not a CLI that never colours.
  it.runIf(hasScript())('uses colour on a terminal, and not with NO_COLOR set', () => {
    const command = (extra: string) => `${extra}'${process.execPath}' '${CLI}' validate --root '${caseRoot('schema-several')}'`;
    const env = { ...process.env };
    delete env.NO_COLOR;
    delete env.FORCE_COLOR;
    const onTty = spawnSync('script', ['-qec', command(''), '/dev/null'], { encoding: 'utf8', env, timeout: 30_000 });
    expect(onTty.stdout).toContain(`${ESC}[`);
    const noColor = spawnSync('script', ['-qec', command('NO_COLOR=1 '), '/dev/null'], { encoding: 'utf8', env, timeout: 30_000 });
    expect(noColor.stdout).toContain('models/beta/versions/1.0.0/card.yaml:11:13');
    expect(noColor.stdout.includes(ESC)).toBe(false);
  });

  it('reports a valid registry as valid', () => {
    const run = cli(['validate', '--root', TEMPLATE]);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/\berror\b/);
  });
});

describe('what the summary says', () => {
  it('counts in words: 1 model, 1 version (not "1 models, 1 versions")', () => {
    const run = cli(['validate', '--root', caseRoot('valid-one-model-one-version')]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe('✓ valid: 1 model, 1 version, 0 errors, 0 warnings\n');
  });

  function gitRepo(name: string): string {
    const root = join(scratch, name);
    prepareCase('valid-one-model-one-version', root);
    const git = (...args: string[]) =>
      spawnSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
        cwd: root,
        encoding: 'utf8',
      });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'registry');
    return root;
  }

  it('in a git checkout without --base, notes once on stderr that released versions were not compared, and how to compare', () => {
    const root = gitRepo('checkout');
    const run = cli(['validate'], root);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('✓ valid: 1 model, 1 version, 0 errors, 0 warnings\n');
    expect(run.stderr).toBe(
      'note: released versions were not compared with the base branch (no --base): to check that none changed, run `model-registry validate --base origin/main`\n',
    );
    // JSON on stdout stays a report alone; the note is on stderr there too.
    const json = cli(['validate', '--format', 'json'], root);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: true, problems: [] });
    expect(json.stderr).toContain('--base origin/main');
  });

  it('says nothing of the kind with --base, or outside a git checkout', () => {
    const root = gitRepo('checkout-with-base');
    expect(cli(['validate', '--base', 'HEAD'], root)).toMatchObject({ status: 0, stderr: '' });
    expect(cli(['validate', '--root', caseRoot('valid-one-model-one-version')])).toMatchObject({ status: 0, stderr: '' });
  });
});

describe('a large registry (the parallel path)', () => {
  it('gives the same exact report with worker threads as with one thread', () => {
    // 700 models x 3 documents: above any reasonable threshold for starting workers.
    const root = join(scratch, 'large');
    cpSync(BASE, root, { recursive: true });
    const card = readFileSync(join(BASE, 'models/beta/versions/1.0.0/card.yaml'), 'utf8');
    const metrics = readFileSync(join(BASE, 'models/beta/versions/1.0.0/metrics.yaml'), 'utf8');
    const model = (name: string) => `name: ${name}\ndescription: Generated model.\nowners:\n  - "@acme/ml"\nprimary_metric: accuracy\n`;
    for (let i = 0; i < 700; i++) {
      const name = `m${String(i).padStart(3, '0')}`;
      mkdirSync(join(root, 'models', name, 'versions', '1.0.0'), { recursive: true });
      writeFileSync(join(root, 'models', name, 'model.yaml'), model(name));
      writeFileSync(join(root, 'models', name, 'versions', '1.0.0', 'card.yaml'), card);
      writeFileSync(join(root, 'models', name, 'versions', '1.0.0', 'metrics.yaml'), metrics);
    }
    writeFileSync(join(root, 'models/m007/model.yaml'), `${model('m007')}tags: [x]]\n`);
    writeFileSync(join(root, 'models/m123/versions/1.0.0/metrics.yaml'), 'accuracy: 1.5\nlatency_ms: 3.2\n');
    writeFileSync(join(root, 'models/m456/versions/1.0.0/card.yaml'), card.replace('model: alpha', 'model: nope'));
    writeFileSync(join(root, 'models/m600/model.yaml'), `${model('m600')}__proto__: {x: 1}\n`);
    writeFileSync(join(root, 'models/m650/stages.yaml'), 'prod: 1.0.0\n');
    const expected = [
      'yaml-syntax models/m007/model.yaml:6:10',
      'metric-range models/m123/versions/1.0.0/metrics.yaml:1:11',
      'unknown-parent models/m456/versions/1.0.0/card.yaml:6:14',
      'unsafe-key models/m600/model.yaml:6:1',
      'unknown-stage models/m650/stages.yaml:1:1',
    ].sort();

    const parallel = cli(['validate', '--root', root, '--format', 'json'], repo, { MODEL_REGISTRY_WORKERS: '2' });
    const single = cli(['validate', '--root', root, '--format', 'json'], repo, { MODEL_REGISTRY_WORKERS: '1' });
    for (const run of [parallel, single]) {
      expect(run.status, run.stderr).toBe(1);
      const report = parseJsonReport(run.stdout);
      expect({ models: report.models, versions: report.versions }).toEqual({ models: 702, versions: 703 });
      expect(report.problems.map((p) => `${p.rule} ${p.file}:${p.line}:${p.column}`).sort()).toEqual(expected);
    }
    expect(JSON.parse(parallel.stdout)).toEqual(JSON.parse(single.stdout));
  });
});

describe('symbolic links are never read, so never shown', () => {
  const SECRET = 'AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46c2VjcmV0';

  /** The base registry committed in a new repository, then its released metrics.json replaced by a link to a credentials file outside it. */
  function linkedMetrics(name: string): string {
    const root = join(scratch, name, 'registry');
    cpSync(BASE, root, { recursive: true });
    const git = (...args: string[]) =>
      spawnSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: root, encoding: 'utf8' });
    expect(git('init', '-q').status).toBe(0);
    git('add', '-A');
    expect(git('commit', '-q', '-m', 'released').status).toBe(0);
    const secret = join(scratch, name, 'credentials');
    writeFileSync(secret, `${SECRET}\n`);
    const metrics = join(root, 'models/alpha/versions/1.0.0/metrics.json');
    rmSync(metrics);
    symlinkSync(relative(dirname(metrics), secret), metrics);
    return root;
  }

  it('a released metrics.json linked to a credentials file: the problem is the link, and its target is printed nowhere', () => {
    const root = linkedMetrics('linked-metrics');
    for (const args of [
      ['validate', '--root', root, '--base', 'HEAD'],
      ['validate', '--root', root],
    ]) {
      for (const format of ['text', 'json', 'github']) {
        const run = cli([...args, '--format', format]);
        expect(run.status, run.stderr).toBe(1);
        expect(run.stdout + run.stderr, `${args.join(' ')} --format ${format}`).not.toContain('AUTHORIZATION');
        expect(run.stdout).toContain('symbolic-link');
      }
    }
    const text = cli(['validate', '--root', root, '--base', 'HEAD']);
    expect(text.stdout).toMatch(/^models\/alpha\/versions\/1\.0\.0\/metrics\.json:1:1: error: this is a symbolic link/m);
  });

  it('the parallel path (helper threads) reports links in every model folder and at the root', () => {
    const root = join(scratch, 'large-links');
    cpSync(BASE, root, { recursive: true });
    const card = readFileSync(join(BASE, 'models/beta/versions/1.0.0/card.yaml'), 'utf8');
    const metrics = readFileSync(join(BASE, 'models/beta/versions/1.0.0/metrics.yaml'), 'utf8');
    for (let i = 0; i < 300; i++) {
      const name = `m${String(i).padStart(3, '0')}`;
      mkdirSync(join(root, 'models', name, 'versions', '1.0.0'), { recursive: true });
      writeFileSync(join(root, 'models', name, 'model.yaml'), `name: ${name}\ndescription: Generated model.\nowners:\n  - "@acme/ml"\n`);
      writeFileSync(join(root, 'models', name, 'versions', '1.0.0', 'card.yaml'), card);
      writeFileSync(join(root, 'models', name, 'versions', '1.0.0', 'metrics.yaml'), metrics);
    }
    rmSync(join(root, 'models/m101/versions/1.0.0/card.yaml'));
    symlinkSync('../../../m100/versions/1.0.0/card.yaml', join(root, 'models/m101/versions/1.0.0/card.yaml'));
    symlinkSync(join(root, 'models/m000/versions'), join(root, 'models/m299/versions/1.0.1'));
    rmSync(join(root, 'registry.yaml'));
    mkdirSync(join(root, 'registry.yaml'));
    const expected = ['symbolic-link models/m101/versions/1.0.0/card.yaml:1:1', 'symbolic-link models/m299/versions/1.0.1:1:1', 'wrong-kind registry.yaml:1:1'];
    const parallel = cli(['validate', '--root', root, '--format', 'json'], repo, { MODEL_REGISTRY_WORKERS: '2' });
    const single = cli(['validate', '--root', root, '--format', 'json'], repo, { MODEL_REGISTRY_WORKERS: '1' });
    for (const run of [parallel, single]) {
      expect(run.status, run.stderr).toBe(1);
      const report = parseJsonReport(run.stdout);
      expect(report.problems.map((p) => `${p.rule} ${p.file}:${p.line}:${p.column}`).sort()).toEqual(expected);
    }
    expect(JSON.parse(parallel.stdout)).toEqual(JSON.parse(single.stdout));
  });
});
