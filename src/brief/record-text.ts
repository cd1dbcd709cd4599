import { createSentenceIndex } from '../extract/text.js';
import type { Entity } from '../core/facts.js';
import type { StoryBundle } from '../stories/types.js';
import { adviceCue, negation } from './record-cues.js';
import type { RecordEntry } from './record-types.js';

/** A sentence of the story's reports and every report (citation number) that holds it word for word. */
export interface StorySentence {
  text: string;
  cites: number[];
}

/** Only the head of a very long report is read for cues; a record field quotes a few sentences. */
const maxScan = 200_000;
/** A longer "sentence" is a table or a run-on line: not a quotable statement. */
const maxSentence = 600;
/** Sentences quoted per record field. */
export const maxQuotes = 3;

/** Does the cue match `text`, not denied by the words right before it, in a sentence that is not advice? */
export function says(text: string, cue: RegExp, unless?: RegExp): boolean {
  const match = cue.exec(text);
  if (!match || unless?.test(text) || adviceCue.test(text)) return false;
  return !negation.test(text.slice(Math.max(0, match.index - 30), match.index));
}

/**
 * A statement worth quoting: not a table row or a run-on line, and a sentence (three words or more
 * ending in punctuation) or a title of six words or more; not a heading ("Who was hit").
 */
export function quotable(text: string): boolean {
  if (text.length > maxSentence || text.includes(' | ')) return false;
  const words = text.split(/\s+/).length;
  return words >= 6 || (words >= 3 && /[.!?]["'\u201d)]?$/.test(text));
}

/**
 * Every sentence of the story's reports, oldest report first, identical sentences merged (a copy
 * cites both reports).
 * @example storySentences(bundle)[0] // { text: 'Attackers encrypted …', cites: [1, 3] }
 */
export function storySentences(bundle: StoryBundle): StorySentence[] {
  const byText = new Map<string, StorySentence>();
  bundle.documents.forEach((doc, index) => {
    const text = doc.text.slice(0, maxScan);
    const sentences = createSentenceIndex(text);
    let offset = 0;
    while (offset < text.length) {
      const span = sentences.sentenceAt(offset);
      offset = Math.max(span.end, offset) + 1;
      if (!quotable(span.text)) continue;
      const found = byText.get(span.text);
      if (!found) byText.set(span.text, { text: span.text, cites: [index + 1] });
      else if (!found.cites.includes(index + 1)) found.cites.push(index + 1);
    }
  });
  return [...byText.values()];
}

/**
 * The sentences a cue matches (and neither `unless` nor advice does), quoted as record entries: the
 * entry's text is the sentence itself, so its evidence is the same sentence.
 * @example quotes(sentences, /\boutage\b/i) // [{ text: 'The outage lasted…', evidence: 'The outage lasted…', cites: [2] }]
 */
export function quotes(
  sentences: readonly StorySentence[],
  cue: RegExp,
  unless?: RegExp,
  limit = maxQuotes,
): RecordEntry[] {
  return sentences
    .filter((s) => says(s.text, cue, unless))
    .slice(0, limit)
    .map((s) => ({ text: s.text, evidence: s.text, cites: s.cites }));
}

/** The first sentence (not advice) a cue matches, as the evidence of a derived statement. */
export function firstMatch(sentences: readonly StorySentence[], cue: RegExp, unless?: RegExp) {
  return sentences.find((s) => says(s.text, cue, unless));
}

/** Citation numbers in order, once each. */
export function citeSet(...lists: readonly (readonly number[])[]): number[] {
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}

/** A fact named in one or more reports: its first evidence and every report that names it. */
export interface Named<T> {
  fact: T;
  cites: number[];
}

/** The story's facts of one kind, merged by key, oldest report first. */
export function namedFacts<T>(
  bundle: StoryBundle,
  pick: (x: StoryBundle['documents'][number]['extraction']) => readonly T[],
  key: (fact: T) => string,
): Named<T>[] {
  const found = new Map<string, Named<T>>();
  bundle.documents.forEach((doc, index) => {
    for (const fact of pick(doc.extraction)) {
      const entry = found.get(key(fact));
      if (!entry) found.set(key(fact), { fact, cites: [index + 1] });
      else if (!entry.cites.includes(index + 1)) entry.cites.push(index + 1);
    }
  });
  return [...found.values()];
}

/** A list of named facts as record entries. */
export function entries(facts: readonly Named<Entity>[]): RecordEntry[] {
  return facts.map(({ fact, cites }) => ({ text: fact.name, evidence: fact.evidence.text, cites }));
}
