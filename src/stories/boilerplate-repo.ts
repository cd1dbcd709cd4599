import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.js';
import { textLines, withoutBoilerplate } from './boilerplate.js';
import type { EventDoc } from './cluster-types.js';

/**
 * The document as correlation reads it (without the lines its publisher printed on earlier
 * documents), after counting its own lines for the publisher's later ones.
 */
export async function readWithoutBoilerplate(db: Kysely<DB>, doc: EventDoc): Promise<EventDoc> {
  const lines = textLines(doc.text);
  const fingerprints = [...new Set(lines.map((line) => line.fingerprint))];
  if (fingerprints.length === 0) return doc;
  const { rows } = await sql<{ fingerprint: string }>`
    SELECT fingerprint FROM source_lines
    WHERE domain = ${doc.sourceDomain} AND fingerprint = ANY(${fingerprints}::text[])`.execute(db);
  await sql`
    INSERT INTO source_lines (domain, fingerprint)
    SELECT ${doc.sourceDomain}, f FROM unnest(${fingerprints}::text[]) AS f
    ON CONFLICT (domain, fingerprint) DO UPDATE SET documents = source_lines.documents + 1`.execute(db);
  return withoutBoilerplate(doc, new Set(rows.map((row) => row.fingerprint)), lines);
}
