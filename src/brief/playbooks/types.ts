import type { IncidentType } from '../../core/facts.js';

/** When a step belongs in the response, in the order an IR lead works through them. */
export const timings = ['Immediate', 'Detection', 'Assessment', 'Communication', 'Long-term'] as const;
export type Timing = (typeof timings)[number];

/**
 * Placeholders that commands in steps may contain, filled from the story or by the reader. Each stands
 * for one value: run the command once per indicator. No other `<NAME>` placeholder is used.
 */
export const commandPlaceholders = {
  '<IOC_IPS>': "an IP address from the story's indicators",
  '<IOC_DOMAINS>': "a domain from the story's indicators",
  '<CIDR>': "one of the reader's own network ranges, e.g. 10.0.0.0/24",
} as const;

export interface PlaybookStep {
  /** Stable id, e.g. 'ddos.enable-scrubbing'. */
  key: string;
  timing: Timing;
  /** One line, imperative. */
  title: string;
  /** Where the step sits in NIST SP 800-61r3, as CSF 2.0 category ids, e.g. ['RS.MI']. */
  csf: string[];
  /** NIST SP 800-53 rev5 control ids, e.g. ['SC-5', 'SC-7']. */
  nist80053: string[];
  /** CIS Controls v8 safeguard ids, e.g. ['13.10']. */
  cis: string[];
  /** Concrete action, 1–3 sentences. */
  action: string;
  /** What to do without the ideal tool, with real commands in backticks. */
  compensatingControl: string;
  /** What to capture before changing anything. */
  preserveEvidence: string;
  /** Include only when the story has one of these ATT&CK ids ('T1498' matches 'T1498.001'); omit = always. */
  whenTechniques?: string[];
}

export interface Playbook {
  incidentType: IncidentType;
  /** Escalation criteria, as conditional sentences. */
  escalation: string[];
  /** 5–8 steps covering all five timings. */
  steps: PlaybookStep[];
  /** Behaviours to hunt, specific to the type. */
  detection: string[];
  forensicArtifacts: string[];
  recovery: string[];
}

/** Technique-specific hunting guidance added to a brief's detection section. */
export interface TechniqueDetection {
  whenTechniques: string[];
  text: string;
}
