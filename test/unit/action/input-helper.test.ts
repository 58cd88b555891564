/**
 * The Action's `command` input accepts exactly the commands it can run, and
 * says which those are.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { COMMANDS, getSettings } from '../../../src/action/input-helper.js';

afterEach(() => {
  delete process.env.INPUT_COMMAND;
});

describe('the command input', () => {
  it('lists only the commands the Action runs', () => {
    expect([...COMMANDS].sort()).toEqual([
      'audit',
      'comment',
      'demote',
      'deployed',
      'deprecate',
      'observe',
      'promote',
      'record',
      'register',
      'release',
      'resolve',
      'site',
      'status',
      'validate',
    ]);
  });

  it.each(['promotion', 'audits'])('refuses %s, naming the commands there are', (command) => {
    process.env.INPUT_COMMAND = command;
    expect(() => getSettings()).toThrow(
      `input \`command\` must be one of validate, comment, release, site, register, record, promote, demote, deprecate, resolve, deployed, status, audit, observe; got "${command}"`,
    );
  });

  it('takes each command it lists', () => {
    for (const command of COMMANDS) {
      process.env.INPUT_COMMAND = command;
      expect(getSettings().command).toBe(command);
    }
  });
});
