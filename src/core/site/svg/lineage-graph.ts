/**
 * A lineage graph as inline SVG: columns by generation (dag-layout.ts), nodes
 * as labelled boxes (links to their pages where they have one), edges as
 * curves with arrowheads, coloured by CSS classes so light and dark themes
 * both work. Every label is escaped. Names are never cut: a long one wraps
 * inside a wider box, and each box says its whole name on hover. Each edge
 * leaves its box in a lane of its own, its label above its line in the strip
 * right of the column, where nothing else is drawn, so a label never overlaps
 * a line or a box; curves cross only in the gaps between strips and columns.
 */
import { html, type Raw } from '../html.js';
import { edgeKey, layeredLayout } from './dag-layout.js';
import { textWidth, wrapText } from './text-width.js';

export type GraphNodeKind = 'focus' | 'model' | 'version' | 'external' | 'dataset' | 'code';

export interface SiteGraphNode {
  id: string;
  label: string;
  sublabel?: string;
  kind: GraphNodeKind;
  /** A link, already relative to the page the graph is drawn in. */
  href?: string;
  /** Full text for the tooltip; defaults to label and sublabel. */
  title?: string;
}

export interface SiteGraphEdge {
  from: string;
  to: string;
  label?: string;
}

export interface SiteGraph {
  nodes: SiteGraphNode[];
  edges: SiteGraphEdge[];
}

const FONT = 12;
const SUB_FONT = 11;
const EDGE_FONT = 10;
/** Wider names wrap onto more lines: every character stays in the box. */
const MAX_TEXT_W = 260;
const MIN_NODE_W = 140;
const PAD_X = 10;
const LINE_H = 15;
const SUB_LINE_H = 14;
const MIN_NODE_H = 42;
/** Outgoing edges leave a box this far apart, each with its label in the lane above its line. */
const LANE = 20;
const PORT_TOP = 17;
const WAYPOINT_H = 20;
const ROW_GAP = 14;
const CURVE_GAP = 56;
const PAD = 8;
/** The page's content width (.wrap, less its padding and the scroll box's): the layout stretches its gaps to fill it. */
const TARGET_WIDTH = 1120;
const EDGE_LABELS_UP_TO = 24;
const EDGE_LABEL_CHARS = 40;

