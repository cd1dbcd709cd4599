import type { Claim, Extraction, IncidentType } from '../core/facts.js';

export interface StorySource {
  domain: string;
  name: string;
  kind: string;
  tier: string;
  reliability: string;
}

export interface StoryDocument {
  id: number;
  url: string;
  title: string;
  author: string | null;
  published: string | null;
  text: string;
  source: StorySource;
  extraction: Extraction;
}

export interface StoryRecord {
  id: number;
  title: string;
  incidentType: IncidentType;
  version: number;
  firstPublished: string | null;
  lastPublished: string | null;
}

/** A story with everything the analysis stages read: its documents, their sources and facts. */
export interface StoryBundle {
  story: StoryRecord;
  /** Oldest first; citation numbers follow this order. */
  documents: StoryDocument[];
}

export interface ClaimValue {
  value: Claim['value'];
  unit: string;
  qualifier: string;
  documentId: number;
  documentUrl: string;
  source: string;
  published: string | null;
  evidence: string;
}

/** Per story and claim field: the values and whether the sources agree. */
export interface ClaimSet {
  field: Claim['field'];
  status: 'agreed' | 'disputed' | 'revised';
  values: ClaimValue[];
}

export interface Dispute {
  field: Claim['field'];
  status: 'disputed' | 'revised';
  values: {
    value: Claim['value'];
    documentUrl: string;
    source: string;
    published: string | null;
    evidence: string;
  }[];
}
