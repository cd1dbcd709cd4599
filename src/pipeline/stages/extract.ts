import { extractFacts } from '../../extract/index.js';
import type { IngestContext, PipelineDeps, Stage } from '../types.js';

/** extract: pure extractors over each document's clean text, reference data passed in. */
export const extractStage: Stage = {
  name: 'extract',
  run(context: IngestContext, deps: PipelineDeps) {
    for (const doc of context.documents) {
      const extraction = extractFacts(doc.text, {
        kb: deps.kb,
        title: doc.title,
        published: doc.published,
        url: doc.url,
        ownDomains: doc.domain === 'local' ? [] : [doc.domain],
      });
      context.analysed.push({ ...doc, extraction });
    }
    return Promise.resolve();
  },
};
