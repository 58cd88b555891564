/**
 * The catalogue's stylesheet, written to assets/site.css. Kept as a string in a
 * module (no loader needed in the build or the tests). No web fonts, no
 * external requests; light and dark follow the system setting.
 */
export const SITE_CSS = `/* model-registry catalogue. No web fonts, no external requests; light and dark follow the system. */
:root {
  color-scheme: light dark;
  --bg: #ffffff;
  --fg: #1f2328;
  --muted: #57606a;
  --border: #d0d7de;
  --surface: #f6f8fa;
  --surface-2: #eef1f4;
  --accent: #0a5fc4;
  --accent-fg: #ffffff;
  --good: #1a7f37;
  --good-bg: #dafbe1;
  --bad: #c0202b;
  --bad-bg: #ffebe9;
  --warn: #8a5a00;
  --warn-bg: #fff8c5;
  --chip-prod: #1a7f37;
  --chip-stage: #0a5fc4;
  --chip-dep: #b3261e;
  --dataset: #f3eefc;
  --external: #fff6e8;
  --edge: #6e7781;
  --radius: 8px;
  --mono: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117;
    --fg: #e6edf3;
    --muted: #9da7b3;
    --border: #3d444d;
    --surface: #161b22;
    --surface-2: #1f2630;
    --accent: #58a6ff;
    --accent-fg: #0d1117;
    --good: #4ac26b;
    --good-bg: #12261e;
    --bad: #ff7b72;
    --bad-bg: #2d1315;
    --warn: #e3b341;
    --warn-bg: #2b2111;
    --chip-prod: #1f6f33;
    --chip-stage: #1858a8;
    --chip-dep: #a1261f;
    --dataset: #221a33;
    --external: #2b2111;
    --edge: #8b949e;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0;
  background: var(--bg);
  color: var(--fg);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif;
}
a { color: var(--accent); text-underline-offset: 2px; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; border-radius: 2px; }
code, pre, .sha { font-family: var(--mono); font-size: 0.875em; }
code { overflow-wrap: anywhere; }
h1, h2, h3, h4 { line-height: 1.25; }
h1 { font-size: 1.9rem; margin: 0.6rem 0 0.4rem; overflow-wrap: anywhere; }
h2 { font-size: 1.35rem; margin: 2rem 0 0.75rem; padding-bottom: 0.3rem; border-bottom: 1px solid var(--border); }
h3 { font-size: 1.1rem; margin: 1.4rem 0 0.5rem; }
.wrap { max-width: 1180px; margin: 0 auto; padding: 0 1rem; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.skip-link { position: absolute; left: 0.5rem; top: -3rem; background: var(--accent); color: var(--accent-fg); padding: 0.5rem 0.75rem; border-radius: var(--radius); z-index: 10; }
.skip-link:focus { top: 0.5rem; }
main { padding-bottom: 3rem; }
main:focus { outline: none; }
[hidden] { display: none !important; }

/* Header, navigation, footer */
.site-header { background: var(--surface); border-bottom: 1px solid var(--border); }
.header-inner { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5rem 1.5rem; padding-top: 0.7rem; padding-bottom: 0.7rem; }
.brand { font-weight: 700; font-size: 1.1rem; color: var(--fg); text-decoration: none; overflow-wrap: anywhere; }
.site-nav ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; list-style: none; margin: 0; padding: 0; }
.site-nav a { color: var(--fg); text-decoration: none; padding: 0.25rem 0; border-bottom: 2px solid transparent; }
.site-nav a:hover, .site-nav a[aria-current="page"] { border-bottom-color: var(--accent); }
.breadcrumbs ol { display: flex; flex-wrap: wrap; list-style: none; margin: 0.75rem 0 0; padding: 0; font-size: 0.9rem; color: var(--muted); }
.breadcrumbs li + li::before { content: "/"; margin: 0 0.5rem; color: var(--muted); }
.site-footer { border-top: 1px solid var(--border); color: var(--muted); font-size: 0.875rem; padding: 1rem 0 2rem; }
.site-footer a { color: var(--muted); }

/* Common pieces */
.muted { color: var(--muted); }
.small { font-size: 0.85rem; }
.num { font-variant-numeric: tabular-nums; text-align: right; white-space: nowrap; }
.lead { font-size: 1.05rem; max-width: 75ch; }
.stats { color: var(--muted); margin-top: 0; }
.page-head { margin-bottom: 1rem; }
.version-index ul { list-style: none; padding: 0; margin: 0.5rem 0 0; display: flex; flex-wrap: wrap; gap: 0.4rem 1rem; }
.version-index a { font-family: var(--mono); }
.pager ul { list-style: none; padding: 0; margin: 0.5rem 0; display: flex; flex-wrap: wrap; gap: 0.4rem 1rem; }
.pager a, .pager span { font-family: var(--mono); font-size: 0.9rem; }
.pager [aria-current] { font-weight: 700; }
/* Each version of a versions page; the one a link points at is marked. */
.version-card { border-top: 3px solid var(--border); margin-top: 2.5rem; padding-top: 0.25rem; scroll-margin-top: 1rem; }
.version-card:target { border-top-color: var(--accent); }
.version-card > h2 { border-bottom: none; margin-top: 0.75rem; }
.version-card h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
.version-card h4 { font-size: 0.95rem; margin: 1rem 0 0.4rem; }
.page-sub { color: var(--muted); margin: 0.2rem 0 0.6rem; overflow-wrap: anywhere; }
.page-sub code { color: var(--fg); }
.summary { font-size: 1.1rem; max-width: 80ch; overflow-wrap: anywhere; }
.version-label { font-family: var(--mono); font-size: 0.8em; color: var(--muted); font-weight: 600; }
.page-actions { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center; }
.button, button {
  display: inline-block; font: inherit; font-size: 0.95rem; padding: 0.4rem 0.9rem; border-radius: var(--radius);
  border: 1px solid var(--accent); background: var(--accent); color: var(--accent-fg); text-decoration: none; cursor: pointer;
}
button.copy, #reset, #swap { background: var(--surface); color: var(--fg); border-color: var(--border); }
button:hover, .button:hover { filter: brightness(1.08); }
.chip { display: inline-block; font-size: 0.75rem; font-weight: 600; line-height: 1.4; padding: 0.05rem 0.5rem; border-radius: 999px; background: var(--chip-stage); color: #ffffff; vertical-align: middle; white-space: nowrap; }
.chip.stage-production { background: var(--chip-prod); }
.chip.deprecated { background: var(--chip-dep); }
.notice { border: 1px solid var(--border); border-left-width: 4px; border-radius: var(--radius); padding: 0.6rem 0.9rem; max-width: 80ch; overflow-wrap: anywhere; }
.notice.danger { border-color: var(--bad); background: var(--bad-bg); }
.notice.warning { border-color: var(--warn); background: var(--warn-bg); }
.meta { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 220px), 1fr)); gap: 0.75rem 1.5rem; margin: 1rem 0; }
.meta dt { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
.meta dd { margin: 0.1rem 0 0; overflow-wrap: anywhere; }
ul.tags, ul.owners, ul.plain { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.3rem; }
ul.plain { display: block; }
ul.tags li { font-size: 0.8rem; padding: 0.05rem 0.5rem; border: 1px solid var(--border); border-radius: 999px; background: var(--surface); overflow-wrap: anywhere; }
ul.owners li { font-size: 0.875rem; overflow-wrap: anywhere; }
ul.owners li + li::before { content: "\\b7"; margin-right: 0.3rem; color: var(--muted); }
.prose { max-width: 80ch; overflow-wrap: anywhere; }
.prose pre { background: var(--surface); padding: 0.75rem; border-radius: var(--radius); overflow-x: auto; }
.prose table { margin: 0.5rem 0; }

/* Tables */
.table-scroll { overflow-x: auto; margin: 0.5rem 0 1rem; max-width: 100%; }
table { border-collapse: collapse; font-size: 0.925rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0 0.5rem; color: var(--fg); }
th, td { padding: 0.4rem 0.7rem; border-bottom: 1px solid var(--border); text-align: left; vertical-align: top; }
thead th { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.03em; color: var(--muted); border-bottom: 2px solid var(--border); white-space: nowrap; }
tbody th { font-weight: 600; }
tr.is-deprecated > * { background: var(--bad-bg); }
.summary-cell { min-width: 18rem; max-width: 40rem; overflow-wrap: anywhere; }
.links a { white-space: nowrap; }
.direction { display: block; font-size: 0.75rem; font-weight: 400; color: var(--muted); }
.sha { overflow-wrap: anywhere; word-break: break-all; }
table.kv { min-width: 16rem; }
dl.kv { display: grid; grid-template-columns: minmax(0, max-content) minmax(0, 1fr); gap: 0.25rem 1rem; margin: 0.25rem 0 1rem; font-family: var(--mono); font-size: 0.875rem; }
dl.kv dt { font-weight: 600; overflow-wrap: anywhere; }
dl.kv dd { margin: 0; overflow-wrap: anywhere; }
ul.plain li { margin: 0.25rem 0; overflow-wrap: anywhere; }
.two-col { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 320px), 1fr)); gap: 1rem 2rem; align-items: start; }
code.uri { overflow-wrap: anywhere; word-break: break-all; }

/* Deltas: colour by verdict, plus an arrow and a word */
.delta { white-space: nowrap; font-variant-numeric: tabular-nums; }
.delta.better { color: var(--good); background: var(--good-bg); }
.delta.worse { color: var(--bad); background: var(--bad-bg); }
.delta.same, .delta.unknown, .delta.none, .delta.noise { color: var(--muted); }
.delta small { font-size: 0.75rem; margin-left: 0.25rem; }
/* The versions page's arrows: the sign is in the text, the arrow is decoration (empty alternative text). */
.delta.up::before { content: "\\25b2\\a0"; content: "\\25b2\\a0" / ""; }
.delta.down::before { content: "\\25bc\\a0"; content: "\\25bc\\a0" / ""; }
.delta.legend { padding: 0 0.35rem; border-radius: 4px; }
.compare-summary { font-weight: 600; }

/* Catalogue */
.finder { margin: 1.25rem 0 0.5rem; }
.controls { display: flex; flex-wrap: wrap; gap: 0.75rem 1rem; align-items: flex-end; padding: 0.9rem; border: 1px solid var(--border); border-radius: var(--radius); background: var(--surface); }
.field { display: flex; flex-direction: column; gap: 0.2rem; min-width: 9rem; flex: 1 1 9rem; }
.field-search { flex: 3 1 18rem; }
.field-reset { flex: 0 0 auto; min-width: 0; }
.field label { font-size: 0.8rem; font-weight: 600; color: var(--muted); }
input[type="search"], select {
  font: inherit; font-size: 0.95rem; padding: 0.4rem 0.5rem; border: 1px solid var(--muted); border-radius: 6px; background: var(--bg); color: var(--fg); min-width: 0; width: 100%;
}
.result-count { color: var(--muted); margin: 0.6rem 0; }
.model-list { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 340px), 1fr)); gap: 0.9rem; }
.model-card { border: 1px solid var(--border); border-radius: var(--radius); padding: 0.9rem 1rem; background: var(--bg); display: flex; flex-direction: column; gap: 0.4rem; min-width: 0; content-visibility: auto; contain-intrinsic-size: auto 230px; }
.model-card.is-deprecated { border-style: dashed; }
.model-title { font-size: 1.1rem; margin: 0; padding: 0; border: 0; overflow-wrap: anywhere; }
.model-sub { margin: 0; color: var(--muted); font-size: 0.875rem; overflow-wrap: anywhere; }
.excerpt { margin: 0; font-size: 0.9rem; overflow-wrap: anywhere; }
.facts { display: flex; flex-wrap: wrap; gap: 0.3rem 1.1rem; margin: 0.2rem 0 0; font-size: 0.875rem; }
.facts dt { color: var(--muted); font-size: 0.75rem; }
.facts dd { margin: 0; font-weight: 600; }
.empty { padding: 1rem; border: 1px dashed var(--border); border-radius: var(--radius); }

/* Compare */
.pickers { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-end; margin: 1rem 0; }
.pickers fieldset { border: 1px solid var(--border); border-radius: var(--radius); padding: 0.6rem 0.9rem 0.9rem; display: grid; gap: 0.25rem; min-width: min(100%, 16rem); flex: 1 1 16rem; }
.pickers legend { font-weight: 600; padding: 0 0.3rem; overflow-wrap: anywhere; }
.pickers label { font-size: 0.8rem; font-weight: 600; color: var(--muted); }

/* Copy blocks */
.copy-block { position: relative; margin: 0.5rem 0 1rem; }
.copy-block pre { background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius); padding: 0.75rem; overflow-x: auto; margin: 0; white-space: pre; }
.copy-block button { margin-top: 0.4rem; }
details { margin: 0.75rem 0; }
summary { cursor: pointer; color: var(--accent); }
.badge-row img { vertical-align: middle; margin-right: 0.4rem; }

/* Charts */
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 430px), 1fr)); gap: 1rem; }
.chart-figure { margin: 0; border: 1px solid var(--border); border-radius: var(--radius); padding: 0.6rem; min-width: 0; }
.chart-figure figcaption { font-weight: 600; font-size: 0.95rem; overflow-wrap: anywhere; }
.chart-figure figcaption .muted { font-weight: 400; font-size: 0.8rem; }
svg.chart { width: 100%; height: auto; display: block; }
svg.chart .grid { stroke: var(--border); stroke-width: 1; }
svg.chart .axis-line { stroke: var(--muted); stroke-width: 1; }
svg.chart .axis, svg.chart .axis-title { fill: var(--muted); font-size: 11px; }
svg.chart .series { stroke: var(--accent); stroke-width: 2; fill: none; }
svg.chart .series.noise { stroke: var(--muted); stroke-dasharray: 5 4; }
svg.chart .scale-note { fill: var(--muted); font-size: 10px; }
thead th .unit { text-transform: none; letter-spacing: 0; }
svg.chart .ci { stroke: var(--muted); stroke-width: 2; opacity: 0.6; }
svg.chart .point { fill: var(--accent); stroke: var(--bg); stroke-width: 1.5; r: 3.5px; }
svg.chart .point.deprecated { fill: var(--bad); }
svg.chart .point.production { fill: var(--good); stroke: var(--fg); stroke-width: 2; r: 6px; }
svg.chart .production-label { fill: var(--good); font-size: 11px; font-weight: 700; }
svg.chart .band { fill: var(--accent); opacity: 0.14; stroke: none; }
svg.chart .monitor-series.s1, svg.chart .point.s1 { stroke: var(--warn); }
svg.chart .monitor-series.s2, svg.chart .point.s2 { stroke: var(--good); }
svg.chart .monitor-series.s3, svg.chart .point.s3 { stroke: var(--fg); }
svg.chart .band.s1 { fill: var(--warn); } svg.chart .band.s2 { fill: var(--good); } svg.chart .band.s3 { fill: var(--fg); }
svg.chart .threshold { stroke: var(--bad); stroke-width: 1.5; }
svg.chart .threshold.drop { stroke-dasharray: 6 4; }
svg.chart .threshold-label { fill: var(--bad); font-size: 10px; }
svg.chart .registered { stroke: var(--good); stroke-width: 2; stroke-dasharray: 2 3; }
svg.chart .version-change { stroke: var(--muted); stroke-width: 1; stroke-dasharray: 3 3; }
svg.chart .version-label { fill: var(--muted); font-size: 10px; }
.swatch-series { background: var(--accent); border-radius: 2px; }
.swatch-threshold { background: var(--bad); border-radius: 2px; height: 0.2rem; vertical-align: 0.2rem; }
.swatch-registered { background: var(--good); border-radius: 2px; height: 0.2rem; vertical-align: 0.2rem; }
/* Health marks (issue 17): a word, coloured; the colour is never the only cue. */
.health { display: inline-block; font-size: 0.75rem; font-weight: 600; line-height: 1.4; padding: 0 0.45rem; border-radius: 999px; border: 1px solid currentColor; white-space: nowrap; }
.h-ok { color: var(--good); }
.h-breached { color: var(--bad); background: var(--bad-bg); }
.h-silent, .h-retrain-overdue { color: var(--warn); background: var(--warn-bg); }
.severity { font-weight: 600; }
.severity.error { color: var(--bad); }
.severity.warning { color: var(--warn); }

/* Lineage graphs */
.graph-scroll { overflow: auto; max-height: 70vh; border: 1px solid var(--border); border-radius: var(--radius); background: var(--surface); padding: 0.25rem; margin: 0.5rem 0 1rem; }
.graph-large { max-height: 80vh; }
svg.graph { display: block; font-size: 12px; }
@media (min-width: 700px) { svg.graph:not(.graph-wide) { max-width: 100%; height: auto; } }
svg.graph .node rect { fill: var(--bg); stroke: var(--border); stroke-width: 1.5; }
svg.graph .node .label { fill: var(--fg); font-weight: 600; }
svg.graph .node .sub { fill: var(--muted); font-size: 11px; }
svg.graph .kind-focus rect { stroke: var(--accent); stroke-width: 3; }
svg.graph .kind-external rect { fill: var(--external); stroke-dasharray: 5 3; }
svg.graph .kind-dataset rect { fill: var(--dataset); }
svg.graph .kind-code rect { fill: var(--surface-2); }
svg.graph a:hover rect, svg.graph a:focus rect { stroke: var(--accent); stroke-width: 2.5; }
svg.graph a:focus { outline: none; }
svg.graph a:focus-visible rect { stroke: var(--accent); stroke-width: 4; }
svg.graph .edge path { fill: none; stroke: var(--edge); stroke-width: 1.5; }
svg.graph .arrowhead { fill: var(--edge); }
svg.graph .edge-label { fill: var(--muted); font-size: 10px; }
.lineage-lists { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 280px), 1fr)); gap: 0 2rem; }
.lineage-lists ul { padding-left: 1.2rem; overflow-wrap: anywhere; }

@media (max-width: 600px) {
  h1 { font-size: 1.5rem; }
  th, td { padding: 0.35rem 0.45rem; }
  .summary-cell { min-width: 12rem; }
}
@media print {
  .site-header, .site-footer, .controls, .pickers, button { display: none !important; }
}
.legend { font-size: 0.875rem; }
.swatch { display: inline-block; width: 0.75rem; height: 0.75rem; border-radius: 50%; vertical-align: -0.05rem; }
.swatch-production { background: var(--good); border: 2px solid var(--fg); }
.swatch-deprecated { background: var(--bad); }
svg.graph .edge-label { paint-order: stroke; stroke: var(--surface); stroke-width: 3px; stroke-linejoin: round; }

/* A version's lineage as a flow: made from -> this version -> built on it (the arrows are the focus box's ::before and ::after) */
.flow { display: grid; grid-template-columns: minmax(0, 1.4fr) minmax(0, 1fr) minmax(0, 1fr); align-items: center; gap: 0.5rem 2.5rem; margin: 0.5rem 0; }
.flow h4 { margin: 0 0 0.4rem; font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
.flow-list { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.4rem; }
.flow-list > li, .flow-focus { display: block; margin: 0; padding: 0.4rem 0.6rem; border: 1.5px solid var(--border); border-radius: 6px; background: var(--bg); overflow-wrap: anywhere; font-size: 0.9rem; }
.flow-list .rel { display: block; font-size: 0.75rem; color: var(--muted); }
.flow-list > .ext { border-style: dashed; background: var(--external); }
.flow-list > .data { border-radius: 14px; background: var(--dataset); }
.flow-list > .code { background: var(--surface-2); }
.flow-focus { position: relative; border: 3px solid var(--accent); font-weight: 600; }
.flow-focus::before, .flow-focus::after { content: ""; position: absolute; top: 50%; margin-top: -0.5rem; width: 0; height: 0; border-top: 0.5rem solid transparent; border-bottom: 0.5rem solid transparent; border-left: 0.7rem solid var(--edge); }
.flow-focus::before { left: -1.9rem; }
.flow-focus::after { right: -1.9rem; }
@media (max-width: 700px) {
  .flow { grid-template-columns: minmax(0, 1fr); gap: 2rem; }
  .flow-focus::before, .flow-focus::after { top: auto; left: 50%; right: auto; margin: 0 0 0 -0.5rem; border-left: 0.5rem solid transparent; border-right: 0.5rem solid transparent; border-top: 0.7rem solid var(--edge); border-bottom: 0; }
  .flow-focus::before { top: -1.6rem; }
  .flow-focus::after { bottom: -1.6rem; }
}
`;
