import type { StoryBundle } from '../stories/types.js';
import {
  assistanceCue,
  containmentCue,
  investigationCues,
  lawEnforcementAgencies,
  lawEnforcementCue,
  motivationCues,
  policeName,
  remediationCue,
  unnamedResponderCue,
} from './record-cues.js';
import { type StorySentence, entries, firstMatch, namedFacts, quotes, says } from './record-text.js';
import {
  type IncidentRecord,
  type InvestigationStatus,
  type Motivation,
  type RecordEntry,
  listOrUnknown,
  unknown,
} from './record-types.js';

/** Each investigation milestone a source states (ongoing, takedown, arrests, charges, sanctions, concluded). */
export function investigationStatus(sentences: readonly StorySentence[]): RecordEntry<InvestigationStatus>[] {
  return investigationCues.flatMap(([status, cue]) => {
    const s = firstMatch(sentences, cue);
    return s ? [{ text: status, evidence: s.text, cites: s.cites }] : [];
  });
}

/** Each motive a source states in words; never inferred from who the actor is. */
export function motivation(sentences: readonly StorySentence[]): RecordEntry<Motivation>[] {
  const found: RecordEntry<Motivation>[] = [];
  for (const [motive, cue, unless] of motivationCues) {
    if (found.some((f) => f.text === motive)) continue;
    const s = firstMatch(sentences, cue, unless);
    if (s) found.push({ text: motive, evidence: s.text, cites: s.cites });
  }
  return found;
}

const isLawEnforcement = (name: string): boolean => lawEnforcementAgencies.has(name) || policeName.test(name);

/** 'yes' with the law-enforcement agencies named, or with 'law enforcement' when a sentence says so unnamed. */
function lawEnforcement(
  bundle: StoryBundle,
  sentences: readonly StorySentence[],
): IncidentRecord['response']['lawEnforcementNotified'] {
  const agencies = namedFacts(
    bundle,
    (x) => x.organisations.filter((o) => o.role === 'agency' && isLawEnforcement(o.name)),
    (o) => o.name,
  );
  if (agencies.length) return { notified: 'yes', agencies: entries(agencies) };
  const s = firstMatch(sentences, lawEnforcementCue);
  return s
    ? {
        notified: 'yes',
        agencies: [{ text: 'law enforcement (agency not named)', evidence: s.text, cites: s.cites }],
      }
    : unknown;
}

/**
 * Security companies and (non-police) agencies named in a sentence of help, support or partnership,
 * and unnamed outside responders. Police are law enforcement, not third-party help.
 */
function thirdParty(bundle: StoryBundle, sentences: readonly StorySentence[]): RecordEntry[] {
  const helpers = (role: string, name: string) =>
    role === 'security-company' || (role === 'agency' && !isLawEnforcement(name));
  const companies = namedFacts(
    bundle,
    (x) => x.organisations.filter((o) => helpers(o.role, o.name)),
    (o) => o.name,
  ).flatMap(({ fact }) => {
    // The sentence that named it (under any alias), or a later one using its canonical name.
    const s = sentences.find(
      (x) => (x.text === fact.evidence.text || x.text.includes(fact.name)) && says(x.text, assistanceCue),
    );
    return s ? [{ text: fact.name, evidence: s.text, cites: s.cites }] : [];
  });
  const unnamed = firstMatch(sentences, unnamedResponderCue);
  if (unnamed && companies.some((c) => c.evidence === unnamed.text)) return companies;
  return [
    ...companies,
    ...(unnamed
      ? [{ text: 'outside responders (not named)', evidence: unnamed.text, cites: unnamed.cites }]
      : []),
  ];
}

/** Containment, law enforcement, remediation and third-party help, each from what the sources say. */
export function response(
  bundle: StoryBundle,
  sentences: readonly StorySentence[],
): IncidentRecord['response'] {
  return {
    containment: listOrUnknown(quotes(sentences, containmentCue)),
    lawEnforcementNotified: lawEnforcement(bundle, sentences),
    remediation: listOrUnknown(quotes(sentences, remediationCue)),
    thirdPartyAssistance: listOrUnknown(thirdParty(bundle, sentences)),
  };
}
