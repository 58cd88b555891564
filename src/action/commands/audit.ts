/**
 * `command: audit`, on a schedule: the audit in the job summary, and one
 * GitHub issue in this repository kept up to date with it (created when
 * something is wrong, edited on every run, closed when all is well, reopened
 * when something goes wrong again; owners mentioned once per new finding).
 * Findings do not fail the step (the issue is the alarm): `ok` says whether
 * one is an error, for a workflow that wants to fail on it.
 */
import * as core from '@actions/core';
import { auditRegistry } from '../../app/audit-registry.js';
import { keepAuditIssue, type AuditIssueResult } from '../../adapters/github/audit-issue.js';
import { createGitHubClient } from '../../adapters/github/client.js';
import { countsText, renderAuditMarkdown } from '../../core/audit/audit-markdown.js';
import { mdLink } from '../../core/text/markdown-escape.js';
import { plural } from '../../core/text/plural.js';
import { terminalLine, terminalLines } from '../../core/text/terminal-text.js';
import type { RunContext } from '../context.js';
import type { ActionSettings } from '../input-helper.js';
import { writeJobSummary } from '../job-summary.js';

export async function auditAction(settings: ActionSettings, context: RunContext): Promise<void> {
  const own = context.repository ? `${context.repository.owner}/${context.repository.repo}` : undefined;
  const report = await auditRegistry({
    root: settings.root,
    repository: own,
    token: settings.token,
    serverUrl: context.serverUrl,
    log: (m) => core.info(terminalLines(m)),
  });
  for (const note of report.notes) core.info(terminalLine(`note: ${note}`));
  core.info(terminalLine(`${report.registry}: ${countsText(report)}`));
  for (const f of report.findings)
    core.info(terminalLine(`${f.file}${f.line !== undefined ? `:${f.line}` : ''}: ${f.severity} ${f.rule} [${f.model}] ${f.message}`));

  let issue: AuditIssueResult | undefined;
  if (context.repository && settings.token) {
    issue = await keepAuditIssue(
      createGitHubClient(settings.token, (m) => core.info(terminalLines(m))),
      context.repository,
      report,
    );
    if (issue.number !== undefined)
      core.info(`audit issue #${issue.number}: ${issue.action}${issue.announced ? `, ${plural(issue.announced, 'new finding')} announced` : ''}`);
  } else core.warning('No audit issue was kept: the run names no repository (GITHUB_REPOSITORY) or has no token.');

  core.setOutput('ok', String(report.counts.errors === 0));
  core.setOutput('findings', String(report.findings.length));
  core.setOutput('issue-url', issue?.url ?? '');
  const link = issue?.url && issue.number !== undefined ? `\n\nThe audit issue: ${mdLink(`#${issue.number}`, issue.url)} (${issue.action}).` : '';
  await writeJobSummary((summary) => summary.addHeading('Model registry audit', 3).addRaw(renderAuditMarkdown(report) + link, true));
}
