/**
 * Whose a date or a count is, from the sentence around it: what a sentence denies was an attack,
 * another incident or operation it sets beside this one, a later wave of this one, and how a date
 * that opens a range is typed. Pure; every pattern is linear on any input.
 */
import type { ClaimField } from '../core/facts.js';
import { dateKind } from './date-kinds.js';

/** A sentence that says what it tells of was no attack ("an accident rather than an attack", "not by hackers"). */
export const attackDenied =
  /\b(?:not (?:caused |carried out |launched )?(?:by |from )?(?:hackers|attackers|an? (?:cyber[- ]?)?attack|malicious)|rather than (?:an? )?(?:cyber[- ]?)?attack|no (?:evidence|sign|indication) of (?:an? )?(?:cyber[- ]?)?attack|was not (?:a |an )?(?:cyber[- ]?)?(?:attack|security incident))/i;

/**
 * The kind of a date that may open a range. A range is typed by words before it; the clause after
 * it types it only as an attack ("Between 19 and 28 December an unauthorised party signed in"):
 * "Between 16 and 20 October investigators seized…" frames a period in which things happened.
 */
export function rangeKind(text: string, start: number, end: number, opens: boolean): ClaimField {
  const kind = dateKind(text, start, end, !opens);
  if (!opens || kind !== 'event-date') return kind;
  return dateKind(text, start, end, true) === 'attack-date' ? 'attack-date' : kind;
}

/**
 * A later wave of the same attack ("a second attack followed on 19 June"): the event's date is when
 * it began, and the later one is kept untyped.
 */
export const laterWave =
  /\b(?:second|third|another|later|subsequent|follow-on|renewed)\s+(?:[\w-]+\s+){0,2}?(?:attack|wave|intrusion|round|strike|breach)s?\b[^.;]{0,40}$/i;

/** A sentence about a separate, earlier or unrelated incident or operation: its dates are that one's. */
export const elsewhere =
  /\b(?:separate|earlier|previous|prior|unrelated)\s+(?:[\w-]+\s+){0,3}?(?:breach|incident|attack|hack|intrusion|disclosure|compromise|operation|campaign|takedown|advisory|case)(?:es|s)?\b/i;

/** Words that set a report's incident beside an earlier one ("second breach", "a separate attack"). */
export const otherIncident =
  /\b(?:second|third|another|separate)\s+(?:[\w-]+\s+){0,3}?(?:breach|incident|attack|hack|intrusion|disclosure|compromise)(?:es|s)?\b/i;
