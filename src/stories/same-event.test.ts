import { describe, expect, it } from 'vitest';
import { type Claim } from '../core/facts.js';
import { claim, doc } from '../../test/event-docs.js';
import { differentAttacks, differentMainVictims, recallsStory, typePenalty } from './conflicts.js';
import { eventKeys, figureKeys, mainActor, organisationKey } from './event-keys.js';
import { eventFeatures } from './features.js';
import type { IncidentType } from '../core/facts.js';

describe('typePenalty', () => {
  it.each<[IncidentType, IncidentType, number]>([
    ['ransomware', 'ransomware', 0],
    ['ransomware', 'data-breach', 0],
    ['advisory', 'espionage', 0],
    ['law-enforcement', 'ransomware', 3],
    ['ddos', 'law-enforcement', 3],
    ['law-enforcement', 'law-enforcement', 0],
    ['advisory', 'law-enforcement', 0],
    ['not-an-incident', 'vulnerability-exploitation', 3],
  ])('%s vs %s costs %d', (a, b, cost) => {
    expect(typePenalty(a, b)).toBe(cost);
    expect(typePenalty(b, a)).toBe(cost);
  });
});

describe('differentAttacks', () => {
  it.each<[string[], string[], boolean]>([
    [['2019'], ['2024-04'], true],
    [['2024-04-12'], ['2024-04'], false],
    [['2024-02-21'], ['2024-03-10'], false],
    [['2023-08-01'], ['2024-01-15'], true],
    [[], ['2024-01-15'], false],
  ])('%j vs %j: %s', (a, b, expected) => {
    expect(differentAttacks(a, b)).toBe(expected);
  });
});

describe('differentMainVictims', () => {
  it.each<[string, [string, number][], [string, number][][], boolean]>([
    [
      'each about its own casino, the other cited',
      [
        ['caesars', 7],
        ['mgm resorts', 1],
      ],
      [
        [
          ['mgm resorts', 9],
          ['caesars', 2],
        ],
      ],
      true,
    ],
    ['one victim, written shorter', [['mgm', 4]], [[['mgm resorts international', 6]]], false],
    [
      'a parent and its unit, both named throughout',
      [
        ['unitedhealth', 5],
        ['change healthcare', 4],
      ],
      [
        [
          ['change healthcare', 8],
          ['unitedhealth', 3],
        ],
      ],
      false,
    ],
    ['a victim named once is nobody main', [['acme', 1]], [[['globex', 5]]], false],
    ['the story names no victim', [['acme', 4]], [[]], false],
    [
      'the story sums its reports',
      [['caesars', 6]],
      [
        [['mgm resorts', 2]],
        [
          ['mgm resorts', 3],
          ['caesars', 1],
        ],
      ],
      true,
    ],
  ])('%s', (_name, mine, theirs, expected) => {
    expect(differentMainVictims(mine, theirs)).toBe(expected);
  });
});

describe('recallsStory', () => {
  const first = Date.UTC(2023, 7, 14);
  it.each<[string[], number[], string[], boolean]>([
    // A follow-up dating its event to the story's time.
    [['2023-08'], [first], [], true],
    [['2023-08-11'], [first], [], true],
    // The story's own dates, within a month.
    [['2023-06-02'], [Date.UTC(2024, 0, 5)], ['2023-06-10'], true],
    // A date after the story's first report is another event; a year says nothing.
    [['2023-10-02'], [first], [], false],
    [['2023'], [first], [], false],
    [[], [first], ['2023-08-11'], false],
  ])('%j against reports %j and dates %j: %s', (dates, published, theirs, expected) => {
    expect(recallsStory(dates, published, theirs)).toBe(expected);
  });
});

describe('figureKeys', () => {
  it('keys specific counts by two significant digits, and days of the attack', () => {
    expect(
      figureKeys([
        claim('people-affected', 9_700_000),
        claim('people-affected', 9_680_000),
        claim('victims', 1_000_000),
        claim('attack-date', '2024-06-19'),
        claim('attack-date', '2024-06'),
        claim('disclosure-date', '2024-06-20'),
      ]),
    ).toEqual(['fig:people-affected 9.7e6', 'fig:attack-date 2024-06-19']);
  });
});

