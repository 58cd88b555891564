/** The documentation users read must match what ships. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { RULE_IDS, RULES } from '../../src/core/rules/catalog.js';

const root = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

describe('docs/rules.md', () => {
  const rules = readFileSync(join(root, 'docs', 'rules.md'), 'utf8');
  const entries = [...rules.matchAll(/^## `([a-z-]+)`(.*)\n([^\n#]+)/gm)].map(([, id, rest, text]) => ({ id, warning: rest.includes('(warning)'), text }));

  it('has one entry per rule of the catalogue, in its order, each under its own heading', () => {
    expect(entries.map((e) => e.id)).toEqual(RULE_IDS);
    for (const entry of entries) expect(entry.text.trim().length, entry.id).toBeGreaterThan(20);
  });

  it("marks exactly the catalogue's warnings as warnings", () => {
    expect(entries.filter((e) => e.warning).map((e) => e.id)).toEqual(RULE_IDS.filter((id) => RULES[id].severity === 'warning'));
  });
});

describe('README', () => {
  it('is for users: short, and links every page in docs/', () => {
    expect(Buffer.byteLength(readme)).toBeLessThan(16_000);
    for (const page of readdirSync(join(root, 'docs'))) expect(readme, page).toContain(`(docs/${page})`);
  });

  it('has a quick start of exactly two commands, and CI runs the test command', () => {
    const quick = /## Quick start[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const commands = quick
      .split('\n')
      .filter((l) => l.trim() && !l.trim().startsWith('#'))
      .map((l) => l.split('#')[0].trim());
    expect(commands).toEqual(['npm start', 'npm test']);
    expect(readFileSync(join(root, '.ci', 'run'), 'utf8')).toMatch(/^npm test$/m);
  });
});

/** GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const [, heading] of markdown.replace(/^```[\s\S]*?^```/gm, '').matchAll(/^#{1,6} (.+)$/gm)) {
    const text = heading.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const slug = text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    out.add(n ? `${slug}-${n}` : slug);
  }
  return out;
}

describe('links between README.md and docs/', () => {
  const pages = [
    'README.md',
    ...readdirSync(join(root, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => join('docs', f)),
  ];

  it('lead to files that exist, and to headings that exist', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const markdown = readFileSync(join(root, page), 'utf8');
      for (const [, target] of markdown
        .replace(/^```[\s\S]*?^```/gm, '')
        .replace(/`[^`\n]*`/g, '')
        .matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target)) continue;
        const [path, anchor] = target.split('#');
        const file = path ? join(dirname(join(root, page)), path) : join(root, page);
        if (!existsSync(file)) broken.push(`${page}: ${target}`);
        else if (anchor !== undefined && !anchors(readFileSync(file, 'utf8')).has(anchor)) broken.push(`${page}: ${target} (no such heading)`);
      }
    }
    expect(broken).toEqual([]);
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
      const jobs = Object.values<{ permissions?: Record<string, string> }>(workflow.jobs);
      const hasPermissions = workflow.permissions !== undefined || jobs.every((j) => j.permissions !== undefined);
      expect(hasPermissions, `${relative(root, file)} sets permissions`).toBe(true);
      for (const scope of [workflow.permissions, ...jobs.map((j) => j.permissions)]) {
        if (scope && typeof scope === 'object')
          expect(
            Object.values(scope).every((v) => v === 'read' || v === 'write' || v === 'none'),
            file,
          ).toBe(true);
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
    for (const who of ['A pull-request author', 'A fork', 'A commenter', 'A training pipeline'])
      expect(security).toMatch(new RegExp(`^## ${who}\\n[\\s\\S]*?\\*\\*Cannot\\*\\*[\\s\\S]*?\\*\\*Can\\*\\*`, 'm'));
    const settings = security.slice(security.indexOf('## What the registry owner must turn on'));
    for (const setting of [
      'Immutable releases',
      'Branch protection',
      'CODEOWNERS',
      'persist-credentials: false',
      'Actions pinned to a full commit SHA',
      'Dependabot',
      'Least token permissions',
      'Git LFS',
    ]) {
      expect(settings, setting).toContain(setting);
    }
  });
});
