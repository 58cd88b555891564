/**
 * The commands that work on the registry's files alone, loaded together when
 * one of them runs. They never load Octokit (see github-commands.ts). `validate`
 * is loaded alone (main.ts): it starts sooner without the others' code.
 */
export { listCommand } from './commands/list.js';
export { diffCommand } from './commands/diff.js';
export { siteCommand } from './commands/site.js';
export { statusCommand } from './commands/status.js';
export { historyCommand } from './commands/history.js';
export { codeownersCommand } from './commands/codeowners.js';
export { resolveCommand } from './commands/resolve.js';
export { downloadCommand } from './commands/download.js';
export { initCommand } from './commands/init.js';
export { addCommand } from './commands/add.js';
export { convertMetricsCommand } from './commands/convert-metrics.js';
export { importCommand } from './commands/import.js';
export { exportCommand } from './commands/export.js';
export { showCommand } from './commands/show.js';
export { completionCommand } from './commands/completion.js';
