/**
 * One registry version as a Hugging Face model card: README.md with YAML
 * front matter the Hub reads, then the card's Markdown. The metadata follows
 * huggingface_hub's src/huggingface_hub/repocard_data.py (ModelCardData; the
 * `model-index` that model_index_to_eval_results reads, with every key it
 * requires: name, results, task.type, dataset.type, dataset.name,
 * metrics[].type, metrics[].value), and the `.eval_results/*.yaml` files of
 * the Hub's Evaluation Results page (https://huggingface.co/docs/hub/eval-results;
 * huggingface_hub _eval_results.py parse_eval_result_entries: dataset.id,
 * dataset.task_id and value required). The front matter is serialized by the
 * yaml package; every card text in the body goes through the Markdown escaping
 * of core/text, so a card cannot put links, images, HTML or mentions there.
 */
import { Document } from 'yaml';
import type { ModelEntry, Registry, VersionEntry } from '../../registry/registry.js';
import { tagName } from '../../registry/registry.js';
import { mdCode, mdText } from '../../text/markdown-escape.js';
import { isRecord } from '../../values.js';
import { hubLicense } from './license.js';

export interface CardOptions {
  /** The Hub organisation the registry's models are published under: a parent in this registry is `<namespace>/<model>`. */
  namespace?: string;
}

export interface HubCard {
  /** README.md: front matter, then Markdown. */
  readme: string;
  /** The front matter as data (what the tests parse back). */
  metadata: Record<string, unknown>;
  /** `.eval_results/<file>.yaml`, one per Hub benchmark dataset. */
  evalResults: { file: string; text: string }[];
}

/** The registry's relations the Hub names (its base_model_relation: adapter, merge, quantized, finetune). */
const RELATIONS: Record<string, string> = { 'fine-tune': 'finetune', quantize: 'quantized', adapter: 'adapter', merge: 'merge' };

const HF_MODEL = /^hf:\/\/(?!datasets\/|spaces\/)([A-Za-z0-9][\w.-]*\/[\w.-]+)(?:@[^/]*)?\/?$/;
const HF_DATASET = /^hf:\/\/datasets\/([A-Za-z0-9][\w.-]*\/[\w.-]+)(?:@([^/]+))?(?:\/.*)?$/;

type Rec = Record<string, unknown>;
const records = (value: unknown): Rec[] => (Array.isArray(value) ? value.filter(isRecord) : []);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

