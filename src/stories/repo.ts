import { type Kysely, sql } from 'kysely';
import type { Classification, IncidentType } from '../core/facts.js';
import type { DB } from '../db/schema.js';
import { fromFactRows } from '../documents/fact-rows.js';
import { storyType } from './story-type.js';
import type { StoryBundle, StoryChange, StoryVersion } from './types.js';

const iso = (value: Date | null): string | null => (value ? value.toISOString() : null);

/** A new story row with no documents yet (an analyst's split or move fills it); returns its id. */
export async function openStory(
  db: Kysely<DB>,
  values: { title: string; incidentType: string; published?: string | null },
): Promise<number> {
  const { id } = await db
    .insertInto('stories')
    .values({
      title: values.title,
      incident_type: values.incidentType,
      first_published: values.published ?? null,
      last_published: values.published ?? null,
      updated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Opens a new story around one document. */
export async function createStory(
  db: Kysely<DB>,
  documentId: number,
  values: { title: string; incidentType: IncidentType; published: string | null; reason: string },
): Promise<number> {
  const id = await openStory(db, values);
  await db
    .insertInto('story_documents')
    .values({ story_id: id, document_id: documentId, reason: values.reason })
    .execute();
  return id;
}

/** Adds a document to an existing story and widens the story's publication range. */
export async function joinStory(
  db: Kysely<DB>,
  storyId: number,
  documentId: number,
  values: { published: string | null; reason: string; score: number; nearDuplicateOf: number | null },
): Promise<void> {
  await db
    .insertInto('story_documents')
    .values({
      story_id: storyId,
      document_id: documentId,
      reason: values.reason,
      score: values.score,
      near_duplicate_of: values.nearDuplicateOf,
    })
    .execute();
  await refreshRange(db, storyId);
}

/** Recomputes a story's first and last publication times from its documents. */
export async function refreshRange(db: Kysely<DB>, storyId: number): Promise<void> {
  await sql`
    UPDATE stories SET
      first_published = r.first, last_published = r.last, updated_at = now()
    FROM (
      SELECT min(d.published_at) AS first, max(d.published_at) AS last
      FROM story_documents sd JOIN documents d ON d.id = sd.document_id
      WHERE sd.story_id = ${storyId}
    ) AS r
    WHERE stories.id = ${storyId}`.execute(db);
}

/** Folds stories into `into` (a bridging report): their documents move, they point at the survivor. */
export async function mergeStories(db: Kysely<DB>, into: number, from: readonly number[]): Promise<void> {
  if (from.length === 0) return;
  await db.updateTable('story_documents').set({ story_id: into }).where('story_id', 'in', from).execute();
  await db
    .updateTable('stories')
    .set({ merged_into: into, updated_at: new Date() })
    .where((eb) => eb.or([eb('id', 'in', from), eb('merged_into', 'in', from)]))
    .execute();
  await refreshRange(db, into);
}

/** The story a (possibly merged) story id now lives in; null when there is no such story. */
export async function survivingStory(db: Kysely<DB>, storyId: number): Promise<number | null> {
  const row = await db
    .selectFrom('stories')
    .select(['id', 'merged_into'])
    .where('id', '=', storyId)
    .executeTakeFirst();
  if (!row) return null;
  return row.merged_into ?? row.id;
}

/** Loads a story with its documents (oldest first), their sources and facts; null when absent. */
export async function loadStoryBundle(db: Kysely<DB>, storyId: number): Promise<StoryBundle | null> {
  const story = await db.selectFrom('stories').selectAll().where('id', '=', storyId).executeTakeFirst();
  if (!story) return null;
  const documents = await db
    .selectFrom('story_documents')
    .innerJoin('documents', 'documents.id', 'story_documents.document_id')
    .innerJoin('sources', 'sources.id', 'documents.source_id')
    .select([
      'documents.id',
      'documents.url',
      'documents.title',
      'documents.author',
      'documents.published_at',
      'documents.text',
      'documents.classification',
      'story_documents.near_duplicate_of',
      'sources.domain',
      'sources.name',
      'sources.kind',
      'sources.tier',
      'sources.reliability',
    ])
    .where('story_documents.story_id', '=', storyId)
    .orderBy(sql`documents.published_at ASC NULLS LAST`)
    .orderBy('documents.id')
    .execute();
  const ids = documents.map((doc) => doc.id);
  const facts = ids.length
    ? await db
        .selectFrom('facts')
        .select(['document_id', 'kind', 'start_offset', 'end_offset', 'evidence', 'data'])
        .where('document_id', 'in', ids)
        .orderBy('id')
        .execute()
    : [];
  return {
    story: {
      id: story.id,
      title: story.title,
      incidentType: storyType(
        documents.map((doc) => ({
          type: (doc.classification as Classification).type,
          copy: doc.near_duplicate_of !== null,
        })),
        story.incident_type as IncidentType,
      ),
      version: story.version,
      firstPublished: iso(story.first_published),
      lastPublished: iso(story.last_published),
    },
    documents: documents.map((doc) => ({
      id: doc.id,
      url: doc.url,
      title: doc.title,
      author: doc.author,
      published: iso(doc.published_at),
      text: doc.text,
      source: {
        domain: doc.domain,
        name: doc.name,
        kind: doc.kind,
        tier: doc.tier,
        reliability: doc.reliability,
      },
      nearDuplicateOf: doc.near_duplicate_of,
      extraction: fromFactRows(
        facts.filter((fact) => fact.document_id === doc.id),
        doc.classification as Classification,
      ),
    })),
  };
}

/** Saves the assessment and brief of a story and refreshes its list columns and search text. */
export async function publishStory(
  db: Kysely<DB>,
  storyId: number,
  values: {
    title: string;
    severity: string;
    priority: number;
    incidentType: string;
    searchText: string;
    assessment: unknown;
    brief: unknown;
    /** What changed since the previous version, for the change log. */
    changes: readonly StoryChange[];
  },
): Promise<number> {
  const { version } = await db
    .updateTable('stories')
    .set((eb) => ({
      title: values.title,
      severity: values.severity,
      priority: values.priority,
      incident_type: values.incidentType,
      search_text: values.searchText,
      version: eb('version', '+', 1),
      updated_at: new Date(),
    }))
    .where('id', '=', storyId)
    .returning('version')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('story_versions')
    .values({
      story_id: storyId,
      version,
      severity: values.severity,
      priority: values.priority,
      changes: JSON.stringify(values.changes),
    })
    .execute();
  for (const table of ['assessments', 'briefs'] as const) {
    const data = JSON.stringify(table === 'assessments' ? values.assessment : values.brief);
    await db
      .insertInto(table)
      .values({ story_id: storyId, story_version: version, data })
      .onConflict((oc) =>
        oc.column('story_id').doUpdateSet({ story_version: version, data, computed_at: new Date() }),
      )
      .execute();
  }
  return version;
}

/** A story's versions, newest first, each with what changed. */
export async function listVersions(db: Kysely<DB>, storyId: number): Promise<StoryVersion[]> {
  const rows = await db
    .selectFrom('story_versions')
    .selectAll()
    .where('story_id', '=', storyId)
    .orderBy('version', 'desc')
    .execute();
  return rows.map((row) => ({
    version: row.version,
    at: row.created_at.toISOString(),
    severity: row.severity,
    priority: row.priority,
    changes: row.changes as StoryChange[],
  }));
}
