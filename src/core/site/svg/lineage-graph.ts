/**
 * A lineage graph as inline SVG: columns by generation (dag-layout.ts), nodes
 * as labelled boxes (links to their pages where they have one), edges as
 * curves with arrowheads, coloured by CSS classes so light and dark themes
 * both work. Every label is escaped; a long label is cut and kept whole in a
 * <title> tooltip.
 */
import { html, type Raw } from '../html.js';
import { layeredLayout } from './dag-layout.js';

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

const NODE_W = 200;
const NODE_H = 42;
const COL_GAP = 120;
const ROW_GAP = 14;
const PAD = 8;
const LABEL_CHARS = 27;
const EDGE_LABELS_UP_TO = 24;
// A node's box, the same for every node of its shape: made once.
const RECT = html`<rect width="${NODE_W}" height="${NODE_H}" rx="6"></rect>`;
const DATASET_RECT = html`<rect width="${NODE_W}" height="${NODE_H}" rx="14"></rect>`;

function cut(text: string, max = LABEL_CHARS): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export interface GraphPlacement {
  width: number;
  height: number;
  at: Map<string, { x: number; y: number }>;
}

export function placeGraph(graph: SiteGraph): GraphPlacement {
  const { columns } = layeredLayout({ ids: graph.nodes.map((n) => n.id), edges: graph.edges });
  const tallest = Math.max(0, ...columns.map((c) => c.length));
  const height = PAD * 2 + tallest * NODE_H + Math.max(0, tallest - 1) * ROW_GAP;
  const width = PAD * 2 + columns.length * NODE_W + Math.max(0, columns.length - 1) * COL_GAP;
  const at = new Map<string, { x: number; y: number }>();
  columns.forEach((col, c) => {
    const colHeight = col.length * NODE_H + Math.max(0, col.length - 1) * ROW_GAP;
    const top = PAD + (height - PAD * 2 - colHeight) / 2;
    col.forEach((id, i) => at.set(id, { x: PAD + c * (NODE_W + COL_GAP), y: Math.round(top + i * (NODE_H + ROW_GAP)) }));
  });
  return { width, height, at };
}

/** `id` prefixes the SVG's element ids (unique within the page). */
export function renderLineageGraph(graph: SiteGraph, options: { id: string; title: string; description: string }): Raw {
  const { width, height, at } = placeGraph(graph);
  const { id } = options;
  const showLabels = graph.edges.length <= EDGE_LABELS_UP_TO;
  const edges = graph.edges.flatMap((e) => {
    const a = at.get(e.from);
    const b = at.get(e.to);
    if (!a || !b || e.from === e.to) return [];
    const x1 = a.x + NODE_W;
    const y1 = a.y + NODE_H / 2;
    const x2 = b.x - 2;
    const y2 = b.y + NODE_H / 2;
    const mid = (x1 + x2) / 2;
    const backwards = x2 <= x1;
    const d = backwards ? `M${x1},${y1} C${x1 + 60},${y1} ${x2 - 60},${y2} ${x2},${y2}` : `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`;
    const label =
      e.label && showLabels ? html`<text class="edge-label" x="${mid}" y="${(y1 + y2) / 2 - 4}" text-anchor="middle">${cut(e.label, 20)}</text>` : '';
    return [
      html`<g class="edge"><path d="${d}" marker-end="url(#${id}-arrow)">${label ? '' : html`<title>${e.label ?? 'derived from'}</title>`}</path>${label}</g>`,
    ];
  });
  const nodes = graph.nodes.map((n) => {
    const p = at.get(n.id)!;
    const label = cut(n.label);
    const sublabel = n.sublabel === undefined ? undefined : cut(n.sublabel, 32);
    // A tooltip only where the box does not show everything.
    const tooltip = n.title ?? (label !== n.label || sublabel !== n.sublabel ? (n.sublabel ? `${n.label} ${n.sublabel}` : n.label) : undefined);
    const main = html`<text class="label" x="10" y="${sublabel ? 17 : 26}">${label}</text>`;
    const sub = sublabel ? html`<text class="sub" x="10" y="33">${sublabel}</text>` : '';
    const title = tooltip ? html`<title>${tooltip}</title>` : '';
    const rect = n.kind === 'dataset' ? DATASET_RECT : RECT;
    const box = html`<g class="node kind-${n.kind}" data-id="${n.id}" transform="translate(${p.x},${p.y})">${title}${rect}${main}${sub}</g>`;
    return n.href ? html`<a href="${n.href}">${box}</a>` : box;
  });
  const size = html`viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"`;
  const counts = html`data-nodes="${graph.nodes.length}" data-edges="${edges.length}"`;
  const open = html`<svg class="graph" xmlns="http://www.w3.org/2000/svg" ${size} aria-labelledby="${id}-title ${id}-desc" ${counts}>`;
  const texts = html`<title id="${id}-title">${options.title}</title><desc id="${id}-desc">${options.description}</desc>`;
  const marker = html`<marker id="${id}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">`;
  const defs = html`<defs>${marker}<path class="arrowhead" d="M0,0 L10,5 L0,10 z"></path></marker></defs>`;
  return html`${open}${texts}${defs}<g class="edges">${edges}</g><g class="nodes">${nodes}</g></svg>`;
}
