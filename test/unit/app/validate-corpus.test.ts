/**
 * The corpus of broken registries: each case in test/corpus/cases/<name>/ starts
 * from the valid registry in test/corpus/base/, removes the paths its case.yaml
 * lists under `remove`, copies its `files/` over the result, and states the
 * EXACT set of problems `validateRegistry` must report (no more, no fewer):
 * rule, file and line always; column, severity and a message fragment where the
 * case gives them.
 *
 * Inputs that git cannot hold reliably, or that are too big to commit (a card
 * over 1 MiB, binary and non-UTF-8 bytes, CRLF line ends, symbolic links, a
 * released version changed against a git base), are generated here instead.
 *
 * Every expected line and column was derived by reading the input file, never
 * by running the validator first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { validateRegistry } from '../../../src/app/validate-registry.js';
import { snapshotAtCommit } from '../../../src/adapters/git/git.js';
import { validateSnapshot } from '../../../src/core/validate.js';
import { RULES, RULE_IDS } from '../../../src/core/rules/catalog.js';
import { BASE, caseNames as listCases, loadCase, prepareCase, type Expected, type Severity } from '../../corpus/case-kit.js';

interface Problem {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  rule: string;
  message: string;
}

let scratch: string;
let counter = 0;
/** Every rule some case expects: checked against the catalogue at the end. */
const covered = new Set<string>();

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'model-registry-corpus-'));
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** A fresh copy of the base registry in its own temporary folder. */
function freshBase(): string {
  const dir = join(scratch, `case-${++counter}`, 'registry');
  mkdirSync(dir, { recursive: true });
  cpSync(BASE, dir, { recursive: true });
  return dir;
}

function write(root: string, path: string, content: string | Uint8Array): void {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, content);
}

function read(path: string): string {
  return readFileSync(join(BASE, path), 'utf8');
}

function describeProblem(p: Partial<Problem> & Expected): string {
  const column = p.column === undefined ? '' : `:${p.column}`;
  const severity = p.severity ? ` ${p.severity}` : '';
  const message = p.message ? ` — ${p.message}` : p.message_contains ? ` — …${p.message_contains}…` : '';
  return `${p.rule} ${p.file}:${p.line}${column}${severity}${message}`;
}

function matches(problem: Problem, expected: Expected): boolean {
  return (
    problem.rule === expected.rule &&
    problem.file === expected.file &&
    problem.line === expected.line &&
    (expected.column === undefined || problem.column === expected.column) &&
    (expected.severity === undefined || problem.severity === expected.severity) &&
    (expected.message_contains === undefined || problem.message.includes(expected.message_contains))
  );
}

/**
 * Compares the report with the expectation as sets: every expected problem must be
 * reported, and nothing else may be. The most specific expectations claim their
 * problem first, so a column-less one cannot steal a problem meant for another.
 */
function assertProblems(problems: readonly Problem[], expected: readonly Expected[]): void {
  const unmatched = [...problems];
  const missing: string[] = [];
  const specificity = (e: Expected) => Number(e.column !== undefined) + Number(e.severity !== undefined) + Number(e.message_contains !== undefined);
  for (const e of [...expected].sort((a, b) => specificity(b) - specificity(a))) {
    const index = unmatched.findIndex((p) => matches(p, e));
    if (index === -1) missing.push(describeProblem(e));
    else unmatched.splice(index, 1);
  }
  const unexpected = unmatched.map((p) => describeProblem(p));
  const reported = problems.map((p) => `  ${describeProblem(p)}`).join('\n') || '  (none)';
  expect({ missing, unexpected }, `reported:\n${reported}`).toEqual({ missing: [], unexpected: [] });
}

