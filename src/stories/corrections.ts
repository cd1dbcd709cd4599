import type { Kysely } from 'kysely';
import { NewsroomError } from '../core/errors.js';
import type { DB } from '../db/schema.js';
import {
  type PlacedDocument,
  appendVersion,
  countDocuments,
  inheritVersions,
  insertCorrection,
  lockStory,
  placeDocuments,
  placedDocuments,
  separate,
} from './corrections-repo.js';
import { mergeStories, openStory, refreshRange } from './repo.js';
import type { StoryChange } from './types.js';

/** Who made a correction and why; both shown in the change log of every story it touches. */
export interface Attribution {
  by: string;
  reason: string;
}

/** An analyst's correction of story grouping. */
export type CorrectionRequest = Attribution &
  (
    | { kind: 'move'; documentId: number; to: number | 'new' }
    | { kind: 'merge'; into: number; from: number }
    | { kind: 'split'; storyId: number; documentIds: number[] }
  );

/** What a correction did. `created` is true when a move opened a new story. */
export type CorrectionResult = { correction: number; by: string; reason: string; message: string } & (
  | { kind: 'move'; document: number; from: number; to: number; created: boolean }
  | { kind: 'merge'; into: number; from: number }
  | { kind: 'split'; from: number; to: number; documents: number[] }
);

/** The stories to re-brief, each with its change-log lines. */
export interface Corrected {
  result: CorrectionResult;
  changes: Map<number, StoryChange[]>;
}

const quoted = (docs: readonly PlacedDocument[]): string =>
  docs.map((doc) => `document ${doc.id} ("${doc.title}")`).join(', ');

/** A live story; a merged id is refused with its survivor named, so the analyst acts on what they see. */
async function liveStory(db: Kysely<DB>, id: number, role: string): Promise<number> {
  const row = await lockStory(db, id);
  if (!row) throw new NewsroomError('NOT_FOUND', `story ${id} does not exist`);
  if (row.mergedInto !== null)
    throw new NewsroomError(
      'CONFLICT',
      `story ${id} was merged into story ${row.mergedInto}; give story ${row.mergedInto} as the ${role}`,
    );
  return row.id;
}

async function documentsOf(db: Kysely<DB>, ids: readonly number[]): Promise<PlacedDocument[]> {
  const found = await placedDocuments(db, ids);
  const missing = ids.filter((id) => !found.some((doc) => doc.id === id));
  if (missing.length) throw new NewsroomError('NOT_FOUND', `document ${missing.join(', ')} does not exist`);
  return found;
}

function requireAttribution({ by, reason }: Attribution): void {
  if (!reason.trim())
    throw new NewsroomError('BAD_INPUT', 'a reason is required: say why (it is shown in the change log)');
  if (!by.trim()) throw new NewsroomError('BAD_INPUT', 'who made the correction is required');
}

const line = (text: string, id: number, who: Attribution): StoryChange => ({
  kind: 'corrected',
  text,
  correction: { id, by: who.by, reason: who.reason },
});

async function move(
  db: Kysely<DB>,
  request: Extract<CorrectionRequest, { kind: 'move' }>,
): Promise<Corrected> {
  const { by, reason } = request;
  const [doc] = await documentsOf(db, [request.documentId]);
  if (!doc) throw new NewsroomError('NOT_FOUND', `document ${request.documentId} does not exist`);
  const from = await liveStory(db, doc.storyId, 'source');
  if (request.to === from)
    throw new NewsroomError('BAD_INPUT', `document ${doc.id} is already in story ${from}`);
  const created = request.to === 'new';
  const target = request.to === 'new' ? null : await liveStory(db, request.to, 'target');
  if ((await countDocuments(db, from)) === 1)
    throw new NewsroomError(
      'BAD_INPUT',
      `document ${doc.id} is the only report of story ${from}; ` +
        (target === null ? 'it already stands alone' : `merge story ${from} into story ${target} instead`),
    );
  const to = target ?? (await openStory(db, { title: doc.title, incidentType: doc.incidentType }));
  const id = await insertCorrection(db, {
    kind: 'move',
    storyId: from,
    otherStoryId: to,
    documentIds: [doc.id],
    by,
    reason,
  });
  await placeDocuments(db, [doc.id], to, { id, text: `moved here by ${by}: ${reason}` });
  await separate(db, from, to, id);
  await refreshRange(db, from);
  await refreshRange(db, to);
  const what = `Report "${doc.title}" (document ${doc.id})`;
  const here = created ? 'to this new story' : 'here';
  const changes = new Map([
    [from, [line(`${what} moved to story ${to} by ${by}: ${reason}`, id, request)]],
    [to, [line(`${what} moved ${here} from story ${from} by ${by}: ${reason}`, id, request)]],
  ]);
  const message = `document ${doc.id} moved from story ${from} to ${created ? 'new ' : ''}story ${to}`;
  return {
    result: { kind: 'move', correction: id, document: doc.id, from, to, created, by, reason, message },
    changes,
  };
}

