/**
 * Model references as deployments write them, resolved against a registry:
 * which version each form names, and where each artifact is fetched from.
 * The CLI on the template is in test/e2e/resolve-cli.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../../../src/core/registry/load.js';
import { parseModelRef } from '../../../../src/core/serving/model-ref.js';
import { resolveRef, verifyCommand } from '../../../../src/core/serving/resolve.js';
import type { ResolvedVersion } from '../../../../src/core/serving/types.js';
import { REGISTRY_YAML, snapshot, type Files } from '../../../support/review-registry.js';

const SHA = 'a'.repeat(64);
const ARTIFACTS = `artifacts:
  - {name: weights.bin, uri: "s3://bucket/m/weights.bin", sha256: "${SHA}", size: 1000}
  - {name: config.json, path: config.json, sha256: "${SHA}", size: 12}
  - {name: tokenizer.json, uri: "hf://acme/tok@0a1b2c3/tokenizer.json", sha256: "${SHA}", size: 99}
  - {name: "it's.onnx", uri: "https://files.example.com/m/model.onnx", sha256: "${SHA}", size: 5}
  - {name: floating.bin, uri: "hf://acme/tok/floating.bin", sha256: "${SHA}", size: 7}
`;
const card = (v: string, extra = '') => `version: ${v}\ncreated: "2026-01-01T00:00:00Z"\nsummary: Version ${v}.\n${extra}`;
const FILES: Files = {
  'registry.yaml': REGISTRY_YAML,
  'models/m/model.yaml': 'name: m\ndescription: The m model.\nowners: ["@alice"]\ndeprecated_versions:\n  1.3.0: Leaked labels.\n',
  'models/m/stages.yaml': 'production: 1.1.0\n',
  'models/m/versions/1.0.0/card.yaml': card('1.0.0'),
  'models/m/versions/1.0.0/metrics.yaml': 'accuracy: 0.9\n',
  'models/m/versions/1.1.0/card.yaml': card('1.1.0', ARTIFACTS),
  'models/m/versions/1.1.0/metrics.yaml': 'accuracy: 0.91\n',
  'models/m/versions/1.1.0/config.json': '{"layers": 2}',
  'models/m/versions/1.2.0/card.yaml': card('1.2.0'),
  'models/m/versions/1.2.0/metrics.yaml': 'accuracy: 0.92\n',
  'models/m/versions/1.3.0/card.yaml': card('1.3.0'),
  'models/m/versions/1.3.0/metrics.yaml': 'accuracy: 0.93\n',
  'models/m/versions/2.0.0-rc.1/card.yaml': card('2.0.0-rc.1'),
  'models/m/versions/2.0.0-rc.1/metrics.yaml': 'accuracy: 0.95\n',
};
const registry = loadRegistry(snapshot(FILES));
const REPO = { owner: 'acme', repo: 'registry', serverUrl: 'https://github.com' };

function resolve(text: string, repository: typeof REPO | null = REPO): ResolvedVersion {
  const parsed = parseModelRef(text);
  if ('problem' in parsed) throw new Error(parsed.problem);
  const result = resolveRef(registry, parsed.ref, repository ?? undefined, 'https://hub.example.com');
  if ('problem' in result) throw new Error(result.problem);
  return result.resolved;
}

const problemOf = (text: string): string => {
  const parsed = parseModelRef(text);
  if ('problem' in parsed) return parsed.problem;
  const result = resolveRef(registry, parsed.ref, REPO);
  return 'problem' in result ? result.problem : '';
};

describe('the forms of a reference', () => {
  it('a version (with or without v), a stage, latest, and MLflow alias and legacy stage forms', () => {
    expect(resolve('m@1.0.0').version).toBe('1.0.0');
    expect(resolve('m@v1.2.0').version).toBe('1.2.0');
    expect(resolve('m#production')).toMatchObject({ version: '1.1.0', stage: 'production' });
    expect(resolve('models:/m@production')).toMatchObject({ version: '1.1.0', stage: 'production' });
    expect(resolve('models:/m/Production')).toMatchObject({ version: '1.1.0', stage: 'production' });
  });

  it('latest is the highest version that is neither a pre-release nor deprecated', () => {
    expect(resolve('m@latest').version).toBe('1.2.0');
    expect(resolve('models:/m@latest').version).toBe('1.2.0');
  });

  it('says what is wrong with a reference that names nothing, with a did-you-mean', () => {
    expect(problemOf('m')).toMatch(/name a version, a stage or latest/);
    expect(problemOf('models:/m/3')).toMatch(/^m has no version 3.0.0/);
    expect(problemOf('models:/m/03')).toBe('no stage 03 in this registry');
    expect(problemOf('m@1.1')).toMatch(/not a SemVer version/);
    expect(problemOf('n@1.0.0')).toBe('no model n in this registry (did you mean `m`?)');
    expect(problemOf('m@1.0.1')).toBe('m has no version 1.0.1 (did you mean `1.0.0`?)');
    expect(problemOf('m#staging')).toBe('m runs nothing in staging');
    expect(problemOf('m#prod')).toBe('no stage prod in this registry');
  });
});

describe("MLflow's URIs, as code written against MLflow's registry has them", () => {
  // What `import mlflow --alias-stage champion=production` leaves: MLflow's version 2 as 2.0.0, the alias in registry.yaml.
  const imported = loadRegistry(
    snapshot({
      'registry.yaml': `${REGISTRY_YAML}aliases:\n  champion: production\n  Challenger: staging\n  orphan: production\n`,
      'models/m/model.yaml': 'name: m\ndescription: The m model.\nowners: ["@alice"]\n',
      'models/m/stages.yaml': 'production: 2.0.0\nstaging: 3.0.0\n',
      'models/m/versions/1.0.0/card.yaml': card('1.0.0'),
      'models/m/versions/1.0.0/metrics.yaml': 'accuracy: 0.9\n',
      'models/m/versions/2.0.0/card.yaml': card('2.0.0'),
      'models/m/versions/2.0.0/metrics.yaml': 'accuracy: 0.91\n',
      'models/m/versions/3.0.0/card.yaml': card('3.0.0'),
      'models/m/versions/3.0.0/metrics.yaml': 'accuracy: 0.92\n',
      'models/n/model.yaml': 'name: n\ndescription: The n model.\nowners: ["@alice"]\n',
      'models/n/versions/1.0.0/card.yaml': card('1.0.0'),
      'models/n/versions/1.0.0/metrics.yaml': 'accuracy: 0.9\n',
    }),
  );
  const answer = (text: string) => {
    const parsed = parseModelRef(text);
    if ('problem' in parsed) return parsed.problem;
    const result = resolveRef(imported, parsed.ref);
    return 'problem' in result ? result.problem : result.resolved;
  };

  it("models:/m/<N> is MLflow's version N, imported as N.0.0", () => {
    expect(answer('models:/m/2')).toMatchObject({ version: '2.0.0', tag: 'm@v2.0.0' });
    expect(answer('models:/m/1')).toMatchObject({ version: '1.0.0' });
    expect(answer('models:/m/7')).toBe('m has no version 7.0.0 (did you mean `1.0.0`?)');
  });

  it("models:/m@<alias> resolves through the stage registry.yaml's aliases map it to", () => {
    expect(answer('models:/m@champion')).toMatchObject({ version: '2.0.0', stage: 'production' });
    // MLflow's aliases as written, then ignoring case.
    expect(answer('models:/m@Challenger')).toMatchObject({ version: '3.0.0', stage: 'staging' });
    expect(answer('models:/m@challenger')).toMatchObject({ version: '3.0.0', stage: 'staging' });
    // A stage's own name is still the stage.
    expect(answer('models:/m@production')).toMatchObject({ version: '2.0.0', stage: 'production' });
  });

  it('an alias that maps to nothing, or to a stage the model does not run, says so', () => {
    expect(answer('models:/m@shadow')).toMatch(/^no stage or alias shadow in this registry .*--alias-stage shadow=STAGE/);
    expect(answer('models:/n@orphan')).toBe('n runs nothing in production (the stage of alias orphan)');
    // The # form names stages only: an alias is MLflow's word.
    expect(answer('m#champion')).toBe('no stage champion in this registry');
  });
});

describe('where each artifact comes from', () => {
  it('committed files from the release, https as written, hf:// pinned through the Hub, anything else listed', () => {
    const r = resolve('m#production');
    expect(r.tag).toBe('m@v1.1.0');
    expect(r.releaseUrl).toBe('https://github.com/acme/registry/releases/tag/m%40v1.1.0');
    expect(r.checksumsUrl).toBe('https://github.com/acme/registry/releases/download/m%40v1.1.0/SHA256SUMS');
    const by = new Map(r.artifacts.map((a) => [a.name, a]));
    expect(by.get('config.json')).toEqual({
      name: 'config.json',
      size: 12,
      sha256: SHA,
      stored: 'config.json',
      source: { kind: 'release-asset', url: 'https://github.com/acme/registry/releases/download/m%40v1.1.0/config.json' },
    });
    expect(by.get('weights.bin')?.source).toEqual({ kind: 'other', uri: 's3://bucket/m/weights.bin' });
    expect(by.get('tokenizer.json')?.source).toEqual({
      kind: 'hf',
      repo: 'acme/tok',
      revision: '0a1b2c3',
      path: 'tokenizer.json',
      url: 'https://hub.example.com/acme/tok/resolve/0a1b2c3/tokenizer.json',
    });
    expect(by.get("it's.onnx")?.source).toEqual({ kind: 'https', url: 'https://files.example.com/m/model.onnx' });
    // Without a revision, an hf:// file could be other bytes tomorrow: listed, not fetched.
    expect(by.get('floating.bin')?.source).toEqual({ kind: 'other', uri: 'hf://acme/tok/floating.bin' });
  });

  it('without the repository, a committed file is its path in the registry and there is no release address', () => {
    const r = resolve('m@1.1.0', null);
    expect(r.releaseUrl).toBeUndefined();
    expect(r.artifacts.find((a) => a.name === 'config.json')?.source).toEqual({ kind: 'committed', path: 'models/m/versions/1.1.0/config.json' });
  });

  it('the verification line quotes the name from the card for the shell', () => {
    const artifact = resolve('m@1.1.0').artifacts.find((a) => a.name === "it's.onnx")!;
    expect(verifyCommand(artifact)).toBe(`echo '${SHA}  it'\\''s.onnx' | sha256sum -c`);
  });
});
