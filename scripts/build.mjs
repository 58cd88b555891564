#!/usr/bin/env node
/**
 * Bundles the Action (dist/index.js), the CLI (dist/cli.js) and the helper
 * threads' and processes' entries from the same sources with esbuild: ESM files
 * with every dependency inside (shared code in dist/chunk-*.js), runnable on
 * Node 20 and GitHub's node24.
 *
 *   node scripts/build.mjs          write dist/
 *   node scripts/build.mjs --check  fail if the committed dist/ differs from a fresh build
 */
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync, mkdirSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const check = process.argv.includes('--check');
const outdir = check ? mkdtempSync(join(tmpdir(), 'model-registry-dist-')) : 'dist';

// Some bundled CommonJS packages call require() for Node built-ins.
const banner = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

// `import text from './file.css?raw'` gives the file's text, as Vite (the tests) does: the catalogue's CSS and script.
const rawText = {
  name: 'raw-text',
  setup(b) {
    // Paths relative to the project, so the bundle is the same in every clone.
    b.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: relative(process.cwd(), join(args.resolveDir, args.path.slice(0, -'?raw'.length))),
      namespace: 'raw-text',
    }));
    b.onLoad({ filter: /.*/, namespace: 'raw-text' }, (args) => ({ contents: readFileSync(args.path, 'utf8'), loader: 'text' }));
  },
};

// The Action is one file, as a runner loads it. The CLI and the helper
// threads' and processes' entries share chunks, and the CLI loads a command's
// code when it runs (see src/cli/main.ts): `site` and `validate` never load
// Octokit and its HTTP stack.
const builds = [
  { entries: { index: 'src/action.ts' }, splitting: false },
  {
    entries: {
      cli: 'src/cli.ts',
      'check-worker': 'src/adapters/workers/check-worker.ts',
      'read-worker': 'src/adapters/workers/read-worker.ts',
      'write-worker': 'src/adapters/workers/write-worker.ts',
    },
    splitting: true,
  },
];

// Build over the old files rather than deleting dist/ first: tests running
// meanwhile never find the bundle missing. Stale files are removed afterwards.
mkdirSync(outdir, { recursive: true });
const outputs = new Set();
for (const { entries, splitting } of builds) {
  const result = await build({
    entryPoints: entries,
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    splitting,
    chunkNames: 'chunk-[hash]',
    metafile: true,
    minify: false,
    legalComments: 'eof',
    sourcemap: false,
    banner: { js: banner },
    logLevel: 'warning',
    plugins: [rawText],
  });
  for (const file of Object.keys(result.metafile.outputs)) outputs.add(relative(outdir, file));
}
// The CLI is run as a program (esbuild keeps src/cli.ts's shebang on the first line).
chmodSync(join(outdir, 'cli.js'), 0o755);

if (!check) {
  // Bundles of entries that no longer exist, and chunks of earlier builds.
  for (const file of readdirSync(outdir)) if (!outputs.has(file)) rmSync(join(outdir, file), { force: true });
}

if (check) {
  const fresh = readdirSync(outdir).sort();
  const committed = existsSync('dist') ? readdirSync('dist').sort() : [];
  const stale = fresh.filter((f) => !committed.includes(f) || !readFileSync(join('dist', f)).equals(readFileSync(join(outdir, f))));
  const extra = committed.filter((f) => !fresh.includes(f));
  rmSync(outdir, { recursive: true, force: true });
  if (stale.length || extra.length) {
    console.error(`dist/ is stale (${[...stale, ...extra].join(', ')}): run \`npm run build\` and commit dist/`);
    process.exit(1);
  }
  console.log('dist/ matches the sources');
}
