import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IncidentType } from '../core/facts.js';
import { classifyIncident, isDiscounted } from './classify.js';

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
    'a cyber attack that took systems down is not a takedown',
    'Hospital group diverts ambulances after cyber attack',
    'A cyber attack took down clinical systems across the network, and staff switched to paper records while the intrusion is investigated.',
    'data-breach',
  ],
  [
    'a flaw with a patch and no reported exploitation',
    'Critical flaw CVE-2026-1010 in Contoso Relay: update now',
    'Contoso fixed CVE-2026-1010, a heap overflow that could be exploited by an unauthenticated attacker. ' +
      'The vendor is not aware of exploitation in the wild, and a proof-of-concept exploit has not been published.',
    'advisory',
  ],
  [
    'a flaw with a patch, the report silent on exploitation',
    'Contoso patches critical Relay flaw CVE-2026-1011',
    'Contoso fixed CVE-2026-1011, a heap overflow in Relay that an unauthenticated attacker could exploit. Customers should update.',
    'vulnerability-exploitation',
  ],
  [
    'a flaw attackers exploited before the patch',
    'Contoso Relay flaw CVE-2026-1010 exploited to plant web shells',
    'Attackers exploited CVE-2026-1010, a heap overflow, to plant web shells on Contoso Relay servers before a fix shipped.',
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
  [
    'a vendor’s annual threat report naming state hackers and a flaw',
    'Larkspur Labs publishes 2025 Threat Outlook report on Russian state hackers',
    'Larkspur Labs today released its annual Threat Outlook report. Russian state hackers and espionage groups such as APT28 were the most active actors it saw, and one Outlook flaw stayed among the most exploited.',
    'not-an-incident',
  ],
  [
    'a report of a campaign a vendor published is still the campaign',
    'Russian state hackers spy on ministries through Outlook flaw',
    'APT28, a Russian state hacking group, exploited an Outlook flaw to read the email of ministries in an espionage campaign, Larkspur Labs said in a report it published on Tuesday.',
    'espionage',
  ],
  ['nothing at all', 'Weekly newsletter', 'Here is what we read this week.', 'not-an-incident'],
  // Law enforcement is the headline's action; the crime it ends does not decide.
  [
    'the FBI disrupting a ransomware gang and handing out its decryptor',
    'FBI disrupts Zephyr ransomware gang and gives victims a free decryptor',
    'The Zephyr ransomware group encrypted systems at hospitals and schools and posted stolen files on its leak site. ' +
      'Agents spent weeks inside its servers, collected decryption keys and handed them to hundreds of victims.',
    'law-enforcement',
  ],
  [
    'near miss: a ransomware attack that was reported to the FBI',
    'Ransomware attack encrypts county payroll servers',
    'Attackers encrypted the payroll servers and left a ransom note. The county said it had notified the FBI.',
    'ransomware',
  ],
  [
    'a fake seizure banner is no police action',
    'Gang pulls its leak site behind a fake police banner and keeps affiliates\u2019 ransom money',
    'The leak site now shows a bogus seizure notice. Researchers say the ransomware operators kept a ransom payment owed to an affiliate.',
    'ransomware',
  ],
  [
    'malware back months after a takedown is a malware campaign',
    'Loader returns in new malware campaign months after police takedown',
    'The loader, which police claimed to have dismantled, is again delivered by malicious attachments. ' +
      'Infected machines download a backdoor and beacon to a new command-and-control server.',
    'malware-campaign',
  ],
  [
    'an arrest reported as news with no crime detail',
    'Police arrest two suspects behind bank-card skimming gang',
    'Officers arrested the pair in a raid on Tuesday and seized laptops, prosecutors said.',
    'law-enforcement',
  ],
  // Guidance about an active campaign is typed by the campaign; generic guidance stays an advisory.
  [
    'a government advisory about an active espionage campaign',
    'Agencies warn of state-sponsored espionage campaign, publish mitigations',
    'The joint advisory says a state-backed group is stealing diplomats\u2019 email for intelligence gathering. ' +
      'It recommends mitigations, and organizations should review mailbox permissions and follow the guidance.',
    'espionage',
  ],
  [
    'near miss: guidance that names no campaign',
    'National agency publishes advisory on logging best practices',
    'The advisory recommends mitigations and best practices; organizations should keep logs for a year.',
    'advisory',
  ],
  // The flaw is the way in; what it was used for decides.
  [
    'a zero-day used to steal data is a data breach',
    'Extortion crew says it stole records from 90 firms through file-transfer zero-day',
    'The gang exploited a zero-day, CVE-2031-0001, in the file-transfer server and stole data from customers. ' +
      'Several firms said personal information of affected customers had been exfiltrated.',
    'data-breach',
  ],
  [
    'spies using firewall flaws is espionage',
    'State-sponsored hackers exploited two firewall flaws to spy on ministries',
    'A state-backed group exploited CVE-2031-1111 and CVE-2031-2222, zero-day vulnerabilities, to spy on ministries of foreign affairs.',
    'espionage',
  ],
  // A state actor's intrusion is espionage, a provider breached to reach its customers is supply chain.
  [
    'state hackers reading officials\u2019 email',
    'Russian intelligence hackers read officials\u2019 email for months',
    'The intruders stole emails from government mailboxes after a password spray; the breach was found in January.',
    'espionage',
  ],
  [
    'a provider breached to reach its customers',
    'Hackers breached IT management vendor to reach its customers',
    'The intruders used the vendor\u2019s agent to push commands to downstream customers.',
    'supply-chain',
  ],
  // Conference notes, hiring and award releases, outage post-mortems are not incidents.
  [
    'conference notes on a phishing talk',
    'My notes from a conference talk on phishing kits',
    'The speaker showed slides on phishing kits and credential harvesting lures, then took questions in the Q&A. ' +
      'The conference runs until Friday.',
    'not-an-incident',
  ],
  [
    'near miss: a phishing campaign that researchers will present at a conference',
    'Phishing campaign impersonates parcel carrier',
    'The phishing emails lead to fake login pages; the scam harvests card details with a delivery-fee lure. ' +
      'The researchers will present their findings at a conference next month.',
    'phishing-fraud',
  ],
  [
    'a security firm hiring a former official',
    'Security vendor appoints former ransomware task force lead as chief strategy officer',
    'Acme Security appointed the former official, who led the response to several ransomware attacks.',
    'not-an-incident',
  ],
  [
    'an award press release',
    'Acme wins industry award for its ransomware detection',
    'Acme received the award for its malware detection engine.',
    'not-an-incident',
  ],
  [
    'near miss: a hospital that appoints responders after an attack',
    'Ransomware attack encrypts hospital servers',
    'Attackers encrypted the hospital servers and demanded a ransom; the board appointed an outside firm to investigate.',
    'ransomware',
  ],
  [
    'an outage post-mortem that rules out a DDoS',
    'Not a DDoS: a bad configuration file took the CDN offline',
    'The post-mortem says a database change doubled a configuration file and crashed the proxies. ' +
      'It was not an attack, and there was no malicious activity, although the errors looked like a flood.',
    'not-an-incident',
  ],
  [
    'near miss: a real DDoS that caused an outage',
    'DDoS attack causes outage at payment processor',
    'A distributed denial-of-service attack flooded the processor with 2 million requests per second.',
    'ddos',
  ],
  // Real incidents told through their cost, a lawsuit or a gang's name are still incidents.
  [
    'a lawsuit over how a hacker got in',
    'Retailer sues IT contractor, saying its help desk let a hacker in',
    'The complaint says the intruder called the help desk, was given a password and got into the network.',
    'data-breach',
  ],
  [
    'the quarterly cost of a cyberattack',
    'Manufacturer puts the cost of its cyberattack at $30 million',
    'The intrusion forced systems offline, and the company reported the cost with its quarterly results.',
    'data-breach',
  ],
  [
    'near miss: quarterly results with no attack',
    'Security vendor beats estimates in quarterly results',
    'Earnings rose on subscription growth, and the company raised its fiscal guidance.',
    'not-an-incident',
  ],
  [
    'data copied and claimed by a ransomware gang, nothing encrypted',
    'Chipmaker says customer database was copied; ransomware gang posts screenshots',
    'The database was copied during the intrusion and holds encrypted passwords. The Vela ransomware gang claimed the theft of data.',
    'data-breach',
  ],
  [
    'a related-link teaser about another story does not decide',
    'Telecom says intruders copied call logs of its customers',
    'Intruders copied call logs from the cloud workspace; the stolen data covers most customers.\n' +
      'Read more: last year\u2019s outage was caused by a faulty update, not a cyberattack.',
    'data-breach',
  ],
];