export function huggingFaceCard(registry: Registry, model: ModelEntry, version: VersionEntry, options: CardOptions = {}): HubCard {
  const card: Rec = isRecord(model.card?.value) ? model.card.value : {};
  const vcard: Rec = isRecord(version.card?.value) ? version.card.value : {};
  const metrics: Rec = isRecord(version.metrics?.value) ? version.metrics.value : {};
  const lineage: Rec = isRecord(vcard.lineage) ? vcard.lineage : {};
  const datasets = records(lineage.datasets);
  const parents = records(lineage.parents);
  const hubName = options.namespace ? `${options.namespace}/${model.name}` : model.name;

  const metadata: Rec = {};
  if (typeof card.license === 'string') Object.assign(metadata, hubLicense(card.license));
  const task = text(card.task);
  if (task) metadata.pipeline_tag = task;
  if (Array.isArray(card.tags) && card.tags.length) metadata.tags = card.tags.filter((t) => typeof t === 'string');
  const hubDatasets = [...new Set(datasets.map((d) => (typeof d.uri === 'string' ? HF_DATASET.exec(d.uri)?.[1] : undefined)).filter((d) => d !== undefined))];
  if (hubDatasets.length) metadata.datasets = hubDatasets;
  // A parent of the same model (a retrain of its previous version) is the same Hub repository, not a base model.
  const bases: { id: string; relation: string }[] = [];
  for (const p of parents) {
    const relation = typeof p.relation === 'string' ? p.relation : 'other';
    if (typeof p.uri === 'string') {
      const id = HF_MODEL.exec(p.uri)?.[1];
      if (id) bases.push({ id, relation });
    } else if (typeof p.model === 'string' && p.model !== model.name && options.namespace) bases.push({ id: `${options.namespace}/${p.model}`, relation });
  }
  const baseIds = [...new Set(bases.map((b) => b.id))];
  if (baseIds.length) metadata.base_model = baseIds.length === 1 ? baseIds[0] : baseIds;
  const relations = new Set(bases.map((b) => (Object.hasOwn(RELATIONS, b.relation) ? RELATIONS[b.relation] : '')));
  // One relation the Hub knows for every base model; otherwise the Hub infers it.
  if (relations.size === 1 && !relations.has('')) metadata.base_model_relation = [...relations][0];

  const testSet = datasets.find((d) => d.role === 'test') ?? datasets.find((d) => d.role === 'validation');
  const results: Rec[] = [];
  const evalEntries = new Map<string, Rec[]>();
  for (const [name, entry] of Object.entries(metrics)) {
    const value = typeof entry === 'number' ? entry : isRecord(entry) && typeof entry.value === 'number' ? entry.value : undefined;
    if (value === undefined || !Number.isFinite(value)) continue;
    const m: Rec = isRecord(entry) ? entry : {};
    const datasetName = text(m.dataset) ?? text(testSet?.name) ?? `${model.name} evaluation set`;
    const lineageDataset = datasets.find((d) => d.name === datasetName) ?? (text(m.dataset) ? undefined : testSet);
    const hub = typeof lineageDataset?.uri === 'string' ? HF_DATASET.exec(lineageDataset.uri) : null;
    const split =
      text(m.split) ??
      (text(m.dataset) ? undefined : lineageDataset?.role === 'test' || lineageDataset?.role === 'validation' ? lineageDataset.role : undefined);
    const definition = registry.settings.metrics[name] as { title?: unknown } | undefined;
    results.push({
      task: { type: task ?? 'other' },
      dataset: { type: hub?.[1] ?? datasetName, name: datasetName, ...(split ? { split } : {}), ...(hub?.[2] ? { revision: hub[2] } : {}) },
      metrics: [{ type: name, value, name: text(definition?.title) ?? name }],
    });
    if (hub) {
      const list = evalEntries.get(hub[1]) ?? [];
      list.push({
        dataset: { id: hub[1], task_id: name, ...(hub[2] ? { revision: hub[2] } : {}) },
        value,
        ...(typeof vcard.created === 'string' ? { date: vcard.created } : {}),
      });
      evalEntries.set(hub[1], list);
    }
  }
  if (results.length) metadata['model-index'] = [{ name: hubName, results }];
  metadata.model_registry = { registry: registry.settings.name, model: model.name, version: version.version };

  const front = new Document(metadata, { version: '1.2' }).toString({ lineWidth: 0, minContentWidth: 0 });
  const readme = `---\n${front}---\n\n${body(registry, model, version, card, vcard, metrics)}`;
  const evalResults = [...evalEntries].map(([id, entries]) => ({
    file: `${id.replace(/[^A-Za-z0-9_.-]+/g, '_')}.yaml`,
    text: new Document(entries, { version: '1.2' }).toString({ lineWidth: 0, minContentWidth: 0 }),
  }));
  return { readme, metadata, evalResults };
}

/** Card Markdown (a field of model.yaml or card.yaml) as escaped text: paragraphs and list items kept, every markup character neutralised. */
function prose(value: unknown): string | undefined {
  const source = text(value);
  if (!source) return undefined;
  return source
    .trim()
    .split(/\r?\n/)
    .map((line) => {
      const item = /^(\s*)([-*+]|\d{1,3}[.)])\s+(.*)$/.exec(line);
      if (item) return `${item[1].replace(/\t/g, '  ')}${/\d/.test(item[2]) ? item[2].replace(/\)$/, '.') : '-'} ${mdText(item[3], 2000)}`;
      // A line of only - = * (a rule, a setext underline) would restyle the text around it.
      const plain = mdText(line.trim(), 2000);
      return /^[-=*]/.test(plain) ? `&#${plain.charCodeAt(0)};${plain.slice(1)}` : plain;
    })
    .join('\n');
}

function section(title: string, content: string | undefined): string {
  return content ? `## ${title}\n\n${content}\n\n` : '';
}

