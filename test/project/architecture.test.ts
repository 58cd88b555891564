/**
 * The import graph of src/ keeps each folder to its kind of code: a pure core,
 * adapters that know no use case, use cases that know no front end, and two
 * front ends that are siblings. Type-only imports count: they tie modules too.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const src = resolve(import.meta.dirname, '..', '..', 'src');

type Layer = 'core' | 'errors' | 'adapters' | 'app' | 'cli' | 'action' | 'types';

/** What each folder may import besides itself. */
const ALLOWED: Record<Layer, readonly Layer[]> = {
  core: ['types'],
  errors: ['core'],
  adapters: ['core', 'errors', 'types'],
  app: ['core', 'errors', 'adapters', 'types'],
  cli: ['core', 'errors', 'adapters', 'app', 'types'],
  action: ['core', 'errors', 'adapters', 'app', 'types'],
  types: [],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The folder a file belongs to; the entries src/cli.ts and src/action.ts belong to their front ends. */
function layerOf(file: string): Layer {
  const first = relative(src, file).split(/[\\/]/)[0].replace(/\.ts$/, '');
  if (!(first in ALLOWED)) throw new Error(`src/${first} is in no layer of this test: add it to ALLOWED`);
  return first as Layer;
}

/** The src files a file imports: static, `import type`, re-exports and import(); packages and node: are left out. */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const targets: string[] = [];
  for (const { fileName } of info.importedFiles) {
    if (!fileName.startsWith('.')) continue;
    const path = resolve(dirname(file), fileName.replace(/\?.*$/, ''));
    const candidates = [path.replace(/\.js$/, '.ts'), `${path}.ts`, join(path, 'index.ts')];
    const target = candidates.find((c) => c.endsWith('.ts') && existsSync(c));
    // A raw asset (CSS, the browser script) is no module of the graph.
    if (target) targets.push(target);
    else if (/\.(ts|js)$/.test(path) && !existsSync(path)) throw new Error(`${relative(src, file)} imports ${fileName}, which does not exist`);
  }
  return targets;
}

const files = sourceFiles(src);
const graph = new Map(files.map((file) => [file, importsOf(file)]));
const name = (file: string) => relative(src, file).replace(/\\/g, '/');

/** Strongly connected components of more than one module (or a module importing itself): Tarjan's algorithm. */
function cycles(edges: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (edges.get(v) ?? []).includes(v)) found.push(component.map(name).sort());
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('the import graph of src/', () => {
  it('is read from every module (a sanity check of the parser)', () => {
    expect(files.length).toBeGreaterThan(100);
    // A static import, an `import type` and a dynamic import() are all seen.
    expect(graph.get(join(src, 'cli', 'main.ts'))!.map(name)).toEqual(
      expect.arrayContaining(['errors/index.ts', 'cli/io.ts', 'cli/local-commands.ts', 'cli/github-commands.ts']),
    );
    expect(graph.get(join(src, 'errors', 'index.ts'))!.map(name)).toContain('core/register/plan.ts');
  });

  it('has each folder import only the folders below it: no front end imports the other, the core imports nothing outside itself', () => {
    const wrong: string[] = [];
    for (const [file, targets] of graph) {
      const from = layerOf(file);
      for (const target of targets) {
        const to = layerOf(target);
        if (to !== from && !ALLOWED[from].includes(to))
          wrong.push(`src/${name(file)} imports src/${name(target)} (${from} may import ${ALLOWED[from].join(', ') || 'nothing else'})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has no import cycle, type-only imports included', () => {
    expect(cycles(graph)).toEqual([]);
  });
});
