/**
 * action.yml is what the runner and the Marketplace read; the code is what
 * runs. They must name the same inputs, outputs and commands, and
 * docs/action.md must document each.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { COMMANDS, getSettings } from '../../src/action/input-helper.js';

const root = join(import.meta.dirname, '..', '..');
const action = YAML.parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  description: string;
  inputs: Record<string, { description?: string; default?: string }>;
  outputs: Record<string, { description?: string }>;
  runs: unknown;
  branding: { icon?: string };
};
const actionDoc = readFileSync(join(root, 'docs', 'action.md'), 'utf8');

/**
 * The inputs the Action reads, found by running its input reader with an
 * environment that records every INPUT_* variable asked for (how
 * @actions/core reads inputs), once per command.
 */
function inputsRead(): string[] {
  const read = new Set<string>();
  const saved = process.env;
  try {
    for (const command of COMMANDS) {
      process.env = new Proxy(
        { ...saved },
        {
          get(target, key) {
            if (typeof key === 'string' && key.startsWith('INPUT_')) {
              read.add(key.slice('INPUT_'.length).toLowerCase());
              return key === 'INPUT_COMMAND' ? command : undefined;
            }
            return target[key as string];
          },
        },
      );
      getSettings();
    }
  } finally {
    process.env = saved;
  }
  return [...read].sort();
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** The outputs set anywhere in src/action (every core.setOutput call names its output literally). */
function outputsSet(): string[] {
  const names = new Set<string>();
  for (const file of walk(join(root, 'src', 'action')).filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(file, 'utf8');
    const calls = source.match(/setOutput\(/g) ?? [];
    const literal = [...source.matchAll(/setOutput\(\s*'([a-z-]+)'/g)].map((m) => m[1]);
    expect(literal.length, `${relative(root, file)}: every setOutput names its output as a string literal`).toBe(calls.length);
    for (const name of literal) names.add(name);
  }
  return [...names].sort();
}

describe('action.yml', () => {
  it('declares exactly the inputs the Action reads', () => {
    const read = inputsRead();
    expect(read).toContain('command');
    expect(Object.keys(action.inputs).sort()).toEqual(read);
  });

  it('declares exactly the outputs the Action sets', () => {
    const set = outputsSet();
    expect(set).toContain('released');
    expect(Object.keys(action.outputs).sort()).toEqual(set);
  });

  it('describes every command in the `command` input, and the whole tool in its description', () => {
    const described = action.inputs.command.description ?? '';
    for (const command of COMMANDS) expect(described, command).toMatch(new RegExp(`\\b${command} \\(`));
    expect(action.inputs.command.default).toBe('validate');
    for (const word of ['pull request', 'release', 'catalogue', 'register']) expect(action.description.toLowerCase(), word).toContain(word);
  });

  it('describes every input and output, runs the committed bundle and has branding', () => {
    for (const [name, entry] of [...Object.entries(action.inputs), ...Object.entries(action.outputs)])
      expect(entry.description?.length, name).toBeGreaterThan(10);
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(action.branding.icon).toBeTruthy();
  });
});

describe('docs/action.md', () => {
  it('documents every command, input and output of action.yml', () => {
    for (const command of COMMANDS) expect(actionDoc, `command ${command}`).toMatch(new RegExp(`^\\| \`${command}\`( \\(default\\))? \\|`, 'm'));
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) expect(actionDoc, name).toContain(`| \`${name}\` |`);
  });

  it('is linked from the README', () => {
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain('(docs/action.md)');
  });
});
