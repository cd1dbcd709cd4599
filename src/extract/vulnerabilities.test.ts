import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractVulnerabilities } from './vulnerabilities.js';

const testdata = (name: string) => readFileSync(new URL(`testdata/${name}`, import.meta.url), 'utf8');

/** CVE → stated scores, for compact tables. */
function scores(text: string): Record<string, (number | null)[]> {
  return Object.fromEntries(
    extractVulnerabilities(text).map((v) => [v.id, (v.cvss ?? []).map((c) => c.score)]),
  );
}

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
      {
        id: 'CVE-2024-3400',
        evidence: { start: 6, end: 19, text: 'First CVE-2024-3400 here.' },
        cvss: [],
      },
      {
        id: 'CVE-2024-21762',
        evidence: { start: 49, end: 63, text: 'Then cve\u20112024\u20113400 and CVE-2024-21762 there.' },
        cvss: [],
      },
    ]);
  });

  it('stays fast on a 1 MB line of near misses', () => {
    const started = performance.now();
    expect(extractVulnerabilities('CVE-2024-'.repeat(110_000))).toEqual([]);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('marks KEV membership only when a KEV set is given', () => {
    const text = 'CVE-2024-3400 and CVE-2024-0001 were fixed.';
    expect(extractVulnerabilities(text).map((v) => 'kev' in v)).toEqual([false, false]);
    expect(extractVulnerabilities(text, new Set(['CVE-2024-3400'])).map((v) => [v.id, v.kev])).toEqual([
      ['CVE-2024-3400', true],
      ['CVE-2024-0001', false],
    ]);
  });

  it.each([
    ['same sentence', 'CVE-2024-1111 is rated 9.8 on CVSS.', { 'CVE-2024-1111': [9.8] }],
    [
      'two CVEs, two scores, each after its CVE',
      'CVE-2024-1111 (CVSS 9.1) and CVE-2024-2222 (CVSS 7.2) were fixed.',
      { 'CVE-2024-1111': [9.1], 'CVE-2024-2222': [7.2] },
    ],
    [
      'two CVEs then two scores, in order',
      'CVE-2024-1111 and CVE-2024-2222 have CVSS scores of 9.1 and 7.2 respectively.',
      { 'CVE-2024-1111': [9.1], 'CVE-2024-2222': [7.2] },
    ],
    [
      'a score before its CVE',
      'The CVSS 9.8 flaw CVE-2024-1111 is chained with CVE-2024-2222.',
      { 'CVE-2024-1111': [9.8], 'CVE-2024-2222': [] },
    ],
    [
      'one score after the CVE it follows',
      'CVE-2024-1111, a CVSS 8.1 bug, is chained with CVE-2024-2222.',
      { 'CVE-2024-1111': [8.1], 'CVE-2024-2222': [] },
    ],
    [
      'a sentence naming no CVE borrows the previous sentence’s',
      'CVE-2024-2222 was also fixed. CVE-2024-1111 is a buffer overflow. It is rated 7.8 on CVSS.',
      { 'CVE-2024-2222': [], 'CVE-2024-1111': [7.8] },
    ],
    [
      'two sentences back at most',
      'CVE-2024-1111 is a bug. It is old. It is bad. CVE-2024-2222 too. It is rated 7.8 on CVSS.',
      { 'CVE-2024-1111': [], 'CVE-2024-2222': [7.8] },
    ],
    [
      'not three sentences back',
      'CVE-2024-1111 is a bug. It is old. It is bad. It is rated 7.8 on CVSS. CVE-2024-2222 too.',
      { 'CVE-2024-1111': [], 'CVE-2024-2222': [] },
    ],
    [
      'not from another paragraph when the document names several CVEs',
      'CVE-2024-1111 and CVE-2024-2222 were fixed.\n\nIt is rated 7.8 on CVSS.',
      { 'CVE-2024-1111': [], 'CVE-2024-2222': [] },
    ],
    [
      'the document’s only CVE',
      'Acme fixed CVE-2024-1111.\n\nThe flaw is rated 9.9 on CVSS.',
      { 'CVE-2024-1111': [9.9] },
    ],
    ['a repeated statement once', 'CVE-2024-1111 (CVSS 9.8). Again: CVSS 9.8.', { 'CVE-2024-1111': [9.8] }],
  ])('attributes scores: %s', (_why, text, expected) => {
    expect(scores(text)).toEqual(expected);
  });

  it('keeps who stated a score, its version and its vector', () => {
    const text =
      'Northwind fixed CVE-2025-0001. NVD rated it 9.8 on the CVSS v3.1 scale (CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H).';
    expect(extractVulnerabilities(text)[0]?.cvss).toEqual([
      {
        score: 9.8,
        vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
        version: '3.1',
        statedBy: 'NVD',
        evidence: {
          start: 44,
          end: 116,
          text: 'NVD rated it 9.8 on the CVSS v3.1 scale (CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H).',
        },
      },
    ]);
  });

  it('reads an advisory roundup (testdata/vuln-advisory-roundup.txt)', () => {
    const found = extractVulnerabilities(testdata('vuln-advisory-roundup.txt'), new Set(['CVE-2025-31337']));
    expect(found.map((v) => [v.id, v.kev, v.cvss?.map((c) => [c.score, c.version, c.statedBy])])).toEqual([
      ['CVE-2025-31337', true, [[9.8, '3.1', 'Northwind']]],
      ['CVE-2025-31338', false, [[7.5, null, null]]],
      ['CVE-2025-31339', false, [[5.3, null, null]]],
    ]);
  });

  it('reads a single-CVE story (testdata/vuln-single-cve.txt)', () => {
    const found = extractVulnerabilities(testdata('vuln-single-cve.txt'));
    expect(found.map((v) => [v.id, v.cvss?.map((c) => [c.score, c.version, c.statedBy])])).toEqual([
      ['CVE-2025-10442', [[9.3, '4.0', "the project's maintainers"]]],
    ]);
  });

  it('stays fast on a 1 MB line of CVEs and scores', () => {
    const started = performance.now();
    const found = extractVulnerabilities('CVE-2024-1111 (CVSS 9.8) and CVE-2024-2222 '.repeat(25_000));
    expect(found.map((v) => v.cvss?.length)).toEqual([1, 0]);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
