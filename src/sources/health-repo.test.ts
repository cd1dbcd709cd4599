import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, fakeFetcher, freshDatabase, testDeps } from '../../test/db.js';
import type { Database } from '../db/connect.js';
import { runPipeline } from '../pipeline/index.js';
import { recordSourceRuns } from './health-repo.js';
import { type SourceReport, sourceReports } from './report.js';
import { addFeed, ensureSource } from './repo.js';

const now = new Date('2025-11-01T00:00:00Z');
const feedUrl = 'https://wire.example.org/feed.xml';
const topics = ['a water utility', 'a regional airline', 'a hospital group', 'a university'];
const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title><link>https://wire.example.org/</link>
${topics
  .map(
    (victim, n) =>
      `<item><title>Item ${n} about ${victim}</title><link>https://wire.example.org/${n}</link><pubDate>0${n + 1} Oct 2025 09:00:00 GMT</pubDate><description>Story ${n}: intruders broke into ${victim} through a stolen VPN password, copied internal files over several days and left a note; the organisation said it had informed the police and its regulator and was restoring systems from backups with outside help.</description></item>`,
  )
  .join('')}
</channel></rss>`;

describe.each(backends)('source health on %s', (backend) => {
  let database: Database;
  const report = async (domain: string): Promise<SourceReport | undefined> =>
    (await sourceReports(database.db, now)).find((r) => r.domain === domain);

  /** A dated document of `domain` in story `storyId`, stored directly (no correlation involved). */
  async function addDocument(domain: string, url: string, published: string, storyId: number) {
    const source = await ensureSource(database.db, domain);
    const { id } = await database.db
      .insertInto('documents')
      .values({
        source_id: source.id,
        feed_id: null,
        url,
        title: url,
        author: null,
        language: null,
        text: 'text',
        content_hash: url,
        incident_type: 'other',
        classification: JSON.stringify({}),
        published_at: published,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await sql`INSERT INTO story_documents (document_id, story_id) VALUES (${id}, ${storyId})`.execute(
      database.db,
    );
  }

  beforeAll(async () => {
    database = await freshDatabase(backend);
  });
  afterAll(async () => {
    await database.close();
  });

  it('counts items per poll and duplicates from pipeline runs, and flags a failing, silent feed', async () => {
    const source = await ensureSource(database.db, 'example.org');
    await addFeed(database.db, feedUrl, source.id);
    const serving = testDeps(database, {
      fetchUrl: fakeFetcher({ [feedUrl]: feed }).fetchUrl,
      now: () => now,
    });
    expect((await runPipeline([feedUrl], serving)).ingested.length).toBe(4);
    expect((await runPipeline([feedUrl], serving)).duplicates.length).toBe(4);
    expect(await report('example.org')).toMatchObject({
      feeds: 1,
      health: { status: 'silent', itemsPerPoll: 4, duplicateRatio: 0.5, documents: 4, usualGapHours: 24 },
    });

    const down = testDeps(database, { fetchUrl: fakeFetcher({}).fetchUrl, now: () => now });
    for (let i = 0; i < 3; i++) await runPipeline([feedUrl], down);
    const failing = await report('example.org');
    expect(failing?.health).toMatchObject({
      status: 'failing',
      reason:
        'failing: 3 consecutive errors, last: https://wire.example.org/feed.xml: HTTP 404 Not Found; ' +
        'silent: no new item for 28 days; usually every day',
      itemsPerPoll: 4,
    });
    expect((await sourceReports(database.db, now))[0]?.domain).toBe('example.org');
  });

  it('counts a poll that brought nothing as a poll with no items', async () => {
    await recordSourceRuns(database.db, now, new Map(), [feedUrl]);
    expect((await report('example.org'))?.health.itemsPerPoll).toBe(2.67);
  });

  it('counts the stories each source reported first', async () => {
    const before = (await report('example.org'))?.health.firstToReport ?? 0;
    const story = await database.db
      .selectFrom('story_documents')
      .innerJoin('documents', 'documents.id', 'story_documents.document_id')
      .select('story_documents.story_id')
      .where('documents.url', '=', 'https://wire.example.org/0')
      .executeTakeFirstOrThrow();
    await addDocument('late.example', 'https://late.example/a', '2025-10-20T00:00:00Z', story.story_id);
    await addDocument('tied.example', 'https://tied.example/a', '2025-10-01T09:00:00Z', story.story_id);
    expect((await report('late.example'))?.health.firstToReport).toBe(0);
    expect((await report('example.org'))?.health.firstToReport).toBe(before);
    expect((await report('tied.example'))?.health.firstToReport).toBe(0);
    await addDocument('early.example', 'https://early.example/a', '2025-09-30T00:00:00Z', story.story_id);
    expect((await report('early.example'))?.health.firstToReport).toBe(1);
    expect((await report('example.org'))?.health.firstToReport).toBe(before - 1);
    expect(await report('early.example')).toMatchObject({
      kind: 'news',
      tier: 'T3',
      feeds: 0,
      health: { status: 'ok', documents: 1, lastPublished: '2025-09-30T00:00:00.000Z', itemsPerPoll: null },
    });
  });

  it('prunes runs older than the retention window', async () => {
    await recordSourceRuns(
      database.db,
      new Date('2026-03-01T00:00:00Z'),
      new Map([['prune.example', { ingested: 1, duplicates: 0 }]]),
      [],
    );
    const domains = await database.db.selectFrom('source_runs').select('domain').execute();
    expect(domains).toEqual([{ domain: 'prune.example' }]);
  });
});
