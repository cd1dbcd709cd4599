import type { Claim, IncidentType } from '../core/facts.js';
import type { Kb } from '../kb/types.js';
import { independentSources } from '../stories/corroboration.js';
import type { StoryBundle } from '../stories/types.js';
import { assessCvss } from './cvss.js';
import {
  type Assessment,
  type PriorityFactor,
  type Severity,
  type TriageLevel,
  severities,
} from './types.js';

const baseSeverity: Record<IncidentType, Severity> = {
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

const severityValue: Record<Severity, number> = { CRITICAL: 1, HIGH: 0.75, MEDIUM: 0.5, LOW: 0.25, INFO: 0 };

function raise(severity: Severity): Severity {
  return severities[Math.max(0, severities.indexOf(severity) - 1)] ?? severity;
}

const exploitedCue =
  /\b(?:exploited in the wild|actively exploited|active exploitation|under (?:active )?exploitation|zero-day)\b/i;

function claims(bundle: StoryBundle): Claim[] {
  return bundle.documents.flatMap((doc) => doc.extraction.claims);
}

/** The largest breadth figure the sources state, scaled 0–1 (log scale for counts, Tbps for floods). */
function breadth(bundle: StoryBundle): { value: number; reason: string } {
  let value = 0;
  let largest = 0;
  let reason = 'no figures on devices, records, people or victims';
  for (const claim of claims(bundle)) {
    if (typeof claim.value !== 'number') continue;
    let scaled = 0;
    if (['devices-compromised', 'records-affected', 'people-affected'].includes(claim.field)) {
      scaled = Math.min(1, Math.log10(Math.max(1, claim.value)) / 8);
    } else if (claim.field === 'victims') scaled = Math.min(1, Math.log10(Math.max(1, claim.value)) / 4);
    else if (claim.field === 'attack-bandwidth') scaled = Math.min(1, claim.value / 5);
    // Past the cap the larger figure is still the one to cite (a revised count, not the first one).
    if (scaled > value || (scaled > 0 && scaled === value && claim.value > largest)) {
      value = scaled;
      largest = claim.value;
      reason = `${claim.field}: ${claim.value.toLocaleString('en-US')} ${claim.unit}`;
    }
  }
  return { value, reason };
}

function factor(name: PriorityFactor['name'], weight: number, value: number, reason: string): PriorityFactor {
  const rounded = Math.round(value * 1000) / 1000;
  return { name, weight, value: rounded, contribution: Math.round(weight * rounded * 1000) / 1000, reason };
}

/**
 * Severity, CVSS, priority with each factor's contribution, and triage level of a story.
 * `now` is passed in so the same input always gives the same output.
 */
export function assessStory(
  bundle: StoryBundle,
  kb: Kb,
  now: Date,
  escalation: readonly string[],
): Assessment {
  const type = bundle.story.incidentType;
  const reasons: string[] = [`${type}: base ${baseSeverity[type]}`];
  let severity = baseSeverity[type];
  const cves = [
    ...new Set(bundle.documents.flatMap((doc) => doc.extraction.vulnerabilities.map((v) => v.id))),
  ];
  const kev = cves.filter((id) => kb.kev.has(id));
  const exploitedSentence = bundle.documents
    .flatMap((doc) => doc.extraction.vulnerabilities.map((v) => v.evidence.text))
    .find((text) => exploitedCue.test(text));
  const exploited = kev.length > 0 || exploitedSentence !== undefined;
  const wide = breadth(bundle);
  if (type !== 'not-an-incident') {
    if (exploited) {
      severity = raise(severity);
      reasons.push(
        kev.length ? `in CISA KEV: ${kev.join(', ')}` : 'a source reports exploitation in the wild',
      );
    }
    if (wide.value >= 0.75) {
      severity = raise(severity);
      reasons.push(`wide impact (${wide.reason})`);
    }
  }
  const cvss = assessCvss(bundle, type, severity);
  if (!cvss.estimated && cvss.score >= 9 && severity !== 'CRITICAL' && type !== 'not-an-incident') {
    severity = raise(severity);
    reasons.push(`stated CVSS ${cvss.score}`);
  }
  const independent = new Set(independentSources(bundle.documents, bundle.documents));
  const hasT1 = bundle.documents.some((doc) => doc.source.tier === 'T1');
  const newest = Date.parse(bundle.story.lastPublished ?? '') || now.getTime();
  const ageDays = Math.max(0, (now.getTime() - newest) / 86_400_000);
  const incident = type !== 'not-an-incident';
  const factors = [
    factor('severity', 0.35, severityValue[severity], severity),
    factor(
      'exploitation',
      0.2,
      incident ? (exploited ? 1 : cves.length ? 0.4 : 0) : 0,
      exploited
        ? kev.length
          ? `in KEV: ${kev.join(', ')}`
          : 'exploitation reported'
        : cves.length
          ? 'CVE named, exploitation not reported'
          : 'no CVE',
    ),
    factor(
      'recency',
      0.15,
      incident ? Math.exp(-ageDays / 30) : 0,
      `${Math.round(ageDays)} days since the latest report`,
    ),
    factor(
      'corroboration',
      0.15,
      incident ? (hasT1 ? 1 : Math.min(1, independent.size / 3)) : 0,
      `${independent.size} independent source${independent.size === 1 ? '' : 's'}${hasT1 ? ', incl. a T1 authority' : ''}`,
    ),
    factor('breadth', 0.15, incident ? wide.value : 0, wide.reason),
  ];
  const score = incident ? Math.round(factors.reduce((sum, f) => sum + f.contribution, 0) * 1000) / 1000 : 0;
  const level: TriageLevel = !incident
    ? 'DEFERRED'
    : score >= 0.7 || (severity === 'CRITICAL' && exploited)
      ? 'IMMEDIATE'
      : score >= 0.5 || exploited
        ? 'URGENT'
        : score >= 0.3
          ? 'ROUTINE'
          : 'DEFERRED';
  const why = [
    severity,
    exploited ? (kev.length ? 'actively exploited, in KEV' : 'exploitation reported') : null,
    `${independent.size} source${independent.size === 1 ? '' : 's'}`,
    wide.value >= 0.5 ? wide.reason : null,
  ].filter(Boolean);
  return {
    incidentType: type,
    severity,
    severityReasons: reasons,
    cvss,
    priority: { score, factors },
    triage: {
      level,
      reason: incident ? `${level}: ${why.join(', ')}` : `${level}: not an incident`,
      escalation: incident ? [...escalation] : [],
    },
    kev,
    exploited,
  };
}