describe('eventKeys', () => {
  it('keys a domain the headline names, whatever role its sentences give it', () => {
    const indicator = (value: string) => ({
      type: 'domain' as const,
      value,
      raw: value,
      confidence: 'medium' as const,
      role: 'reference' as const,
      reasons: [],
      evidence: { start: 0, end: value.length, text: value },
    });
    const base = doc(
      1,
      'Polyfill.io script on 100,000 sites hijacked',
      'Sites load polyfill.io; see example.org.',
      'supply-chain',
    );
    const keys = eventKeys({
      ...base,
      extraction: { ...base.extraction, indicators: [indicator('polyfill.io'), indicator('example.org')] },
    }).keys;
    expect(keys).toContain('ioc:polyfill.io');
    expect(keys).not.toContain('ioc:example.org');
  });

  it('never keys the plumbing every intrusion report names, only the products attacked', () => {
    const keys = eventKeys(
      doc(
        1,
        'Spies hide in NetScaler Gateway appliances',
        'The intruders ran WMI and PowerShell, dumped NTDS with ntdsutil and moved through Active Directory after breaking into NetScaler Gateway. They tunnelled out with Fast Reverse Proxy. The PINs of customers and the APIs behind them were exposed.',
        'espionage',
      ),
    ).keys;
    expect(keys).toContain('name:netscaler gateway');
    expect(
      keys.filter((k) => /wmi|powershell|ntds|active directory|fast reverse proxy|pins|apis/.test(k)),
    ).toEqual([]);
  });
});

describe('eventFeatures', () => {
  it('dates the event by its typed dates and by months mentioned in passing, never by a byline', () => {
    const passing: Claim = { ...claim('event-date', '2023-10'), recalls: 'attack-date' };
    const features = eventFeatures(
      doc(1, 'Acme follow-up', 'The attack on Acme in October.', 'data-breach', {
        claims: [passing, claim('discovery-date', '2023-11-02'), claim('event-date', '2023-12-18')],
      }),
    );
    expect(features.eventDates).toEqual(['2023-10', '2023-11-02']);
    expect(features.attackDates).toEqual(['2023-10']);
  });
});

describe('mainActor', () => {
  it('is the actor named most, or the only one named in the lead; none when two tie', () => {
    const one = doc(
      1,
      'Gravel Mantis hits port',
      'Gravel Mantis hit a port. Later Gravel Mantis left. Ash Lynx was not seen.',
      'ransomware',
      {
        actors: ['Gravel Mantis', 'Ash Lynx'],
      },
    );
    expect(mainActor(one)).toBe('actor:gravel mantis');
    const tie = doc(2, 'Two gangs', 'Gravel Mantis and Ash Lynx were both seen.', 'ransomware', {
      actors: ['Gravel Mantis', 'Ash Lynx'],
    });
    expect(mainActor(tie)).toBeUndefined();
  });
});

describe('organisationKey', () => {
  it('compares one company written with or without its corporate tail as one', () => {
    expect(organisationKey('CDK Global')).toBe(organisationKey('CDK'));
    expect(organisationKey('MGM Resorts International')).toBe('mgm resorts');
    expect(organisationKey('Fabrikam Holdings Inc.')).toBe('fabrikam');
    expect(organisationKey('The Co-operative Group')).toBe('co-operative');
    // A name that is nothing but a tail keeps it.
    expect(organisationKey('Global')).toBe('global');
  });

  it('keys a victim by it in the event keys', () => {
    const d = doc(
      1,
      'Contoso Global hit by ransomware',
      'Contoso Global said ransomware encrypted servers.',
      'ransomware',
      {
        victims: ['Contoso Global'],
      },
    );
    expect(eventKeys(d).keys).toContain('victim:contoso');
  });
});
