import { describe, expect, it } from 'vitest';
import { assessStory } from '../assess/assess.js';
import type { Assessment, Severity } from '../assess/types.js';
import {
  type Claim,
  type Entity,
  type Extraction,
  type IncidentType,
  type Organisation,
  emptyExtraction,
} from '../core/facts.js';
import { extractFacts } from '../extract/index.js';
import { builtinKb } from '../kb/builtin/index.js';
import { reconcileClaims } from '../stories/reconcile.js';
import type { ClaimSet, ClaimValue, StoryBundle, StoryDocument } from '../stories/types.js';
import { incidentRecord } from './record.js';
import { recordToMarkdown } from './record-markdown.js';
import { type IncidentRecord, type RecordEntry, isKnown, unknown } from './record-types.js';

const kb = builtinKb();
const now = new Date('2024-03-20T00:00:00Z');
const ev = (text: string) => ({ start: 0, end: 1, text });
const named = (name: string, text = name): Entity => ({ name, confidence: 'high', evidence: ev(text) });
const org = (name: string, role: Organisation['role'], text = name): Organisation => ({
  ...named(name, text),
  role,
});

let nextId = 100;
/** A report: its text (the record reads its sentences) and the facts its extraction holds. */
function doc(
  text: string,
  facts: Partial<Extraction> = {},
  options: { published?: string | null; domain?: string; tier?: string; type?: IncidentType } = {},
): StoryDocument {
  const domain = options.domain ?? 'news.example.org';
  return {
    id: nextId++,
    url: `https://${domain}/${String(nextId)}`,
    title: text.split(/[.\n]/)[0] ?? 'T',
    author: null,
    published: options.published === undefined ? '2024-03-05T08:00:00Z' : options.published,
    text,
    source: { domain, name: domain, kind: 'news', tier: options.tier ?? 'T3', reliability: 'C' },
    nearDuplicateOf: null,
    extraction: {
      ...emptyExtraction({ type: options.type ?? 'ransomware', evidence: [ev(text)], rationale: '' }),
      ...facts,
    },
  };
}

function storyOf(documents: StoryDocument[], type: IncidentType = 'ransomware'): StoryBundle {
  return {
    story: { id: 7, title: 'T', incidentType: type, version: 1, firstPublished: null, lastPublished: null },
    documents,
  };
}

/** The assessment of the story, with the level and the two factors the record reads set by hand. */
function assessed(
  bundle: StoryBundle,
  over: {
    severity?: Severity;
    exploitation?: number;
    breadth?: number;
    breadthReason?: string;
    kev?: string[];
  } = {},
): Assessment {
  const base = assessStory(bundle, kb, now, []);
  const factor = (name: 'exploitation' | 'breadth', value: number, reason: string) => ({
    name,
    weight: 0.2,
    value,
    contribution: 0.2 * value,
    reason,
  });
  return {
    ...base,
    severity: over.severity ?? 'HIGH',
    severityReasons: [`${bundle.story.incidentType}: base HIGH`],
    kev: over.kev ?? [],
    priority: {
      score: 0.5,
      factors: [
        factor('exploitation', over.exploitation ?? 0, 'no CVE'),
        factor(
          'breadth',
          over.breadth ?? 0,
          over.breadthReason ?? 'no figures on devices, records, people or victims',
        ),
      ],
    },
  };
}

function valueOf(
  d: StoryDocument,
  value: ClaimValue['value'],
  unit: string,
  evidence: string,
  qualifier = '',
): ClaimValue {
  return {
    value,
    unit,
    qualifier,
    documentId: d.id,
    documentUrl: d.url,
    source: d.source.name,
    tier: d.source.tier,
    published: d.published,
    evidence,
  };
}

function set(
  field: Claim['field'],
  status: ClaimSet['status'],
  values: ClaimValue[],
  current: ClaimValue | null,
): ClaimSet {
  return { field, status, values, current, corroboration: 'reported' };
}

