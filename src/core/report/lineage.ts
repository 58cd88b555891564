/**
 * The lineage of versions as a graph: parents (in this registry or outside),
 * datasets and code. Pure data; renderers draw it as Mermaid or SVG.
 */
import type { GraphEdge, GraphNode } from '../output/mermaid.js';
import { asArray, isRecord } from '../values.js';
import type { Registry } from '../registry/registry.js';

export interface LineageGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Ancestors of the focus versions (up to `depth` generations), with the focus versions' datasets and code. */
export function lineageGraph(registry: Registry, focus: { model: string; version: string }[], depth = 3): LineageGraph {
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  const edgeKeys = new Set<string>();
  const addNode = (node: GraphNode) => {
    const existing = nodes.get(node.id);
    if (!existing || node.kind === 'focus') nodes.set(node.id, node);
  };
  const addEdge = (edge: GraphEdge) => {
    const key = `${edge.from}>${edge.to}>${edge.label ?? ''}`;
    if (edgeKeys.has(key)) return;
    edgeKeys.add(key);
    edges.push(edge);
  };
  const focusIds = new Set(focus.map((f) => `${f.model}@${f.version}`));
  const visit = (model: string, version: string, level: number, isFocus: boolean) => {
    const id = `${model}@${version}`;
    addNode({ id, label: `${model} ${version}`, kind: isFocus ? 'focus' : 'version' });
    const card = registry.models.get(model)?.versions.get(version)?.card?.value;
    if (!isRecord(card) || !isRecord(card.lineage)) return;
    for (const parent of asArray(card.lineage.parents)) {
      if (!isRecord(parent)) continue;
      const relation = typeof parent.relation === 'string' ? parent.relation : undefined;
      if (typeof parent.uri === 'string') {
        const pid = `uri:${parent.uri}`;
        const revision = typeof parent.revision === 'string' ? ` @ ${parent.revision.slice(0, 12)}` : '';
        addNode({ id: pid, label: `${parent.uri}${revision}`, kind: 'external' });
        addEdge({ from: pid, to: id, label: relation });
      } else if (typeof parent.model === 'string' && typeof parent.version === 'string') {
        const pid = `${parent.model}@${parent.version}`;
        if (level < depth && !nodes.has(pid)) visit(parent.model, parent.version, level + 1, focusIds.has(pid));
        else addNode({ id: pid, label: `${parent.model} ${parent.version}`, kind: focusIds.has(pid) ? 'focus' : 'version' });
        addEdge({ from: pid, to: id, label: relation });
      }
    }
    if (!isFocus) return;
    for (const dataset of asArray(card.lineage.datasets)) {
      if (!isRecord(dataset) || typeof dataset.name !== 'string') continue;
      const version2 = typeof dataset.version === 'string' || typeof dataset.version === 'number' ? ` ${dataset.version}` : '';
      const did = `dataset:${dataset.name}${version2}`;
      addNode({ id: did, label: `${dataset.name}${version2}`, kind: 'dataset' });
      addEdge({ from: did, to: id, label: typeof dataset.role === 'string' ? dataset.role : undefined });
    }
    const code = card.lineage.code;
    if (isRecord(code) && typeof code.repo === 'string' && typeof code.commit === 'string') {
      const cid = `code:${code.repo}@${code.commit}`;
      addNode({ id: cid, label: `${code.repo} ${code.commit.slice(0, 7)}`, kind: 'code' });
      addEdge({ from: cid, to: id, label: 'code' });
    }
  };
  for (const f of focus) visit(f.model, f.version, 0, true);
  return { nodes: [...nodes.values()], edges };
}