/** What every problem of every case must satisfy, whatever the case is about. */
function assertWellFormed(problems: readonly Problem[], report: { ok: boolean }): void {
  for (const p of problems) {
    expect(Object.keys(p).sort()).toEqual(['column', 'file', 'line', 'message', 'rule', 'severity']);
    expect(RULE_IDS as readonly string[]).toContain(p.rule);
    // A rule's severity is part of its definition in the catalogue.
    expect(p.severity, describeProblem(p)).toBe(RULES[p.rule as keyof typeof RULES].severity);
    expect(Number.isInteger(p.line) && p.line >= 1, describeProblem(p)).toBe(true);
    expect(Number.isInteger(p.column) && p.column >= 1, describeProblem(p)).toBe(true);
    expect(p.file).not.toMatch(/^\/|\\|^\.\.?\//);
    expect(p.message.trim().length).toBeGreaterThan(0);
  }
  expect(report.ok).toBe(!problems.some((p) => p.severity === 'error'));
}

async function check(root: string, expected: readonly Expected[], base?: string) {
  for (const e of expected) covered.add(e.rule);
  const { report } = await validateRegistry({ root, base });
  const problems = report.problems as Problem[];
  assertWellFormed(problems, report);
  assertProblems(problems, expected);
  if (!base) {
    // `validate`'s lean path (per-model rules where the files are read, lineage on a skeleton) reports exactly the same.
    const lean = await validateRegistry({ root, needRegistry: false });
    expect(lean.report).toEqual(report);
  }
  return report;
}

// ---------------------------------------------------------------------------

const caseNames = listCases();

describe('the base registry', () => {
  it('is valid: no problems at all, 2 models and 3 versions', async () => {
    const report = await check(freshBase(), []);
    expect(report).toMatchObject({ ok: true, models: 2, versions: 3, problems: [] });
  });
});

describe('corpus cases (test/corpus/cases)', () => {
  it('has cases', () => {
    expect(caseNames.length).toBeGreaterThan(40);
  });

  for (const name of caseNames) {
    const spec = loadCase(name);
    it(`${name}: ${spec.description.replace(/\s+/g, ' ').slice(0, 110)}`, async () => {
      expect(Array.isArray(spec.expect), 'case.yaml needs an `expect` list').toBe(true);
      const root = join(scratch, `case-${++counter}`, 'registry');
      prepareCase(name, root);
      await check(root, spec.expect);
    });
  }
});

// ---------------------------------------------------------------------------
// Generated cases: inputs that are not committed to the corpus.

const ALPHA_10_CARD = 'models/alpha/versions/1.0.0/card.yaml';
const ALPHA_11_CARD = 'models/alpha/versions/1.1.0/card.yaml';
const ALPHA_MODEL = 'models/alpha/model.yaml';

describe('generated cases', () => {
  it('file-too-large: a card over 1 MiB is refused unread (one problem, at 1:1)', async () => {
    const root = freshBase();
    // A valid card in every other respect: a summary plus a huge x- field.
    const filler = `x-notes: |\n${'  lorem ipsum dolor sit amet, consectetur adipiscing elit\n'.repeat(20_000)}`;
    const card = `${read(ALPHA_11_CARD)}${filler}`;
    expect(Buffer.byteLength(card)).toBeGreaterThan(1024 * 1024);
    write(root, ALPHA_11_CARD, card);
    await check(root, [{ rule: 'file-too-large', file: ALPHA_11_CARD, line: 1, column: 1 }]);
  });

  it('file-too-large: a metrics.json over 1 MiB (a dumped prediction array) is refused', async () => {
    const root = freshBase();
    const predictions = Array.from({ length: 200_000 }, (_, i) => (i % 7) / 7);
    const json = JSON.stringify({ accuracy: 0.91, latency_ms: 12.5, 'x-predictions': predictions });
    expect(json.length).toBeGreaterThan(1024 * 1024);
    write(root, 'models/alpha/versions/1.0.0/metrics.json', json);
    await check(root, [{ rule: 'file-too-large', file: 'models/alpha/versions/1.0.0/metrics.json', line: 1, column: 1 }]);
  });

  it('a card of exactly 1 MiB is not over the limit (and is valid)', async () => {
    const root = freshBase();
    const head = `${read(ALPHA_11_CARD)}# `;
    const card = `${head}${'x'.repeat(1024 * 1024 - Buffer.byteLength(head) - 1)}\n`;
    expect(Buffer.byteLength(card)).toBe(1024 * 1024);
    write(root, ALPHA_11_CARD, card);
    await check(root, []);
  });

  it('unlisted-artifact: an unlisted file over 1 MiB in a version folder is an error (a forgotten artifact), one of 1 MiB a warning', async () => {
    const root = freshBase();
    write(root, 'models/alpha/versions/1.1.0/model.safetensors', new Uint8Array(1024 * 1024 + 1));
    write(root, 'models/alpha/versions/1.1.0/notes.bin', new Uint8Array(1024 * 1024));
    await check(root, [
      {
        rule: 'unlisted-artifact',
        file: 'models/alpha/versions/1.1.0/model.safetensors',
        line: 1,
        column: 1,
        message_contains: "`model.safetensors` (1.0 MB) is in the version folder, but card.yaml's `artifacts` do not list it",
      },
      { rule: 'unexpected-file', file: 'models/alpha/versions/1.1.0/notes.bin', line: 1, column: 1 },
    ]);
  });

  it('unlisted-artifact: a Git LFS pointer to a big file nobody lists counts by the size it stands for', async () => {
    const root = freshBase();
    const oid = 'a'.repeat(64);
    write(root, 'models/alpha/versions/1.1.0/model.onnx', `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize 52428800\n`);
    await check(root, [{ rule: 'unlisted-artifact', file: 'models/alpha/versions/1.1.0/model.onnx', line: 1, column: 1, message_contains: '(52.4 MB)' }]);
  });

  it('encoding: a model.yaml saved as Latin-1 (not UTF-8) gets one problem at 1:1', async () => {
    const root = freshBase();
    const text = read(ALPHA_MODEL).replace('Alpha classifies support tickets.', 'Alpha classifies support tickets (caf\u00e9 edition).');
    write(root, ALPHA_MODEL, Buffer.from(text, 'latin1'));
    await check(root, [{ rule: 'encoding', file: ALPHA_MODEL, line: 1, column: 1 }]);
  });

  it('encoding: a binary metrics.json (with NUL bytes) gets one problem at 1:1', async () => {
    const root = freshBase();
    const file = 'models/alpha/versions/1.0.0/metrics.json';
    write(root, file, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0xff, 0xfe, 0x0a, 0x7b]));
    await check(root, [{ rule: 'encoding', file, line: 1, column: 1 }]);
  });

  it('encoding: a stages.yaml saved as UTF-16 (NUL bytes) gets one problem at 1:1', async () => {
    const root = freshBase();
    const file = 'models/alpha/stages.yaml';
    write(root, file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(read(file), 'utf16le')]));
    await check(root, [{ rule: 'encoding', file, line: 1, column: 1 }]);
  });

  it('a UTF-8 byte order mark and CRLF line ends are fine, and CRLF does not shift positions', async () => {
    const root = freshBase();
    write(root, 'models/beta/model.yaml', `\uFEFF${read('models/beta/model.yaml').replace(/\n/g, '\r\n')}`);
    const crlf = read(ALPHA_MODEL).replace('owners:\n  - "@acme/ml"\n', 'owners: "@acme/ml"\n').replace(/\n/g, '\r\n');
    expect(crlf.split('\r\n')[2]).toBe('owners: "@acme/ml"');
    write(root, ALPHA_MODEL, crlf);
    // A BOM is not a column: the version value of a BOM + CRLF card is still at 1:10.
    write(root, ALPHA_11_CARD, `\uFEFF${read(ALPHA_11_CARD).replace('version: 1.1.0', 'version: 1.1.1').replace(/\n/g, '\r\n')}`);
    await check(root, [
      { rule: 'schema', file: ALPHA_MODEL, line: 3, column: 9 },
      { rule: 'version-mismatch', file: ALPHA_11_CARD, line: 1, column: 10 },
    ]);
  });

  it('yaml-depth-limit: 10,000 levels of nesting on line 4 do not overflow the stack', async () => {
    const root = freshBase();
    const lines = read(ALPHA_11_CARD).split('\n');
    lines.splice(3, 0, `x-deep: ${'['.repeat(10_000)}${']'.repeat(10_000)}`);
    write(root, ALPHA_11_CARD, lines.join('\n'));
    await check(root, [{ rule: 'yaml-depth-limit', file: ALPHA_11_CARD, line: 4 }]);
  });

  it('Object.prototype is not polluted by __proto__ / constructor / prototype keys anywhere', async () => {
    const root = freshBase();
    write(root, 'models/beta/versions/1.0.0/metrics.json', '{"accuracy": 0.88, "latency_ms": 3.2, "__proto__": {"polluted": 1}}\n');
    write(root, 'models/beta/versions/1.0.0/metrics.yaml', 'accuracy: 0.88\n__proto__:\n  isAdmin: true\n');
    write(root, 'models/beta/stages.yaml', 'prototype: 1.0.0\nconstructor:\n  polluted: yes\n');
    await check(root, [
      // metrics.json: `{"accuracy": 0.88, "latency_ms": 3.2, "__proto__"` — the key's quote is column 39.
      { rule: 'unsafe-key', file: 'models/beta/versions/1.0.0/metrics.json', line: 1, column: 39 },
      { rule: 'unsafe-key', file: 'models/beta/versions/1.0.0/metrics.yaml', line: 2, column: 1 },
      { rule: 'unsafe-key', file: 'models/beta/stages.yaml', line: 1, column: 1 },
      { rule: 'unsafe-key', file: 'models/beta/stages.yaml', line: 2, column: 1 },
      { rule: 'ambiguous-file', file: 'models/beta/versions/1.0.0/metrics.json', line: 1, column: 1 },
    ]);
    const probe = {} as Record<string, unknown>;
    expect(probe.polluted).toBeUndefined();
    expect(probe.isAdmin).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).filter((k) => ['polluted', 'isAdmin', 'prototype'].includes(k))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// immutable-version: needs a git repository with the base committed.

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync(
    'git',
    ['-c', 'user.name=Corpus', '-c', 'user.email=corpus@example.com', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args],
    {
      cwd,
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout.trim();
}

/** The base registry committed at the root of a new repository; returns the root and the commit. */
function committedBase(): { root: string; commit: string } {
  const root = freshBase();
  git(root, 'init', '-q');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'base registry');
  return { root, commit: git(root, 'rev-parse', 'HEAD') };
}

describe('immutable-version (with a git base)', () => {
  it('an unchanged working tree has no problems against its own commit', async () => {
    const { root, commit } = committedBase();
    await check(root, [], commit);
    await check(root, [], 'HEAD');
  });

  it('a released metrics file that changed is reported once, at 1:1', async () => {
    const { root, commit } = committedBase();
    write(root, 'models/alpha/versions/1.0.0/metrics.json', '{"accuracy": 0.95, "latency_ms": 12.5}\n');
    await check(root, [{ rule: 'immutable-version', file: 'models/alpha/versions/1.0.0/metrics.json', line: 1, column: 1 }], commit);
  });

  it('a released card that changed is reported, also against a branch name; committing the change does not launder it', async () => {
    const { root } = committedBase();
    git(root, 'branch', 'released');
    write(root, ALPHA_11_CARD, read(ALPHA_11_CARD).replace('two more months', 'three more months'));
    const expected = [{ rule: 'immutable-version', file: ALPHA_11_CARD, line: 1, column: 1 }];
    await check(root, expected, 'released');
    git(root, 'commit', '-q', '-am', 'edit a released card');
    await check(root, expected, 'released');
    await check(root, [], 'HEAD');
  });

  it('a committed artifact replaced together with its card entry is reported (both files changed)', async () => {
    const { root, commit } = committedBase();
    const labels = '{"0": "billing", "1": "bug", "2": "spam!"}\n';
    write(root, 'models/alpha/versions/1.0.0/labels.json', labels);
    const sha = createHash('sha256').update(labels).digest('hex');
    write(root, ALPHA_10_CARD, read(ALPHA_10_CARD).replace('aebcb0074290795b86effc6262790a2fb4ae42cb7a768b5cb290cef84d9247e3', sha));
    await check(
      root,
      [
        { rule: 'immutable-version', file: 'models/alpha/versions/1.0.0/labels.json', line: 1, column: 1 },
        { rule: 'immutable-version', file: ALPHA_10_CARD, line: 1, column: 1 },
      ],
      commit,
    );
  });

  it('a released version folder deleted whole is one problem at its card, saying the version is merged (not released)', async () => {
    const { root, commit } = committedBase();
    rmSync(join(root, 'models/beta/versions/1.0.0'), { recursive: true });
    const report = await check(
      root,
      [{ rule: 'immutable-version', file: 'models/beta/versions/1.0.0/card.yaml', line: 1, column: 1, message_contains: 'The folder was deleted: restore it' }],
      commit,
    );
    expect(report.problems[0].message).toContain('version 1.0.0 of `beta` is merged (the base has it)');
    expect(report.problems[0].message).not.toContain('released (tag');
  });

  it('a version released under its tag though the base lacks it says so, with the tag', async () => {
    const { root } = committedBase();
    git(root, 'tag', 'beta@v1.0.0');
    git(root, 'rm', '-q', '-r', 'models/beta');
    git(root, 'commit', '-q', '-m', 'beta elsewhere');
    // The base no longer has beta; the working tree brings 1.0.0 back changed, against its release tag.
    write(root, 'models/beta/model.yaml', read('models/beta/model.yaml'));
    write(root, 'models/beta/versions/1.0.0/card.yaml', read('models/beta/versions/1.0.0/card.yaml'));
    write(root, 'models/beta/versions/1.0.0/metrics.yaml', 'accuracy: 0.99\nlatency_ms: 3.2\n');
    const report = await check(root, [{ rule: 'immutable-version', file: 'models/beta/versions/1.0.0/metrics.yaml', line: 1, column: 1 }], 'HEAD');
    expect(report.problems[0].message).toContain('version 1.0.0 of `beta` is released (tag `beta@v1.0.0`)');
  });

  it('a file added to a released version folder is reported', async () => {
    const { root, commit } = committedBase();
    write(root, 'models/beta/versions/1.0.0/README.md', '# beta 1.0.0\n');
    await check(root, [{ rule: 'immutable-version', file: 'models/beta/versions/1.0.0/README.md', line: 1, column: 1 }], commit);
  });

  it('model.yaml and stages.yaml stay editable, and new versions may be added', async () => {
    const { root, commit } = committedBase();
    write(root, 'models/alpha/stages.yaml', 'production: 1.1.0\nstaging: 1.2.0\n');
    write(root, ALPHA_MODEL, `${read(ALPHA_MODEL)}deprecated_versions:\n  1.0.0: Superseded by 1.1.0.\n`);
    write(
      root,
      'models/alpha/versions/1.2.0/card.yaml',
      read(ALPHA_11_CARD).replace('version: 1.1.0', 'version: 1.2.0').replace('version: 1.0.0', 'version: 1.1.0'),
    );
    write(root, 'models/alpha/versions/1.2.0/metrics.yaml', 'accuracy: 0.94\nlatency_ms: 13.0\n');
    await check(root, [], commit);
  });

  it('a registry in a sub-folder of its repository is compared path by path', async () => {
    const repo = join(scratch, `case-${++counter}`, 'repo');
    mkdirSync(repo, { recursive: true });
    cpSync(BASE, join(repo, 'registry'), { recursive: true });
    git(repo, 'init', '-q');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'base registry');
    const root = join(repo, 'registry');
    write(root, 'models/beta/versions/1.0.0/metrics.yaml', 'accuracy: 0.89\nlatency_ms: 3.2\n');
    await check(root, [{ rule: 'immutable-version', file: 'models/beta/versions/1.0.0/metrics.yaml', line: 1, column: 1 }], 'HEAD');
  });

  it('immutable-tags: a new tag_format while versions are released is reported once, at tag_format', async () => {
    const { root, commit } = committedBase();
    write(root, 'registry.yaml', `${read('registry.yaml')}tag_format: "{model}-{version}"\n`);
    await check(
      root,
      [{ rule: 'immutable-tags', file: 'registry.yaml', line: 14, column: 13, message_contains: '`alpha@v1.0.0` would become `alpha-1.0.0`' }],
      commit,
    );
  });
});

