import { describe, expect, it } from 'vitest';
import { extractAttackIds } from './attack-ids.js';

describe('extractAttackIds', () => {
  it.each([
    ['Used T1059 for execution.', ['T1059']],
    ['PowerShell (T1059.001), then T1486.', ['T1059.001', 'T1486']],
    ['ICS technique T0831; T1498.001/T1498.002', ['T0831', 'T1498.001', 'T1498.002']],
    ['Navigator: T1566.001,T1566.002', ['T1566.001', 'T1566.002']],
    ['Repeated T1059, T1059 and T1059.', ['T1059']],
  ])('finds %j', (text, ids) => {
    const found = extractAttackIds(text);
    expect(found.map((m) => m.id)).toEqual(ids);
    for (const { id, evidence } of found) expect(text.slice(evidence.start, evidence.end)).toBe(id);
  });

  it.each([
    ['five digits', 'T12345'],
    ['glued to a word', 'xT1059 and T1059x and T1059_a'],
    ['in a hash-like token', 'a3T1059f0'],
    ['long sub-technique', 'T1059.0012 and T1059.01'],
    ['dotted tail', 'T1059.001.2'],
    ['lower case', 't1059'],
  ])('skips %s', (_why, text) => {
    expect(extractAttackIds(text)).toEqual([]);
  });

  it('gives the sentence as evidence', () => {
    const text = 'Initial access. The actor used spearphishing (T1566.001). Done.';
    expect(extractAttackIds(text)[0]?.evidence).toEqual({
      start: 46,
      end: 55,
      text: 'The actor used spearphishing (T1566.001).',
    });
  });
});
