import { type Kysely, sql } from 'kysely';
import type { Classification, IncidentType } from '../core/facts.js';
import type { DB } from '../db/schema.js';
import { fromFactRows } from '../documents/fact-rows.js';
import type { StoryBundle } from './types.js';

const iso = (value: Date | null): string | null => (value ? value.toISOString() : null);

/** Opens a new story around one document. */
export async function createStory(
  db: Kysely<DB>,
  documentId: number,
  values: { title: string; incidentType: IncidentType; published: string | null; reason: string },
): Promise<number> {
  const { id } = await db
    .insertInto('stories')
    .values({
      title: values.title,
      incident_type: values.incidentType,
      first_published: values.published,
      last_published: values.published,
      updated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('story_documents')
    .values({ story_id: id, document_id: documentId, reason: values.reason })
    .execute();
  return id;
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
      incidentType: story.incident_type as IncidentType,
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
    severity: string;
    priority: number;
    incidentType: string;
    searchText: string;
    assessment: unknown;
    brief: unknown;
  },
): Promise<number> {
  const { version } = await db
    .updateTable('stories')
    .set((eb) => ({
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
