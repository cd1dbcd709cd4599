import { describe, expect, it } from 'vitest';
import { type Claim, emptyExtraction } from '../core/facts.js';
import { disputesOf, reconcileClaims } from './reconcile.js';
import type { StoryBundle, StoryDocument } from './types.js';

interface DocSpec {
  id: number;
  published: string;
  tier?: string;
  kind?: string;
  domain?: string;
  copyOf?: number;
  text?: string;
  claims: Claim[];
}

function doc(spec: DocSpec): StoryDocument {
  const domain = spec.domain ?? `s${spec.id}.example.org`;
  return {
    id: spec.id,
    url: `https://${domain}/a${spec.id}`,
    title: 't',
    author: null,
    published: spec.published,
    text: spec.text ?? '',
    source: {
      domain,
      name: `Source ${spec.id}`,
      kind: spec.kind ?? 'news',
      tier: spec.tier ?? 'T3',
      reliability: 'C',
    },
    nearDuplicateOf: spec.copyOf ?? null,
    extraction: {
      ...emptyExtraction({ type: 'data-breach', evidence: [], rationale: '' }),
      claims: spec.claims,
    },
  };
}

const claim = (
  field: Claim['field'],
  value: number | string,
  unit: string,
  qualifier = '',
  text = '',
): Claim => ({
  field,
  value,
  unit,
  qualifier,
  confidence: 'medium',
  evidence: { start: 0, end: 1, text: text || `${qualifier} ${String(value)} ${unit}` },
});
/** A date claim on the phrase that states it, inside the document's text. */
function eventDate(
  iso: string,
  sentence = `The attack took place on ${iso}.`,
  phrase = iso,
): Pick<DocSpec, 'text' | 'claims'> {
  const start = sentence.indexOf(phrase);
  const date: Claim = {
    field: 'attack-date',
    value: iso,
    unit: 'date',
    qualifier: '',
    confidence: 'medium',
    evidence: { start, end: start + phrase.length, text: sentence },
  };
  return { text: sentence, claims: [date] };
}

const people = (value: number, qualifier = '', text = ''): Claim =>
  claim('people-affected', value, 'people', qualifier, text);

const bundle = (docs: DocSpec[]): StoryBundle => ({
  story: {
    id: 1,
    title: 't',
    incidentType: 'data-breach',
    version: 1,
    firstPublished: null,
    lastPublished: null,
  },
  documents: docs.map(doc),
});

