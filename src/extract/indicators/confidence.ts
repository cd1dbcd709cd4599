/**
 * How sure we are that a match is an indicator the author meant to share. The rule, first match wins:
 * - high: the author defanged it; or it sits in a list or table — its line is a table row (cells
 *   split by tabs or ` | `) or has at most two other words per indicator (`- evil.com`,
 *   `evil.com 1.2.3.4 C2`); or its sentence speaks of IOCs,
 *   indicators, C2 / command-and-control, malicious, payloads or hashes;
 * - low: an undefanged bare domain that looks generic — a well-known site (`github.com`) or written
 *   like a product name with a capitalised suffix (`ASP.NET`, `Socket.IO`);
 * - medium: everything else (an undefanged address, URL, email, hash or domain in prose).
 */
import type { Confidence } from '../../core/facts.js';
import type { Candidate } from './candidate.js';
import { isDefanged } from './refang.js';

export interface Context {
  /** How many candidates the line holding this one holds. */
  indicatorsOnLine: number;
  /** How many words (tokens with a letter or digit) that line has besides its indicators. */
  otherWordsOnLine: number;
  /** Whether that line is a table row: cells separated by tabs or ` | `. */
  tableRow: boolean;
  /** The sentence holding the candidate. */
  sentence: string;
}

const iocWords =
  /\b(?:iocs?|indicators?|c2|c&c|command[\s-]and[\s-]control|malicious|payloads?|hash(?:es)?|md5|sha-?(?:1|256|512))\b/i;

/** Sites every article links to; a bare mention of them is rarely an indicator. */
const wellKnownSites = new Set([
  ...['google.com', 'microsoft.com', 'github.com', 'apple.com', 'amazon.com', 'cloudflare.com', 'x.com'],
  ...['twitter.com', 'linkedin.com', 'facebook.com', 'youtube.com', 'wikipedia.org', 'mozilla.org'],
]);

function looksGeneric(candidate: Candidate): boolean {
  const labels = candidate.value.split('.');
  const site = labels.slice(-2).join('.');
  const suffix = candidate.raw.slice(candidate.raw.lastIndexOf('.') + 1);
  return wellKnownSites.has(site) || /[A-Z]/.test(suffix);
}

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
 * The confidence of `candidate` in its context (see the rule at the top of this file).
 *
 * @example
 * const context = { indicatorsOnLine: 1, otherWordsOnLine: 9, tableRow: false, sentence: 'Readers of Socket.IO docs…' };
 * confidenceOf({ type: 'domain', value: 'socket.io', raw: 'Socket.IO', start: 11, end: 20 }, context); // 'low'
 */
export function confidenceOf(candidate: Candidate, context: Context): Confidence {
  if (isDefanged(candidate.raw) || context.tableRow || iocWords.test(context.sentence)) return 'high';
  if (context.otherWordsOnLine <= 2 * context.indicatorsOnLine) return 'high';
  if (candidate.type === 'domain' && looksGeneric(candidate)) return 'low';
  return 'medium';
}
