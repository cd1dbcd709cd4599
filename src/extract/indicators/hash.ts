/** File hashes: MD5, SHA-1, SHA-256 and SHA-512 written as hex. */
import type { IndicatorType } from '../../core/facts.js';
import { candidate, type Candidate } from './candidate.js';
import { hexPattern } from './patterns.js';

const hashTypeByLength: ReadonlyMap<number, IndicatorType> = new Map([
  [32, 'md5'],
  [40, 'sha1'],
  [64, 'sha256'],
  [128, 'sha512'],
]);

/**
 * Hex runs of exactly 32, 40, 64 or 128 characters, bounded by non-word characters. A run with no
 * letter or no digit is skipped: a real hash almost never is (odds below 1 in 3 million for MD5),
 * while long numbers and words like `deadbeef…` are.
 *
 * @example
 * findHashes('md5 9E107D9D372BB6826BD81D3542A419D6')[0]?.value; // '9e107d9d372bb6826bd81d3542a419d6'
 */
export function findHashes(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(hexPattern)) {
    const raw = match[0];
    const type = hashTypeByLength.get(raw.length);
    if (type === undefined || !/\d/.test(raw) || !/[a-f]/i.test(raw)) continue;
    found.push(candidate(text, type, match.index, match.index + raw.length, raw.toLowerCase()));
  }
  return found;
}
