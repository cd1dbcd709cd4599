import { textLines, withoutBoilerplate } from './boilerplate.js';
import type { Assignment, EventDoc } from './cluster-types.js';
import { keyId } from './event-keys.js';
import { eventFeatures, type EventFeatures } from './features.js';
import { decide, postingLimit, retrievalKeys, type Candidate } from './same-event.js';

export interface Correlator {
  /** Places one document (in id order) and remembers it for later ones. */
  add(doc: EventDoc): Assignment;
  /** Work done so far: documents placed, candidate documents compared (for benchmarks). */
  stats(): { documents: number; candidates: number };
}

/** Adds the last `limit` ids of a posting list to `ids` (no copy of the list). */
function addRecent(ids: Set<number>, list: readonly number[] | undefined, limit: number): void {
  if (!list) return;
  for (let i = Math.max(0, list.length - limit); i < list.length; i++) ids.add(list[i] as number);
}

/**
 * The same-event correlator over an in-memory index (benchmarks, the accuracy harness). The
 * pipeline uses the same `decide` over a PostgreSQL index (`correlate.ts`).
 * @example createMemoryCorrelator().add(doc).opened // true for the first report of an event
 */
export function createMemoryCorrelator(): Correlator {
  const docs = new Map<number, EventFeatures>();
  const storyOfDoc = new Map<number, number>();
  const mergedInto = new Map<number, number>();
  const postings = new Map<string | number, number[]>();
  let nextStory = 1;
  let compared = 0;
  /** Per source domain, the fingerprints of the lines it has printed (its boilerplate once repeated). */
  const printed = new Map<string, Set<string>>();
  const readable = (doc: EventDoc): EventDoc => {
    const seen = printed.get(doc.sourceDomain) ?? new Set<string>();
    printed.set(doc.sourceDomain, seen);
    const lines = textLines(doc.text);
    const known = new Set<string>();
    for (const { fingerprint } of lines) {
      if (seen.has(fingerprint)) known.add(fingerprint);
      else seen.add(fingerprint);
    }
    return withoutBoilerplate(doc, known, lines);
  };

  const storyOf = (id: number): number => {
    let story = storyOfDoc.get(id) ?? 0;
    while (mergedInto.has(story)) story = mergedInto.get(story) ?? story;
    return story;
  };

  return {
    add(doc) {
      const features = eventFeatures(readable(doc));
      const ids = new Set<number>();
      const keys = [...new Set(features.keys.map(keyId))];
      const frequency = (key: string | number): number => postings.get(key)?.length ?? 0;
      for (const key of [...features.bands, ...retrievalKeys(keys, frequency)])
        addRecent(ids, postings.get(key), postingLimit);
      const candidates: Candidate[] = [...ids]
        .sort((a, b) => a - b)
        .map((id) => ({ features: docs.get(id) as EventFeatures, storyId: storyOf(id) }));
      compared += candidates.length;
      const decision = decide(features, candidates, frequency, docs.size);
      const [storyId = nextStory++, ...merged] = decision.stories;
      for (const other of merged) mergedInto.set(other, storyId);
      docs.set(doc.id, features);
      storyOfDoc.set(doc.id, storyId);
      for (const key of [...keys, ...features.bands]) {
        const list = postings.get(key) ?? [];
        list.push(doc.id);
        postings.set(key, list);
      }
      return {
        storyId,
        opened: decision.stories.length === 0,
        nearDuplicateOf: decision.nearDuplicateOf,
        merged,
        score: decision.score,
        reason: decision.reason,
      };
    },
    stats: () => ({ documents: docs.size, candidates: compared }),
  };
}
