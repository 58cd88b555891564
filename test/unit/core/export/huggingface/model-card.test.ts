import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readSnapshot } from '../../../../../src/adapters/fs/fs-snapshot.js';
import { huggingFaceCard } from '../../../../../src/core/export/huggingface/model-card.js';
import { hubLicense } from '../../../../../src/core/export/huggingface/license.js';
import { validateSnapshot } from '../../../../../src/core/validate.js';

const TEMPLATE = join(import.meta.dirname, '..', '..', '..', '..', '..', 'registry-template');
const { registry } = validateSnapshot(readSnapshot(TEMPLATE));

function card(model: string, version: string, namespace?: string) {
  const m = registry.models.get(model)!;
  return huggingFaceCard(registry, m, m.versions.get(version)!, { namespace });
}

/** The front matter as the Hub reads it: between the first two `---` lines, parsed by a YAML parser. */
function frontMatter(readme: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(readme);
  expect(match).not.toBeNull();
  return parseYaml(match![1]) as Record<string, unknown>;
}

type Result = { task: { type: string }; dataset: { type: string; name: string }; metrics: { type: string; value: number }[] };

describe('huggingFaceCard', () => {
  it('front matter parses back with every key model_index_to_eval_results requires, one result per metric value', () => {
    const { readme, metadata } = card('support-ticket-classifier', '1.2.0', 'acme-ml');
    const front = frontMatter(readme);
    expect(front).toEqual(metadata);
    expect(front.license).toBe('apache-2.0');
    expect(front.pipeline_tag).toBe('text-classification');
    expect(front.tags).toEqual(['nlp', 'distilbert', 'routing', 'customer-support', 'english']);
    expect(front.model_registry).toEqual({ registry: 'acme-ml', model: 'support-ticket-classifier', version: '1.2.0' });
    // Its own previous version (a retrain) is no base model; the Hub parent it is fine-tuned from is.
    expect(front.base_model).toBe('distilbert/distilbert-base-uncased');
    expect(front.base_model_relation).toBe('finetune');
    const index = front['model-index'] as { name: string; results: Result[] }[];
    expect(index).toHaveLength(1);
    expect(index[0].name).toBe('acme-ml/support-ticket-classifier');
    const metrics = parseYaml(
      readSnapshot(TEMPLATE)
        .entries.find((e) => e.path === 'models/support-ticket-classifier/versions/1.2.0/metrics.yaml')!
        .bytes!.toString(),
    ) as Record<string, unknown>;
    expect(index[0].results).toHaveLength(Object.keys(metrics).length);
    for (const result of index[0].results) {
      expect(typeof result.task.type).toBe('string');
      expect(typeof result.dataset.type).toBe('string');
      expect(typeof result.dataset.name).toBe('string');
      expect(result.metrics).toHaveLength(1);
      expect(typeof result.metrics[0].type).toBe('string');
      expect(typeof result.metrics[0].value).toBe('number');
    }
    expect(index[0].results.map((r) => r.metrics[0].type)).toEqual(Object.keys(metrics));
  });

  it('maps relations to base_model_relation, and a registry parent to <namespace>/<model>', () => {
    const fine = frontMatter(card('support-ticket-classifier', '1.0.0').readme);
    expect(fine).toMatchObject({ base_model: 'distilbert/distilbert-base-uncased', base_model_relation: 'finetune' });
    // distill and other have no Hub relation: base_model only (the Hub infers the rest); a registry parent is <namespace>/<model>.
    const distilled = frontMatter(card('support-ticket-classifier-small', '1.0.0', 'acme-ml').readme);
    expect(distilled.base_model).toEqual(['acme-ml/support-ticket-classifier', 'huawei-noah/TinyBERT_General_4L_312D']);
    expect(distilled.base_model_relation).toBeUndefined();
    // Without a namespace a registry parent has no Hub id: left out.
    expect(frontMatter(card('support-ticket-classifier-small', '1.0.0').readme).base_model).toBe('huawei-noah/TinyBERT_General_4L_312D');
    const m = registry.models.get('support-ticket-classifier-small')!;
    const v = m.versions.get('1.0.1')!;
    for (const [relation, hub] of [
      ['quantize', 'quantized'],
      ['adapter', 'adapter'],
      ['merge', 'merge'],
    ]) {
      const lineage = { parents: [{ model: 'support-ticket-classifier', version: '1.2.0', relation }] };
      const version = { ...v, card: { ...v.card!, value: { ...v.card!.value, lineage } as NonNullable<typeof v.card>['value'] } };
      expect(frontMatter(huggingFaceCard(registry, m, version, { namespace: 'acme-ml' }).readme)).toMatchObject({
        base_model: 'acme-ml/support-ticket-classifier',
        base_model_relation: hub,
      });
    }
  });

  it('licences: the Hub id, or other with license_name', () => {
    expect(hubLicense('Apache-2.0')).toEqual({ license: 'apache-2.0' });
    expect(hubLicense('GPL-3.0-or-later')).toEqual({ license: 'gpl-3.0' });
    expect(hubLicense('ODbL-1.0')).toEqual({ license: 'odbl' });
    expect(hubLicense('MIT OR Apache-2.0')).toEqual({ license: 'other', license_name: 'MIT OR Apache-2.0' });
    expect(hubLicense('LicenseRef-acme')).toEqual({ license: 'other', license_name: 'LicenseRef-acme' });
  });

  it('card text is data: YAML-hostile and Markdown-hostile text stays inert', () => {
    const m = registry.models.get('churn-gbm')!;
    const hostile = 'x\n---\nlicense: mit\n<img src=x onerror=alert(1)> [link](https://evil.example) @everyone';
    const model = { ...m, card: { ...m.card!, value: { ...m.card!.value, title: hostile, description: hostile, tags: ['a: b', '---'] } } };
    const result = huggingFaceCard(registry, model, m.versions.get('2.0.0')!);
    const front = frontMatter(result.readme);
    expect(front.license).toBe('apache-2.0');
    expect(front.tags).toEqual(['a: b', '---']);
    const body = result.readme.slice(result.readme.indexOf('\n---\n', 4) + 5);
    expect(body).not.toMatch(/<img|\]\(https|@everyone|^---$/m);
  });

  it('download section: sha256sum lines for every artifact', () => {
    const { readme } = card('churn-gbm', '2.0.0');
    expect(readme).toContain('8fd3433afaa5a25d2b5c7abacc983e44cec26c7e0eba984e77f5ba3dd6beecf0  model.txt\n');
    expect(readme).toContain('model-registry download churn-gbm@2.0.0 --out churn-gbm-2.0.0');
  });

  it('.eval_results: one file per Hub dataset, entries with dataset.id, dataset.task_id and value', () => {
    const m = registry.models.get('churn-gbm')!;
    const v = m.versions.get('2.0.0')!;
    const lineage = { datasets: [{ name: 'churn-features', uri: 'hf://datasets/acme/churn-features@abc123', role: 'test' }] };
    const version = { ...v, card: { ...v.card!, value: { ...v.card!.value, lineage } as NonNullable<typeof v.card>['value'] } };
    const result = huggingFaceCard(registry, m, version);
    expect(result.evalResults.map((e) => e.file)).toEqual(['acme_churn-features.yaml']);
    const entries = parseYaml(result.evalResults[0].text) as { dataset: { id: string; task_id: string; revision?: string }; value: number; date?: string }[];
    expect(entries[0]).toEqual({ dataset: { id: 'acme/churn-features', task_id: 'roc_auc', revision: 'abc123' }, value: 0.8712, date: '2026-03-25T10:41:57Z' });
    for (const e of entries) expect(typeof e.value).toBe('number');
    expect(frontMatter(result.readme).datasets).toEqual(['acme/churn-features']);
  });

  it("huggingface_hub's ModelCard parses the card without errors (when Python has huggingface_hub)", () => {
    const { readme } = card('support-ticket-classifier', '1.2.0', 'acme-ml');
    const python = spawnSync('python3', ['-c', 'import huggingface_hub'], { encoding: 'utf8' });
    // The structure is asserted above in every run; with huggingface_hub installed, its own parser checks it too.
    if (python.status === 0) {
      const script = [
        'import sys',
        'from huggingface_hub import ModelCard',
        'from huggingface_hub.repocard_data import model_index_to_eval_results',
        'card = ModelCard(sys.stdin.read(), ignore_metadata_errors=False)',
        'name, results = model_index_to_eval_results(card.data.to_dict()["model-index"])',
        'print(name, len(results))',
      ].join('\n');
      const run = spawnSync('python3', ['-c', script], { input: readme, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.stdout.trim()).toMatch(/^acme-ml\/support-ticket-classifier \d+$/);
    } else {
      expect(frontMatter(readme)['model-index']).toBeDefined();
    }
  });
});
