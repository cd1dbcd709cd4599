import type { EventDoc } from './cluster-types.js';
import { eventKeys, topicWords } from './event-keys.js';
import { bandKeys, hashString, minhash, shingles, words } from './minhash.js';

/** What the correlator keeps of each document: stored beside it, compared with later ones. */
export interface EventFeatures {
  documentId: number;
  /** Epoch milliseconds, or null when unknown. */
  published: number | null;
  sourceDomain: string;
  /** Sorted, unique `kind:value` keys (see event-keys.ts). */
  keys: string[];
  /** The keys named in the title, the lead or more than once. */
  salient: string[];
  /** MinHash of the body's 4-word shingles: near-duplicates (syndicated or lightly edited copies). */
  copy: number[];
  /** MinHash of the title's and body's content words: what the report is about. */
  topic: number[];
  /** LSH bands of `copy`, for candidate retrieval. */
  bands: number[];
}

/**
 * Features of one document. Pure and deterministic.
 * @example eventFeatures(doc).keys // ['actor:lockbit', 'cve:CVE-2023-4966', …]
 */
export function eventFeatures(doc: EventDoc): EventFeatures {
  const body = words(doc.text);
  const copy = minhash(shingles(body, 4));
  const topic = minhash(new Set(topicWords([...words(doc.title), ...body]).map(hashString)));
  const { keys, salient } = eventKeys(doc);
  const time = doc.published ? Date.parse(doc.published) : NaN;
  return {
    documentId: doc.id,
    published: Number.isNaN(time) ? null : time,
    sourceDomain: doc.sourceDomain,
    keys,
    salient,
    copy,
    topic,
    bands: bandKeys(copy),
  };
}
