/** Small builders of story bundles for the assessment tests: one document, one story, facts. */
import {
  type Claim,
  type Extraction,
  type IncidentType,
  type Organisation,
  type StatedCvss,
  type Vulnerability,
  emptyExtraction,
} from '../src/core/facts.js';
import type { StoryBundle, StoryDocument, StorySource } from '../src/stories/types.js';

let nextId = 1;

/** A document from `source` (default: an unjudged T3 news site) with the given facts. */
export function doc(extra: Partial<Extraction> = {}, source: Partial<StorySource> = {}): StoryDocument {
  const domain = source.domain ?? 'news.example.org';
  return {
    id: nextId++,
    url: `https://${domain}/a`,
    title: 'T',
    author: null,
    published: '2024-04-20T00:00:00Z',
    text: 'x',
    source: { domain, name: domain, kind: 'news', tier: 'T3', reliability: 'C', ...source },
    nearDuplicateOf: null,
    extraction: {
      ...emptyExtraction({ type: 'vulnerability-exploitation', evidence: [], rationale: '' }),
      ...extra,
    },
  };
}

export function bundle(
  type: IncidentType,
  docs: StoryDocument[],
  lastPublished = '2024-04-20T00:00:00Z',
): StoryBundle {
  return {
    story: { id: 1, title: 'T', incidentType: type, version: 1, firstPublished: null, lastPublished },
    documents: docs,
  };
}

export const stated = (score: number | null, extra: Partial<StatedCvss> = {}): StatedCvss => ({
  score,
  vector: null,
  version: null,
  statedBy: null,
  evidence: { start: 0, end: 5, text: `rated ${String(score)} on CVSS` },
  ...extra,
});

export const vuln = (id: string, cvss: StatedCvss[] = [], text = `${id} was fixed.`): Vulnerability => ({
  id,
  evidence: { start: 0, end: 5, text },
  cvss,
});

export const claim = (field: Claim['field'], value: number, unit: string): Claim => ({
  field,
  value,
  unit,
  qualifier: '',
  confidence: 'medium',
  evidence: { start: 0, end: 1, text: 'x' },
});

export const org = (name: string, role: Organisation['role'] = 'vendor'): Organisation => ({
  name,
  role,
  confidence: 'high',
  evidence: { start: 0, end: 1, text: name },
});

export const entity = (name: string) => ({
  name,
  confidence: 'high' as const,
  evidence: { start: 0, end: 1, text: name },
});
