import type { IncidentType } from '../core/facts.js';

/**
 * The incident record of a story: the fields a company-rating site's incident record holds, each
 * filled from the story's facts with the citation numbers of its sources (the numbering of
 * `brief.sources[].n`, oldest report first), or the literal `'unknown'` when no source says.
 */

/** What a field says when no source fills it: never a guess. */
export const unknown = 'unknown';
export type Unknown = typeof unknown;

/** A field that no source may fill. */
export type OrUnknown<T extends object> = T | Unknown;

/** Is the field filled? */
export function isKnown<T extends object>(field: OrUnknown<T>): field is T {
  return field !== unknown;
}

/** What an affected entity is, when the text or a built-in table says so. */
export const entityTypes = {
  government: 'Government',
  company: 'Company',
  healthcare: 'Healthcare',
  education: 'Education',
  'non-profit': 'Non-profit',
} as const;
export type EntityType = keyof typeof entityTypes;

/** Where an investigation stands, from what the sources say happened. */
export const investigationStatuses = {
  ongoing: 'Ongoing',
  takedown: 'Infrastructure seized or taken down',
  arrests: 'Arrests made',
  charges: 'Charges filed',
  sanctions: 'Sanctions imposed',
  concluded: 'Concluded',
} as const;
export type InvestigationStatus = keyof typeof investigationStatuses;

/** Why the attackers acted, only when a source says so in words. */
export const motivations = {
  financial: 'Financial (ransom, extortion, resale)',
  espionage: 'Espionage (intelligence collection)',
  disruption: 'Disruption (hacktivism, sabotage)',
} as const;
export type Motivation = keyof typeof motivations;

/** One statement of the record: what it says, the sentence it rests on (null when derived), its sources. */
export interface RecordEntry<T extends string = string> {
  text: T;
  evidence: string | null;
  cites: number[];
}

/** One input of a score formula, with where it came from. */
export interface ScoreInput {
  name: string;
  value: number;
  reason: string;
}

export interface RecordScore {
  value: number;
  /** The formula in words, with the inputs' values substituted. */
  formula: string;
  inputs: ScoreInput[];
  cites: number[];
}

export interface AffectedEntity {
  /** 'unknown' for a sector named as affected without an organisation's name. */
  name: OrUnknown<RecordEntry>;
  industry: OrUnknown<RecordEntry>;
  /** Country name. */
  location: OrUnknown<RecordEntry>;
  type: OrUnknown<RecordEntry<EntityType>>;
}

export interface RecordReference {
  n: number;
  source: string;
  title: string;
  url: string;
  published: string | null;
}

export interface IncidentRecord {
  /** Stable: 'NR-<story id>'. */
  id: string;
  type: RecordEntry & { incidentType: IncidentType };
  /** YYYY-MM or YYYY-MM-DD; `basis` says whether a source dated the event or it is the first report's month. */
  date: OrUnknown<RecordEntry & { basis: 'event-date' | 'first-report'; note: string }>;
  /** 0–100. */
  severity: RecordScore;
  /** 1–5; unknown when no source gives a figure, a loss or a disruption. */
  impact: OrUnknown<RecordScore>;
  explanation: RecordEntry;
  affectedEntities: OrUnknown<AffectedEntity[]>;
  attackVector: OrUnknown<RecordEntry[]>;
  impactDetails: {
    financialLoss: OrUnknown<RecordEntry[]>;
    operationalImpact: OrUnknown<RecordEntry[]>;
    systemsAffected: OrUnknown<RecordEntry[]>;
  };
  investigationStatus: OrUnknown<RecordEntry<InvestigationStatus>[]>;
  motivation: OrUnknown<RecordEntry<Motivation>[]>;
  postIncidentAnalysis: {
    rootCauses: OrUnknown<RecordEntry[]>;
    correctiveActions: OrUnknown<RecordEntry[]>;
  };
  response: {
    containment: OrUnknown<RecordEntry[]>;
    /** 'yes' with the agencies named (or 'law enforcement' when none is named). */
    lawEnforcementNotified: OrUnknown<{ notified: 'yes'; agencies: RecordEntry[] }>;
    remediation: OrUnknown<RecordEntry[]>;
    thirdPartyAssistance: OrUnknown<RecordEntry[]>;
  };
  /** Named actors, then malware or botnets named without their operators. */
  threatActors: OrUnknown<(RecordEntry & { kind: 'actor' | 'malware' })[]>;
  references: RecordReference[];
}

/** A list field: the entries, or 'unknown' when there are none. */
export function listOrUnknown<T>(items: T[]): OrUnknown<T[]> {
  return items.length ? items : unknown;
}
