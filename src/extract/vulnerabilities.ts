/** CVE identifiers, however the hyphens were typeset. */
import type { Vulnerability } from '../core/facts.js';
import { createSentenceIndex } from './text.js';

/**
 * `CVE-YYYY-NNNN…` in any case, with ASCII or typographic hyphens (U+2010–U+2015, U+2212), as a
 * whole token: not preceded by a letter/digit, not followed by another digit. Sequence numbers have
 * 4 to 7 digits.
 */
const cvePattern =
  /(?<![\p{L}\p{N}])cve[-\u2010-\u2015\u2212](\d{4})[-\u2010-\u2015\u2212](\d{4,7})(?!\d)/giu;

/**
 * Every CVE ID in `text`, canonical (`CVE-2024-3400`), once each with its first evidence.
 *
 * @example
 * extractVulnerabilities('Patch cve\u20112024\u20113400 now.')[0]?.id; // 'CVE-2024-3400'
 */
export function extractVulnerabilities(text: string): Vulnerability[] {
  const index = createSentenceIndex(text);
  const byId = new Map<string, Vulnerability>();
  for (const match of text.matchAll(cvePattern)) {
    const id = `CVE-${match[1] ?? ''}-${match[2] ?? ''}`;
    if (byId.has(id)) continue;
    byId.set(id, { id, evidence: index.evidence(match.index, match.index + match[0].length) });
  }
  return [...byId.values()];
}