// ---------------------------------------------------------------------------
// Stage policies: a promotion is judged only against a base, so these cases
// commit the base (with a policy) and change stages.yaml in the working tree.

const PROMOTION_POLICY = `promotion:
  production:
    after: staging
    released: true
    approval: owners
    gates:
      accuracy: {min: 0.92}
    no_regression:
      metrics: [accuracy]
`;

/** The base with a production policy and alpha 1.2.0 (never in staging, untagged, worse than 1.0.0), committed. */
function committedPolicyBase(): { root: string; commit: string } {
  const root = freshBase();
  write(root, 'registry.yaml', `${read('registry.yaml')}${PROMOTION_POLICY}`);
  write(root, 'models/alpha/versions/1.2.0/card.yaml', `version: 1.2.0\ncreated: "2026-03-01T09:30:00Z"\nsummary: A third alpha.\n`);
  write(root, 'models/alpha/versions/1.2.0/metrics.yaml', 'accuracy: 0.9\nlatency_ms: 12.0\n');
  git(root, 'init', '-q');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'base registry with a policy');
  return { root, commit: git(root, 'rev-parse', 'HEAD') };
}

describe('stage policies (with a git base)', () => {
  const at = (rule: string, message_contains: string) => ({ rule, file: 'models/alpha/stages.yaml', line: 1, column: 13, message_contains });

  it('a promotion that breaks each requirement is one problem per requirement, on the stage line', async () => {
    const { root, commit } = committedPolicyBase();
    write(root, 'models/alpha/stages.yaml', 'production: 1.2.0\nstaging: 1.1.0\n');
    await check(
      root,
      [
        at('promotion-order', 'never been in staging'),
        at('promotion-unreleased', 'no tag alpha@v1.2.0'),
        at('promotion-gate', 'has accuracy 0.9'),
        at('promotion-regression', 'worse than 0.91 in 1.0.0'),
      ],
      commit,
    );
  });

  it('the version staging holds meets the policy (approval pending on the CLI, the tag exists); existing assignments are not judged', async () => {
    const { root, commit } = committedPolicyBase();
    git(root, 'tag', 'alpha@v1.1.0');
    write(root, 'models/alpha/stages.yaml', 'production: 1.1.0\nstaging: 1.1.0\n');
    await check(root, [], commit);
    // Nothing changed against the base: nothing judged, though 1.0.0 in production has no tag.
    await check(committedPolicyBase().root, [], 'HEAD');
  });

  it('a deprecated version newly in a stage is promotion-deprecated, whatever the policy (not also deprecated-in-stage)', async () => {
    const { root, commit } = committedBase();
    write(root, 'models/alpha/model.yaml', `${read('models/alpha/model.yaml')}deprecated_versions:\n  1.1.0: Leaked test data.\n`);
    write(root, 'models/alpha/stages.yaml', 'production: 1.1.0\nstaging: 1.1.0\n');
    await check(
      root,
      [
        at('promotion-deprecated', 'deprecated in model.yaml (Leaked test data.)'),
        { rule: 'deprecated-in-stage', file: 'models/alpha/stages.yaml', line: 2, column: 10, severity: 'warning' },
      ],
      commit,
    );
  });

  it("approval: an owner's approving review passes, anyone else's fails", async () => {
    const { root, commit } = committedPolicyBase();
    git(root, 'tag', 'alpha@v1.1.0');
    write(root, 'models/alpha/stages.yaml', 'production: 1.1.0\nstaging: 1.1.0\n');
    const approved = await validateRegistry({ root, base: commit, approvals: { approvers: ['dana'], teamMembers: { 'acme/ml': ['Dana'] } } });
    expect(approved.report.problems).toEqual([]);
    const other = await validateRegistry({ root, base: commit, approvals: { approvers: ['eve'], teamMembers: { 'acme/ml': ['dana'] } } });
    assertWellFormed(other.report.problems, other.report);
    assertProblems(other.report.problems, [at('promotion-approval', 'approving review from an owner of alpha (@acme/ml)')]);
    covered.add('promotion-approval');
  });
});

