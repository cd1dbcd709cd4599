import type { Assessment } from '../assess/types.js';
import type { ClaimField, Confidence, IncidentType, IndicatorRole, IndicatorType } from '../core/facts.js';
import type { Corroboration } from '../stories/corroboration.js';
import type { ClaimSet, Dispute, StoryVersion } from '../stories/types.js';
import type { Timing } from './playbooks/types.js';
import type { IncidentRecord } from './record-types.js';

/** A sentence of generated or quoted prose and the sources (citation numbers) it rests on. */
export interface CitedSentence {
  text: string;
  cites: number[];
}

export interface Reference {
  id: string;
  title: string;
}

export interface ChecklistItem {
  step: number;
  timing: Timing;
  title: string;
  /** Where the step sits in NIST SP 800-61r3: its first CSF 2.0 category, e.g. 'RS.MI Incident Mitigation'. */
  phase: string;
  references: { nist80061r3: Reference[]; nist80053: Reference[]; cis: Reference[] };
  action: string;
  compensatingControl: string;
  preserveEvidence: string;
}

export interface BriefIndicator {
  type: IndicatorType;
  value: string;
  /** Defanged for display. */
  display: string;
  port?: number;
  context: string;
  confidence: Confidence;
  /** What the indicator is in the story; only malicious and payload belong on a blocklist. */
  role: IndicatorRole;
  /** Why this confidence and role. */
  reasons: string[];
  sources: number[];
}

export interface BriefTechnique {
  id: string;
  name: string;
  tactics: string[];
  evidence: string;
  sources: number[];
}

export interface BriefSource {
  n: number;
  /** Citation number of the report this one copies (syndicated or lightly rewritten), or null. */
  copyOf: number | null;
  url: string;
  title: string;
  source: string;
  domain: string;
  kind: string;
  tier: string;
  reliability: string;
  published: string | null;
}

export interface HuntQuery {
  tool: string;
  language: string;
  query: string;
}

/**
 * Who wrote the executive summary: the deterministic builder, or an LLM writer from the fact ledger
 * with every sentence verified against it. Absent when no LLM writer is configured.
 */
export interface SummaryWriterRecord {
  kind: 'deterministic' | 'llm';
  /** The model that wrote (or tried to write) the summary. */
  model?: string;
  /** The model's sentences that stated something not in the ledger, with the reason. */
  rejected: { sentence: string; reason: string }[];
  /** Why the deterministic summary was kept although a writer is configured. */
  reason?: string;
}

/** Everything the item page shows, as data. */
export interface Brief {
  id: number;
  title: string;
  incidentType: IncidentType;
  incidentTypeLabel: string;
  classificationRationale: string;
  severity: Assessment['severity'];
  severityReasons: string[];
  cvss: Assessment['cvss'];
  priority: Assessment['priority'];
  triage: Assessment['triage'];
  summary: CitedSentence[];
  summaryWriter?: SummaryWriterRecord;
  technicalAnalysis: CitedSentence[];
  checklist: ChecklistItem[];
  recovery: string[];
  forensicArtifacts: string[];
  detection: { behaviours: string[]; queries: HuntQuery[] };
  indicators: BriefIndicator[];
  techniques: BriefTechnique[];
  vulnerabilities: { id: string; kev: boolean; sources: number[] }[];
  weaknesses: { id: string; name: string; sources: number[] }[];
  sectors: { name: string; sources: number[] }[];
  countries: { name: string; sources: number[] }[];
  actors: { name: string; sources: number[] }[];
  malware: { name: string; sources: number[] }[];
  organisations: { name: string; role: string; sources: number[] }[];
  compliance: { attack: Reference[]; nist80053: Reference[]; cis: Reference[] };
  /** How well the story as a whole is established, and by how many independent sources. */
  corroboration: { state: Corroboration; label: string; independentSources: number; reason: string };
  /** Every compared figure: whether sources agree, the value that stands, its corroboration. */
  claims: {
    field: ClaimField;
    status: ClaimSet['status'];
    current: string | null;
    corroboration: Corroboration;
    sources: number[];
  }[];
  sources: BriefSource[];
  disputes: Dispute[];
  /** The incident record: the fields of a company-rating site's record, each cited or 'unknown'. */
  record: IncidentRecord;
  disclaimer: string;
  kbOrigin: string;
}

/** A brief as served: with the story's change log, newest version first. */
export interface StoryView extends Brief {
  versions: StoryVersion[];
}
