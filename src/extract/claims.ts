/**
 * Normalised quantitative and temporal claims from prose: devices, records, people, victims,
 * money, attack bandwidth and rate, attack commands and event dates. Patterns live in
 * `claims-patterns.ts`; this file parses numbers, picks units and resolves dates.
 */
import type { Claim, ClaimField, Confidence } from '../core/facts.js';
import {
  currencyAfter,
  currencyCodes,
  dateRules,
  moneyCue,
  months,
  notAQuantity,
} from './claims-patterns.js';
import {
  numberPhrase,
  numberWords,
  qualifiers,
  ransomWord,
  relativeDate,
  unitRules,
  weekdays,
} from './claims-patterns.js';
import { dateKind } from './date-kinds.js';
import { createSentenceIndex } from './text.js';
import type { SentenceIndex } from './text.js';

type Groups = Partial<Record<string, string>>;

const word = (w: string | undefined): number => (w === undefined ? 1 : (numberWords[w.toLowerCase()] ?? 1));

/** The value of a number phrase, or undefined for a bare "a"/"an". */
function parseNumber(g: Groups): number | undefined {
  if (g.vague !== undefined) return word(g.vague) * word(g.vs);
  const raw = g.num ?? '';
  const base = /^\d/.test(raw) ? Number(raw.replaceAll(',', '')) : numberWords[raw.toLowerCase()];
  if (base === undefined || !Number.isFinite(base)) return undefined;
  if (/^an?$/i.test(raw) && g.s1 === undefined) return undefined;
  return base * word(g.abbr ?? g.s1) * word(g.s2);
}

/** How far after an amount a money cue may be ("$5m …, the bank said in losses"); keeps a 1 MB line linear. */
const maxCueDistance = 300;

const round = (n: number): number => (n >= 1000 ? Math.round(n) : Math.round(n * 1e6) / 1e6);

/**
 * Which money field an amount belongs to: a cue right after it ("$5m in losses"), else the nearest
 * cue before it in its sentence, else the first after it.
 */
function moneyField(sentence: string, before: string, after: string): [ClaimField, Confidence] | undefined {
  const next = [...after.matchAll(moneyCue)][0];
  const previous = [...before.matchAll(moneyCue)].at(-1);
  const cue = (next && next.index <= 20 ? next : (previous ?? next))?.groups;
  const ransom = ransomWord.test(sentence);
  if (cue?.paid !== undefined && ransom) return ['ransom-paid', 'high'];
  if (cue?.demand !== undefined && ransom) return ['ransom-demanded', 'high'];
  if (cue?.loss !== undefined) return ['financial-loss', 'medium'];
  return ransom ? ['ransom-demanded', 'low'] : undefined;
}

function quantityClaim(text: string, m: RegExpExecArray, index: SentenceIndex): Claim | undefined {
  const g: Groups = m.groups ?? {};
  const value = parseNumber(g);
  const before = text.slice(Math.max(0, m.index - 60), m.index);
  const isYear = /^(?:19|20)\d{2}$/.test(g.num ?? '') && !g.qual && !g.cur;
  if (value === undefined || isYear || notAQuantity.test(before)) return undefined;
  let end = m.index + m[0].length;
  const tail = text.slice(end, end + 100);
  if (g.vague === undefined && tail.startsWith(' of ')) return undefined;
  const sentence = index.sentenceAt(m.index);
  // Cues are read in the sentence, cut to a window around the number when it is a huge line.
  const context = index.evidence(m.index, end).text;
  const qualifier = g.plus || g.vague ? 'over' : (qualifiers[(g.qual ?? '').toLowerCase()] ?? '');
  const currencyTail = currencyAfter.exec(tail);
  const currency = g.cur?.trim() ?? currencyTail?.groups?.code;
  let field: ClaimField;
  let unit: string;
  let confidence: Confidence;
  let factor = 1;
  if (currency !== undefined) {
    const decided = moneyField(
      context,
      text.slice(Math.max(sentence.start, m.index - 60), m.index),
      text.slice(end, Math.max(end, Math.min(sentence.end, end + maxCueDistance))),
    );
    if (!decided) return undefined;
    [field, confidence] = decided;
    unit = currencyCodes[currency] ?? 'USD';
    if (currencyTail) end += currencyTail[0].length;
  } else {
    const hits = unitRules.flatMap((rule) => {
      const hit = rule.regex.exec(tail);
      return hit ? [{ rule, length: hit[0].length }] : [];
    });
    const best = hits.sort((a, b) => a.length - b.length)[0];
    if (!best) return undefined;
    ({ field, unit, factor } = best.rule);
    confidence = !best.rule.strong || best.rule.strong.test(context) ? 'high' : 'medium';
    if (best.rule.spanUnit) end += best.length;
  }
  if (g.vague !== undefined) confidence = 'low';
  return {
    field,
    value: round(value * factor),
    unit,
    qualifier,
    confidence,
    evidence: index.evidence(m.index, end),
  };
}

