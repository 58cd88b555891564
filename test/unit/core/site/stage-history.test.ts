/**
 * The catalogue's stage history: the model page's section (approvers linked to
 * their GitHub profiles, pull requests linked, every value escaped),
 * api/models/<model>/history.json against its schema, and promotions in the
 * Atom feed. The events are built by the core from tags and commits as git
 * would give them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSnapshot } from '../../../../src/adapters/fs/fs-snapshot.js';
import { createAjv } from '../../../../src/core/format/schemas.js';
import { loadRegistry } from '../../../../src/core/registry/load.js';
import { renderSite } from '../../../../src/core/site/build-site.js';
import { stageTagMessage } from '../../../../src/core/stages/gto-tags.js';
import { buildHistory, type HistoryFacts } from '../../../../src/core/stages/history.js';

const repo = join(import.meta.dirname, '..', '..', '..', '..');
const registry = loadRegistry(readSnapshot(join(repo, 'registry-template')));
const OPTIONS = {
  serverUrl: 'https://github.com',
  repository: 'acme-ml/model-registry',
  baseUrl: 'https://acme-ml.github.io/model-registry/',
  generatedAt: '2026-05-01T00:00:00.000Z',
};
const sha = (n: number) => n.toString(16).padStart(40, 'a');
const HOSTILE = '<img src=x onerror=alert(1)>';

const FACTS: HistoryFacts = {
  tags: [
    { name: 'churn-gbm@v2.0.0', date: '2026-03-26T00:00:00Z', target: sha(2), message: 'Registering artifact churn-gbm version 2.0.0\n' },
    {
      name: 'churn-gbm#production#2',
      date: '2026-05-02T00:00:00Z',
      target: sha(2),
      message: stageTagMessage(
        { model: 'churn-gbm', action: 'assign', stage: 'production', version: '2.0.0' },
        { pullRequest: 12, approvers: ['alice', `mallory${HOSTILE}`], changedIn: sha(12) },
      ),
    },
  ],
  stageChanges: [
    { model: 'churn-gbm', stage: 'production', version: '2.0.0', from: '1.0.0', commit: sha(12), date: '2026-05-01T10:00:00Z' },
    { model: 'churn-gbm', stage: 'production', version: '1.0.0', commit: sha(10), date: '2026-02-01T10:00:00Z' },
  ],
  deprecations: [{ model: 'churn-gbm', version: '0.9.0', commit: sha(11), date: '2026-03-01T00:00:00Z', reason: `Pilot ${HOSTILE}` }],
  registrations: [],
};

function site(options: { historyComplete?: boolean; facts?: HistoryFacts } = {}) {
  const events = buildHistory(options.facts ?? FACTS, registry.settings);
  return renderSite(registry, { ...OPTIONS, events, historyComplete: options.historyComplete ?? true });
}

describe('stage history in the catalogue', () => {
  it("shows a model's promotions and deprecations with pull request and approver links, all escaped", () => {
    const page = String(site().get('models/churn-gbm/index.html'));
    const section = page.slice(page.indexOf('<section id="stage-history"'), page.indexOf('</section>', page.indexOf('<section id="stage-history"')));
    expect(section).toContain('<h2 id="stage-history-h">Stage history</h2>');
    expect(section).toContain('<a href="https://github.com/acme-ml/model-registry/pull/12">#12</a>');
    expect(section).toContain('<a href="https://github.com/alice">@alice</a>');
    // A name GitHub could not have given is text, escaped, and no link.
    expect(section).toContain('@mallory&lt;img src=x onerror=alert(1)&gt;');
    expect(section).toContain('Pilot &lt;img src=x onerror=alert(1)&gt;');
    expect(section).not.toContain('<img');
    expect(section).toContain(`<a href="https://github.com/acme-ml/model-registry/commit/${sha(12)}"><code>${sha(12).slice(0, 7)}</code></a>`);
    const rows = section.match(/<tr><td><time[^>]*>/g) ?? [];
    expect(rows).toHaveLength(3); // promoted 2.0.0, deprecated 0.9.0, promoted 1.0.0 (registrations are the Versions table's)
    expect(section.indexOf('promoted <span class="muted">from 1.0.0</span>')).toBeLessThan(section.indexOf('deprecated <span class="muted">'));
    // The Stages table's "since" is the promotion's commit date, not the tag's.
    expect(page).toMatch(/<th scope="row">production<\/th><td><a [^>]*>2\.0\.0<\/a><\/td><td><time datetime="2026-05-01T10:00:00/);
    expect(page).not.toContain('Promotion history');
  });

  it('says when the site was built from a shallow clone, and shows no section for a model git shows nothing of', () => {
    const files = site({ historyComplete: false });
    expect(String(files.get('models/churn-gbm/index.html'))).toContain('built from a shallow clone, so older events are missing');
    expect(String(files.get('models/ticket-embedder/index.html'))).not.toContain('id="stage-history"');
  });

  it('writes api/models/<model>/history.json, valid against its schema, with every event including registrations', () => {
    const files = site();
    const validate = createAjv().compile(JSON.parse(readFileSync(join(repo, 'schemas', 'api-history.schema.json'), 'utf8')));
    let checked = 0;
    for (const [path, content] of files) {
      if (!path.endsWith('/history.json')) continue;
      expect(validate(JSON.parse(String(content))), `${path}: ${JSON.stringify(validate.errors)}`).toBe(true);
      checked++;
    }
    expect(checked).toBe(registry.models.size);
    const history = JSON.parse(String(files.get('api/models/churn-gbm/history.json')));
    expect(history).toMatchObject({
      model: 'churn-gbm',
      complete: true,
      html_url: 'https://acme-ml.github.io/model-registry/models/churn-gbm/index.html#stage-history',
      api_url: 'https://acme-ml.github.io/model-registry/api/models/churn-gbm/history.json',
    });
    expect(history.events.map((e: { kind: string; version: string }) => `${e.kind} ${e.version}`)).toEqual([
      'promotion 2.0.0',
      'registration 2.0.0',
      'deprecation 0.9.0',
      'promotion 1.0.0',
    ]);
    expect(history.events[0]).toEqual({
      kind: 'promotion',
      date: '2026-05-01T10:00:00Z',
      version: '2.0.0',
      stage: 'production',
      from: '1.0.0',
      commit: sha(12),
      commit_url: `https://github.com/acme-ml/model-registry/commit/${sha(12)}`,
      pull_request: 12,
      pull_request_url: 'https://github.com/acme-ml/model-registry/pull/12',
      approvers: ['alice', `mallory${HOSTILE}`],
      tag: 'churn-gbm#production#2',
      reason: null,
    });
  });

  it('keeps the file of a stage named `history`: deployment tools rely on it', () => {
    const snapshot = readSnapshot(join(repo, 'registry-template'));
    for (const entry of snapshot.entries) {
      if (entry.path === 'models/churn-gbm/stages.yaml') entry.bytes = new TextEncoder().encode('production: 2.0.0\nhistory: 1.0.0\n');
    }
    const files = renderSite(loadRegistry(snapshot), { ...OPTIONS, events: buildHistory(FACTS, registry.settings), historyComplete: true });
    expect(JSON.parse(String(files.get('api/models/churn-gbm/history.json')))).toMatchObject({ stage: 'history', version: '1.0.0' });
    expect(files.has('api/models/churn-gbm/production.json')).toBe(true);
  });

  it('puts promotions into the Atom feed, newest first among the new versions, escaped', () => {
    const feed = String(site().get('feed.xml'));
    const entry = feed.slice(feed.indexOf('<entry>'), feed.indexOf('</entry>'));
    expect(entry).toContain('<title>Customer churn (60-day) gradient-boosted model 2.0.0 promoted to production</title>');
    expect(entry).toContain(
      '<link rel="alternate" type="text/html" href="https://acme-ml.github.io/model-registry/models/churn-gbm/index.html#stage-history"/>',
    );
    expect(entry).toContain(`<id>urn:model-registry:churn-gbm:promotion:production:2.0.0:${sha(12)}</id>`);
    expect(entry).toContain('<updated>2026-05-01T10:00:00.000Z</updated>');
    expect(entry).toContain('Approved by alice, mallory&lt;img src=x onerror=alert(1)&gt;.');
    expect(feed.match(/<entry>/g)).toHaveLength(11 + 2);
    expect(feed).toContain('<updated>2026-05-01T10:00:00.000Z</updated>\n<author>');
  });
});