function recordOf(
  docs: StoryDocument[],
  claimSets: ClaimSet[] = [],
  over: Parameters<typeof assessed>[1] = {},
  type?: IncidentType,
) {
  const bundle = storyOf(docs, type);
  return incidentRecord(bundle, claimSets, assessed(bundle, over));
}

const texts = (field: IncidentRecord['attackVector']) =>
  isKnown(field) ? field.map((e) => e.text) : unknown;

describe('incidentRecord: identity, type and references', () => {
  it('has a stable id, the type label cited to the reports classified so, and the sources oldest first', () => {
    const a = doc('A ransomware attack hit Example Corp on Monday.');
    const b = doc(
      'Example Corp published an advisory about the incident.',
      {},
      { type: 'advisory', domain: 'b.example' },
    );
    const r = recordOf([a, b]);
    expect(r.id).toBe('NR-7');
    expect(r.type).toMatchObject({ text: 'Ransomware', incidentType: 'ransomware', cites: [1] });
    expect(r.references.map((ref) => [ref.n, ref.source])).toEqual([
      [1, 'news.example.org'],
      [2, 'b.example'],
    ]);
  });
});

describe('incidentRecord: date', () => {
  const a = doc('The attack began on 3 March 2024.', {}, { published: '2024-03-05T08:00:00Z' });
  const b = doc(
    'The breach started on 1 February 2024, investigators now say.',
    {},
    { published: '2024-03-09T08:00:00Z' },
  );
  const march = valueOf(a, '2024-03-03', 'date', 'The attack began on 3 March 2024.');
  const february = valueOf(
    b,
    '2024-02-01',
    'date',
    'The breach started on 1 February 2024, investigators now say.',
  );
  it.each([
    [
      'a standing event date',
      [set('event-date', 'agreed', [march], march)],
      { text: '2024-03-03', basis: 'event-date', cites: [1] },
    ],
    [
      'a revised event date',
      [set('event-date', 'revised', [march, february], february)],
      {
        text: '2024-02-01',
        basis: 'event-date',
        note: 'date of the event, as revised by a later report',
        cites: [2],
      },
    ],
    [
      'a disputed event date: the first report’s month, saying why',
      [set('event-date', 'disputed', [march, february], null)],
      {
        text: '2024-03',
        basis: 'first-report',
      },
      /disagree.*2024-03-03, 2024-02-01/,
    ],
    [
      'no event date: the first report’s month',
      [],
      { text: '2024-03', basis: 'first-report' },
      /no source dates the event/,
    ],
  ])('%s', (_, claimSets, expected, note?: RegExp) => {
    const date = recordOf([a, b], claimSets).date;
    expect(date).toMatchObject(expected);
    if (note) expect(isKnown(date) ? date.note : date).toMatch(note);
  });

  it('is unknown when no source dates the event and no report is dated', () => {
    expect(recordOf([doc('An attack.', {}, { published: null })]).date).toBe(unknown);
  });
});

