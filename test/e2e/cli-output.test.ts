/**
 * What the CLI (the committed dist/cli.js, as a user runs it) writes to a
 * terminal or a CI log when the registry is hostile: control characters in
 * names and titles never reach the output raw (no terminal escape sequence, no
 * line that starts a workflow command), a reader that stops early (`| head`)
 * ends the command quietly, and names that are no git ref (`a..b`) are
 * refused before the catalogue or a release can trip on them.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE } from '../corpus/case-kit.js';
import { runAction } from '../support/action-runner.js';

const repo = join(import.meta.dirname, '..', '..');
const CLI = join(repo, 'dist', 'cli.js');
const TEMPLATE = join(repo, 'registry-template');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], cwd = repo): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', GITHUB_API_URL: 'http://127.0.0.1:9' };
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, env, encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every control character but the line break and the tab, DEL, C1, bidirectional controls. */

const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** `commands`: the output is workflow commands (validate --format github): one per line, each ours. */
function expectSafe(output: string, what: string, commands = false): void {
  expect(output, `${what}: a raw control character`).not.toMatch(UNSAFE);
  for (const line of output.split('\n').filter(Boolean)) {
    if (commands) expect(line, `${what}: one command per line`).toMatch(/^::(?:error|warning) file=[^:]*,line=\d+,col=\d+,title=[a-z-]+::/);
    else expect(line.trim(), `${what}: a line the Actions runner reads as a command`).not.toMatch(/^(?:::|##\[)/);
  }
}

let scratch: string;
let hostile: string;

/** Registry name, folder names, a stage value and a stray file name holding escapes and workflow commands. */
const REGISTRY_NAME = 'corpus\n::error file=README.md::forged\u001b]0;pwned\u0007 \u202Eexe.txt\u009b2J';
const MODEL_FOLDER = '::warning::evil\u001b[2J';
const STRAY_FILE = 'notes\u001b[31m\r::error::forged.txt';

function git(cwd: string, ...args: string[]): string {
  return spawnSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
  }).stdout.trim();
}

