/**
 * The fact vocabulary shared by every stage: what extractors return, what the database stores and
 * what the API publishes. Each closed set is defined once here; types, CLI choices, API enums and
 * DB checks derive from these constants.
 */

/** Where a fact was found: offsets of the match in the document's clean text, and its sentence. */
export interface Evidence {
  /** Offset of the first character of the match in the clean text. */
  start: number;
  /** Offset one past the last character of the match. */
  end: number;
  /** The sentence (or table row / list item) containing the match, trimmed. */
  text: string;
}

export const confidences = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof confidences)[number];

export const indicatorTypes = [
  'ipv4',
  'ipv6',
  'domain',
  'url',
  'email',
  'md5',
  'sha1',
  'sha256',
  'sha512',
  'cidr',
  'asn',
  'bitcoin',
  'monero',
  'filename',
] as const;
export type IndicatorType = (typeof indicatorTypes)[number];

/** What an indicator is in the story: only malicious and payload go to blocklist-style exports. */
export const indicatorRoles = {
  malicious: 'Malicious infrastructure',
  payload: 'Payload or malicious file',
  victim: 'Victim asset',
  reference: 'Reference (advisory, patch, research link)',
  researcher: 'Researcher or sinkhole',
  internal: 'Internal, private or reserved',
} as const;
export type IndicatorRole = keyof typeof indicatorRoles;

export interface Indicator {
  type: IndicatorType;
  /** Refanged and canonical: lower-case domains and hashes, IPs without port. */
  value: string;
  /** Exactly as written in the text (possibly defanged). */
  raw: string;
  port?: number;
  confidence: Confidence;
  /** Why this confidence and role, in words: "defanged by the author", "in an IOC table", … */
  reasons: string[];
  role: IndicatorRole;
  evidence: Evidence;
}

/** A CVSS score or vector a document states, with who stated it. */
export interface StatedCvss {
  score: number | null;
  vector: string | null;
  /**
   * CVSS version when stated or implied by the vector: '2.0', '3.0', '3.1', '4.0', or '3.x' when
   * only the major version was stated ("CVSSv3").
   */
  version: string | null;
  /** Who the sentence attributes the score to ('NVD', 'the vendor', 'Palo Alto Networks'), or null. */
  statedBy: string | null;
  evidence: Evidence;
}

export interface Vulnerability {
  /** Canonical upper-case CVE ID, e.g. CVE-2024-3400. */
  id: string;
  evidence: Evidence;
  /** Scores and vectors stated for this CVE in the document. */
  cvss?: StatedCvss[];
  /** In CISA's Known Exploited Vulnerabilities catalog; absent when no KEV data was given. */
  kev?: boolean;
}

/** A weakness class (CWE), named by ID or described in words ("hardcoded credentials"). */
export interface Weakness {
  /** 'CWE-798' */
  id: string;
  name: string;
  confidence: Confidence;
  evidence: Evidence;
  /** 'explicit-id' or 'phrase:<rule>'. */
  extractor: string;
}

export interface Technique {
  /** ATT&CK ID, e.g. T1498.001. */
  id: string;
  name: string;
  /** ATT&CK tactic short names, e.g. ['impact']. */
  tactics: string[];
  confidence: Confidence;
  evidence: Evidence;
  /** Which rule found it: 'explicit-id', 'lexicon:<rule>' or 'model' (the KB-built classifier). */
  extractor: string;
}

export const entityKinds = ['actor', 'malware', 'organisation'] as const;
export type EntityKind = (typeof entityKinds)[number];

export const organisationRoles = [
  'victim',
  'vendor',
  'agency',
  'security-company',
  'researcher',
  'other',
] as const;
export type OrganisationRole = (typeof organisationRoles)[number];

export interface Entity {
  /** Canonical name, e.g. 'LockBit'. */
  name: string;
  confidence: Confidence;
  evidence: Evidence;
}

export interface Organisation extends Entity {
  role: OrganisationRole;
}

export const claimFields = [
  'devices-compromised',
  'records-affected',
  'people-affected',
  'victims',
  'ransom-demanded',
  'ransom-paid',
  'financial-loss',
  'attack-bandwidth',
  'attack-rate',
  'attack-commands',
  'attack-date',
  'discovery-date',
  'disclosure-date',
  'takedown-date',
  /** A date the sentence does not say the kind of (a byline, a date in passing): never compared. */
  'event-date',
] as const;
export type ClaimField = (typeof claimFields)[number];

/** A normalised quantitative or temporal assertion that sources can be compared on. */
export interface Claim {
  field: ClaimField;
  /** Normalised value: a number for quantities, an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) for dates. */
  value: number | string;
  /** Unit of a quantity: 'devices', 'records', 'USD', 'Tbps', 'rps', 'commands', … ; 'date' for dates. */
  unit: string;
  /** Qualifier as written: 'over', 'about', 'up to', or '' when exact. */
  qualifier: string;
  confidence: Confidence;
  evidence: Evidence;
  /**
   * An untyped date mentioned in passing ("the attack in August": a month with no year) still
   * says what it would date. It reminds correlation when the event happened; it is never a figure.
   */
  recalls?: ClaimField;
}

export const incidentTypes = {
  ransomware: 'Ransomware',
  'data-breach': 'Data breach',
  ddos: 'DDoS',
  'vulnerability-exploitation': 'Vulnerability exploitation',
  'supply-chain': 'Supply chain',
  espionage: 'Espionage',
  'malware-campaign': 'Malware / botnet campaign',
  'law-enforcement': 'Law-enforcement action',
  'phishing-fraud': 'Phishing / fraud',
  advisory: 'Advisory / guidance',
  'not-an-incident': 'Not an incident',
} as const;
export type IncidentType = keyof typeof incidentTypes;
export const incidentTypeIds = Object.keys(incidentTypes) as IncidentType[];

export interface Classification {
  type: IncidentType;
  /** Sentences that decided the type. */
  evidence: Evidence[];
  /** Why, in words: "mentions 'ransom' 4 times, 'encrypted' twice". */
  rationale: string;
}

/**
 * The report says what else it is (a launch, an outage, a funding round): no incident as a finding,
 * not a report with too few cues to say what happened.
 */
export const saysNoIncident = (c: Classification): boolean =>
  c.type === 'not-an-incident' && c.evidence.length > 0;

/** Everything `extract` finds in one document. */
export interface Extraction {
  indicators: Indicator[];
  vulnerabilities: Vulnerability[];
  weaknesses: Weakness[];
  techniques: Technique[];
  actors: Entity[];
  malware: Entity[];
  organisations: Organisation[];
  /** Sectors named as affected or targeted ('healthcare', 'telecommunications'). */
  sectors: Entity[];
  /** Countries named (ISO 3166-1 alpha-2 as name, e.g. 'US'). */
  countries: Entity[];
  claims: Claim[];
  classification: Classification;
}

/** An extraction with no facts yet, for a document classified as given. */
export function emptyExtraction(classification: Classification): Extraction {
  return {
    indicators: [],
    vulnerabilities: [],
    weaknesses: [],
    techniques: [],
    actors: [],
    malware: [],
    organisations: [],
    sectors: [],
    countries: [],
    claims: [],
    classification,
  };
}

/** Exhaustiveness guard for `switch` over a closed set. */
export function assertNever(value: never): never {
  throw new Error(`unexpected value: ${String(value)}`);
}