// ---------------------------------------------------------------------------
// Links, paths of the wrong kind and control characters in names: none of them
// can be committed to the corpus as files, so they are made here. Each is one
// problem at the path itself, whatever the path is and whatever a link points at.

/** A file outside the registry holding what a link would leak (the header actions/checkout leaves in .git/config). */
function secretOutside(root: string): string {
  const secret = join(dirname(root), 'config');
  writeFileSync(secret, '[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46c2VjcmV0\n');
  return secret;
}

/** Replaces a registry path (file or folder) by a symbolic link to `target`. */
function replaceWithLink(root: string, path: string, target: string): void {
  rmSync(join(root, path), { recursive: true, force: true });
  mkdirSync(dirname(join(root, path)), { recursive: true });
  symlinkSync(target, join(root, path));
}

/** Replaces a registry path by a folder (holding one file, as git would need). */
function replaceWithFolder(root: string, path: string): void {
  rmSync(join(root, path), { recursive: true, force: true });
  write(root, `${path}/notes.txt`, 'a folder where a file belongs\n');
}

/** Replaces a registry path by a plain file. */
function replaceWithFile(root: string, path: string): void {
  rmSync(join(root, path), { recursive: true, force: true });
  write(root, path, 'a file where a folder belongs\n');
}

const at = (rule: string, file: string) => ({ rule, file, line: 1, column: 1 });

