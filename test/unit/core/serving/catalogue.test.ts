/**
 * A reference resolved from the catalogue's JSON API (the files the site
 * writes, checked by their schemas) gives the same version and sources as
 * from the registry's files; what the catalogue lacks is said, not guessed.
 */
import { describe, expect, it } from 'vitest';
import * as api from '../../../../src/core/format/api-validators.generated.js';
import { loadRegistry } from '../../../../src/core/registry/load.js';
import { renderSite } from '../../../../src/core/site/build-site.js';
import type { ApiIndex, ApiModel, ApiStage } from '../../../../src/core/site/api.js';
import { resolveFromCatalogue, type CatalogueAnswers } from '../../../../src/core/serving/catalogue.js';
import { parseModelRef } from '../../../../src/core/serving/model-ref.js';
import { resolveRef } from '../../../../src/core/serving/resolve.js';
import type { ModelRef, ResolvedVersion } from '../../../../src/core/serving/types.js';
import { REGISTRY_YAML, snapshot, type Files } from '../../../support/review-registry.js';

const SHA = 'c'.repeat(64);
const card = (v: string, artifacts = '') => `version: ${v}\ncreated: "2026-01-01T00:00:00Z"\nsummary: Version ${v}.\n${artifacts}`;
const ARTIFACTS = `artifacts:
  - {name: config.json, path: config.json, sha256: "${SHA}", size: 13}
  - {name: tok.json, uri: "hf://acme/tok@0a1b2c3/sub dir/tok.json", sha256: "${SHA}", size: 9}
  - {name: model.onnx, uri: "https://files.example.com/m/model.onnx", sha256: "${SHA}", size: 5}
  - {name: weights.bin, uri: "gs://bucket/weights.bin", sha256: "${SHA}", size: 7}
`;
const FILES: Files = {
  'registry.yaml': REGISTRY_YAML,
  'models/m/model.yaml': 'name: m\ndescription: The m model.\nowners: ["@alice"]\ndeprecated_versions:\n  1.2.0: Leaked labels.\n',
  'models/m/stages.yaml': 'production: 1.1.0\n',
  'models/m/versions/1.0.0/card.yaml': card('1.0.0'),
  'models/m/versions/1.0.0/metrics.yaml': 'accuracy: 0.9\n',
  'models/m/versions/1.1.0/card.yaml': card('1.1.0', ARTIFACTS),
  'models/m/versions/1.1.0/metrics.yaml': 'accuracy: 0.91\n',
  'models/m/versions/1.1.0/config.json': '{"layers": 2}',
  'models/m/versions/1.2.0/card.yaml': card('1.2.0'),
  'models/m/versions/1.2.0/metrics.yaml': 'accuracy: 0.92\n',
  'models/m/versions/2.0.0-rc.1/card.yaml': card('2.0.0-rc.1'),
  'models/m/versions/2.0.0-rc.1/metrics.yaml': 'accuracy: 0.95\n',
};
const registry = loadRegistry(snapshot(FILES));
const REPO = { owner: 'acme', repo: 'registry', serverUrl: 'https://github.com' };
const HUB = 'https://hub.example.com';

/** The site's API files, each checked by the validator the CLI checks a served document with. */
function site(repository?: string) {
  const files = renderSite(registry, { repository, serverUrl: 'https://github.com', generatedAt: '2026-02-01T00:00:00Z' });
  const read = <T>(path: string, validate: (d: unknown) => boolean): T => {
    const value = JSON.parse(String(files.get(path))) as unknown;
    expect(validate(value), path).toBe(true);
    return value as T;
  };
  return {
    index: read<ApiIndex>('api/index.json', api.apiIndex),
    model: read<ApiModel>('api/models/m.json', api.apiModel),
    production: read<ApiStage>('api/models/m/production.json', api.apiStage),
  };
}

const ref = (text: string): ModelRef => {
  const parsed = parseModelRef(text);
  if ('problem' in parsed) throw new Error(parsed.problem);
  return parsed.ref;
};
const resolved = (r: ReturnType<typeof resolveFromCatalogue>): ResolvedVersion => {
  if ('problem' in r) throw new Error(r.problem);
  return r.resolved;
};
/** What the catalogue cannot say (the registry path a committed file was stored at) left aside. */
const comparable = (r: ResolvedVersion) => ({ ...r, artifacts: r.artifacts.map(({ stored: _stored, ...a }) => a) });

describe('resolving from the catalogue', () => {
  const { index, model, production } = site('acme/registry');

  it('gives the same version, release and sources as the registry files, for every form of reference', () => {
    for (const text of ['m@1.1.0', 'm#production', 'm@latest', 'models:/m/Production', 'models:/m@production']) {
      const answers: CatalogueAnswers = text.includes('roduction') ? { stage: production } : { model };
      const fromFiles = resolveRef(registry, ref(text), REPO, HUB);
      if ('problem' in fromFiles) throw new Error(fromFiles.problem);
      expect(comparable(resolved(resolveFromCatalogue(ref(text), answers, HUB))), text).toEqual(comparable(fromFiles.resolved));
    }
  });

  it('latest skips deprecated versions and pre-releases', () => {
    expect(resolved(resolveFromCatalogue(ref('m@latest'), { model })).version).toBe('1.1.0');
  });

  it('maps each address by what it is: the release asset, https, hf:// pinned through the Hub, anything else listed', () => {
    const r = resolved(resolveFromCatalogue(ref('m@1.1.0'), { model }, HUB));
    expect(Object.fromEntries(r.artifacts.map((a) => [a.name, a.source]))).toEqual({
      'config.json': { kind: 'release-asset', url: 'https://github.com/acme/registry/releases/download/m%40v1.1.0/config.json' },
      'tok.json': { kind: 'hf', repo: 'acme/tok', revision: '0a1b2c3', path: 'sub dir/tok.json', url: `${HUB}/acme/tok/resolve/0a1b2c3/sub%20dir/tok.json` },
      'model.onnx': { kind: 'https', url: 'https://files.example.com/m/model.onnx' },
      'weights.bin': { kind: 'other', uri: 'gs://bucket/weights.bin' },
    });
    expect(r.checksumsUrl).toBe('https://github.com/acme/registry/releases/download/m%40v1.1.0/SHA256SUMS');
  });

  it('a site built without the repository: no release, and committed files without an address', () => {
    const offline = site();
    const r = resolved(resolveFromCatalogue(ref('m@1.1.0'), { model: offline.model }));
    expect(r.releaseUrl).toBeUndefined();
    expect(r.checksumsUrl).toBeUndefined();
    expect(r.artifacts.find((a) => a.name === 'config.json')?.source).toEqual({ kind: 'other', uri: '' });
  });

  it('names what is missing with the registry names the index gives', () => {
    const problem = (text: string, answers: CatalogueAnswers) => {
      const r = resolveFromCatalogue(ref(text), answers);
      return 'problem' in r ? r.problem : '';
    };
    expect(problem('n@1.0.0', { index })).toBe('no model n in this registry (did you mean `m`?)');
    expect(problem('m@1.0.1', { model, index })).toBe('m has no version 1.0.1 (did you mean `1.0.0`?)');
    expect(problem('m#staging', { model, index })).toBe('m runs nothing in staging');
    expect(problem('m#prodution', { model, index })).toBe('no stage prodution in this registry (did you mean `production`?)');
  });
});
