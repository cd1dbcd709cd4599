import { type CorrectionRequest, type CorrectionResult, correctStories } from '../stories/corrections.js';
import { assessStage, briefStage, publishStage, reconcileStage } from './stages/stories.js';
import { emptyContext, type IngestContext, type PipelineDeps } from './types.js';

/** The stages that rebuild a story from its documents: figures, scores, brief, a new version. */
const rebuild = [reconcileStage, assessStage, briefStage, publishStage] as const;

/**
 * Applies an analyst's correction (move, merge, split) and re-publishes every story it touched, in
 * one transaction: the pages, the API and `newsroom story` show the corrected stories at once, each
 * with a version saying who corrected it and why.
 * @example await applyCorrection(runtime, { kind: 'merge', into: 3, from: 7, by: 'alice', reason: 'same breach' })
 */
export async function applyCorrection(
  deps: PipelineDeps,
  request: CorrectionRequest,
): Promise<CorrectionResult> {
  return deps.db.transaction().execute(async (trx) => {
    const { result, changes } = await correctStories(trx, request);
    const context: IngestContext = { ...emptyContext(), storyIds: new Set(changes.keys()), changes };
    for (const stage of rebuild) await stage.run(context, { ...deps, db: trx });
    deps.log.info({ correction: result.correction, kind: result.kind, by: result.by }, result.message);
    return result;
  });
}
