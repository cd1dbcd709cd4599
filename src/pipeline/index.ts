import { logIngest } from '../sources/repo.js';
import { correlateStage } from './stages/correlate.js';
import { extractStage } from './stages/extract.js';
import { fetchStage } from './stages/fetch.js';
import { normaliseStage } from './stages/normalise.js';
import { parseStage } from './stages/parse.js';
import { recordRunSources } from './source-runs.js';
import { assessStage, briefStage, publishStage, reconcileStage } from './stages/stories.js';
import {
  emptyContext,
  type IngestContext,
  type IngestProblem,
  type PipelineDeps,
  type Stage,
} from './types.js';

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

/** Is `item` (a file under a directory, a feed item `feed#link`) part of the ingested `location`? */
function within(location: string, item: string): boolean {
  let base = location;
  while (base.length > 1 && base.endsWith('/')) base = base.slice(0, -1);
  return item === base || item.startsWith(`${base}#`) || item.startsWith(`${base}/`);
}

/** One ingest-log row per location given, unless a stage already logged its failure or a 304. */
async function logOutcomes(context: IngestContext, deps: PipelineDeps): Promise<void> {
  for (const location of context.locations) {
    if (context.errors.some((error) => error.location === location) || context.notModified.includes(location))
      continue;
    const documents = context.ingested.filter((doc) => within(location, doc.location)).length;
    const duplicates = context.duplicates.filter((dup) => within(location, dup.location)).length;
    const notes = context.warnings
      .filter((warning) => within(location, warning.location))
      .map((warning) => `${warning.location}: ${warning.message}`);
    if (documents === 0 && duplicates === 0) notes.push('nothing to ingest');
    await logIngest(deps.db, {
      location,
      status: documents === 0 && duplicates > 0 ? 'duplicate' : 'ingested',
      documents,
      message: notes.join('; '),
    });
  }
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
  const context: IngestContext = { ...emptyContext(locations), ...(onDocument ? { onDocument } : {}) };
  const timings: Record<string, number> = {};
  for (const stage of stages) {
    const started = performance.now();
    await stage.run(context, deps);
    timings[stage.name] = Math.round(performance.now() - started);
    deps.log.debug({ stage: stage.name, ms: timings[stage.name] }, 'stage done');
  }
  await logOutcomes(context, deps);
  await recordRunSources(context, deps);
  return {
    ingested: context.ingested,
    duplicates: context.duplicates,
    errors: context.errors,
    warnings: context.warnings,
    stories: [...context.storyIds],
    timings,
  };
}
