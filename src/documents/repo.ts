import type { Kysely } from 'kysely';
import type { Classification, Extraction } from '../core/facts.js';
import { NewsroomError } from '../core/errors.js';
import type { DB } from '../db/schema.js';
import { toFactRows } from './fact-rows.js';

export interface NewDocument {
  sourceId: number;
  feedId: number | null;
  url: string;
  title: string;
  author: string | null;
  published: string | null;
  language: string | null;
  text: string;
  contentHash: string;
  extraction: Extraction;
}

/** Is this URL or this exact content already stored? Returns what matched, or null. */
export async function findDuplicate(db: Kysely<DB>, url: string, contentHash: string) {
  return db
    .selectFrom('documents')
    .select(['id', 'url'])
    .where((eb) => eb.or([eb('url', '=', url), eb('content_hash', '=', contentHash)]))
    .executeTakeFirst();
}

/** Stores a document and its facts; returns its id. Call inside a transaction. */
export async function insertDocument(db: Kysely<DB>, doc: NewDocument): Promise<number> {
  try {
    const classification: Classification = doc.extraction.classification;
    const { id } = await db
      .insertInto('documents')
      .values({
        source_id: doc.sourceId,
        feed_id: doc.feedId,
        url: doc.url,
        title: doc.title,
        author: doc.author,
        published_at: doc.published,
        language: doc.language,
        text: doc.text,
        content_hash: doc.contentHash,
        incident_type: classification.type,
        classification: JSON.stringify(classification),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const rows = toFactRows(doc.extraction);
    for (let index = 0; index < rows.length; index += 500) {
      const batch = rows
        .slice(index, index + 500)
        .map((row) => ({ ...row, document_id: id, data: JSON.stringify(row.data) }));
      await db.insertInto('facts').values(batch).execute();
    }
    return id;
  } catch (cause) {
    throw new NewsroomError('STORAGE', `documents: unable to store ${doc.url}`, { cause });
  }
}
