/**
 * The review as GitHub Markdown, for the job summary and the sticky comment.
 * Every piece of card text goes through mdText/mdCode; only addresses built
 * here become links. Sections are added in order of importance until the
 * size limit, and anything cut is said.
 */
import type { Problem } from '../problems.js';
import type { ReviewReport, VersionReview } from '../report/review.js';
import { mdCode, mdText } from '../text/markdown-escape.js';
import { plural } from '../text/plural.js';
import { cutUtf8, utf8Length } from '../text/utf8-cut.js';
import { renderMermaid } from './mermaid.js';
import { metricTable } from './metric-table.js';
import { promotionsMarkdown } from './promotion-table.js';

export interface MarkdownOptions {
  /** Hard limit of the result in characters (a comment holds 65,536). */
  maxLength: number;
  /** Hard limit in UTF-8 bytes too: a job summary holds 1 MiB in bytes, and CJK text takes 3 bytes a character. */
  maxBytes?: number;
  /** Rows of the problems table before "and N more". */
  maxProblems: number;
  /** Appended to the verdict line, e.g. where to find the full report. */
  footer?: string;
}

export const COMMENT_OPTIONS: MarkdownOptions = { maxLength: 60_000, maxProblems: 50 };
/** Under GitHub's 1 MiB (1,048,576 bytes) per step, with room for the line end and a footer. */
export const SUMMARY_OPTIONS: MarkdownOptions = { maxLength: 1_000_000, maxBytes: 1_000_000, maxProblems: 1000 };

export function renderReviewMarkdown(report: ReviewReport, options: MarkdownOptions): string {
  const sections: string[] = [header(report)];
  if (report.problems.length) sections.push(problemsThatFit(report.problems, options, sections[0]));
  if (report.stages.length) sections.push(stagesSection(report));
  // Each stage change judged by its stage's policy, right under what runs where.
  if (report.promotions?.length) sections.push(promotionsMarkdown(report.promotions));
  for (const version of report.changed) sections.push(versionSection(version, report.productionStage));
  if (report.lineage.length) sections.push(lineageSection(report));
  if (options.footer) sections.push(options.footer);

  const maxBytes = options.maxBytes ?? Infinity;
  let out = '';
  let outBytes = 0;
  for (let i = 0; i < sections.length; i++) {
    const next = `${out}${out ? '\n\n' : ''}${sections[i]}`;
    // Counted section by section: measuring the whole text each time would be quadratic.
    const nextBytes = outBytes + (out ? 2 : 0) + utf8Length(sections[i]);
    const remaining = sections.length - i - 1;
    const note = `\n\n> [!NOTE]\n> This report was cut to fit GitHub's size limit: ${remaining + 1} more section(s) are in the job summary and the JSON report.`;
    const room = remaining ? note.length : 0; // the note is ASCII: as many bytes as characters
    if (next.length + room > options.maxLength || nextBytes + room > maxBytes) {
      return cutUtf8(cutChars(`${out}${note}`, options.maxLength), maxBytes);
    }
    out = next;
    outBytes = nextBytes;
  }
  return out;
}

/**
 * The problems table with as many rows as fit after the verdict (halved until
 * they do): long messages, CJK ones above all, would otherwise push the whole
 * table out, and the problems matter most.
 */
function problemsThatFit(problems: Problem[], options: MarkdownOptions, head: string): string {
  const maxBytes = options.maxBytes ?? Infinity;
  const room = 300; // the separators and the note that says what was cut
  for (let max = options.maxProblems; ; max = Math.floor(max / 2)) {
    const section = problemsSection(problems, max);
    if (max <= 1 || (head.length + section.length + room <= options.maxLength && utf8Length(head) + utf8Length(section) + room <= maxBytes)) return section;
  }
}

/** The first `max` UTF-16 units, without half of a surrogate pair. */
function cutChars(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1] ?? '') ? max - 1 : max;
  return text.slice(0, end);
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
  const rows = problems
    .slice(0, max)
    .map((p) => `| ${p.severity === 'error' ? '❌' : '⚠️'} | ${mdCode(`${p.file}:${p.line}:${p.column}`)} | ${mdCode(p.rule)} | ${mdText(p.message, 400)} |`);
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
  const blocks = report.lineage.map(
    ({ model, graph }) =>
      `<details open><summary>Lineage of ${mdText(model)}</summary>\n\n\`\`\`mermaid\n${renderMermaid(graph.nodes, graph.edges)}\n\`\`\`\n\n</details>`,
  );
  return `### Lineage\n\n${blocks.join('\n\n')}`;
}
