/**
 * The edits promote, demote and deprecate make: only the line that changes
 * changes (comments, key order, quoting and folded text stay as written), a
 * new stages.yaml starts with the template's schema comment, and a file that
 * has problems is refused with them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { removeStage, setDeprecated, setStage, STAGES_SCHEMA_COMMENT, type EditResult } from '../../../../src/core/promotion/edit.js';

const TEMPLATE = join(import.meta.dirname, '..', '..', '..', '..', 'registry-template');
const bytes = (text: string) => new TextEncoder().encode(text);
const STAGES = 'models/m/stages.yaml';
const MODEL = 'models/m/model.yaml';
/** The fields model.yaml must have. */
const CARD = 'name: m\ndescription: A model.\nowners: ["@a"]\n';

function text(result: EditResult): string {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
  return result.text;
}

describe('setStage', () => {
  it('changes only the version of an existing stage, keeping comments and order', () => {
    const before = '# pointers\nproduction: 1.0.0 # since March\n# next up\nstaging: 1.1.0\n';
    const result = setStage(STAGES, bytes(before), 'production', '1.1.0');
    expect(result).toMatchObject({ ok: true, changed: true });
    expect(text(result)).toBe('# pointers\nproduction: 1.1.0 # since March\n# next up\nstaging: 1.1.0\n');
  });

  it('adds a new stage as the last key, at the mapping indentation, after trailing comments on its line', () => {
    const before = '# pointers\nproduction: 1.0.0 # live\n';
    expect(text(setStage(STAGES, bytes(before), 'staging', '1.2.0-rc.1'))).toBe('# pointers\nproduction: 1.0.0 # live\nstaging: 1.2.0-rc.1\n');
  });

  it('keeps CRLF line endings and a file without a final newline', () => {
    expect(text(setStage(STAGES, bytes('production: 1.0.0\r\nstaging: 1.1.0'), 'canary', '1.1.0'))).toBe(
      'production: 1.0.0\r\nstaging: 1.1.0\r\ncanary: 1.1.0\r\n',
    );
  });

  it('creates the file with the schema comment the template uses', () => {
    const result = setStage(STAGES, undefined, 'staging', '1.0.0');
    expect(text(result)).toBe(`${STAGES_SCHEMA_COMMENT}\nstaging: 1.0.0\n`);
    const template = readFileSync(join(TEMPLATE, 'models', 'churn-gbm', 'stages.yaml'), 'utf8');
    expect(template.split('\n')[0]).toBe(STAGES_SCHEMA_COMMENT);
  });

  it('says nothing changed when the stage already holds the version', () => {
    const before = 'production: "1.0.0"\n';
    expect(setStage(STAGES, bytes(before), 'production', '1.0.0')).toEqual({ ok: true, changed: false, text: before });
  });

  it('edits a flow mapping such as {} through the Document API, keeping the comment', () => {
    const result = text(setStage(STAGES, bytes('# pointers\n{}\n'), 'staging', '1.0.0'));
    expect(result).toBe('# pointers\nstaging: 1.0.0\n');
  });

  it('refuses a file that has problems, with the problem', () => {
    const result = setStage(STAGES, bytes('production: 1.0.0\nproduction: 1.1.0\n'), 'staging', '1.1.0');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ file: STAGES, rule: 'duplicate-key', line: 2 });
    const broken = setStage(STAGES, bytes('production: [1.0.0\n'), 'staging', '1.1.0');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.problems[0]).toMatchObject({ file: STAGES, rule: 'yaml-syntax' });
  });
});

describe('removeStage', () => {
  it('removes the stage line (and its trailing comment), nothing else', () => {
    const before = '# pointers\nproduction: 1.0.0 # live\n# canary below\nstaging: 1.1.0\ncanary: 1.1.0\n';
    expect(text(removeStage(STAGES, bytes(before), 'staging'))).toBe('# pointers\nproduction: 1.0.0 # live\n# canary below\ncanary: 1.1.0\n');
    expect(text(removeStage(STAGES, bytes(before), 'production'))).toBe('# pointers\n# canary below\nstaging: 1.1.0\ncanary: 1.1.0\n');
  });

  it('leaves {} when the last stage goes, so the file stays valid', () => {
    const result = text(removeStage(STAGES, bytes(`${STAGES_SCHEMA_COMMENT}\nproduction: 1.0.0\n`), 'production'));
    expect(result).toBe(`${STAGES_SCHEMA_COMMENT}\n{}\n`);
    expect(parse(result)).toEqual({});
  });

  it('says nothing changed when the stage is empty', () => {
    expect(removeStage(STAGES, bytes('production: 1.0.0\n'), 'staging')).toMatchObject({ ok: true, changed: false });
  });
});

describe('setDeprecated', () => {
  const model = readFileSync(join(TEMPLATE, 'models', 'churn-gbm', 'model.yaml'), 'utf8');

  it('adds a reason to an existing deprecated_versions, every other byte of model.yaml unchanged', () => {
    expect(model).toContain('deprecated_versions:\n');
    const result = text(setDeprecated(MODEL, bytes(model), '1.0.0', 'Superseded by 2.0.0: use it.'));
    const added = result.split('\n').filter((line) => !model.split('\n').includes(line));
    expect(added).toEqual(['  1.0.0: "Superseded by 2.0.0: use it."']);
    expect(result.length).toBe(model.length + added[0].length + 1);
    expect((parse(result) as { deprecated_versions: Record<string, string> }).deprecated_versions['1.0.0']).toBe('Superseded by 2.0.0: use it.');
  });

  it('creates deprecated_versions at the end of a model.yaml that has none', () => {
    const before = '# card\nname: m\ndescription: |\n  Text.\nowners: ["@a"] # owners\n';
    expect(text(setDeprecated(MODEL, bytes(before), '1.0.0', 'Data leak, use 1.1.0'))).toBe(`${before}deprecated_versions:\n  1.0.0: Data leak, use 1.1.0\n`);
  });

  it('updates the reason in place, and says nothing changed when it is the same', () => {
    const before = `${CARD}deprecated_versions:\n  1.0.0: old reason # why\n  1.1.0: other\n`;
    expect(text(setDeprecated(MODEL, bytes(before), '1.0.0', 'new reason'))).toBe(`${CARD}deprecated_versions:\n  1.0.0: new reason # why\n  1.1.0: other\n`);
    expect(setDeprecated(MODEL, bytes(before), '1.1.0', 'other')).toMatchObject({ ok: true, changed: false });
  });

  it('quotes a reason that YAML would read otherwise (a comment sign, a colon, a number)', () => {
    for (const reason of ['see #12', 'use: 1.1.0', '42', 'true', "it's", '- dash']) {
      const result = text(setDeprecated(MODEL, bytes(CARD), '1.0.0', reason));
      expect((parse(result) as { deprecated_versions: Record<string, string> }).deprecated_versions['1.0.0'], reason).toBe(reason);
    }
  });
});
