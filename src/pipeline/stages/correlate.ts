import { describeError } from '../../core/errors.js';
import { insertDocument } from '../../documents/repo.js';
import { ensureSource, logIngest } from '../../sources/repo.js';
import { correlateDocument } from '../../stories/correlate.js';
import type { IngestContext, PipelineDeps, Stage } from '../types.js';

/** correlate: store each document with its facts and assign it to a story, one transaction each. */
export const correlateStage: Stage = {
  name: 'correlate',
  async run(context: IngestContext, deps: PipelineDeps) {
    let done = 0;
    for (const doc of context.analysed) {
      try {
        const storyId = await deps.db.transaction().execute(async (trx) => {
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
          return correlateDocument(trx, {
            documentId,
            title: doc.title,
            incidentType: doc.extraction.classification.type,
            published: doc.published,
          });
        });
        context.storyIds.add(storyId);
        context.ingested.push({ url: doc.url, title: doc.title, storyId, location: doc.location });
      } catch (error) {
        const message = describeError(error);
        context.errors.push({ location: doc.url, message });
        await logIngest(deps.db, { location: doc.url, feedId: doc.feedId, status: 'error', message });
      }
      context.onDocument?.(++done, context.analysed.length);
    }
  },
};
