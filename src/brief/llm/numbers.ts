/**
 * Numbers in prose, in every written form: "192,700,000", "192.7 million", "1.5bn", "$22m",
 * "US$25.6 million", "€69 million", "22 million dollars", "5.6 Tbps", "eight", "twenty-five",
 * "three hundred". Values are normalised so that equal figures compare equal.
 */
import type { Mention, Token } from './figures.js';

/** Lookup tables are Maps: a word like "constructor" must not find Object's prototype. */
const table = <T>(entries: Record<string, T>): ReadonlyMap<string, T> => new Map(Object.entries(entries));

const currencySymbols = table({
  $: 'USD',
  US$: 'USD',
  HK$: 'HKD',
  A$: 'AUD',
  AU$: 'AUD',
  C$: 'CAD',
  CA$: 'CAD',
  NZ$: 'NZD',
  S$: 'SGD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
});
const currencyWords = table({
  dollar: 'USD',
  dollars: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  sterling: 'GBP',
  yen: 'JPY',
});
const currencyCodes = new Set(['USD', 'EUR', 'GBP', 'HKD', 'AUD', 'CAD', 'NZD', 'SGD', 'JPY', 'CHF', 'INR']);
const scaleWords = table({
  thousand: 1e3,
  million: 1e6,
  millions: 1e6,
  billion: 1e9,
  billions: 1e9,
  trillion: 1e12,
  mn: 1e6,
  bn: 1e9,
});
const scaleSuffixes = table({ k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9, tn: 1e12 });
/** Rates whose prefix scales the value: 5.6 Tbps is 5,600 Gbps. */
const rateUnits = table({ kbps: 1e3, mbps: 1e6, gbps: 1e9, tbps: 1e12 });
const ordinals = new Set(['st', 'nd', 'rd', 'th']);

const units = new Map(
  (
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen ' +
    'sixteen seventeen eighteen nineteen'
  )
    .split(' ')
    .map((word, value) => [word, value]),
);
const tens = new Map(
  'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').map((word, i) => [word, (i + 2) * 10]),
);

const numeral =
  /^(?<cur>[A-Z]{0,2}\$|[€£¥₹])?(?<int>\d{1,3}(?:,\d{3})+|\d+)(?<frac>\.\d+)?(?<suffix>[a-z]+|%)?$/i;

/** Rounds away binary noise so 192.7 × 10⁶ equals 192,700,000. */
export function normalise(value: number): number {
  return Number(value.toPrecision(12));
}

type Found = { mention: Mention; used: number };

/** Scale, currency and rate words after a numeral: "million", "dollars", "Tbps". */
function tail(
  tokens: readonly Token[],
  i: number,
  start: number,
  value: number,
  currency: string | null,
): Found {
  let j = i;
  let scaled: number | null = null;
  let amount = value;
  let cur = currency;
  const next = (): string | undefined => (tokens[j - 1]?.breaks ? undefined : tokens[j]?.core);
  const scale = scaleWords.get(next()?.toLowerCase() ?? '');
  if (scale) {
    amount *= scale;
    j++;
  }
  const word = next();
  if (!cur && word && (currencyWords.has(word.toLowerCase()) || currencyCodes.has(word))) {
    cur = currencyWords.get(word.toLowerCase()) ?? word;
    j++;
  }
  const rate = rateUnits.get(next()?.toLowerCase() ?? '');
  if (rate) {
    scaled = normalise(amount * rate);
    j++;
  }
  const text = tokens
    .slice(start, j)
    .map((token) => token.core)
    .join(' ');
  return {
    mention: { kind: 'number', text, value: normalise(amount), scaled, currency: cur },
    used: j - start,
  };
}

/** A number in words: "eight", "twenty-five", "three hundred", "two million"; "one" alone is not one. */
function wordNumber(tokens: readonly Token[], i: number): Found | null {
  let total = 0;
  let current = 0;
  let j = i;
  let words = 0;
  while (j < tokens.length) {
    const core = tokens[j]?.core.toLowerCase() ?? '';
    const parts = core.split('-');
    const head = parts[0] ?? '';
    const ten = tens.get(head);
    const unit = units.get(head);
    const after = units.get(parts[1] ?? '');
    const compound = parts.length === 2 && ten !== undefined && after !== undefined;
    if (compound) current += ten + after;
    else if (unit !== undefined || ten !== undefined) {
      const value = unit ?? ten ?? 0;
      // "twenty five", "three hundred twenty": a smaller word after a round one adds to it.
      const adds =
        current === 0 || (current % 100 === 0 && value < 100) || (current % 10 === 0 && value < 10);
      if (!adds) break;
      current += value;
    } else if (head === 'hundred' && words > 0) current = (current || 1) * 100;
    else if (scaleWords.has(head) && words > 0 && !['mn', 'bn'].includes(head)) {
      total += (current || 1) * (scaleWords.get(head) ?? 1);
      current = 0;
    } else break;
    words++;
    j++;
    // "three-week": a number word joined to a noun ends the number.
    if ((parts.length > 1 && !compound) || tokens[j - 1]?.breaks) break;
  }
  if (words === 0) return null;
  const value = total + current;
  const alone =
    words === 1 && ['zero', 'one'].includes((tokens[i]?.core.toLowerCase() ?? '').split('-')[0] ?? '');
  if (alone) return null;
  return tail(tokens, j, i, value, null);
}

/**
 * A number starting at token `i` ("$22", "USD 22 million", "twenty"), and how many tokens it spans.
 * A bare four-digit integer from 1900 to 2099 is a `year` mention: a year or a count.
 */
export function parseNumber(tokens: readonly Token[], i: number): Found | null {
  const first = tokens[i];
  if (!first) return null;
  let start = i;
  let prefix: string | null = null;
  if ((currencyCodes.has(first.core) || currencySymbols.has(first.core)) && !first.breaks && tokens[i + 1]) {
    prefix = currencySymbols.get(first.core) ?? first.core;
    start = i + 1;
  }
  const match = numeral.exec(tokens[start]?.core ?? '');
  if (!match?.groups) return prefix ? null : wordNumber(tokens, i);
  const { cur, int, frac, suffix } = match.groups;
  const currency = cur ? (currencySymbols.get(cur.toUpperCase()) ?? cur.toUpperCase()) : prefix;
  if (cur && prefix) return null;
  let value = Number(`${(int ?? '').replace(/,/g, '')}${frac ?? ''}`);
  const lowerSuffix = suffix?.toLowerCase();
  if (lowerSuffix && !ordinals.has(lowerSuffix) && lowerSuffix !== '%') {
    const scale = scaleSuffixes.get(lowerSuffix);
    const rate = rateUnits.get(lowerSuffix);
    if (scale) value *= scale;
    else if (rate) {
      const text = tokens
        .slice(i, start + 1)
        .map((token) => token.core)
        .join(' ');
      const mention: Mention = { kind: 'number', text, value, scaled: normalise(value * rate), currency };
      return { mention, used: start + 1 - i };
    } else return null;
  }
  const plain = !currency && !suffix && !frac && int?.length === 4 && /^(?:19|20)\d\d$/.test(int);
  const found = tail(tokens, start + 1, i, value, currency);
  if (plain && found.used === 1) return { mention: { kind: 'year', text: int, value }, used: 1 };
  return found;
}
