/**
 * Every CLI command has its help (src/cli/command-help.ts, which its parser
 * reads its options from), and docs/cli.md documents every option of every
 * command in that command's section, so the help and the manual cannot drift.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_HELP, type CommandHelp } from '../../src/cli/command-help.js';
import { COMMANDS } from '../../src/cli/main.js';
import { commandUsage } from '../../src/cli/usage.js';

const docs = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'cli.md'), 'utf8');
const help = Object.entries(COMMAND_HELP as Record<string, CommandHelp>);

/** The `## ` section of docs/cli.md whose heading names the command (`model-registry site`, or `promote` in "promote, demote, deprecate"). */
function section(command: string): string | undefined {
  const sections = docs.split(/^(?=## )/m).filter((s) => s.startsWith('## '));
  const heading = (s: string) => s.slice(0, s.indexOf('\n'));
  return (
    sections.find((s) => heading(s).includes(`\`model-registry ${command}\``)) ??
    sections.find((s) =>
      heading(s)
        .replace(/`/g, '')
        .split(/[\s,]+/)
        .includes(command),
    )
  );
}

describe('CLI help', () => {
  it('every command the CLI dispatches has help, and every help names a command it dispatches', () => {
    for (const command of Object.keys(COMMANDS)) expect(commandUsage(command), `${command}: no entry in src/cli/command-help.ts`).toBeDefined();
    for (const [name] of help) expect(Object.keys(COMMANDS), `help for ${name}, which main.ts does not dispatch`).toContain(name.split(' ')[0]);
  });

  it('every command has a summary, usage, a description, documented options and an example', () => {
    for (const [name, entry] of help) {
      expect(entry.summary.length, name).toBeGreaterThan(10);
      expect(entry.usage[0].startsWith(`${name} `) || entry.usage[0] === name, name).toBe(true);
      expect(entry.about.length, name).toBeGreaterThan(40);
      for (const [option, spec] of Object.entries(entry.options)) expect(spec.help.length, `${name} --${option}`).toBeGreaterThan(5);
      expect(entry.examples.length, name).toBeGreaterThan(0);
      for (const example of entry.examples) expect(example, name).toContain(`model-registry ${name}`);
    }
  });

  it("docs/cli.md has a section for every command that names each of the command's options", () => {
    const missing: string[] = [];
    for (const [name, entry] of help) {
      const text = section(name);
      if (text === undefined) {
        missing.push(`${name}: no section`);
        continue;
      }
      for (const option of Object.keys(entry.options)) if (!text.includes(`--${option}`)) missing.push(`${name} --${option}`);
    }
    expect(missing).toEqual([]);
  });
});
