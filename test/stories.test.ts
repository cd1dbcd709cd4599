import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoryView } from '../src/brief/types.js';
import { demoDir } from '../src/cli/demo.js';
import type { Database } from '../src/db/connect.js';
import { runPipeline } from '../src/pipeline/index.js';
import { listStories } from '../src/stories/query.js';
import type { StoryVersion } from '../src/stories/types.js';
import { createApp } from '../src/web/app.js';
import { backends, freshDatabase, testDeps } from './db.js';

const feed = (name: string) => join(demoDir, 'feeds', name);
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

describe.each(backends)('stories on %s: correlation, revisions, copies, merges, versions', (backend) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  const work = mkdtempSync(join(tmpdir(), 'newsroom-stories-'));
  const storyOf = async (title: RegExp) => {
    const stories = await listStories(database.db, { limit: 500 });
    const found = stories.find((s) => s.documents.some((d) => title.test(d.title)));
    if (!found) throw new Error(`no story with a report titled ${String(title)}`);
    return found;
  };
  const view = async (id: number) => (await (await app.request(`/api/stories/${id}`)).json()) as StoryView;

  beforeAll(async () => {
    database = await freshDatabase(backend);
    app = createApp({ db: database.db });
  });
  afterAll(async () => {
    await database.close();
  });

  it('opens one story per event of the first feed', async () => {
    const summary = await runPipeline([feed('securitywire.rss.xml')], testDeps(database));
    expect(summary.ingested.length).toBe(8);
    expect((await listStories(database.db)).length).toBe(8);
    const change = await storyOf(/^Change Healthcare breach touched/);
    const versions = (await (
      await app.request(`/api/stories/${change.id}/versions`)
    ).json()) as StoryVersion[];
    expect(versions.map((v) => v.version)).toEqual([1]);
    expect(versions[0]?.changes[0]).toMatchObject({ kind: 'opened' });
  });

  it('adds a later report of the same event to its story, as a revision and a new version', async () => {
    await runPipeline([feed('gov-advisories.atom.xml')], testDeps(database));
    const change = await storyOf(/^Change Healthcare breach touched/);
    expect(change.documents.map((d) => d.title)).toEqual([
      expect.stringMatching(/^Change Healthcare breach touched about 100 million/),
      expect.stringMatching(/^CWA-2025-004/),
    ]);
    const brief = await view(change.id);
    const people = brief.disputes.find((d) => d.field === 'people-affected');
    expect(people).toMatchObject({ status: 'revised', current: { value: 190_000_000 } });
    expect(people?.values.map((v) => v.value)).toEqual([100_000_000, 190_000_000]);
    const listed = (await (await app.request('/api/stories?limit=100')).json()) as {
      id: number;
      disputes: { field: string; status: string }[];
    }[];
    expect(listed.find((s) => s.id === change.id)?.disputes).toContainEqual(
      expect.objectContaining({ field: 'people-affected', status: 'revised' }),
    );
    expect(brief.versions.map((v) => v.version)).toEqual([2, 1]);
    const latest = brief.versions[0]?.changes.map((c) => c.kind);
    expect(latest).toContain('source');
    expect(latest).toContain('revised');
    // The LockBit update (its administrator sanctioned three months after Operation Cronos) is
    // another police action, so it opens its own story, as do the other advisories.
    expect((await listStories(database.db, { limit: 100 })).length).toBe(13);
  });

  it('marks a syndicated copy, keeps it in the story and does not count it as independent', async () => {
    const before = await view((await storyOf(/^Change Healthcare breach touched/)).id);
    const original = await database.db
      .selectFrom('documents')
      .select(['text', 'title'])
      .where('title', 'like', 'Change Healthcare breach touched%')
      .executeTakeFirstOrThrow();
    const paragraphs = original.text
      .split('\n')
      .filter(Boolean)
      .map((p) => `<p>${escapeHtml(p)}</p>`)
      .join('');
    const page = join(work, 'copy.html');
    writeFileSync(
      page,
      `<!doctype html><html><head><title>Health data breach hits 100 million</title>
      <link rel="canonical" href="https://copycat-news.example/2024/10/health-breach"></head>
      <body><article><h1>Health data breach hits 100 million</h1><p>From our wire partners.</p>${paragraphs}</article></body></html>`,
    );
    const summary = await runPipeline([page], testDeps(database));
    expect(summary.errors).toEqual([]);
    const after = await view(summary.ingested[0]?.storyId ?? 0);
    expect(after.id).toBe(before.id);
    const copy = after.sources.find((s) => s.domain === 'copycat-news.example');
    expect(copy?.copyOf).toBe(1);
    expect(after.corroboration.independentSources).toBe(before.corroboration.independentSources);
    expect(after.corroboration.reason).toContain('1 copy of other reports not counted');
  });

  it('merges two stories that a later report ties together, and redirects the merged one', async () => {
    const a = join(work, 'a.txt');
    const b = join(work, 'b.txt');
    const bridge = join(work, 'bridge.txt');
    writeFileSync(
      a,
      'Quillfeather phishing kit spreads\nResearchers tracked a phishing wave by the Quillfeather kit: its lures lead to quill-auth-portal[.]com, which steals Microsoft 365 sessions, and stolen sessions are sent to quill-cdn-assets[.]net.',
    );
    writeFileSync(
      b,
      'Harrowgate Logistics halts deliveries\nHarrowgate Logistics said an intrusion forced it to halt deliveries; investigators saw beaconing to harrow-sync-cdn[.]net from its servers.',
    );
    await runPipeline([a, b], testDeps(database));
    const first = await storyOf(/^Quillfeather/);
    const second = await storyOf(/^Harrowgate/);
    expect(first.id).not.toBe(second.id);
    writeFileSync(
      bridge,
      'Quillfeather kit behind the Harrowgate Logistics intrusion\nThe intrusion at Harrowgate Logistics began with the Quillfeather phishing kit: staff entered passwords at quill-auth-portal[.]com, the sessions went to quill-cdn-assets[.]net, and the attackers then beaconed to harrow-sync-cdn[.]net.',
    );
    const summary = await runPipeline([bridge], testDeps(database));
    const survivor = Math.min(first.id, second.id);
    const merged = Math.max(first.id, second.id);
    expect(summary.ingested[0]?.storyId).toBe(survivor);
    const stories = await listStories(database.db, { limit: 500 });
    expect(stories.some((s) => s.id === merged)).toBe(false);
    expect(stories.find((s) => s.id === survivor)?.documents.length).toBe(3);
    const redirect = await app.request(`/stories/${merged}`);
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe(`/stories/${survivor}`);
    const brief = await view(survivor);
    expect(brief.versions[0]?.changes.some((c) => c.kind === 'merged')).toBe(true);
  });

  it('shows the change log and the revision on the item page', async () => {
    const change = await storyOf(/^Change Healthcare breach touched/);
    const html = await (await app.request(`/stories/${change.id}`)).text();
    expect(html).toContain('<section id="changes">');
    expect(html).toMatch(/Version 3/);
    expect(html).toMatch(/data-status="revised"/);
    expect(html).toContain('copy of [1], not counted as independent');
  });
});
