/**
 * A layered layout of a directed graph, left to right: each node's column is
 * its generation (the longest path from a node without parents), except that a
 * node without parents sits just left of its nearest child, so inputs used by
 * one late model do not all pile up in the first column. An edge that spans
 * several columns gets a waypoint in each column between, so it runs through
 * a slot of its own instead of across boxes. The order within a column is
 * improved by a few barycenter sweeps so edges cross less. Cycles (a broken
 * registry) are cut at the edge that closes them.
 */
export interface LayoutInput {
  ids: string[];
  edges: { from: string; to: string }[];
}

export interface LayoutResult {
  /** Column of each node. */
  layer: Map<string, number>;
  /** Nodes of each column, top to bottom. */
  columns: string[][];
  /** Each column top to bottom with the waypoints of long edges in it (waypoint ids start with WAYPOINT). */
  slots: string[][];
  /** The waypoints of each long edge, left to right, by edgeKey(from, to). */
  waypoints: Map<string, string[]>;
}

export const WAYPOINT = '\u0000';
/** Beyond this many waypoints in all (a vast registry), long edges are drawn straight. */
const MAX_WAYPOINTS = 20_000;

export function edgeKey(from: string, to: string): string {
  return `${from}\u0000${to}`;
}

export function layeredLayout(input: LayoutInput, sweeps = 6): LayoutResult {
  const known = new Set(input.ids);
  const parents = new Map<string, string[]>();
  const children = new Map<string, string[]>();
  for (const id of input.ids) {
    parents.set(id, []);
    children.set(id, []);
  }
  const edges: { from: string; to: string }[] = [];
  const seenEdges = new Set<string>();
  for (const e of input.edges) {
    if (!known.has(e.from) || !known.has(e.to) || e.from === e.to || seenEdges.has(edgeKey(e.from, e.to))) continue;
    seenEdges.add(edgeKey(e.from, e.to));
    edges.push(e);
    parents.get(e.to)!.push(e.from);
    children.get(e.from)!.push(e.to);
  }

  // Longest path from a source, iteratively (no recursion depth limit), ignoring edges that close a cycle.
  const layer = new Map<string, number>();
  const state = new Map<string, 1 | 2>(); // 1 on the stack, 2 done
  for (const start of input.ids) {
    if (state.has(start)) continue;
    const stack: { id: string; next: number }[] = [{ id: start, next: 0 }];
    state.set(start, 1);
    while (stack.length) {
      const top = stack[stack.length - 1];
      const ps = parents.get(top.id)!;
      if (top.next < ps.length) {
        const p = ps[top.next++];
        if (!state.has(p)) {
          state.set(p, 1);
          stack.push({ id: p, next: 0 });
        }
        continue;
      }
      let l = 0;
      for (const p of ps) if (state.get(p) === 2) l = Math.max(l, layer.get(p)! + 1);
      layer.set(top.id, l);
      state.set(top.id, 2);
      stack.pop();
    }
  }
  // A node without parents moves right, next to its nearest child.
  for (const id of input.ids) {
    if (parents.get(id)!.length) continue;
    let nearest = Infinity;
    for (const c of children.get(id)!) nearest = Math.min(nearest, layer.get(c)!);
    if (Number.isFinite(nearest) && nearest - 1 > layer.get(id)!) layer.set(id, nearest - 1);
  }

  const count = Math.max(0, ...layer.values()) + 1;
  const columns: string[][] = Array.from({ length: input.ids.length ? count : 0 }, () => []);
  for (const id of input.ids) columns[layer.get(id)!].push(id);
  const slots = columns.map((c) => [...c]);

  // Waypoints: each long (forward) edge becomes a chain through the columns it crosses.
  const waypoints = new Map<string, string[]>();
  const up = new Map<string, string[]>(); // every slot's neighbours on the left
  const down = new Map<string, string[]>(); // and on the right
  const link = (a: string, b: string) => {
    (down.get(a) ?? down.set(a, []).get(a)!).push(b);
    (up.get(b) ?? up.set(b, []).get(b)!).push(a);
  };
  let budget = MAX_WAYPOINTS;
  for (const e of edges) {
    const from = layer.get(e.from)!;
    const to = layer.get(e.to)!;
    const span = to - from;
    if (span > 1 && span - 1 <= budget) {
      budget -= span - 1;
      const chain: string[] = [];
      for (let l = from + 1; l < to; l++) {
        const id = `${WAYPOINT}${waypoints.size}:${l}`;
        chain.push(id);
        slots[l].push(id);
      }
      waypoints.set(edgeKey(e.from, e.to), chain);
      const path = [e.from, ...chain, e.to];
      for (let i = 1; i < path.length; i++) link(path[i - 1], path[i]);
    } else link(e.from, e.to);
  }

  const position = new Map<string, number>();
  const place = (col: string[]) => col.forEach((id, i) => position.set(id, i));
  slots.forEach(place);
  const barycenter = (neighbours: string[] | undefined, fallback: number) => {
    let sum = 0;
    let n = 0;
    for (const x of neighbours ?? []) {
      const p = position.get(x);
      if (p !== undefined) {
        sum += p;
        n++;
      }
    }
    return n ? sum / n : fallback;
  };
  for (let sweep = 0; sweep < sweeps; sweep++) {
    const rightward = sweep % 2 === 0;
    const order = slots.map((_, i) => i);
    if (!rightward) order.reverse();
    for (const c of order.slice(1)) {
      const col = slots[c];
      const keys = new Map(col.map((id, i) => [id, barycenter(rightward ? up.get(id) : down.get(id), i)]));
      col.sort((a, b) => keys.get(a)! - keys.get(b)! || position.get(a)! - position.get(b)!);
      place(col);
    }
  }
  const sortedColumns = slots.map((col) => col.filter((id) => !id.startsWith(WAYPOINT)));
  return { layer, columns: sortedColumns, slots, waypoints };
}
