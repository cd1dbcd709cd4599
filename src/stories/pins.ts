import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Decision } from './same-event.js';

/**
 * Why an analyst's decision forbids merging these stories (the first one survives), or null.
 * Two stories kept apart stay apart whatever they were merged into since; a story holding a document
 * an analyst placed is never folded into another, so that document never moves again by itself.
 */
export async function mergeBlocked(db: Kysely<DB>, stories: readonly number[]): Promise<string | null> {
  const [, ...folded] = stories;
  if (folded.length === 0) return null;
  const { rows: apart } = await sql<{ a: number; b: number }>`
    SELECT coalesce(x.merged_into, x.id) AS a, coalesce(y.merged_into, y.id) AS b
    FROM story_separations s
    JOIN stories x ON x.id = s.story_id
    JOIN stories y ON y.id = s.other_story_id
    WHERE coalesce(x.merged_into, x.id) = ANY(${stories}::int[])
      AND coalesce(y.merged_into, y.id) = ANY(${stories}::int[])
      AND coalesce(x.merged_into, x.id) <> coalesce(y.merged_into, y.id)
    LIMIT 1`.execute(db);
  const pair = apart[0];
  if (pair) return `stories ${pair.a} and ${pair.b} were kept apart by an analyst`;
  const { rows: pinned } = await sql<{ story_id: number }>`
    SELECT sd.story_id FROM document_pins p JOIN story_documents sd ON sd.document_id = p.document_id
    WHERE sd.story_id = ANY(${folded}::int[])
    LIMIT 1`.execute(db);
  const held = pinned[0];
  if (held) return `story ${held.story_id} holds a report an analyst placed`;
  return null;
}

/**
 * The correlator's decision, minus any bridge merge an analyst's correction forbids: the document
 * then joins the best of the stories it matched (`placeIn(story)` decides again among that story's
 * candidates alone) and merges nothing.
 * @example const decision = await heedCorrections(db, decide(...), (story) => decide(..., only(story), ...));
 */
export async function heedCorrections(
  db: Kysely<DB>,
  decision: Decision,
  placeIn: (storyId: number) => Decision,
): Promise<Decision> {
  const blocked = await mergeBlocked(db, decision.stories);
  if (!blocked) return decision;
  const best = decision.stories
    .map((storyId) => ({ storyId, placed: placeIn(storyId) }))
    .filter(({ placed }) => placed.stories.length > 0)
    .sort((x, y) => y.placed.score - x.placed.score || x.storyId - y.storyId)[0];
  const others = decision.stories.filter((id) => id !== best?.storyId);
  const note = `not merged with story ${others.join(', ')}: ${blocked}`;
  if (!best)
    return { ...decision, stories: decision.stories.slice(0, 1), reason: `${decision.reason}; ${note}` };
  return { ...best.placed, stories: [best.storyId], reason: `${best.placed.reason}; ${note}` };
}
