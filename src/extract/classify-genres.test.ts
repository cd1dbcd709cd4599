/**
 * Kinds of report whose type a generic cue count gets wrong: genres that retell an incident in
 * detail (a podcast, a webinar, a book, an opinion, a company's quarter, a free offering), a
 * poisoned release pipeline, and a state group known only by a vendor's name for it.
 */
import { describe, expect, it } from 'vitest';
import type { IncidentType } from '../core/facts.js';
import { builtinKb } from '../kb/builtin/index.js';
import { classifyIncident } from './classify.js';
import { extractFacts } from './index.js';

const cases: [name: string, title: string, text: string, expected: IncidentType][] = [
  // What the report is, said in its headline, whatever crimes it retells in detail.
  [
    'podcast notes on a gang',
    'Podcast notes: a negotiator on Zephyr affiliates after the takedown',
    'This week’s episode had a ransomware negotiator on how Zephyr affiliates encrypted systems, left ransom notes and haggled over decryptors after police seized the leak site.',
    'not-an-incident',
  ],
  [
    'a webinar announcement',
    'Acme webinar to examine infostealer logs after the Bazaar takedown',
    'Acme today announced a live webinar on infostealer malware, stolen session cookies and the botnet that infected thousands of machines before police seized the Bazaar market. Registration is free.',
    'not-an-incident',
  ],
  [
    'a book review',
    'Re-reading a book on Gale Blizzard after the telecom wipe',
    'I first read the book in 2019. The state-sponsored hackers it follows went on to wipe a telecom operator’s servers, an espionage and sabotage campaign I re-read with new eyes.',
    'not-an-incident',
  ],
  [
    'an opinion piece',
    'Stop chasing encryptors: the case for loader-first detection',
    'Every ransomware brand that encrypts systems and leaves a ransom note arrives through a loader. In my view, detection teams should hunt the loaders.',
    'not-an-incident',
  ],
  [
    'a periodic threat report its first sentence announces under a record-attack headline',
    'Contoso report: 7.1 Tbps flood tops a year of record DDoS attacks',
    'Contoso has published its DDoS threat report for the second quarter of 2025. The largest attack it blocked was a 7.1 Tbps UDP flood from a Mirai botnet against a hosting firm.',
    'not-an-incident',
  ],
  [
    'an outage a company says a cyber incident caused',
    'Fabrikam Insurance confirms cyber incident behind days-long outage',
    'Fabrikam Insurance confirmed that the outage keeping policyholders out of their accounts stems from a cybersecurity incident. Its security team identified the incident on June 7 and took some systems offline.',
    'data-breach',
  ],
  [
    'a ransomware attack its victim’s filing calls a cyber incident',
    'Car dealers back on paper after Contoso pulls its platform offline',
    'Contoso said a cyber incident forced it to shut down its dealer software on Wednesday. Dealers across the country went back to paper forms, printing sales contracts by hand and tracking inventory in spreadsheets while the company worked to restore its systems. Some dealers said they could not register vehicles or process financing applications for several days, and lines formed at a number of stores. The company said it had brought in outside experts and was working around the clock, and that it expected the recovery to take several days at least. Later in the week Contoso told customers that some of their data was stolen. Investigators believe ransomware was involved.',
    'ransomware',
  ],
  [
    'a company’s quarter',
    'Contoso’s quarter: analysts keep asking about the VPN zero-day',
    'Contoso reported first-quarter results on Thursday. Analysts on the call asked about CVE-2031-4444, the zero-day actively exploited in its VPN, and how many customers had patched.',
    'not-an-incident',
  ],
  [
    'free mirrors offered after a script hijack',
    'CDNs offer free polyfill mirrors after script hijack',
    'Two CDN providers offer free mirrors of the hijacked script after the domain began serving malicious code injected into third-party scripts on thousands of sites.',
    'not-an-incident',
  ],
  [
    'a product launch that names a campaign’s flaws',
    'Larkspur Launches GateGuard to Shield File-Transfer Servers From Zero-Day Campaigns',
    'DENVER, May 2, 2025 -- Larkspur today announced GateGuard, a managed service that watches file-transfer servers. The Zephyr gang exploited CVE-2031-5555 and CVE-2031-5556, zero-day flaws, to steal data from hundreds of companies, and exploitation continues.',
    'not-an-incident',
  ],
  [
    'attackers launching a campaign are not a launch',
    'Zephyr gang launches new campaign exploiting file-transfer zero-day',
    'The Zephyr gang exploited CVE-2031-5555, a zero-day in file-transfer servers, and stole data from dozens of companies. Exploitation continues.',
    'vulnerability-exploitation',
  ],
  [
    'a vendor launching an emergency patch is not a launch',
    'Contoso launches emergency patch as zero-day is exploited',
    'Contoso released fixes for CVE-2031-5557, a zero-day attackers have exploited in the wild against its gateways since March.',
    'vulnerability-exploitation',
  ],
  [
    'a poisoned release pipeline',
    'From a branch name to PyPI: how the Larkspur library release was hijacked',
    'An attacker injected commands through a crafted branch name into the project’s GitHub Actions release workflow, and two rogue versions carrying a cryptominer reached PyPI before maintainers pulled them.',
    'supply-chain',
  ],
  [
    'a state group known by its vendor name',
    'Gale Blizzard exploited an Outlook zero-day against ministries',
    'Gale Blizzard used CVE-2031-3333, a zero-day in Outlook, against ministries and energy firms for months.',
    'espionage',
  ],
];

