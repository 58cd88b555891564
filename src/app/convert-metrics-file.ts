/**
 * `convert-metrics`: a metrics file committed as a training script wrote it
 * (the `unconverted-metrics` problem), converted in place the way `add` and
 * `register` convert as they add: with registry.yaml's metric_names, its run
 * statistics moved into the card.yaml beside it. Read and written inside the
 * registry only, never through a symbolic link.
 */
import { posix, relative, resolve, sep } from 'node:path';
import { CARD_FILE, documentKind } from '../core/format/layout.js';
import { loadRegistry } from '../core/registry/load.js';
import { addStatsToCardText, buildMetricsFile, metricNames, type MetricsFileBuild } from '../core/register/metrics-input.js';
import { readRegistryDocument, readTopLevel } from '../adapters/fs/fs-snapshot.js';
import { writeRegistryDocument } from '../adapters/fs/write-registry-document.js';
import { RegisterInputError } from '../errors/index.js';

export interface ConvertMetricsResult {
  /** The file, relative to the registry root. */
  path: string;
  build: MetricsFileBuild;
  /** The card the run statistics went to, if any did. */
  card?: string;
}

export function convertMetricsFile(root: string, file: string, cwd: string): ConvertMetricsResult {
  const rootPath = resolve(cwd, root);
  const rel = relative(rootPath, resolve(cwd, file)).split(sep).join('/');
  if (rel.startsWith('../') || rel === '..' || documentKind(rel) !== 'metrics') {
    throw new RegisterInputError(
      `${file} is not a metrics file of the registry at ${root} (models/<model>/versions/<version>/metrics.json or metrics.yaml): a training run's own file is converted as \`add\` or \`register\` adds it`,
    );
  }
  const bytes = readRegistryDocument(rootPath, rel);
  if (!bytes) throw new RegisterInputError(`${rel} cannot be read (missing, or a symbolic link, which is never followed)`);
  const registry = loadRegistry({ entries: readTopLevel(rootPath).entries });
  const fileName = rel.endsWith('.json') ? 'metrics.json' : 'metrics.yaml';
  const build = buildMetricsFile({ source: rel, bytes }, fileName, metricNames(registry));
  if (!build.changes.length) return { path: rel, build };

  let card: string | undefined;
  if (Object.keys(build.stats).length) {
    const cardPath = posix.join(posix.dirname(rel), CARD_FILE);
    const cardBytes = readRegistryDocument(rootPath, cardPath);
    if (!cardBytes) throw new RegisterInputError(`${cardPath} cannot be read, so the run statistics of ${rel} have nowhere to go: add the card first`);
    writeRegistryDocument(rootPath, cardPath, addStatsToCardText(new TextDecoder().decode(cardBytes), build.stats));
    card = cardPath;
  }
  writeRegistryDocument(rootPath, rel, new TextDecoder().decode(build.bytes));
  return { path: rel, build, card };
}
