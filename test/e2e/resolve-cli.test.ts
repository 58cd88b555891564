/**
 * `model-registry resolve` (dist/cli.js, as a deployment job types it) on a
 * copy of the template: each form of reference, the release addresses with
 * --repository, JSON for tools, and the exit statuses of a reference that
 * names nothing or is malformed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const TEMPLATE = join(import.meta.dirname, '..', '..', 'registry-template');

function resolve(...args: string[]) {
  expect(existsSync(CLI), 'dist/cli.js is missing: run `npm run build`').toBe(true);
  const env = { PATH: process.env.PATH ?? '', NO_COLOR: '1' };
  const result = spawnSync(process.execPath, [CLI, 'resolve', ...args, '--root', TEMPLATE], { env, encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('model-registry resolve', () => {
  it('what production runs, with its release and every artifact: committed ones from the release, others with the line that verifies them', () => {
    const run = resolve('support-ticket-classifier#production', '--repository', 'acme-ml/model-registry');
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('support-ticket-classifier 1.2.0 (production)  tag support-ticket-classifier@v1.2.0');
    expect(lines[1]).toBe('release  https://github.com/acme-ml/model-registry/releases/tag/support-ticket-classifier%40v1.2.0');
    expect(run.stdout).toContain(
      'label_map.json  385 B  sha256 6746f8ed8136a522e25e5c9d034466dbcb4998418a8326367ceb4b4f84a0a2b4\n' +
        '  https://github.com/acme-ml/model-registry/releases/download/support-ticket-classifier%40v1.2.0/label_map.json',
    );
    expect(run.stdout).toContain(
      '  stored at s3://acme-models/support-ticket-classifier/1.2.0/model.safetensors: fetch it with your own tool, then verify:\n' +
        "  echo '00888335afce7c61373198f153150932726d355856aa3d9ba2fb23133541cd96  model.safetensors' | sha256sum -c",
    );
  });

  it('MLflow forms and latest; JSON for tools', () => {
    expect(resolve('models:/churn-gbm@Production').stdout.split('\n')[0]).toBe('churn-gbm 2.0.0 (production)  tag churn-gbm@v2.0.0');
    const run = resolve('churn-gbm@latest', '--format', 'json');
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as { version: string; tag: string; artifacts: { name: string; source: { kind: string; path?: string } }[] };
    expect(json).toMatchObject({ version: '2.0.0', tag: 'churn-gbm@v2.0.0' });
    // Without a repository, a committed file is named by its path in the registry.
    expect(json.artifacts.find((a) => a.name === 'thresholds.json')?.source).toEqual({
      kind: 'committed',
      path: 'models/churn-gbm/versions/2.0.0/thresholds.json',
    });
  });

  it('exit 1 when the reference names nothing, 2 when it is malformed; one line, never a stack trace', () => {
    const missing = resolve('churn-gbm#staging');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe('model-registry resolve: churn-gbm runs nothing in staging\n');
    const typo = resolve('churn-gmb@2.0.0');
    expect(typo.status).toBe(1);
    expect(typo.stderr).toContain('no model churn-gmb in this registry (did you mean `churn-gbm`?)');
    const malformed = resolve('churn-gbm');
    expect(malformed.status).toBe(2);
    expect(malformed.stderr).toContain('name a version, a stage or latest');
    expect(malformed.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });
});
