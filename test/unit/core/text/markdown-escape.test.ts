/**
 * Card text is written by whoever opens the pull request. Placed into the
 * review comment and the job summary it must stay text: no links, images,
 * mentions, issue references, HTML, math, table breaks, and no way out of the
 * Mermaid block.
 *
 * The rendered Markdown is parsed with markdown-it configured like GitHub:
 * CommonMark plus GFM tables and strikethrough, raw HTML allowed, and GitHub's
 * autolinks (http(s)://, www., e-mail) plus @mentions and #references, which
 * GitHub also turns into links.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { validateRegistry } from '../../../../src/app/validate-registry.js';
import { renderMermaid, mermaidLabel, type GraphEdge, type GraphNode } from '../../../../src/core/output/mermaid.js';
import { COMMENT_OPTIONS, renderReviewMarkdown, SUMMARY_OPTIONS } from '../../../../src/core/output/review-markdown.js';
import type { Problem } from '../../../../src/core/problems.js';
import { loadRegistry } from '../../../../src/core/registry/load.js';
import type { RegistrySnapshot } from '../../../../src/core/registry/snapshot.js';
import { buildReview, type ReviewReport } from '../../../../src/core/report/review.js';
import { mdCode, mdText } from '../../../../src/core/text/markdown-escape.js';
import { releaseNotes } from '../../../../src/core/release/notes.js';
import { pullRequestBody } from '../../../../src/core/register/pr-body.js';

// ---------------------------------------------------------------------------
// GitHub-like Markdown

const ZWSP = '\u200B';

type Markdown = InstanceType<typeof MarkdownIt>;
type Token = ReturnType<Markdown['parse']>[number];

function githubMarkdown(): Markdown {
  const md = new MarkdownIt('commonmark', { html: true, linkify: true }).enable(['table', 'strikethrough', 'linkify']);
  // GitHub autolinks schemes, www. and e-mail addresses, but not bare domains or //host.
  md.linkify.set({ fuzzyLink: false, fuzzyEmail: false });
  md.linkify.add('//', null);
  const rest = (re: RegExp) => (text: string, pos: number) => re.exec(text.slice(pos))?.[0].length ?? 0;
  md.linkify
    .add('www.', { validate: rest(/^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+/), normalize: (m) => void (m.url = `http://${m.url}`) })
    .add('@', {
      validate: rest(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9_.-]+)?/),
      normalize: (m) => void (m.url = `https://github.com/${m.url.slice(1)}`),
    })
    .add('#', { validate: rest(/^\d+/), normalize: (m) => void (m.url = `https://github.com/o/r/issues/${m.url.slice(1)}`) })
    // GitHub's other issue reference: GH-123 (any case).
    .add('gh-', { validate: rest(/^\d+/), normalize: (m) => void (m.url = `https://github.com/o/r/issues/${m.url.slice(3)}`) });
  return md;
}

const md = githubMarkdown();

/** Bidirectional embeddings, overrides and isolates: text that reads differently from what it says. */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;

/** What card text looks like once escaped: one line, bidirectional controls shown as U+FFFD. */
const readable = (text: string) => text.replace(/[\r\n\t]+/g, ' ').replace(BIDI, '\uFFFD');

/** GFM's e-mail autolink (ASCII only, as cmark-gfm). */
const GFM_EMAIL = /[A-Za-z0-9.+_-]+@[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+/;

function flatten(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    out.push(t);
    if (t.children) out.push(...flatten(t.children));
  }
  return out;
}

/** Our own HTML: the lineage <details> wrapper. */
const ALLOWED_HTML = [/^<details open><summary>Lineage of [^<>]*<\/summary>\n?$/, /^<\/details>\n?$/];

/** Splits a table row the way GFM does: on every pipe not escaped by a backslash, code spans included. */
function gfmCells(line: string): string[] {
  let body = line.trim();
  if (body.startsWith('|')) body = body.slice(1);
  if (body.endsWith('|') && !body.endsWith('\\|')) body = body.slice(0, -1);
  return body.split(/(?<!\\)\|/);
}

interface Inspection {
  tokens: Token[];
  links: Token[];
  images: Token[];
  html: Token[];
  strikethrough: Token[];
  mermaid: Token[];
  /** Markdown source of everything GitHub renders as text (not code spans, not fenced code). */
  proseSource: string[];
  /** Rendered text (entities decoded) outside code. */
  text: string[];
  /** Table rows whose GFM cell count differs from their header's. */
  brokenRows: string[];
}

