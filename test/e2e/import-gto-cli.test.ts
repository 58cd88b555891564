/**
 * `model-registry import gto` through the CLI bundle, on a real git repository
 * tagged the way GTO tags (annotated tags with a tagger and a date), with a
 * lightweight tag GTO ignores: the registry it writes holds the versions,
 * stages and deprecations GTO's own rules derive from those tags (read by
 * core/stages/gto-state.ts), validates, and a second import adds only what
 * is new. Then the registry's own release and record tags, read back by the
 * same grammar, say the same (gto itself cannot be installed here: no PyPI).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readAnnotatedTags } from '../../src/adapters/git/annotated-tags.js';
import { readGtoState, type GtoState } from '../../src/core/stages/gto-state.js';
import { planRecording, type ModelSnapshot } from '../../src/core/stages/record-plan.js';
import { stageTagMessage } from '../../src/core/stages/gto-tags.js';
import { GitRepo } from '../support/git-repo.js';
import { gtoRepo, type GtoRepo } from '../support/gto-repo.js';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');

const REGISTRY_YAML = `format: 1
name: imported
stages: [staging, production]
maintainers: ["@acme/ml-platform"]
metrics:
  accuracy: {direction: higher, min: 0, max: 1}
`;

let work: string;
let gto: GtoRepo;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'import-gto-'));
  writeFileSync(join(work, 'registry.yaml'), REGISTRY_YAML);
  gto = gtoRepo([
    { 'metrics.json': '{"accuracy": 0.81}\n' },
    { 'metrics.json': '{"accuracy": 0.85}\n' },
    // What a Hugging Face Trainer writes: converted on the way in.
    { 'metrics.json': '{"eval_accuracy": 0.9, "eval_runtime": 1.5, "epoch": 3.0}\n' },
    { 'metrics.json': null, 'nlp/model.bin': 'weights' },
    { 'notes.txt': 'no version here' },
  ]);
  const t = (name: string, index: number, options: Parameters<GtoRepo['tag']>[2]) => gto.tag(name, index, options);
  t('churn@v1.0.0', 0, { time: 1_700_000_100, message: 'Registering artifact churn version v1.0.0' });
  t('churn#staging#1', 0, { time: 1_700_000_200 });
  t('churn#production#2', 0, { time: 1_700_000_300 });
  t('churn@v1.1.0', 1, {
    time: 1_700_000_400,
    message: 'Retrained on March data\n\nAUC up by 2 points.',
    tagger: { name: 'Grace Hopper', email: 'grace@example.com' },
  });
  t('churn#staging#3', 1, { time: 1_700_000_500 });
  t('churn#production#4', 1, { time: 1_700_000_600 });
  // GTO's rule: production falls back to 1.0.0, still assigned, when 1.1.0 is unassigned.
  t('churn#production!#5', 1, { time: 1_700_000_700 });
  t('churn@v1.2.0', 2, { time: 1_700_000_800 });
  t('churn#staging#6', 2, { time: 1_700_000_850 });
  t('churn@v1.2.0!#7', 2, { time: 1_700_000_900, message: 'Data leak in the test split: use 1.1.0' });
  t('churn#staging#8', 4, { time: 1_700_000_950 });
  gto.lightweight('churn@v9.0.0', 3);
  gto.lightweight('churn#production#9', 3);
  t('legacy@v0.1.0', 0, { time: 1_700_000_010 });
  t('legacy#production#1', 0, { time: 1_700_000_020 });
  t('legacy@deprecated#2', 0, { time: 1_700_000_030, message: 'Replaced by churn' });
  t('models/nlp=Sentiment@v2.0.0', 3, { time: 1_700_001_000 });
  t('models/nlp=Sentiment#production#1', 3, { time: 1_700_001_100 });
  t('models/nlp=Sentiment#production!#2', 3, { time: 1_700_001_200 });
  t('release-2024.1', 0, { time: 1_700_001_300 });
});
afterEach(() => {
  rmSync(work, { recursive: true, force: true });
  gto.repo.cleanup();
});

function cli(args: string[]) {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? '', HOME: work };
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: work, env, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

const read = (path: string): unknown => parseYaml(readFileSync(join(work, path), 'utf8'));

/** The registry's versions, stages and deprecations, in GTO's terms: what `gto show` would agree with. */
function registryView(root: string, names: Record<string, string>) {
  const out: Record<string, { versions: string[]; stages: Record<string, string>; deprecated: string[] }> = {};
  for (const [gtoName, model] of Object.entries(names)) {
    const versions = readdirSync(join(root, 'models', model, 'versions')).sort();
    const card = parseYaml(readFileSync(join(root, 'models', model, 'model.yaml'), 'utf8')) as { deprecated_versions?: Record<string, string> };
    let stages: Record<string, string> = {};
    try {
      stages = parseYaml(readFileSync(join(root, 'models', model, 'stages.yaml'), 'utf8')) as Record<string, string>;
    } catch {
      // No stages.yaml: no stage.
    }
    out[gtoName] = { versions, stages, deprecated: Object.keys(card.deprecated_versions ?? {}).sort() };
  }
  return out;
}

