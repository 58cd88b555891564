/**
 * The versions page says each metric's direction once, naming metrics as the
 * cards do: the catalogue's title for people, the id on hover when they differ.
 */
import { describe, expect, it } from 'vitest';
import { renderSite } from '../../../../src/core/site/build-site.js';
import { loadRegistry } from '../../../../src/core/registry/load.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const file = (path: string, text: string) => ({ path, type: 'file' as const, size: text.length, bytes: bytes(text) });

const REGISTRY = `format: 1
name: R
metrics:
  accuracy: {direction: higher, title: Accuracy}
  latency_p95_ms: {direction: lower, title: "p95 <latency> & more"}
  f1: {direction: higher}
metrics_catalogue: open
`;

function versionsPage(): string {
  const registry = loadRegistry({
    entries: [
      file('registry.yaml', REGISTRY),
      file('models/m/model.yaml', 'name: m\ndescription: M.\nowners: ["@acme"]\n'),
      file('models/m/versions/1.0.0/card.yaml', 'version: 1.0.0\ncreated: 2026-01-01T00:00:00Z\nsummary: One.\n'),
      file('models/m/versions/1.0.0/metrics.yaml', 'accuracy: 0.9\nf1: 0.8\nlatency_p95_ms: 12\nrecall_x: 0.5\n'),
    ],
  });
  return String(renderSite(registry, { serverUrl: 'https://github.com', generatedAt: '2026-03-05T12:00:00.000Z' }).get('models/m/versions.html'));
}

describe('the versions page’s legend of metric directions', () => {
  it('names a metric by its title, its id on hover, escaped; by its id when it has no title', () => {
    const legend = /<p class="legend muted">.*?<\/p>/.exec(versionsPage())![0];
    expect(legend).toBe(
      '<p class="legend muted">Metrics: <span title="accuracy">Accuracy</span>, f1: higher is better; ' +
        '<span title="latency_p95_ms">p95 &lt;latency&gt; &amp; more</span>: lower is better; recall_x: not in the metric catalogue.</p>',
    );
  });
});