describe('incidentRecord: severity 0–100 and impact 1–5', () => {
  it.each([
    ['CRITICAL', 1, 1, 100],
    ['CRITICAL', 0, 0, 85],
    ['HIGH', 1, 0, 73],
    ['MEDIUM', 0.4, 0.5, 52],
    ['LOW', 0, 0, 25],
  ] as const)(
    '%s with exploitation %s and breadth %s scores %s',
    (severity, exploitation, breadth, value) => {
      const r = recordOf([doc('An attack.')], [], { severity, exploitation, breadth });
      expect(r.severity.value).toBe(value);
      expect(r.severity.formula).toContain(`= ${String(value)}`);
      expect(r.severity.inputs.map((i) => i.name)).toEqual(['level', 'exploitation', 'breadth']);
    },
  );

  it('scores a non-incident 0', () => {
    const r = recordOf(
      [doc('A funding round.', {}, { type: 'not-an-incident' })],
      [],
      { severity: 'INFO' },
      'not-an-incident',
    );
    expect(r.severity.value).toBe(0);
    expect(r.explanation.text).toMatch(/^Not an incident/);
  });

  const d = doc(
    'Production halted at three plants after the attack. The company paid a ransom of $22 million.',
  );
  const people = valueOf(d, 30_000_000, 'people', 'Data of 30 million people was taken.');
  const paid = valueOf(d, 22_000_000, 'USD', 'The company paid a ransom of $22 million.');
  it.each([
    ['no figure, loss or disruption: unknown', doc('An attack.'), [], 0, unknown],
    ['a disruption only: 3', d, [], 0, 3],
    [
      'a ransom paid of $22 million: 4',
      doc('An attack.'),
      [set('ransom-paid', 'agreed', [paid], paid)],
      0,
      4,
    ],
    [
      '30 million people (breadth 0.93): 5',
      doc('An attack.'),
      [set('people-affected', 'agreed', [people], people)],
      0.93,
      5,
    ],
  ] as const)('impact with %s', (_, report, claimSets, breadth, expected) => {
    const r = recordOf([report], [...claimSets], {
      breadth,
      breadthReason: 'people-affected: 30,000,000 people',
    });
    expect(isKnown(r.impact) ? r.impact.value : r.impact).toBe(expected);
  });

  it('explains the score in one sentence from its inputs, cited', () => {
    const r = recordOf([d], [set('ransom-paid', 'agreed', [paid], paid)], {
      severity: 'CRITICAL',
      exploitation: 1,
    });
    expect(r.explanation.text).toBe(
      'A CRITICAL ransomware (severity 93/100, impact 4/5): ransom paid $22,000,000; operations disrupted.',
    );
    expect(r.explanation.cites).toEqual([1]);
  });
});

describe('incidentRecord: affected entities', () => {
  it.each([
    [
      'a victim with its sector and country named beside it',
      doc('Attackers encrypted systems at Brightline Foods, a German manufacturer.', {
        organisations: [
          org('Brightline Foods', 'victim', 'Attackers encrypted systems at Brightline Foods.'),
        ],
        sectors: [
          named('manufacturing', 'Attackers encrypted systems at Brightline Foods, a German manufacturer.'),
        ],
        countries: [named('DE')],
      }),
      { name: 'Brightline Foods', industry: 'Manufacturing', location: 'Germany', type: 'company' },
    ],
    [
      'a hospital: industry and type from its own name',
      doc('Example Hospital diverted ambulances after the attack.', {
        organisations: [org('Example Hospital', 'victim')],
      }),
      { name: 'Example Hospital', industry: 'Healthcare', location: unknown, type: 'healthcare' },
    ],
    [
      'an agency of the built-in table',
      doc('The attackers struck U.S. Department of Defense networks.', {
        organisations: [org('U.S. Department of Defense', 'victim')],
      }),
      { name: 'U.S. Department of Defense', industry: 'Defence', location: unknown, type: 'government' },
    ],
    [
      'a victim the text says nothing more about',
      doc('Attackers broke into Quillon overnight, the firm said.', {
        organisations: [org('Quillon', 'victim')],
      }),
      { name: 'Quillon', industry: unknown, location: unknown, type: unknown },
    ],
    [
      'a sector named as hit, no organisation named',
      doc('The campaign hit telecommunications providers.', { sectors: [named('telecommunications')] }),
      { name: unknown, industry: 'Telecommunications', location: unknown, type: 'company' },
    ],
  ])('%s', (_, report, expected) => {
    const entities = recordOf([report]).affectedEntities;
    if (!isKnown(entities)) throw new Error('expected entities');
    const text = (e: RecordEntry | typeof unknown) => (isKnown(e) ? e.text : e);
    const [first] = entities;
    if (!first) throw new Error('expected an entity');
    const { name, industry, location, type } = first;
    expect({
      name: text(name),
      industry: text(industry),
      location: text(location),
      type: text(type),
    }).toEqual(expected);
  });

  it('is unknown when no victim or sector is named', () => {
    expect(recordOf([doc('An attack happened.')]).affectedEntities).toBe(unknown);
  });
});

