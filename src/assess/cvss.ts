import type { IncidentType, StatedCvss } from '../core/facts.js';
import { computeVector } from '../extract/cvss-statements.js';
import type { Kb } from '../kb/types.js';
import type { StoryBundle, StoryDocument } from '../stories/types.js';
import {
  type CveScore,
  type Cvss,
  type CvssAuthority,
  type Severity,
  type StatedScore,
  cvssAuthorities,
} from './types.js';

const prefixed = /^CVSS:(?<version>[234]\.0|3\.1)\/(?<body>.+)$/;

/**
 * The base score of a vector as stored ('CVSS:3.1/AV:N/…', 'CVSS:4.0/…', or a bare v2 vector),
 * computed with ae-cvss-calculator; null when it is not a complete, valid base vector.
 *
 * @example scoreVector('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'); // { score: 9.8, version: '3.1' }
 */
export function scoreVector(vector: string): { score: number; version: string | null } | null {
  const match = prefixed.exec(vector);
  const computed = computeVector(match?.groups?.version ?? null, match?.groups?.body ?? vector);
  return computed ? { score: computed.score, version: computed.version } : null;
}

const cisaName = /^(?:CISA|Cybersecurity and Infrastructure Security Agency)$/i;
const roleOfVendor = /\b(?:vendor|maintainers|developers)$/;

