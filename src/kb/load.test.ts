import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKb, normaliseControlId } from './load.js';

describe('loadKb', () => {
  it('uses the built-in tables without a directory', () => {
    const kb = loadKb();
    expect(kb.origin).toBe('builtin');
    expect(kb.techniques.get('T1190')).toEqual({
      id: 'T1190',
      name: 'Exploit Public-Facing Application',
      tactics: ['initial-access'],
    });
    expect(kb.kev.size).toBe(0);
  });

  it('falls back to the built-in tables for files a directory lacks', () => {
    const kb = loadKb(mkdtempSync(join(tmpdir(), 'newsroom-kb-')));
    expect(kb.techniques.get('T1486')?.name).toBe('Data Encrypted for Impact');
  });

  it('refuses a directory that does not exist, naming it', () => {
    expect(() => loadKb('/no/such/kb')).toThrow('kb: directory /no/such/kb does not exist');
  });

  it.each([
    ['AC-02', 'AC-2'],
    ['ac-2', 'AC-2'],
    ['SI-04', 'SI-4'],
    ['ac-2.1', 'AC-2(1)'],
  ])('normalises control id %s → %s', (input, expected) => {
    expect(normaliseControlId(input)).toBe(expected);
  });
});

// The official files live outside the repository; CI points NEWSROOM_KB_DIR at them (.ci/run).
describe.runIf(process.env.NEWSROOM_KB_DIR)('loadKb with the official reference data', () => {
  const kb = loadKb(process.env.NEWSROOM_KB_DIR);

  it('reads every active ATT&CK Enterprise technique', () => {
    expect(kb.techniques.size).toBeGreaterThan(600);
    expect(kb.techniques.get('T1498.001')).toEqual({
      id: 'T1498.001',
      name: 'Direct Network Flood',
      tactics: ['impact'],
    });
  });

  it('reads the CTID ATT&CK→800-53 mappings with normalised control ids and OSCAL titles', () => {
    const controls = kb.techniqueControls.get('T1190') ?? [];
    expect(controls.length).toBeGreaterThan(3);
    expect(controls.every((id) => /^[A-Z]{2}-[1-9]\d*$/.test(id))).toBe(true);
    expect(kb.controls.get('SI-2')?.title).toBe('Flaw Remediation');
  });

  it('reads CISA KEV', () => {
    expect(kb.kev.has('CVE-2024-3400')).toBe(true);
    expect(kb.kev.has('CVE-1999-0000')).toBe(false);
  });
});
