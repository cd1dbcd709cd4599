import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, freshDatabase } from '../../test/db.js';
import type { Database } from '../db/connect.js';
import { recordSourceRuns } from '../sources/health-repo.js';
import type { SourceReport } from '../sources/report.js';
import { addFeed, ensureSource, recordPoll, upsertSourceProfile } from '../sources/repo.js';
import { createApp } from './app.js';

const now = new Date('2025-11-01T00:00:00Z');

describe.each(backends)('the sources page on %s', (backend) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    database = await freshDatabase(backend);
    const down = await ensureSource(database.db, 'down.example.org');
    const feed = await addFeed(database.db, 'https://down.example.org/feed.xml', down.id);
    for (let i = 0; i < 4; i++)
      await recordPoll(database.db, feed.id, { ok: false, items: 0, error: 'HTTP 404 Not Found' }, now, 30);
    await recordSourceRuns(database.db, now, new Map([['cisa.gov', { ingested: 3, duplicates: 1 }]]), []);
    await ensureSource(database.db, 'cisa.gov');
    await upsertSourceProfile(database.db, 'evil.example', { name: '<script>alert("x")</script> Evil Wire' });
    app = createApp({ db: database.db, now: () => now });
  });
  afterAll(async () => {
    await database.close();
  });

  it('serves every source with its profile and health as JSON, flagged first', async () => {
    const res = await app.request('/api/sources');
    expect(res.status).toBe(200);
    const sources = (await res.json()) as SourceReport[];
    expect(sources.map((s) => s.domain)).toEqual(['down.example.org', 'cisa.gov', 'evil.example']);
    expect(sources[0]).toMatchObject({
      kind: 'news',
      tier: 'T3',
      reliability: 'F',
      feeds: 1,
      health: { status: 'failing', reason: 'failing: 4 consecutive errors, last: HTTP 404 Not Found' },
    });
    expect(sources[1]).toMatchObject({
      kind: 'government',
      tier: 'T1',
      health: { status: 'ok', itemsPerPoll: 4, duplicateRatio: 0.25, documents: 0, firstToReport: 0 },
    });
  });

  it('renders the sources page, escaped, linked from the header', async () => {
    const res = await app.request('/sources');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<a href="/sources">Sources</a>');
    expect(html).toContain('data-domain="down.example.org"');
    expect(html).toContain('failing: 4 consecutive errors, last: HTTP 404 Not Found');
    expect(html).toContain('class="badge health-failing"');
    expect(html).toContain('3 sources, 1 flagged');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('Primary authority (victim, affected vendor, government agency or CERT)');
    expect((await (await app.request('/')).text()).includes('href="/sources"')).toBe(true);
  });

  it('says plainly when there is no source yet', async () => {
    const empty = await freshDatabase(backend);
    try {
      const html = await (await createApp({ db: empty.db }).request('/sources')).text();
      expect(html).toContain('No sources yet.');
      expect(await (await createApp({ db: empty.db }).request('/api/sources')).json()).toEqual([]);
    } finally {
      await empty.close();
    }
  });
});