function cut(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

interface Slot {
  id: string;
  column: number;
  x: number;
  y: number;
  w: number;
  h: number;
  lines: string[];
  subLines: string[];
  node?: SiteGraphNode;
}

interface Hop {
  edge: number;
  from: Slot;
  to: Slot;
  /** Where it leaves `from` and enters `to`. */
  y0: number;
  y1: number;
}

interface GraphPlacement {
  width: number;
  height: number;
  at: Map<string, { x: number; y: number; w: number; h: number }>;
}

interface Layout extends GraphPlacement {
  slots: Map<string, Slot>;
  hops: Hop[];
  /** Per edge index: its hops left to right, or none when it points backwards (a cycle). */
  chains: Map<number, Hop[]>;
  stripEnd: number[];
  showLabels: boolean;
}

function layout(graph: SiteGraph): Layout {
  const { slots: columns, waypoints } = layeredLayout({ ids: graph.nodes.map((n) => n.id), edges: graph.edges });
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const showLabels = graph.edges.length <= EDGE_LABELS_UP_TO;
  const slots = new Map<string, Slot>();
  columns.forEach((col, c) =>
    col.forEach((id) => {
      const node = byId.get(id);
      const lines = node ? wrapText(node.label, MAX_TEXT_W, FONT, true) : [];
      const subLines = node?.sublabel ? wrapText(node.sublabel, MAX_TEXT_W, SUB_FONT) : [];
      const h = node ? Math.max(MIN_NODE_H, 10 + lines.length * LINE_H + subLines.length * SUB_LINE_H + 6) : WAYPOINT_H;
      slots.set(id, { id, column: c, x: 0, y: 0, w: 0, h, lines, subLines, node });
    }),
  );

  // Each edge as hops from slot to slot: through its waypoints when it spans columns.
  const hops: Hop[] = [];
  const chains = new Map<number, Hop[]>();
  const outs = new Map<string, Hop[]>();
  const ins = new Map<string, Hop[]>();
  const seen = new Set<string>();
  graph.edges.forEach((e, i) => {
    const a = slots.get(e.from);
    const b = slots.get(e.to);
    if (!a || !b || e.from === e.to || seen.has(edgeKey(e.from, e.to))) return;
    seen.add(edgeKey(e.from, e.to));
    const path = [a, ...(waypoints.get(edgeKey(e.from, e.to)) ?? []).map((id) => slots.get(id)!), b];
    const chain: Hop[] = [];
    for (let k = 1; k < path.length; k++) {
      const hop = { edge: i, from: path[k - 1], to: path[k], y0: 0, y1: 0 };
      chain.push(hop);
      hops.push(hop);
      (outs.get(hop.from.id) ?? outs.set(hop.from.id, []).get(hop.from.id)!).push(hop);
      (ins.get(hop.to.id) ?? ins.set(hop.to.id, []).get(hop.to.id)!).push(hop);
    }
    chains.set(i, chain);
  });
  // A box is tall enough for a lane per outgoing edge.
  if (showLabels) for (const slot of slots.values()) if (slot.node) slot.h = Math.max(slot.h, PORT_TOP + ((outs.get(slot.id)?.length ?? 1) - 1) * LANE + 8);

  // Widths: a column is as wide as its widest name; the lane after it as its widest edge label.
  const colW = columns.map((col) =>
    Math.max(
      0,
      ...col.map((id) => {
        const s = slots.get(id)!;
        if (!s.node) return 0;
        const text = Math.max(...s.lines.map((l) => textWidth(l, FONT, true)), ...s.subLines.map((l) => textWidth(l, SUB_FONT)));
        return Math.max(MIN_NODE_W, text + 2 * PAD_X);
      }),
    ),
  );
  const strip = columns.map((col) => {
    let widest = 0;
    if (showLabels)
      for (const id of col)
        for (const hop of outs.get(id) ?? []) if (slots.get(id)!.node) widest = Math.max(widest, textWidth(edgeText(graph.edges[hop.edge]), EDGE_FONT));
    return widest ? widest + 16 : 16;
  });
  const natural = PAD * 2 + colW.reduce((a, b) => a + b, 0) + strip.slice(0, -1).reduce((a, b) => a + b, 0) + CURVE_GAP * Math.max(0, columns.length - 1);
  // Room to spare goes to the gaps between columns, so the graph uses the width of the page (never more than 4 times the gap).
  const gap = columns.length > 1 && natural < TARGET_WIDTH ? CURVE_GAP + Math.min(3 * CURVE_GAP, (TARGET_WIDTH - natural) / (columns.length - 1)) : CURVE_GAP;
  const colX: number[] = [];
  const stripEnd: number[] = [];
  let x = PAD;
  columns.forEach((_, c) => {
    colX.push(x);
    stripEnd.push(x + colW[c] + strip[c]);
    x += colW[c] + strip[c] + gap;
  });
  const width = Math.round(columns.length ? colX[columns.length - 1] + colW[columns.length - 1] + PAD : PAD * 2);

  // Heights: each column's slots stacked and centred.
  const colH = columns.map((col) => col.reduce((sum, id) => sum + slots.get(id)!.h, 0) + Math.max(0, col.length - 1) * ROW_GAP);
  const height = PAD * 2 + Math.max(0, ...colH);
  columns.forEach((col, c) => {
    let y = PAD + (height - PAD * 2 - colH[c]) / 2;
    for (const id of col) {
      const s = slots.get(id)!;
      Object.assign(s, { x: colX[c], y: Math.round(y), w: colW[c] });
      y += s.h + ROW_GAP;
    }
  });

  // Ports: a lane per outgoing edge (ordered by where it goes), incoming edges spread over the left side.
  const centre = (s: Slot) => s.y + s.h / 2;
  for (const [id, list] of outs) {
    const s = slots.get(id)!;
    list.sort((p, q) => centre(p.to) - centre(q.to));
    list.forEach((hop, k) => (hop.y0 = !s.node ? centre(s) : showLabels ? s.y + PORT_TOP + k * LANE : centre(s)));
  }
  for (const [id, list] of ins) {
    const s = slots.get(id)!;
    list.sort((p, q) => p.y0 - q.y0);
    list.forEach((hop, k) => (hop.y1 = !s.node ? centre(s) : s.y + ((k + 1) * s.h) / (list.length + 1)));
  }
  const at = new Map([...slots.values()].filter((s) => s.node).map((s) => [s.id, { x: s.x, y: s.y, w: s.w, h: s.h }]));
  return { width, height, at, slots, hops, chains, stripEnd, showLabels };
}

function edgeText(e: SiteGraphEdge): string {
  return cut(e.label ?? '', EDGE_LABEL_CHARS);
}

const r = (n: number) => Math.round(n * 10) / 10;

/** `id` prefixes the SVG's element ids (unique within the page). */
export function renderLineageGraph(graph: SiteGraph, options: { id: string; title: string; description: string }): Raw {
  const { width, height, slots, chains, stripEnd, showLabels } = layout(graph);
  const { id } = options;
  const edges = graph.edges.flatMap((e, i) => {
    const chain = chains.get(i);
    if (!chain?.length) return [];
    const first = chain[0];
    let d: string;
    if (first.to.column <= first.from.column) {
      // Backwards (a cycle in a broken registry): one curve around.
      const x1 = first.from.x + first.from.w;
      const x2 = first.to.x - 2;
      d = `M${x1},${r(first.y0)} C${x1 + 60},${r(first.y0)} ${x2 - 60},${r(first.y1)} ${x2},${r(first.y1)}`;
    } else {
      d = `M${first.from.x + first.from.w},${r(first.y0)}`;
      for (const hop of chain) {
        const start = stripEnd[hop.from.column];
        const end = hop.to.node ? hop.to.x - 2 : hop.to.x;
        const mid = r((start + end) / 2);
        d += ` H${start} C${mid},${r(hop.y0)} ${mid},${r(hop.y1)} ${end},${r(hop.y1)}`;
        if (!hop.to.node) d += ` H${hop.to.x + hop.to.w}`;
      }
    }
    const text = edgeText(e);
    const labelled = showLabels && text !== '' && first.to.column > first.from.column;
    const label = labelled ? html`<text class="edge-label" x="${first.from.x + first.from.w + 6}" y="${r(first.y0 - 5)}">${text}</text>` : '';
    const tooltip = !labelled || text !== e.label ? html`<title>${e.label ?? 'derived from'}</title>` : '';
    return [html`<g class="edge"><path d="${d}" marker-end="url(#${id}-arrow)">${tooltip}</path>${label}</g>`];
  });
  const nodes = graph.nodes.map((n) => {
    const s = slots.get(n.id)!;
    const lines = s.lines.map((line, k) => html`<tspan x="${PAD_X}" y="${16 + k * LINE_H}">${line}</tspan>`);
    const top = 16 + s.lines.length * LINE_H - 1;
    const subs = s.subLines.map((line, k) => html`<tspan x="${PAD_X}" y="${top + k * SUB_LINE_H}">${line}</tspan>`);
    // The whole name on hover too (the box shows it all, wrapped).
    const tooltip = n.title ?? (n.sublabel ? `${n.label} (${n.sublabel})` : n.label);
    const main = html`<text class="label">${lines}</text>`;
    const sub = subs.length ? html`<text class="sub">${subs}</text>` : '';
    const rect = html`<rect width="${s.w}" height="${s.h}" rx="${n.kind === 'dataset' ? 14 : 6}"></rect>`;
    const box = html`<g class="node kind-${n.kind}" data-id="${n.id}" transform="translate(${s.x},${s.y})"><title>${tooltip}</title>${rect}${main}${sub}</g>`;
    return n.href ? html`<a href="${n.href}">${box}</a>` : box;
  });
  // Wider than the page by much: it scrolls at full size rather than shrinking its text.
  const wide = width > TARGET_WIDTH * 1.25 ? ' graph-wide' : '';
  const size = html`viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"`;
  const counts = html`data-nodes="${graph.nodes.length}" data-edges="${edges.length}"`;
  const open = html`<svg class="graph${wide}" xmlns="http://www.w3.org/2000/svg" ${size} aria-labelledby="${id}-title ${id}-desc" ${counts}>`;
  const texts = html`<title id="${id}-title">${options.title}</title><desc id="${id}-desc">${options.description}</desc>`;
  const marker = html`<marker id="${id}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">`;
  const defs = html`<defs>${marker}<path class="arrowhead" d="M0,0 L10,5 L0,10 z"></path></marker></defs>`;
  return html`${open}${texts}${defs}<g class="edges">${edges}</g><g class="nodes">${nodes}</g></svg>`;
}
