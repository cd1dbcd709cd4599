import { describe, expect, it } from 'vitest';
import { dateKind } from './date-kinds.js';

describe('dateKind', () => {
  it.each([
    ['The attack began on 21 February 2024 and lasted days.', '21 February 2024', 'attack-date'],
    [
      'In December 2023, the Aisuru botnet set a new DDoS record with an attack peaking at 31.4 Tbps.',
      'December 2023',
      'attack-date',
    ],
    ['The intrusion was discovered on 3 March 2024 by staff.', '3 March 2024', 'discovery-date'],
    [
      'UnitedHealth disclosed on 24 January 2025 that 190 million people were affected.',
      '24 January 2025',
      'disclosure-date',
    ],
    // A patch dates the fix, not the disclosure of an incident.
    ['The flaw was patched on 31 May 2023.', '31 May 2023', 'event-date'],
    ['Police seized the servers on 19 February 2024.', '19 February 2024', 'takedown-date'],
    // Attackers taking systems down attack them; police taking servers down take them down.
    [
      'The retailer said ransomware took down its ordering systems on 21 November 2024.',
      '21 November 2024',
      'attack-date',
    ],
    ['Police took down the botnet’s servers on 21 November 2024.', '21 November 2024', 'takedown-date'],
    ['The gang’s panels were defaced on 8 May 2025 with a taunt.', '8 May 2025', 'attack-date'],
    ['Researchers traced the first exploitation to 3 December 2024.', '3 December 2024', 'attack-date'],
    // A claim of responsibility dates the claim, not the attack it claims.
    [
      'The gang claimed responsibility for the intrusions on 15 December 2024.',
      '15 December 2024',
      'event-date',
    ],
    // Confirming internally that data was taken is the discovery; confirming to the press is disclosure.
    [
      'The insurer said it confirmed on 10 February 2025 that its data had been acquired by an unauthorised party.',
      '10 February 2025',
      'discovery-date',
    ],
    [
      'The insurer confirmed on 10 February 2025 that it is investigating reports of an attack.',
      '10 February 2025',
      'disclosure-date',
    ],
    ['The bank determined on 4 June 2024 that files were copied.', '4 June 2024', 'discovery-date'],
    // A later write-up of the incident dates the write-up, not its disclosure.
    [
      'Its investigators published their account of the initial intrusion on 20 April 2023.',
      '20 April 2023',
      'event-date',
    ],
    [
      'The vendor published its findings on the key theft on 6 September 2023.',
      '6 September 2023',
      'event-date',
    ],
    // A source saying it was attacked dates the attack; "said" governs nothing.
    ['The insurer said it was attacked on 12 December 2023.', '12 December 2023', 'attack-date'],
    [
      'The retailer said it suffered a ransomware attack on 21 November 2024.',
      '21 November 2024',
      'attack-date',
    ],
    ['The retailer said on 21 November 2024 that it was investigating.', '21 November 2024', 'event-date'],
    // Exploited since a date: the onset of the attack; a company in business since a date is not.
    [
      'The review found the bug had been exploited since at least October 2022.',
      'October 2022',
      'attack-date',
    ],
    ['The firm has been a customer since October 2022.', 'October 2022', 'event-date'],
    [
      'The agency has listed it as actively exploited since 10 February 2023.',
      '10 February 2023',
      'event-date',
    ],
    [
      'The leak is one more blow to a brand that has struggled since October 2022.',
      'October 2022',
      'event-date',
    ],
    // Since a date, an impact still going on: its onset. Since a date, a firm growing: nothing.
    [
      'Since Monday 12 June 2023, websites of the federal administration have been intermittently unavailable.',
      '12 June 2023',
      'attack-date',
    ],
    ['Since May 2024, the firm has been growing fast.', 'May 2024', 'event-date'],
    // A restart or a recovery that began is the way back, not the attack.
    ['The carmaker began a phased restart on 8 October 2025.', '8 October 2025', 'event-date'],
    ['The forecast assumes the phased restart that began on 8 October 2025.', '8 October 2025', 'event-date'],
    ['The attack began on 21 February 2024.', '21 February 2024', 'attack-date'],
    // A listing, a deadline, a hearing or the response dates that, not the attack or its discovery.
    ['Marked as exploited by the vendor on 14 February 2024.', '14 February 2024', 'event-date'],
    [
      'The gang set a deadline of 1 July 2024 before it would publish the files.',
      '1 July 2024',
      'event-date',
    ],
    [
      'The chairman went before a sub-committee on 8 July 2025 to discuss the attack.',
      '8 July 2025',
      'event-date',
    ],
    [
      'It became aware of the incident on 19 November 2023 and had contained it on 26 November 2023.',
      '26 November 2023',
      'event-date',
    ],
    [
      'It became aware of the incident on 19 November 2023 and had contained it on 26 November 2023.',
      '19 November 2023',
      'discovery-date',
    ],
    ['The assault landed on 29 October 2024 and lasted 80 seconds.', '29 October 2024', 'attack-date'],
    ['On 14 March 2025 a malicious actor tampered with the action.', '14 March 2025', 'attack-date'],
    // A ransom deadline and a patch release are not the attack or its disclosure.
    ['The gang set a deadline of 1 July 2024 for the payment.', '1 July 2024', 'event-date'],
    ['The vendor published its security updates on 13 February 2024.', '13 February 2024', 'event-date'],
    [
      'The operation was carried out in December 2023 under a court warrant.',
      'December 2023',
      'takedown-date',
    ],
    // A catalogue listing is not an attack, however "exploited" its name.
    [
      'CISA added the flaw to its catalogue of known exploited vulnerabilities on 22 February 2024.',
      '22 February 2024',
      'event-date',
    ],
    ['The activity was identified in 2024 and made public in March 2025.', 'March 2025', 'disclosure-date'],
    [
      'The company began telling customers on 7 January 2025 that data was taken.',
      '7 January 2025',
      'disclosure-date',
    ],
    // A version shipping is not the event's disclosure.
    ['Version 5.6.0 was published on 24 February 2024 by the maintainer.', '24 February 2024', 'event-date'],
    // A new clause is dated by its own words, not by the seizure before it.
    [
      'The site was seized on 19 February, and on 20 February 2024 the agencies confirmed the operation.',
      '20 February 2024',
      'disclosure-date',
    ],
    // A bound of a period ("before March 2019") dates no moment.
    ['Customers who used the service before March 2019 had their data stolen.', 'March 2019', 'event-date'],
    ['Police announced the 19 February 2024 takedown a day later.', '19 February 2024', 'disclosure-date'],
    ['By Dana Whitcombe • 7 June 2023', '7 June 2023', 'event-date'],
    ['The attack was bad. On 7 June 2023 the company said nothing.', '7 June 2023', 'event-date'],
    // "cyberattack" is an attack; "Mr." does not end the sentence.
    [
      'The cyberattack on lender Mr. Rowan in late October 2023 exposed data, a filing says.',
      'October 2023',
      'attack-date',
    ],
    // An event noun yields to the verb that governs it.
    ['The company detected the intrusion on 26 March 2023.', '26 March 2023', 'discovery-date'],
    ['Microsoft first disclosed the breach on 19 January 2024.', '19 January 2024', 'disclosure-date'],
    ['The second attack followed on 19 June 2024.', '19 June 2024', 'attack-date'],
    // The first cue after a date at the head of a clause.
    ['On 30 January 2023, Fortra detected suspicious activity.', '30 January 2023', 'discovery-date'],
    ['On 30 January 2023, attackers broke into the portal.', '30 January 2023', 'attack-date'],
    // Dates of something else: a period's start, a tally, data, an update, a dateline, a lawsuit.
    ['Ragnar Locker has been active since December 2019.', 'December 2019', 'event-date'],
    ['ALPHV had compromised 1,000 entities as of September 2023.', 'September 2023', 'event-date'],
    ['AT&T said the logs include records from 2 January 2023.', '2 January 2023', 'event-date'],
    ['Update (2 February 2023): the banner changed.', '2 February 2023', 'event-date'],
    ['Morning Brief, 27 January 2023: Hive dismantled', '27 January 2023', 'event-date'],
    ['AUSTIN, Texas, March 5, 2024 — Acme ships an attack surface tool.', 'March 5, 2024', 'event-date'],
    ['Per the complaint, filed on 22 July 2025, the attacker called.', '22 July 2025', 'event-date'],
    ['Clorox disclosed the incident on 14 August 2023 in a filing.', '14 August 2023', 'disclosure-date'],
    // Speech, posting and proof-of-concept dates vs the event verbs next to them.
    ['Europol said on 20 October 2023 that a developer was arrested.', '20 October 2023', 'event-date'],
    ['Cl0p listed the victim on its leak site on 3 March 2023.', '3 March 2023', 'event-date'],
    ['The data leaked on 3 March 2023.', '3 March 2023', 'attack-date'],
    ['A proof-of-concept exploit appeared on 6 February 2023.', '6 February 2023', 'event-date'],
    ['The group exploited the flaw on 6 February 2023.', '6 February 2023', 'attack-date'],
    ['The attacker phoned the help desk on 11 August 2023.', '11 August 2023', 'attack-date'],
    ['Namecheap suspended the polyfill.io domain on 27 June 2024.', '27 June 2024', 'takedown-date'],
    ['The FBI began investigating on 16 June 2023.', '16 June 2023', 'discovery-date'],
    ['The Federal Bureau of Investigation on 16 June 2023 seized it.', '16 June 2023', 'takedown-date'],
    // Told of it is finding out; telling is disclosing.
    ['HPE said it was notified on 12 December 2023 of the access.', '12 December 2023', 'discovery-date'],
    ['HPE notified regulators on 12 December 2023.', '12 December 2023', 'disclosure-date'],
    // A regulator's settlement dates the settlement.
    ['Under a consent decree announced on 30 September 2024, it pays.', '30 September 2024', 'event-date'],
    // An unauthorised party's access is the attack.
    ['An unauthorised party had access from 30 October 2023.', '30 October 2023', 'attack-date'],
  ])('%s → %s', (text, phrase, expected) => {
    const start = text.indexOf(phrase);
    expect(dateKind(text, start, start + phrase.length)).toBe(expected);
  });
});
