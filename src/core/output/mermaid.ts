/**
 * Mermaid flowcharts, which GitHub renders from a ```mermaid block. Labels are
 * quoted, and every character Mermaid or its HTML labels could interpret is
 * written as a Mermaid entity code, so a card cannot inject markup or links.
 */
import { neutraliseBidi } from '../text/markdown-escape.js';

export interface GraphNode {
  id: string;
  label: string;
  kind: 'version' | 'focus' | 'external' | 'dataset' | 'code';
}

export interface GraphEdge {
  from: string;
  to: string;
  label?: string;
}

export function mermaidLabel(text: string): string {
  // An entity code still renders as its character: bidirectional controls are replaced first.
  const cleaned = neutraliseBidi(text.replace(/[\r\n\t]+/g, ' ').slice(0, 80));
  return cleaned.replace(/[^A-Za-z0-9 .,_\-/@+]/g, (c) => `#${c.codePointAt(0)};`);
}

const SHAPES: Record<GraphNode['kind'], [string, string]> = {
  focus: ['[["', '"]]'],
  version: ['["', '"]'],
  external: ['(["', '"])'],
  dataset: ['[("', '")]'],
  code: ['{{"', '"}}'],
};

export function renderMermaid(nodes: GraphNode[], edges: GraphEdge[]): string {
  const ids = new Map(nodes.map((n, i) => [n.id, `n${i}`]));
  const lines = ['flowchart LR'];
  for (const node of nodes) {
    const [open, close] = SHAPES[node.kind];
    lines.push(`  ${ids.get(node.id)}${open}${mermaidLabel(node.label)}${close}`);
  }
  for (const edge of edges) {
    const from = ids.get(edge.from);
    const to = ids.get(edge.to);
    if (!from || !to) continue;
    lines.push(edge.label ? `  ${from} -->|"${mermaidLabel(edge.label)}"| ${to}` : `  ${from} --> ${to}`);
  }
  const focus = nodes.filter((n) => n.kind === 'focus').map((n) => ids.get(n.id));
  if (focus.length) lines.push(`  classDef focus stroke-width:3px`, `  class ${focus.join(',')} focus`);
  return lines.join('\n');
}