/** Folds `from` into `into` (the first story named survives, whatever their ages); `from` redirects. */
async function merge(
  db: Kysely<DB>,
  request: Extract<CorrectionRequest, { kind: 'merge' }>,
): Promise<Corrected> {
  const { by, reason } = request;
  if (request.into === request.from)
    throw new NewsroomError('BAD_INPUT', `story ${request.into} cannot be merged into itself`);
  const into = await liveStory(db, request.into, 'story to merge into');
  const folded = await lockStory(db, request.from);
  if (!folded) throw new NewsroomError('NOT_FOUND', `story ${request.from} does not exist`);
  if (folded.mergedInto === into)
    throw new NewsroomError('BAD_INPUT', `story ${request.from} was already merged into story ${into}`);
  const from = await liveStory(db, request.from, 'story to merge');
  const id = await insertCorrection(db, {
    kind: 'merge',
    storyId: into,
    otherStoryId: from,
    documentIds: [],
    by,
    reason,
  });
  await appendVersion(db, from, [line(`Merged into story ${into} by ${by}: ${reason}`, id, request)]);
  await mergeStories(db, into, [from]);
  const changes = new Map([
    [into, [line(`Story ${from} merged into this one by ${by}: ${reason}`, id, request)]],
  ]);
  const message = `story ${from} merged into story ${into}; story ${from} now redirects to story ${into}`;
  return { result: { kind: 'merge', correction: id, into, from, by, reason, message }, changes };
}

/** Moves some documents of a story to a new story that inherits the original's change log. */
async function split(
  db: Kysely<DB>,
  request: Extract<CorrectionRequest, { kind: 'split' }>,
): Promise<Corrected> {
  const { by, reason } = request;
  const from = await liveStory(db, request.storyId, 'story to split');
  const ids = [...new Set(request.documentIds)];
  if (ids.length === 0) throw new NewsroomError('BAD_INPUT', 'name at least one document to split off');
  const docs = await documentsOf(db, ids);
  const elsewhere = docs.filter((doc) => doc.storyId !== from);
  if (elsewhere.length)
    throw new NewsroomError(
      'BAD_INPUT',
      `${elsewhere.map((doc) => `document ${doc.id} is in story ${doc.storyId}`).join(', ')}, not in story ${from}`,
    );
  if (docs.length === (await countDocuments(db, from)))
    throw new NewsroomError(
      'BAD_INPUT',
      `splitting off every document of story ${from} would leave it empty; keep at least one`,
    );
  const first = docs[0] as PlacedDocument;
  const to = await openStory(db, { title: first.title, incidentType: first.incidentType });
  const inherited = await inheritVersions(db, from, to);
  const id = await insertCorrection(db, {
    kind: 'split',
    storyId: from,
    otherStoryId: to,
    documentIds: docs.map((doc) => doc.id),
    by,
    reason,
  });
  await placeDocuments(
    db,
    docs.map((doc) => doc.id),
    to,
    { id, text: `split from story ${from} by ${by}: ${reason}` },
  );
  await separate(db, from, to, id);
  await refreshRange(db, from);
  await refreshRange(db, to);
  const range = inherited === 1 ? 'Version 1 above is' : `Versions 1–${inherited} above are`;
  const history = inherited ? ` ${range} story ${from}'s history before the split.` : '';
  const changes = new Map([
    [from, [line(`Split by ${by}: ${quoted(docs)} moved to story ${to}: ${reason}`, id, request)]],
    [to, [line(`Split from story ${from} by ${by}: ${reason}.${history}`, id, request)]],
  ]);
  const documents = docs.map((doc) => doc.id);
  const message = `document ${documents.join(', ')} split from story ${from} into new story ${to}`;
  return { result: { kind: 'split', correction: id, from, to, documents, by, reason, message }, changes };
}

/**
 * Applies an analyst's correction inside the caller's transaction and says which stories to
 * re-brief with which change-log lines. Pins the decision so that later correlation keeps it
 * (`pins.ts`). Refuses nonsense with a NewsroomError (unknown ids, a no-op, an emptied story, a
 * merged id).
 * @example await correctStories(trx, { kind: 'merge', into: 3, from: 7, by: 'alice', reason: 'same breach' })
 */
export async function correctStories(db: Kysely<DB>, request: CorrectionRequest): Promise<Corrected> {
  requireAttribution(request);
  const trimmed = { ...request, by: request.by.trim(), reason: request.reason.trim() };
  switch (trimmed.kind) {
    case 'move':
      return move(db, trimmed);
    case 'merge':
      return merge(db, trimmed);
    case 'split':
      return split(db, trimmed);
  }
}
