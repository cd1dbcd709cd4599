import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.js';

/** Runs older than this are pruned: items per poll and the duplicate ratio describe recent weeks. */
export const runRetentionDays = 90;
/** Items per poll averages this many of a source's latest runs. */
export const recentRuns = 10;
/** The cadence of a source is read from this many of its latest dated documents. */
export const cadenceItems = 20;

export interface RunTally {
  ingested: number;
  duplicates: number;
}

/**
 * Records what one pipeline run brought from each source domain. Feeds polled in the run that
 * brought nothing (a 304, or no item) count as a poll with no items for their source.
 */
export async function recordSourceRuns(
  db: Kysely<DB>,
  at: Date,
  tallies: ReadonlyMap<string, RunTally>,
  polledFeedUrls: readonly string[],
): Promise<void> {
  const rows = new Map(tallies);
  if (polledFeedUrls.length) {
    const feeds = await db
      .selectFrom('feeds')
      .innerJoin('sources', 'sources.id', 'feeds.source_id')
      .select('sources.domain')
      .where('feeds.url', 'in', polledFeedUrls)
      .execute();
    for (const { domain } of feeds) if (!rows.has(domain)) rows.set(domain, { ingested: 0, duplicates: 0 });
  }
  if (rows.size === 0) return;
  await db
    .insertInto('source_runs')
    .values([...rows].map(([domain, tally]) => ({ domain, at, ...tally })))
    .execute();
  await db
    .deleteFrom('source_runs')
    .where('at', '<', new Date(at.getTime() - runRetentionDays * 86_400_000))
    .execute();
}

/** Per source domain: items per poll over the latest runs, new and duplicate items over all kept runs. */
export async function runStats(db: Kysely<DB>) {
  const { rows } = await sql<{
    domain: string;
    items_per_poll: number;
    ingested: string;
    duplicates: string;
  }>`
    SELECT domain,
           avg(ingested + duplicates) FILTER (WHERE rank <= ${recentRuns})::float8 AS items_per_poll,
           sum(ingested) AS ingested,
           sum(duplicates) AS duplicates
    FROM (SELECT domain, ingested, duplicates,
                 row_number() OVER (PARTITION BY domain ORDER BY at DESC, id DESC) AS rank
          FROM source_runs) runs
    GROUP BY domain`.execute(db);
  return rows.map((row) => ({
    domain: row.domain,
    itemsPerPoll: row.items_per_poll,
    ingested: Number(row.ingested),
    duplicates: Number(row.duplicates),
  }));
}

/** Per source: in how many stories its document is the earliest published (ties: first stored). */
export async function firstToReportCounts(db: Kysely<DB>): Promise<Map<number, number>> {
  const { rows } = await sql<{ source_id: number; stories: string }>`
    SELECT source_id, count(*) AS stories
    FROM (SELECT DISTINCT ON (sd.story_id) sd.story_id, d.source_id
          FROM story_documents sd JOIN documents d ON d.id = sd.document_id
          WHERE d.published_at IS NOT NULL
          ORDER BY sd.story_id, d.published_at, d.id) firsts
    GROUP BY source_id`.execute(db);
  return new Map(rows.map((row) => [row.source_id, Number(row.stories)]));
}

/** Per source: the publication dates of its latest dated documents (for its cadence). */
export async function recentPublished(db: Kysely<DB>): Promise<Map<number, Date[]>> {
  const { rows } = await sql<{ source_id: number; published_at: Date }>`
    SELECT source_id, published_at
    FROM (SELECT source_id, published_at,
                 row_number() OVER (PARTITION BY source_id ORDER BY published_at DESC) AS rank
          FROM documents WHERE published_at IS NOT NULL) recent
    WHERE rank <= ${cadenceItems}`.execute(db);
  const bySource = new Map<number, Date[]>();
  for (const row of rows) {
    const list = bySource.get(row.source_id) ?? [];
    list.push(new Date(row.published_at));
    bySource.set(row.source_id, list);
  }
  return bySource;
}
