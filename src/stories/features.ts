import type { IncidentType } from '../core/facts.js';
import { otherIncident } from '../extract/date-context.js';
import type { EventDoc } from './cluster-types.js';
import { eventKeys, mainActor, topicWords, victimMentions } from './event-keys.js';
import { isRoundup } from './roundup.js';
import { bandKeys, hashString, minhash, shingles, words } from './minhash.js';

/** What the correlator keeps of each document: stored beside it, compared with later ones. */
export interface EventFeatures {
  documentId: number;
  /** Epoch milliseconds, or null when unknown. */
  published: number | null;
  sourceDomain: string;
  /** The report's incident type (absent in features stored before types were kept). */
  type?: IncidentType;
  /** No sentence describes an incident ("no incident cues strong enough"): typed by nothing. */
  uncued?: true;
  /** Sorted, unique `kind:value` keys (see event-keys.ts). */
  keys: string[];
  /** The keys named in the title, the lead or more than once. */
  salient: string[];
  /** The keys its title names (absent in features stored before titles were kept). */
  titled?: string[];
  /** When the attack happened, as the report says (typed attack dates: YYYY, YYYY-MM or YYYY-MM-DD). */
  attackDates?: string[];
  /** The actor it names most (`mainActor` in event-keys.ts). */
  mainActor?: string;
  /** The victims it names and how often, most first (`victimMentions` in event-keys.ts). */
  victims?: [string, number][];
  /** Its headline lists several events (`roundup.ts`): only its copies join it. */
  roundup?: boolean;
  /** It sets its incident beside an earlier one ("the second breach this year"): its dates recall no story. */
  secondIncident?: boolean;
  /** When the event happened or was found, as the report says (typed attack and discovery dates). */
  eventDates?: string[];
  /** MinHash of the body's 4-word shingles: near-duplicates (syndicated or lightly edited copies). */
  copy: number[];
  /** MinHash of the title's and body's content words: what the report is about. */
  topic: number[];
  /** LSH bands of `copy`, for candidate retrieval. */
  bands: number[];
}

/** The distinct dates a report's claims give these fields. */
function datesOf(doc: EventDoc, fields: readonly string[]): string[] {
  const claims = doc.extraction.claims ?? [];
  return [
    ...new Set(
      claims
        .filter((c) => fields.includes(c.recalls ?? c.field) && typeof c.value === 'string')
        .map((c) => String(c.value)),
    ),
  ];
}

/**
 * Features of one document. Pure and deterministic.
 * @example eventFeatures(doc).keys // ['actor:lockbit', 'cve:CVE-2023-4966', …]
 */
export function eventFeatures(doc: EventDoc): EventFeatures {
  const body = words(doc.text);
  const copy = minhash(shingles(body, 4));
  const topic = minhash(new Set(topicWords([...words(doc.title), ...body]).map(hashString)));
  const { keys, salient, titled } = eventKeys(doc);
  const main = mainActor(doc);
  const victims = victimMentions(doc);
  const time = doc.published ? Date.parse(doc.published) : NaN;
  return {
    documentId: doc.id,
    published: Number.isNaN(time) ? null : time,
    sourceDomain: doc.sourceDomain,
    // A type no sentence supports ("no incident cues strong enough") is unknown, not a conflict.
    ...(doc.extraction.classification.evidence.length
      ? { type: doc.extraction.classification.type }
      : doc.extraction.classification.type === 'not-an-incident'
        ? { uncued: true as const }
        : {}),
    keys,
    salient,
    titled,
    ...(isRoundup(doc.title) ? { roundup: true } : {}),
    ...(otherIncident.test(doc.text) ? { secondIncident: true } : {}),
    ...(main ? { mainActor: main } : {}),
    ...(victims.length ? { victims } : {}),
    attackDates: datesOf(doc, ['attack-date']),
    eventDates: datesOf(doc, ['attack-date', 'discovery-date']),
    copy,
    topic,
    bands: bandKeys(copy),
  };
}
