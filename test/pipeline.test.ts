import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDir } from '../src/cli/demo.js';
import type { Database } from '../src/db/connect.js';
import { runPipeline } from '../src/pipeline/index.js';
import { getBrief, listStories } from '../src/stories/query.js';
import type { Brief } from '../src/brief/types.js';
import { backends, fakeFetcher, freshDatabase, testDeps } from './db.js';

const article = (n: number) =>
  `<!doctype html><html><head><title>Report ${n}</title><link rel="canonical" href="https://news.example.org/r/${n}"></head>
<body><nav><a href="https://news.example.org/">Home</a></nav><article><p>Researchers at a security firm said attackers exploited CVE-2024-3400 on exposed firewalls and used the command-and-control server at evil-c2-${n}[.]com for several weeks before they were detected.</p></article></body></html>`;

describe.each(backends)('pipeline on %s', (backend) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(backend);
  });
  afterAll(async () => {
    await database.close();
  });

  it('ingests the demo corpus: 26 reports of 22 events become 22 briefed stories', async () => {
    const summary = await runPipeline([join(demoDir, 'feeds'), join(demoDir, 'pages')], testDeps(database));
    expect(summary.errors).toEqual([]);
    expect(summary.ingested.length).toBe(26);
    const stories = await listStories(database.db, { limit: 500 });
    expect(stories.length).toBe(22);
    const brief = (await getBrief(database.db, stories[0]?.id ?? 0)) as Brief;
    expect(brief.sources[0]?.url).toMatch(/^(https|file):/);
    expect(Object.keys(summary.timings)).toEqual([
      'fetch',
      'parse',
      'normalise',
      'extract',
      'correlate',
      'reconcile',
      'assess',
      'brief',
      'publish',
    ]);
  });

  it('re-ingesting the same feeds and pages adds nothing', async () => {
    const before = await database.db
      .selectFrom('documents')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const summary = await runPipeline([join(demoDir, 'feeds'), join(demoDir, 'pages')], testDeps(database));
    expect(summary.ingested).toEqual([]);
    expect(summary.duplicates.length).toBe(26);
    const after = await database.db
      .selectFrom('documents')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('strips tracking parameters from canonical URLs', async () => {
    const urls = (await database.db.selectFrom('documents').select('url').execute()).map((row) => row.url);
    expect(urls.some((url) => url.includes('utm_'))).toBe(false);
  });

  it('records bad input on its own row and keeps going with the rest of the batch', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsroom-bad-'));
    writeFileSync(
      join(dir, 'broken.xml'),
      '<?xml version="1.0"?><rss version="2.0"><channel><item><title>x</ti',
    );
    writeFileSync(join(dir, 'not-a-feed.json'), '{"hello": "world"}');
    writeFileSync(join(dir, 'huge.html'), `<html><body>${'x'.repeat(6_000_000)}</body></html>`);
    writeFileSync(join(dir, 'empty.html'), '<html><body><nav>Home</nav></body></html>');
    writeFileSync(join(dir, 'good.html'), article(1));
    const [head, tail] = article(4).split('Researchers');
    const latin1 = [
      ...Buffer.from(head ?? '', 'latin1'),
      0x93,
      0x43,
      0x61,
      0x66,
      0xe9,
      0x94,
      0x20,
      ...Buffer.from(`researchers${tail ?? ''}`, 'latin1'),
    ];
    writeFileSync(join(dir, 'latin.html'), Buffer.from(latin1));
    const { fetchUrl } = fakeFetcher({ 'https://news.example.org/r/2': article(2) });
    const summary = await runPipeline(
      [dir, 'https://news.example.org/r/2', 'https://news.example.org/missing'],
      testDeps(database, { fetchUrl }),
    );
    expect(summary.ingested.map((doc) => doc.url).sort()).toEqual([
      'https://news.example.org/r/1',
      'https://news.example.org/r/2',
      'https://news.example.org/r/4',
    ]);
    expect(summary.warnings).toEqual([
      {
        location: join(dir, 'latin.html'),
        message: 'no charset declared and the bytes are not UTF-8; decoded as windows-1252',
      },
    ]);
    const latin = await database.db
      .selectFrom('documents')
      .select('text')
      .where('url', '=', 'https://news.example.org/r/4')
      .executeTakeFirstOrThrow();
    expect(latin.text).toContain('“Café” researchers');
    const warned = await database.db
      .selectFrom('ingest_log')
      .select('message')
      .where('location', '=', dir)
      .executeTakeFirstOrThrow();
    expect(warned.message).toContain('latin.html: no charset declared');
    const messages = summary.errors.map((error) => error.message).join('\n');
    expect(messages).toMatch(/broken\.xml|not a readable feed/);
    expect(messages).toMatch(/JSON but not a JSON Feed/);
    expect(messages).toMatch(/huge\.html: 6\.0 MB is larger than the 5\.0 MB limit/);
    expect(messages).toMatch(/no article text found/);
    expect(messages).toMatch(/missing: HTTP 404/);
    const logged = await database.db
      .selectFrom('ingest_log')
      .select(['location', 'message'])
      .where('status', '=', 'error')
      .execute();
    expect(logged.length).toBeGreaterThanOrEqual(5);
  });

  it('takes the fetched page when a feed item is only a summary, and the summary when the page is gone', async () => {
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Short Wire</title><link>https://short.example.org/</link>
<item><title>Teaser one</title><link>https://short.example.org/a?utm_source=rss</link><description>A teaser about a firewall exploit.</description></item>
<item><title>Teaser two</title><link>https://short.example.org/gone</link><description>Attackers abused a zero-day in a managed file transfer product to steal data from hundreds of companies.</description></item>
</channel></rss>`;
    const { fetchUrl } = fakeFetcher({
      'https://short.example.org/feed': { body: feed, contentType: 'application/rss+xml' },
      'https://short.example.org/a?utm_source=rss': article(3).replace(
        'https://news.example.org/r/3',
        'https://short.example.org/a',
      ),
    });
    const summary = await runPipeline(['https://short.example.org/feed'], testDeps(database, { fetchUrl }));
    expect(summary.ingested.map((doc) => doc.url).sort()).toEqual([
      'https://short.example.org/a',
      'https://short.example.org/gone',
    ]);
    const stored = await database.db
      .selectFrom('documents')
      .select(['url', 'text'])
      .where('url', 'like', 'https://short.example.org/%')
      .execute();
    expect(stored.find((doc) => doc.url.endsWith('/a'))?.text).toContain('evil-c2-3[.]com');
    expect(stored.find((doc) => doc.url.endsWith('/gone'))?.text).toContain('managed file transfer');
  });
});
