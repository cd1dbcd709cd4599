/**
 * A publisher's boilerplate: the lines it prints on many of its documents (TLP markings, "report
 * incidents to …", "About us", tip lines, disclaimers). They say who published a report, never which
 * event it is about, so correlation reads a report without the lines its publisher has printed
 * before. Learned per source domain from its own documents; pure here, stored by `correlate.ts`.
 */
import type { EventDoc } from './cluster-types.js';
import { hashString } from './minhash.js';

/** Lines shorter than this (after folding) are headings or labels, not boilerplate evidence. */
const minLength = 6;
/** A report whose known lines are this share of its text is a re-post of the publisher's own article. */
const repostShare = 0.8;

/** A line's fingerprint: lower case, digits folded (reference numbers change), spaces collapsed. */
export function lineFingerprint(line: string): string | null {
  if (line.length < minLength) return null;
  const folded = line
    .toLowerCase()
    .replace(/\d+|\s+/g, (m) => (m.charCodeAt(0) <= 32 ? ' ' : '#'))
    .trim();
  if (folded.length < minLength) return null;
  // 32 bits and the length: collisions between two lines of one publisher are negligible.
  return `${hashString(folded).toString(36)}.${folded.length.toString(36)}`;
}

export interface TextLine {
  start: number;
  end: number;
  fingerprint: string;
}

/** The fingerprinted lines of a text, with their offsets. */
export function textLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const fingerprint = lineFingerprint(text.slice(start, end));
    if (fingerprint) lines.push({ start, end, fingerprint });
    if (newline < 0) break;
    start = newline + 1;
  }
  return lines;
}

/**
 * The document as correlation should read it: the lines its publisher printed before are removed
 * from the text, and facts found only in them are dropped. When nearly all of a report is known
 * lines it is a re-post of the publisher's own article, not boilerplate, and it is kept whole.
 * @example withoutBoilerplate(doc, new Set([lineFingerprint('TLP:CLEAR')!])).text // no TLP line
 */
export function withoutBoilerplate(
  doc: EventDoc,
  known: ReadonlySet<string>,
  lines: readonly TextLine[] = textLines(doc.text),
): EventDoc {
  if (known.size === 0) return doc;
  const removed = lines.filter((line) => known.has(line.fingerprint));
  const removedChars = removed.reduce((n, l) => n + l.end - l.start, 0);
  const allChars = lines.reduce((n, l) => n + l.end - l.start, 0);
  if (removed.length === 0 || removedChars > allChars * repostShare) return doc;
  const inRemoved = (offset: number): boolean => removed.some((l) => offset >= l.start && offset < l.end);
  // A fact read from the title has an empty span (it is in no line of the body): it stays.
  const keep = <T extends { evidence: { start: number; end: number } }>(facts: readonly T[]): T[] =>
    facts.filter((fact) => fact.evidence.end <= fact.evidence.start || !inRemoved(fact.evidence.start));
  // Blanked, not cut: evidence offsets of the facts kept still point into the text.
  let text = doc.text;
  for (const line of removed)
    text = text.slice(0, line.start) + ' '.repeat(line.end - line.start) + text.slice(line.end);
  const { extraction } = doc;
  return {
    ...doc,
    text,
    extraction: {
      ...extraction,
      vulnerabilities: keep(extraction.vulnerabilities),
      indicators: keep(extraction.indicators),
      actors: keep(extraction.actors),
      malware: keep(extraction.malware),
      organisations: keep(extraction.organisations),
      ...(extraction.claims ? { claims: keep(extraction.claims) } : {}),
    },
  };
}