describe('generated cases: symbolic links', () => {
  it.each([
    ['a version card (to ../../../../.git/config style secrets)', ALPHA_11_CARD],
    ['a released metrics file', 'models/alpha/versions/1.0.0/metrics.json'],
    ['a metrics.yaml', 'models/beta/versions/1.0.0/metrics.yaml'],
    ['model.yaml', ALPHA_MODEL],
    ['stages.yaml', 'models/alpha/stages.yaml'],
    ['registry.yaml', 'registry.yaml'],
    ['a month file of observations', 'models/alpha/monitoring/2025-03.jsonl'],
    ['a monitoring folder', 'models/alpha/monitoring'],
  ])('symbolic-link: %s is one problem at the link, never read (no missing-file, no schema)', async (_, path) => {
    const root = freshBase();
    const secret = secretOutside(root);
    // A relative link, as a pull request would commit it.
    replaceWithLink(root, path, relative(dirname(join(root, path)), secret));
    const report = await check(root, [at('symbolic-link', path)]);
    expect(JSON.stringify(report)).not.toContain('AUTHORIZATION');
  });

  it('symbolic-link: a link to a valid card elsewhere is still refused (whatever it points at)', async () => {
    const root = freshBase();
    const elsewhere = join(dirname(root), 'card.yaml');
    writeFileSync(elsewhere, read(ALPHA_10_CARD));
    replaceWithLink(root, ALPHA_10_CARD, elsewhere);
    await check(root, [at('symbolic-link', ALPHA_10_CARD)]);
  });

  it.each([
    ['models/ itself', 'models', { models: 0, versions: 0 }],
    ['a model folder', 'models/beta', { models: 1, versions: 2 }],
    ['a versions/ folder', 'models/beta/versions', { models: 2, versions: 2 }],
    ['a version folder', 'models/beta/versions/1.0.0', { models: 2, versions: 2 }],
  ])('symbolic-link: %s linked to a copy outside is one problem, and nothing inside is read', async (_, path, counts) => {
    const root = freshBase();
    const copy = join(dirname(root), 'copy');
    cpSync(join(root, path), copy, { recursive: true });
    replaceWithLink(root, path, copy);
    const report = await check(root, [at('symbolic-link', path)]);
    expect(report).toMatchObject(counts);
  });

  it('symbolic-link: a committed artifact that is a link (to a file outside the registry)', async () => {
    const root = freshBase();
    const outside = join(dirname(root), 'labels.json');
    writeFileSync(outside, readFileSync(join(BASE, 'models/alpha/versions/1.0.0/labels.json')));
    replaceWithLink(root, 'models/alpha/versions/1.0.0/labels.json', outside);
    // Reported at the link, not also at the card's artifact path.
    await check(root, [at('symbolic-link', 'models/alpha/versions/1.0.0/labels.json')]);
  });

  it('symbolic-link: an artifact reached through a linked folder', async () => {
    const root = freshBase();
    const outside = join(dirname(root), 'weights');
    mkdirSync(outside);
    cpSync(join(BASE, 'models/alpha/versions/1.0.0/labels.json'), join(outside, 'labels.json'));
    rmSync(join(root, 'models/alpha/versions/1.0.0/labels.json'));
    symlinkSync(outside, join(root, 'models/alpha/versions/1.0.0/weights'));
    write(root, ALPHA_10_CARD, read(ALPHA_10_CARD).replace('    path: labels.json\n', '    path: weights/labels.json\n'));
    await check(root, [at('symbolic-link', 'models/alpha/versions/1.0.0/weights')]);
  });

  it('symbolic-link: a stray link in a model folder is not also an unexpected file', async () => {
    const root = freshBase();
    symlinkSync('/etc/hostname', join(root, 'models/beta/README.md'));
    await check(root, [at('symbolic-link', 'models/beta/README.md')]);
  });

  it('the git-based snapshot (what a base commit holds) reports links and folders at file places too', () => {
    const { root } = committedBase();
    replaceWithLink(root, ALPHA_11_CARD, '../../../../.git/config');
    replaceWithFolder(root, 'models/beta/model.yaml');
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'a link and a folder');
    const { report } = validateSnapshot(snapshotAtCommit(root, 'HEAD'));
    // (A git snapshot lists artifacts without their bytes, so only the kind problems are compared.)
    const kinds = report.problems.filter(
      (p) => p.rule === 'symbolic-link' || p.rule === 'wrong-kind' || p.rule === 'missing-file' || p.rule === 'unexpected-file',
    );
    expect(kinds.map((p) => `${p.rule} ${p.file}:${p.line}:${p.column}`)).toEqual([
      `symbolic-link ${ALPHA_11_CARD}:1:1`,
      'wrong-kind models/beta/model.yaml:1:1',
    ]);
  });
});

