import { describe, expect, it } from 'vitest';
import { type Claim, emptyExtraction } from '../core/facts.js';
import { disputesOf, reconcileClaims } from './reconcile.js';
import type { StoryBundle, StoryDocument } from './types.js';

function doc(id: number, published: string, claims: Claim[]): StoryDocument {
  return {
    id,
    url: `https://s${id}.example.org/a`,
    title: 't',
    author: null,
    published,
    text: '',
    source: {
      domain: `s${id}.example.org`,
      name: `Source ${id}`,
      kind: 'news',
      tier: 'T3',
      reliability: 'C',
    },
    extraction: { ...emptyExtraction({ type: 'data-breach', evidence: [], rationale: '' }), claims },
  };
}

const people = (value: number, text: string): Claim => ({
  field: 'people-affected',
  value,
  unit: 'people',
  qualifier: '',
  confidence: 'medium',
  evidence: { start: 0, end: 1, text },
});

const bundle = (docs: StoryDocument[]): StoryBundle => ({
  story: {
    id: 1,
    title: 't',
    incidentType: 'data-breach',
    version: 1,
    firstPublished: null,
    lastPublished: null,
  },
  documents: docs,
});

describe('reconcileClaims', () => {
  it('agrees when every source gives the same value', () => {
    const sets = reconcileClaims(
      bundle([doc(1, '2024-01-01', [people(5, 'a')]), doc(2, '2024-01-02', [people(5, 'b')])]),
    );
    expect(sets).toEqual([expect.objectContaining({ field: 'people-affected', status: 'agreed' })]);
    expect(disputesOf(sets)).toEqual([]);
  });

  it('marks a later, larger count as a revision', () => {
    const sets = reconcileClaims(
      bundle([
        doc(1, '2024-10-25', [people(100e6, 'about 100 million')]),
        doc(2, '2025-01-27', [people(190e6, 'more than 190 million')]),
      ]),
    );
    expect(disputesOf(sets)).toEqual([
      {
        field: 'people-affected',
        status: 'revised',
        values: [
          {
            value: 100e6,
            documentUrl: 'https://s1.example.org/a',
            source: 'Source 1',
            published: '2024-10-25',
            evidence: 'about 100 million',
          },
          {
            value: 190e6,
            documentUrl: 'https://s2.example.org/a',
            source: 'Source 2',
            published: '2025-01-27',
            evidence: 'more than 190 million',
          },
        ],
      },
    ]);
  });

  it('marks a later, smaller figure as disputed', () => {
    const sets = reconcileClaims(
      bundle([doc(1, '2024-01-01', [people(316_000, 'x')]), doc(2, '2024-02-01', [people(315_000, 'y')])]),
    );
    expect(disputesOf(sets)[0]?.status).toBe('disputed');
  });

  it('counts only the first value of a field within one document', () => {
    const sets = reconcileClaims(
      bundle([doc(1, '2024-01-01', [people(5, 'a'), people(7, 'earlier incident')])]),
    );
    expect(sets[0]?.values.length).toBe(1);
    expect(sets[0]?.status).toBe('agreed');
  });
});
