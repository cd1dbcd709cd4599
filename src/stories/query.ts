import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.js';
import { listVersions, survivingStory } from './repo.js';
import type { StoryVersion } from './types.js';

/** Orders of the story list: newest first (by latest publication), or highest priority first. */
export const storySorts = ['newest', 'priority'] as const;
export type StorySort = (typeof storySorts)[number];

export interface StoryFilter {
  severity?: string | undefined;
  type?: string | undefined;
  /** Full-text query (Postgres websearch syntax: words, "phrases", -exclusions, or). */
  q?: string | undefined;
  /** 'newest' (default) or 'priority': priority descending, then newest. */
  sort?: StorySort | undefined;
  limit?: number;
  offset?: number;
}

export interface StoryListItem {
  id: number;
  title: string;
  severity: string;
  priority: number;
  incidentType: string;
  lastPublished: string | null;
  documents: { url: string; title: string; source: string; published: string | null }[];
}

/**
 * Stories newest first (by latest publication), filtered by severity, type and full-text search;
 * with a search, best matches first. `sort: 'priority'` puts the highest priority first (before
 * search rank), then the newest: non-incidents, at priority 0, come after every real incident.
 */
/** Stories' reports joined with their documents and publishers. */
function reportsOf(db: Kysely<DB>) {
  return db
    .selectFrom('story_documents')
    .innerJoin('documents', 'documents.id', 'story_documents.document_id')
    .innerJoin('sources', 'sources.id', 'documents.source_id');
}

async function storyRows(db: Kysely<DB>, filter: StoryFilter) {
  let query = db
    .selectFrom('stories')
    .select(['id', 'title', 'severity', 'priority', 'incident_type', 'last_published'])
    .where('merged_into', 'is', null);
  if (filter.sort === 'priority') query = query.orderBy('priority', 'desc');
  if (filter.severity) query = query.where('severity', '=', filter.severity.toUpperCase());
  if (filter.type) query = query.where('incident_type', '=', filter.type);
  const q = filter.q?.trim();
  if (q) {
    const tsquery = sql`websearch_to_tsquery('english', ${q})`;
    query = query.where(sql<boolean>`search @@ ${tsquery}`).orderBy(sql`ts_rank(search, ${tsquery})`, 'desc');
  }
  return query
    .orderBy(sql`last_published DESC NULLS LAST`)
    .orderBy('id', 'desc')
    .limit(filter.limit ?? 100)
    .offset(filter.offset ?? 0)
    .execute();
}

export async function listStories(db: Kysely<DB>, filter: StoryFilter = {}): Promise<StoryListItem[]> {
  const rows = await storyRows(db, filter);
  if (rows.length === 0) return [];
  const docs = await reportsOf(db)
    .select([
      'story_documents.story_id',
      'documents.url',
      'documents.title',
      'documents.published_at',
      'sources.name',
    ])
    .where(
      'story_documents.story_id',
      'in',
      rows.map((row) => row.id),
    )
    .orderBy(sql`documents.published_at ASC NULLS LAST`)
    .execute();
  const byStory = new Map<number, StoryListItem['documents']>();
  for (const doc of docs) {
    const list = byStory.get(doc.story_id) ?? [];
    list.push({
      url: doc.url,
      title: doc.title,
      source: doc.name,
      published: doc.published_at ? doc.published_at.toISOString() : null,
    });
    byStory.set(doc.story_id, list);
  }
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    severity: row.severity,
    priority: row.priority,
    incidentType: row.incident_type,
    lastPublished: row.last_published ? row.last_published.toISOString() : null,
    documents: byStory.get(row.id) ?? [],
  }));
}

/** The disputes of each story's stored brief, read from the JSON column alone (not the whole brief). */
export async function storyDisputes(
  db: Kysely<DB>,
  storyIds: readonly number[],
): Promise<Map<number, unknown[]>> {
  const disputes = new Map<number, unknown[]>();
  if (storyIds.length === 0) return disputes;
  const rows = await db
    .selectFrom('briefs')
    .select(['story_id', sql<unknown[] | null>`data->'disputes'`.as('disputes')])
    .where('story_id', 'in', storyIds)
    .execute();
  for (const row of rows) disputes.set(row.story_id, row.disputes ?? []);
  return disputes;
}

/** A story as the list page shows it: counts and publisher names instead of every report. */
export interface StoryCard extends Omit<StoryListItem, 'documents'> {
  reports: number;
  sources: string[];
}

/**
 * The list page's stories: the same filter and order as `listStories`, with each story's number of
 * reports and its publishers aggregated in SQL, so a story of hundreds of reports costs one row.
 */
export async function listStoryCards(db: Kysely<DB>, filter: StoryFilter = {}): Promise<StoryCard[]> {
  const rows = await storyRows(db, filter);
  if (rows.length === 0) return [];
  const counts = await reportsOf(db)
    .select([
      'story_documents.story_id',
      sql<number>`count(*)::int`.as('reports'),
      sql<string[]>`array_agg(DISTINCT sources.name ORDER BY sources.name)`.as('sources'),
    ])
    .where(
      'story_documents.story_id',
      'in',
      rows.map((row) => row.id),
    )
    .groupBy('story_documents.story_id')
    .execute();
  const byStory = new Map(counts.map((row) => [row.story_id, row]));
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    severity: row.severity,
    priority: row.priority,
    incidentType: row.incident_type,
    lastPublished: row.last_published ? row.last_published.toISOString() : null,
    reports: byStory.get(row.id)?.reports ?? 0,
    sources: byStory.get(row.id)?.sources ?? [],
  }));
}

/** The stored brief of a story (the item page's data), or null. */
export async function getBrief(db: Kysely<DB>, storyId: number): Promise<unknown> {
  const row = await db.selectFrom('briefs').select('data').where('story_id', '=', storyId).executeTakeFirst();
  return row?.data ?? null;
}

export async function countStories(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('stories')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('merged_into', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export type StoryLookup =
  | { kind: 'missing' }
  | { kind: 'merged'; into: number }
  | { kind: 'found'; brief: unknown; versions: StoryVersion[] };

/**
 * A story's stored brief and change log; a story merged into another says where it went.
 * @example const found = await lookupStory(db, 7); if (found.kind === 'merged') redirect(found.into);
 */
export async function lookupStory(db: Kysely<DB>, storyId: number): Promise<StoryLookup> {
  const surviving = await survivingStory(db, storyId);
  if (surviving === null) return { kind: 'missing' };
  if (surviving !== storyId) return { kind: 'merged', into: surviving };
  const brief = await getBrief(db, storyId);
  if (!brief) return { kind: 'missing' };
  return { kind: 'found', brief, versions: await listVersions(db, storyId) };
}