describe('incidentRecord: attack vector, impact and root causes', () => {
  const t1190 = {
    id: 'T1190',
    name: 'Exploit Public-Facing Application',
    tactics: ['initial-access'],
    confidence: 'high' as const,
    extractor: 'x',
  };
  it.each([
    [
      'an initial-access technique and an exploited CVE in KEV',
      doc('Attackers exploited CVE-2023-4966 in a Citrix gateway (T1190).', {
        techniques: [
          { ...t1190, evidence: ev('Attackers exploited CVE-2023-4966 in a Citrix gateway (T1190).') },
        ],
        vulnerabilities: [
          { id: 'CVE-2023-4966', evidence: ev('Attackers exploited CVE-2023-4966 in a Citrix gateway.') },
        ],
        organisations: [org('Citrix', 'vendor')],
      }),
      ['T1190 Exploit Public-Facing Application', 'Exploitation of CVE-2023-4966 (Citrix, in CISA KEV)'],
    ],
    [
      'phishing in words',
      doc('The intrusion started with a spear-phishing email to the finance team.'),
      ['Phishing or social engineering'],
    ],
    [
      'a technique named only in advice',
      doc('Organisations should block macros to stop phishing (T1566).', {
        techniques: [
          {
            ...t1190,
            id: 'T1566',
            name: 'Phishing',
            evidence: ev('Organisations should block macros to stop phishing (T1566).'),
          },
        ],
      }),
      unknown,
    ],
    ['nothing said of the way in', doc('The company confirmed an incident.'), unknown],
  ])('attack vector from %s', (_, report, expected) => {
    expect(texts(recordOf([report], [], { kev: ['CVE-2023-4966'] }).attackVector)).toEqual(expected);
  });

  it('states a loss with its source, and disputed figures as disputed', () => {
    const a = doc('The gang demanded $4 million.');
    const b = doc('The ransom demand was $5 million.', {}, { domain: 'b.example' });
    const four = valueOf(a, 4_000_000, 'USD', 'The gang demanded $4 million.');
    const five = valueOf(b, 5_000_000, 'USD', 'The ransom demand was $5 million.');
    const r = recordOf([a, b], [set('ransom-demanded', 'disputed', [four, five], null)]);
    expect(r.impactDetails.financialLoss).toEqual([
      {
        text: 'ransom demanded, disputed: $4,000,000 (news.example.org, 2024-03-05); $5,000,000 (b.example, 2024-03-05)',
        evidence: 'The gang demanded $4 million.',
        cites: [1, 2],
      },
    ]);
    expect(recordOf([a]).impactDetails.financialLoss).toBe(unknown);
  });

  it.each([
    [
      'an outage',
      'Production was halted at three plants for a week.',
      ['Production was halted at three plants for a week.'],
    ],
    [
      'services degraded',
      'The flood degraded ISP services across the region for hours.',
      ['The flood degraded ISP services across the region for hours.'],
    ],
    [
      'a takedown, not an outage',
      'Police dismantled the servers and disrupted the botnet infrastructure.',
      unknown,
    ],
    ['advice', 'Keep offline backups so that an outage does not stop production.', unknown],
  ])('operational impact: %s', (_, sentence, expected) => {
    expect(texts(recordOf([doc(sentence)]).impactDetails.operationalImpact)).toEqual(expected);
  });

  it('lists systems affected: compromised devices, products named with the CVEs, hit systems', () => {
    const d = doc('The botnet ensnared over three million IoT devices, including webcams and DVRs.', {
      vulnerabilities: [
        { id: 'CVE-2024-3080', evidence: ev('ASUS routers vulnerable to CVE-2024-3080 were recruited.') },
      ],
      organisations: [org('ASUS', 'vendor')],
    });
    const devices = valueOf(
      d,
      3_000_000,
      'devices',
      'The botnet ensnared over three million IoT devices.',
      'over',
    );
    expect(
      texts(
        recordOf([d], [set('devices-compromised', 'agreed', [devices], devices)]).impactDetails
          .systemsAffected,
      ),
    ).toEqual([
      'over 3,000,000 devices compromised',
      'CVE-2024-3080 (ASUS)',
      'The botnet ensnared over three million IoT devices, including webcams and DVRs.',
    ]);
  });

  it.each([
    [
      'stolen credentials and no MFA',
      'They logged in with stolen credentials to a portal that had no multi-factor authentication.',
      ['Stolen or leaked credentials', 'Missing multi-factor authentication'],
    ],
    ['default passwords', 'The devices still used default passwords.', ['Default or hard-coded credentials']],
    ['advice is not a cause', 'Organisations should never reuse stolen credentials checks.', unknown],
  ])('root causes: %s', (_, sentence, expected) => {
    expect(texts(recordOf([doc(sentence)]).postIncidentAnalysis.rootCauses)).toEqual(expected);
  });

  it('names exploited CVEs and weaknesses as root causes', () => {
    const d = doc('x', {
      vulnerabilities: [
        { id: 'CVE-2024-3400', evidence: ev('Attackers exploited CVE-2024-3400.') },
        { id: 'CVE-2024-1111', evidence: ev('CVE-2024-1111 was also fixed.') },
      ],
      weaknesses: [
        {
          id: 'CWE-78',
          name: 'OS Command Injection',
          confidence: 'high',
          evidence: ev('A command injection flaw.'),
          extractor: 'x',
        },
      ],
    });
    expect(texts(recordOf([d]).postIncidentAnalysis.rootCauses)).toEqual([
      'Exploited CVE-2024-3400',
      'CWE-78 OS Command Injection',
    ]);
  });

  it.each([
    [
      'a patch and a reset',
      'Ivanti released a patch on 31 January. The hospital has reset all passwords.',
      2,
    ],
    ['advice only', 'Organisations should patch their gateways and reset passwords.', 0],
  ])('corrective actions: %s', (_, text, count) => {
    const actions = recordOf([doc(text)]).postIncidentAnalysis.correctiveActions;
    expect(isKnown(actions) ? actions.length : 0).toBe(count);
  });
});

