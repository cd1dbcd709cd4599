import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.js';
import type { StoryChange } from './types.js';

/** One report of a story, as a correction names it. */
export interface PlacedDocument {
  id: number;
  storyId: number;
  title: string;
  incidentType: string;
}

/** A story row as a correction reads it (locked until the end of the transaction). */
export async function lockStory(
  db: Kysely<DB>,
  storyId: number,
): Promise<{ id: number; mergedInto: number | null } | null> {
  const row = await db
    .selectFrom('stories')
    .select(['id', 'merged_into'])
    .where('id', '=', storyId)
    .forUpdate()
    .executeTakeFirst();
  return row ? { id: row.id, mergedInto: row.merged_into } : null;
}

/** Documents by id with the story each is in now; ids not stored are left out. */
export async function placedDocuments(db: Kysely<DB>, ids: readonly number[]): Promise<PlacedDocument[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('story_documents')
    .innerJoin('documents', 'documents.id', 'story_documents.document_id')
    .select(['documents.id', 'story_documents.story_id', 'documents.title', 'documents.incident_type'])
    .where('documents.id', 'in', ids)
    .orderBy(sql`documents.published_at ASC NULLS LAST`)
    .orderBy('documents.id')
    .execute();
  return rows.map((r) => ({ id: r.id, storyId: r.story_id, title: r.title, incidentType: r.incident_type }));
}

export async function countDocuments(db: Kysely<DB>, storyId: number): Promise<number> {
  const row = await db
    .selectFrom('story_documents')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('story_id', '=', storyId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Records a correction with who and why; returns its id. */
export async function insertCorrection(
  db: Kysely<DB>,
  values: {
    kind: 'move' | 'merge' | 'split';
    storyId: number;
    otherStoryId: number;
    documentIds: number[];
    by: string;
    reason: string;
  },
): Promise<number> {
  const { id } = await db
    .insertInto('story_corrections')
    .values({
      kind: values.kind,
      story_id: values.storyId,
      other_story_id: values.otherStoryId,
      document_ids: values.documentIds,
      actor: values.by,
      reason: values.reason,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/**
 * Puts documents in a story by an analyst's decision: their placement reason says so, they are
 * pinned, and copy marks that now point into another story are dropped (a copy counts as
 * independent once its original is elsewhere).
 */
export async function placeDocuments(
  db: Kysely<DB>,
  documentIds: readonly number[],
  storyId: number,
  correction: { id: number; text: string },
): Promise<void> {
  const sources = (await placedDocuments(db, documentIds)).map((doc) => doc.storyId);
  const touched = [...new Set([storyId, ...sources])];
  await db
    .updateTable('story_documents')
    .set({ story_id: storyId, reason: correction.text, added_at: new Date() })
    .where('document_id', 'in', documentIds)
    .execute();
  await db
    .insertInto('document_pins')
    .values(documentIds.map((id) => ({ document_id: id, correction_id: correction.id })))
    .onConflict((oc) => oc.column('document_id').doUpdateSet({ correction_id: correction.id }))
    .execute();
  await sql`
    UPDATE story_documents sd SET near_duplicate_of = NULL
    WHERE sd.story_id = ANY(${touched}::int[]) AND sd.near_duplicate_of IS NOT NULL
      AND NOT EXISTS (
        SELECT 1 FROM story_documents o
        WHERE o.document_id = sd.near_duplicate_of AND o.story_id = sd.story_id
      )`.execute(db);
}

/** Keeps two stories apart from now on (a later bridging report never merges them). */
export async function separate(db: Kysely<DB>, a: number, b: number, correctionId: number): Promise<void> {
  await db
    .insertInto('story_separations')
    .values({ story_id: Math.min(a, b), other_story_id: Math.max(a, b), correction_id: correctionId })
    .onConflict((oc) => oc.columns(['story_id', 'other_story_id']).doNothing())
    .execute();
}

/**
 * Copies a story's change log to a story split from it, each line marked as inherited; the new
 * story's own versions continue after them. Returns the number of versions copied.
 */
export async function inheritVersions(db: Kysely<DB>, from: number, to: number): Promise<number> {
  const rows = await db
    .selectFrom('story_versions')
    .selectAll()
    .where('story_id', '=', from)
    .orderBy('version')
    .execute();
  for (const row of rows) {
    const changes = (row.changes as StoryChange[]).map((change) => ({
      kind: 'inherited' as const,
      text: `Story ${from}, before the split: ${change.text}`,
    }));
    await db
      .insertInto('story_versions')
      .values({
        story_id: to,
        version: row.version,
        created_at: row.created_at,
        severity: row.severity,
        priority: row.priority,
        changes: JSON.stringify(changes),
      })
      .execute();
  }
  const last = rows.at(-1)?.version ?? 0;
  await db.updateTable('stories').set({ version: last }).where('id', '=', to).execute();
  return last;
}

/** A version of a story that is not re-briefed (one folded into another): same scores, new lines. */
export async function appendVersion(
  db: Kysely<DB>,
  storyId: number,
  changes: readonly StoryChange[],
): Promise<void> {
  const { version, severity, priority } = await db
    .updateTable('stories')
    .set((eb) => ({ version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', storyId)
    .returning(['version', 'severity', 'priority'])
    .executeTakeFirstOrThrow();
  await db
    .insertInto('story_versions')
    .values({ story_id: storyId, version, severity, priority, changes: JSON.stringify(changes) })
    .execute();
}
