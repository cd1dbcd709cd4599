import { type Kysely, sql } from 'kysely';
import type { IncidentType } from '../core/facts.js';
import type { DB } from '../db/schema.js';
import type { Assignment, EventDoc } from './cluster-types.js';
import { keyId } from './event-keys.js';
import { eventFeatures, type EventFeatures } from './features.js';
import { heedCorrections } from './pins.js';
import { readWithoutBoilerplate } from './boilerplate-repo.js';
import { createStory, joinStory, mergeStories } from './repo.js';
import { type Candidate, decide, postingLimit, retrievalKeys } from './same-event.js';

export interface CorrelationInput {
  doc: EventDoc;
  incidentType: IncidentType;
}

/** The most recent documents holding each of the keys (at most `postingLimit` per key), with their stories. */
async function candidates(db: Kysely<DB>, lookup: string[]): Promise<Candidate[]> {
  if (lookup.length === 0) return [];
  const { rows } = await sql<{ document_id: number; features: EventFeatures; story_id: number }>`
    SELECT f.document_id, f.features, sd.story_id
    FROM (
      SELECT DISTINCT hit.document_id
      FROM unnest(${lookup}::text[]) AS k(key)
      CROSS JOIN LATERAL (
        SELECT document_id FROM document_keys
        WHERE document_keys.key = k.key ORDER BY document_id DESC LIMIT ${postingLimit}
      ) AS hit
    ) AS c
    JOIN document_features f ON f.document_id = c.document_id
    JOIN story_documents sd ON sd.document_id = c.document_id
    ORDER BY f.document_id`.execute(db);
  return rows.map((row) => ({ features: row.features, storyId: row.story_id }));
}

async function frequencies(
  db: Kysely<DB>,
  keys: string[],
): Promise<{ df: Map<string, number>; total: number }> {
  const df = new Map<string, number>();
  if (keys.length) {
    const { rows } = await sql<{ key: string; n: number }>`
      SELECT key, count(*)::int AS n FROM document_keys WHERE key = ANY(${keys}::text[]) GROUP BY key`.execute(
      db,
    );
    for (const row of rows) df.set(row.key, row.n);
  }
  // The largest document id stands in for the document count (ids only grow; gaps barely move a
  // logarithm), read from the primary key instead of counting every row for every new document.
  const { rows } = await sql<{ n: number }>`
    SELECT coalesce(max(document_id), 0)::int AS n FROM document_features`.execute(db);
  return { df, total: rows[0]?.n ?? 0 };
}

/**
 * Assigns a stored document to a story: joins the story of the same event, opens a new one, or
 * (a bridging report) merges stories into the oldest. Same decision as the in-memory correlator;
 * the index lives in `document_keys`. Run inside the document's transaction.
 */
export async function correlateDocument(db: Kysely<DB>, input: CorrelationInput): Promise<Assignment> {
  const { doc } = input;
  const features = eventFeatures(await readWithoutBoilerplate(db, doc));
  const keys = [...new Set(features.keys.map(keyId))];
  const { df, total } = await frequencies(db, keys);
  const lookup = [...features.bands.map(String), ...retrievalKeys(keys, (key) => df.get(key) ?? 0)];
  const found = await candidates(db, lookup);
  const frequency = (key: string): number => df.get(key) ?? 0;
  // An analyst's correction is never undone: no bridge merge of stories they kept apart.
  const decision = await heedCorrections(db, decide(features, found, frequency, total), (storyId) =>
    decide(
      features,
      found.filter((c) => c.storyId === storyId),
      frequency,
      total,
    ),
  );
  const [joined, ...merged] = decision.stories;
  let storyId: number;
  if (joined === undefined) {
    storyId = await createStory(db, doc.id, {
      title: doc.title,
      incidentType: input.incidentType,
      published: doc.published,
      reason: decision.reason,
    });
  } else {
    storyId = joined;
    if (merged.length) await mergeStories(db, storyId, merged);
    await joinStory(db, storyId, doc.id, {
      published: doc.published,
      reason: decision.reason,
      score: decision.score,
      nearDuplicateOf: decision.nearDuplicateOf,
    });
  }
  await db
    .insertInto('document_features')
    .values({ document_id: doc.id, features: JSON.stringify(features) })
    .execute();
  const indexed = [...new Set([...keys, ...features.bands.map(String)])];
  if (indexed.length)
    await db
      .insertInto('document_keys')
      .values(indexed.map((key) => ({ key, document_id: doc.id })))
      .execute();
  return {
    storyId,
    opened: joined === undefined,
    nearDuplicateOf: decision.nearDuplicateOf,
    merged,
    score: decision.score,
    reason: decision.reason,
  };
}
