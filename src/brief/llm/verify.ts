/**
 * Checks an LLM's summary against the fact ledger, sentence by sentence: a sentence that states a
 * number, date, identifier or capitalised name the ledger does not hold is rejected with the
 * reason. Accepted sentences keep the citations they wrote when those are real sources, or else
 * take the citations of the ledger lines whose facts they use.
 */
import { createSentenceIndex } from '../../extract/text.js';
import type { CitedSentence } from '../types.js';
import { citationsIn, coveringCites, leadingMarkers, marker, nearestSummaryCites, sorted } from './cites.js';
import { scanMentions } from './figures.js';
import type { Ledger } from './ledger.js';
import { hedge, settlesDispute, substantive, unsupported } from './support.js';

export interface Rejection {
  sentence: string;
  reason: string;
}

export interface Verification {
  accepted: CitedSentence[];
  rejected: Rejection[];
}

/** Sentences kept at most; the writer is asked for 3–5. */
export const maxSentences = 5;
/** Sentences read at most; the rest of a rambling answer is dropped unread. */
export const maxSentencesRead = 12;
const maxSentenceLength = 500;

/** A rejected sentence as recorded on the brief: at most `maxSentenceLength` characters. */
const clip = (sentence: string): string =>
  sentence.length > maxSentenceLength ? `${sentence.slice(0, maxSentenceLength)}…` : sentence;

/**
 * The sentences of a model's answer, without list bullets, headings, emphasis or a reasoning block;
 * markers that open a sentence ("… stands. [2] Next") go to the sentence before.
 */
export function splitSentences(answer: string): string[] {
  const thought = answer.lastIndexOf('</think>');
  const text = (thought >= 0 ? answer.slice(thought + '</think>'.length) : answer)
    .split('\n')
    .map((line) => line.replace(/^\s*(?:#{1,6}|[-*\u2022]|\d{1,2}[.)])\s+/, '').replace(/\*\*|__/g, ''))
    .join('\n');
  const index = createSentenceIndex(text);
  const sentences: string[] = [];
  let offset = 0;
  while (offset < text.length) {
    const span = index.sentenceAt(offset);
    let sentence = span.text;
    const lead = leadingMarkers.exec(sentence)?.[0] ?? '';
    const previous = sentences.at(-1);
    if (lead && previous !== undefined) {
      sentences[sentences.length - 1] = `${previous} ${lead.trim()}`;
      sentence = sentence.slice(lead.length);
    }
    if (sentence.trim()) sentences.push(sentence.trim());
    offset = Math.max(span.end, offset) + 1;
  }
  return sentences;
}

/**
 * One sentence of the model's answer: accepted with its citations, or rejected with the reason.
 * @example verifySentence('ALPHV stole data of 190 million people [1].', ledger) // { ok: true, … }
 */
export function verifySentence(
  sentence: string,
  ledger: Ledger,
): { ok: true; sentence: CitedSentence } | { ok: false; reason: string } {
  const written = citationsIn(sentence);
  const text = sentence
    .replace(marker, '')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:!?])/g, '$1')
    .trim();
  if (text.length > maxSentenceLength)
    return { ok: false, reason: `longer than ${maxSentenceLength} characters` };
  if (text.split(' ').length < 3) return { ok: false, reason: 'not a sentence' };
  const mentions = scanMentions(text);
  const problems = [
    ...mentions.map((mention) => unsupported(mention, ledger.index)),
    hedge.test(text) ? null : settlesDispute(mentions, ledger.disputes),
  ].filter((p) => p !== null);
  if (problems.length) return { ok: false, reason: [...new Set(problems)].join('; ') };
  const real = written.filter((n) => ledger.sources.includes(n));
  let cites = sorted(real);
  if (cites.length === 0) {
    cites = coveringCites(mentions.filter(substantive), ledger.lines);
  }
  if (cites.length === 0) cites = nearestSummaryCites(text, ledger.lines);
  if (cites.length === 0)
    return { ok: false, reason: 'cites no real source and states no fact the ledger ties to one' };
  return { ok: true, sentence: { text, cites } };
}

/**
 * The model's answer checked sentence by sentence; at most `maxSentences` are accepted.
 * @example verifySummary(answer, buildLedger(brief)).rejected // [{ sentence, reason }]
 */
export function verifySummary(answer: string, ledger: Ledger): Verification {
  const accepted: CitedSentence[] = [];
  const rejected: Rejection[] = [];
  // A heading or a stray label ("Summary", "[2]") is no sentence and no rejection either.
  const sentences = splitSentences(answer).filter((s) => (s.match(/\p{L}{2,}/gu) ?? []).length >= 3);
  for (const sentence of sentences.slice(0, maxSentencesRead)) {
    if (accepted.length >= maxSentences) {
      rejected.push({ sentence: clip(sentence), reason: `beyond ${maxSentences} sentences` });
      continue;
    }
    const result = verifySentence(sentence, ledger);
    if (result.ok) accepted.push(result.sentence);
    else rejected.push({ sentence: clip(sentence), reason: result.reason });
  }
  const unread = sentences.length - maxSentencesRead;
  if (unread > 0) {
    const sentence = clip(sentences[maxSentencesRead] ?? '');
    rejected.push({ sentence, reason: `${unread} more sentence${unread === 1 ? '' : 's'} not read` });
  }
  return { accepted, rejected };
}
