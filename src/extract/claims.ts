/**
 * Normalised quantitative and temporal claims from prose: devices, records, people, victims,
 * money, attack bandwidth and rate, attack commands and event dates. Patterns live in
 * `claims-patterns.ts`; this file parses numbers, picks units and resolves dates.
 */
import type { Claim, ClaimField, Confidence } from '../core/facts.js';
import {
  currencyAfter,
  customerBase,
  impactFloor,
  iso,
  monthNumber,
  currencyCodes,
  dateRules,
  moneyCue,
  months,
  comparisonBefore,
  notAQuantity,
  productNumber,
  numberPhrase,
  numberWords,
  partitive,
  paymentAverted,
  qualifiers,
  ransomContext,
  wages,
  ransomWord,
  relativeDate,
  unitRules,
  weekdays,
  wholeOfPart,
} from './claims-patterns.js';
import { generic, isImpact } from './claims-subjects.js';
import { attackDenied, elsewhere, laterWave, otherIncident, rangeKind } from './date-context.js';
import { dateKind } from './date-kinds.js';
import { createSentenceIndex, type SentenceIndex } from './text.js';

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
function moneyField(
  sentence: string,
  before: string,
  after: string,
  ransomDocument: boolean,
): [ClaimField, Confidence] | undefined {
  const next = [...after.matchAll(moneyCue)][0];
  const previous = [...before.matchAll(moneyCue)].at(-1);
  const cue = (next && next.index <= 20 ? next : (previous ?? next))?.groups;
  if (cue?.none !== undefined) return undefined;
  const ransom = ransomContext.test(sentence);
  if (cue?.paid !== undefined) {
    if (wages.test(sentence)) return undefined;
    // "prevented $130 million in ransom payments": what was asked, never paid.
    if (ransom && paymentAverted.test(sentence)) return ['ransom-demanded', 'medium'];
    if (ransom) return ['ransom-paid', 'high'];
    return ransomDocument ? ['ransom-paid', 'medium'] : undefined;
  }
  // Money demanded of a victim is extortion even when the sentence does not say "ransom".
  if (cue?.demand !== undefined) return ['ransom-demanded', ransom ? 'high' : 'medium'];
  if (cue?.loss !== undefined) return ['financial-loss', 'medium'];
  return ransomWord.test(sentence) ? ['ransom-demanded', 'low'] : undefined;
}

/** Where a clause ends: a semicolon or colon, or a comma before a new coordinated clause. */
const clauseBreak = /[;:]|, (?:and|but|while|whereas|although|though)\b/g;

/** The clause around `[start, end)` within its sentence: the text before and after. */
function clauseAround(text: string, sentence: { start: number; end: number }, start: number, end: number) {
  const head = text.slice(Math.max(sentence.start, start - 160), start);
  const cut = [...head.matchAll(clauseBreak)].at(-1);
  const tailText = text.slice(end, Math.min(sentence.end, end + 160));
  const stop = [...tailText.matchAll(clauseBreak)][0];
  return {
    before: cut ? head.slice(cut.index + cut[0].length) : head,
    after: stop ? tailText.slice(0, stop.index) : tailText,
  };
}

/**
 * A count whose unit comes before it: "the number of affected customer accounts at", "its count of
 * compromised servers in the environments it monitors to", "the tally of victims stands at".
 */
