import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractClaims } from './claims.js';
import { rows, type Row } from '../../test/claim-rows.js';

const testdata = (name: string): string => readFileSync(new URL(`testdata/${name}`, import.meta.url), 'utf8');

describe('extractClaims — quantities', () => {
  it.each<[text: string, expected: Row[]]>([
    [
      'The botnets compromised more than three million IoT devices.',
      [['devices-compromised', 3_000_000, 'devices', 'over', 'more than three million']],
    ],
    [
      'A botnet launched a 5.6 terabit-per-second UDP flood.',
      [['attack-bandwidth', 5.6, 'Tbps', '', '5.6 terabit-per-second']],
    ],
    [
      'The seller said the data covered 70 million AT&T customers who were affected.',
      [['people-affected', 70_000_000, 'people', '', '70 million']],
    ],
    [
      'After removing duplicates, we count 14,212 distinct compromised devices.',
      [['devices-compromised', 14_212, 'devices', '', '14,212']],
    ],
    [
      'Researchers counted 3 million devices.',
      [['devices-compromised', 3_000_000, 'devices', '', '3 million']],
    ],
    [
      'A November attack linked to 500,000 compromised IP addresses reached 15.72 Tbps.',
      [
        ['devices-compromised', 500_000, 'devices', '', '500,000'],
        ['attack-bandwidth', 15.72, 'Tbps', '', '15.72 Tbps'],
      ],
    ],
    [
      'The breach exposed data of 190 million people.',
      [['people-affected', 190_000_000, 'people', '', '190 million']],
    ],
    [
      'Attackers stole about 100 million individuals’ records.',
      [['people-affected', 100_000_000, 'people', 'about', 'about 100 million']],
    ],
    [
      'The leak contained 2.7 billion records.',
      [['records-affected', 2_700_000_000, 'records', '', '2.7 billion']],
    ],
    [
      'The gang hit at least 40 companies and nearly a dozen hospitals.',
      [
        ['victims', 40, 'victims', 'over', 'at least 40'],
        ['victims', 12, 'victims', 'about', 'nearly a dozen'],
      ],
    ],
    [
      'The group demanded a ransom of $22 million.',
      [['ransom-demanded', 22_000_000, 'USD', '', '$22 million']],
    ],
    [
      'Change Healthcare paid a 22 million USD ransom to the affiliate.',
      [['ransom-paid', 22_000_000, 'USD', '', '22 million USD']],
    ],
    ['The ransom demand was €1.5m, police said.', [['ransom-demanded', 1_500_000, 'EUR', '', '€1.5m']]],
    [
      'The fraud cost the bank up to £3 million.',
      [['financial-loss', 3_000_000, 'GBP', 'up to', 'up to £3 million']],
    ],
    [
      'The attack peaked at 5.6 terabits per second and 800 Gbps later.',
      [
        ['attack-bandwidth', 5.6, 'Tbps', '', '5.6 terabits per second'],
        ['attack-bandwidth', 0.8, 'Tbps', '', '800 Gbps'],
      ],
    ],
    [
      'It reached 200 million requests per second and 3.15 billion packets per second, or 150 Mpps.',
      [
        ['attack-rate', 200_000_000, 'rps', '', '200 million requests per second'],
        ['attack-rate', 3_150_000_000, 'pps', '', '3.15 billion packets per second'],
        ['attack-rate', 150_000_000, 'pps', '', '150 Mpps'],
      ],
    ],
    [
      'The botnets issued over 315,000 attack commands; Aisuru alone sent 200,000+ commands.',
      [
        ['attack-commands', 315_000, 'commands', 'over', 'over 315,000'],
        ['attack-commands', 200_000, 'commands', 'over', '200,000+'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each([
    'Upgrade to version 10.4 devices firmware first.',
    'Block TCP 23 devices at the edge.',
    'The company raised $40 million in a Series B round.',
    'In 2023 hospitals were hit hard.',
    'One of the companies refused to comment.',
    'See section 3 records management.',
    'Revenue grew 12% to 4.2 billion.',
    'Patch CVE-2024-3400 devices and T1498.001 hosts now.',
    // A vague plural is a hedge, not a figure (it used to read as "over 10,000").
    'Victims reported tens of thousands of dollars in losses.',
  ])('finds no quantity in %j', (text) => {
    expect(rows(text).filter(([field]) => field !== 'event-date')).toEqual([]);
  });

  it.each<[text: string, expected: Row[]]>([
    [
      'Lazarus used TraderTraitor against Bybit, stealing $1.5 billion.',
      [['financial-loss', 1_500_000_000, 'USD', '', '$1.5 billion']],
    ],
    [
      'The group stole $1.5 billion in cryptocurrency.',
      [['financial-loss', 1_500_000_000, 'USD', '', '$1.5 billion']],
    ],
    ['The firm reported losses of $25 million.', [['financial-loss', 25_000_000, 'USD', '', '$25 million']]],
    [
      'Thieves siphoned about $600 million from the bridge.',
      [['financial-loss', 600_000_000, 'USD', 'about', 'about $600 million']],
    ],
    ['The info-stealing malware sold for $200 a month.', []],
    ['The company reported revenue of $25 million.', []],
  ])('reads money lost to theft in %j', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it('rates device counts high only with a compromise verb', () => {
    const [strong] = extractClaims('The botnet ensnared 3 million devices.');
    const [weak] = extractClaims('Shodan lists 3 million devices.');
    expect(strong?.confidence).toBe('high');
    expect(weak?.confidence).toBe('medium');
  });
});

describe('extractClaims — a number is a figure only with its subject', () => {
  it.each<[text: string, expected: Row[]]>([
    [
      'KT has counted 278 customers who lost a total of about 170 million won to the fraud.',
      [
        ['people-affected', 278, 'people', '', '278'],
        ['financial-loss', 170_000_000, 'KRW', 'about', 'about 170 million won'],
      ],
    ],
    // Money the gang wants "unless the company pays" is a demand, not a payment.
    [
      'The ransomware gang threatens to leak the data unless the company pays $4.5 million.',
      [['ransom-demanded', 4_500_000, 'USD', '', '$4.5 million']],
    ],
    // "The three retailers" are ones the text has named, not a count; "three retailers" is.
    ['Police thanked the three retailers that were attacked for their cooperation.', []],
    ['Hackers attacked three retailers in one week.', [['victims', 3, 'victims', '', 'three']]],
    // What a company has is not what it lost; what a leak covers is.
    ['The insurer, which says it covers roughly 50 million people, gave no count of those affected.', []],
    ['The carrier serves an estimated 24 million subscribers who were affected by the outage.', []],
    [
      'The leak covers 5 million account holders who were affected.',
      [['people-affected', 5_000_000, 'people', '', '5 million']],
    ],
    // A handful of people or machines is a step of the story, not the reach of the incident.
    [
      'The hackers stole about 60,000 emails from 10 accounts of staff who were affected.',
      [['records-affected', 60_000, 'records', 'about', 'about 60,000']],
    ],
    ['The intruders installed AnyDesk on two servers they had compromised.', []],
    ['Police said four people affected by the arrests were released.', []],
    [
      'The intrusion affected 85 employees whose payroll data was stolen.',
      [['people-affected', 85, 'people', '', '85']],
    ],
    [
      'Fewer than ten devices were compromised.',
      [['devices-compromised', 10, 'devices', 'up to', 'Fewer than ten']],
    ],
    [
      'More than 200,000 of the infected machines sat in Brazil.',
      [['devices-compromised', 200_000, 'devices', 'over', 'More than 200,000']],
    ],
    [
      "Around 30 of the agency's 1,500 servers had been encrypted.",
      [['devices-compromised', 30, 'devices', 'about', 'Around 30']],
    ],
    ['The gang has hit 250 organisations.', [['victims', 250, 'victims', '', '250']]],
    ['The breach exposed 14,000 accounts.', [['people-affected', 14_000, 'people', '', '14,000']]],
    ['Hackers compromised 1,000 websites.', [['victims', 1000, 'victims', '', '1,000']]],
    // Each intrusion is a victim broken into; intrusion sets and techniques are not.
    [
      'Responders have now tracked more than 30 intrusions in which the flaw played a part.',
      [['victims', 30, 'victims', 'over', 'more than 30']],
    ],
    ['The report describes 12 intrusion sets active in Europe.', []],
    [
      'The leak covers 5 million current and former account holders.',
      [['people-affected', 5_000_000, 'people', '', '5 million']],
    ],
    // Devices that could be attacked are exposure, not compromise; attacked ones are.
    ['More than 8,800 servers were running vulnerable versions when the fix shipped.', []],
    [
      'Attackers compromised 8,800 vulnerable servers.',
      [['devices-compromised', 8800, 'devices', '', '8,800']],
    ],
    // A relative clause after the count tells what the attack did, not what police did.
    [
      'They encrypted more than 100 ESXi hypervisors, which took down the hotel systems.',
      [['devices-compromised', 100, 'devices', 'over', 'more than 100']],
    ],
    // The day of a date is no count, whatever noun follows the month.
    ['The vendor disclosed the flaws on 19 February and told customers to upgrade.', []],
    // The unit named before the count: how revised totals are told.
    [
      'The company put the number of affected customer accounts at nearly 110 million.',
      [['people-affected', 110_000_000, 'people', 'about', 'nearly 110 million']],
    ],
    [
      'Kestrel raised its count of compromised servers in the environments it monitors to 212.',
      [['devices-compromised', 212, 'devices', '', '212']],
    ],
    ['The number of employees is 5,000.', []],
    // Once a sentence turns to earlier records, its later figures are theirs.
    [
      'The 5.6 Tbps flood is the largest yet, eclipsing the 3.8 Tbps attack of October and the 4.2 Tbps one after it.',
      [['attack-bandwidth', 5.6, 'Tbps', '', '5.6 Tbps']],
    ],
    [
      'The breach exposed records on about 72 million pupils and teachers.',
      [['people-affected', 72_000_000, 'people', 'about', 'about 72 million']],
    ],
    // Counted for another reason than harm; held in a stolen file they are impact.
    ['The payload sat inside two binary test files.', []],
    [
      'The file holds roughly 73 million rows.',
      [['records-affected', 73_000_000, 'records', 'about', 'roughly 73 million']],
    ],
    // Malware installed on devices is harm to them.
    ['The implant was installed on 500 routers.', [['devices-compromised', 500, 'devices', '', '500']]],
    // Whom a company serves is its size.
    ['The vendor serves 60 million students through some 18,000 customers.', []],
    // What a sentence says was no attack has no impact figure.
    ['The outage, which knocked over 8.5 million Windows computers, was not caused by hackers.', []],
  ])('reads %j', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each([
    ['arrests', 'Police arrested two people in Madrid after the raid.'],
    ['people questioned or detained', 'Six suspects were questioned and 12 people were detained.'],
    ['servers taken down', 'Officers took down 34 servers used by the gang.'],
    ['servers put out of action', 'The operation took 52 servers out of action.'],
    ['accounts frozen', 'Investigators froze over 200 cryptocurrency accounts.'],
    ['organisations never breached', 'Thousands of organisations that were never breached use the tool.'],
    ['organisations not affected', 'About 300 companies were not affected by the outage.'],
    ['a vague plural', 'Hundreds of hospitals were hit.'],
    ['head-count and funding', 'The startup employs 85 people and raised $18 million in a Series A round.'],
    ['staff as a unit, no harm', 'Founded in 2019, the vendor has 38 employees in two offices.'],
    ['a user base', 'The vendor says 600,000 businesses use its phone system.'],
    ['a customer base', 'The company has about 14 million customers.'],
    ['the whole of a partitive', "Two of the gang's 1,500 phishing sites were mirrored."],
    ['attacker infrastructure', 'The criminals ran 1,000 phishing sites.'],
    ['money seized by police', 'Police seized $8 million in cryptocurrency.'],
    ['money laundered', 'The mixer laundered $3 billion for its clients.'],
    ['a price', 'The gang offered its source code for an asking price of $5 million.'],
    ['a product name', 'The phishing came from hijacked Office 365 tenants of unrelated firms.'],
    ['another attack, for comparison', 'The flood dwarfed the 2.3 Tbps attack reported last year.'],
    ['a previous record', 'It beat the previous record of 3.47 Tbps.'],
    ['a threshold', 'Floods above one terabit per second doubled; those over 100 Gbps rose too.'],
    ['servers in a takedown', 'The takedown of more than 300 servers was announced on Friday.'],
    ['a rate, not a count', 'About 5,500 source IP addresses per second took part in the flood.'],
    ['an installed base', 'The vendor says its software is installed on more than 2.5 billion devices.'],
    ['what would have happened', 'Officials said 2,000,000 people would have lost power.'],
    [
      'what usually happens',
      'The gang’s ransom demands have typically ranged between $1 million and $10 million.',
    ],
    ['a product generation', 'Gen 5 firewalls running SonicOS 5.9 and older are affected.'],
    [
      'the sources of a report',
      'According to the two organisations, the attackers set their malware to fire on Friday.',
    ],
  ])('finds no figure in %s: %j', (_why, text) => {
    expect(rows(text).filter(([field]) => field !== 'event-date')).toEqual([]);
  });

  it.each<[text: string, expected: Row[]]>([
    [
      'Prosecutors say Hive extorted more than $100 million.',
      [['ransom-paid', 100_000_000, 'USD', 'over', 'more than $100 million']],
    ],
    [
      'The FBI said its decryptor prevented $130 million in ransom payments.',
      [['ransom-demanded', 130_000_000, 'USD', '', '$130 million']],
    ],
    [
      'The hacker asked the carrier for $1 million.',
      [['ransom-demanded', 1_000_000, 'USD', '', '$1 million']],
    ],
    ['The regulator fined the company £2.31m.', [['financial-loss', 2_310_000, 'GBP', '', '£2.31m']]],
    ['The company raised $21 million to fight ransomware.', []],
  ])('reads money by what happened to it in %j', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it('reads a payment as a ransom only in a text about ransom', () => {
    const text = 'A payment of about $22 million landed in the wallet.';
    expect(rows(text)).toEqual([]);
    expect(rows(`The gang demanded a ransom. ${text}`).at(-1)?.[0]).toBe('ransom-paid');
  });
});

describe('extractClaims — documents', () => {
  it('reads the botnet takedown report', () => {
    const text = testdata('prose-botnet-takedown.txt');
    expect(rows(text, '2026-03-19')).toEqual([
      // "the Justice Department said on Thursday" dates a source speaking, not the disclosure.
      ['event-date', '2026-03-19', 'date', '', 'on Thursday'],
      ['devices-compromised', 3_000_000, 'devices', 'over', 'more than three million'],
      ['attack-commands', 315_000, 'commands', 'over', 'over 315,000'],
      ['attack-date', '2025-12', 'date', '', 'December 2025'],
      ['attack-bandwidth', 31.4, 'Tbps', '', '31.4 Tbps'],
      ['attack-rate', 200_000_000, 'rps', '', '200 million requests per second'],
      // "tens of thousands of dollars in losses" is a hedge: no figure.
    ]);
  });

  it('reads the ransomware report, one claim per distinct value', () => {
    const claims = extractClaims(testdata('prose-ransomware.txt'));
    expect(claims.map((c) => [c.field, c.value, c.unit, c.qualifier, c.confidence])).toEqual([
      // "said on 19 February 2024" dates a source speaking: kept, never compared.
      ['event-date', '2024-02-19', 'date', '', 'high'],
      ['ransom-demanded', 3_400_000, 'USD', '', 'high'],
      ['people-affected', 800_000, 'people', 'about', 'high'],
    ]);
  });

  it('is total on empty and hostile input', () => {
    expect(extractClaims('')).toEqual([]);
    const hostile = '1,'.repeat(20_000) + ' over '.repeat(5_000) + '9'.repeat(400) + ' devices';
    expect(() => extractClaims(hostile, 'garbage')).not.toThrow();
  });
});
