import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IncidentType } from '../core/facts.js';
import { classifyIncident } from './classify.js';

const testdata = (name: string): string => readFileSync(new URL(`testdata/${name}`, import.meta.url), 'utf8');

const cases: [name: string, title: string, text: string, expected: IncidentType][] = [
  [
    'ransomware with encryption and a note',
    'Ransomware attack disrupts hospital chain',
    testdata('prose-ransomware.txt'),
    'ransomware',
  ],
  [
    'botnet takedown is law enforcement despite the DDoS detail',
    'Law enforcement disrupts four IoT botnets behind record DDoS attacks',
    testdata('prose-botnet-takedown.txt'),
    'law-enforcement',
  ],
  [
    'arrest of a ransomware affiliate',
    'Police arrest suspected LockBit affiliate in Poland',
    'Polish police arrested a 31-year-old man suspected of deploying LockBit ransomware against businesses. ' +
      'Europol said the suspect encrypted systems and demanded ransom payments from more than 40 companies.',
    'law-enforcement',
  ],
  [
    'an intrusion that "severely disrupted" production and affected data is not a takedown',
    'Carmaker extends production shutdown after cyber attack',
    'The company shut down its systems as a precaution and said production was "severely disrupted". ' +
      'It later admitted that "some data" had been affected and said it had informed the relevant regulators.',
    'data-breach',
  ],
  [
    'data breach notification',
    'Retailer discloses data breach affecting customers',
    'Contoso Retail Inc. said an unauthorized third party accessed a customer database. ' +
      'The stolen data includes names, addresses and Social Security numbers, and the company has begun notifying affected customers.',
    'data-breach',
  ],
  [
    'record DDoS attack',
    'Cloudflare mitigates record 5.6 Tbps DDoS attack',
    'The UDP flood lasted 80 seconds and peaked at 5.6 terabits per second. ' +
      'The distributed denial-of-service attack was launched by a Mirai-variant botnet.',
    'ddos',
  ],
  [
    'CVE exploited in the wild',
    'Ivanti warns of Connect Secure zero-day exploited in attacks',
    'Ivanti disclosed CVE-2025-0282, a stack-based buffer overflow that has been exploited in the wild. ' +
      'CISA added the flaw to its Known Exploited Vulnerabilities catalog.',
    'vulnerability-exploitation',
  ],
  [
    'government advisory with mitigations and no victim',
    'CISA and partners release guidance on securing edge devices',
    'The joint cybersecurity advisory recommends mitigations for network defenders. ' +
      'Organizations should apply the best practices listed in the guidance and review logging configurations.',
    'advisory',
  ],
  [
    'trojanised software update',
    'Supply chain attack hits accounting software users',
    'Attackers trojanized an update of the desktop client, and downstream customers installed the backdoored build.',
    'supply-chain',
  ],
  [
    'state-sponsored espionage',
    'Chinese state hackers breach telecom networks for espionage',
    'The state-sponsored group, tracked as Salt Typhoon, focused on intelligence gathering from government networks.',
    'espionage',
  ],
  [
    'infostealer campaign',
    'Malvertising campaign spreads new infostealer',
    'The malware is delivered by a loader from fake download sites and sends stolen browser data to its C2 server.',
    'malware-campaign',
  ],
  [
    'phishing kit',
    'Phishing campaign impersonates tax authority',
    'The scam emails lead to fake login pages that harvest credentials, a classic credential harvesting lure.',
    'phishing-fraud',
  ],
  [
    'outage caused by a faulty update',
    'Global IT outage grounds flights',
    'The outage was caused by a faulty content update and was not the result of a cyberattack, the vendor said.',
    'not-an-incident',
  ],
  [
    'product launch mentioning ransomware',
    'Acme launches AI-powered ransomware protection',
    'Acme Security today launched a new product that it says detects ransomware early. It is now available to all customers.',
    'not-an-incident',
  ],
  [
    'funding round',
    'Startup raises $40 million Series B',
    'The company raised $40 million in a Series B funding round led by venture investors.',
    'not-an-incident',
  ],
  ['nothing at all', 'Weekly newsletter', 'Here is what we read this week.', 'not-an-incident'],
];

describe('classifyIncident', () => {
  it.each(cases)('%s', (_name, title, text, expected) => {
    const result = classifyIncident(text, title);
    expect(result.type).toBe(expected);
    for (const e of result.evidence) expect(text.slice(e.start, e.end).length).toBeGreaterThan(0);
  });

  it('explains its choice and cites the deciding sentences', () => {
    const text = testdata('prose-ransomware.txt');
    const result = classifyIncident(text, 'Ransomware attack disrupts hospital chain');
    expect(result.rationale).toMatch(/^title mentions 'ransomware'; \d+ cues for ransomware \(ransomware, /);
    expect(result.evidence.length).toBeGreaterThan(0);
    expect(result.evidence.length).toBeLessThanOrEqual(3);
    expect(result.evidence[0]?.text).toContain('ransomware attack had encrypted servers');
  });

  it('says why law enforcement took precedence', () => {
    const result = classifyIncident(
      'Polish police arrested a man suspected of deploying LockBit ransomware. ' +
        'Europol said the suspect encrypted systems and demanded ransom payments.',
      'LockBit ransomware affiliate arrested in Poland',
    );
    expect(result.type).toBe('law-enforcement');
    expect(result.rationale).toMatch(/; law-enforcement takes precedence over ransomware \(\d+ points\)$/);
  });

  it('is total on empty and hostile input', () => {
    expect(classifyIncident('', '').type).toBe('not-an-incident');
    expect(classifyIncident('a'.repeat(100_000) + ' ransom'.repeat(10), '').type).toBe('ransomware');
  });
});
