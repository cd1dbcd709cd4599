import { describeError } from '../../core/errors.js';
import { insertDocument } from '../../documents/repo.js';
import { ensureSource, logIngest } from '../../sources/repo.js';
import { correlateDocument } from '../../stories/correlate.js';
import type { Assignment } from '../../stories/cluster-types.js';
import type { IngestContext, PipelineDeps, Stage } from '../types.js';

/** What joining a story changed, for the story's next version. */
function noteChanges(
  context: IngestContext,
  assignment: Assignment,
  doc: { title: string; source: string },
): void {
  const list = context.changes.get(assignment.storyId) ?? [];
  for (const merged of assignment.merged) {
    list.push(...(context.changes.get(merged) ?? []));
    context.changes.delete(merged);
    list.push({
      kind: 'merged',
      text: `Story ${merged} merged into this one: "${doc.title}" reports both events as one.`,
    });
  }
  if (assignment.opened) list.push({ kind: 'opened', text: `First report: "${doc.title}" (${doc.source}).` });
  else if (assignment.nearDuplicateOf !== null)
    list.push({
      kind: 'copy',
      text: `Copy of an earlier report added: "${doc.title}" (${doc.source}); not counted as independent.`,
    });
  else
    list.push({ kind: 'source', text: `New report: "${doc.title}" (${doc.source}); ${assignment.reason}.` });
  context.changes.set(assignment.storyId, list);
}

/** correlate: store each document with its facts and assign it to a story, one transaction each. */
export const correlateStage: Stage = {
  name: 'correlate',
  async run(context: IngestContext, deps: PipelineDeps) {
    let done = 0;
    // Oldest first, so that the first report of an event opens its story; ties by URL (deterministic).
    const ordered = [...context.analysed].sort(
      (a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.url.localeCompare(b.url),
    );
    const mergedInto = new Map<number, number>();
    for (const doc of ordered) {
      try {
        const { assignment, sourceName } = await deps.db.transaction().execute(async (trx) => {
          const source = await ensureSource(trx, doc.domain, doc.sourceName);
          const documentId = await insertDocument(trx, {
            sourceId: source.id,
            feedId: doc.feedId,
            url: doc.url,
            title: doc.title,
            author: doc.author,
            published: doc.published,
            language: doc.language,
            text: doc.text,
            contentHash: doc.contentHash,
            extraction: doc.extraction,
          });
          const assignment = await correlateDocument(trx, {
            doc: {
              id: documentId,
              title: doc.title,
              text: doc.text,
              published: doc.published,
              sourceDomain: doc.domain,
              sourceName: source.name,
              extraction: doc.extraction,
            },
            incidentType: doc.extraction.classification.type,
          });
          return { assignment, sourceName: source.name };
        });
        const { storyId } = assignment;
        for (const merged of assignment.merged) {
          context.storyIds.delete(merged);
          mergedInto.set(merged, storyId);
        }
        noteChanges(context, assignment, { title: doc.title, source: sourceName });
        context.storyIds.add(storyId);
        context.ingested.push({ url: doc.url, title: doc.title, storyId, location: doc.location });
      } catch (error) {
        const message = describeError(error);
        context.errors.push({ location: doc.url, message });
        await logIngest(deps.db, { location: doc.url, feedId: doc.feedId, status: 'error', message });
      }
      context.onDocument?.(++done, context.analysed.length);
    }
    const surviving = (id: number): number => {
      let story = id;
      while (mergedInto.has(story)) story = mergedInto.get(story) ?? story;
      return story;
    };
    for (const item of context.ingested) item.storyId = surviving(item.storyId);
  },
};
