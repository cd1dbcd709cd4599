import { type Claim, type IncidentType, saysNoIncident } from '../core/facts.js';
import type { Kb } from '../kb/types.js';
import { independentSources } from '../stories/corroboration.js';
import type { StoryBundle } from '../stories/types.js';
import { assessCvss, cveScores } from './cvss.js';
import { reportsExploitation } from './exploitation.js';
import { priorityOf, severityRaises, triageOf } from './priority.js';
import { type WatchList, emptyWatchList, relevance, watchMatches } from './relevance.js';
import { type Assessment, type Severity, severities } from './types.js';

/** Severity before raises, per incident type. */
export const baseSeverity: Record<IncidentType, Severity> = {
  ransomware: 'HIGH',
  'data-breach': 'HIGH',
  ddos: 'MEDIUM',
  'vulnerability-exploitation': 'HIGH',
  'supply-chain': 'HIGH',
  espionage: 'HIGH',
  'malware-campaign': 'MEDIUM',
  'law-enforcement': 'MEDIUM',
  'phishing-fraud': 'MEDIUM',
  advisory: 'LOW',
  'not-an-incident': 'INFO',
};

/**
 * An advisory that names a threat actor or a malware family is about an active campaign, not
 * generic guidance: it starts at this severity instead of its base.
 */
export const campaignAdvisorySeverity: Severity = 'MEDIUM';

/** The first threat actor or malware family the story's reports name, as "actor X" or "malware Y". */
function campaignOf(bundle: StoryBundle): string | null {
  for (const doc of bundle.documents) {
    const actor = doc.extraction.actors[0];
    if (actor) return `actor ${actor.name}`;
    const malware = doc.extraction.malware[0];
    if (malware) return `malware ${malware.name}`;
  }
  return null;
}

function raise(severity: Severity): Severity {
  return severities[Math.max(0, severities.indexOf(severity) - 1)] ?? severity;
}

function claims(bundle: StoryBundle): Claim[] {
  return bundle.documents.flatMap((doc) => doc.extraction.claims);
}

/** Breadth reaches 1 at 10^8 devices, records or people, at 10^4 victims, at 5 Tbps of flood. */
export const breadthScale = { countDecades: 8, victimDecades: 4, tbps: 5 } as const;

/** The largest breadth figure the sources state, scaled 0–1 (log scale for counts, Tbps for floods). */
function breadth(bundle: StoryBundle): { value: number; reason: string } {
  let value = 0;
  let largest = 0;
  let reason = 'no figures on devices, records, people or victims';
  for (const claim of claims(bundle)) {
    if (typeof claim.value !== 'number') continue;
    let scaled = 0;
    if (['devices-compromised', 'records-affected', 'people-affected'].includes(claim.field)) {
      scaled = Math.min(1, Math.log10(Math.max(1, claim.value)) / breadthScale.countDecades);
    } else if (claim.field === 'victims')
      scaled = Math.min(1, Math.log10(Math.max(1, claim.value)) / breadthScale.victimDecades);
    else if (claim.field === 'attack-bandwidth') scaled = Math.min(1, claim.value / breadthScale.tbps);
    // Past the cap the larger figure is still the one to cite (a revised count, not the first one).
    if (scaled > value || (scaled > 0 && scaled === value && claim.value > largest)) {
      value = scaled;
      largest = claim.value;
      reason = `${claim.field}: ${claim.value.toLocaleString('en-US')} ${claim.unit}`;
    }
  }
  return { value, reason };
}

/**
 * Severity, CVSS, priority with each factor's contribution, and triage level of a story.
 * Pure: `now`, the KB and the watch list are passed in, so the same input always gives the same output.
 *
 * @example
 * assessStory(bundle, kb, new Date(), playbook.escalation, { vendors: ['Ivanti'], products: [], sectors: [] });
 */
export function assessStory(
  bundle: StoryBundle,
  kb: Kb,
  now: Date,
  escalation: readonly string[],
  watch: WatchList = emptyWatchList,
): Assessment {
  const type = bundle.story.incidentType;
  // No incident is a finding only when a report says what else it is (a launch, an outage); a
  // story whose reports name no kind of event at all is an incident of unknown kind, ranked as one.
  const shownNoIncident = bundle.documents.some((doc) => saysNoIncident(doc.extraction.classification));
  const incident = type !== 'not-an-incident' || !shownNoIncident;
  const reasons: string[] = [`${type}: base ${baseSeverity[type]}`];
  if (type === 'not-an-incident' && incident)
    reasons.push('no report says what kind of event this is, or that it is none: ranked as an incident');
  let severity = baseSeverity[type];
  const campaign = type === 'advisory' ? campaignOf(bundle) : null;
  if (campaign) {
    severity = campaignAdvisorySeverity;
    reasons.push(`an advisory about an active campaign (${campaign}): ${severity}`);
  }
  const cves = cveScores(bundle, kb);
  const kev = cves.filter((c) => c.kev === true).map((c) => c.id);
  const exploitedSentence = bundle.documents
    .flatMap((doc) => doc.extraction.vulnerabilities.map((v) => v.evidence.text))
    .find(reportsExploitation);
  const exploited = kev.length > 0 || exploitedSentence !== undefined;
  const wide = breadth(bundle);
  if (incident) {
    if (exploited) {
      severity = raise(severity);
      reasons.push(
        kev.length ? `in CISA KEV: ${kev.join(', ')}` : 'a source reports exploitation in the wild',
      );
    }
    if (wide.value >= severityRaises.wideImpact) {
      severity = raise(severity);
      reasons.push(`wide impact (${wide.reason})`);
    }
  }
  const cvss = assessCvss(type, severity, cves);
  if (!cvss.estimated && cvss.score >= severityRaises.statedCvss && severity !== 'CRITICAL' && incident) {
    severity = raise(severity);
    reasons.push(`stated CVSS ${cvss.score}`);
  }
  const newest = Date.parse(bundle.story.lastPublished ?? '') || now.getTime();
  const matches = watchMatches(bundle, watch);
  const input = {
    incident,
    severity,
    exploited,
    kev,
    cveCount: cves.length,
    ageDays: Math.max(0, (now.getTime() - newest) / 86_400_000),
    independentSources: independentSources(bundle.documents, bundle.documents).length,
    hasT1: bundle.documents.some((doc) => doc.source.tier === 'T1'),
    breadth: wide,
    relevance: relevance(matches, watch),
    watchedTechnology: matches.some((m) => m.kind !== 'sector'),
  };
  const priority = priorityOf(input);
  const triage = triageOf(input, priority.score);
  return {
    incidentType: type,
    severity,
    severityReasons: reasons,
    cvss,
    priority,
    triage: { ...triage, escalation: incident ? [...escalation] : [] },
    kev,
    exploited,
  };
}