beforeAll(() => {
  expect(existsSync(CLI), 'dist/cli.js is missing: run `npm run build`').toBe(true);
  scratch = mkdtempSync(join(tmpdir(), 'model-registry-cli-output-'));
  hostile = join(scratch, 'hostile');
  cpSync(BASE, hostile, { recursive: true });
  git(hostile, 'init', '-q', '-b', 'main');
  git(hostile, 'add', '-A');
  git(hostile, 'commit', '-qm', 'base');
  const settings = readFileSync(join(hostile, 'registry.yaml'), 'utf8').replace('name: corpus', `name: ${JSON.stringify(REGISTRY_NAME)}`);
  writeFileSync(join(hostile, 'registry.yaml'), settings);
  mkdirSync(join(hostile, 'models', MODEL_FOLDER));
  writeFileSync(join(hostile, 'models', MODEL_FOLDER, 'model.yaml'), 'name: evil\ndescription: x\nowners: ["@a"]\n');
  writeFileSync(join(hostile, 'models', 'alpha', 'stages.yaml'), 'production: "1.0.0\\e[31m\\n::error::stage"\nstaging: 1.1.0\n');
  writeFileSync(join(hostile, 'models', 'alpha', 'versions', '1.1.0', STRAY_FILE), 'x\n');
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('registry text on a terminal or in a log', () => {
  it('list: names, stage values and the registry name are escaped, in text and in JSON', () => {
    const text = cli(['list', '--root', hostile]);
    expect(text.status, text.stderr).toBe(0);
    expectSafe(text.stdout, 'list');
    expect(text.stdout).toContain('corpus\\n::error file=README.md::forged\\x1b]0;pwned\\x07 \\u202eexe.txt\\x9b2J: ');
    expect(text.stdout).toContain('\\x3a:warning::evil\\x1b[2J');

    const json = cli(['list', '--root', hostile, '--format', 'json']);
    expect(json.status, json.stderr).toBe(0);
    expectSafe(json.stdout, 'list --format json');
    // the same data, only written with escapes
    expect(JSON.parse(json.stdout).registry).toBe(REGISTRY_NAME);
  });

  it('site: the registry name in its report is escaped', () => {
    const run = cli(['site', '--root', hostile, '--out', join(scratch, 'site')]);
    expect(run.status, run.stderr).toBe(0);
    expectSafe(run.stdout + run.stderr, 'site');
    expect(run.stdout).toContain('Wrote the catalogue of corpus\\n::error');
  });

  it('diff: file names with control characters are escaped, in Markdown and in JSON', () => {
    const markdown = cli(['diff', '--root', hostile, '--base', 'HEAD']);
    expect(markdown.stderr).toBe('');
    expectSafe(markdown.stdout, 'diff');
    expect(markdown.stdout).toContain('::error::forged.txt');
    const json = cli(['diff', '--root', hostile, '--base', 'HEAD', '--format', 'json']);
    expectSafe(json.stdout, 'diff --format json');
    expect(JSON.parse(json.stdout).problems.map((p: { file: string }) => p.file)).toContain(`models/alpha/versions/1.1.0/${STRAY_FILE}`);
  });

  it('validate: problems quoting hostile text are escaped in every format', () => {
    for (const format of ['text', 'github', 'json']) {
      const run = cli(['validate', '--root', hostile, '--format', format]);
      expect(run.status, run.stderr).toBe(1);
      expectSafe(run.stdout, `validate --format ${format}`, format === 'github');
    }
  });
});

describe("registry text in the Action's log", () => {
  it('a blocked release lists its problems (hostile paths included) without a raw control character', async () => {
    const run = await runAction({
      workspace: hostile,
      repository: 'acme/models',
      apiUrl: 'http://127.0.0.1:9',
      eventName: 'push',
      sha: git(hostile, 'rev-parse', 'HEAD'),
      inputs: { command: 'release' },
    });
    try {
      expect(run.exitCode).toBe(1);
      const failure = run
        .commandsOf('error')
        .map((c) => c.message)
        .join('\n');
      expect(failure).toMatch(/nothing was released/);
      expect(failure).toContain('models/::warning::evil\\x1b[2J:1:1');
      // The log holds our own workflow commands, and no raw control character; the runner decodes
      // %0A in the ::error message into line breaks, so each line of it must be safe as well.
      expect(run.stdout, 'a raw control character').not.toMatch(UNSAFE);
      expectSafe(failure, 'release (Action), the ::error message');
    } finally {
      run.dispose();
    }
  });
});

describe('a reader that stops early', () => {
  /** The command with its stdout closed before it writes (as `| head -1` does once it has its line). */
  function withClosedStdout(args: string[]): Promise<{ status: number | null; stderr: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [CLI, ...args], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (status) => resolve({ status, stderr }));
    });
  }

  it.each([
    ['list', ['list', '--root', TEMPLATE], 0],
    ['site', ['site', '--root', TEMPLATE, '--out', 'SITE'], 0],
    // A copy outside any git checkout: inside one, validate without --base notes on stderr that released versions were not compared.
    ['validate (with problems)', ['validate', '--root', 'CASE'], 1],
  ] as const)('%s ends quietly with its own exit status, no stack trace', async (_, args, status) => {
    const copy = join(scratch, 'schema-several-epipe');
    if (!existsSync(copy)) cpSync(join(repo, 'test', 'corpus', 'cases', 'schema-several'), copy, { recursive: true });
    const run = await withClosedStdout(args.map((a) => (a === 'SITE' ? join(scratch, 'site-epipe') : a === 'CASE' ? copy : a)));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(status);
  });
});

describe('names that are no git ref', () => {
  let dotted: string;
  beforeAll(() => {
    dotted = join(scratch, 'dotted');
    cpSync(BASE, dotted, { recursive: true });
    cpSync(join(dotted, 'models', 'beta'), join(dotted, 'models', 'a..b'), { recursive: true });
    writeFileSync(
      join(dotted, 'models', 'a..b', 'model.yaml'),
      readFileSync(join(dotted, 'models', 'a..b', 'model.yaml'), 'utf8').replace('name: beta', 'name: a..b'),
    );
  });

  it('validate refuses a model named a..b', () => {
    const run = cli(['validate', '--root', dotted, '--format', 'json']);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).problems.map((p: { rule: string; file: string }) => `${p.rule} ${p.file}`)).toEqual([
      'invalid-name models/a..b/model.yaml',
      'schema models/a..b/model.yaml',
    ]);
  });

  it('site builds the catalogue without it (a warning, no stack trace)', () => {
    const run = cli(['site', '--root', dotted, '--out', join(scratch, 'dotted-site')]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^warning: the registry has 2 errors;/);
    expect(existsSync(join(scratch, 'dotted-site', 'models', 'beta', 'index.html'))).toBe(true);
    expect(existsSync(join(scratch, 'dotted-site', 'models', 'a..b'))).toBe(false);
  });

  it('release is blocked before it asks GitHub anything', () => {
    git(dotted, 'init', '-q', '-b', 'main');
    git(dotted, 'add', '-A');
    git(dotted, 'commit', '-qm', 'dotted');
    const run = cli(['release', '--root', dotted, '--repository', 'acme/models', '--token', 't', '--dry-run']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/nothing was released/);
    expect(run.stderr).toMatch(/\[invalid-name\]/);
  });
});