function inspect(markdown: string): Inspection {
  const tokens = flatten(md.parse(markdown, {}));
  const proseSource: string[] = [];
  for (const t of tokens) {
    if (t.type === 'inline') proseSource.push(t.content.replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, ' '));
    if (t.type === 'html_block' || t.type === 'html_inline') proseSource.push(t.content);
  }
  const brokenRows: string[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!/^\|.*\|$/.test(lines[i]) || !/^\|(?:\s*:?-+:?\s*\|)+$/.test(lines[i + 1])) continue;
    const width = gfmCells(lines[i]).length;
    for (let j = i + 2; j < lines.length && lines[j].startsWith('|'); j++) {
      if (gfmCells(lines[j]).length !== width) brokenRows.push(lines[j]);
    }
  }
  return {
    tokens,
    links: tokens.filter((t) => t.type === 'link_open'),
    images: tokens.filter((t) => t.type === 'image'),
    html: tokens.filter((t) => (t.type === 'html_inline' || t.type === 'html_block') && !ALLOWED_HTML.some((re) => re.test(t.content))),
    strikethrough: tokens.filter((t) => t.type === 's_open'),
    mermaid: tokens.filter((t) => t.type === 'fence' && t.info.trim() === 'mermaid'),
    proseSource,
    text: tokens.filter((t) => t.type === 'text').map((t) => t.content),
    brokenRows,
  };
}