const countOf =
  /\b(?:number|count|tally|total|estimate) of (?<unit>[\w-]+(?: [\w,'’-]+){0,10}?) (?:to|at|is|was|as|reached|hit|stands at|stood at|now at|now)(?: (?:about|around|nearly|almost|roughly|some|more than|over|at least))?\s*$/i;

/** Words that turn a sentence to other events' figures, for comparison. */
const comparedBefore =
  /\b(?:eclips\w*|surpass\w*|dwarf\w*|outstripp\w*|previous(?: public)? (?:records?|highs?|peaks?|high-water marks?)|prior records?|high-water marks?)\b/i;

/** A month name right after a number: the number is a day ("19 February"). */
const monthAfter = new RegExp(
  String.raw`^ (?:${months.join('|')}|${months.map((m) => m.slice(0, 3)).join('|')})\b`,
);

/** What the whole document is about, as far as reading its figures needs. */
export interface ClaimContext {
  /**
   * The document reports a takedown, arrest or seizure: the servers it counts are the criminals'
   * (seized, not compromised), and the attacks it dates are the group's past victims', not the event.
   */
  takedown?: boolean;
  /** The document reports a ransomware attack: a payment it tells of is a ransom paid. */
  ransomware?: boolean;
  /**
   * The document reports no incident (an outage, a launch, a funding round): nothing it counts is
   * harm done by an attack, and no date it gives is an attack's.
   */
  noIncident?: boolean;
}

function quantityClaim(
  text: string,
  m: RegExpExecArray,
  index: SentenceIndex,
  ransomDocument: boolean,
  about: ClaimContext,
): Claim | undefined {
  const g: Groups = m.groups ?? {};
  // "hundreds of", "tens of thousands of": a hedge, not a figure.
  if (g.vague !== undefined) return undefined;
  const value = parseNumber(g);
  const before = text.slice(Math.max(0, m.index - 60), m.index);
  const isYear = /^(?:19|20)\d{2}$/.test(g.num ?? '') && !g.qual && !g.cur;
  if (value === undefined || isYear || notAQuantity.test(before) || wholeOfPart.test(before))
    return undefined;
  // "the three retailers", "the two agencies": ones the text has named, not a count.
  if (/^\p{L}/u.test(g.num ?? '') && /\b(?:the|these|those|both)\s$/i.test(before)) return undefined;
  // "Microsoft 365": a bare integer after a product's name is part of the name.
  if (/^\d+$/.test(g.num ?? '') && !g.qual && !g.cur && !g.s1 && !g.abbr && productNumber.test(before))
    return undefined;
  // "those over one terabit per second": a threshold, not an attack's size.
  const threshold = g.qual !== undefined && /\b(?:attacks|those|floods|ones)\s+$/i.test(before);
  if (threshold || comparisonBefore.test(text.slice(Math.max(0, m.index - 40), m.index))) return undefined;
  let end = m.index + m[0].length;
  let tail = text.slice(end, end + 100);
  // "on 19 February and told customers": the day of a date, not a count.
  if (!g.cur && !g.qual && monthAfter.test(tail)) return undefined;
  if (tail.startsWith(' of ')) {
    // "200,000 of the infected machines" counts machines; "one of the companies" is one member.
    const part = partitive.exec(tail);
    if (!part || value < 2 || g.cur !== undefined) return undefined;
    tail = tail.slice(part[0].length);
  }
  const sentence = index.sentenceAt(m.index);
  // Once a sentence turns to earlier records ("eclipsing the 3.8 Tbps flood … and the 4.2 Tbps one",
  // "the previous high-water marks: 3.8 Tbps, then 4.2 Tbps"), its later figures are theirs.
  if (comparedBefore.test(text.slice(Math.max(sentence.start, m.index - 300), m.index))) return undefined;
  // Cues are read in the sentence, cut to a window around the number when it is a huge line.
  const context = index.evidence(m.index, end).text;
  if (generic.test(context)) return undefined;
  const qualifier = g.plus ? 'over' : (qualifiers[(g.qual ?? '').toLowerCase()] ?? '');
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
      ransomDocument,
    );
    if (!decided) return undefined;
    [field, confidence] = decided;
    unit = currencyCodes[currency] ?? 'USD';
    if (currencyTail) end += currencyTail[0].length;
  } else {
    // The unit follows the number, or was named before it: "the number of affected accounts at
    // nearly 110 million", "raised its count of compromised servers to 212".
    const named = unitRules.some((rule) => rule.regex.test(tail))
      ? undefined
      : countOf.exec(text.slice(Math.max(sentence.start, m.index - 120), m.index))?.groups?.unit;
    const unitText = named === undefined ? tail : ` ${named}`;
    const hits = unitRules.flatMap((rule) => {
      const hit = rule.regex.exec(unitText);
      return hit ? [{ rule, length: hit[0].length }] : [];
    });
    const best = hits.sort((a, b) => a.length - b.length)[0];
    if (!best) return undefined;
    ({ field, unit, factor } = best.rule);
    // A handful of people or machines ("four young people", "10 accounts", "AnyDesk on two
    // servers") is a step of the story, not the reach of an incident.
    if (value * factor < (impactFloor[field] ?? 0)) return undefined;
    if (field === 'people-affected' && customerBase.test(before)) return undefined;
    const unitWords = unitText.slice(0, best.length);
    if (about.takedown && field === 'devices-compromised' && /\bservers\b/.test(unitWords)) return undefined;
    if (best.rule.strong) {
      const clause = clauseAround(text, sentence, m.index, end);
      if (!isImpact(field, clause.before, unitWords, clause.after)) return undefined;
    }
    confidence = !best.rule.strong || best.rule.strong.test(context) ? 'high' : 'medium';
    if (best.rule.spanUnit && named === undefined) end += best.length;
  }
  return {
    field,
    value: round(value * factor),
    unit,
    qualifier,
    confidence,
    evidence: index.evidence(m.index, end),
  };
}

interface Found {
  start: number;
  end: number;
  g: Groups;
  confidence: Confidence;
  /** A range of days in one match ("16 to 20 October"): it dates its first day. */
  range: boolean;
}

/** The joint of a range: "May 1 to October 31, 2022", "between 18 January and 30 January". */
const rangeJoint = /^,? ?(?:to|through|until|till|and|[-–—]) ?(?:(?:early|late|mid-?) ?)?$/;

/**
 * Explicit dates. A date without a year takes the year of the date that closes its range ("May 1
 * to October 31, 2022"), else the publication year (the year before if that is later). The date
 * closing a range is untyped: the event's date is when it began.
 */
function absoluteDates(
  text: string,
  published: Date | undefined,
  index: SentenceIndex,
  context: ClaimContext,
): Claim[] {
  const found: Found[] = [];
  for (const rule of dateRules)
    for (const m of text.matchAll(rule.regex)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      found.push({
        start,
        end,
        g: m.groups ?? {},
        confidence: rule.confidence,
        range: rule.key === 'day-range',
      });
    }
  found.sort((a, b) => a.start - b.start);
  const besideAnother = otherIncident.test(text);
  const claims: Claim[] = [];
  let previous: { found: Found; field: ClaimField } | undefined;
  for (const [i, f] of found.entries()) {
    const { g, start, end } = f;
    const next = found[i + 1];
    const closes = next && rangeJoint.test(text.slice(end, next.start)) ? next.g.year : undefined;
    const opened =
      previous && rangeJoint.test(text.slice(previous.found.end, start)) ? previous.field : undefined;
    const mon = g.mm !== undefined ? Number(g.mm) : monthNumber(g.mon);
    const stated = g.year ?? closes;
    let y = stated !== undefined ? Number(stated) : published?.getUTCFullYear();
    const d = g.day !== undefined ? Number(g.day) : undefined;
    if (y === undefined || mon < 1) continue;
    if (stated === undefined && published && Date.UTC(y, mon - 1, d ?? 1) > published.getTime()) y--;
    if (d !== undefined && new Date(Date.UTC(y, mon - 1, d)).getUTCDate() !== d) continue;
    // A range's end dates when it stopped, not the event: its start carries the kind. A month
    // with no year of its own ("in August") is a reference in passing to something the reader
    // already knows, whose year we can only guess: kept, untyped.
    // A range is typed only by words before it: "Between 16 and 20 October investigators seized…"
    // frames a period in which things happened, not the moment one began.
    const evidence = index.evidence(start, end);
    const opens = f.range || closes !== undefined;
    const kind =
      opened ||
      attackDenied.test(evidence.text) ||
      elsewhere.test(evidence.text) ||
      laterWave.test(text.slice(index.sentenceAt(start).start, start))
        ? 'event-date'
        : ofDocument(rangeKind(text, start, end, opens), context);
    const passing = d === undefined && stated === undefined && kind !== 'event-date';
    const field = passing ? 'event-date' : kind;
    previous = { found: f, field };
    claims.push({
      field,
      value: iso(y, mon, d),
      unit: 'date',
      qualifier: '',
      confidence: f.confidence,
      evidence,
      // A report that sets its incident beside an earlier one ("its second breach of the year, after
      // January's API incident") names that one's months: they recall another event, not this one.
      ...(passing && !besideAnother ? { recalls: kind } : {}),
    });
  }
  return claims;
}

/**
 * A date's kind in this document: a takedown report's attack dates are its group's past victims';
 * a report of no incident dates no attack, discovery or takedown.
 */
const ofDocument = (kind: ClaimField, context: ClaimContext): ClaimField =>
  (context.takedown && kind === 'attack-date') || context.noIncident ? 'event-date' : kind;

/** A weekday followed by the date it names ("on Thursday, January 26"): the explicit date is read instead. */
const namedDateAfter = new RegExp(
  String.raw`^,? (?:the )?(?:\d{1,2}(?:st|nd|rd|th)? )?(?:${months.join('|')})\b`,
);

/**
 * "yesterday", "last Tuesday", "on Monday", "earlier this month", "last month", "last year". A day
 * named relative to the article that only dates someone speaking or publishing ("said on Monday",
 * "an advisory published on Friday") is the report's own news peg, and "last year" is a year in
 * passing: both are kept untyped.
 */
function relativeDates(text: string, published: Date, index: SentenceIndex, context: ClaimContext): Claim[] {
  const y = published.getUTCFullYear();
  const mo = published.getUTCMonth() + 1;
  const d = published.getUTCDate();
  return [...text.matchAll(relativeDate)].flatMap((m): Claim[] => {
    const g: Groups = m.groups ?? {};
    const end = m.index + m[0].length;
    if (g.weekday && namedDateAfter.test(text.slice(end, end + 20))) return [];
    let value: string;
    if (g.yesterday) value = iso(y, mo, d - 1);
    else if (g.weekday) {
      const wanted = weekdays.findIndex((w) => w.toLowerCase() === g.weekday?.toLowerCase());
      const back = (published.getUTCDay() - wanted + 7) % 7 || (g.last ? 7 : 0);
      value = iso(y, mo, d - back);
    } else if (g.thisMonth) value = iso(y, mo);
    else if (g.lastMonth) value = iso(mo === 1 ? y - 1 : y, mo === 1 ? 12 : mo - 1);
    else value = String(g.thisYear ? y : y - 1);
    const evidence = index.evidence(m.index, end);
    const day = g.yesterday !== undefined || g.weekday !== undefined;
    // A day named relative to the article is typed only by a cue before it: "BlackSuit on
    // Thursday claimed the June 8 attack" dates the claim, not the attack.
    const kind = dateKind(text, m.index, end, !day);
    const untyped =
      (day && kind === 'disclosure-date') || g.thisYear !== undefined || g.lastYear !== undefined;
    const field = untyped || attackDenied.test(evidence.text) ? 'event-date' : ofDocument(kind, context);
    return [{ field, value, unit: 'date', qualifier: '', confidence: 'medium', evidence }];
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
export function extractClaims(text: string, published?: string, context: ClaimContext = {}): Claim[] {
  const index = createSentenceIndex(text);
  const time = published === undefined ? Number.NaN : Date.parse(published);
  const pub = Number.isNaN(time) ? undefined : new Date(time);
  const claims: Claim[] = [];
  const ransomDocument = context.ransomware === true || ransomContext.test(text);
  if (!context.noIncident)
    for (const m of text.matchAll(numberPhrase)) {
      const claim = quantityClaim(text, m, index, ransomDocument, context);
      if (claim && !attackDenied.test(claim.evidence.text)) claims.push(claim);
    }
  claims.push(...absoluteDates(text, pub, index, context));
  if (pub) claims.push(...relativeDates(text, pub, index, context));
  const seen = new Set<string>();
  // A month (or year) of a kind that the report also gives to the day is that day told less
  // precisely ("the September 2023 intrusion", "on 11 September"): one fact, kept once.
  const toldFiner = new Set<string>();
  for (const c of claims)
    if (c.unit === 'date' && c.field !== 'event-date') {
      const parts = String(c.value).split('-');
      for (let n = 1; n < parts.length; n++) toldFiner.add(`${c.field}|${parts.slice(0, n).join('-')}`);
    }
  const finer = (c: Claim): boolean => c.unit === 'date' && toldFiner.has(`${c.field}|${String(c.value)}`);
  return claims
    .sort((a, b) => a.evidence.start - b.evidence.start)
    .filter((c) => {
      const key = `${c.field}|${String(c.value)}|${c.unit}|${c.qualifier}|${c.recalls ?? ''}`;
      if (seen.has(key) || finer(c)) return false;
      seen.add(key);
      return true;
    });
}
