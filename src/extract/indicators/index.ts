/**
 * Network and file indicators in a document's clean text: IPs, domains, URLs, emails and hashes,
 * plain or defanged, with the sentence each was found in.
 */
import type { Indicator } from '../../core/facts.js';
import { createSentenceIndex, type SentenceIndex } from '../text.js';
import type { Candidate } from './candidate.js';
import { confidenceOf, countWords, isTableRow, type Context } from './confidence.js';
import { findDomains, isOwnDomain } from './domain.js';
import { findEmails } from './email.js';
import { findHashes } from './hash.js';
import { findIpv4, findIpv6 } from './ip.js';
import { findUrls } from './url.js';

export interface IndicatorOptions {
  /** The publisher's own domains: they and their subdomains are never reported. */
  ownDomains?: readonly string[];
}

const confidenceRank = { high: 0, medium: 1, low: 2 } as const;

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

type LineContext = Omit<Context, 'sentence'>;

/** Per line holding candidates (keyed by its start): how many, how many other words, a table row? */
function lineContexts(candidates: readonly Candidate[], index: SentenceIndex): Map<number, LineContext> {
  const lines = new Map<number, { text: string; indicators: number; indicatorWords: number }>();
  for (const c of candidates) {
    const line = index.lineAt(c.start);
    const stats = lines.get(line.start) ?? { text: line.text, indicators: 0, indicatorWords: 0 };
    stats.indicators += 1;
    stats.indicatorWords += countWords(c.raw);
    lines.set(line.start, stats);
  }
  const contexts = new Map<number, LineContext>();
  for (const [start, { text, indicators, indicatorWords }] of lines) {
    const otherWordsOnLine = countWords(text) - indicatorWords;
    contexts.set(start, { indicatorsOnLine: indicators, otherWordsOnLine, tableRow: isTableRow(text) });
  }
  return contexts;
}

function toIndicators(candidates: readonly Candidate[], index: SentenceIndex): Indicator[] {
  const lines = lineContexts(candidates, index);
  const noLine: LineContext = { indicatorsOnLine: 1, otherWordsOnLine: 0, tableRow: false };
  return candidates.map(function toIndicator(c): Indicator {
    const evidence = index.evidence(c.start, c.end);
    const line = lines.get(index.lineAt(c.start).start) ?? noLine;
    const confidence = confidenceOf(c, { ...line, sentence: evidence.text });
    const indicator: Indicator = { type: c.type, value: c.value, raw: c.raw, confidence, evidence };
    if (c.port !== undefined) indicator.port = c.port;
    return indicator;
  });
}

/** One indicator per (type, value): the first occurrence, with the highest confidence seen. */
function deduplicated(indicators: readonly Indicator[]): Indicator[] {
  const byKey = new Map<string, Indicator>();
  for (const indicator of indicators) {
    const key = `${indicator.type} ${indicator.value}`;
    const first = byKey.get(key);
    if (!first) byKey.set(key, indicator);
    else if (confidenceRank[indicator.confidence] < confidenceRank[first.confidence]) {
      first.confidence = indicator.confidence;
    }
  }
  return [...byKey.values()];
}

/**
 * Every indicator in `text`, in order of first appearance. Offsets are those of the raw (possibly
 * defanged) match; values are refanged and canonical. Private, documentation and the publisher's
 * own addresses and domains are left out. Pure and total: never throws, linear in the text.
 *
 * @example
 * extractIndicators('C2: 45.33.2[.]79:8443 and update-srv[.]net', { ownDomains: ['news.example'] });
 * // [{ type: 'ipv4', value: '45.33.2.79', port: 8443, raw: '45.33.2[.]79:8443', confidence: 'high', … },
 * //  { type: 'domain', value: 'update-srv.net', raw: 'update-srv[.]net', confidence: 'high', … }]
 */
export function extractIndicators(text: string, options: IndicatorOptions = {}): Indicator[] {
  const own = options.ownDomains ?? [];
  const network = withoutOverlaps([
    findUrls(text),
    findEmails(text),
    findIpv6(text),
    findIpv4(text),
    findDomains(text),
  ]).filter(function isForeign(c) {
    const host = c.host ?? (c.type === 'domain' ? c.value : undefined);
    return host === undefined || !isOwnDomain(host, own);
  });
  const candidates = network.concat(findHashes(text)).sort(byStart);
  return deduplicated(toIndicators(candidates, createSentenceIndex(text)));
}
