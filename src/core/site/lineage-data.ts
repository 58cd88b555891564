/**
 * Lineage graphs for the pages, at the scale of models: a model's upstream and
 * downstream (model page) and the whole registry (lineage page), from the
 * models' summaries (site-index.ts). A version's own lineage is a short list
 * on its page.
 */
import type { SiteGraph, SiteGraphEdge, SiteGraphNode } from './svg/lineage-graph.js';
import type { SiteData, SiteModel } from './site-model.js';
import { paths } from './urls.js';

type Link = (path: string) => string;

class GraphBuilder {
  readonly nodes = new Map<string, SiteGraphNode>();
  private readonly edges = new Map<string, { from: string; to: string; labels: Set<string> }>();
  node(node: SiteGraphNode): void {
    const existing = this.nodes.get(node.id);
    if (!existing || (node.kind === 'focus' && existing.kind !== 'focus')) this.nodes.set(node.id, node);
  }
  edge(from: string, to: string, label?: string): void {
    if (from === to) return;
    const key = `${from}\u0000${to}`;
    let e = this.edges.get(key);
    if (!e) {
      e = { from, to, labels: new Set() };
      this.edges.set(key, e);
    }
    if (label) e.labels.add(label);
  }
  build(): SiteGraph {
    const edges: SiteGraphEdge[] = [...this.edges.values()].map((e) => ({
      from: e.from,
      to: e.to,
      label: e.labels.size ? [...e.labels].sort().join(', ') : undefined,
    }));
    return { nodes: [...this.nodes.values()], edges };
  }
}

function modelNode(data: SiteData, name: string, link: Link, focus = false): SiteGraphNode {
  const model = data.byName.get(name);
  return {
    id: `model:${name}`,
    label: name,
    sublabel: model?.title ?? model?.task ?? (model ? undefined : 'not in this registry'),
    kind: focus ? 'focus' : 'model',
    href: model && !focus ? link(paths.model(name)) : undefined,
  };
}

const externalId = (uri: string) => `uri:${uri}`;
const datasetId = (name: string) => `dataset:${name}`;

function externalNode(uri: string, revision?: string): SiteGraphNode {
  return {
    id: externalId(uri),
    label: uri,
    sublabel: revision ? `external @ ${revision}` : 'external model',
    kind: 'external',
    title: revision ? `${uri} @ ${revision}` : uri,
  };
}

function datasetNode(name: string, versions?: string): SiteGraphNode {
  return { id: datasetId(name), label: name, sublabel: versions ?? 'dataset', kind: 'dataset' };
}

/** A model's upstream (parent models, transitively, external parents and its own datasets) and downstream (models built on it, transitively). */
export function modelLineage(data: SiteData, focus: SiteModel, link: Link): SiteGraph {
  const g = new GraphBuilder();
  g.node(modelNode(data, focus.name, link, true));
  const datasetVersions = new Map<string, Set<string>>();
  for (const v of focus.versions) {
    for (const d of v.datasets) {
      const set = datasetVersions.get(d.name) ?? new Set<string>();
      if (d.version) set.add(d.version);
      datasetVersions.set(d.name, set);
      g.edge(datasetId(d.name), `model:${focus.name}`, d.role);
    }
  }
  for (const [name, versions] of datasetVersions)
    g.node(datasetNode(name, versions.size === 1 ? [...versions][0] : versions.size ? `${versions.size} versions` : undefined));

  const up = [focus.name];
  const seenUp = new Set(up);
  while (up.length) {
    const name = up.shift()!;
    for (const p of data.byName.get(name)?.lineage ?? []) {
      if (p.kind === 'external') {
        g.node(externalNode(p.uri, p.revision));
        g.edge(externalId(p.uri), `model:${name}`, p.relation);
      } else if (p.kind === 'registry') {
        g.node(modelNode(data, p.model, link));
        g.edge(`model:${p.model}`, `model:${name}`, p.relation);
        if (!seenUp.has(p.model)) {
          seenUp.add(p.model);
          up.push(p.model);
        }
      }
    }
  }
  const down = [focus.name];
  const seenDown = new Set(down);
  while (down.length) {
    const name = down.shift()!;
    for (const key of data.byName.get(name)?.keys ?? []) {
      for (const child of data.children.get(key) ?? []) {
        if (child.model === name) continue;
        g.node(modelNode(data, child.model, link));
        g.edge(`model:${name}`, `model:${child.model}`, child.modelRelation);
        if (!seenDown.has(child.model)) {
          seenDown.add(child.model);
          down.push(child.model);
        }
      }
    }
  }
  return g.build();
}

/** Every model, external parent and dataset of the registry, with edges between them. */
export function registryLineage(data: SiteData, link: Link): SiteGraph {
  const g = new GraphBuilder();
  for (const m of data.models) {
    g.node(modelNode(data, m.name, link));
    for (const p of m.lineage) {
      if (p.kind === 'external') {
        g.node(externalNode(p.uri, p.revision));
        g.edge(externalId(p.uri), `model:${m.name}`, p.relation);
      } else if (p.kind === 'registry') {
        g.node(modelNode(data, p.model, link));
        g.edge(`model:${p.model}`, `model:${m.name}`, p.relation);
      } else {
        g.node(datasetNode(p.name));
        g.edge(datasetId(p.name), `model:${m.name}`, p.role);
      }
    }
  }
  return g.build();
}
