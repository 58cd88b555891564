/** The commands that talk to GitHub, loaded (with Octokit) only when one of them runs. */
export { releaseCommand } from './commands/release.js';
export { registerCommand } from './commands/register.js';