describe('incidentRecord: investigation, motivation and response', () => {
  it.each([
    ['The investigation is ongoing.', ['ongoing']],
    [
      'Two people were arrested in Poland and prosecutors unsealed charges against a third.',
      ['arrests', 'charges'],
    ],
    [
      'Police seized 34 servers. The administrator was later sanctioned by three governments.',
      ['takedown', 'sanctions'],
    ],
    ['Police said they had made no arrests so far in the case.', unknown],
    ['The company confirmed the incident on Friday.', unknown],
  ])('investigation status of %j', (text, expected) => {
    expect(texts(recordOf([doc(text)]).investigationStatus)).toEqual(expected);
  });

  it.each([
    ['The gang demanded a ransom of $4 million.', [], ['financial']],
    ['Investigators describe a long-running espionage campaign against ministries.', [], ['espionage']],
    ['The hacktivist group said the floods were a protest.', [], ['disruption']],
    [
      'The purpose is to pre-position for disruptive action, not intelligence collection.',
      [],
      ['disruption'],
    ],
    ['Lazarus Group was behind the intrusion, officials said.', [named('Lazarus Group')], unknown],
    ['The takedown aims to disrupt botnet communications and prevent further infections.', [], unknown],
  ])('motivation from %j', (text, actors, expected) => {
    expect(texts(recordOf([doc(text, { actors })]).motivation)).toEqual(expected);
  });

  it('fills the response from what the sources say and who they name', () => {
    const text = [
      'The hospital isolated the affected servers on Monday.',
      'It notified the FBI and hired Mandiant to help with the investigation.',
      'Staff restored systems from backups over the weekend.',
    ].join(' ');
    const r = recordOf([
      doc(text, {
        organisations: [
          org('FBI', 'agency', 'It notified the FBI and hired Mandiant to help with the investigation.'),
          org(
            'Mandiant',
            'security-company',
            'It notified the FBI and hired Mandiant to help with the investigation.',
          ),
        ],
      }),
    ]);
    expect(texts(r.response.containment)).toEqual(['The hospital isolated the affected servers on Monday.']);
    expect(r.response.lawEnforcementNotified).toEqual({
      notified: 'yes',
      agencies: [
        {
          text: 'FBI',
          evidence: 'It notified the FBI and hired Mandiant to help with the investigation.',
          cites: [1],
        },
      ],
    });
    expect(texts(r.response.remediation)).toEqual(['Staff restored systems from backups over the weekend.']);
    expect(texts(r.response.thirdPartyAssistance)).toEqual(['Mandiant']);
  });

  it.each([
    [
      'law enforcement named only in words',
      'The company said it had notified law enforcement.',
      [],
      'yes',
      unknown,
    ],
    [
      'a security company that only reports on it',
      'Mandiant tracks the group as UNC5537.',
      [org('Mandiant', 'security-company')],
      unknown,
      unknown,
    ],
    [
      'an agency that is not police helping',
      'The NCSC is supporting the company.',
      [org('NCSC', 'agency', 'The NCSC is supporting the company.')],
      unknown,
      ['NCSC'],
    ],
  ])('response: %s', (_, text, organisations, police, helpers) => {
    const r = recordOf([doc(text, { organisations })]);
    const notified = r.response.lawEnforcementNotified;
    expect(isKnown(notified) ? notified.notified : notified).toBe(police);
    expect(texts(r.response.thirdPartyAssistance)).toEqual(helpers);
  });
});

