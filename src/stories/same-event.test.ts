import { describe, expect, it } from 'vitest';
import { type Claim, emptyExtraction, type IncidentType } from '../core/facts.js';
import type { EventDoc } from './cluster-types.js';
import { createMemoryCorrelator } from './correlator.js';
import { eventKeys, figureKeys, mainActor } from './event-keys.js';
import { eventFeatures } from './features.js';
import { differentAttacks, differentMainVictims, recallsStory, typePenalty } from './conflicts.js';

describe('typePenalty', () => {
  it.each<[IncidentType, IncidentType, number]>([
    ['ransomware', 'ransomware', 0],
    ['ransomware', 'data-breach', 0],
    ['advisory', 'espionage', 0],
    ['law-enforcement', 'ransomware', 2],
    ['ddos', 'law-enforcement', 2],
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

const claim = (field: Claim['field'], value: number | string): Claim => ({
  field,
  value,
  unit: typeof value === 'number' ? 'people' : 'date',
  qualifier: '',
  confidence: 'high',
  evidence: { start: 0, end: 0, text: '' },
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

const entity = (name: string, start = 0) => ({
  name,
  confidence: 'high' as const,
  evidence: { start, end: start + name.length, text: '' },
});

function doc(
  id: number,
  title: string,
  text: string,
  type: IncidentType,
  fields: { actors?: string[]; victims?: string[]; published?: string; claims?: Claim[] } = {},
): EventDoc {
  return {
    id,
    title,
    text,
    published: fields.published ?? '2025-03-01T00:00:00Z',
    sourceDomain: `s${id}.example`,
    extraction: {
      ...emptyExtraction({ type, evidence: [], rationale: '' }),
      actors: (fields.actors ?? []).map((a) => entity(a, text.indexOf(a))),
      claims: fields.claims ?? [],
      organisations: (fields.victims ?? []).map((v) => ({
        ...entity(v, text.indexOf(v)),
        role: 'victim' as const,
      })),
    },
  };
}

describe('a shared actor is not one event', () => {
  it('keeps a gang’s attack and its takedown months later apart', () => {
    const correlator = createMemoryCorrelator();
    const attack = correlator.add(
      doc(
        1,
        'Gravel Mantis ransomware hits a port operator',
        'Gravel Mantis ransomware encrypted systems at a port operator. Gravel Mantis demanded a ransom.',
        'ransomware',
        {
          actors: ['Gravel Mantis'],
          published: '2024-03-01T00:00:00Z',
        },
      ),
    );
    const takedown = correlator.add(
      doc(
        2,
        'Police seize Gravel Mantis leak site',
        'Police seized the Gravel Mantis leak site and servers. Gravel Mantis affiliates were identified.',
        'law-enforcement',
        {
          actors: ['Gravel Mantis'],
          published: '2024-09-01T00:00:00Z',
        },
      ),
    );
    expect(takedown.storyId).not.toBe(attack.storyId);
  });

  it('keeps two police actions against one gang months apart apart, and joins reports of one within days', () => {
    const action = (id: number, published: string, title: string, text: string): EventDoc => {
      const base = doc(id, title, text, 'law-enforcement', {
        actors: ['Gravel Mantis'],
        published,
        claims: [{ ...claim('victims', 2350), unit: 'victims' }],
      });
      const evidence = [{ start: 0, end: 6, text: 'Police' }];
      const classification = { type: 'law-enforcement' as const, evidence, rationale: '' };
      return { ...base, extraction: { ...base.extraction, classification } };
    };
    const correlator = createMemoryCorrelator();
    const first = correlator.add(
      action(
        1,
        '2024-02-20T00:00:00Z',
        'Police seize Gravel Mantis leak site',
        'Police seized the Gravel Mantis leak site in Operation Sandglass. Gravel Mantis had 2,350 victims.',
      ),
    );
    const days = correlator.add(
      action(
        2,
        '2024-02-24T00:00:00Z',
        'Gravel Mantis back online days after Sandglass',
        'Police said the Gravel Mantis gang, with 2,350 victims, lost its servers in Operation Sandglass; a new site is up.',
      ),
    );
    const months = correlator.add(
      action(
        3,
        '2024-05-07T00:00:00Z',
        'Gravel Mantis leader named and sanctioned',
        'Police named the leader of Gravel Mantis and sanctioned him. Sandglass partners put Gravel Mantis victims at 2,350.',
      ),
    );
    expect(days.storyId).toBe(first.storyId);
    expect(months.storyId).not.toBe(first.storyId);
  });

  it('keeps two incidents at one victim with attack dates years apart apart', () => {
    const correlator = createMemoryCorrelator();
    const old = correlator.add(
      doc(
        1,
        'Tessellate Mobile confirms leak of customer data',
        'Tessellate Mobile said customer data stolen in 2019 was leaked.',
        'data-breach',
        {
          claims: [claim('attack-date', '2019')],
          published: '2024-03-01T00:00:00Z',
        },
      ),
    );
    const fresh = correlator.add(
      doc(
        2,
        'Tessellate Mobile call records stolen',
        'Tessellate Mobile said call records were stolen in April 2024 from a cloud workspace.',
        'data-breach',
        {
          claims: [claim('attack-date', '2024-04')],
          published: '2024-07-12T00:00:00Z',
        },
      ),
    );
    expect(fresh.storyId).not.toBe(old.storyId);
    expect(fresh.reason).toMatch(/different attack dates/);
  });

  it('keeps a report of a second breach at one victim weeks after the first apart from it', () => {
    const report = (id: number, title: string, text: string, published: string, claims: Claim[]) =>
      doc(id, title, text, 'data-breach', { victims: ['Tessellate Mobile'], published, claims });
    const correlator = createMemoryCorrelator();
    const first = correlator.add(
      report(
        1,
        'Tessellate Mobile says API abuse exposed 37 million accounts',
        'Tessellate Mobile found on 5 January that an attacker had abused an API. Tessellate Mobile said 37 million accounts were exposed.',
        '2023-01-19T00:00:00Z',
        [claim('discovery-date', '2023-01-05'), claim('people-affected', 37_000_000)],
      ),
    );
    const text =
      'Tessellate Mobile is writing to 836 customers whose account PINs were exposed from late February. Tessellate Mobile called it its second breach of the year.';
    const second = correlator.add(
      report(
        2,
        'Tessellate Mobile tells 836 customers their PINs were exposed',
        text,
        '2023-05-02T00:00:00Z',
        [claim('people-affected', 836), claim('attack-date', '2023-02')],
      ),
    );
    expect(second.storyId).not.toBe(first.storyId);
    // The same report without "second": its February recalls the story's January discovery.
    const again = createMemoryCorrelator();
    const one = again.add(
      report(
        1,
        'Tessellate Mobile says API abuse exposed 37 million accounts',
        'Tessellate Mobile found on 5 January that an attacker had abused an API. Tessellate Mobile said 37 million accounts were exposed.',
        '2023-01-19T00:00:00Z',
        [claim('discovery-date', '2023-01-05'), claim('people-affected', 37_000_000)],
      ),
    );
    const follow = again.add(
      report(
        2,
        'Tessellate Mobile tells 836 customers their PINs were exposed',
        text.replace(' Tessellate Mobile called it its second breach of the year.', ''),
        '2023-05-02T00:00:00Z',
        [claim('people-affected', 836), claim('attack-date', '2023-02')],
      ),
    );
    expect(follow.storyId).toBe(one.storyId);
  });

  it('still joins two reports of one attack that name the same figure and victim', () => {
    const correlator = createMemoryCorrelator();
    const first = correlator.add(
      doc(
        1,
        'Tessellate Mobile call records stolen',
        'Tessellate Mobile said records of 109 million customers were stolen.',
        'data-breach',
        {
          claims: [claim('people-affected', 109_000_000)],
        },
      ),
    );
    const second = correlator.add(
      doc(
        2,
        'Tessellate Mobile breach covers nearly all customers',
        'Tessellate Mobile told regulators 109 million customers are affected.',
        'data-breach',
        {
          claims: [claim('people-affected', 109_000_000)],
        },
      ),
    );
    expect(second.storyId).toBe(first.storyId);
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

/** A document whose type a sentence supports (an unsupported type is unknown to the correlator). */
function typed(base: EventDoc): EventDoc {
  const evidence = [{ start: 0, end: 4, text: base.text.slice(0, 4) }];
  const classification = { ...base.extraction.classification, evidence };
  return { ...base, extraction: { ...base.extraction, classification } };
}

const malware = (name: string, text: string) => ({
  name,
  confidence: 'high' as const,
  evidence: { start: text.indexOf(name), end: text.indexOf(name) + name.length, text: '' },
});

describe('kinds of report', () => {
  it('joins a news report and a vendor’s dissection days later when both headlines name the malware', () => {
    const report = (id: number, title: string, text: string, published: string): EventDoc => {
      const base = typed(doc(id, title, text, 'malware-campaign', { actors: ['Gravel Mantis'], published }));
      return { ...base, extraction: { ...base.extraction, malware: [malware('Gritwire', text)] } };
    };
    const correlator = createMemoryCorrelator();
    const news = correlator.add(
      report(
        1,
        'Gravel Mantis tried to cut power with Gritwire, national CERT says',
        'Gravel Mantis planted Gritwire at an energy company to switch off substations on Friday evening; responders stopped it in time, the national CERT said.',
        '2022-04-12T00:00:00Z',
      ),
    );
    const analysis = correlator.add(
      report(
        2,
        'Gritwire dissected: the industrial payload Gravel Mantis staged',
        'Our reverse engineering of Gritwire shows a protocol module, a hard-coded station list and a wiper companion; Gravel Mantis compiled the sample weeks before deployment.',
        '2022-04-20T00:00:00Z',
      ),
    );
    expect(analysis.storyId).toBe(news.storyId);
  });

  it('never joins a release that names an incident’s actor and CVE to that incident', () => {
    const withCve = (base: EventDoc): EventDoc => {
      const at = base.text.indexOf('CVE-2024-21111');
      const evidence = { start: at, end: at + 14, text: 'CVE-2024-21111' };
      return typed({
        ...base,
        extraction: { ...base.extraction, vulnerabilities: [{ id: 'CVE-2024-21111', evidence }] },
      });
    };
    const correlator = createMemoryCorrelator();
    const campaign = correlator.add(
      withCve(
        doc(
          1,
          'Gravel Mantis exploits CVE-2024-21111 in Contoso Mail to read ministries’ email',
          'Gravel Mantis exploited CVE-2024-21111 in Contoso Mail to read the email of ministries. Contoso Mail servers in Europe were hit; Gravel Mantis kept access for months.',
          'espionage',
          { actors: ['Gravel Mantis'], published: '2024-01-10T00:00:00Z' },
        ),
      ),
    );
    const release = correlator.add(
      withCve(
        doc(
          2,
          'Larkspur publishes 2024 threat report: Gravel Mantis and CVE-2024-21111 in Contoso Mail lead',
          'Larkspur today released its annual threat report. Gravel Mantis was the most active actor, and CVE-2024-21111 in Contoso Mail the most exploited flaw in Europe. Gravel Mantis targeted ministries.',
          'not-an-incident',
          { actors: ['Gravel Mantis'], published: '2024-02-20T00:00:00Z' },
        ),
      ),
    );
    expect(release.storyId).not.toBe(campaign.storyId);
    expect(release.reason).toMatch(/no incident and an incident/);
  });
});

describe('victims and round-ups', () => {
  it('does not join a report to a story that only cites its victim in passing', () => {
    const correlator = createMemoryCorrelator();
    const campaign = correlator.add(
      doc(
        1,
        'Loader returns with tax-themed lures aimed at hotels',
        'Tidewater Systems first described the loader campaign. Researchers at Tidewater Systems shared indicators with hotels.',
        'malware-campaign',
      ),
    );
    const breach = correlator.add(
      doc(
        2,
        'Spies read Tidewater Systems executives’ email',
        'Tidewater Systems said spies read the email of its executives after a password spray.',
        'espionage',
        { victims: ['Tidewater Systems'] },
      ),
    );
    expect(breach.storyId).not.toBe(campaign.storyId);
  });

  it('keeps a digest of several events apart from each of them, and joins its copy to it', () => {
    const correlator = createMemoryCorrelator();
    const text =
      'Quarry Bank was breached on Monday and 2 million customer records were stolen. Lantern Foods was extorted. Brightwell lost backups.';
    const event = correlator.add(
      doc(
        1,
        'Quarry Bank breached, customer records stolen',
        'Quarry Bank told customers that intruders copied 2 million records from a marketing database.',
        'data-breach',
        {
          victims: ['Quarry Bank'],
          claims: [claim('records-affected', 2_000_000)],
        },
      ),
    );
    const digest = correlator.add(
      doc(
        2,
        'This week: Quarry Bank breached, Lantern Foods extorted, Brightwell loses backups',
        text,
        'data-breach',
        {
          victims: ['Quarry Bank', 'Lantern Foods'],
          claims: [claim('records-affected', 2_000_000)],
        },
      ),
    );
    expect(digest.storyId).not.toBe(event.storyId);
    expect(digest.reason).toMatch(/round-up/);
    const copy = correlator.add(
      doc(3, 'Weekly digest: Quarry Bank, Lantern Foods and Brightwell', text, 'data-breach', {
        victims: ['Quarry Bank', 'Lantern Foods'],
        claims: [claim('records-affected', 2_000_000)],
      }),
    );
    expect(copy.storyId).toBe(digest.storyId);
  });
});
