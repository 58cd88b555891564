#!/usr/bin/env node
/**
 * Makes `npm test` work on a fresh clone: installs the locked dependencies when
 * they are missing or stale, installs Debian's Chromium for the catalogue's
 * browser tests when it is missing, then checks that the committed dist/
 * bundles match the sources (the Action runs dist/, so a stale bundle is a
 * broken release).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const lock = 'package-lock.json';
const installed = 'node_modules/.package-lock.json';
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
  console.log('Installing the locked dependencies (npm ci)...');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
}
// The catalogue's browser tests drive Debian's Chromium with playwright-core (which downloads no browser).
const chromium = '/usr/bin/chromium';
if (!existsSync(chromium)) {
  if (process.platform === 'linux' && existsSync('/usr/bin/apt-get')) {
    console.log(`${chromium} is missing: installing Debian's chromium package (apt-get update && apt-get install -y chromium)...`);
    const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
    const apt = (args) =>
      execFileSync(sudo.length ? 'sudo' : 'apt-get', [...(sudo.length ? ['apt-get'] : []), ...args], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    apt(['update']);
    apt(['install', '-y', 'chromium']);
  } else {
    console.log(`${chromium} is missing and apt-get is not available here: the catalogue's browser tests will fail; install Chromium at ${chromium}.`);
  }
}
execFileSync(process.execPath, ['scripts/build.mjs', '--check'], { stdio: 'inherit' });
execFileSync(process.execPath, ['scripts/gen-types.mjs', '--check'], { stdio: 'inherit' });
execFileSync(process.execPath, ['scripts/gen-validators.mjs', '--check'], { stdio: 'inherit' });
