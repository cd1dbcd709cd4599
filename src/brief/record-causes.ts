import type { Assessment } from '../assess/types.js';
import type { StoryBundle } from '../stories/types.js';
import { correctiveCue, rootCauseCues } from './record-cues.js';
import { cveEntries } from './record-impact.js';
import { type StorySentence, firstMatch, namedFacts, quotes } from './record-text.js';
import type { RecordEntry } from './record-types.js';

/** Exploited CVEs, weaknesses (CWE) and causes stated in words: default or stolen credentials, no MFA. */
export function rootCauses(
  bundle: StoryBundle,
  assessment: Assessment,
  sentences: readonly StorySentence[],
): RecordEntry[] {
  const weaknesses = namedFacts(
    bundle,
    (x) => x.weaknesses,
    (w) => w.id,
  ).map(({ fact, cites }) => ({
    text: `${fact.id} ${fact.name}`,
    evidence: fact.evidence.text,
    cites,
  }));
  const worded = rootCauseCues.flatMap(([text, cue]) => {
    const s = firstMatch(sentences, cue);
    return s ? [{ text, evidence: s.text, cites: s.cites }] : [];
  });
  return [...cveEntries(bundle, assessment, (id) => `Exploited ${id}`, true), ...weaknesses, ...worded];
}

/** Sentences that say what was fixed: patches released or applied, credentials reset, MFA enforced. */
export function correctiveActions(sentences: readonly StorySentence[]): RecordEntry[] {
  return quotes(sentences, correctiveCue);
}
