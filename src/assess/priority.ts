import {
  type PriorityFactor,
  type PriorityFactorName,
  type Severity,
  type TriageLevel,
  priorityWeights,
} from './types.js';

/** Breadth at or above which severity is raised one level; a stated CVSS at or above which it is too. */
export const severityRaises = { wideImpact: 0.75, statedCvss: 9 } as const;

/** Value of the severity factor per severity. */
export const severityValue: Record<Severity, number> = {
  CRITICAL: 1,
  HIGH: 0.75,
  MEDIUM: 0.5,
  LOW: 0.25,
  INFO: 0,
};

/** Value of the exploitation factor: exploited (in KEV or reported in the wild), a CVE named, neither. */
export const exploitationValues = { exploited: 1, cveNamed: 0.4, none: 0 } as const;

/** Recency is e^(−days since the latest report / this many days). */
export const recencyDays = 30;

/** Independent sources that give full corroboration (a T1 authority gives it alone). */
export const corroborationFullAt = 3;

/** Priority at or above which a story is IMMEDIATE, URGENT, ROUTINE; below ROUTINE it is DEFERRED. */
export const triageThresholds = { IMMEDIATE: 0.7, URGENT: 0.5, ROUTINE: 0.3 } as const;

/** What the priority and triage of a story are computed from. */
export interface PriorityInput {
  /** false for `not-an-incident`: every factor is 0 and triage is DEFERRED. */
  incident: boolean;
  severity: Severity;
  exploited: boolean;
  kev: readonly string[];
  cveCount: number;
  ageDays: number;
  independentSources: number;
  hasT1: boolean;
  breadth: { value: number; reason: string };
  relevance: { value: number; reason: string };
  /** A watched vendor or product is named (not only a watched sector). */
  watchedTechnology: boolean;
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;

function factor(name: PriorityFactorName, value: number, reason: string, incident: boolean): PriorityFactor {
  const weight = priorityWeights[name];
  const rounded = incident ? round3(value) : 0;
  return {
    name,
    weight,
    value: rounded,
    contribution: round3(weight * rounded),
    reason: incident ? reason : `not an incident (${reason})`,
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The six priority factors, in the order of `priorityWeights`, and their sum (0 for a non-incident). */
export function priorityOf(input: PriorityInput): { score: number; factors: PriorityFactor[] } {
  const { incident } = input;
  const exploitation = input.exploited
    ? exploitationValues.exploited
    : input.cveCount
      ? exploitationValues.cveNamed
      : exploitationValues.none;
  const values: Record<PriorityFactorName, [number, string]> = {
    severity: [severityValue[input.severity], input.severity],
    exploitation: [
      exploitation,
      input.exploited
        ? input.kev.length
          ? `in KEV: ${input.kev.join(', ')}`
          : 'exploitation reported'
        : input.cveCount
          ? 'CVE named, exploitation not reported'
          : 'no CVE',
    ],
    recency: [
      Math.exp(-input.ageDays / recencyDays),
      `${plural(Math.round(input.ageDays), 'day')} since the latest report`,
    ],
    corroboration: [
      input.hasT1 ? 1 : Math.min(1, input.independentSources / corroborationFullAt),
      `${plural(input.independentSources, 'independent source')}${input.hasT1 ? ', incl. a T1 authority' : ''}`,
    ],
    breadth: [input.breadth.value, input.breadth.reason],
    relevance: [input.relevance.value, input.relevance.reason],
  };
  const factors = (Object.keys(priorityWeights) as PriorityFactorName[]).map((name) =>
    factor(name, values[name][0], values[name][1], incident),
  );
  const score = incident ? round3(factors.reduce((sum, f) => sum + f.contribution, 0)) : 0;
  return { score, factors };
}

/**
 * The triage level and its reason, the decisive facts first:
 * "IMMEDIATE: CRITICAL, actively exploited, in KEV, 3 independent sources".
 */
export function triageOf(input: PriorityInput, score: number): { level: TriageLevel; reason: string } {
  if (!input.incident)
    return { level: 'DEFERRED', reason: 'DEFERRED: not an incident, nothing to respond to' };
  const level: TriageLevel =
    score >= triageThresholds.IMMEDIATE ||
    (input.exploited && (input.severity === 'CRITICAL' || input.watchedTechnology))
      ? 'IMMEDIATE'
      : score >= triageThresholds.URGENT || input.exploited
        ? 'URGENT'
        : score >= triageThresholds.ROUTINE
          ? 'ROUTINE'
          : 'DEFERRED';
  const why = [
    input.severity,
    input.exploited ? (input.kev.length ? 'actively exploited, in KEV' : 'exploitation reported') : null,
    input.relevance.value > 0 ? input.relevance.reason.replaceAll('; ', ', ') : null,
    input.hasT1
      ? `${plural(input.independentSources, 'independent source')} incl. a T1 authority`
      : plural(input.independentSources, 'independent source'),
    input.breadth.value >= severityRaises.wideImpact ? input.breadth.reason : null,
  ].filter((part): part is string => part !== null);
  return { level, reason: `${level}: ${why.join(', ')}` };
}