/** Everything that must hold for Markdown built from hostile card text. */
function expectInert(markdown: string): Inspection {
  const r = inspect(markdown);
  expect(markdown.match(BIDI) ?? [], 'bidirectional controls').toEqual([]);
  expect(
    r.links.map((t) => t.attrGet('href')),
    'links',
  ).toEqual([]);
  expect(
    r.images.map((t) => t.attrGet('src')),
    'images',
  ).toEqual([]);
  expect(
    r.html.map((t) => t.content),
    'raw HTML',
  ).toEqual([]);
  expect(r.strikethrough, 'strikethrough').toEqual([]);
  expect(r.brokenRows, 'table rows with extra or missing cells').toEqual([]);
  for (const source of r.proseSource) {
    expect(source, 'a mention').not.toMatch(/@octocat/i);
    expect(source, 'an issue reference').not.toMatch(/#123|GH-123/i);
    expect(source, 'math').not.toContain('$');
    expect(source, 'an autolink').not.toMatch(/https?:\/\/|www\./i);
  }
  for (const text of r.text) expect(text, 'an e-mail autolink').not.toMatch(GFM_EMAIL);
  return r;
}

// ---------------------------------------------------------------------------
// hostile registries

/** What a pull request author might write into any card field. */
const PAYLOADS = [
  '[x](https://evil)',
  '![i](https://evil/i.png)',
  '<img src=x onerror=alert(1)>',
  '@octocat',
  '#123',
  'https://evil.example',
  'www.evil.example',
  '| table | break |',
  '`code` and ``more`` and ```fence```',
  '$x$ and $$y$$',
  'first\nsecond\r\nthird\n\n# heading',
  '"] --> n0 click n0 "https://evil"',
  '<https://evil.example/auto>',
  '[ref]: https://evil.example',
  '*bold* _em_ ~~strike~~ <b>b</b>',
  '&lt;img src=x&gt; &#64;octocat',
  '\\[x\\](https://evil) \\@octocat',
  'ping @octocat/team and octocat@evil.example',
  ':::',
  '%%{init: {"securityLevel": "loose"}}%%',
  'fixes GH-123, gh-123 and acme/models#123',
  'approved \u202Eby nobody\u202C \u2066isolated\u2069',
];
const EVIL = PAYLOADS.join(' ');

function snapshot(files: Record<string, unknown>): RegistrySnapshot {
  return {
    entries: Object.entries(files).map(([path, value]) => {
      const bytes = Buffer.from(typeof value === 'string' ? value : JSON.stringify(value, null, 2));
      return { path, type: 'file' as const, size: bytes.length, bytes };
    }),
  };
}

const REGISTRY = {
  format: 1,
  name: 'evil',
  stages: ['staging', 'production'],
  metrics: {
    accuracy: { direction: 'higher', min: 0, max: 1, unit: EVIL },
    [EVIL.slice(0, 120)]: { direction: 'lower' },
  },
};

const MODEL_CARD = { name: 'm', description: EVIL, owners: ['@acme/ml'], intended_use: EVIL, limitations: EVIL };

function baseFiles(): Record<string, unknown> {
  return {
    'registry.yaml': REGISTRY,
    'models/m/model.yaml': MODEL_CARD,
    'models/m/stages.yaml': { production: '1.0.0' },
    'models/m/versions/1.0.0/card.yaml': { version: '1.0.0', created: '2026-01-01T00:00:00Z', summary: 'base' },
    'models/m/versions/1.0.0/metrics.json': { accuracy: 0.9, [EVIL.slice(0, 120)]: 3 },
  };
}

/** One new version per payload, the payload in every free-text field; hostile stage names and values. */
function headFiles(): Record<string, unknown> {
  const files = baseFiles();
  PAYLOADS.forEach((payload, i) => {
    const version = `1.${i + 1}.0`;
    files[`models/m/versions/${version}/card.yaml`] = {
      version,
      created: '2026-02-01T00:00:00Z',
      summary: payload,
      description: payload,
      lineage: {
        parents: [
          { model: 'm', version: '1.0.0', relation: 'retrain' },
          { uri: payload, revision: payload, relation: payload },
        ],
        datasets: [{ name: payload, version: payload, role: payload }],
        code: { repo: payload, commit: 'a'.repeat(40), path: payload },
      },
      training: { params: { [payload]: payload } },
    };
    files[`models/m/versions/${version}/metrics.json`] = {
      accuracy: { value: 0.91, dataset: payload, split: payload },
      [payload]: 0.5,
      [EVIL.slice(0, 120)]: 2,
    };
  });
  files['models/m/stages.yaml'] = { production: '1.1.0', staging: EVIL, [PAYLOADS[2]]: PAYLOADS[0], [PAYLOADS[3]]: '1.2.0' };
  // a new model whose card is all payloads
  files['models/n/model.yaml'] = { name: 'n', description: EVIL, owners: [EVIL] };
  files['models/n/versions/0.1.0/card.yaml'] = { version: '0.1.0', created: EVIL, summary: EVIL, lineage: { datasets: [{ name: EVIL }] } };
  files['models/n/versions/0.1.0/metrics.json'] = { [EVIL.slice(0, 200)]: 1 };
  return files;
}

function writeTree(root: string, files: Record<string, unknown>): void {
  for (const [path, value] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  }
}

/** Problems as the validator reports them for the hostile head (its messages quote card text), plus hostile ones made up. */
async function hostileProblems(): Promise<Problem[]> {
  const root = mkdtempSync(join(tmpdir(), 'model-registry-evil-'));
  try {
    writeTree(root, headFiles());
    const { report } = await validateRegistry({ root });
    return report.problems;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const MADE_UP_PROBLEMS: Problem[] = PAYLOADS.map((payload, i) => ({
  file: `models/m/versions/1.${i + 1}.0/${payload.replace(/\//g, '⁄')}`,
  line: i + 1,
  column: 1,
  severity: i % 2 ? 'warning' : 'error',
  rule: 'unexpected-file',
  message: payload,
}));

async function hostileReview(): Promise<ReviewReport> {
  // the made-up ones first, so that the comment (50 rows) shows them too
  const problems = [...MADE_UP_PROBLEMS, ...(await hostileProblems())];
  return buildReview(loadRegistry(snapshot(baseFiles())), loadRegistry(snapshot(headFiles())), problems);
}

// ---------------------------------------------------------------------------

describe('mdText and mdCode', () => {
  const allowedInline = new Set(['text', 'softbreak']);

  it.each(PAYLOADS)('mdText(%j) renders as exactly that text, on one line', (payload) => {
    const inline = md.parseInline(mdText(payload), {})[0].children!;
    expect(inline.filter((t) => !allowedInline.has(t.type)).map((t) => t.type)).toEqual([]);
    const shown = inline.map((t) => t.content).join('');
    expect(shown.replaceAll(ZWSP, '')).toBe(readable(payload));
    expect(mdText(payload)).not.toMatch(/[\r\n]/);
    expect(mdText(payload)).not.toMatch(BIDI);
  });

  it('mdText keeps any string text: property', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'[]()!<>@#:/w.`$|*_~\\&;"\' \n\rax0123'.split('')), maxLength: 60 }), (s) => {
        const inline = md.parseInline(mdText(s), {})[0].children!;
        expect(inline.filter((t) => !allowedInline.has(t.type)).map((t) => t.type)).toEqual([]);
        const shown = inline.map((t) => t.content).join('');
        expect(shown.replaceAll(ZWSP, '')).toBe(s.replace(/[\r\n\t]+/g, ' '));
        const r = inspect(`| a |\n|---|\n| ${mdText(s)} |`);
        expect(r.brokenRows).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it.each(PAYLOADS)('mdCode(%j) is one code span holding exactly that text (pipes escaped, for table cells)', (payload) => {
    const inline = md.parseInline(mdCode(payload), {})[0].children!;
    expect(inline.map((t) => t.type)).toEqual(['code_inline']);
    // mdCode writes | as \| because GFM splits table cells at pipes even inside code spans;
    // in a cell the backslash disappears (next test), elsewhere it shows.
    expect(inline[0].content).toBe(readable(payload).replace(/\|/g, '\\|'));
  });

  it.each(PAYLOADS.filter((p) => p.includes('|')))('mdCode(%j) in a table cell stays one cell', (payload) => {
    const table = `| Where | What |\n|---|---|\n| ${mdCode(payload)} | message |`;
    const r = inspect(table);
    expect(r.brokenRows).toEqual([]);
    const cells = r.tokens.filter((t) => t.type === 'inline').map((t) => t.content);
    expect(cells).toHaveLength(4);
    expect(r.tokens.filter((t) => t.type === 'code_inline').map((t) => t.content)).toEqual([payload]);
  });
});

describe('the review of a hostile pull request', () => {
  it.each([
    ['comment', COMMENT_OPTIONS],
    ['job summary', SUMMARY_OPTIONS],
  ] as const)('the %s holds no link, image, HTML, mention, reference, math or table break from card text', async (_, options) => {
    const review = await hostileReview();
    // the payloads did reach the report
    expect(review.changed.length).toBe(PAYLOADS.length + 1);
    expect(review.problems.some((p) => p.message.includes('[x](https://evil)') || p.message.includes('<img'))).toBe(true);
    expect(review.stages.some((s) => s.to === EVIL)).toBe(true);

    const markdown = renderReviewMarkdown(review, { ...options, maxLength: 2_000_000 });
    const r = expectInert(markdown);
    // the text is still there for a person to read
    const shown = r.text.join('\n').replaceAll(ZWSP, '');
    expect(shown).toContain('<img src=x onerror=alert(1)>');
    expect(shown).toContain('[x](https://evil)');
    expect(shown).toContain('| table | break |');
    // only our own lineage wrapper is HTML; one Mermaid block per changed model
    expect(r.mermaid).toHaveLength(review.lineage.length);
  });

  it("the problems table stays a table when a stray file's name holds a pipe and markup", async () => {
    // a file no card lists gets an unexpected-file warning whose `file` is the name as committed
    const name = 'notes|<img src=x onerror=alert(1)> @octocat [x](evil.html).txt';
    const root = mkdtempSync(join(tmpdir(), 'model-registry-evil-'));
    try {
      writeTree(root, {
        'registry.yaml': { format: 1, name: 'r', metrics: { accuracy: { direction: 'higher', min: 0, max: 1 } } },
        'models/m/model.yaml': { name: 'm', description: 'A model.', owners: ['@acme/ml'] },
        'models/m/versions/1.0.0/card.yaml': { version: '1.0.0', created: '2026-01-01T00:00:00Z', summary: 'first' },
        'models/m/versions/1.0.0/metrics.json': { accuracy: 0.9 },
        [`models/m/versions/1.0.0/${name}`]: 'notes\n',
      });
      const { report, registry } = await validateRegistry({ root });
      expect(report.problems.map((p) => [p.rule, p.file])).toEqual([['unexpected-file', `models/m/versions/1.0.0/${name}`]]);
      for (const options of [COMMENT_OPTIONS, SUMMARY_OPTIONS]) {
        const markdown = renderReviewMarkdown(buildReview(registry, registry, report.problems), options);
        const r = expectInert(markdown);
        // the row keeps its four cells, the last one the message
        const row = r.tokens.filter((t) => t.type === 'inline').map((t) => t.content);
        expect(row.at(-1)).toContain('unexpected file');
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('hostile model and version folder names stay text too', () => {
    const names = ['<img src=x onerror=alert(1)>', '@octocat', '#123', '[x](evil.html)', '| table | break |', '`x`', '$x$', 'www.evil.example'];
    const base = snapshot(baseFiles());
    const files = baseFiles();
    names.forEach((name, i) => {
      files[`models/${name}/model.yaml`] = { name, description: 'x', owners: ['@a'] };
      files[`models/${name}/stages.yaml`] = { production: name };
      files[`models/${name}/versions/${name}/card.yaml`] = {
        version: name,
        created: '2026-01-01T00:00:00Z',
        summary: 'x',
        lineage: { parents: [{ model: name, version: `${i}`, relation: 'other' }] },
      };
      files[`models/${name}/versions/${name}/metrics.json`] = { accuracy: 0.5 };
      files[`models/m/versions/${name}/card.yaml`] = { version: name, created: '2026-01-01T00:00:00Z', summary: 'x' };
      files[`models/m/versions/${name}/metrics.json`] = { accuracy: 0.5 };
    });
    const review = buildReview(loadRegistry(base), loadRegistry(snapshot(files)), []);
    expect(review.changed.length).toBe(names.length * 2);
    for (const options of [COMMENT_OPTIONS, SUMMARY_OPTIONS]) {
      const r = expectInert(renderReviewMarkdown(review, { ...options, maxLength: 2_000_000 }));
      expect(r.mermaid).toHaveLength(review.lineage.length);
    }
  });
});

describe('release notes and pull-request bodies', () => {
  it('hold no link, mention, reference (GH-123 included) or bidirectional control from a hostile card', () => {
    const registry = loadRegistry(snapshot(headFiles()));
    const repository = { owner: 'acme', repo: 'models', serverUrl: 'https://github.com' };
    const model = registry.models.get('m')!;
    for (const [i, payload] of PAYLOADS.entries()) {
      const version = model.versions.get(`1.${i + 1}.0`)!;
      const notes = releaseNotes({
        registry,
        version,
        previous: model.versions.get('1.0.0'),
        assets: [],
        external: [{ name: 'w.bin', uri: payload }],
        repository,
        tag: `m@v1.${i + 1}.0`,
      });
      // the only links are those the notes build (GitHub addresses, parts percent-encoded): the parent's release, the code's commit
      const r = inspect(notes);
      expect(
        r.links.map((t) => t.attrGet('href')),
        payload,
      ).toContain('https://github.com/acme/models/releases/tag/m%40v1.0.0');
      for (const link of r.links) expect(link.attrGet('href'), payload).toMatch(/^https:\/\/github\.com\/[^\s()]*$/);
      expect(notes.match(BIDI) ?? [], payload).toEqual([]);
      // (link destinations are ours, so the rendered text is what GitHub would scan for references)
      for (const text of r.text) expect(text, payload).not.toMatch(/@octocat|#123|GH-123/i);
      const body = pullRequestBody({
        registry,
        model: 'm',
        version: version.version,
        newModel: false,
        tag: `m@v${version.version}`,
        branch: `register/m-${version.version}`,
        repository,
        run: {},
        artifacts: [],
        autoMerge: false,
      });
      expectInert(body);
    }
  });
});

describe('the Mermaid lineage block', () => {
  const SHAPES: Record<GraphNode['kind'], [string, string]> = {
    focus: ['[["', '"]]'],
    version: ['["', '"]'],
    external: ['(["', '"])'],
    dataset: ['[("', '")]'],
    code: ['{{"', '"}}'],
  };
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const NODE = new RegExp(
    `^  (n\\d+)(${Object.values(SHAPES)
      .map(([o]) => esc(o))
      .join('|')})([^"\\n]*)(${Object.values(SHAPES)
      .map(([, c]) => esc(c))
      .join('|')})$`,
  );
  const EDGE = /^ {2}(n\d+) -->(?:\|"([^"\n]*)"\|)? (n\d+)$/;
  const LABEL_CHARS = /^[A-Za-z0-9 .,_\-/@+#;]*$/;
  const decode = (label: string) => label.replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));

  /** Parses a flowchart we rendered; fails on any line that is not ours. */
  function parseFlowchart(source: string): { nodes: Map<string, { kind: string; label: string }>; edges: { from: string; to: string; label?: string }[] } {
    const lines = source.split('\n');
    expect(lines[0]).toBe('flowchart LR');
    const nodes = new Map<string, { kind: string; label: string }>();
    const edges: { from: string; to: string; label?: string }[] = [];
    for (const line of lines.slice(1)) {
      const node = NODE.exec(line);
      const edge = EDGE.exec(line);
      if (node) {
        const kind = Object.entries(SHAPES).find(([, [o, c]]) => o === node[2] && c === node[4]);
        expect(kind, `shape of ${line}`).toBeDefined();
        expect(node[3], line).toMatch(LABEL_CHARS);
        nodes.set(node[1], { kind: kind![0], label: decode(node[3]) });
      } else if (edge) {
        if (edge[2] !== undefined) expect(edge[2], line).toMatch(LABEL_CHARS);
        edges.push({ from: edge[1], to: edge[3], label: edge[2] === undefined ? undefined : decode(edge[2]) });
      } else {
        expect(line, 'a line the renderer does not write').toMatch(/^ {2}classDef focus stroke-width:3px$|^ {2}class n\d+(?:,n\d+)* focus$/);
      }
    }
    return { nodes, edges };
  }

  const NASTY_LABELS = [
    '```',
    '~~~',
    '"]',
    '"]]\n```\n<img src=x onerror=alert(1)>\n```mermaid',
    'a"] --> b["c',
    '])',
    '")] --> n0',
    '"}} click n0 "javascript:alert(1)"',
    '|"x"| n1',
    '%%{init: {"securityLevel": "loose"}}%%',
    '<b>bold</b> & <script>alert(1)</script>',
    '#35; #quot; #amp;',
    'line\nbreak\r\ncarriage\ttab',
    'end',
    ';style n0 fill:#f00',
    '`markdown string`',
    'x'.repeat(200),
    'a\u202Ereversed\u202C b\u2067isolated\u2069',
  ];

  it.each(NASTY_LABELS)('a label %j stays inside its quotes and decodes to itself', (label) => {
    const nodes: GraphNode[] = (['focus', 'version', 'external', 'dataset', 'code'] as const).map((kind, i) => ({ id: `${kind}:${i}`, label, kind }));
    const edges: GraphEdge[] = nodes.slice(1).map((n) => ({ from: n.id, to: nodes[0].id, label }));
    const source = renderMermaid(nodes, edges);
    const markdown = `\`\`\`mermaid\n${source}\n\`\`\`\n\nafter`;
    const tokens = flatten(md.parse(markdown, {}));
    const fences = tokens.filter((t) => t.type === 'fence');
    expect(fences).toHaveLength(1);
    expect(fences[0].content).toBe(`${source}\n`);
    expect(tokens.filter((t) => t.type === 'text').map((t) => t.content)).toEqual(['after']);

    const graph = parseFlowchart(source);
    const expected = readable(label).slice(0, 80);
    expect(graph.nodes.size).toBe(nodes.length);
    for (const [i, node] of [...graph.nodes.values()].entries()) {
      expect(node.kind).toBe(nodes[i].kind);
      expect(node.label).toBe(expected);
    }
    expect(graph.edges).toHaveLength(edges.length);
    for (const edge of graph.edges) {
      expect(edge.to).toBe('n0');
      expect(edge.label).toBe(expected);
    }
  });

  it('any label, property: only safe characters inside the quotes, and it decodes back', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), (label) => {
        const encoded = mermaidLabel(label);
        expect(encoded).toMatch(LABEL_CHARS);
        expect(decode(encoded)).toBe(label.replace(/[\r\n\t]+/g, ' ').slice(0, 80));
      }),
      { numRuns: 1000 },
    );
  });

  it('the lineage of a hostile card renders as one well-formed block per model, with the card text as labels', async () => {
    const review = await hostileReview();
    const markdown = renderReviewMarkdown(review, { ...SUMMARY_OPTIONS, maxLength: 2_000_000 });
    const r = inspect(markdown);
    expect(r.mermaid).toHaveLength(review.lineage.length);
    const labels = new Set<string>();
    for (const fence of r.mermaid) {
      const graph = parseFlowchart(fence.content.replace(/\n$/, ''));
      for (const node of graph.nodes.values()) labels.add(node.label);
      for (const edge of graph.edges) if (edge.label) labels.add(edge.label);
    }
    for (const payload of PAYLOADS) {
      const shown = readable(payload);
      // the dataset node's label is the dataset's name and version
      expect(
        [...labels].some((l) => l.includes(shown.slice(0, 30))),
        payload,
      ).toBe(true);
    }
    // every fence is closed where the renderer closed it: the </details> after each is HTML, not code
    const closers = r.tokens.filter((t) => t.type === 'html_block' && t.content.startsWith('</details>'));
    expect(closers).toHaveLength(review.lineage.length);
  });
});
