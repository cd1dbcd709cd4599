import type { IncidentType } from '../core/facts.js';

export const severities = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFO'] as const;
export type Severity = (typeof severities)[number];

export const triageLevels = ['IMMEDIATE', 'URGENT', 'ROUTINE', 'DEFERRED'] as const;
export type TriageLevel = (typeof triageLevels)[number];

export interface Cvss {
  score: number;
  /** CVSS vector when a source stated one. */
  vector: string | null;
  /** true when no source stated a score and it was estimated from the incident type and facts. */
  estimated: boolean;
  /** Who stated it ('securitywire.news, about CVE-2024-3400') or 'estimated'. */
  source: string;
  rationale: string;
}

export interface PriorityFactor {
  name: 'severity' | 'exploitation' | 'recency' | 'corroboration' | 'breadth';
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
