import type { Kysely } from 'kysely';
import type { IncidentType } from '../core/facts.js';
import type { DB } from '../db/schema.js';
import { createStory } from './repo.js';

export interface CorrelationInput {
  documentId: number;
  title: string;
  incidentType: IncidentType;
  published: string | null;
}

/**
 * Assigns a stored document to a story and returns the story id.
 * First version: every document opens its own story. The same-event correlation (near-duplicates,
 * shared specific entities, time proximity) replaces this function without changing its callers.
 */
export async function correlateDocument(db: Kysely<DB>, input: CorrelationInput): Promise<number> {
  return createStory(db, input.documentId, {
    title: input.title,
    incidentType: input.incidentType,
    published: input.published,
    reason: 'new story: first report of this event',
  });
}
