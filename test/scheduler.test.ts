import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/connect.js';
import { runPipeline } from '../src/pipeline/index.js';
import { startScheduler } from '../src/pipeline/scheduler.js';
import { addFeed, ensureSource, listFeeds } from '../src/sources/repo.js';
import { backends, fakeFetcher, freshDatabase, testDeps } from './db.js';

const feed = (
  items: number,
) => `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Polled Wire</title><link>https://polled.example.org/</link>
${Array.from({ length: items }, (_, n) => `<item><title>Item ${n}</title><link>https://polled.example.org/${n}</link><pubDate>Mon, 0${n + 1} Jul 2024 10:00:00 GMT</pubDate><content:encoded><![CDATA[<p>Story ${n}: attackers exploited a flaw in an internet-facing file transfer appliance and stole records belonging to several customers over a number of days before they were detected by the vendor's own monitoring team.</p><p>The vendor published fixed versions and urged customers to update and review their logs for signs of compromise and for accounts created by the intruders during the campaign.</p>]]></content:encoded></item>`).join('')}
</channel></rss>`;

describe.each(backends)('polling configured sources on %s', (backend) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(backend);
  });
  afterAll(async () => {
    await database.close();
  });

  it('uses conditional GET: a 304 adds nothing and keeps the feed healthy', async () => {
    const url = 'https://polled.example.org/feed.xml';
    const source = await ensureSource(database.db, 'polled.example.org');
    await addFeed(database.db, url, source.id, 15);
    const fake = fakeFetcher({ [url]: { body: feed(2), etag: '"v1"', contentType: 'application/rss+xml' } });
    const deps = testDeps(database, { fetchUrl: fake.fetchUrl });
    const first = await runPipeline([url], deps);
    expect(first.ingested.length).toBe(2);
    const second = await runPipeline([url], deps);
    expect(second.ingested.length).toBe(0);
    expect(fake.calls.filter((call) => call.url === url).map((call) => call.etag)).toEqual([null, '"v1"']);
    const log = await database.db
      .selectFrom('ingest_log')
      .select(['status', 'documents'])
      .where('location', '=', url)
      .orderBy('id')
      .execute();
    expect(log).toEqual([
      { status: 'ingested', documents: 2 },
      { status: 'not-modified', documents: 0 },
    ]);
    const [row] = await listFeeds(database.db);
    expect(row).toMatchObject({ etag: '"v1"', consecutive_errors: 0, last_error: null });
    expect(row?.next_poll_at.getTime()).toBe(new Date('2025-11-01T00:15:00Z').getTime());
  });

  it('the scheduler polls due feeds and records failures on the feed row', async () => {
    const url = 'https://down.example.org/feed.xml';
    const source = await ensureSource(database.db, 'down.example.org');
    await addFeed(database.db, url, source.id);
    const fake = fakeFetcher({});
    const stop = startScheduler(
      testDeps(database, { fetchUrl: fake.fetchUrl, now: () => new Date('2030-01-01T00:00:00Z') }),
      60_000,
    );
    await stop();
    expect(fake.calls.map((call) => call.url).sort()).toEqual([
      'https://down.example.org/feed.xml',
      'https://polled.example.org/feed.xml',
    ]);
    const down = (await listFeeds(database.db)).find((row) => row.url === url);
    expect(down).toMatchObject({
      consecutive_errors: 1,
      last_error: expect.stringMatching(/HTTP 404/) as string,
    });
  });
});
