import { describe, expect, it } from 'vitest';
import { extractFacts } from './index.js';
import { builtinKb } from '../kb/builtin/index.js';

const victims = (title: string, body: string): string[] =>
  extractFacts(body, { kb: builtinKb(), title })
    .organisations.filter((o) => o.role === 'victim')
    .map((o) => o.name);

describe('the victim a headline names', () => {
  it('is the organisation hit, named again in the body', () => {
    expect(
      victims(
        'Fabrikam takes stores offline after ransomware attack',
        'The retailer said on Monday that ransomware had encrypted servers. Stores run by Fabrikam stayed shut while the ransom note was examined.',
      ),
    ).toEqual(['Fabrikam']);
    expect(
      victims(
        'Russian hackers breached Northwind Traders and stole customer data',
        'The breach at Northwind Traders exposed the data of 40,000 customers, the company said, after hackers stole a database.',
      ),
    ).toEqual(['Northwind Traders']);
  });

  it('is not a place, an actor, a product with its flaw, or a word only capitalised at a sentence start', () => {
    const body =
      'Hackers used the Contoso Relay zero-day to steal data. Researchers said the LockBit ransomware gang broke in and encrypted files across Costa Rica.';
    expect(victims('LockBit exploits Contoso Relay zero-day in Costa Rica ransomware attack', body)).toEqual(
      [],
    );
    expect(victims('Hackers steal data in ransomware attack', body)).toEqual([]);
  });

  it('is never an advisory’s identifier', () => {
    expect(
      victims(
        'CWA-2025-004: Fabrikam ransomware breach: affected population revised to 190 million people',
        'This advisory replaces CWA-2024-019. The number of people whose data was stolen in the ransomware breach is now 190 million, and advisory CWA-2025-004 lists the actions for affected people.',
      ),
    ).toEqual([]);
  });

  it('is never a month or a day', () => {
    const body =
      'The retailer said the ransomware attack will cost it £300 million and that online orders stay paused into July. Stores reopen on Monday.';
    expect(victims('Retailer’s online orders paused until July after ransomware attack', body)).toEqual([]);
    expect(victims('Stores shut until Monday after ransomware attack', body)).toEqual([]);
  });

  it('never runs a name across a sentence end of a first line standing in for a title', () => {
    const text =
      'Attackers breached Fabrikam Bank. Lantern used a stolen key against it, stealing $2 million in the ransomware attack.';
    expect(victims(text, text)).not.toContainEqual(expect.stringContaining('. '));
  });

  it('is not read from reports that are not about an incident at an organisation', () => {
    expect(
      victims(
        'Tailspin raises $20 million to speed up breach notification',
        'Tailspin said the round will fund hiring. Investors in Tailspin expect data breach rules to tighten.',
      ),
    ).toEqual([]);
  });

  it('is the full name a headline abbreviates, and a name after a sentence’s “The”', () => {
    expect(
      victims(
        'F&W puts £90m price on cyber attack',
        'Fennimore & Wolsey expects the ransomware attack to cost £90 million. Its chief executive said F&W had stopped online orders.',
      ),
    ).toEqual(['Fennimore & Wolsey']);
    expect(
      victims(
        'NTB says hackers were inside its email since May',
        'Northwind Trading Bank said on Tuesday that a state-sponsored group breached its cloud email. NTB found the intrusion in December.',
      ),
    ).toEqual(['Northwind Trading Bank']);
    expect(
      victims(
        'Co-op switches off IT systems after attempted intrusion',
        'The Co-operative Group took parts of its estate offline after a breach attempt. The Co-op did not say whether data was stolen.',
      ),
    ).toEqual(['Co-op']);
  });

  it('is never a quantity, an operation’s name, or a generic acronym', () => {
    const body =
      'The 3.8 Tbps flood hit a customer. Operation Cronos seized servers after the ransomware attack. Attackers stole CI secrets and used an SSL VPN account in the breach.';
    expect(victims('Ransomware attack: 3.8 Tbps flood hits customer', body)).toEqual([]);
    expect(victims('Operation Cronos: what the ransomware attack means', body)).toEqual([]);
    expect(victims('SSL VPN account used in breach; CI secrets stolen', body)).toEqual([]);
  });

  it('stops at a possessive and never takes a versioned product', () => {
    expect(
      victims(
        "Fabrikam's 37 million-account breach closed out by $31.5m settlement",
        'The settlement covers the breach in which hackers stole data on 37 million Fabrikam customers.',
      ),
    ).toEqual(['Fabrikam']);
    expect(
      victims(
        'Car dealers back on paper after Contoso Global pulls its platform offline in ransomware attack',
        'Contoso was attacked on June 19 by a ransomware gang that encrypted its servers. Dealers using Contoso Global software went back to paper.',
      ),
    ).toEqual(['Contoso Global']);
    expect(
      victims(
        'Backdoor in Relay Utils 5.6.0 ransomware attack',
        'The ransomware attack planted a backdoor in Relay Utils releases. Maintainers of Relay Utils pulled them.',
      ),
    ).toEqual([]);
  });

  it('is read from a campaign or a flaw report only when its headline says an organisation was hit', () => {
    const body =
      'Tailwind Telecom said malware was found on a subscriber server, the first known victim of the malware campaign. Tailwind Telecom is swapping SIM cards for free.';
    expect(victims('Tailwind Telecom confirms malware on subscriber server', body)).toEqual([
      'Tailwind Telecom',
    ]);
    expect(victims('Tailwind Telecom tracks new malware campaign', body)).toEqual([]);
  });

  it('is never the source a headline ends on, and takes the longer name the body gives', () => {
    const body =
      'Scattered Spider has breached several insurers this month, Fabrikam said. Fabrikam researchers saw the crew call help desks.';
    expect(victims('Scattered Spider breaches US insurers, Fabrikam warns', body)).toEqual([]);
    expect(
      victims(
        'Northwind Insurance disconnects systems after spotting network intruder',
        'Northwind Insurance Companies said an intruder breached its network on 9 June. The data breach at Northwind Insurance Companies is under investigation.',
      ),
    ).toEqual(['Northwind Insurance Companies']);
  });

  it('is never a product whose intrusions a headline counts', () => {
    expect(
      victims(
        'What Relaymgr intrusions leave behind after the data breach',
        'Attackers breached the network and stole data. Intruders used Relaymgr in the data breach, and the files stay.',
      ),
    ).toEqual([]);
  });
});
