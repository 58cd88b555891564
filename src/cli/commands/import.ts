/**
 * `model-registry import <source> …`: a thin dispatcher to one command per
 * source (`import gto`, `import mlflow`), each in its own file, loaded only
 * when it runs.
 */
import { UsageError } from '../../errors/index.js';
import type { Io } from '../io.js';

type Command = (argv: string[], io: Io) => Promise<number>;

const SOURCES: Record<string, () => Promise<Command>> = {
  gto: async () => (await import('./import-gto.js')).importGtoCommand,
  mlflow: async () => (await import('./import-mlflow.js')).importMlflowCommand,
};

export async function importCommand(argv: string[], io: Io): Promise<number> {
  const [source, ...rest] = argv;
  const load = source === undefined ? undefined : Object.hasOwn(SOURCES, source) ? SOURCES[source] : undefined;
  if (!load) {
    const known = Object.keys(SOURCES).sort().join(', ');
    throw new UsageError(
      `${source === undefined ? 'say where from' : `unknown source ${JSON.stringify(source)}`}: model-registry import <source> …, with a source among ${known}`,
    );
  }
  return (await load())(rest, io);
}