describe('reconcileClaims: status and the value that stands', () => {
  const cases: [string, DocSpec[], { status: string; current: number | string | null }][] = [
    [
      'same count from two sources',
      [
        { id: 1, published: '2024-01-01', claims: [people(5)] },
        { id: 2, published: '2024-01-02', claims: [people(5)] },
      ],
      { status: 'agreed', current: 5 },
    ],
    [
      '"about 100 million" and 101 million agree',
      [
        { id: 1, published: '2024-01-01', claims: [people(100_000_000, 'about')] },
        { id: 2, published: '2024-01-02', claims: [people(101_000_000)] },
      ],
      { status: 'agreed', current: 101_000_000 },
    ],
    [
      'a count settled weeks after "about a million" is a second figure, not the same one',
      [
        { id: 1, published: '2024-01-01', claims: [people(1_000_000, 'about')] },
        {
          id: 2,
          published: '2024-03-01',
          claims: [people(962_884, '', 'the count has been revised to 962,884')],
        },
      ],
      { status: 'revised', current: 962_884 },
    ],
    [
      '"$15 million" and "15,000,000 USD" (both normalised by extraction)',
      [
        { id: 1, published: '2024-01-01', claims: [claim('ransom-paid', 15e6, 'USD')] },
        { id: 2, published: '2024-01-05', claims: [claim('ransom-paid', 15_000_000, 'USD')] },
      ],
      { status: 'agreed', current: 15e6 },
    ],
    [
      '"19 February 2024" and "February 2024"',
      [
        {
          id: 1,
          published: '2024-03-01',
          ...eventDate('2024-02-19'),
        },
        {
          id: 2,
          published: '2024-03-02',
          ...eventDate('2024-02'),
        },
      ],
      { status: 'agreed', current: '2024-02' },
    ],
    [
      'full dates a day apart (a seizure on the 19th, "on the 20th" in a later report): a disagreement',
      [
        {
          id: 1,
          published: '2024-02-20',
          ...eventDate('2024-02-20'),
        },
        {
          id: 2,
          published: '2024-02-21',
          ...eventDate('2024-02-19'),
        },
      ],
      { status: 'disputed', current: null },
    ],
    [
      '"about 100 million" and 101 million',
      [
        { id: 1, published: '2024-01-01', claims: [people(100e6, 'about')] },
        { id: 2, published: '2024-01-02', claims: [people(101e6)] },
      ],
      { status: 'agreed', current: 101e6 },
    ],
    [
      'a count raised from 100 million to more than 190 million by an authority',
      [
        { id: 1, published: '2024-10-25', claims: [people(100e6, 'about')] },
        { id: 2, published: '2025-01-27', tier: 'T1', claims: [people(190e6, 'more than')] },
        { id: 3, published: '2025-08-05', tier: 'T2', claims: [people(192.7e6)] },
      ],
      { status: 'revised', current: 192.7e6 },
    ],
    [
      'a lower bound raised: more than 2,000 victims, then more than 2,500',
      [
        { id: 1, published: '2024-02-20', claims: [claim('victims', 2000, 'victims', 'more than')] },
        { id: 2, published: '2024-05-07', claims: [claim('victims', 2500, 'victims', 'more than')] },
      ],
      { status: 'revised', current: 2500 },
    ],
    [
      'a bound, then a figure far past it: more than 60 million, then about 77 million',
      [
        { id: 1, published: '2023-08-01', claims: [people(60e6, 'more than')] },
        { id: 2, published: '2023-10-01', claims: [people(77e6, 'about')] },
      ],
      { status: 'revised', current: 77e6 },
    ],
    [
      'a later, larger count from an equal source',
      [
        { id: 1, published: '2024-01-01', claims: [people(1000)] },
        { id: 2, published: '2024-02-01', claims: [people(2000)] },
      ],
      { status: 'revised', current: 2000 },
    ],
    [
      '316,000 then 315,000 commands from equal sources (the seeds)',
      [
        { id: 1, published: '2024-01-01', claims: [claim('attack-commands', 316_000, 'commands')] },
        { id: 2, published: '2024-02-01', claims: [claim('attack-commands', 315_000, 'commands')] },
      ],
      { status: 'disputed', current: null },
    ],
    [
      'December 2025 vs December 2023 (the seeds)',
      [
        {
          id: 1,
          published: '2025-12-10',
          ...eventDate('2025-12'),
        },
        {
          id: 2,
          published: '2025-12-11',
          ...eventDate('2023-12'),
        },
      ],
      { status: 'disputed', current: null },
    ],
    [
      'a smaller figure from a more authoritative later source',
      [
        { id: 1, published: '2024-01-01', claims: [people(5000)] },
        { id: 2, published: '2024-02-01', tier: 'T1', claims: [people(4000)] },
      ],
      { status: 'revised', current: 4000 },
    ],
    [
      'a later news report contradicting an earlier authority',
      [
        { id: 1, published: '2024-01-01', tier: 'T1', claims: [people(5000)] },
        { id: 2, published: '2024-02-01', claims: [people(4000)] },
      ],
      { status: 'disputed', current: null },
    ],
    [
      'a later, smaller figure said to be revised',
      [
        { id: 1, published: '2024-01-01', claims: [people(5000)] },
        {
          id: 2,
          published: '2024-02-01',
          claims: [people(4000, '', 'The company revised the count to 4,000.')],
        },
      ],
      { status: 'revised', current: 4000 },
    ],
  ];
  it.each(cases)('%s', (_name, docs, expected) => {
    const [set] = reconcileClaims(bundle(docs));
    expect(set?.status).toBe(expected.status);
    expect(set?.current?.value ?? null).toEqual(expected.current);
  });
});

