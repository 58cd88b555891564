/**
 * A model.yaml licence (an SPDX identifier or expression) as the Hub's
 * `license` metadata: the Hub's lowercase identifier where it has one
 * (https://huggingface.co/docs/hub/repositories-licenses), else `other` with
 * the SPDX text as `license_name` (huggingface_hub repocard_data.py
 * ModelCardData: `license_name` goes with `license: other`).
 */

/** The Hub's licence identifiers that are SPDX identifiers lowercased. */
const HUB_IDS = new Set([
  'apache-2.0',
  'mit',
  'afl-3.0',
  'artistic-2.0',
  'bsl-1.0',
  'bsd-2-clause',
  'bsd-3-clause',
  'bsd-3-clause-clear',
  'cc0-1.0',
  'cc-by-2.0',
  'cc-by-2.5',
  'cc-by-3.0',
  'cc-by-4.0',
  'cc-by-sa-3.0',
  'cc-by-sa-4.0',
  'cc-by-nc-2.0',
  'cc-by-nc-3.0',
  'cc-by-nc-4.0',
  'cc-by-nd-4.0',
  'cc-by-nc-nd-3.0',
  'cc-by-nc-nd-4.0',
  'cc-by-nc-sa-2.0',
  'cc-by-nc-sa-3.0',
  'cc-by-nc-sa-4.0',
  'cdla-sharing-1.0',
  'cdla-permissive-1.0',
  'cdla-permissive-2.0',
  'wtfpl',
  'ecl-2.0',
  'epl-1.0',
  'epl-2.0',
  'etalab-2.0',
  'eupl-1.1',
  'eupl-1.2',
  'agpl-3.0',
  'gpl-2.0',
  'gpl-3.0',
  'lgpl-2.1',
  'lgpl-3.0',
  'isc',
  'lppl-1.3c',
  'ms-pl',
  'mpl-2.0',
  'osl-3.0',
  'postgresql',
  'ofl-1.1',
  'ncsa',
  'unlicense',
  'zlib',
]);

/** SPDX identifiers the Hub spells another way. */
const RENAMED: Record<string, string> = { 'odbl-1.0': 'odbl', 'odc-by-1.0': 'odc-by', 'pddl-1.0': 'pddl' };

export function hubLicense(spdx: string): { license: string; license_name?: string } {
  if (spdx === 'other') return { license: 'other' };
  // GPL-3.0-only and GPL-3.0-or-later are the Hub's gpl-3.0 (it does not tell them apart).
  const id = spdx.toLowerCase().replace(/-(?:only|or-later)$/, '');
  if (HUB_IDS.has(id)) return { license: id };
  if (Object.hasOwn(RENAMED, id)) return { license: RENAMED[id] };
  // An expression (MIT OR Apache-2.0) or an identifier the Hub does not list.
  return { license: 'other', license_name: spdx };
}
