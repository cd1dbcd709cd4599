/**
 * Sentence utilities over a document's clean text, where each block (paragraph, table row, list
 * item) is one line and blank lines separate paragraphs. Every fact carries the sentence it was
 * found in as evidence, so these are called once per match: boundaries are computed once per text
 * (one linear scan) and looked up by binary search.
 */
import type { Evidence } from '../core/facts.js';

/** A trimmed span of the text: `text === source.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface SentenceIndex {
  /** The trimmed sentence (or table row / list item) containing `offset`. */
  sentenceAt(offset: number): Span;
  /** The trimmed line containing `offset`. */
  lineAt(offset: number): Span;
  /** Evidence for the match `[start, end)`: its offsets and the sentence(s) holding it. */
  evidence(start: number, end: number): Evidence;
}

/** Evidence text longer than this is cut to a window around the match (a 1 MB line is not a sentence). */
export const maxEvidenceLength = 1000;

/** Words that end with a period without ending the sentence (compared lower-case, without the dot). */
const abbreviations = new Set([
  ...['e.g', 'i.e', 'etc', 'vs', 'cf', 'al', 'approx', 'no', 'nos', 'fig', 'inc', 'ltd', 'corp', 'co'],
  ...['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'gov', 'gen', 'sen', 'rep', 'dept', 'ver'],
  ...['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
]);
/** How far back to look for the word before a period; keeps the scan linear on hostile input. */
const maxWordLength = 16;
const closers = new Set(['"', "'", ')', ']', '\u201d', '\u2019']);
const openers = new Set(['"', "'", '(', '[', '\u201c', '\u2018']);

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\r' || ch === '\u00a0';
}

function startsSentence(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{Lu}\p{Nd}]/u.test(ch);
}

/** True when the period at `dot` closes an abbreviation or initials ("e.g.", "U.S.", "J."). */
function isAbbreviation(text: string, dot: number): boolean {
  let from = dot;
  while (from > 0 && dot - from < maxWordLength && !isSpace(text[from - 1]) && text[from - 1] !== '\n')
    from--;
  const word = text.slice(from, dot).replace(/^[("'[]+/, '');
  if (abbreviations.has(word.toLowerCase())) return true;
  // Initials and dotted acronyms: "J", "U.S", "U.K", "a.m".
  return /^\p{L}(?:\.\p{L})*$/u.test(word) && (word.length > 1 || /\p{Lu}/u.test(word));
}

/**
 * The matches of `stops` (a global pattern of sentence or clause ends) that are real stops: a
 * period counts only when it does not close an abbreviation or initials ("Mr.", "Inc.", "U.S.").
 * @example stopsIn('Mr. Cooper was hit. Data left.', /\.(?=\s|$)/g) // [{ start: 18, end: 19 }, { start: 29, end: 30 }]
 */
export function stopsIn(text: string, stops: RegExp): { start: number; end: number }[] {
  return [...text.matchAll(stops)]
    .filter((m) => m[0] !== '.' || !isAbbreviation(text, m.index))
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The end of the sentence whose terminal punctuation is at `i`, or -1 when it does not end one. */
function sentenceEndAfter(text: string, i: number): number {
  let j = i + 1;
  while (closers.has(text[j] ?? '')) j++;
  if (!isSpace(text[j])) return -1;
  let k = j;
  while (isSpace(text[k])) k++;
  if (openers.has(text[k] ?? '')) k++;
  if (!startsSentence(text[k])) return -1;
  if (text[i] === '.' && isAbbreviation(text, i)) return -1;
  return j;
}

/** Raw segment starts (sentence or line), in order; each segment ends where the next begins. */
function segmentStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') starts.push(i + 1);
    else if (ch === '.' || ch === '!' || ch === '?') {
      const end = sentenceEndAfter(text, i);
      if (end > 0) starts.push(end);
    }
  }
  return starts;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Index of the last start `<= offset` (starts[0] is 0). */
function floorIndex(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function trimmed(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e, text: text.slice(s, e) };
}

/** Looks up the trimmed segment holding an offset; each segment is trimmed once. */
function spanLookup(text: string, starts: readonly number[]): (offset: number) => Span {
  const cache = new Map<number, Span>();
  return function spanOf(offset) {
    const i = floorIndex(starts, Math.min(Math.max(0, offset), text.length));
    let span = cache.get(i);
    if (!span) {
      span = trimmed(text, starts[i] ?? 0, starts[i + 1] ?? text.length);
      cache.set(i, span);
    }
    return span;
  };
}

/** Cuts a long span to at most `maxEvidenceLength` characters around `[start, end)`, still a substring. */
function windowed(text: string, span: Span, start: number, end: number): string {
  if (span.end - span.start <= maxEvidenceLength) return span.text;
  const room = Math.max(0, maxEvidenceLength - (end - start));
  const from = Math.max(span.start, start - Math.floor(room / 2));
  const to = Math.min(span.end, from + Math.max(maxEvidenceLength, end - start));
  return trimmed(text, from, to).text;
}

/**
 * Precomputes sentence and line boundaries of `text` once; lookups are O(log n).
 *
 * @example
 * const index = createSentenceIndex('First one. Second, e.g. this.\nA row');
 * index.sentenceAt(12).text; // 'Second, e.g. this.'
 */
export function createSentenceIndex(text: string): SentenceIndex {
  const sentenceSpan = spanLookup(text, segmentStarts(text));
  const lineSpan = spanLookup(text, lineStarts(text));
  return {
    sentenceAt: function sentenceAt(offset) {
      return sentenceSpan(offset);
    },
    lineAt: function lineAt(offset) {
      return lineSpan(offset);
    },
    evidence: function evidence(start, end) {
      const first = sentenceSpan(start);
      const last = end - 1 >= first.end ? sentenceSpan(end - 1) : first;
      const span = last === first ? first : trimmed(text, first.start, last.end);
      return { start, end, text: windowed(text, span, start, end) };
    },
  };
}

/**
 * The trimmed sentence containing `offset`. For many lookups on one text use `createSentenceIndex`.
 *
 * @example
 * sentenceAt('Patch now. The U.S. agency said so.', 15).text; // 'The U.S. agency said so.'
 */
export function sentenceAt(text: string, offset: number): Span {
  return createSentenceIndex(text).sentenceAt(offset);
}

/**
 * Evidence for the match `[start, end)` of `text`. For many matches use `createSentenceIndex`.
 *
 * @example
 * evidenceFor('Seen at 8.8.4.4 today. Next.', 8, 15);
 * // { start: 8, end: 15, text: 'Seen at 8.8.4.4 today.' }
 */
export function evidenceFor(text: string, start: number, end: number): Evidence {
  return createSentenceIndex(text).evidence(start, end);
}

/**
 * A literal string as a regular-expression source: every character that has a meaning escaped.
 * @example new RegExp(escapeRegExp('M&S (UK)')).test('M&S (UK)') // true
 */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Capitalised words that start a sentence or a clause before a name without being part of it
 * ("The Co-op said", "Like LockBit, …"): a regular-expression alternation.
 */
export const sentenceLeadWords =
  'The|A|An|At|In|On|By|For|From|With|And|But|Or|As|If|When|While|After|Before|Its|This|That|Both|Like|Including|Unlike|Via|Then|Also|Neither|Nor|Whether|Why|How|What|Which|Where|Since|Until|Although|Though|Because';
