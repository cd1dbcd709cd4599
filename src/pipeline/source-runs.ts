import { type RunTally, recordSourceRuns } from '../sources/health-repo.js';
import { sourceDomain } from '../sources/url.js';
import type { IngestContext, PipelineDeps } from './types.js';

/**
 * What this run brought from each source domain (stored documents and exact duplicates), and the
 * feed URLs it polled without an error (a poll that brought nothing still counts as a poll).
 */
export function tallyRun(context: IngestContext): { tallies: Map<string, RunTally>; polled: string[] } {
  const tallies = new Map<string, RunTally>();
  const tally = (url: string) => {
    const domain = sourceDomain(url);
    const entry = tallies.get(domain) ?? { ingested: 0, duplicates: 0 };
    tallies.set(domain, entry);
    return entry;
  };
  for (const doc of context.ingested) tally(doc.url).ingested++;
  for (const duplicate of context.duplicates) tally(duplicate.location).duplicates++;
  const failed = new Set(context.errors.map((error) => error.location));
  const polled = context.locations.filter(
    (location) => /^https?:\/\//i.test(location) && !failed.has(location),
  );
  return { tallies, polled };
}

/** Records the run for source health (items per poll, duplicate ratio); never fails the run. */
export async function recordRunSources(context: IngestContext, deps: PipelineDeps): Promise<void> {
  const { tallies, polled } = tallyRun(context);
  try {
    await recordSourceRuns(deps.db, deps.now(), tallies, polled);
  } catch (error) {
    deps.log.warn({ err: error }, 'unable to record source runs');
  }
}
