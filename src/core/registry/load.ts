/** A registry from a snapshot, without judging it (for the base side of a comparison). */
import { checkDocument } from '../check/check-document.js';
import { documentKind } from '../format/layout.js';
import { buildRegistry, type Registry } from './registry.js';
import type { RegistrySnapshot } from './snapshot.js';

export function loadRegistry(snapshot: RegistrySnapshot): Registry {
  const documents = snapshot.entries.filter((e) => e.type === 'file' && e.bytes && documentKind(e.path)).map((e) => checkDocument(e.path, e.bytes!, e.size));
  return buildRegistry(documents, snapshot.entries);
}