describe('generated cases: paths of the wrong kind', () => {
  it('wrong-kind: a folder named registry.yaml is an error, not a registry without catalogue checks', async () => {
    const root = freshBase();
    replaceWithFolder(root, 'registry.yaml');
    await check(root, [{ ...at('wrong-kind', 'registry.yaml'), message_contains: 'is a folder, but it must be a file' }]);
  });

  it('wrong-kind: an empty folder named registry.yaml too', async () => {
    const root = freshBase();
    rmSync(join(root, 'registry.yaml'));
    mkdirSync(join(root, 'registry.yaml'));
    await check(root, [at('wrong-kind', 'registry.yaml')]);
  });

  it.each([ALPHA_MODEL, 'models/alpha/stages.yaml', ALPHA_10_CARD, 'models/alpha/versions/1.0.0/metrics.json', 'models/alpha/versions/1.1.0/metrics.yaml'])(
    'wrong-kind: a folder named %s is one problem (no missing-file, no unexpected-file for what is inside)',
    async (path) => {
      const root = freshBase();
      replaceWithFolder(root, path);
      await check(root, [at('wrong-kind', path)]);
    },
  );

  it.each([
    ['models/ is a file', 'models', { models: 0, versions: 0 }],
    ['a versions/ folder is a file', 'models/beta/versions', { models: 2, versions: 2 }],
    ['a version folder is a file', 'models/beta/versions/1.0.0', { models: 2, versions: 2 }],
  ])('wrong-kind: %s (an error, not an unexpected-file warning)', async (_, path, counts) => {
    const root = freshBase();
    replaceWithFile(root, path);
    const report = await check(root, [{ ...at('wrong-kind', path), message_contains: 'is a file, but it must be a folder' }]);
    expect(report).toMatchObject(counts);
  });

  it('wrong-kind: a named pipe in a version folder is neither read nor waited on', async () => {
    const root = freshBase();
    const fifo = join(root, 'models/beta/versions/1.0.0/weights.bin');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    await check(root, [at('wrong-kind', 'models/beta/versions/1.0.0/weights.bin')]);
  });
});

