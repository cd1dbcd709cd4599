import type { Claim, Extraction, IncidentType } from '../core/facts.js';
import type { Corroboration } from './corroboration.js';

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
  /** The earlier document this one copies (syndicated or lightly rewritten); null when independent. */
  nearDuplicateOf: number | null;
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
  tier: string;
  published: string | null;
  evidence: string;
}

/** Per story and claim field: the values and whether the sources agree. */
export interface ClaimSet {
  field: Claim['field'];
  status: 'agreed' | 'disputed' | 'revised';
  values: ClaimValue[];
  /** The value that stands: the agreed one, or the superseding one of a revision; null when disputed. */
  current: ClaimValue | null;
  /** How well the standing value (or, when disputed, the field) is established. */
  corroboration: Corroboration;
}

export interface Dispute {
  field: Claim['field'];
  status: 'disputed' | 'revised';
  /** For a revision, the value that stands now. */
  current: { value: Claim['value']; source: string; published: string | null } | null;
  values: {
    value: Claim['value'];
    unit: string;
    qualifier: string;
    tier: string;
    documentUrl: string;
    source: string;
    published: string | null;
    evidence: string;
  }[];
}

export const storyChangeKinds = {
  opened: 'First report',
  source: 'New report',
  copy: 'Copy of a report',
  merged: 'Stories merged',
  claim: 'New figure',
  revised: 'Figure revised',
  disputed: 'Sources disagree',
  severity: 'Severity changed',
  priority: 'Priority changed',
  corrected: 'Analyst correction',
  inherited: 'History of the story it was split from',
} as const;
export type StoryChangeKind = keyof typeof storyChangeKinds;

/** One line of a story's change log. */
export interface StoryChange {
  kind: StoryChangeKind;
  text: string;
  /** For an analyst's correction: its id, who made it and why. */
  correction?: { id: number; by: string; reason: string };
}

/** A published version of a story and what changed in it. */
export interface StoryVersion {
  version: number;
  at: string;
  severity: string;
  priority: number;
  changes: StoryChange[];
}