describe('incidentRecord: threat actors and non-incidents', () => {
  it('lists named actors, then malware once (a ransomware group is not listed twice)', () => {
    const r = recordOf([
      doc('x', { actors: [named('ALPHV')], malware: [named('ALPHV'), named('Cobalt Strike')] }),
    ]);
    expect(r.threatActors).toEqual([
      { text: 'ALPHV', evidence: 'ALPHV', cites: [1], kind: 'actor' },
      { text: 'Cobalt Strike', evidence: 'Cobalt Strike', cites: [1], kind: 'malware' },
    ]);
    expect(recordOf([doc('x')]).threatActors).toBe(unknown);
  });

  it('leaves the attacker fields of a non-incident unknown whatever words it uses', () => {
    const text =
      'The start-up raised $42 million to find ransomware-ready exposures, such as an old account without MFA. The outage grounded flights for a day.';
    const r = recordOf(
      [doc(text, { actors: [named('LockBit')] }, { type: 'not-an-incident' })],
      [],
      { severity: 'INFO' },
      'not-an-incident',
    );
    expect([r.attackVector, r.motivation, r.threatActors, r.postIncidentAnalysis.rootCauses]).toEqual([
      unknown,
      unknown,
      unknown,
      unknown,
    ]);
    expect(texts(r.impactDetails.operationalImpact)).toEqual(['The outage grounded flights for a day.']);
  });
});

