/**
 * Network, file and payment indicators in a document's clean text — IPs, CIDRs, domains, URLs,
 * emails, hashes, AS numbers, Bitcoin and Monero addresses, payload file names — plain or
 * defanged, each with its sentence, a role, a confidence and the reasons for both.
 */
import type { Confidence, Indicator } from '../../core/facts.js';
import { builtinWarninglists } from '../../kb/builtin/warninglist.js';
import type { Warninglists } from '../../kb/types.js';
import { createSentenceIndex, type SentenceIndex } from '../text.js';
import { findAsns } from './asn.js';
import type { Candidate } from './candidate.js';
import {
  countWords,
  isTableRow,
  sectionOpenedBy,
  windowChars,
  type Context,
  type Section,
} from './confidence.js';
import { findBitcoin, findMonero } from './crypto.js';
import { findDomains, isOwnDomain } from './domain.js';
import { findEmails } from './email.js';
import { findFilenames } from './filename.js';
import { findHashes } from './hash.js';
import { findIpv4, findIpv6 } from './ip.js';
import { refang } from './refang.js';
import { assess } from './role.js';
import { findUrls } from './url.js';

export interface IndicatorOptions {
  /** The publisher's own domains: they and their subdomains are never reported. */
  ownDomains?: readonly string[];
  /** The article's own URL: never reported. */
  canonicalUrl?: string;
  /** Known-benign values (the KB's MISP warninglists, or the built-in list when omitted). */
  warninglists?: Warninglists;
}

const confidenceRank: Record<Confidence, number> = { high: 0, medium: 1, low: 2 };

