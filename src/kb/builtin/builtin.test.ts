import { describe, expect, it } from 'vitest';
import { incidentTypeIds } from '../../core/facts.js';
import { playbookFor, techniqueSteps } from '../../brief/playbooks/index.js';
import type { PlaybookStep } from '../../brief/playbooks/index.js';
import { builtinKb, cisSafeguards, controls, csfCategories, techniqueControls, techniques } from './index.js';

const kb = builtinKb();
const playbookSteps: PlaybookStep[] = [
  ...incidentTypeIds.flatMap((type) => playbookFor(type)?.steps ?? []),
  ...techniqueSteps,
];

const duplicates = (ids: readonly string[]): string[] => ids.filter((id, i) => ids.indexOf(id) !== i);

describe('builtinKb', () => {
  it('is the builtin origin with an empty KEV set', () => {
    expect(kb.origin).toBe('builtin');
    expect(kb.kev.size).toBe(0);
  });

  it('indexes every table by id', () => {
    expect(kb.techniques.size).toBe(techniques.length);
    expect(kb.controls.size).toBe(controls.length);
    expect(kb.cis.size).toBe(cisSafeguards.length);
    expect(kb.techniqueControls.size).toBe(techniqueControls.length);
    expect(kb.techniques.get('T1498.001')).toEqual({
      id: 'T1498.001',
      name: 'Direct Network Flood',
      tactics: ['impact'],
    });
    expect(kb.controls.get('SC-5')?.title).toBe('Denial-of-service Protection');
    expect(kb.cis.get('7.7')?.title).toBe('Remediate Detected Vulnerabilities');
  });

  it('has no duplicate ids in any table', () => {
    expect(duplicates(techniques.map((t) => t.id))).toEqual([]);
    expect(duplicates(controls.map((c) => c.id))).toEqual([]);
    expect(duplicates(cisSafeguards.map((s) => s.id))).toEqual([]);
    expect(duplicates(csfCategories.map((c) => c.id))).toEqual([]);
    expect(duplicates(techniqueControls.map(([id]) => id))).toEqual([]);
  });

  it('uses well-formed ids', () => {
    for (const t of techniques) {
      expect(t.id).toMatch(/^T\d{4}(?:\.\d{3})?$/);
      expect(t.tactics.length).toBeGreaterThan(0);
    }
    for (const c of controls) expect(c.id).toMatch(/^[A-Z]{2}-[1-9]\d*$/);
    for (const s of cisSafeguards) expect(s.id).toMatch(/^(?:1[0-8]|[1-9])\.[1-9]\d*$/);
    for (const c of csfCategories) expect(c.id).toMatch(/^(?:GV|ID|PR|DE|RS|RC)\.[A-Z]{2}$/);
  });

  it('gives every sub-technique a parent in the table', () => {
    for (const t of techniques) {
      const parent = t.id.split('.')[0] ?? '';
      expect(kb.techniques.has(parent), `${t.id} needs ${parent}`).toBe(true);
    }
  });

  it('maps only known techniques to known controls, without duplicates', () => {
    for (const [technique, ids] of techniqueControls) {
      expect(kb.techniques.has(technique), technique).toBe(true);
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.length).toBeLessThanOrEqual(8);
      expect(duplicates(ids)).toEqual([]);
      for (const id of ids) expect(kb.controls.has(id), `${technique} → ${id}`).toBe(true);
    }
  });

  it('knows every control, safeguard, CSF category and technique the playbooks cite', () => {
    const csf = new Set(csfCategories.map((c) => c.id));
    for (const step of playbookSteps) {
      for (const id of step.nist80053) expect(kb.controls.has(id), `${step.key} → ${id}`).toBe(true);
      for (const id of step.cis) expect(kb.cis.has(id), `${step.key} → CIS ${id}`).toBe(true);
      for (const id of step.csf) expect(csf.has(id), `${step.key} → ${id}`).toBe(true);
      for (const id of step.whenTechniques ?? [])
        expect(kb.techniques.has(id), `${step.key} → ${id}`).toBe(true);
    }
  });

  it('cites the CSF 2.0 categories that NIST SP 800-61r3 is organised by', () => {
    const names = new Map(csfCategories.map((c) => [c.id, c.name]));
    expect(names.get('RS.MA')).toBe('Incident Management');
    expect(names.get('RS.AN')).toBe('Incident Analysis');
    expect(names.get('RS.CO')).toBe('Incident Response Reporting and Communication');
    expect(names.get('RS.MI')).toBe('Incident Mitigation');
    expect(names.get('RC.RP')).toBe('Incident Recovery Plan Execution');
    expect(names.get('DE.AE')).toBe('Adverse Event Analysis');
  });
});
