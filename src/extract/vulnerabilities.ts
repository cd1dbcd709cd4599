/** CVE identifiers, however the hyphens were typeset, with the CVSS scores the text states for each. */
import type { StatedCvss, Vulnerability } from '../core/facts.js';
import { findCvssStatements } from './cvss-statements.js';
import { createSentenceIndex, type SentenceIndex } from './text.js';

/**
 * `CVE-YYYY-NNNN…` in any case, with ASCII or typographic hyphens (U+2010–U+2015, U+2212), as a
 * whole token: not preceded by a letter/digit, not followed by another digit. Sequence numbers have
 * 4 to 7 digits.
 */
const cvePattern =
  /(?<![\p{L}\p{N}])cve[-\u2010-\u2015\u2212](\d{4})[-\u2010-\u2015\u2212](\d{4,7})(?!\d)/giu;

interface Mention {
  id: string;
  start: number;
  end: number;
}

/** Index of the first mention starting at or after `offset` (mentions are in text order). */
function firstAtOrAfter(mentions: readonly Mention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function mentionsIn(mentions: readonly Mention[], start: number, end: number): Mention[] {
  const out: Mention[] = [];
  for (let i = firstAtOrAfter(mentions, start); i < mentions.length; i++) {
    const mention = mentions[i];
    if (!mention || mention.start >= end) break;
    out.push(mention);
  }
  return out;
}

/** The CVE named closest before `at` among `named`, in text order (else the first named after it). */
function nearest(named: readonly Mention[], at: number): string | undefined {
  const after = firstAtOrAfter(named, at);
  const before = named[after - 1];
  return (before && before.end <= at ? before : (named[after] ?? named[0]))?.id;
}

/**
 * The CVE each statement is about, or undefined. Within a sentence that names CVEs, each statement
 * goes to the CVE named closest before it; but when a sentence lists as many distinct CVEs as
 * scores, all scores after all CVEs ("CVE-A and CVE-B, rated 9.1 and 7.2"), they pair in order. A
 * sentence naming no CVE borrows the last one named in the two sentences before it in the same
 * paragraph (line); failing that, the document's only CVE.
 */
function attribute(
  text: string,
  statements: readonly StatedCvss[],
  mentions: readonly Mention[],
  index: SentenceIndex,
  only: string | undefined,
): (string | undefined)[] {
  const bySentence = new Map<number, number[]>();
  statements.forEach((statement, i) => {
    const start = index.sentenceAt(statement.evidence.start).start;
    const members = bySentence.get(start);
    if (members) members.push(i);
    else bySentence.set(start, [i]);
  });
  const out: (string | undefined)[] = [];
  for (const [sentenceStart, members] of bySentence) {
    const sentence = index.sentenceAt(sentenceStart);
    const named = mentionsIn(mentions, sentence.start, sentence.end);
    const ids = [...new Set(named.map((m) => m.id))];
    if (named.length > 0) {
      const lastNamed = named.at(-1)?.end ?? 0;
      const listed =
        ids.length > 1 &&
        ids.length === members.length &&
        members.every((i) => (statements[i]?.evidence.start ?? 0) >= lastNamed);
      members.forEach((i, k) => {
        out[i] = listed ? ids[k] : nearest(named, statements[i]?.evidence.start ?? 0);
      });
      continue;
    }
    const line = index.lineAt(sentence.start);
    let from = sentence.start;
    for (let back = 0; back < 2 && from > line.start; back++) {
      let last = from - 1;
      while (last > line.start && /\s/.test(text.charAt(last))) last--;
      from = index.sentenceAt(last).start;
    }
    const borrowed = mentionsIn(mentions, Math.max(from, line.start), sentence.start).at(-1)?.id;
    for (const i of members) out[i] = borrowed ?? only;
  }
  return out;
}

const statementKey = (s: StatedCvss) => `${s.score}|${s.vector}|${s.version}|${s.statedBy}`;

/**
 * Every CVE ID in `text`, canonical (`CVE-2024-3400`), once each with its first evidence and the
 * CVSS scores/vectors the text states for it (`cvss`, possibly empty; the same statement repeated
 * is kept once). With a KEV set, `kev` tells whether the CVE is in it.
 *
 * @example
 * extractVulnerabilities('Patch cve\u20112024\u20113400 now.')[0]?.id; // 'CVE-2024-3400'
 * extractVulnerabilities('CVE-2024-3400 (CVSS 10.0)', new Set(['CVE-2024-3400']))[0];
 * // { id: 'CVE-2024-3400', evidence: {…}, cvss: [{ score: 10, … }], kev: true }
 */
export function extractVulnerabilities(text: string, kev?: ReadonlySet<string>): Vulnerability[] {
  const index = createSentenceIndex(text);
  const mentions: Mention[] = [];
  const byId = new Map<string, Vulnerability>();
  for (const match of text.matchAll(cvePattern)) {
    const id = `CVE-${match[1] ?? ''}-${match[2] ?? ''}`;
    const end = match.index + match[0].length;
    mentions.push({ id, start: match.index, end });
    if (byId.has(id)) continue;
    const vulnerability: Vulnerability = { id, evidence: index.evidence(match.index, end), cvss: [] };
    if (kev) vulnerability.kev = kev.has(id);
    byId.set(id, vulnerability);
  }
  if (byId.size === 0) return [];
  const statements = findCvssStatements(text, index);
  const only = byId.size === 1 ? [...byId.keys()][0] : undefined;
  const seen = new Set<string>();
  attribute(text, statements, mentions, index, only).forEach((id, i) => {
    const statement = statements[i];
    const cvss = id ? byId.get(id)?.cvss : undefined;
    if (!statement || !cvss || seen.has(`${id ?? ''}|${statementKey(statement)}`)) return;
    seen.add(`${id ?? ''}|${statementKey(statement)}`);
    cvss.push(statement);
  });
  return [...byId.values()];
}
