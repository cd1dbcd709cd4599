import { describe, expect, it } from 'vitest';
import { incidentTypeIds } from '../../core/facts.js';
import { builtinKb, csfCategories } from '../../kb/builtin/index.js';
import {
  commandPlaceholders,
  playbookFor,
  selectDetections,
  selectSteps,
  techniqueSteps,
  timings,
} from './index.js';
import type { Playbook, PlaybookStep } from './index.js';

const kb = builtinKb();
const csf = new Set(csfCategories.map((c) => c.id));
const playbooks = incidentTypeIds.flatMap((type) => {
  const playbook = playbookFor(type);
  return playbook ? [[type, playbook] as const] : [];
});
const allSteps: PlaybookStep[] = [...playbooks.flatMap(([, p]) => p.steps), ...techniqueSteps];

describe('playbookFor', () => {
  it('has a playbook for every incident type except not-an-incident', () => {
    expect(playbookFor('not-an-incident')).toBeNull();
    expect(playbooks.map(([type]) => type)).toEqual(incidentTypeIds.filter((t) => t !== 'not-an-incident'));
    for (const [type, playbook] of playbooks) expect(playbook.incidentType).toBe(type);
  });

  it.each(playbooks)('%s covers all five timings in 5–8 steps', (_type, playbook: Playbook) => {
    expect(playbook.steps.length).toBeGreaterThanOrEqual(5);
    expect(playbook.steps.length).toBeLessThanOrEqual(8);
    expect(new Set(playbook.steps.map((s) => s.timing))).toEqual(new Set(timings));
    for (const list of [
      playbook.escalation,
      playbook.detection,
      playbook.forensicArtifacts,
      playbook.recovery,
    ]) {
      expect(list.length).toBeGreaterThanOrEqual(3);
      for (const line of list) expect(line.trim()).not.toBe('');
    }
    for (const line of playbook.escalation) expect(line).toMatch(/^If /);
  });
});

describe('playbook steps', () => {
  it('have non-empty fields and only known CSF, 800-53 and CIS ids', () => {
    for (const step of allSteps) {
      for (const text of [
        step.key,
        step.title,
        step.action,
        step.compensatingControl,
        step.preserveEvidence,
      ]) {
        expect(text.trim(), step.key).not.toBe('');
      }
      expect(step.csf.length, step.key).toBeGreaterThan(0);
      expect(step.nist80053.length, step.key).toBeGreaterThan(0);
      expect(step.cis.length, step.key).toBeGreaterThan(0);
      for (const id of step.csf) expect(csf.has(id), `${step.key} ${id}`).toBe(true);
      for (const id of step.nist80053) expect(kb.controls.has(id), `${step.key} ${id}`).toBe(true);
      for (const id of step.cis) expect(kb.cis.has(id), `${step.key} CIS ${id}`).toBe(true);
    }
  });

  it('give real commands in the compensating control, except for communication steps', () => {
    for (const step of allSteps.filter((s) => s.timing !== 'Communication')) {
      expect(step.compensatingControl, step.key).toMatch(/`[^`]+`/);
    }
  });

  it('use only the documented placeholders, and no invented section numbers', () => {
    for (const step of allSteps) {
      const text = [step.title, step.action, step.compensatingControl, step.preserveEvidence].join(' ');
      for (const placeholder of text.match(/<[A-Z_]+>/g) ?? []) {
        expect(Object.keys(commandPlaceholders), `${step.key} ${placeholder}`).toContain(placeholder);
      }
      expect(text, step.key).not.toMatch(/§|https?:\/\//);
    }
  });

  it('use keys that identify one step each', () => {
    const withoutCondition = (step: PlaybookStep): PlaybookStep => ({ ...step, whenTechniques: undefined });
    const byKey = new Map<string, PlaybookStep>();
    for (const step of allSteps) {
      const seen = byKey.get(step.key);
      if (seen) expect(withoutCondition(step), step.key).toEqual(withoutCondition(seen));
      byKey.set(step.key, step);
    }
  });
});

describe('selectSteps', () => {
  const ddos = playbookFor('ddos');
  if (!ddos) throw new Error('no ddos playbook');

  it('returns the unconditional playbook steps, ordered by timing, when no technique matches', () => {
    const keys = selectSteps(ddos, []).map((s) => s.key);
    expect(keys).toEqual(ddos.steps.map((s) => s.key));
    const order = selectSteps(ddos, []).map((s) => timings.indexOf(s.timing));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('adds technique steps on a parent-prefix match and keeps declaration order within a timing', () => {
    const keys = selectSteps(ddos, ['T1498.001', 'T1078.001']).map((s) => s.key);
    expect(keys).toContain('access.default-credential-audit');
    expect(keys.indexOf('ddos.protect-origin')).toBeLessThan(keys.indexOf('access.default-credential-audit'));
    expect(keys.indexOf('access.default-credential-audit')).toBeLessThan(keys.indexOf('ddos.characterise'));
  });

  it('dedupes a technique step the playbook already has', () => {
    const keys = selectSteps(ddos, ['T1498', 'T1499.002']).map((s) => s.key);
    expect(keys.filter((k) => k === 'ddos.upstream-scrubbing')).toHaveLength(1);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('does not match a sub-technique condition on its parent or on a longer id', () => {
    const [first] = ddos.steps;
    if (!first) throw new Error('empty ddos playbook');
    const withCondition: Playbook = {
      ...ddos,
      steps: [...ddos.steps, { ...first, key: 'x.only-sub', whenTechniques: ['T1078.001'] }],
    };
    expect(selectSteps(withCondition, ['T1078']).map((s) => s.key)).not.toContain('x.only-sub');
    expect(selectSteps(withCondition, ['T1078.0011']).map((s) => s.key)).not.toContain('x.only-sub');
    expect(selectSteps(withCondition, ['T1078.001']).map((s) => s.key)).toContain('x.only-sub');
  });

  it('adds technique-specific detections without duplicates', () => {
    const plain = selectDetections(ddos, []);
    const more = selectDetections(ddos, ['T1498.002', 'T1190']);
    expect(plain).toEqual(ddos.detection);
    expect(more.length).toBeGreaterThan(plain.length);
    expect(new Set(more).size).toBe(more.length);
  });
});
