/** Autonomous system numbers (`AS13335`, `ASN 13335`), as `AS<number>`. */
import { candidate, type Candidate } from './candidate.js';
import { asnPattern } from './patterns.js';

const maxAsn = 4294967295;
/** Reserved and private ranges (RFC 5398 documentation, RFC 6996 private, RFC 7300 last). */
const specialAsns: readonly { from: number; to: number; reason: string }[] = [
  { from: 0, to: 0, reason: 'reserved AS number 0' },
  { from: 23456, to: 23456, reason: 'AS_TRANS placeholder AS23456' },
  { from: 64496, to: 64511, reason: 'documentation AS range 64496-64511' },
  { from: 64512, to: 65534, reason: 'private AS range 64512-65534' },
  { from: 65535, to: 65551, reason: 'reserved AS range 65535-65551' },
  { from: 4200000000, to: maxAsn, reason: 'private AS range 4200000000-4294967295' },
];
/** `AS400` is IBM's AS/400, not a network. */
const notNetworks = new Set([400]);

/**
 * AS numbers written `AS13335`, `ASN 13335` or `ASN: 13335`; reserved and private numbers are
 * marked internal.
 *
 * @example
 * findAsns('announced by ASN 13335')[0]?.value; // 'AS13335'
 */
export function findAsns(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(asnPattern)) {
    const number = Number(match[1]);
    if (number > maxAsn || notNetworks.has(number)) continue;
    const special = specialAsns.find(({ from, to }) => number >= from && number <= to);
    const extra = special ? { internal: special.reason } : {};
    found.push(candidate(text, 'asn', match.index, match.index + match[0].length, `AS${number}`, extra));
  }
  return found;
}