describe('generated cases: control characters in names', () => {
  it.each([
    ['a newline', 'notes\nregistry.yaml', 'notes\\u000aregistry.yaml'],
    ['a tab', 'notes\t.txt', 'notes\\u0009.txt'],
    ['DEL', 'notes\u007f.txt', 'notes\\u007f.txt'],
    ['a C1 control (U+009B, CSI)', 'notes\u009b31m.txt', 'notes\\u009b31m.txt'],
  ])('control-character-in-name: a file name with %s is an error (not only an unexpected file), shown escaped', async (_, name, shown) => {
    const root = freshBase();
    write(root, `models/beta/versions/1.0.0/${name}`, 'notes\n');
    await check(root, [{ ...at('control-character-in-name', `models/beta/versions/1.0.0/${name}`), message_contains: `\`${shown}\`` }]);
  });

  it('control-character-in-name: a folder with a newline in its name is one problem, however many files it holds', async () => {
    const root = freshBase();
    write(root, 'models/alpha/versions/1.0.0/we\nights/a.bin', 'a\n');
    write(root, 'models/alpha/versions/1.0.0/we\nights/b.bin', 'b\n');
    await check(root, [at('control-character-in-name', 'models/alpha/versions/1.0.0/we\nights')]);
  });

  it('control-character-in-name: a model folder name with a control character is that problem, not also invalid-name', async () => {
    const root = freshBase();
    cpSync(join(root, 'models/beta'), join(root, 'models/be\u0085ta'), { recursive: true });
    await check(root, [at('control-character-in-name', 'models/be\u0085ta')]);
  });

  it('control-character-in-name: a version folder name with a control character is that problem, not also invalid-version', async () => {
    const root = freshBase();
    cpSync(join(root, 'models/beta/versions/1.0.0'), join(root, 'models/beta/versions/1.0.1\t'), { recursive: true });
    await check(root, [at('control-character-in-name', 'models/beta/versions/1.0.1\t')]);
  });
});