describe('incidentRecord: a realistic multi-source story', () => {
  const reports = [
    {
      domain: 'securitywire.example',
      tier: 'T3',
      published: '2024-03-05T08:00:00Z',
      text: `Ransomware attack forces Northvale Hospital to divert ambulances
Northvale Hospital, a US hospital operator, diverted ambulances on Monday after a ransomware attack encrypted servers across its network. The attack began on 3 March 2024, according to the hospital. Staff switched to paper records while the electronic health record system was taken offline. The hospital said it had notified the FBI and hired Mandiant to help with the investigation. The LockBit gang listed the hospital on its leak site and demanded a ransom of $4 million.`,
    },
    {
      domain: 'cert.example.gov',
      tier: 'T1',
      published: '2024-03-12T10:00:00Z',
      text: `Advisory: intrusion at Northvale Hospital began with a Citrix gateway flaw
The attackers exploited CVE-2023-4966 in a Citrix NetScaler gateway that had not been patched (T1190). They then used stolen credentials for a VPN account that did not require multi-factor authentication. About 120,000 patients had their records exposed, the hospital told regulators. The hospital has reset all passwords and rebuilt its domain controllers. The investigation is ongoing. Organisations should patch NetScaler appliances and enforce MFA on remote access.`,
    },
    {
      domain: 'healthit-news.example',
      tier: 'T3',
      published: '2024-03-14T09:00:00Z',
      text: `Northvale Hospital ransom demand put at $5 million
People familiar with the negotiations say the LockBit affiliate behind the Northvale Hospital attack demanded $5 million, not $4 million as first reported. Northvale Hospital has not said whether it will pay.`,
    },
  ];
  const documents = reports.map((r) =>
    doc(r.text, extractFacts(r.text, { kb, title: r.text.split('\n')[0] ?? '', published: r.published }), {
      domain: r.domain,
      tier: r.tier,
      published: r.published,
    }),
  );
  const bundle = storyOf(documents);
  const record = incidentRecord(bundle, reconcileClaims(bundle), assessStory(bundle, kb, now, []));

  it('fills the fields the reports support, each cited to the reports that say it', () => {
    expect(record.date).toMatchObject({ basis: 'event-date', cites: [1] });
    expect(isKnown(record.date) && record.date.text.startsWith('2024-03')).toBe(true);
    expect(texts(record.attackVector)).toEqual([
      'T1190 Exploit Public-Facing Application',
      'T1078 Valid Accounts',
      'Exploitation of CVE-2023-4966 (Citrix)',
    ]);
    expect(texts(record.postIncidentAnalysis.rootCauses)).toEqual(
      expect.arrayContaining([
        'Exploited CVE-2023-4966 (Citrix)',
        'Stolen or leaked credentials',
        'Missing multi-factor authentication',
      ]),
    );
    expect(record.response.lawEnforcementNotified).toMatchObject({
      notified: 'yes',
      agencies: [{ text: 'FBI', cites: [1] }],
    });
    expect(texts(record.response.thirdPartyAssistance)).toEqual(['Mandiant']);
    expect(texts(record.investigationStatus)).toEqual(['ongoing']);
    expect(record.motivation).toMatchObject([{ text: 'financial' }]);
    expect(record.threatActors).toMatchObject([{ text: 'LockBit', kind: 'actor', cites: [1, 3] }]);
    // The later report's larger figure supersedes the first one: a revision, not a dispute.
    expect(record.impactDetails.financialLoss).toMatchObject([
      { text: 'ransom demanded: $5,000,000 (healthit-news.example, 2024-03-14), revised', cites: [1, 3] },
    ]);
    expect(texts(record.impactDetails.operationalImpact)).toEqual(
      expect.arrayContaining([expect.stringMatching(/taken offline|diverted ambulances/)]),
    );
    expect(texts(record.postIncidentAnalysis.correctiveActions)).toEqual([
      'The hospital has reset all passwords and rebuilt its domain controllers.',
    ]);
    expect(isKnown(record.affectedEntities) && record.affectedEntities[0]).toMatchObject({
      name: { text: 'Northvale Hospital' },
      industry: { text: 'Healthcare' },
      type: { text: 'healthcare' },
    });
    expect(record.references.map((r) => r.n)).toEqual([1, 2, 3]);
  });

  it('cites only the story’s sources', () => {
    const cites = JSON.stringify(record).match(/"cites":\[[\d,]*\]/g) ?? [];
    const numbers = cites.flatMap((c) => JSON.parse(c.slice(8)) as number[]);
    expect(numbers.length).toBeGreaterThan(10);
    expect(numbers.every((n) => n >= 1 && n <= 3)).toBe(true);
  });

  it('renders as a Markdown section with footnote citations, and "unknown" where nothing was said', () => {
    const markdown = recordToMarkdown(record);
    expect(markdown).toMatch(/^## Incident record\n/);
    expect(markdown).toContain('- **Record ID:** NR-7');
    expect(markdown).toMatch(/- \*\*Law enforcement notified:\*\* yes\n {2}- FBI\[\^1\]/);
    const bare = recordToMarkdown(recordOf([doc('The company confirmed an incident.')]));
    expect(bare).toContain('- **Motivation:** unknown');
    expect(bare).toContain('- **Affected entities:** unknown');
  });
});