function body(registry: Registry, model: ModelEntry, version: VersionEntry, card: Rec, vcard: Rec, metrics: Rec): string {
  let out = `# ${mdText(text(card.title) ?? model.name)}\n\n`;
  out += `Version ${mdCode(version.version)} of ${mdCode(model.name)} in the ${mdText(registry.settings.name)} model registry (release tag ${mdCode(tagName(registry.settings, model.name, version.version))}).\n\n`;
  const summary = text(vcard.summary);
  if (summary) out += `${mdText(summary, 300)}\n\n`;
  out += section('Model description', [prose(card.description), prose(vcard.description)].filter(Boolean).join('\n\n') || undefined);
  out += section('Intended use', prose(card.intended_use));
  out += section('Limitations', prose(card.limitations));
  out += section('Ethical considerations', prose(card.ethical_considerations));
  const rows = Object.entries(metrics).flatMap(([name, entry]) => {
    const value = typeof entry === 'number' ? entry : isRecord(entry) ? entry.value : undefined;
    if (typeof value !== 'number') return [];
    const m: Rec = isRecord(entry) ? entry : {};
    return [`| ${mdCode(name)} | ${value} | ${mdText([m.dataset, m.split].filter((s) => typeof s === 'string').join(' / ') || '')} |`];
  });
  out += section(
    'Evaluation',
    rows.length ? `| metric | value | dataset / split |\n|---|---|---|\n${rows.join('\n')}` : 'No metrics were recorded for this version.',
  );
  const training: Rec = isRecord(vcard.training) ? vcard.training : {};
  const trainingLines: string[] = [];
  const table = (title: string, value: unknown) => {
    if (!isRecord(value) || Object.keys(value).length === 0) return;
    trainingLines.push(
      `${title}:\n\n| name | value |\n|---|---|\n${Object.entries(value)
        .map(([k, v]) => `| ${mdCode(k)} | ${mdCode(typeof v === 'string' ? v : JSON.stringify(v))} |`)
        .join('\n')}`,
    );
  };
  table('Hyper-parameters', training.params);
  table('Environment', training.environment);
  if (typeof training.run_url === 'string') trainingLines.push(`Training run: ${mdCode(training.run_url)}`);
  out += section('Training', trainingLines.join('\n\n') || undefined);
  out += section('Lineage', lineageLines(vcard));
  out += section('Download and verify', downloadLines(registry, model, version, vcard));
  return out.trimEnd() + '\n';
}

function lineageLines(vcard: Rec): string | undefined {
  const lineage: Rec = isRecord(vcard.lineage) ? vcard.lineage : {};
  const lines: string[] = [];
  for (const p of records(lineage.parents)) {
    const what = typeof p.uri === 'string' ? mdCode(p.uri) : `${mdCode(p.model)} ${mdCode(p.version)} (this registry)`;
    lines.push(`- parent: ${what}, ${mdText(p.relation)}`);
  }
  for (const d of records(lineage.datasets)) {
    lines.push(
      `- dataset (${mdText(d.role ?? 'other')}): ${mdCode(d.name)}${typeof d.version === 'string' ? ` ${mdCode(d.version)}` : ''}${typeof d.uri === 'string' ? `, ${mdCode(d.uri)}` : ''}${typeof d.sha256 === 'string' ? `, sha256 ${mdCode(d.sha256)}` : ''}`,
    );
  }
  if (isRecord(lineage.code))
    lines.push(
      `- code: ${mdCode(lineage.code.repo)} at ${mdCode(lineage.code.commit)}${typeof lineage.code.path === 'string' ? `, ${mdCode(lineage.code.path)}` : ''}`,
    );
  return lines.length ? lines.join('\n') : undefined;
}

function downloadLines(registry: Registry, model: ModelEntry, version: VersionEntry, vcard: Rec): string | undefined {
  const artifacts = records(vcard.artifacts).filter((a) => typeof a.name === 'string' && typeof a.sha256 === 'string');
  if (artifacts.length === 0) return undefined;
  const tag = tagName(registry.settings, model.name, version.version);
  const list = artifacts.map((a) => {
    const where = typeof a.uri === 'string' ? mdCode(a.uri) : `an asset of the release ${mdCode(tag)}`;
    return `- ${mdCode(a.name)}${typeof a.size === 'number' ? `, ${a.size} bytes` : ''}: ${where}`;
  });
  // `sha256sum -c` reads these lines: the digest, two spaces, the file's name. A name is one line of a code block, its fence longer than any run of backticks in it.
  const sums = artifacts.map((a) => `${String(a.sha256)}  ${String(a.name).replace(/[\r\n]+/g, ' ')}`).join('\n');
  const fence = '`'.repeat(Math.max(3, ...(sums.match(/`+/g) ?? []).map((r) => r.length + 1)));
  return [
    list.join('\n'),
    `With the registry's CLI, which checks each file's size and sha256 before naming it:\n\n${fence}sh\nmodel-registry download ${model.name}@${version.version} --out ${model.name}-${version.version}\n${fence}`,
    `Or by hand, then check them against these lines (save them as SHA256SUMS next to the files and run \`sha256sum -c SHA256SUMS\`):\n\n${fence}text\n${sums}\n${fence}`,
  ].join('\n\n');
}