function sameName(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `);
}

/**
 * Who a statement's score is credited to: NVD, CISA, the vendor (by name or role, or a report
 * published by a vendor of the story), or a T1 government advisory stating it unattributed.
 */
function authorityOf(
  statedBy: string | null,
  doc: StoryDocument,
  vendors: readonly string[],
): CvssAuthority | null {
  const isVendor = (name: string) => vendors.some((vendor) => sameName(vendor, name));
  if (statedBy === 'NVD') return 'NVD';
  if (statedBy !== null) {
    if (cisaName.test(statedBy)) return 'CISA';
    if (statedBy.startsWith('the ')) return roleOfVendor.test(statedBy) ? 'vendor' : null;
    return isVendor(statedBy) ? 'vendor' : null;
  }
  if (cisaName.test(doc.source.name) || doc.source.domain === 'cisa.gov') return 'CISA';
  if (isVendor(doc.source.name)) return 'vendor';
  return doc.source.tier === 'T1' && doc.source.kind === 'government' ? 'government' : null;
}

function toScore(
  cve: string,
  stated: StatedCvss,
  doc: StoryDocument,
  vendors: readonly string[],
): StatedScore | null {
  const fromVector = stated.vector ? scoreVector(stated.vector) : null;
  const score = fromVector?.score ?? stated.score;
  if (score === null || !(score >= 0 && score <= 10)) return null;
  return {
    cve,
    score,
    vector: fromVector ? stated.vector : null,
    version: fromVector?.version ?? stated.version,
    computed: fromVector !== null,
    statedScore:
      fromVector && stated.score !== null && stated.score !== fromVector.score ? stated.score : null,
    statedBy: stated.statedBy,
    authority: authorityOf(stated.statedBy, doc, vendors),
    source: doc.source.name,
    tier: doc.source.tier,
    evidence: stated.evidence.text.slice(0, 240),
  };
}

const rank = (a: StatedScore) =>
  a.authority ? cvssAuthorities.indexOf(a.authority) : cvssAuthorities.length;
const tierRank = (tier: string) => (/^T[1-4]$/.test(tier) ? Number(tier.slice(1)) : 5);

/** Preference between two statements about one CVE: a vector, then authority, tier, higher score. */
function compare(a: StatedScore, b: StatedScore): number {
  return (
    Number(b.computed) - Number(a.computed) ||
    rank(a) - rank(b) ||
    tierRank(a.tier) - tierRank(b.tier) ||
    b.score - a.score
  );
}

/** Why `chosen` beat `other`, in words. */
function preferredBecause(chosen: StatedScore, other: StatedScore): string {
  if (chosen.computed !== other.computed) return 'it is computed from a stated vector';
  if (rank(chosen) !== rank(other)) return `it is credited to ${chosen.authority ?? 'a named party'}`;
  if (chosen.tier !== other.tier) return `its source is ${chosen.tier}`;
  return 'it is the higher score';
}

const by = (s: StatedScore) => (s.statedBy ? ` (stated by ${s.statedBy})` : '');

/**
 * Every CVE of the story in order of first mention, with its KEV membership and the score its
 * sources state: a vector (computed) wins over a bare score, then the vendor, NVD, CISA or a T1
 * government advisory over others, then the higher-tier source, then the higher score. Scores that
 * differ from the chosen one are kept as `others`.
 */
export function cveScores(bundle: StoryBundle, kb: Kb): CveScore[] {
  const vendors = bundle.documents.flatMap((doc) =>
    doc.extraction.organisations.filter((o) => o.role === 'vendor').map((o) => o.name),
  );
  const statements = new Map<string, StatedScore[]>();
  for (const doc of bundle.documents) {
    for (const vulnerability of doc.extraction.vulnerabilities) {
      const list = statements.get(vulnerability.id) ?? [];
      statements.set(vulnerability.id, list);
      for (const stated of vulnerability.cvss ?? []) {
        const score = toScore(vulnerability.id, stated, doc, vendors);
        if (score) list.push(score);
      }
    }
  }
  return [...statements].map(([id, list]) => {
    const [chosen, ...rest] = [...list].sort(compare);
    const others: StatedScore[] = [];
    for (const other of rest) {
      if (other.score !== chosen?.score && !others.some((o) => o.score === other.score)) others.push(other);
    }
    return { id, kev: kb.kev.size > 0 ? kb.kev.has(id) : null, chosen: chosen ?? null, others };
  });
}

/** The story's stated CVSS: the highest chosen score among its CVEs; null when no source stated one. */
export function statedCvss(cves: readonly CveScore[]): Cvss | null {
  const best = cves
    .filter((c): c is CveScore & { chosen: StatedScore } => c.chosen !== null)
    .sort((a, b) => b.chosen.score - a.chosen.score || compare(a.chosen, b.chosen))[0];
  if (!best) return null;
  const s = best.chosen;
  const how = s.computed
    ? `computed from the CVSS${s.version ? ` ${s.version}` : ''} vector stated in ${s.source}${by(s)}${s.statedScore !== null ? ` (its text says ${s.statedScore})` : ''}`
    : `stated in ${s.source}${by(s)}${s.version ? ` as CVSS ${s.version}` : ''}`;
  const other = best.others[0];
  const preferred = other
    ? `; preferred to ${best.others.map((o) => `${o.score.toFixed(1)} (${o.statedBy ?? o.source})`).join(', ')} because ${preferredBecause(s, other)}`
    : '';
  return {
    score: s.score,
    vector: s.vector,
    version: s.version,
    cve: s.cve,
    estimated: false,
    source: `${s.source}${by(s)}, about ${s.cve}`,
    rationale: `${how}: "${s.evidence}"${preferred}`,
    cves: [...cves],
  };
}

/** Estimated base score per incident type, before the severity bump. */
export const baseEstimate: Record<IncidentType, number> = {
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

/** Added to the estimate for the story's severity. */
export const severityBump: Record<Severity, number> = { CRITICAL: 1, HIGH: 0.4, MEDIUM: 0, LOW: 0, INFO: 0 };

/**
 * A stated score when a source gave one; otherwise an estimate from the incident type, raised with
 * severity, always marked as estimated with its rationale.
 */
export function assessCvss(type: IncidentType, severity: Severity, cves: readonly CveScore[]): Cvss {
  const stated = statedCvss(cves);
  if (stated) return stated;
  const bump = severityBump[severity];
  const score =
    type === 'not-an-incident' ? 0 : Math.min(10, Math.round((baseEstimate[type] + bump) * 10) / 10);
  const ids = cves.map((c) => c.id);
  const cause = ids.length
    ? `no source stated a score for ${ids.join(', ')} and published (NVD) scores are not in the KB`
    : 'no CVE in the sources';
  return {
    score,
    vector: null,
    version: null,
    cve: null,
    estimated: true,
    source: 'estimated',
    rationale:
      type === 'not-an-incident'
        ? 'not an incident: no score'
        : `${cause}; estimated from the incident type (${type}, base ${baseEstimate[type]})${bump ? ` raised by ${bump} for ${severity} severity` : ''}`,
    cves: [...cves],
  };
}
