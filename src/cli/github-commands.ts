/** The commands that talk to GitHub, loaded (with Octokit) only when one of them runs. */
export { releaseCommand } from './commands/release.js';
export { registerCommand } from './commands/register.js';
export { promoteCommand } from './commands/promote.js';
export { demoteCommand } from './commands/demote.js';
export { deprecateCommand } from './commands/deprecate.js';
export { recordCommand } from './commands/record.js';
export { deployedCommand } from './commands/deployed.js';
