/** Dates read from a report: their value, their kind, and whose they are. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from './claims.js';
import { rows, type Row } from '../../test/claim-rows.js';

describe('extractClaims — dates', () => {
  it.each<[text: string, published: string | undefined, expected: Row[]]>([
    [
      'The record attack came in December 2025.',
      undefined,
      [['attack-date', '2025-12', 'date', '', 'December 2025']],
    ],
    [
      'It began on 19 February 2024.',
      undefined,
      [['attack-date', '2024-02-19', 'date', '', '19 February 2024']],
    ],
    [
      'It began on February 19, 2024.',
      undefined,
      [['attack-date', '2024-02-19', 'date', '', 'February 19, 2024']],
    ],
    ['Logs from 2024-02-19 show it.', undefined, [['event-date', '2024-02-19', 'date', '', '2024-02-19']]],
    [
      'The breach was found last Tuesday.',
      '2024-03-07',
      [['discovery-date', '2024-03-05', 'date', '', 'last Tuesday']],
    ],
    [
      'The breach was found last Thursday.',
      '2024-03-07',
      [['discovery-date', '2024-02-29', 'date', '', 'last Thursday']],
    ],
    [
      'Servers went down yesterday.',
      '2024-03-01T09:00:00Z',
      [['event-date', '2024-02-29', 'date', '', 'yesterday']],
    ],
    [
      'It was disclosed earlier this month.',
      '2024-03-07',
      [['disclosure-date', '2024-03', 'date', '', 'earlier this month']],
    ],
    ['Attacks started last month.', '2024-01-10', [['attack-date', '2023-12', 'date', '', 'last month']]],
    // A month with no year of its own is a reference in passing: untyped (it only recalls the kind).
    ['The intrusion began in November.', '2024-02-10', [['event-date', '2023-11', 'date', '', 'November']]],
    [
      'The intrusion began in November 2023.',
      '2024-02-10',
      [['attack-date', '2023-11', 'date', '', 'November 2023']],
    ],
    ['The patch shipped on March 3.', '2024-03-10', [['event-date', '2024-03-03', 'date', '', 'March 3']]],
    ['Servers went down yesterday and last Tuesday.', undefined, []],
    [
      'The logs span May 1 to October 31, 2022.',
      '2024-07-12',
      [
        ['event-date', '2022-05-01', 'date', '', 'May 1'],
        ['event-date', '2022-10-31', 'date', '', 'October 31, 2022'],
      ],
    ],
    [
      'Police seized servers from 16 to 20 October 2023.',
      '2024-07-12',
      [['takedown-date', '2023-10-16', 'date', '', '16 to 20 October 2023']],
    ],
    [
      'Attackers were active from May 1 to October 31, 2022.',
      '2024-07-12',
      [
        ['attack-date', '2022-05-01', 'date', '', 'May 1'],
        // The range's end is when it stopped: untyped.
        ['event-date', '2022-10-31', 'date', '', 'October 31, 2022'],
      ],
    ],
    [
      'Attackers struck on Thursday, 26 January 2023.',
      '2023-02-02',
      [['attack-date', '2023-01-26', 'date', '', '26 January 2023']],
    ],
    [
      'Acme disclosed on Monday that the outage was over.',
      '2023-02-02',
      [['event-date', '2023-01-30', 'date', '', 'on Monday']],
    ],
    [
      'BlackSuit on Thursday claimed the June 8 attack.',
      '2024-06-28',
      [
        ['event-date', '2024-06-27', 'date', '', 'on Thursday'],
        ['attack-date', '2024-06-08', 'date', '', 'June 8'],
      ],
    ],
    ['The intrusion happened last year.', '2024-06-28', [['event-date', '2023', 'date', '', 'last year']]],
    [
      'The intrusion happened last month.',
      '2024-06-28',
      [['attack-date', '2024-05', 'date', '', 'last month']],
    ],
    ['It began on February 30, 2024.', undefined, []],
  ])('%s (published %s)', (text, published, expected) => {
    expect(rows(text, published)).toEqual(expected);
  });

  it('keeps what a month in passing would date, for correlation, without making it a figure', () => {
    const [claim] = extractClaims(
      'The cyberattack on Acme in late October exposed 14.7 million people.',
      '2023-12-18',
    ).filter((c) => c.unit === 'date');
    expect(claim).toMatchObject({ field: 'event-date', value: '2023-10', recalls: 'attack-date' });
    expect(extractClaims('Acme was attacked on 3 October 2023.', '2023-12-18')[0]?.recalls).toBeUndefined();
  });

  it('does not take a month of an earlier incident the report sets its own beside for a recall', () => {
    const dates = (text: string) => extractClaims(text, '2023-05-02').filter((c) => c.unit === 'date');
    const follow = 'Acme is writing to 836 customers. The attack in January hit 37 million accounts.';
    expect(dates(follow)).toEqual([expect.objectContaining({ value: '2023-01', recalls: 'attack-date' })]);
    // Its second breach: January is the first one's, neither this attack's date nor a recall of it.
    const [second] = dates(follow.replace('customers.', 'customers, its second data breach of the year.'));
    expect(second).toMatchObject({ field: 'event-date', value: '2023-01' });
    expect(second?.recalls).toBeUndefined();
  });

  it("reads a takedown report: past victims' attack dates are untyped, the servers seized are no impact", () => {
    const text =
      'Police seized 40 servers on 14 March 2024. The gang hit MediaMarkt on 8 November 2021. It infected 700,000 computers.';
    const fields = (takedown: boolean) =>
      extractClaims(text, '2024-03-15', { takedown }).map((c) => `${c.field} ${String(c.value)}`);
    expect(fields(true)).toEqual([
      'takedown-date 2024-03-14',
      'event-date 2021-11-08',
      'devices-compromised 700000',
    ]);
    expect(fields(false)).toContain('attack-date 2021-11-08');
  });

  it('reads a payment to the attackers as a ransom paid', () => {
    const fields = (text: string, ransomware = false) =>
      extractClaims(text, '2024-07-20', { ransomware }).map((c) => `${c.field} ${String(c.value)}`);
    // Paid to the crew that stole the data: a ransom, whatever the word.
    expect(
      fields('AT&T paid a member of the crew to delete the data. The sum was $370,000, handed over in May.'),
    ).toContain('ransom-paid 370000');
    // Money moved to a wallet, in a ransomware report.
    expect(
      fields('On 21 June about $25 million moved to a wallet controlled by the affiliates.', true),
    ).toContain('ransom-paid 25000000');
    expect(
      fields('On 21 June about $25 million moved to a wallet controlled by the affiliates.'),
    ).not.toContain('ransom-paid 25000000');
  });

  it('reads a gang paying its own developer as wages, not a ransom', () => {
    const fields = (text: string) =>
      extractClaims(text, '2025-03-14', { ransomware: true }).map((c) => `${c.field} ${String(c.value)}`);
    expect(
      fields('Prosecutors say the coder who built the ransomware was paid about $230,000 for his work.'),
    ).toEqual([]);
    expect(fields('The hospital paid about $230,000 to the ransomware gang for a decryptor.')).toContain(
      'ransom-paid 230000',
    );
  });

  it('reads no impact and no attack date in a report shown to be no incident', () => {
    const text = 'The outage began on 19 July 2024, when a faulty update crashed 8.5 million machines.';
    const fields = (noIncident: boolean) =>
      extractClaims(text, '2024-07-25', { noIncident }).map((c) => `${c.field} ${String(c.value)}`);
    expect(fields(true)).toEqual(['event-date 2024-07-19']);
    expect(fields(false)).toContain('devices-compromised 8500000');
  });

  it('reads ransom proceeds as ransoms paid', () => {
    expect(
      extractClaims(
        'Ransom proceeds are put at no less than $500 million, not counting the far larger cost.',
      ).map((c) => c.field),
    ).toEqual(['ransom-paid']);
  });

  it('types a range only by the words before it, not by what happened within it', () => {
    const kinds = (text: string) =>
      extractClaims(text, '2023-11-01').map((c) => `${c.field} ${String(c.value)}`);
    expect(kinds('Between 16 and 20 October investigators seized servers of the gang.')).toEqual([
      'event-date 2023-10-16',
    ]);
    expect(kinds('The files were copied out of the workspace between 14 October and 25 October.')).toEqual([
      'attack-date 2023-10-14',
      'event-date 2023-10-25',
    ]);
    // A period in which an intruder had access is the attack, whatever comes first.
    expect(kinds('Between 19 and 28 December 2022 an unauthorised party signed in to the portal.')).toEqual([
      'attack-date 2022-12-19',
    ]);
    expect(kinds('The actor had access between late February and March 2023.')).toEqual([
      'attack-date 2023-02',
      'event-date 2023-03',
    ]);
  });

  it('dates an attack by its first wave, and tells a day once', () => {
    const kinds = (text: string) =>
      extractClaims(text, '2024-07-01').map((c) => `${c.field} ${String(c.value)}`);
    expect(
      kinds('The first intrusion hit on 18 June 2024, and a second attack followed on 19 June.'),
    ).toEqual(['attack-date 2024-06-18', 'event-date 2024-06-19']);
    expect(kinds('The June 2024 attack on the dealer platform began on 18 June 2024.')).toEqual([
      'attack-date 2024-06-18',
    ]);
  });

  it('gives a report of no incident no typed date, not even a disclosure', () => {
    const claims = extractClaims('The vendor disclosed the flaw on 13 February 2024.', '2024-03-01', {
      noIncident: true,
    });
    expect(claims.map((c) => c.field)).toEqual(['event-date']);
  });

  it('leaves the dates of a separate operation untyped', () => {
    const kinds = (text: string) =>
      extractClaims(text, '2024-03-01').map((c) => `${c.field} ${String(c.value)}`);
    expect(
      kinds('The botnet, disrupted in a separate FBI operation announced on 31 January 2024, was used.'),
    ).toEqual(['event-date 2024-01-31']);
    expect(kinds('The botnet was disrupted in an FBI operation announced on 31 January 2024.')).toEqual([
      'disclosure-date 2024-01-31',
    ]);
  });

  it('ignores an unparseable publication date', () => {
    expect(rows('Servers went down yesterday.', 'not a date')).toEqual([]);
  });
});
