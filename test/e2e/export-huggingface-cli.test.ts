/**
 * `model-registry export huggingface` through the CLI bundle on the example
 * registry: the README.md a Hub repository takes, one per version with
 * --all-versions, and the refusals (no such stage, --out inside the registry).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const TEMPLATE = join(ROOT, 'registry-template');

let out: string;
beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), 'export-hf-'));
});
afterEach(() => {
  rmSync(out, { recursive: true, force: true });
});

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: out },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function front(path: string): Record<string, unknown> {
  const text = readFileSync(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  expect(match).not.toBeNull();
  return parseYaml(match![1]) as Record<string, unknown>;
}

describe('model-registry export huggingface', () => {
  it("writes the production version's card with the front matter the Hub reads", () => {
    const result = cli(['export', 'huggingface', 'churn-gbm#production', '--root', TEMPLATE, '--out', out, '--namespace', 'acme-ml']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const meta = front(join(out, 'churn-gbm', 'README.md'));
    expect(meta).toMatchObject({
      license: 'apache-2.0',
      pipeline_tag: 'tabular-classification',
      model_registry: { registry: 'acme-ml', model: 'churn-gbm', version: '2.0.0' },
    });
    const index = meta['model-index'] as {
      name: string;
      results: { task: { type: string }; dataset: { type: string; name: string }; metrics: { type: string; value: number }[] }[];
    }[];
    expect(index[0].name).toBe('acme-ml/churn-gbm');
    expect(index[0].results.find((r) => r.metrics[0].type === 'roc_auc')).toEqual({
      task: { type: 'tabular-classification' },
      dataset: { type: 'churn-features', name: 'churn-features', split: 'test' },
      metrics: [{ type: 'roc_auc', value: 0.8712, name: 'roc_auc' }],
    });
    const readme = readFileSync(join(out, 'churn-gbm', 'README.md'), 'utf8');
    expect(readme).toContain('## Intended use');
    expect(readme).toContain('## Download and verify');
  });

  it('--all-versions writes one card per version', () => {
    expect(cli(['export', 'huggingface', 'support-ticket-classifier', '--all-versions', '--eval-results', '--root', TEMPLATE, '--out', out]).status).toBe(0);
    expect(readdirSync(join(out, 'support-ticket-classifier')).sort()).toEqual(['1.0.0', '1.1.0', '1.2.0', '1.3.0']);
    for (const v of ['1.0.0', '1.3.0']) expect(front(join(out, 'support-ticket-classifier', v, 'README.md')).model_registry).toMatchObject({ version: v });
    // No metric of the template is measured on a Hub dataset: no .eval_results.
    expect(existsSync(join(out, 'support-ticket-classifier', '1.3.0', '.eval_results'))).toBe(false);
  });

  it('refuses an unknown stage and an --out inside the registry (exit 1 and 2), writing nothing', () => {
    const stage = cli(['export', 'huggingface', 'churn-gbm#staging', '--root', TEMPLATE, '--out', out]);
    expect(stage.status).toBe(1);
    expect(stage.stderr).toContain('churn-gbm runs nothing in staging');
    const inside = cli(['export', 'huggingface', 'churn-gbm', '--root', TEMPLATE, '--out', join(TEMPLATE, 'models', 'x')]);
    expect(inside.status).toBe(2);
    expect(readdirSync(out)).toEqual([]);
  });
});
