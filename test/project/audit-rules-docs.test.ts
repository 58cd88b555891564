/** docs/rules.md documents every audit finding, in the audit catalogue's order, with its severity. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_RULE_IDS, AUDIT_RULES } from '../../src/core/audit/audit-rules.js';

const rules = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'rules.md'), 'utf8');

describe('docs/rules.md, Audit findings', () => {
  const section = rules.slice(rules.indexOf('\n# Audit findings\n'));
  const entries = [...section.matchAll(/^### `([a-z-]+)`\n([^\n]+)/gm)].map(([, id, text]) => ({ id, text }));

  it('has one entry per audit rule, in the catalogue order, each saying its severity', () => {
    expect(rules).toContain('\n# Audit findings\n');
    expect(entries.map((e) => e.id)).toEqual(AUDIT_RULE_IDS);
    for (const { id, text } of entries)
      expect(text, id).toMatch(AUDIT_RULES[id as keyof typeof AUDIT_RULES].severity === 'error' ? /^An error\./ : /^A warning/);
  });
});
