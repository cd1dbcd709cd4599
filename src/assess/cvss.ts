import type { IncidentType } from '../core/facts.js';
import type { StoryBundle } from '../stories/types.js';
import type { Cvss, Severity } from './types.js';

/**
 * The highest CVSS base score a source stated for one of the story's CVEs, as extraction found it
 * (`vulnerabilities[].cvss`, each already attributed to its CVE and to who stated it). On a tie the
 * statement with a vector, then the first, wins. Null when no source stated a score.
 */
export function statedCvss(bundle: StoryBundle): Cvss | null {
  let best: Cvss | null = null;
  for (const doc of bundle.documents) {
    for (const vulnerability of doc.extraction.vulnerabilities) {
      for (const stated of vulnerability.cvss ?? []) {
        const score = stated.score;
        if (score === null || !(score >= 0 && score <= 10)) continue;
        if (best && (best.score > score || (best.score === score && (best.vector || !stated.vector))))
          continue;
        const by = stated.statedBy ? ` (stated by ${stated.statedBy})` : '';
        best = {
          score,
          vector: stated.vector,
          estimated: false,
          source: `${doc.source.name}${by}, about ${vulnerability.id}`,
          rationale: `stated in ${doc.source.name}${by}${stated.version ? ` as CVSS ${stated.version}` : ''}: "${stated.evidence.text.slice(0, 240)}"`,
        };
      }
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
