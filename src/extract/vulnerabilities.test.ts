import { describe, expect, it } from 'vitest';
import { extractVulnerabilities } from './vulnerabilities.js';

describe('extractVulnerabilities', () => {
  it.each([
    ['Patch CVE-2024-3400 now.', 'CVE-2024-3400', 'CVE-2024-3400'],
    ['see cve-2023-44487', 'CVE-2023-44487', 'cve-2023-44487'],
    ['(Cve-2021-44228)', 'CVE-2021-44228', 'Cve-2021-44228'],
    ['CVE\u20102024\u20103400', 'CVE-2024-3400', 'CVE\u20102024\u20103400'],
    ['CVE\u20112024\u20113400', 'CVE-2024-3400', 'CVE\u20112024\u20113400'],
    ['CVE\u20132024\u20133400', 'CVE-2024-3400', 'CVE\u20132024\u20133400'],
    ['CVE\u20142024\u20143400', 'CVE-2024-3400', 'CVE\u20142024\u20143400'],
    ['CVE\u20152024\u20153400', 'CVE-2024-3400', 'CVE\u20152024\u20153400'],
    ['CVE\u22122024\u22123400', 'CVE-2024-3400', 'CVE\u22122024\u22123400'],
    ['CVE-2024-1234567 is long', 'CVE-2024-1234567', 'CVE-2024-1234567'],
    ['url /vuln/detail/CVE-2024-0001.', 'CVE-2024-0001', 'CVE-2024-0001'],
  ])('finds %j', (text, id, raw) => {
    const found = extractVulnerabilities(text);
    expect(found.map((v) => v.id)).toEqual([id]);
    const evidence = found[0]?.evidence;
    expect(evidence && text.slice(evidence.start, evidence.end)).toBe(raw);
  });

  it.each([
    ['too few digits', 'CVE-2024-123'],
    ['two-digit year', 'CVE-24-3400'],
    ['glued to a word', 'XCVE-2024-3400 and CVE-2024-12345678'],
    ['no hyphen', 'CVE 2024 3400 and CVE20243400'],
  ])('skips %s', (_why, text) => {
    expect(extractVulnerabilities(text)).toEqual([]);
  });

  it('keeps the first evidence of each ID', () => {
    const text = 'First CVE-2024-3400 here.\nThen cve\u20112024\u20113400 and CVE-2024-21762 there.';
    expect(extractVulnerabilities(text)).toEqual([
      { id: 'CVE-2024-3400', evidence: { start: 6, end: 19, text: 'First CVE-2024-3400 here.' } },
      {
        id: 'CVE-2024-21762',
        evidence: { start: 49, end: 63, text: 'Then cve\u20112024\u20113400 and CVE-2024-21762 there.' },
      },
    ]);
  });

  it('stays fast on a 1 MB line of near misses', () => {
    const started = performance.now();
    expect(extractVulnerabilities('CVE-2024-'.repeat(110_000))).toEqual([]);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
