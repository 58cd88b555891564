/**
 * The CLI as a person types it (the committed dist/cli.js): help for every
 * command, --version, the registry folder as a positional argument, unknown
 * options named with a did-you-mean, colour only where it belongs (decided by
 * FORCE_COLOR, NO_COLOR and whether the output is a terminal; tests pipe, so
 * piped output is the default case), `diff` as plain text, `show`, and the
 * shell completion scripts.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_HELP } from '../../src/cli/command-help.js';

const repo = join(import.meta.dirname, '..', '..');
const CLI = join(repo, 'dist', 'cli.js');
const TEMPLATE = join(repo, 'registry-template');
const ESC = '\u001b';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Piped, as in a script; FORCE_COLOR and NO_COLOR only as `env` sets them. */
function cli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, GITHUB_API_URL: 'http://127.0.0.1:9', ...options.env };
  if (!options.env || !('FORCE_COLOR' in options.env)) delete env.FORCE_COLOR;
  if (!options.env || !('NO_COLOR' in options.env)) delete env.NO_COLOR;
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? repo, env, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function git(cwd: string, ...args: string[]): void {
  const run = spawnSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
}

let scratch: string;
/** A git clone of the template whose working tree moves production back and adds a version. */
let changed: string;

beforeAll(() => {
  expect(existsSync(CLI), 'dist/cli.js is missing: run `npm run build`').toBe(true);
  scratch = mkdtempSync(join(tmpdir(), 'model-registry-cli-ergonomics-'));
  changed = join(scratch, 'changed');
  cpSync(TEMPLATE, changed, { recursive: true });
  git(changed, 'init', '-q', '-b', 'main');
  git(changed, 'add', '-A');
  git(changed, 'commit', '-qm', 'base');
  const stages = join(changed, 'models', 'support-ticket-classifier', 'stages.yaml');
  writeFileSync(stages, readFileSync(stages, 'utf8').replace(/^production: .*$/m, 'production: 1.3.0'));
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

// Every top-level word the dispatcher knows, as `help` lists it.
const commands = [...new Set(Object.keys(COMMAND_HELP).map((name) => name.split(' ')[0]))];

describe('help', () => {
  it.each(commands)('`%s --help`, `-h` and `help <command>` print that command’s usage, options and example, exit 0', (command) => {
    const help = cli([command, '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain(`usage: model-registry ${command}`);
    expect(help.stdout).toMatch(/\nOptions:\n/);
    expect(help.stdout).toMatch(/\nExamples?:\n {2}.*model-registry /);
    // Not the global page.
    expect(help.stdout).not.toContain('usage: model-registry <command>');
    expect(cli([command, '-h']).stdout).toBe(help.stdout);
    expect(cli(['help', command]).stdout).toBe(help.stdout);
  });

  it('names each of the command’s options in its help', () => {
    const help = cli(['status', '--help']).stdout;
    for (const option of ['--root DIR', '--repository OWNER/NAME', '--token T', '--fail-on drift', '--format text|json']) expect(help).toContain(option);
    expect(help).toContain('model-registry status registry-template');
  });

  it('lists every command on the global page; an unknown command gets a did-you-mean, exit 2', () => {
    const global = cli(['--help']);
    expect(global.status).toBe(0);
    for (const command of commands) expect(global.stdout).toMatch(new RegExp(`^ {2}${command}\\b`, 'm'));
    const typo = cli(['valdate']);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain('unknown command "valdate" (did you mean `validate`?)');
    expect(cli(['help', 'valdate']).status).toBe(2);
  });
});

describe('--version', () => {
  it('prints the version of package.json, exit 0', () => {
    const { version } = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const run = cli([flag]);
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(`${version}\n`);
    }
  });
});

describe('the registry folder as a positional argument', () => {
  it('validate, list and status read DIR as --root', () => {
    const validate = cli(['validate', 'registry-template']);
    expect(validate.status, validate.stdout + validate.stderr).toBe(0);
    expect(validate.stdout).toMatch(/✓ valid: 4 models/);
    expect(cli(['list', 'registry-template']).stdout).toContain('churn-gbm');
    expect(cli(['status', 'registry-template']).stdout).toContain('churn-gbm');
    expect(cli(['list', 'registry-template', '--format', 'json']).stdout).toBe(cli(['list', '--root', 'registry-template', '--format', 'json']).stdout);
  });

  it('site DIR --out X writes the catalogue of DIR', () => {
    const out = join(scratch, 'site');
    const run = cli(['site', 'registry-template', '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(join(out, 'models', 'churn-gbm', 'index.html'))).toBe(true);
  });

  it('the same folder both ways is fine; two different ones are a usage error, exit 2', () => {
    expect(cli(['validate', 'registry-template', '--root', './registry-template/']).status).toBe(0);
    const both = cli(['validate', 'registry-template', '--root', 'docs']);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('the registry folder is given twice, as "registry-template" and --root "docs": give one of them');
    expect(both.stdout).toBe('');
  });
});

describe('unknown options', () => {
  it('are named, with a did-you-mean and a pointer to the command’s help, exit 2', () => {
    const run = cli(['list', '--fomat', 'json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('model-registry list: unknown option --fomat (did you mean `--format`?); see `model-registry list --help`\n');
    const far = cli(['validate', '--zzz']);
    expect(far.stderr).toBe('model-registry validate: unknown option --zzz; see `model-registry validate --help`\n');
    const missing = cli(['validate', '--root']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--root needs a value; see `model-registry validate --help`');
  });
});

describe('colour', () => {
  const hasColour = (text: string) => text.includes(ESC);

  it('is off when piped (the default), with NO_COLOR, and with FORCE_COLOR=0', () => {
    for (const env of [{}, { NO_COLOR: '1' }, { FORCE_COLOR: '0' }] as Record<string, string>[]) {
      const run = cli(['validate', 'registry-template'], { env });
      expect(hasColour(run.stdout), JSON.stringify(env)).toBe(false);
      expect(hasColour(cli(['list', '--fomat'], { env }).stderr), JSON.stringify(env)).toBe(false);
    }
  });

  it('FORCE_COLOR=1 colours text output: success green, errors red, warnings yellow', () => {
    const env = { FORCE_COLOR: '1' };
    expect(cli(['validate', 'registry-template'], { env }).stdout).toContain(`${ESC}[32m${ESC}[1m✓ valid${ESC}[22m${ESC}[39m`);
    expect(cli(['list', '--fomat'], { env }).stderr).toBe(
      `${ESC}[31mmodel-registry list: unknown option --fomat (did you mean \`--format\`?); see \`model-registry list --help\`${ESC}[39m\n`,
    );
    // A warning printed by site: the registry has an error (a card that does not parse).
    const broken = join(scratch, 'broken');
    cpSync(TEMPLATE, broken, { recursive: true });
    writeFileSync(join(broken, 'models', 'churn-gbm', 'versions', '1.0.0', 'card.yaml'), 'version: [\n');
    const site = cli(['site', broken, '--out', join(scratch, 'broken-site')], { env });
    expect(site.stderr).toMatch(new RegExp(`^${ESC}\\[33mwarning: the registry has 1 error`, 'm'));
  });

  it('never colours JSON or GitHub workflow commands, even with FORCE_COLOR', () => {
    const broken = join(scratch, 'broken-json');
    cpSync(TEMPLATE, broken, { recursive: true });
    writeFileSync(join(broken, 'models', 'churn-gbm', 'versions', '1.0.0', 'card.yaml'), 'version: [\n');
    const env = { FORCE_COLOR: '1' };
    const json = cli(['validate', broken, '--format', 'json'], { env });
    expect(json.status).toBe(1);
    expect(hasColour(json.stdout)).toBe(false);
    expect((JSON.parse(json.stdout) as { ok: boolean }).ok).toBe(false);
    const github = cli(['validate', broken, '--format', 'github'], { env });
    expect(github.stdout).toMatch(/^::error file=/);
    expect(hasColour(github.stdout)).toBe(false);
    expect(hasColour(cli(['show', 'churn-gbm', '--root', broken, '--format', 'json'], { env }).stdout)).toBe(false);
  });
});

describe('diff', () => {
  it('--format text prints plain text: no HTML entities, no Markdown escapes, no Mermaid', () => {
    const run = cli(['diff', changed, '--base', 'main', '--format', 'text']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('✓ valid: 4 models, 11 versions, 0 errors, 0 warnings, 1 stage change');
    expect(run.stdout).toMatch(/support-ticket-classifier\s+production\s+1\.2\.0\s+1\.3\.0/);
    expect(run.stdout).toContain('support-ticket-classifier: production 1.2.0 → 1.3.0 (promotion)');
    for (const markup of ['&#', '&#40;', '&#95;', '```', 'mermaid', '## ', '|---', '<details']) expect(run.stdout).not.toContain(markup);
  });

  it('piped, the default stays the Markdown of the job summary; --format markdown asks for it', () => {
    const piped = cli(['diff', changed, '--base', 'main']);
    expect(piped.stdout).toContain('## ✅ Model registry: valid');
    expect(cli(['diff', changed, '--base', 'main', '--format', 'markdown']).stdout).toBe(piped.stdout);
  });
});

describe('show', () => {
  it('a model: its card, stages and versions', () => {
    const run = cli(['show', 'churn-gbm', '--root', 'registry-template']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('churn-gbm: Customer churn (60-day) gradient-boosted model');
    expect(run.stdout).toMatch(/owners: +@acme-ml\/growth-ds, @priya-r/);
    expect(run.stdout).toMatch(/task: +tabular-classification/);
    expect(run.stdout).toMatch(/licence: +Apache-2\.0/);
    expect(run.stdout).toMatch(/^production +2\.0\.0 /m);
    expect(run.stdout).toMatch(/^0\.9\.0 .* deprecated: Pilot model/m);
  });

  it('a stage: its version, metrics against production with judged deltas, lineage, artifacts', () => {
    const run = cli(['show', 'support-ticket-classifier#staging', '--root', 'registry-template']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^support-ticket-classifier 1\.3\.0 \(what staging runs\)/);
    expect(run.stdout).toMatch(/metric +1\.3\.0 +vs production 1\.2\.0/);
    expect(run.stdout).toMatch(/latency_p95_ms ↓ +51\.6 ms +▲ \+13\.6 worse/);
    expect(run.stdout).toMatch(/parent +support-ticket-classifier 1\.2\.0 \(fine-tune\)/);
    expect(run.stdout).toMatch(/model\.safetensors {2}268 MB {2}sha256 fb638e05/);
  });

  it('--format json has the same data; unknown models are refused with a did-you-mean (exit 1)', () => {
    // From inside the registry: --root defaults to the current folder.
    const run = cli(['show', 'support-ticket-classifier@1.3.0', '--format', 'json'], { cwd: TEMPLATE });
    expect(run.status, run.stderr).toBe(0);
    const view = JSON.parse(run.stdout) as {
      model: string;
      version: { version: string; production: string; metrics: { name: string; against: Record<string, { text: string; verdict: string }> }[] };
    };
    expect(view.model).toBe('support-ticket-classifier');
    expect(view.version.version).toBe('1.3.0');
    expect(view.version.production).toBe('1.2.0');
    const latency = view.version.metrics.find((m) => m.name === 'latency_p95_ms');
    expect(latency?.against.production).toMatchObject({ text: '+13.6', verdict: 'worse' });
    const typo = cli(['show', 'churn-gbmm', '--root', 'registry-template']);
    expect(typo.status).toBe(1);
    expect(typo.stderr).toContain('no model churn-gbmm in this registry (did you mean `churn-gbm`?)');
    expect(cli(['show', 'churn-gbm@one', '--root', 'registry-template']).status).toBe(2);
  });
});

describe('completion', () => {
  /** What the bash function offers for the words typed so far, in the template's folder. */
  function complete(words: string[]): string[] {
    const script = cli(['completion', 'bash']).stdout;
    const file = join(scratch, 'completion.bash');
    writeFileSync(file, script);
    const quoted = words.map((w) => `'${w}'`).join(' ');
    const run = spawnSync(
      'bash',
      ['-c', `source ${file} && COMP_WORDS=(${quoted}) && COMP_CWORD=${words.length - 1} && _model_registry && printf '%s\\n' "\${COMPREPLY[@]}"`],
      {
        cwd: TEMPLATE,
        encoding: 'utf8',
      },
    );
    expect(run.status, run.stderr).toBe(0);
    return run.stdout.split('\n').filter(Boolean);
  }

  it('bash: commands, each command’s options, and model names from models/', () => {
    expect(complete(['model-registry', 'sh'])).toEqual(['show']);
    expect(complete(['model-registry', 'validate', '--fo'])).toEqual(['--format']);
    expect(complete(['model-registry', 'promote', '--'])).toEqual(expect.arrayContaining(['--to', '--root', '--registry', '--dry-run']));
    expect(complete(['model-registry', 'show', 'support-ticket-c']).sort()).toEqual(['support-ticket-classifier', 'support-ticket-classifier-small']);
    // validate takes a folder, not a model.
    expect(complete(['model-registry', 'validate', 'ch'])).toEqual([]);
  });

  it('zsh: a #compdef script with every command and its options; an unknown shell is a usage error', () => {
    const zsh = cli(['completion', 'zsh']);
    expect(zsh.status).toBe(0);
    expect(zsh.stdout.startsWith('#compdef model-registry\n')).toBe(true);
    for (const command of commands) expect(zsh.stdout).toContain(`'${command}:`);
    expect(zsh.stdout).toContain("'--fail-on[");
    expect(zsh.stdout).toContain("'1:model:_model_registry_models'");
    const fish = cli(['completion', 'fish']);
    expect(fish.status).toBe(2);
    expect(fish.stderr).toContain('model-registry completion bash');
  });
});
