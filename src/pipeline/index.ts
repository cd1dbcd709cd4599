import { logIngest } from '../sources/repo.js';
import { correlateStage } from './stages/correlate.js';
import { extractStage } from './stages/extract.js';
import { fetchStage } from './stages/fetch.js';
import { normaliseStage } from './stages/normalise.js';
import { parseStage } from './stages/parse.js';
import { assessStage, briefStage, publishStage, reconcileStage } from './stages/stories.js';
import type { IngestContext, IngestProblem, PipelineDeps, Stage } from './types.js';

/** The pipeline, in order. Each stage reads and extends the run's context. */
export const stages: readonly Stage[] = [
  fetchStage,
  parseStage,
  normaliseStage,
  extractStage,
  correlateStage,
  reconcileStage,
  assessStage,
  briefStage,
  publishStage,
];

export interface IngestSummary {
  ingested: { url: string; title: string; storyId: number; location: string }[];
  duplicates: IngestProblem[];
  errors: IngestProblem[];
  warnings: IngestProblem[];
  stories: number[];
  /** Milliseconds spent in each stage. */
  timings: Record<string, number>;
}

/**
 * Runs every stage over the given files, directories or URLs. Per-item failures are recorded
 * (in the summary and the ingest log) and never stop the rest of the batch.
 */
export async function runPipeline(
  locations: readonly string[],
  deps: PipelineDeps,
  onDocument?: (done: number, total: number) => void,
): Promise<IngestSummary> {
  const context: IngestContext = {
    locations: [...locations],
    resources: [],
    candidates: [],
    documents: [],
    analysed: [],
    storyIds: new Set(),
    stories: [],
    ingested: [],
    duplicates: [],
    errors: [],
    warnings: [],
    ...(onDocument ? { onDocument } : {}),
  };
  const timings: Record<string, number> = {};
  for (const stage of stages) {
    const started = performance.now();
    await stage.run(context, deps);
    timings[stage.name] = Math.round(performance.now() - started);
    deps.log.debug({ stage: stage.name, ms: timings[stage.name] }, 'stage done');
  }
  for (const location of context.locations) {
    const documents = context.ingested.filter(
      (doc) =>
        doc.location === location ||
        doc.location.startsWith(`${location}#`) ||
        doc.location.startsWith(`${location}/`),
    ).length;
    if (!context.errors.some((error) => error.location === location)) {
      const message = context.warnings
        .filter((warning) => warning.location === location || warning.location.startsWith(`${location}/`))
        .map((warning) => `${warning.location}: ${warning.message}`)
        .join('; ');
      await logIngest(deps.db, {
        location,
        status: documents ? 'ingested' : 'duplicate',
        documents,
        message,
      });
    }
  }
  return {
    ingested: context.ingested,
    duplicates: context.duplicates,
    errors: context.errors,
    warnings: context.warnings,
    stories: [...context.storyIds],
    timings,
  };
}