describe('generated cases: a file name with a newline against a git base', () => {
  it('cannot shift blob ids: an edit of released metrics after such a name is still immutable-version', async () => {
    // The decoy, committed with the release (beta 1.0.0, the last version folder): `m`, and
    // `m<newline>x.json` with the same bytes, and x.json beside registry.yaml holding the
    // released metrics. A newline-joined list of paths read `m` and `x.json` for the second
    // name, so the metrics got the id of x.json, the released one, whatever they held: the
    // edit below passed with two warnings and no error.
    const root = freshBase();
    const dir = 'models/beta/versions/1.0.0';
    const metrics = `${dir}/metrics.yaml`;
    write(root, `${dir}/m`, 'decoy\n');
    write(root, `${dir}/m\nx.json`, 'decoy\n');
    write(root, 'x.json', read(metrics));
    git(root, 'init', '-q');
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'released, with a decoy');
    write(root, metrics, 'accuracy: 0.99\nlatency_ms: 1.0\n');
    const report = await check(
      root,
      [at('control-character-in-name', `${dir}/m\nx.json`), { ...at('unexpected-file', `${dir}/m`), severity: 'warning' }, at('immutable-version', metrics)],
      'HEAD',
    );
    expect(report.ok).toBe(false);
  });
});

// ---------------------------------------------------------------------------

// one-version-per-commit: versions added against a git base.
describe('one-version-per-commit (with a git base)', () => {
  const addVersion = (root: string, version: string) => {
    const from = join(root, 'models', 'alpha', 'versions', '1.1.0');
    const to = join(root, 'models', 'alpha', 'versions', version);
    cpSync(from, to, { recursive: true });
    write(root, `models/alpha/versions/${version}/card.yaml`, readFileSync(join(to, 'card.yaml'), 'utf8').replace('version: 1.1.0', `version: ${version}`));
  };

  it('one added version is fine; two of one model warn once, on the later card', async () => {
    const { root, commit } = committedBase();
    addVersion(root, '1.2.0');
    await check(root, [], commit);
    addVersion(root, '1.10.0');
    await check(root, [{ rule: 'one-version-per-commit', file: 'models/alpha/versions/1.10.0/card.yaml', line: 1, column: 1 }], commit);
  });

  it('a model that arrives with several versions is said nothing (its release makes the commits it needs)', async () => {
    const { root, commit } = committedBase();
    cpSync(join(root, 'models', 'alpha'), join(root, 'models', 'gamma'), { recursive: true });
    write(root, 'models/gamma/model.yaml', readFileSync(join(root, 'models', 'gamma', 'model.yaml'), 'utf8').replace('name: alpha', 'name: gamma'));
    await check(root, [], commit);
  });
});

describe('the corpus as a whole', () => {
  it('expects every rule of the catalogue at least once', () => {
    // Runs after the cases above (vitest runs a file's tests in order).
    const missing = RULE_IDS.filter((rule) => !covered.has(rule));
    expect(missing).toEqual([]);
  });

  it('left Object.prototype untouched', () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(
      [
        '__defineGetter__',
        '__defineSetter__',
        '__lookupGetter__',
        '__lookupSetter__',
        '__proto__',
        'constructor',
        'hasOwnProperty',
        'isPrototypeOf',
        'propertyIsEnumerable',
        'toLocaleString',
        'toString',
        'valueOf',
      ].sort(),
    );
  });
});