describe('reconcileClaims: corroboration of the standing value', () => {
  const cases: [string, DocSpec[], string][] = [
    ['one news source', [{ id: 1, published: '2024-01-01', claims: [people(5)] }], 'reported'],
    [
      'two independent publishers',
      [
        { id: 1, published: '2024-01-01', claims: [people(5)] },
        { id: 2, published: '2024-01-02', claims: [people(5)] },
      ],
      'corroborated',
    ],
    [
      'a report and its syndicated copy count once',
      [
        { id: 1, published: '2024-01-01', claims: [people(5)] },
        { id: 2, published: '2024-01-02', copyOf: 1, claims: [people(5)] },
      ],
      'reported',
    ],
    [
      'two articles of one publisher count once',
      [
        { id: 1, published: '2024-01-01', domain: 'same.example', claims: [people(5)] },
        { id: 2, published: '2024-01-02', domain: 'same.example', claims: [people(5)] },
      ],
      'reported',
    ],
    [
      'a government agency',
      [{ id: 1, published: '2024-01-01', tier: 'T1', claims: [people(5)] }],
      'confirmed',
    ],
    [
      'a leak site alone',
      [{ id: 1, published: '2024-01-01', tier: 'T4', kind: 'leak-site', claims: [people(5)] }],
      'claimed',
    ],
  ];
  it.each(cases)('%s', (_name, docs, expected) => {
    expect(reconcileClaims(bundle(docs))[0]?.corroboration).toBe(expected);
  });

  it('never compares a date whose kind the sentence does not say (a byline)', () => {
    const byline = eventDate('2023-06-07', 'By Dana Whitcombe • 7 June 2023', '7 June 2023');
    const untyped = { ...byline, claims: byline.claims.map((c) => ({ ...c, field: 'event-date' as const })) };
    expect(reconcileClaims(bundle([{ id: 1, published: '2023-06-07', ...untyped }]))).toEqual([]);
    expect(reconcileClaims(bundle([{ id: 1, published: '2023-06-07', ...byline }])).length).toBe(1);
  });

  it('leaves a copy out of the comparison: it says nothing its original does not', () => {
    const [set] = reconcileClaims(
      bundle([
        { id: 1, published: '2024-01-01', claims: [people(5)] },
        { id: 2, published: '2024-01-02', copyOf: 1, claims: [people(7)] },
      ]),
    );
    expect(set?.values.map((v) => v.value)).toEqual([5]);
    expect(set?.status).toBe('agreed');
  });

  it('counts only the first value of a field within one document', () => {
    const [set] = reconcileClaims(
      bundle([{ id: 1, published: '2024-01-01', claims: [people(5), people(7)] }]),
    );
    expect(set?.values.map((v) => v.value)).toEqual([5]);
  });

  it('takes a later value of one document when it is the report’s own count, and then sees the dispute', () => {
    const cited = people(15_000, 'over', 'The forum post says more than 15,000 devices.');
    const mine = people(14_212, '', 'After removing duplicates, I count 14,212 distinct devices.');
    const [set] = reconcileClaims(
      bundle([
        { id: 1, published: '2025-01-15', claims: [people(15_000, 'over')] },
        { id: 2, published: '2025-01-16', claims: [cited, mine] },
      ]),
    );
    expect(set?.values.map((v) => v.value)).toEqual([15_000, 14_212]);
    expect(set?.status).toBe('disputed');
  });
});

describe('disputesOf', () => {
  it('publishes who said what, when, with the value that stands', () => {
    const sets = reconcileClaims(
      bundle([
        { id: 1, published: '2024-10-25T09:20:00Z', claims: [people(100e6, 'about', 'about 100 million')] },
        {
          id: 2,
          published: '2025-01-27T15:00:00Z',
          tier: 'T1',
          claims: [people(190e6, 'more than', 'more than 190 million')],
        },
      ]),
    );
    expect(disputesOf(sets)).toEqual([
      {
        field: 'people-affected',
        status: 'revised',
        current: { value: 190e6, source: 'Source 2', published: '2025-01-27T15:00:00Z' },
        values: [
          expect.objectContaining({
            value: 100e6,
            qualifier: 'about',
            source: 'Source 1',
            tier: 'T3',
            evidence: 'about 100 million',
          }),
          expect.objectContaining({ value: 190e6, documentUrl: 'https://s2.example.org/a2', tier: 'T1' }),
        ],
      },
    ]);
    expect(
      disputesOf(reconcileClaims(bundle([{ id: 1, published: '2024-01-01', claims: [people(5)] }]))),
    ).toEqual([]);
  });
});

describe('only like is compared with like', () => {
  it('compares the values of the unit most reports use, not rows with email addresses', () => {
    const sets = reconcileClaims(
      bundle([
        {
          id: 1,
          published: '2024-03-18T00:00:00Z',
          claims: [claim('records-affected', 73_000_000, 'records')],
        },
        {
          id: 2,
          published: '2024-03-20T00:00:00Z',
          claims: [claim('records-affected', 49_000_000, 'email addresses')],
        },
        {
          id: 3,
          published: '2024-04-04T00:00:00Z',
          claims: [claim('records-affected', 73_000_000, 'records')],
        },
      ]),
    );
    expect(sets[0]).toMatchObject({ field: 'records-affected', status: 'agreed' });
    expect(sets[0]?.values.map((v) => v.value)).toEqual([73_000_000, 73_000_000]);
    expect(disputesOf(sets)).toEqual([]);
  });
});
