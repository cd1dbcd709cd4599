import type { LedgerInput } from '../src/brief/llm/ledger.js';
import type { BriefSource } from '../src/brief/types.js';

const source = (n: number, name: string, title: string, published: string): BriefSource => ({
  n,
  copyOf: null,
  url: `https://news.example.org/${n}`,
  title,
  source: name,
  domain: 'news.example.org',
  kind: 'news',
  tier: 'T2',
  reliability: 'B',
  published,
});

const dated = (n: number, value: string) => ({
  value,
  unit: 'date',
  qualifier: '',
  tier: 'T2',
  documentUrl: `https://news.example.org/${n}`,
  source: n === 1 ? 'SecurityWire' : 'CyberWatch Agency',
  published: n === 1 ? '2024-03-05T08:00:00Z' : '2024-05-20T10:00:00Z',
  evidence: `The attack began on ${value}.`,
});

/**
 * A deterministic brief's facts and summary (a fictional story, in our own words): two sources, a
 * revised figure, a disputed date, a ransom in dollars, an actor, a CVE in KEV, a technique and a weekday date.
 */
export function ledgerFixture(): LedgerInput {
  return {
    title: 'Ransomware attack on Northwind Clinics exposes 4.2 million patients',
    incidentTypeLabel: 'Ransomware',
    severity: 'HIGH',
    triage: { level: 'URGENT', reason: 'URGENT: ransomware, 2 sources', escalation: [] },
    sources: [
      source(
        1,
        'SecurityWire',
        'Ransomware attack on Northwind Clinics exposes 4.2 million patients',
        '2024-03-05T08:00:00Z',
      ),
      source(
        2,
        'CyberWatch Agency',
        'CWA-2024-019: Northwind Clinics breach revised to 6.1 million people',
        '2024-05-20T10:00:00Z',
      ),
    ],
    actors: [{ name: 'ALPHV', sources: [1, 2] }],
    malware: [],
    organisations: [
      { name: 'Northwind Clinics', role: 'victim', sources: [1, 2] },
      { name: 'Citrix', role: 'vendor', sources: [2] },
    ],
    vulnerabilities: [{ id: 'CVE-2023-4966', kev: true, sources: [2] }],
    techniques: [
      {
        id: 'T1190',
        name: 'Exploit Public-Facing Application',
        tactics: ['initial-access'],
        evidence: 'The attackers got in through CVE-2023-4966.',
        sources: [2],
      },
    ],
    weaknesses: [],
    sectors: [{ name: 'healthcare', sources: [1, 2] }],
    countries: [{ name: 'US', sources: [1] }],
    claims: [
      {
        field: 'people-affected',
        status: 'revised',
        current: '6,100,000 people',
        corroboration: 'corroborated',
        sources: [1, 2],
      },
      {
        field: 'event-date',
        status: 'disputed',
        current: null,
        corroboration: 'corroborated',
        sources: [1, 2],
      },
      {
        field: 'ransom-paid',
        status: 'agreed',
        current: '$22,000,000',
        corroboration: 'reported',
        sources: [2],
      },
    ],
    disputes: [
      {
        field: 'event-date',
        status: 'disputed',
        current: null,
        values: [dated(1, '2024-02-21'), dated(2, '2024-02-12')],
      },
    ],
    summary: [
      {
        text: 'Northwind Clinics said on Monday 4 March 2024 that ALPHV ransomware had encrypted systems at its hospitals in three states.',
        cites: [1],
      },
      {
        text: 'The attackers got in through CVE-2023-4966 in a Citrix NetScaler gateway, according to the agency.',
        cites: [2],
      },
      {
        text: 'Revised people affected: 4,200,000 people (SecurityWire, 2024-03-05) → 6,100,000 people (CyberWatch Agency, 2024-05-20). The latest figure, 6,100,000 people, stands.',
        cites: [1, 2],
      },
      {
        text: 'Sources disagree on date of the event: 2024-02-21 (SecurityWire, 2024-03-05) → 2024-02-12 (CyberWatch Agency, 2024-05-20). Which figure is right is not settled.',
        cites: [1, 2],
      },
      { text: 'Reported by one source: ransom paid, $22,000,000.', cites: [2] },
      {
        text: "CVE-2023-4966 is listed in CISA's Known Exploited Vulnerabilities catalog.",
        cites: [],
      },
    ],
  };
}

/** A rewrite that states only what the fixture's ledger holds, with its citations. */
export const faithfulRewrite = [
  'ALPHV ransomware encrypted systems at Northwind Clinics hospitals in three states, the group said on 4 March 2024 [1].',
  'The attackers entered through CVE-2023-4966, a flaw in a Citrix NetScaler gateway listed in the Known Exploited Vulnerabilities catalog [2].',
  'The number of people affected was revised from 4.2 million to 6.1 million [1][2].',
  'One source reports that a $22 million ransom was paid [2].',
].join(' ');
