/** A validated match, before context-based confidence and deduplication. */
import type { IndicatorType } from '../../core/facts.js';

export interface Candidate {
  type: IndicatorType;
  /** Offsets of `raw` in the text. */
  start: number;
  end: number;
  /** Exactly the matched substring. */
  raw: string;
  /** Refanged and canonical. */
  value: string;
  port?: number;
  /** Host name for URLs and emails, so `ownDomains` can be applied to them too. */
  host?: string;
  /** Why the value is internal (private, reserved, documentation…); unset for public values. */
  internal?: string;
  /** Other facts about the match worth a reason ("internationalised domain name bücher.de"). */
  notes?: string[];
}

/**
 * Builds a candidate whose `raw` is `text.slice(start, end)`.
 *
 * @example
 * candidate('at 8.8.4.4', 'ipv4', 3, 10, '8.8.4.4'); // { type: 'ipv4', start: 3, end: 10, raw: '8.8.4.4', … }
 */
export function candidate(
  text: string,
  type: IndicatorType,
  start: number,
  end: number,
  value: string,
  extra: Pick<Candidate, 'port' | 'host' | 'internal' | 'notes'> = {},
): Candidate {
  return { type, start, end, raw: text.slice(start, end), value, ...extra };
}
