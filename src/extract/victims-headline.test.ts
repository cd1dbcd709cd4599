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
});
