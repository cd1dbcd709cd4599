import { describe, expect, it } from 'vitest';
import { type PriorityInput, priorityOf, triageOf, triageThresholds } from './priority.js';
import { type Severity, priorityWeights, severities } from './types.js';

const base: PriorityInput = {
  incident: true,
  severity: 'HIGH',
  exploited: false,
  kev: [],
  cveCount: 0,
  ageDays: 0,
  independentSources: 1,
  hasT1: false,
  breadth: { value: 0, reason: 'no figures on devices, records, people or victims' },
  relevance: { value: 0, reason: 'no watch list configured' },
  watchedTechnology: false,
};
const input = (extra: Partial<PriorityInput>): PriorityInput => ({ ...base, ...extra });
const value = (extra: Partial<PriorityInput>, name: keyof typeof priorityWeights) =>
  priorityOf(input(extra)).factors.find((f) => f.name === name)?.value;

describe('priority weights', () => {
  it('sum to 1 and are all shown, in order', () => {
    const total = Object.values(priorityWeights).reduce((sum, w) => sum + w, 0);
    expect(total).toBeCloseTo(1, 10);
    expect(priorityOf(base).factors.map((f) => [f.name, f.weight])).toEqual(Object.entries(priorityWeights));
  });
});

describe('priority factors', () => {
  it.each<[string, Partial<PriorityInput>, keyof typeof priorityWeights, number]>([
    ['CRITICAL severity', { severity: 'CRITICAL' }, 'severity', 1],
    ['LOW severity', { severity: 'LOW' }, 'severity', 0.25],
    ['exploited', { exploited: true }, 'exploitation', 1],
    ['a CVE without exploitation', { cveCount: 2 }, 'exploitation', 0.4],
    ['no CVE', {}, 'exploitation', 0],
    ['today', { ageDays: 0 }, 'recency', 1],
    ['30 days old', { ageDays: 30 }, 'recency', 0.368],
    ['one source', { independentSources: 1 }, 'corroboration', 0.333],
    ['three sources', { independentSources: 3 }, 'corroboration', 1],
    ['a T1 authority alone', { hasT1: true }, 'corroboration', 1],
    ['wide breadth', { breadth: { value: 0.8, reason: 'x' } }, 'breadth', 0.8],
    [
      'a watched sector',
      { relevance: { value: 0.5, reason: 'watched sector healthcare' } },
      'relevance',
      0.5,
    ],
  ])('%s', (_name, extra, name, expected) => {
    expect(value(extra, name)).toBe(expected);
  });

  it('adds up each weight × value, rounded to 3 decimals', () => {
    const p = priorityOf(
      input({ severity: 'CRITICAL', exploited: true, kev: ['CVE-1'], independentSources: 3 }),
    );
    expect(p.factors.map((f) => f.contribution)).toEqual([0.3, 0.2, 0.15, 0.1, 0, 0]);
    expect(p.score).toBe(0.75);
  });

  it('gives a non-incident 0 on every factor, whatever its facts', () => {
    const p = priorityOf(
      input({
        incident: false,
        severity: 'INFO',
        exploited: true,
        relevance: { value: 1, reason: 'watched vendor X' },
      }),
    );
    expect(p.score).toBe(0);
    expect(p.factors.every((f) => f.value === 0 && f.reason.startsWith('not an incident'))).toBe(true);
  });

  it.each(severities.filter((s) => s !== 'INFO'))(
    'keeps a %s incident above 0 even when old, alone and unmatched, so non-incidents rank below it',
    (severity: Severity) => {
      expect(priorityOf(input({ severity, ageDays: 10_000 })).score).toBeGreaterThan(0);
    },
  );
});

describe('triage', () => {
  it.each<[string, Partial<PriorityInput>, number, string]>([
    [
      'exploited, critical: IMMEDIATE whatever the score',
      { severity: 'CRITICAL', exploited: true, kev: ['CVE-2024-3400'], independentSources: 3 },
      0.2,
      'IMMEDIATE: CRITICAL, actively exploited, in KEV, 3 independent sources',
    ],
    [
      'exploited in a watched product: IMMEDIATE',
      {
        exploited: true,
        watchedTechnology: true,
        relevance: { value: 1, reason: 'watched vendor Ivanti; watched sector healthcare' },
      },
      0.4,
      'IMMEDIATE: HIGH, exploitation reported, watched vendor Ivanti, watched sector healthcare, 1 independent source',
    ],
    [
      'exploited: at least URGENT',
      { exploited: true },
      0.1,
      'URGENT: HIGH, exploitation reported, 1 independent source',
    ],
    ['by score: IMMEDIATE', {}, triageThresholds.IMMEDIATE, 'IMMEDIATE: HIGH, 1 independent source'],
    ['by score: URGENT', {}, triageThresholds.URGENT, 'URGENT: HIGH, 1 independent source'],
    [
      'by score: ROUTINE, with a T1 authority',
      { hasT1: true, independentSources: 2 },
      triageThresholds.ROUTINE,
      'ROUTINE: HIGH, 2 independent sources incl. a T1 authority',
    ],
    [
      'by score: DEFERRED, a wide figure named',
      { breadth: { value: 0.9, reason: 'people-affected: 190,000,000 people' } },
      0.29,
      'DEFERRED: HIGH, 1 independent source, people-affected: 190,000,000 people',
    ],
    [
      'a watched sector alone does not escalate',
      { relevance: { value: 0.5, reason: 'watched sector healthcare' } },
      0.2,
      'DEFERRED: HIGH, watched sector healthcare, 1 independent source',
    ],
    [
      'a non-incident: DEFERRED, however it scores',
      { incident: false, exploited: true, severity: 'CRITICAL' },
      0.9,
      'DEFERRED: not an incident, nothing to respond to',
    ],
  ])('%s', (_name, extra, score, reason) => {
    const result = triageOf(input(extra), score);
    expect(result.reason).toBe(reason);
    expect(result.level).toBe(reason.split(':')[0]);
  });
});