const iso = (y: number, m: number, d?: number): string =>
  d === undefined
    ? `${y}-${String(m).padStart(2, '0')}`
    : new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);

function monthNumber(name: string | undefined): number {
  return months.findIndex((full) => full.slice(0, 3) === (name ?? '').slice(0, 3)) + 1;
}

/** Explicit dates; a date without a year takes the publication year (the year before if that is later). */
function absoluteDates(text: string, published: Date | undefined, index: SentenceIndex): Claim[] {
  const taken: [number, number][] = [];
  const claims: Claim[] = [];
  for (const rule of dateRules) {
    for (const m of text.matchAll(rule.regex)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      const g: Groups = m.groups ?? {};
      const mon = g.mm !== undefined ? Number(g.mm) : monthNumber(g.mon);
      let y = g.year !== undefined ? Number(g.year) : published?.getUTCFullYear();
      const d = g.day !== undefined ? Number(g.day) : undefined;
      if (y === undefined || mon < 1) continue;
      if (g.year === undefined && published && Date.UTC(y, mon - 1, d ?? 1) > published.getTime()) y--;
      if (d !== undefined && new Date(Date.UTC(y, mon - 1, d)).getUTCDate() !== d) continue;
      taken.push([start, end]);
      const value = iso(y, mon, d);
      claims.push({
        field: dateKind(text, start, end),
        value,
        unit: 'date',
        qualifier: '',
        confidence: rule.confidence,
        evidence: index.evidence(start, end),
      });
    }
  }
  return claims;
}

/** "yesterday", "last Tuesday", "on Monday", "earlier this month", "last month", "last year". */
function relativeDates(text: string, published: Date, index: SentenceIndex): Claim[] {
  const y = published.getUTCFullYear();
  const mo = published.getUTCMonth() + 1;
  const d = published.getUTCDate();
  return [...text.matchAll(relativeDate)].map((m) => {
    const g: Groups = m.groups ?? {};
    let value: string;
    if (g.yesterday) value = iso(y, mo, d - 1);
    else if (g.weekday) {
      const wanted = weekdays.findIndex((w) => w.toLowerCase() === g.weekday?.toLowerCase());
      const back = (published.getUTCDay() - wanted + 7) % 7 || (g.last ? 7 : 0);
      value = iso(y, mo, d - back);
    } else if (g.thisMonth) value = iso(y, mo);
    else if (g.lastMonth) value = iso(mo === 1 ? y - 1 : y, mo === 1 ? 12 : mo - 1);
    else value = String(g.thisYear ? y : y - 1);
    const evidence = index.evidence(m.index, m.index + m[0].length);
    const field = dateKind(text, m.index, m.index + m[0].length);
    return { field, value, unit: 'date', qualifier: '', confidence: 'medium', evidence };
  });
}

/**
 * Extracts claims in text order, one per distinct (field, value, unit, qualifier), first mention
 * as evidence. Relative dates need `published` (an ISO date or date-time) and are skipped without it.
 *
 * @example
 * extractClaims('The botnet ensnared more than three million devices in December 2025.');
 * // [{ field: 'devices-compromised', value: 3000000, unit: 'devices', qualifier: 'over', … },
 * //  { field: 'event-date', value: '2025-12', unit: 'date', qualifier: '', … }]
 */
export function extractClaims(text: string, published?: string): Claim[] {
  const index = createSentenceIndex(text);
  const time = published === undefined ? Number.NaN : Date.parse(published);
  const pub = Number.isNaN(time) ? undefined : new Date(time);
  const claims: Claim[] = [];
  for (const m of text.matchAll(numberPhrase)) {
    const claim = quantityClaim(text, m, index);
    if (claim) claims.push(claim);
  }
  claims.push(...absoluteDates(text, pub, index));
  if (pub) claims.push(...relativeDates(text, pub, index));
  const seen = new Set<string>();
  return claims
    .sort((a, b) => a.evidence.start - b.evidence.start)
    .filter((c) => {
      const key = `${c.field}|${String(c.value)}|${c.unit}|${c.qualifier}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
