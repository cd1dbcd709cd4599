/**
 * The context of a match that role and confidence are judged on: its line (a table row? a short
 * list item?), the section it sits in (under an IOC heading, under a references heading) and the
 * words around it in its sentence.
 */

export type Section = 'ioc' | 'reference' | null;

export interface Context {
  /** How many candidates the line holding this one holds. */
  indicatorsOnLine: number;
  /** How many words (tokens with a letter or digit) that line has besides its indicators. */
  otherWordsOnLine: number;
  /** Whether that line is a table row: cells separated by tabs or ` | `. */
  tableRow: boolean;
  /** The heading or lead-in the line falls under. */
  section: Section;
  /** The sentence text around the candidate (at most `windowChars` either side), and where it sits in it. */
  window: { text: string; start: number; end: number };
}

/** How far either side of a match its sentence is read for cues; keeps 1 MB lines linear. */
export const windowChars = 150;

const iocHeading =
  /\b(?:iocs?|indicators?|observables|artifacts|artefacts|hashes|c2|c&c|command[\s-]and[\s-]control|infrastructure)\b/i;
const referenceHeading =
  /\b(?:references?|sources?|further reading|resources|links|advisories|acknowledge?ments?|credits|related|read more|see also)\b/i;

/**
 * True when `line` looks like a table row as clean text keeps it: cells split by tabs or ` | `.
 *
 * @example
 * isTableRow('evil[.]com\tDomain\tPhishing page'); // true
 */
export function isTableRow(line: string): boolean {
  return line.includes('\t') || line.includes(' | ');
}

/**
 * Words in `text`: whitespace-separated tokens holding a letter or digit (bullets and pipes are not).
 *
 * @example
 * countWords('- evil.com | C2 | 2024-03-01'); // 3
 */
export function countWords(text: string): number {
  let words = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) words++;
  return words;
}

/**
 * The section a line without indicators opens, `undefined` when it leaves the current one alone. A
 * heading (short, no full stop) or a lead-in ending in `:` opens an IOC or references section, or
 * closes the current one; prose that speaks of indicators opens an IOC section.
 *
 * @example
 * sectionOpenedBy('Indicators of compromise'); // 'ioc'
 * sectionOpenedBy('Mitigations'); // null
 */
export function sectionOpenedBy(line: string): Section | undefined {
  const text = line.trim();
  if (text === '') return undefined;
  const heading = text.endsWith(':') || (countWords(text) <= 8 && !/[.!?]$/.test(text));
  if (iocHeading.test(text) && (heading || /\b(?:iocs?|indicators)\b/i.test(text))) return 'ioc';
  if (!heading) return undefined;
  return referenceHeading.test(text) ? 'reference' : null;
}
