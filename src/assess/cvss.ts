import type { IncidentType } from '../core/facts.js';
import { createSentenceIndex } from '../extract/text.js';
import type { StoryBundle } from '../stories/types.js';
import type { Cvss, Severity } from './types.js';

const scoreNearCvss =
  /CVSS(?:\s?v?\d(?:\.\d)?)?[^.\d]{0,40}(10(?:\.0)?|\d\.\d)\b|\b(10\.0|\d\.\d)(?: out of 10)?\s+(?:on|in) (?:the )?CVSS/gi;
const vectorPattern = /CVSS:[34]\.\d\/(?:[A-Z]{1,3}:[A-Z]\/?){6,}/;
const cvePattern = /CVE[-\u2010-\u2015\u2212]\d{4}[-\u2010-\u2015\u2212]\d{4,7}/i;

/**
 * Scores a source stated in words ("rated 10.0 on the CVSS scale", "CVSS 9.8"), attributed to the
 * CVE named in the same sentence, or to the document's only CVE. The highest stated score wins.
 */
export function statedCvss(bundle: StoryBundle): Cvss | null {
  let best: Cvss | null = null;
  for (const doc of bundle.documents) {
    const cves = [...new Set(doc.extraction.vulnerabilities.map((v) => v.id))];
    if (cves.length === 0) continue;
    const index = createSentenceIndex(doc.text);
    for (const match of doc.text.matchAll(scoreNearCvss)) {
      const score = Number(match[1] ?? match[2]);
      if (!(score >= 0 && score <= 10) || (best && best.score >= score)) continue;
      const sentence = index.sentenceAt(match.index).text;
      const named = cvePattern
        .exec(sentence)?.[0]
        .toUpperCase()
        .replace(/[\u2010-\u2015\u2212]/g, '-');
      const cve = named ?? (cves.length === 1 ? cves[0] : undefined);
      if (!cve) continue;
      best = {
        score,
        vector: vectorPattern.exec(sentence)?.[0].replace(/\/$/, '') ?? null,
        estimated: false,
        source: `${doc.source.name}, about ${cve}`,
        rationale: `stated by ${doc.source.name}: "${sentence.slice(0, 240)}"`,
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
