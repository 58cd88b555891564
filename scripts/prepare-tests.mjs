#!/usr/bin/env node
/**
 * Makes `npm test` work on a fresh clone: installs the locked dependencies when
 * they are missing or stale, then checks that the committed dist/ bundles match
 * the sources (the Action runs dist/, so a stale bundle is a broken release).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const lock = 'package-lock.json';
const installed = 'node_modules/.package-lock.json';
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
  console.log('Installing the locked dependencies (npm ci)...');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
}
execFileSync(process.execPath, ['scripts/build.mjs', '--check'], { stdio: 'inherit' });
execFileSync(process.execPath, ['scripts/gen-types.mjs', '--check'], { stdio: 'inherit' });