describe('classifyIncident', () => {
  it.each(cases)('%s', (_name, title, text, expected) => {
    const result = classifyIncident(text, title);
    expect(result.type).toBe(expected);
    // Evidence points into the text, or is the headline that alone decided.
    for (const e of result.evidence)
      expect(e.text === title || text.slice(e.start, e.end).length > 0).toBe(true);
  });

  it('cites the headline when the headline alone decided', () => {
    const title = 'Ridgeback appoints former FBI agent to lead threat actor engagement';
    const result = classifyIncident(
      'The agent worked on the Zephyr ransomware investigation, where the gang encrypted systems and took a $22 million ransom.',
      title,
    );
    expect(result.type).toBe('not-an-incident');
    expect(result.evidence).toEqual([{ start: 0, end: 0, text: title }]);
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
    // The crime is told at length; the headline's arrest still decides.
    const result = classifyIncident(
      'The LockBit ransomware encrypted systems at dozens of firms, left ransom notes and posted stolen files on ' +
        'its leak site in a double extortion scheme. Polish police arrested a man suspected of deploying it, Europol said.',
      'LockBit ransomware affiliate arrested in Poland',
    );
    expect(result.type).toBe('law-enforcement');
    expect(result.rationale).toMatch(/; law-enforcement takes precedence over ransomware \(\d+ points\)$/);
  });

  it('keeps an attack that caused an outage and hit earnings an incident', () => {
    // Weak cues of "not an incident" (the outage, the earnings) never outweigh the attack.
    const lead =
      'Hackers breached the casino operator and stole customer data, including personal information of loyalty ' +
      'members, the company said in a data breach notice. The hackers, native English speakers, broke in through ' +
      'the help desk. '.repeat(3);
    const result = classifyIncident(
      `${lead}The intrusion caused an outage of room keys and slot machines. The outage will weigh on quarterly ` +
        'results, earnings guidance shows; the outage lasted ten days.',
      'Hackers breach casino operator',
    );
    expect(result.type).toBe('data-breach');
  });

  it('types an intrusion that encrypted systems as ransomware, and one that only stole and extorted as a breach', () => {
    const encrypted = classifyIncident(
      'The intruders reset a help-desk password, moved through the network and then deployed an encryptor, ' +
        'encrypting more than 100 ESXi hypervisors. The intrusion began on 8 September; the hackers were inside ' +
        'for days before the intrusion was found.',
      'Breach at hotel group',
    );
    expect(encrypted.type).toBe('ransomware');
    expect(encrypted.rationale).toContain('data-breach');
    const extorted = classifyIncident(
      'Hackers breached the company and stole customer data. The ransomware gang posted samples on its leak site ' +
        'and asked for a ransom; the breach exposed personal information of 10,000 customers.',
      'Data breach at storage maker',
    );
    expect(extorted.type).toBe('data-breach');
  });

  it('is total on empty and hostile input', () => {
    expect(classifyIncident('', '').type).toBe('not-an-incident');
    expect(classifyIncident('a'.repeat(100_000) + ' ransom'.repeat(10), '').type).toBe('ransomware');
  });
});

describe('isDiscounted', () => {
  const cases: [before: string, cue: string, expected: boolean][] = [
    ['It was not a ', 'DDoS', true],
    ['Nobody has been ', 'arrested', true],
    ['behind a fake ', 'police banner', true],
    ['hit hotels months after the ', 'FBI takedown', true],
    ['a notice claiming that ', 'law enforcement had seized it', true],
    ['the group needed no ', 'zero-day', true],
    ['the bureau said it had ', 'seized the servers', false],
    ['the files were not only ', 'encrypted', false],
    ['the attack came after the ', 'takedown', false],
    ['Nothing was lost. Later police ', 'arrested two men', false],
  ];
  it.each(cases)('%s[%s] → %s', (before, cue, expected) => {
    expect(isDiscounted(before + cue, before.length)).toBe(expected);
  });
});
