/**
 * Where `register` says the model's code came from: the GitHub repository of
 * the checkout's remote.
 */
import { describe, expect, it } from 'vitest';
import { repositoryFromRemote } from '../../../../src/adapters/git/code-origin.js';

describe('local inputs', () => {
  it('reads GitHub remotes', () => {
    expect(repositoryFromRemote('git@github.com:acme/churn-training.git')).toBe('acme/churn-training');
    expect(repositoryFromRemote('https://github.com/acme/churn-training')).toBe('acme/churn-training');
  });
});
