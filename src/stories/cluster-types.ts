import type { Extraction } from '../core/facts.js';

/**
 * What the same-event correlator reads of one document: its words, time, publisher and the specific
 * entities the extractors found. Pure data: the pipeline builds it from a stored document, the
 * benchmark from a generated one.
 */
export interface EventDoc {
  /** Document id; ids grow with ingest order and decide ties (deterministic results). */
  id: number;
  title: string;
  text: string;
  /** ISO time of publication, or null when unknown. */
  published: string | null;
  /** Registrable domain of the publisher ("bleepingcomputer.com"). */
  sourceDomain: string;
  /** The publisher's name ("BleepingComputer"): its own name is never evidence of an event. */
  sourceName?: string | null;
  extraction: Pick<
    Extraction,
    'vulnerabilities' | 'indicators' | 'actors' | 'malware' | 'organisations' | 'classification'
  > &
    Partial<Pick<Extraction, 'claims'>>;
}

/** Where the correlator put a document, and why. */
export interface Assignment {
  storyId: number;
  /** True when the document opened a new story. */
  opened: boolean;
  /** The earlier document this one is a syndicated or lightly rewritten copy of, if any. */
  nearDuplicateOf: number | null;
  /** Stories merged into `storyId` because this document bridged them (oldest kept). */
  merged: number[];
  /** Score of the best match (0 for a new story). */
  score: number;
  /** Human-readable reason: "shares CVE-2024-3400 and actor Volt Typhoon; text similarity 0.41". */
  reason: string;
}
