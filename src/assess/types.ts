import type { IncidentType } from '../core/facts.js';

export const severities = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFO'] as const;
export type Severity = (typeof severities)[number];

export const triageLevels = ['IMMEDIATE', 'URGENT', 'ROUTINE', 'DEFERRED'] as const;
export type TriageLevel = (typeof triageLevels)[number];

/**
 * The priority factors and their weights, defined once: the score is Σ weight × value (each value
 * 0–1), so the weights sum to 1. docs/scoring.md is checked against this table by a test.
 */
export const priorityWeights = {
  severity: 0.3,
  exploitation: 0.2,
  recency: 0.15,
  corroboration: 0.1,
  breadth: 0.1,
  relevance: 0.15,
} as const;
export type PriorityFactorName = keyof typeof priorityWeights;

/** Who a stated CVSS score is credited to, most preferred first (see `authorityRank`). */
export const cvssAuthorities = ['vendor', 'NVD', 'CISA', 'government'] as const;
export type CvssAuthority = (typeof cvssAuthorities)[number];

/** One CVSS base score a source stated for a CVE, or computed from the vector it stated. */
export interface StatedScore {
  cve: string;
  score: number;
  vector: string | null;
  /** '2.0', '3.0', '3.1', '4.0', '3.x' (only the major version stated) or null. */
  version: string | null;
  /** true when `score` was computed from `vector` with ae-cvss-calculator. */
  computed: boolean;
  /** The score the text gave beside the vector when it differs from the computed one. */
  statedScore: number | null;
  /** Who the sentence credits ('NVD', 'the vendor', 'Palo Alto Networks'), or null. */
  statedBy: string | null;
  /** vendor, NVD, CISA, or a T1 government advisory stating it unattributed; null otherwise. */
  authority: CvssAuthority | null;
  /** Publisher of the report that states it. */
  source: string;
  tier: string;
  evidence: string;
}

/** A CVE of the story: its KEV membership and the published score the sources give. */
export interface CveScore {
  id: string;
  /** In CISA KEV; null when the KB holds no KEV catalogue (offline built-in tables). */
  kev: boolean | null;
  /** The preferred stated score; null when no source stated one (NVD scores are not in the KB). */
  chosen: StatedScore | null;
  /** Scores other sources stated for this CVE that differ from the chosen one. */
  others: StatedScore[];
}

export interface Cvss {
  score: number;
  /** CVSS vector when a source stated one. */
  vector: string | null;
  /** CVSS version of the chosen score, when stated or implied by its vector. */
  version: string | null;
  /** The CVE the chosen score is about; null when estimated. */
  cve: string | null;
  /** true when no source stated a score and it was estimated from the incident type and facts. */
  estimated: boolean;
  /** Who stated it ('securitywire.news (stated by NVD), about CVE-2024-3400') or 'estimated'. */
  source: string;
  rationale: string;
  /** Every CVE of the story with its KEV membership and stated scores, in order of first mention. */
  cves: CveScore[];
}

export interface PriorityFactor {
  name: PriorityFactorName;
  weight: number;
  /** 0–1 */
  value: number;
  /** weight × value */
  contribution: number;
  reason: string;
}

export interface Assessment {
  incidentType: IncidentType;
  severity: Severity;
  severityReasons: string[];
  cvss: Cvss;
  priority: { score: number; factors: PriorityFactor[] };
  triage: { level: TriageLevel; reason: string; escalation: string[] };
  /** CVE IDs of the story in CISA KEV (when the KB has it). */
  kev: string[];
  exploited: boolean;
}