/** What GTO derives, in the same terms (a deprecated artifact: every version deprecated, no stage). */
function gtoView(state: GtoState) {
  const out: Record<string, { versions: string[]; stages: Record<string, string>; deprecated: string[] }> = {};
  for (const a of state.artifacts.values()) {
    const versions = a.versions.map((v) => v.version).sort();
    out[a.name] = {
      versions,
      stages: a.deprecated ? {} : a.stages,
      deprecated: a.deprecated ? versions : a.versions.filter((v) => v.deregistered).map((v) => v.version),
    };
  }
  return out;
}

const NAMES = { churn: 'churn', legacy: 'legacy', 'models/nlp:Sentiment': 'models-nlp-sentiment' };

describe('model-registry import gto', () => {
  it("writes GTO's versions, stages and deprecations, and the result validates", () => {
    const result = cli(['import', 'gto', '--repo', gto.repo.dir, '--root', work, '--metrics-path', 'metrics.json']);
    expect(result.stderr).not.toMatch(/internal error/);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('churn (a new model): 3 new versions (1.0.0, 1.1.0, 1.2.0)');
    expect(result.stdout).toContain('models-nlp-sentiment (GTO models/nlp:Sentiment) (a new model)');
    // Stage tags on a commit where no version is registered cannot become a stage.
    expect(result.stderr).toContain('note: churn#staging#8 assigns a commit');
    expect(result.stderr).toContain('note: GTO artifact models/nlp:Sentiment is the registry model models-nlp-sentiment');

    // Agrees with GTO's rules applied to the same tags (annotated only).
    const state = readGtoState(readAnnotatedTags(gto.repo.dir));
    expect(registryView(work, NAMES)).toEqual(gtoView(state));
    expect(registryView(work, NAMES)).toEqual({
      churn: { versions: ['1.0.0', '1.1.0', '1.2.0'], stages: { staging: '1.1.0', production: '1.0.0' }, deprecated: ['1.2.0'] },
      legacy: { versions: ['0.1.0'], stages: {}, deprecated: ['0.1.0'] },
      'models/nlp:Sentiment': { versions: ['2.0.0'], stages: {}, deprecated: [] },
    });

    const churn110 = read('models/churn/versions/1.1.0/card.yaml') as Record<string, unknown>;
    expect(churn110).toMatchObject({
      version: '1.1.0',
      created: '2023-11-14T22:20:00Z',
      summary: 'Retrained on March data',
      description: 'Retrained on March data\n\nAUC up by 2 points.',
      'x-gto-tag': 'churn@v1.1.0',
      'x-gto-commit': gto.commits[1],
      'x-gto-registered-by': 'Grace Hopper <grace@example.com>',
    });
    expect(JSON.parse(readFileSync(join(work, 'models/churn/versions/1.1.0/metrics.json'), 'utf8'))).toEqual({ accuracy: 0.85 });
    // A Trainer's file, converted as `add` converts it: the split kept, the run statistics in the card.
    expect(JSON.parse(readFileSync(join(work, 'models/churn/versions/1.2.0/metrics.json'), 'utf8'))).toEqual({ accuracy: { value: 0.9, split: 'eval' } });
    expect(read('models/churn/versions/1.2.0/card.yaml')).toMatchObject({ training: { stats: { eval_runtime: 1.5, epoch: 3 } } });
    expect(read('models/churn/model.yaml')).toMatchObject({
      name: 'churn',
      owners: ['@acme/ml-platform'],
      deprecated_versions: { '1.2.0': 'Data leak in the test split: use 1.1.0' },
    });
    expect(read('models/legacy/model.yaml')).toMatchObject({ deprecated_versions: { '0.1.0': 'Replaced by churn' } });
    // No metrics at 2.0.0's commit: an empty metrics file, which validates with one warning.
    expect(read('models/models-nlp-sentiment/versions/2.0.0/metrics.yaml')).toEqual({});

    const validate = cli(['validate', '--root', work, '--format', 'json']);
    expect(validate.status).toBe(0);
    const report = JSON.parse(validate.stdout) as { problems: { rule: string; file: string; severity: string }[] };
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report.problems.filter((p) => p.rule === 'no-metrics').map((p) => p.file)).toEqual(['models/models-nlp-sentiment/versions/2.0.0/metrics.yaml']);
  });

  it('--dry-run writes nothing; a second import adds only what is new and replaces nothing', () => {
    const before = tree(work);
    const dry = cli(['import', 'gto', '--repo', gto.repo.dir, '--root', work, '--owner', '@acme/churn', '--dry-run']);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('would write');
    expect(dry.stdout).toContain('models/churn/versions/1.0.0/card.yaml');
    expect(tree(work)).toEqual(before);

    expect(cli(['import', 'gto', '--repo', gto.repo.dir, '--root', work, '--owner', '@acme/churn']).status).toBe(0);
    // A hand edit after the import is kept.
    writeFileSync(
      join(work, 'models/churn/versions/1.0.0/card.yaml'),
      readFileSync(join(work, 'models/churn/versions/1.0.0/card.yaml'), 'utf8') + '# reviewed\n',
    );
    const first = tree(work);
    const again = cli(['import', 'gto', '--repo', gto.repo.dir, '--root', work]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('nothing new to write');
    expect(tree(work)).toEqual(first);

    // A new version in GTO: only its folder is added; GTO's new stage is a note naming the promotion.
    gto.repo.applyTop({ 'metrics.json': '{"accuracy": 0.88}\n' });
    gto.commits.push(gto.repo.commit('Retrain'));
    gto.tag('churn@v1.3.0', 5, { time: 1_700_002_000 });
    gto.tag('churn#production#10', 5, { time: 1_700_002_100 });
    const third = cli(['import', 'gto', '--repo', gto.repo.dir, '--root', work, '--metrics-path', 'metrics.json']);
    expect(third.status).toBe(0);
    const added = Object.keys(tree(work)).filter((p) => !(p in first));
    expect(added.sort()).toEqual(['models/churn/versions/1.3.0/card.yaml', 'models/churn/versions/1.3.0/metrics.json']);
    for (const [path, digest] of Object.entries(first)) expect(tree(work)[path]).toBe(digest);
    expect(third.stderr).toContain('model-registry promote churn@1.3.0 --to production');
  });

  it('refuses, writing nothing, what would not validate: a GTO stage the registry does not declare', () => {
    gto.tag('churn#canary#11', 0, { time: 1_700_003_000 });
    const before = tree(work);
    const result = cli(['import', 'gto', '--repo', gto.repo.dir, '--root', work, '--owner', '@acme/churn']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/models\/churn\/stages\.yaml:\d+:\d+: error: .*\[unknown-stage\]/);
    expect(result.stderr).toContain('nothing was written');
    expect(tree(work)).toEqual(before);
  });

  it('without registry.yaml, or outside a git repository, says what to do (exit 1 and 2), no stack trace', () => {
    rmSync(join(work, 'registry.yaml'));
    const noRegistry = cli(['import', 'gto', '--repo', gto.repo.dir, '--root', work]);
    expect(noRegistry.status).toBe(1);
    expect(noRegistry.stderr).toContain('model-registry init --stages production,staging');
    const noRepo = cli(['import', 'gto', '--repo', work, '--root', work]);
    expect(noRepo.status).toBe(2);
    expect(noRepo.stderr).toContain('model-registry import: git rev-parse failed');
    expect(cli(['import', 'svn']).stderr).toContain('unknown source "svn"');
  });

  it("the registry's own release and record tags, read back with GTO's grammar, say what the registry says", () => {
    expect(cli(['import', 'gto', '--repo', gto.repo.dir, '--root', work, '--metrics-path', 'metrics.json']).status).toBe(0);
    // The imported registry in a repository of its own, as the release and record workflows find it.
    const registry = GitRepo.fromFolder(work);
    try {
      // release: `{model}@v{version}` (registry.yaml's default tag_format), one commit per version (GTO reads one version per commit).
      const versionTags: Record<string, { tag: string; commit: string }> = {};
      const snapshots: Record<string, ModelSnapshot> = {};
      let time = 1_800_000_000;
      for (const model of Object.values(NAMES)) {
        const stages = registryView(work, { [model]: model })[model];
        for (const version of stages.versions) {
          const commit = registry.commit(`model-registry: a commit of its own for ${model} ${version}`);
          const tag = `${model}@v${version}`;
          registry.git(['tag', '--annotate', '--message', stageTagMessage({ model, action: 'register', version }, {}), tag, commit], {
            env: { GIT_COMMITTER_DATE: `${time++} +0000` },
          });
          versionTags[`${model}@${version}`] = { tag, commit };
        }
        const at = { commit: registry.sha(), date: new Date(time * 1000).toISOString() };
        const deprecatedAll = stages.deprecated.length === stages.versions.length;
        snapshots[model] = {
          stages: Object.fromEntries(Object.entries(stages.stages).map(([stage, version]) => [stage, { version, ...at }])),
          deprecated: Object.fromEntries(stages.deprecated.map((v) => [v, { reason: 'deprecated', ...at }])),
          allDeprecated: deprecatedAll,
          at,
        };
      }
      // record (a first run): the stage and deprecation tags its planner writes.
      const plan = planRecording({
        changes: [],
        deprecations: [],
        firstRun: true,
        snapshots,
        existingTags: {},
        versionTags,
        pullRequests: {},
        deployments: {},
      });
      for (const tag of plan.tags) {
        registry.git(['tag', '--annotate', '--message', tag.message, tag.name, tag.target], { env: { GIT_COMMITTER_DATE: `${time++} +0000` } });
      }
      const reread = gtoView(readGtoState(readAnnotatedTags(registry.dir)));
      const expected = registryView(work, NAMES);
      for (const [gtoName, model] of Object.entries(NAMES)) expect(reread[model]).toEqual(expected[gtoName]);
    } finally {
      registry.cleanup();
    }
  });
});
