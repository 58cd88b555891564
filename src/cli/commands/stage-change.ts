/**
 * What `promote`, `demote` and `deprecate` share on the command line: the
 * common flags, the run, and the printing. The evaluation table and the
 * outcome go to stdout (with --dry-run, the plan as JSON goes to stdout and
 * the table to stderr); a refusal is exit status 1 with every reason.
 */
import { proposeStageChange, describeRefusal } from '../../app/propose-stage-change.js';
import { promotionsText } from '../../core/output/promotion-table.js';
import type { StageRequest } from '../../core/promotion/stage-edit-plan.js';
import { terminalJson, terminalLines } from '../../core/text/terminal-text.js';
import { StageChangeRefusedError, UsageError } from '../../errors/index.js';
import type { Io } from '../io.js';
import { ANSI } from '../../core/output/text-format.js';

export interface StageChangeFlags {
  root?: string;
  registry?: string;
  token?: string;
  'dry-run'?: boolean;
}

/** `model@version` or `model#stage`, as GTO writes them. */
export function parseTarget(text: string | undefined, usage: string): { model: string; version?: string; stage?: string } {
  if (!text) throw new UsageError(usage);
  const at = /^([^@#\s]+)@v?([^@#\s]+)$/.exec(text);
  if (at) return { model: at[1], version: at[2] };
  const hash = /^([^@#\s]+)#([^@#\s]+)$/.exec(text);
  if (hash) return { model: hash[1], stage: hash[2] };
  return { model: text };
}

export function oneTarget(positionals: string[], usage: string): string | undefined {
  if (positionals.length > 1) throw new UsageError(`one model at a time; got ${positionals.map((p) => JSON.stringify(p)).join(' ')}. ${usage}`);
  return positionals[0];
}

export async function runStageChange(request: StageRequest, flags: StageChangeFlags, io: Io): Promise<number> {
  const dryRun = Boolean(flags['dry-run']);
  const token = flags.token ?? process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN ?? '';
  if (flags.registry && !token) {
    throw new UsageError(
      '--registry needs a token, even for --dry-run (the registry is read through the API): --token, or GITHUB_TOKEN / GH_TOKEN in the environment',
    );
  }
  if (flags.registry && flags.root) throw new UsageError('--root edits a local registry folder, --registry proposes a pull request: give one of them');
  const root = flags.root ?? '.';
  const result = await proposeStageChange({
    request,
    root,
    registry: flags.registry,
    serverUrl: process.env.GITHUB_SERVER_URL || 'https://github.com',
    token,
    dryRun,
    log: (m) => io.err(terminalLines(m)),
  });
  const { plan } = result;
  const show = (text: string) => (dryRun ? io.err(text) : io.out(text));
  show(terminalLines(plan.summary));
  if (plan.verb !== 'deprecate' && (plan.evaluations.length || plan.outcome === 'change')) show(terminalLines(promotionsText(plan.evaluations)));
  for (const warning of plan.problems.filter((p) => p.severity === 'warning'))
    show(terminalLines(`warning: ${warning.file}:${warning.line}:${warning.column} ${warning.message} [${warning.rule}]`));
  if (dryRun) {
    io.out(
      terminalJson({
        action: result.action,
        ...plan,
        ...(result.base ? { base: result.base } : {}),
        ...(result.branch ? { branch: result.branch } : {}),
        ...(result.pullRequestSpec ? { pullRequest: result.pullRequestSpec } : {}),
      }),
    );
  }
  if (result.action === 'refused')
    throw new StageChangeRefusedError(`refused, nothing was written:\n${describeRefusal(plan, flags.registry ? undefined : root)}`);
  if (dryRun) return 0;
  if (result.action === 'nothing-to-do') {
    if (result.pullRequest) io.out(terminalLines(`pull request: ${result.pullRequest.url}`));
    return 0;
  }
  if (result.written) {
    const wrote = terminalLines(`wrote ${result.written}: commit it and open a pull request (the registry's check evaluates it again there)`);
    io.out(io.color ? ANSI.green(wrote) : wrote);
  }
  if (result.pullRequest) io.out(terminalLines(`pull request: ${result.pullRequest.url}`));
  return 0;
}
