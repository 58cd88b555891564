/**
 * The review as GitHub Markdown, for the job summary and the sticky comment.
 * Every piece of card text goes through mdText/mdCode; only addresses built
 * here become links. Sections are added in order of importance until the
 * size limit, and anything cut is said.
 */
import type { Problem } from '../problems.js';
import type { ReviewReport, VersionReview } from '../report/review.js';
import { mdCode, mdText } from '../text/markdown-escape.js';
import { renderMermaid } from './mermaid.js';
import { metricTable } from './metric-table.js';

export interface MarkdownOptions {
  /** Hard limit of the result in characters (a comment holds 65,536). */
  maxLength: number;
  /** Rows of the problems table before "and N more". */
  maxProblems: number;
  /** Appended to the verdict line, e.g. where to find the full report. */
  footer?: string;
}

export const COMMENT_OPTIONS: MarkdownOptions = { maxLength: 60_000, maxProblems: 50 };
export const SUMMARY_OPTIONS: MarkdownOptions = { maxLength: 1_000_000, maxProblems: 1000 };


export function renderReviewMarkdown(report: ReviewReport, options: MarkdownOptions): string {
  const sections: string[] = [header(report)];
  if (report.problems.length) sections.push(problemsSection(report.problems, options.maxProblems));
  if (report.stages.length) sections.push(stagesSection(report));
  for (const version of report.changed) sections.push(versionSection(version, report.productionStage));
  if (report.lineage.length) sections.push(lineageSection(report));
  if (options.footer) sections.push(options.footer);

  let out = '';
  for (let i = 0; i < sections.length; i++) {
    const next = `${out}${out ? '\n\n' : ''}${sections[i]}`;
    const remaining = sections.length - i - 1;
    const note = `\n\n> [!NOTE]\n> This report was cut to fit GitHub's size limit: ${remaining + 1} more section(s) are in the job summary and the JSON report.`;
    if (next.length + (remaining ? note.length : 0) > options.maxLength) {
      return `${out}${note}`.slice(0, options.maxLength);
    }
    out = next;
  }
  return out;
}

function header(report: ReviewReport): string {
  const verdict = report.ok
    ? `## ✅ Model registry: valid${report.warnings ? ` (${plural(report.warnings, 'warning')})` : ''}`
    : `## ❌ Model registry: ${plural(report.errors, 'error')}${report.warnings ? `, ${plural(report.warnings, 'warning')}` : ''}`;
  const added = report.changed.filter((c) => c.kind === 'added').length;
  const changed = report.changed.length - added;
  const parts = [`${plural(report.models, 'model')}, ${plural(report.versions, 'version')} in the registry`];
  if (added) parts.push(`${plural(added, 'version')} added`);
  if (changed) parts.push(`${plural(changed, 'released version')} changed`);
  if (report.stages.length) parts.push(plural(report.stages.length, 'stage change'));
  if (!report.changed.length && !report.stages.length) parts.push('no version or stage changes');
  return `${verdict}\n\n${parts.join(' · ')}`;
}

function problemsSection(problems: Problem[], max: number): string {
  const rows = problems.slice(0, max).map((p) => `| ${p.severity === 'error' ? '❌' : '⚠️'} | ${mdCode(`${p.file}:${p.line}:${p.column}`)} | ${mdCode(p.rule)} | ${mdText(p.message, 400)} |`);
  const more = problems.length > max ? `\n\n…and ${problems.length - max} more in the job summary and the JSON report.` : '';
  return `### Problems\n\n| | Where | Rule | What to do |\n|---|---|---|---|\n${rows.join('\n')}${more}`;
}

function stagesSection(report: ReviewReport): string {
  const rows = report.stages.map(
    (s) => `| ${mdText(s.model)} | ${mdText(s.stage)} | ${s.from ? mdText(s.from) : '–'} | ${s.to ? `**${mdText(s.to)}**` : '_(removed)_'} |`,
  );
  return `### Stage changes\n\nWhat will run where after the merge:\n\n| Model | Stage | Now | After merge |\n|---|---|---|---|\n${rows.join('\n')}`;
}

function versionSection(version: VersionReview, productionStage: string): string {
  const title = `### ${mdText(version.model)} ${mdText(version.version)} ${version.kind === 'added' ? (version.newModel ? '(new model)' : '(new version)') : '(changed)'}`;
  const lines = [title, ''];
  if (version.summary) lines.push(`> ${mdText(version.summary, 300)}`, '');
  const columns: { key: string; label: string }[] = [];
  if (version.production) columns.push({ key: 'production', label: `vs ${mdText(productionStage)} ${mdText(version.production)}` });
  if (version.previous && version.previous !== version.production) columns.push({ key: 'previous', label: `vs previous ${mdText(version.previous)}` });
  if (!version.production) lines.push(`_No version of ${mdText(version.model)} runs in ${mdText(productionStage)} yet._`, '');
  if (!version.metrics.length) {
    lines.push('_No metrics._');
    return lines.join('\n');
  }
  lines.push(metricTable(version.version, version.metrics, columns));
  return lines.join('\n');
}

function lineageSection(report: ReviewReport): string {
  const blocks = report.lineage.map(({ model, graph }) => `<details open><summary>Lineage of ${mdText(model)}</summary>\n\n\`\`\`mermaid\n${renderMermaid(graph.nodes, graph.edges)}\n\`\`\`\n\n</details>`);
  return `### Lineage\n\n${blocks.join('\n\n')}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
