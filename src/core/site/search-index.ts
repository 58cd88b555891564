/**
 * search-index.json: what the catalogue's search looks through, one entry per
 * model in the catalogue's order, loaded by the script after the page (so the
 * page itself stays small at thousands of models).
 */
import { excerpt, markdownToText } from './markdown.js';
import type { SiteData } from './site-model.js';

export interface SearchIndex {
  version: 1;
  /** Field names of each entry, in order. */
  fields: ['name', 'text'];
  /** [model name, lowercased text: name, title, task, tags, owners, dataset names, description, each after " | " (ASCII, so the file is quick to write)]. */
  models: [string, string][];
}

export function buildSearchIndex(data: SiteData): SearchIndex {
  return {
    version: 1,
    fields: ['name', 'text'],
    models: data.models.map((m) => {
      const parts = [m.name, m.title, m.task, ...m.tags, ...m.owners, ...m.datasets, m.description ? excerpt(markdownToText(m.description), 600) : undefined];
      return [m.name, parts.filter(Boolean).join(' | ').toLowerCase()];
    }),
  };
}