describe('classifyIncident — kinds of report', () => {
  it.each(cases)('%s', (_name, title, text, expected) => {
    expect(classifyIncident(text, title).type).toBe(expected);
  });
});

describe('a round-up is typed by the event it leads with', () => {
  it('does not let a seizure listed third decide a DDoS digest', () => {
    const title =
      'Friday brief: a 3.8 Tbps DDoS record, Star Blizzard domains seized, Evil Corp meets LockBit';
    const text =
      'Good morning. This week led with a record DDoS attack: a flood of 3.8 Tbps hit a provider, the largest ' +
      'distributed denial-of-service attack yet, with botnet traffic from routers.\n' +
      'Also: Microsoft and the Justice Department seized domains of Star Blizzard.';
    expect(extractFacts(text, { kb: builtinKb(), title }).classification.type).toBe('ddos');
  });
});

describe('a backdoor planted in software is a supply-chain compromise', () => {
  it('types a backdoored release as supply chain, a backdoor on victims as malware', () => {
    const planted = classifyIncident(
      'Malicious code was inserted into the upstream release tarballs of the compression library, versions ' +
        '7.1.0 and 7.1.1. Distributions that shipped them should downgrade.',
      'Backdoor in Zlibra 7.1.0 and 7.1.1: check and downgrade',
    );
    expect(planted.type).toBe('supply-chain');
    const implanted = classifyIncident(
      'The attackers installed a backdoor on the compromised routers and used the malware to steal credentials. ' +
        'The backdoor beacons to its command-and-control server every hour.',
      'New router backdoor steals credentials',
    );
    expect(implanted.type).not.toBe('supply-chain');
  });
});

describe('a flaw ransomware crews exploit', () => {
  it('is the exploitation when the report is about the flaw, the way in when it tells of systems encrypted', () => {
    const flaw =
      'Operators of Akira ransomware and Fog ransomware are exploiting CVE-2024-40711, a critical vulnerability in the backup server, to ' +
      'break in. The flaw is being actively exploited; the exploit creates a local administrator account. ' +
      'Patch the vulnerability now.';
    expect(classifyIncident(flaw, 'Backup server vulnerability exploited by ransomware gangs').type).toBe(
      'vulnerability-exploitation',
    );
    const attack = `${flaw} At the hospital the attackers encrypted its servers and left a ransom note.`;
    expect(classifyIncident(attack, 'Backup server vulnerability exploited by ransomware gangs').type).toBe(
      'ransomware',
    );
  });
});

describe('classification rationale', () => {
  it('says when a type gave way to the campaign it is about', () => {
    const result = classifyIncident(
      'The joint advisory says a state-backed group is stealing diplomats\u2019 email for intelligence gathering. ' +
        'It recommends mitigations, and organizations should review mailbox permissions.',
      'Agencies publish joint advisory and mitigations for network defenders',
    );
    expect(result.type).toBe('espionage');
    expect(result.rationale).toMatch(/; advisory \(\d+ points\) is guidance about an active espionage$/);
    expect(result.evidence.map((e) => e.text).join(' ')).toContain('state-backed group');
  });

  it('leaves related-link teasers out of the evidence', () => {
    const text =
      'Intruders copied call logs from the cloud workspace.\nRead more: the outage was not a cyberattack.';
    const result = classifyIncident(text, 'Telecom says intruders copied call logs');
    expect(result.evidence.every((e) => !e.text.startsWith('Read more'))).toBe(true);
  });
});
