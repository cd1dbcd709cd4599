import type { IncidentType } from '../core/facts.js';

/**
 * Cue phrases for incident classification, written by us. Each cue is `[label, weight, pattern?]`:
 * `label` is what the rationale shows, `pattern` a regex source (defaults to the label) matched
 * case-insensitively between word boundaries. Patterns are plain alternations of literals with at
 * most one optional suffix, so matching stays linear. A cue found in the title weighs
 * `titleFactor` times its weight.
 */
export type CueSpec = readonly [label: string, weight: number, pattern?: string];

export const titleFactor = 3;

/** Matches counted per cue in the body, so one repeated word cannot decide alone. */
export const maxCountPerCue = 3;

/**
 * Lines that point to other stories (related-link teasers, image captions) and are left out of the
 * classification: "Read more: last year's outage was caused by a faulty update" is not this story.
 */
export const asideLine =
  /^(?:Read more|Related|See also|Also read|Further reading|Image|Photo|Pictured):[^\n]*$/gim;

/** Below this total score nothing looks like an incident. */
export const minIncidentScore = 3;

/** Characters at the start of the body that make its lead; cues there weigh `leadFactor` times. */
export const leadChars = 500;
export const leadFactor = 2;

/**
 * Words just before a cue, in its sentence, that stop it counting: the cue is denied ("not a DDoS",
 * "nobody was arrested"), fake ("a fake police banner") or backstory ("months after the takedown").
 * Each regex is tested against at most 60 characters ending at the cue.
 */
export const discounting: readonly (readonly [why: string, regex: RegExp])[] = [
  [
    'denied',
    /(?:^|[^\w'-])(?:not(?! only)|no|never|nobody|nothing|none|neither|nor|without|(?:was|is|were|are|did|does)n['’]t|rather than|instead of|ruled out)(?:\s+[\w'’/.-]+){0,2}\s+$/i,
  ],
  ['fake', /(?:^|[^\w'-])(?:fake|bogus|staged|sham|phony|spoofed|copycat)(?:\s+[\w'’/.-]+)?\s+$/i],
  ['hedged', /(?:^|[^\w'-])claim(?:s|ed|ing)? (?:to have|that)(?:\s+[\w'’/.-]+){0,2}\s+$/i],
  ['past', /(?:^|[^\w'-])(?:months|weeks|years) (?:after|since)(?:\s+[\w'’/.-]+){0,2}\s+$/i],
];

/**
 * Types that win over the top-scoring type when they reach `ratio` of its score and `min` points:
 * an outage article may say "attack" to deny it, a talk or a funding release names the crimes it is
 * about; a takedown article names the crime it ends. Checked in this order, after `yields`; nothing
 * takes precedence over a top-scoring `not-an-incident`.
 */
export const precedence: readonly {
  type: IncidentType;
  ratio: number;
  min: number;
  inTitle: boolean;
  /**
   * The weight its heaviest cue must have: an incident report mentions the outage and the earnings
   * the attack caused, and only a cue that says what else the report is (a denial, a launch, a talk,
   * a funding round…) makes it no incident.
   */
  strongCue: number;
  /** With `inTitle`: the headline must name one of these cues (any cue when absent). */
  titleNeeds?: readonly string[];
}[] = [
  { type: 'not-an-incident', ratio: 0.6, min: 5, inTitle: false, strongCue: 3 },
  // A headline that says the report is a publication, a funding round, an award or a hire is what
  // the report is, whatever crimes and actors the release names ("publishes 2024 threat report on
  // Russian state hackers"). A product launch is among them; attackers launching attacks are not
  // (the cue's lookahead).
  {
    type: 'not-an-incident',
    ratio: 0.25,
    min: 5,
    inTitle: true,
    strongCue: 3,
    titleNeeds: [
      'annual report',
      'funding round',
      'award',
      'appointment',
      'acquisition',
      'earnings call',
      'podcast',
      'webinar',
      'book',
      'opinion',
      'free offer',
      'product launch',
    ],
  },
  { type: 'law-enforcement', ratio: 0.4, min: 6, inTitle: true, strongCue: 0 },
];

/** The incident types proper: not `advisory`, not `not-an-incident`. */
const incidents: readonly IncidentType[] = [
  'ransomware',
  'data-breach',
  'ddos',
  'vulnerability-exploitation',
  'supply-chain',
  'espionage',
  'malware-campaign',
  'law-enforcement',
  'phishing-fraud',
];

/**
 * A top-scoring type that only frames or enables another type gives way to the strongest of `to`
 * reaching `ratio` of its score and `min` points: guidance about an active campaign is typed by the
 * campaign; a flaw used to encrypt, steal or spy is typed by what it was used for.
 */
export const yields: readonly {
  type: IncidentType;
  to: readonly IncidentType[];
  ratio: number;
  min: number;
  why: string;
  /** Cues the type yielded to must show, one at least (by label). */
  needs?: readonly string[];
}[] = [
  { type: 'advisory', to: incidents, ratio: 0.3, min: 5, why: 'is guidance about an active' },
  {
    type: 'data-breach',
    to: ['espionage', 'supply-chain'],
    ratio: 0.5,
    min: 6,
    why: 'is the intrusion of a',
  },
  {
    // Systems encrypted: a ransomware attack. Data stolen and a ransom asked, nothing encrypted:
    // still a breach (extortion is how breaches are cashed in).
    type: 'data-breach',
    to: ['ransomware'],
    ratio: 0.5,
    min: 4,
    why: 'is the intrusion of a',
    needs: ['ransomware', 'encrypted systems', 'encryptor', 'ransom note', 'decryptor'],
  },
  {
    type: 'phishing-fraud',
    to: ['malware-campaign', 'ransomware', 'espionage'],
    ratio: 0.8,
    min: 8,
    why: 'is the lure of a',
  },
  {
    type: 'vulnerability-exploitation',
    to: ['data-breach', 'espionage', 'supply-chain'],
    ratio: 0.5,
    min: 6,
    why: 'is the way in of a',
  },
  {
    // A flaw that ransomware crews use is their way in only when the report tells of systems
    // encrypted (a victim's attack); a report of the flaw's exploitation by gangs is about the flaw.
    type: 'vulnerability-exploitation',
    to: ['ransomware'],
    ratio: 0.5,
    min: 6,
    why: 'is the way in of a',
    needs: ['encrypted systems', 'ransom note', 'decryptor'],
  },
];
