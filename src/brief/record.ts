import type { Assessment } from '../assess/types.js';
import { incidentTypes } from '../core/facts.js';
import type { ClaimSet, StoryBundle } from '../stories/types.js';
import { correctiveActions, rootCauses } from './record-causes.js';
import { financialLoss, setCites } from './record-claims.js';
import { affectedEntities } from './record-entities.js';
import { attackVector, operationalImpact, systemsAffected } from './record-impact.js';
import { investigationStatus, motivation, response } from './record-response.js';
import { explanation, impactScore, severityScore } from './record-scores.js';
import { citeSet, entries, namedFacts, quotable, storySentences } from './record-text.js';
import { type IncidentRecord, type OrUnknown, listOrUnknown, unknown } from './record-types.js';
import { citeOf, fieldLabel } from './summary.js';

/** The date of the event when the sources state one that stands, else the first report's month. */
function recordDate(bundle: StoryBundle, claimSets: readonly ClaimSet[]): IncidentRecord['date'] {
  const set =
    claimSets.find((s) => s.field === 'attack-date') ?? claimSets.find((s) => s.field === 'event-date');
  const current = set?.current;
  if (set && current && typeof current.value === 'string') {
    const value = current.value;
    const same = set.values.filter(
      (v) => value.startsWith(String(v.value)) || String(v.value).startsWith(value),
    );
    return {
      text: value,
      basis: 'event-date',
      note:
        set.status === 'revised'
          ? `${fieldLabel(set.field)}, as revised by a later report`
          : fieldLabel(set.field),
      evidence: current.evidence,
      cites: citeSet(same.map((v) => citeOf(bundle, v.documentId))),
    };
  }
  const first = bundle.documents.findIndex((doc) => doc.published);
  const published = bundle.documents[first]?.published;
  if (!published) return unknown;
  const disputed = set ? set.values.map((v) => String(v.value)).join(', ') : '';
  return {
    text: published.slice(0, 7),
    basis: 'first-report',
    note: set
      ? `month of the earliest report: the sources disagree on the event date (${disputed})`
      : 'month of the earliest report: no source dates the event',
    evidence: null,
    cites: citeSet([first + 1], set ? setCites(bundle, set) : []),
  };
}

/** The incident type the assessment settled on, cited to the reports classified as that type. */
function recordType(bundle: StoryBundle, assessment: Assessment): IncidentRecord['type'] {
  const cites: number[] = [];
  let evidence: string | null = null;
  bundle.documents.forEach((doc, index) => {
    const c = doc.extraction.classification;
    if (c.type !== assessment.incidentType) return;
    cites.push(index + 1);
    evidence ??= c.evidence.find((e) => quotable(e.text))?.text ?? null;
  });
  return {
    text: incidentTypes[assessment.incidentType],
    incidentType: assessment.incidentType,
    evidence,
    cites,
  };
}

/**
 * The incident record of a story: every field of a company-rating site's incident record, filled
 * only from the story's facts and sentences, each with its citation numbers (oldest report is 1,
 * as in `brief.sources`), or `'unknown'`. Pure: same bundle, claims and assessment, same record.
 * Scores: see `severityScore` and `impactScore` in record-scores.ts.
 * @example incidentRecord(bundle, reconcileClaims(bundle), assessment).motivation // 'unknown'
 */
export function incidentRecord(
  bundle: StoryBundle,
  claimSets: readonly ClaimSet[],
  assessment: Assessment,
): IncidentRecord {
  const sentences = storySentences(bundle);
  const type = recordType(bundle, assessment);
  const operations = operationalImpact(sentences);
  const exploitedCites = namedFacts(
    bundle,
    (x) => x.vulnerabilities,
    (v) => v.id,
  )
    .filter(({ fact }) => assessment.kev.includes(fact.id) || /\bexploit/i.test(fact.evidence.text))
    .flatMap((v) => v.cites);
  const severity = severityScore(assessment, citeSet(type.cites, exploitedCites));
  const impact = impactScore(bundle, claimSets, assessment, operations);
  const actors = namedFacts(
    bundle,
    (x) => x.actors,
    (a) => a.name,
  );
  // A ransomware group is also its encryptor's name: list it once, as the actor.
  const malware = namedFacts(
    bundle,
    (x) => x.malware,
    (m) => m.name,
  ).filter((m) => !actors.some((a) => a.fact.name === m.fact.name));
  // A non-incident (an outage from a faulty update, a funding round) has no attacker: fields about
  // one stay unknown whatever words the article uses ("ransomware-ready", "no MFA").
  const incident = assessment.incidentType !== 'not-an-incident';
  const attack = <T>(items: () => T[]): OrUnknown<T[]> => (incident ? listOrUnknown(items()) : unknown);
  return {
    id: `NR-${bundle.story.id}`,
    type,
    date: recordDate(bundle, claimSets),
    severity,
    impact,
    explanation: explanation(assessment, severity, impact),
    affectedEntities: listOrUnknown(affectedEntities(bundle, sentences)),
    attackVector: attack(() => attackVector(bundle, assessment, sentences)),
    impactDetails: {
      financialLoss: listOrUnknown(financialLoss(bundle, claimSets)),
      operationalImpact: listOrUnknown(operations),
      systemsAffected: listOrUnknown(systemsAffected(bundle, claimSets, assessment, sentences)),
    },
    investigationStatus: listOrUnknown(investigationStatus(sentences)),
    motivation: attack(() => motivation(sentences)),
    postIncidentAnalysis: {
      rootCauses: attack(() => rootCauses(bundle, assessment, sentences)),
      correctiveActions: listOrUnknown(correctiveActions(sentences)),
    },
    response: response(bundle, sentences),
    threatActors: attack(() => [
      ...entries(actors).map((e) => ({ ...e, kind: 'actor' as const })),
      ...entries(malware).map((e) => ({ ...e, kind: 'malware' as const })),
    ]),
    references: bundle.documents.map((doc, index) => ({
      n: index + 1,
      source: doc.source.name,
      title: doc.title,
      url: doc.url,
      published: doc.published,
    })),
  };
}
