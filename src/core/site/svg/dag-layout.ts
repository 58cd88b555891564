/**
 * A layered layout of a directed graph, left to right: each node's column is
 * its generation (the longest path from a node without parents), and the
 * order within a column is improved by a few barycenter sweeps so edges cross
 * less. Cycles (a broken registry) are cut at the edge that closes them.
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
}

export function layeredLayout(input: LayoutInput, sweeps = 6): LayoutResult {
  const known = new Set(input.ids);
  const parents = new Map<string, string[]>();
  const children = new Map<string, string[]>();
  for (const id of input.ids) {
    parents.set(id, []);
    children.set(id, []);
  }
  for (const e of input.edges) {
    if (!known.has(e.from) || !known.has(e.to) || e.from === e.to) continue;
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

  const count = Math.max(0, ...layer.values()) + 1;
  const columns: string[][] = Array.from({ length: input.ids.length ? count : 0 }, () => []);
  for (const id of input.ids) columns[layer.get(id)!].push(id);

  const position = new Map<string, number>();
  const place = (col: string[]) => col.forEach((id, i) => position.set(id, i));
  columns.forEach(place);
  const barycenter = (id: string, neighbours: string[], fallback: number) => {
    let sum = 0;
    let n = 0;
    for (const x of neighbours) {
      const p = position.get(x);
      if (p !== undefined) {
        sum += p;
        n++;
      }
    }
    return n ? sum / n : fallback;
  };
  for (let sweep = 0; sweep < sweeps; sweep++) {
    const down = sweep % 2 === 0;
    const order = down
      ? columns.map((_, i) => i).slice(1)
      : columns
          .map((_, i) => i)
          .reverse()
          .slice(1);
    for (const c of order) {
      const col = columns[c];
      const keys = new Map(col.map((id, i) => [id, barycenter(id, down ? parents.get(id)! : children.get(id)!, i)]));
      col.sort((a, b) => keys.get(a)! - keys.get(b)! || position.get(a)! - position.get(b)!);
      place(col);
    }
  }
  return { layer, columns };
}
