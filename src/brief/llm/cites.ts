/**
 * Citations of an accepted sentence: the real sources it cites, else those of the ledger lines
 * holding the facts it states, else those of the deterministic sentence it paraphrases.
 */
import type { Mention } from './figures.js';
import type { LedgerLine } from './ledger.js';
import { commonWords, unsupported } from './support.js';

/** A citation marker as models write them: [1], [2, 3], [1-3], [^4]. */
export const marker = /\[\^?(\d{1,3}(?:\s*[,;\u2013-]\s*\d{1,3})*)\]/g;
/** Markers that open a sentence: they belong to the sentence before. */
export const leadingMarkers = /^(?:\s*\[\^?\d{1,3}(?:\s*[,;\u2013-]\s*\d{1,3})*\])+[\s.]*/;

/** The source numbers of "[1]", "[2, 3]", "[1-3]", "[^4]" markers. */
export function citationsIn(text: string): number[] {
  const cites: number[] = [];
  for (const match of text.matchAll(marker)) {
    for (const part of (match[1] ?? '').split(/[,;]/)) {
      // Number() ignores the spaces around each end of a range.
      const [from = NaN, to = from] = part.split(/[\u2013-]/).map(Number);
      for (let n = from; n <= to && n - from < 20; n++) cites.push(n);
    }
  }
  return cites;
}

export const sorted = (cites: Iterable<number>): number[] => [...new Set(cites)].sort((a, b) => a - b);
const sectionRank: Record<LedgerLine['section'], number> = { summary: 0, fact: 0, story: 1, source: 1 };

/**
 * The citations of the fewest ledger lines that hold every fact the sentence states, chosen
 * greedily: the line holding most of the remaining facts first, a summary sentence or fact before
 * a headline, fewer citations before more.
 */
export function coveringCites(facts: readonly Mention[], lines: readonly LedgerLine[]): number[] {
  const holds = lines.map((line) => new Set(facts.filter((fact) => unsupported(fact, line.index) === null)));
  const left = new Set(facts);
  const cites: number[] = [];
  while (left.size) {
    let best = -1;
    let bestCount = 0;
    holds.forEach((held, i) => {
      const count = [...held].filter((fact) => left.has(fact)).length;
      const line = lines[i];
      const current = lines[best];
      if (!line || count === 0) return;
      const better =
        count > bestCount ||
        (count === bestCount &&
          current !== undefined &&
          (sectionRank[line.section] < sectionRank[current.section] ||
            (sectionRank[line.section] === sectionRank[current.section] &&
              line.cites.length < current.cites.length)));
      if (better) {
        best = i;
        bestCount = count;
      }
    });
    const chosen = lines[best];
    if (!chosen) break;
    cites.push(...chosen.cites);
    for (const fact of holds[best] ?? []) left.delete(fact);
  }
  return sorted(cites);
}

const contentWords = (text: string): Set<string> =>
  new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length >= 5 && !commonWords.has(word)),
  );

/** The citations of the deterministic sentence sharing the most content words (at least two). */
export function nearestSummaryCites(text: string, lines: readonly LedgerLine[]): number[] {
  const words = contentWords(text);
  let best: { cites: number[]; shared: number } = { cites: [], shared: 1 };
  for (const line of lines) {
    if (line.section !== 'summary') continue;
    const shared = [...contentWords(line.text)].filter((word) => words.has(word)).length;
    if (shared > best.shared) best = { cites: line.cites, shared };
  }
  return best.cites;
}
