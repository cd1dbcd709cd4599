import type { IncidentType } from '../core/facts.js';
import type { StoryBundle } from '../stories/types.js';
import type { Cvss, Severity } from './types.js';

const scoreNearCvss =
  /CVSS(?:v?\d(?:\.\d)?)?[^.\d]{0,40}(10(?:\.0)?|\d\.\d)\b|\b(10\.0|\d\.\d)(?: out of 10)?\s+on the CVSS/i;
const vectorPattern = /CVSS:[34]\.\d\/(?:[A-Z]{1,3}:[A-Z]\/?){6,}/;

/** Scores a source stated in the sentence naming a CVE ("rated 10.0 on the CVSS scale"). */
export function statedCvss(bundle: StoryBundle): Cvss | null {
  let best: Cvss | null = null;
  for (const doc of bundle.documents) {
    for (const vuln of doc.extraction.vulnerabilities) {
      const sentence = vuln.evidence.text;
      const match = scoreNearCvss.exec(sentence);
      const raw = match?.[1] ?? match?.[2];
      if (!raw) continue;
      const score = Number(raw);
      if (!(score >= 0 && score <= 10) || (best && best.score >= score)) continue;
      best = {
        score,
        vector: vectorPattern.exec(sentence)?.[0].replace(/\/$/, '') ?? null,
        estimated: false,
        source: `${doc.source.name}, about ${vuln.id}`,
        rationale: `stated by ${doc.source.name}: "${sentence.slice(0, 200)}"`,
      };
    }
  }
  return best;
}

const baseEstimate: Record<IncidentType, number> = {
  ransomware: 8.1,
  'data-breach': 7.5,
  ddos: 7.5,
  'vulnerability-exploitation': 8.8,
  'supply-chain': 8.8,
  espionage: 8.1,
  'malware-campaign': 7.3,
  'law-enforcement': 6.5,
  'phishing-fraud': 6.1,
  advisory: 5.3,
  'not-an-incident': 0,
};

/**
 * A stated score when a source gave one; otherwise an estimate from the incident type, raised with
 * severity, always marked as estimated with its rationale.
 */
export function assessCvss(bundle: StoryBundle, type: IncidentType, severity: Severity): Cvss {
  const stated = statedCvss(bundle);
  if (stated) return stated;
  const bump = severity === 'CRITICAL' ? 1.0 : severity === 'HIGH' ? 0.4 : 0;
  const score =
    type === 'not-an-incident' ? 0 : Math.min(10, Math.round((baseEstimate[type] + bump) * 10) / 10);
  const cves = new Set(bundle.documents.flatMap((doc) => doc.extraction.vulnerabilities.map((v) => v.id)));
  return {
    score,
    vector: null,
    estimated: true,
    source: 'estimated',
    rationale:
      type === 'not-an-incident'
        ? 'not an incident: no score'
        : `${cves.size ? 'no source stated a score for ' + [...cves].join(', ') : 'no CVE in the sources'}; estimated from the incident type (${type}, base ${baseEstimate[type]})${bump ? ` raised by ${bump} for ${severity} severity` : ''}`,
  };
}
