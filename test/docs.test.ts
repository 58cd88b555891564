/** The documentation users read must match what ships. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { RULE_IDS } from '../src/core/rules/catalog.js';

const root = join(import.meta.dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

describe('README', () => {
  it('documents every validation rule, each under its own heading', () => {
    const missing = RULE_IDS.filter((id) => !new RegExp(`^### \`${id}\``, 'm').test(readme));
    expect(missing).toEqual([]);
  });

  it('has a quick start of exactly two commands, and CI runs the test command', () => {
    const quick = /## Quick start[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const commands = quick.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#')).map((l) => l.split('#')[0].trim());
    expect(commands).toEqual(['npm start', 'npm test']);
    expect(readFileSync(join(root, '.ci', 'run'), 'utf8')).toMatch(/^npm test$/m);
  });

  it('documents every input and output of action.yml', () => {
    const action = YAML.parse(readFileSync(join(root, 'action.yml'), 'utf8'));
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) {
      expect(readme, name).toContain(`| \`${name}\` |`);
      const entry = action.inputs[name] ?? action.outputs[name];
      expect(entry.description?.length, name).toBeGreaterThan(10);
    }
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(action.branding.icon).toBeTruthy();
  });
});

describe('registry-template', () => {
  it('starts every YAML file with the schema line editors read', () => {
    const yamlFiles = walk(join(root, 'registry-template')).filter((f) => f.endsWith('.yaml') && !f.includes('/.github/'));
    expect(yamlFiles.length).toBeGreaterThan(10);
    for (const file of yamlFiles) {
      const kind = /(registry|model|stages|card|metrics)\.yaml$/.exec(file)![1];
      expect(readFileSync(file, 'utf8').split('\n')[0], relative(root, file)).toBe(
        `# yaml-language-server: $schema=https://raw.githubusercontent.com/model-registry/model-registry/main/schemas/${kind}.schema.json`,
      );
    }
  });

  it('gives every workflow explicit, minimal permissions and never uses pull_request_target', () => {
    const workflows = walk(join(root, 'registry-template', '.github', 'workflows'));
    expect(workflows.length).toBeGreaterThanOrEqual(3);
    for (const file of workflows) {
      const text = readFileSync(file, 'utf8');
      const workflow = YAML.parse(text);
      expect(Object.keys(workflow.on ?? {}), file).not.toContain('pull_request_target');
      const jobs = Object.values(workflow.jobs) as { permissions?: Record<string, string> }[];
      const hasPermissions = workflow.permissions !== undefined || jobs.every((j) => j.permissions !== undefined);
      expect(hasPermissions, `${relative(root, file)} sets permissions`).toBe(true);
      for (const scope of [workflow.permissions, ...jobs.map((j) => j.permissions)]) {
        if (scope && typeof scope === 'object') expect(Object.values(scope).every((v) => v === 'read' || v === 'write' || v === 'none'), file).toBe(true);
        expect(scope === 'write-all' || scope === 'read-all', file).toBe(false);
      }
    }
    expect(readme).not.toMatch(/on:\s*\n\s*pull_request_target/);
  });
});

describe('docs/security.md', () => {
  const security = readFileSync(join(root, 'docs', 'security.md'), 'utf8');

  it('is linked from a Security section of the README', () => {
    expect(/^## Security\n[\s\S]*?\(docs\/security\.md\)/m.test(readme)).toBe(true);
  });

  it('says what each kind of outsider can and cannot do, and every setting the owner must turn on', () => {
    for (const who of ['A pull-request author', 'A fork', 'A commenter', 'A training pipeline']) expect(security).toMatch(new RegExp(`^## ${who}\\n[\\s\\S]*?\\*\\*Cannot\\*\\*[\\s\\S]*?\\*\\*Can\\*\\*`, 'm'));
    const settings = security.slice(security.indexOf('## What the registry owner must turn on'));
    for (const setting of ['Immutable releases', 'Branch protection', 'CODEOWNERS', 'persist-credentials: false', 'Actions pinned to a full commit SHA', 'Dependabot', 'Least token permissions', 'Git LFS']) {
      expect(settings, setting).toContain(setting);
    }
  });
});
