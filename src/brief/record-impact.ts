import type { Assessment } from '../assess/types.js';
import type { Organisation, Technique, Vulnerability } from '../core/facts.js';
import type { ClaimSet, StoryBundle } from '../stories/types.js';
import { setCites, standing } from './record-claims.js';
import { adviceCue, operationalCue, systemsCue } from './record-cues.js';
import { type Named, type StorySentence, firstMatch, namedFacts, quotes } from './record-text.js';
import type { RecordEntry } from './record-types.js';
import { formatClaim } from './summary.js';

/** The defenders' action: a sentence about it describes a takedown, not the victims' outage. */
const enforcementAction = /\b(?:police|law enforcement|authorities|takedown|seized|dismantled)\b/i;

/** Initial access, and the floods of a denial of service (which needs no intrusion); not from advice. */
const vectorTechnique = (t: Technique): boolean =>
  (t.tactics.includes('initial-access') || /^T149[89]\b/.test(t.id)) && !adviceCue.test(t.evidence.text);

const vectorCues: readonly (readonly [string, RegExp])[] = [
  [
    'Phishing or social engineering',
    /\b(?:phishing|spear-?phishing|vishing|smishing|social engineering|malicious (?:e-?mails?|attachments?|links?))\b/i,
  ],
  [
    'Compromised software supply chain',
    /\b(?:trojani[sz]ed|backdoored|malicious) (?:updates?|packages?|releases?|versions?|libraries)\b/i,
  ],
];

function exploited(v: Vulnerability, assessment: Assessment): boolean {
  return assessment.kev.includes(v.id) || /\bexploit/i.test(v.evidence.text);
}

export function cveEntries(
  bundle: StoryBundle,
  assessment: Assessment,
  label: (id: string) => string,
  onlyExploited: boolean,
): RecordEntry[] {
  const vendors = namedFacts(
    bundle,
    (x) => x.organisations.filter((o) => o.role === 'vendor'),
    (o) => o.name,
  );
  const vendorOf = (v: Vulnerability, list: Named<Organisation>[]) =>
    list.find((o) => v.evidence.text.includes(o.fact.name))?.fact.name;
  return namedFacts(
    bundle,
    (x) => x.vulnerabilities,
    (v) => v.id,
  )
    .filter(({ fact }) => !onlyExploited || exploited(fact, assessment))
    .map(({ fact, cites }) => {
      const vendor = vendorOf(fact, vendors);
      const kev = assessment.kev.includes(fact.id) ? ', in CISA KEV' : '';
      return {
        text: `${label(fact.id)}${vendor ? ` (${vendor}${kev})` : kev ? ` (${kev.slice(2)})` : ''}`,
        evidence: fact.evidence.text,
        cites,
      };
    });
}

/** Initial-access (and flood) techniques, exploited CVEs, and phishing or supply-chain wording. */
export function attackVector(
  bundle: StoryBundle,
  assessment: Assessment,
  sentences: readonly StorySentence[],
): RecordEntry[] {
  const techniques = namedFacts(
    bundle,
    (x) => x.techniques.filter(vectorTechnique),
    (t) => t.id,
  ).map(({ fact, cites }) => ({ text: `${fact.id} ${fact.name}`, evidence: fact.evidence.text, cites }));
  const worded = vectorCues.flatMap(([text, cue]) => {
    const s = firstMatch(sentences, cue);
    return s ? [{ text, evidence: s.text, cites: s.cites }] : [];
  });
  const phishingTechnique = techniques.some((t) => t.text.startsWith('T1566'));
  return [
    ...techniques,
    ...cveEntries(bundle, assessment, (id) => `Exploitation of ${id}`, true),
    ...worded.filter((w) => !(phishingTechnique && w.text.startsWith('Phishing'))),
  ];
}

/** Sentences that describe outages, halts and disruption the victims suffered. */
export function operationalImpact(sentences: readonly StorySentence[]): RecordEntry[] {
  return quotes(sentences, operationalCue, enforcementAction);
}

/** Devices counted as compromised, products named with the CVEs, and sentences naming hit systems. */
export function systemsAffected(
  bundle: StoryBundle,
  claimSets: readonly ClaimSet[],
  assessment: Assessment,
  sentences: readonly StorySentence[],
): RecordEntry[] {
  const devices = claimSets
    .filter((s) => s.field === 'devices-compromised')
    .flatMap((set) => {
      const figure = standing(set);
      if (!figure) return [];
      const { value, unit, qualifier, evidence } = figure.value;
      return [
        {
          text: `${formatClaim(value, unit, qualifier)} compromised${figure.note}`,
          evidence,
          cites: setCites(bundle, set),
        },
      ];
    });
  const cves = cveEntries(bundle, assessment, (id) => id, false);
  const facts = [...devices, ...cves];
  // A sentence already quoted as a figure's or a CVE's evidence is not quoted twice.
  const shown = new Set(facts.map((f) => f.evidence));
  return [...facts, ...quotes(sentences, systemsCue, enforcementAction).filter((q) => !shown.has(q.text))];
}
