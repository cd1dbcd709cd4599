import type { Assessment, Severity } from '../assess/types.js';
import { incidentTypes } from '../core/facts.js';
import type { ClaimSet, StoryBundle } from '../stories/types.js';
import { breadthFields, lossFields, setCites, standing } from './record-claims.js';
import { citeSet } from './record-text.js';
import {
  type OrUnknown,
  type RecordEntry,
  type RecordScore,
  type ScoreInput,
  unknown,
} from './record-types.js';
import { fieldLabel, formatClaim } from './summary.js';

/** Where each severity level starts on the 0–100 scale; a level spans 15 points above its base. */
export const severityBase: Readonly<Record<Severity, number>> = {
  CRITICAL: 85,
  HIGH: 65,
  MEDIUM: 45,
  LOW: 25,
  INFO: 0,
};

const round3 = (n: number): number => Math.round(n * 1000) / 1000;
const factorOf = (assessment: Assessment, name: string) =>
  assessment.priority.factors.find((f) => f.name === name);

/**
 * Severity 0–100 = base of the assessed level (CRITICAL 85, HIGH 65, MEDIUM 45, LOW 25, INFO 0)
 * + 15 × (exploitation + breadth) / 2, where exploitation and breadth are the assessment's priority
 * factor values (0–1): where the story sits inside its level. A non-incident scores 0.
 * @example severity 85 + 15 × (1 + 0.81) / 2 = 99 for a CRITICAL story, exploited, 30 million records
 */
export function severityScore(assessment: Assessment, cites: number[]): RecordScore {
  const base = severityBase[assessment.severity];
  const exploitation = factorOf(assessment, 'exploitation');
  const breadth = factorOf(assessment, 'breadth');
  const e = exploitation?.value ?? 0;
  const b = breadth?.value ?? 0;
  const incident = assessment.incidentType !== 'not-an-incident';
  const value = incident ? Math.min(100, Math.round(base + (15 * (e + b)) / 2)) : 0;
  return {
    value,
    formula: incident
      ? `${base} (${assessment.severity}) + 15 × (${round3(e)} exploitation + ${round3(b)} breadth) / 2 = ${value}`
      : 'not an incident: 0',
    inputs: [
      { name: 'level', value: base, reason: assessment.severityReasons.join('; ') || assessment.severity },
      { name: 'exploitation', value: round3(e), reason: exploitation?.reason ?? 'not assessed' },
      { name: 'breadth', value: round3(b), reason: breadth?.reason ?? 'not assessed' },
    ],
    cites,
  };
}

/** A money figure on a 0–1 scale: $1,000 → 0, $1 million → 0.5, $1 billion or more → 1. */
export const moneyScale = (amount: number): number =>
  Math.min(1, Math.max(0, (Math.log10(Math.max(1, amount)) - 3) / 6));

/**
 * Impact 1–5 = 1 + round(4 × max(breadth, money, operations)): breadth is the assessment's breadth
 * factor (0–1, log scale of people, records, devices or victims, or Tbps of a flood), money the
 * largest standing loss or ransom paid on `moneyScale`, operations 0.5 when a source describes an
 * outage, halt or disruption. Unknown when the sources give none of these.
 */
export function impactScore(
  bundle: StoryBundle,
  claimSets: readonly ClaimSet[],
  assessment: Assessment,
  operations: readonly RecordEntry[],
): OrUnknown<RecordScore> {
  const wide = claimSets.filter((s) => breadthFields.includes(s.field));
  const losses = claimSets
    .filter((s) => lossFields.includes(s.field))
    .map((set) => ({ set, figure: standing(set) }))
    .filter((l) => typeof l.figure?.value.value === 'number');
  if (wide.length === 0 && losses.length === 0 && operations.length === 0) return unknown;
  const breadth = factorOf(assessment, 'breadth');
  const b = wide.length ? (breadth?.value ?? 0) : 0;
  const top = losses.sort((x, y) => Number(y.figure?.value.value) - Number(x.figure?.value.value))[0];
  const m = top?.figure ? moneyScale(Number(top.figure.value.value)) : 0;
  const o = operations.length ? 0.5 : 0;
  const value = 1 + Math.round(4 * Math.max(b, m, o));
  const money = top?.figure
    ? `${fieldLabel(top.set.field)} ${formatClaim(top.figure.value.value, top.figure.value.unit, top.figure.value.qualifier)}${top.figure.note}`
    : 'no loss figure';
  return {
    value,
    formula: `1 + round(4 × max(${round3(b)} breadth, ${round3(m)} money, ${o} operations)) = ${value}`,
    inputs: [
      {
        name: 'breadth',
        value: round3(b),
        reason: wide.length ? (breadth?.reason ?? '') : 'no breadth figure',
      },
      { name: 'money', value: round3(m), reason: money },
      {
        name: 'operations',
        value: o,
        reason: operations.length ? 'a source describes an outage or disruption' : 'no disruption described',
      },
    ],
    cites: citeSet(
      ...wide.map((s) => setCites(bundle, s)),
      ...(top ? [setCites(bundle, top.set)] : []),
      ...operations.map((q) => q.cites),
    ),
  };
}

/**
 * One sentence from the score inputs: the level and type, the reasons the level was raised, and
 * the impact inputs that are figures (the breadth figure unless a reason already gives it, the loss).
 * @example 'A CRITICAL data breach (severity 93/100, impact 5/5): wide impact (people-affected: …); financial loss over $1,000,000,000.'
 */
export function explanation(
  assessment: Assessment,
  severity: RecordScore,
  impact: OrUnknown<RecordScore>,
): RecordEntry {
  if (assessment.incidentType === 'not-an-incident')
    return { text: 'Not an incident: severity 0/100; no response is needed.', evidence: null, cites: [] };
  const type = incidentTypes[assessment.incidentType].toLowerCase();
  const why = assessment.severityReasons.slice(1);
  const [breadth, money, operations] = impact === unknown ? [] : impact.inputs;
  const figure = (input: ScoreInput | undefined): input is ScoreInput =>
    input !== undefined && !input.reason.startsWith('no ');
  const parts = [
    ...why,
    ...(figure(breadth) && !why.some((w) => w.includes(breadth.reason)) ? [breadth.reason] : []),
    ...(figure(money) ? [money.reason] : []),
    ...(operations?.value ? ['operations disrupted'] : []),
  ];
  const impactText = impact === unknown ? 'impact unknown' : `impact ${impact.value}/5`;
  return {
    text: `A ${assessment.severity} ${type} (severity ${severity.value}/100, ${impactText})${parts.length ? `: ${parts.join('; ')}` : ''}.`,
    evidence: null,
    cites: citeSet(severity.cites, impact === unknown ? [] : impact.cites),
  };
}
