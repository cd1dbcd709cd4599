import { describe, expect, it } from 'vitest';
import { isRoundup, roundupLead } from './roundup.js';

describe('isRoundup', () => {
  it('finds a digest that lists several events', () => {
    expect(isRoundup('Friday digest: Medusa hits a school board, Fabrikam leak, Contoso patches VPN')).toBe(
      true,
    );
    expect(isRoundup('Northwind Bank breached, Tailspin Toys extorted, Adatum loses backups')).toBe(true);
    expect(isRoundup('Weekly roundup: Fabrikam outage, Contoso breach')).toBe(true);
  });

  it('keeps a single event with a list of details or of products as one report', () => {
    expect(isRoundup('Fabrikam cyberattack: tills dark, deliveries late, LockBit claims it')).toBe(false);
    expect(isRoundup('Flaws in Contoso file transfer tools: Relay, Bridge and Harbor')).toBe(false);
    expect(isRoundup('Morning brief: Contoso confirms ransom payment to delete stolen data')).toBe(false);
    expect(isRoundup('Contoso says intruders took customer data, API keys and MFA secrets')).toBe(false);
    expect(isRoundup('A week after the Contoso breach, customers still cannot log in')).toBe(false);
    expect(isRoundup('Faulty Contoso update, not a cyber attack, crashed 8.5 million Windows machines')).toBe(
      false,
    );
    // The sources a headline ends on are who said it, not more events.
    expect(
      isRoundup(
        'Nine months after the patch, Gravel Mantis still mines a Contoso flaw, Fabrikam and Poland warn',
      ),
    ).toBe(false);
  });
});

describe('roundupLead', () => {
  it('is the first event a round-up lists, nothing for a single event', () => {
    expect(
      roundupLead(
        'Friday brief: a 3.8 Tbps DDoS record, Star Blizzard domains seized, Evil Corp meets LockBit',
      ),
    ).toBe('a 3.8 Tbps DDoS record');
    expect(roundupLead('Northwind Bank breached, Tailspin Toys extorted, Adatum loses backups')).toBe(
      'Northwind Bank breached',
    );
    expect(
      roundupLead('Fabrikam cyberattack: tills dark, deliveries late, LockBit claims it'),
    ).toBeUndefined();
  });
});
