/**
 * Documents for correlation tests: an extraction built by hand (actors, victims, figures), typed
 * only when a sentence supports the type, as the classifier does.
 */
import { type Claim, emptyExtraction, type IncidentType } from '../src/core/facts.js';
import type { EventDoc } from '../src/stories/cluster-types.js';

export const claim = (field: Claim['field'], value: number | string): Claim => ({
  field,
  value,
  unit: typeof value === 'number' ? 'people' : 'date',
  qualifier: '',
  confidence: 'high',
  evidence: { start: 0, end: 0, text: '' },
});

export const entity = (name: string, start = 0) => ({
  name,
  confidence: 'high' as const,
  evidence: { start, end: start + name.length, text: '' },
});

export function doc(
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

/** A document whose type a sentence supports (an unsupported type is unknown to the correlator). */
export function typed(base: EventDoc): EventDoc {
  const evidence = [{ start: 0, end: 4, text: base.text.slice(0, 4) }];
  const classification = { ...base.extraction.classification, evidence };
  return { ...base, extraction: { ...base.extraction, classification } };
}

export const malware = (name: string, text: string) => ({
  name,
  confidence: 'high' as const,
  evidence: { start: text.indexOf(name), end: text.indexOf(name) + name.length, text: '' },
});