/** Index of the last span starting before `end`, in spans sorted by start (binary search). */
function lastStartingBefore(spans: readonly Candidate[], end: number): number {
  let lo = -1;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((spans[mid]?.start ?? end) < end) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function byStart(a: Candidate, b: Candidate): number {
  return a.start - b.start;
}

/**
 * Keeps each candidate that does not overlap one kept from an earlier group, so the host of a URL
 * or email is not reported again as a domain or address. Kept spans never overlap, so the one
 * starting last before a candidate's end is the only one that can overlap it.
 */
function withoutOverlaps(groups: readonly Candidate[][]): Candidate[] {
  let kept: Candidate[] = [];
  for (const group of groups) {
    const blocked = kept;
    const survivors = group.filter(function isFree(c) {
      const before = blocked[lastStartingBefore(blocked, c.end)];
      return before === undefined || before.end <= c.start;
    });
    kept = blocked.concat(survivors).sort(byStart);
  }
  return kept;
}

type LineContext = Omit<Context, 'window'>;

/**
 * Per line holding candidates (keyed by its start): how many, how many other words, a table row,
 * and the section it falls under (one pass over the lines in order).
 */
function lineContexts(
  text: string,
  candidates: readonly Candidate[],
  index: SentenceIndex,
): Map<number, LineContext> {
  const lines = new Map<number, { text: string; indicators: number; indicatorWords: number }>();
  for (const c of candidates) {
    const line = index.lineAt(c.start);
    const stats = lines.get(line.start) ?? { text: line.text, indicators: 0, indicatorWords: 0 };
    stats.indicators += 1;
    stats.indicatorWords += countWords(c.raw);
    lines.set(line.start, stats);
  }
  const contexts = new Map<number, LineContext>();
  let section: Section = null;
  for (let start = 0; start <= text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const key = index.lineAt(start).start;
    const stats = lines.get(key);
    if (stats) {
      const otherWordsOnLine = countWords(stats.text) - stats.indicatorWords;
      const { indicators: indicatorsOnLine } = stats;
      contexts.set(key, { indicatorsOnLine, otherWordsOnLine, tableRow: isTableRow(stats.text), section });
    } else {
      const opened = sectionOpenedBy(text.slice(start, end));
      if (opened !== undefined) section = opened;
    }
    start = end + 1;
  }
  return contexts;
}

function windowOf(c: Candidate, index: SentenceIndex): Context['window'] {
  const sentence = index.sentenceAt(c.start);
  const from = Math.max(sentence.start, c.start - windowChars);
  const to = Math.min(Math.max(sentence.end, c.end), c.end + windowChars);
  const text = index.sentenceAt(c.start).text.slice(from - sentence.start, to - sentence.start);
  return { text, start: c.start - from, end: c.end - from };
}

function toIndicators(
  text: string,
  index: SentenceIndex,
  candidates: readonly Candidate[],
  lists: Warninglists,
): Indicator[] {
  const lines = lineContexts(text, candidates, index);
  const noLine: LineContext = { indicatorsOnLine: 1, otherWordsOnLine: 0, tableRow: false, section: null };
  return candidates.map(function toIndicator(c): Indicator {
    const evidence = index.evidence(c.start, c.end);
    const line = lines.get(index.lineAt(c.start).start) ?? noLine;
    const { role, confidence, reasons } = assess(c, { ...line, window: windowOf(c, index) }, lists);
    const indicator: Indicator = {
      type: c.type,
      value: c.value,
      raw: c.raw,
      confidence,
      reasons,
      role,
      evidence,
    };
    if (c.port !== undefined) indicator.port = c.port;
    return indicator;
  });
}

/**
 * One indicator per (type, value): the first evidence; the role and confidence of the most
 * confident occurrence (the first on a tie); the reasons of every occurrence with that role.
 */
function deduplicated(indicators: readonly Indicator[]): Indicator[] {
  const byKey = new Map<string, { first: Indicator; all: Indicator[] }>();
  for (const indicator of indicators) {
    const key = `${indicator.type} ${indicator.value}`;
    const entry = byKey.get(key);
    if (entry) entry.all.push(indicator);
    else byKey.set(key, { first: indicator, all: [indicator] });
  }
  return [...byKey.values()].map(function merged({ first, all }) {
    let best = first;
    for (const other of all)
      if (confidenceRank[other.confidence] < confidenceRank[best.confidence]) best = other;
    const reasons = [...new Set(all.filter((i) => i.role === best.role).flatMap((i) => i.reasons))];
    return { ...first, confidence: best.confidence, role: best.role, reasons };
  });
}

function normalisedUrl(url: string): string {
  const refanged = refang(url).toLowerCase();
  let end = refanged.includes('#') ? refanged.indexOf('#') : refanged.length;
  while (end > 0 && refanged[end - 1] === '/') end--;
  return refanged.slice(0, end);
}

/** True when the publisher's own site is the host, or a URL carries it (share and nav links). */
function isOwn(c: Candidate, own: readonly string[], canonical: string | null): boolean {
  const host = c.host ?? (c.type === 'domain' ? c.value : undefined);
  if (host !== undefined && isOwnDomain(host, own)) return true;
  if (c.type !== 'url') return false;
  if (canonical !== null && normalisedUrl(c.value) === canonical) return true;
  const rest = c.value.slice(c.value.indexOf(host ?? '') + (host ?? '').length).toLowerCase();
  let decoded = rest;
  try {
    decoded = decodeURIComponent(rest);
  } catch {
    // Malformed escapes: look at the text as written.
  }
  return (
    own.some((domain) => {
      const base = domain.toLowerCase().replace(/^www\./, '');
      return base.includes('.') && decoded.includes(`//${base}`);
    }) ||
    (canonical !== null && decoded.includes(canonical.replace(/^[a-z]+:\/\//, '')))
  );
}

/**
 * Every indicator in `text`, in order of first appearance. Offsets are those of the raw (possibly
 * defanged) match; values are refanged and canonical. Every indicator has a role (malicious,
 * payload, victim, reference, researcher, internal), a confidence and the reasons for both. The
 * publisher's own site and the article's own URL are left out. Pure and total: never throws,
 * linear in the text.
 *
 * @example
 * extractIndicators('C2: 45.33.2[.]79:8443 and update-srv[.]net', { ownDomains: ['news.example'] });
 * // [{ type: 'ipv4', value: '45.33.2.79', port: 8443, role: 'malicious', confidence: 'high',
 * //    reasons: ['defanged by the author', 'sentence mentions command-and-control'], … },
 * //  { type: 'domain', value: 'update-srv.net', role: 'malicious', confidence: 'high', … }]
 */
export function extractIndicators(text: string, options: IndicatorOptions = {}): Indicator[] {
  const own = options.ownDomains ?? [];
  const canonical = options.canonicalUrl === undefined ? null : normalisedUrl(options.canonicalUrl);
  const sentences = createSentenceIndex(text);
  const located = withoutOverlaps([
    findUrls(text),
    findEmails(text),
    findIpv6(text),
    findIpv4(text),
    findDomains(text),
    findMonero(text),
    findBitcoin(text),
    findFilenames(text, sentences),
  ]).filter((c) => !isOwn(c, own, canonical));
  const candidates = located.concat(findHashes(text), findAsns(text)).sort(byStart);
  return deduplicated(toIndicators(text, sentences, candidates, options.warninglists ?? builtinWarninglists));
}
