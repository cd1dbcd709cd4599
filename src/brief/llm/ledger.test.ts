import { describe, expect, it } from 'vitest';
import { ledgerFixture } from '../../../test/ledger-fixture.js';
import { stem } from './ledger-index.js';
import { buildLedger, renderLedger } from './ledger.js';

describe('buildLedger', () => {
  const ledger = buildLedger(ledgerFixture());
  const { index } = ledger;

  it.each([
    ['4.2 million in the headline and 4,200,000 in the summary', 4_200_000, ['']],
    ['6,100,000 in a figure', 6_100_000, ['']],
    ['$22,000,000 in dollars', 22_000_000, ['USD']],
    ['three in words', 3, ['']],
  ])('holds the number of %s', (_, value, currencies) => {
    expect([...(index.numbers.get(value) ?? [])]).toEqual(currencies);
  });

  it('holds dates in every written form, with the weekday of full dates', () => {
    expect(index.dates).toContainEqual({ year: 2024, month: 3, day: 4, weekday: 1 });
    expect(index.dates).toContainEqual({ year: 2024, month: 3, day: 5, weekday: 2 });
    expect(index.dates).toContainEqual({ year: 2024, month: 5, day: 20, weekday: 1 });
    expect([...index.years]).toEqual([2024]);
  });

  it('holds identifiers, names and the words around them', () => {
    expect([...index.ids].sort()).toEqual(['CVE-2023-4966', 'T1190']);
    for (const word of ['alphv', 'northwind', 'citrix', 'netscaler', 'securitywire', 'exploit', 'known'])
      expect(index.words.has(word)).toBe(true);
    expect(index.words.has('blackcat')).toBe(false);
    expect(index.tokens.has('cwa-2024-019')).toBe(true);
  });

  it('does not take a year from inside an identifier or a citation number from a source line', () => {
    expect(index.years.has(2023)).toBe(false);
    expect(index.numbers.has(4966)).toBe(false);
    const sourceLine = ledger.lines.find((line) => line.section === 'source' && line.cites[0] === 2);
    expect(sourceLine?.index.numbers.has(2)).toBe(false);
  });

  it('keeps each line with its citations', () => {
    expect(ledger.sources).toEqual([1, 2]);
    expect(ledger.lines.find((line) => line.text === 'Threat actor: ALPHV')?.cites).toEqual([1, 2]);
    expect(ledger.lines.filter((line) => line.section === 'summary').map((line) => line.cites)).toEqual([
      [1],
      [2],
      [1, 2],
      [1, 2],
      [2],
      [],
    ]);
    expect(ledger.disputes.map((d) => d.label)).toEqual(['date of the event']);
  });

  it('renders as the writer prompt: sources to cite, facts and the deterministic summary', () => {
    const prompt = renderLedger(ledger);
    expect(prompt).toContain('[2] CyberWatch Agency, "CWA-2024-019: Northwind Clinics breach revised');
    expect(prompt).toContain(
      "- Vulnerability: CVE-2023-4966 (listed in CISA's Known Exploited Vulnerabilities catalog) [2]",
    );
    expect(prompt).toContain('- Figure, people affected: 6,100,000 people (revised, corroborated) [1][2]');
    expect(prompt).toMatch(
      /Deterministic summary[^\n]*\n- Northwind Clinics said on Monday 4 March 2024 .*\[1\]/,
    );
  });
});

describe('stem', () => {
  it.each([
    ['Losses', 'loss'],
    ['attackers', 'attacker'],
    ['companies', 'company'],
    ['patched', 'patch'],
    ['scanning', 'scann'],
    ['access', 'access'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});
