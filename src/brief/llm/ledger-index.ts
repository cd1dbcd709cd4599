/**
 * The index of a text: the numbers, dates, identifiers, digit-bearing tokens and words it holds,
 * read with the same scanner as the sentences checked against it.
 */
import { type DateParts, weekdayOf } from './dates.js';
import { type Mention, scanMentions } from './figures.js';

/** Numbers, dates, identifiers, tokens and words found in some text. */
export interface LedgerIndex {
  /** Value → currencies it is stated in ('' when none). */
  numbers: Map<number, Set<string>>;
  years: Set<number>;
  dates: DateParts[];
  ids: Set<string>;
  /** Digit-bearing tokens that are no number or date (versions, references), lower-case. */
  tokens: Set<string>;
  /** Every word, lower-case: a capitalised word of the model's text must be one of them. */
  words: Set<string>;
  /** The words' stems: a sentence may open with "Losses" when the ledger says "loss". */
  stems: Set<string>;
}

/** A figure the sources disagree on: each value indexed, so a sentence can be caught stating one. */
export interface LedgerDispute {
  label: string;
  values: LedgerIndex[];
}

function addNumber(index: LedgerIndex, value: number, currency: string | null): void {
  const set = index.numbers.get(value) ?? new Set<string>();
  set.add(currency ?? '');
  index.numbers.set(value, set);
}

function addMention(index: LedgerIndex, mention: Mention): void {
  switch (mention.kind) {
    case 'number':
      addNumber(index, mention.value, mention.currency);
      if (mention.scaled !== null) addNumber(index, mention.scaled, mention.currency);
      return;
    case 'year':
      index.years.add(mention.value);
      addNumber(index, mention.value, null);
      return;
    case 'date':
      for (const date of mention.dates) {
        const weekday = weekdayOf(date);
        index.dates.push(weekday === undefined ? date : { ...date, weekday });
        if (date.year !== undefined) index.years.add(date.year);
      }
      return;
    case 'id':
      index.ids.add(mention.id);
      return;
    case 'token':
      index.tokens.add(mention.text.toLowerCase());
      return;
    case 'name':
      return;
  }
}

/**
 * A crude English stem, enough to tell that "Losses" and "loss" are one word.
 * @example stem('attackers') // 'attacker'
 */
export function stem(word: string): string {
  const w = word.toLowerCase();
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && /(?:ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** The index of one text. */
export function indexText(text: string): LedgerIndex {
  const words = new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}&]+/u)
      .filter(Boolean),
  );
  const index: LedgerIndex = {
    numbers: new Map(),
    years: new Set(),
    dates: [],
    ids: new Set(),
    tokens: new Set(),
    words,
    stems: new Set([...words].map(stem)),
  };
  for (const mention of scanMentions(text)) addMention(index, mention);
  return index;
}

export function mergeIndexes(indexes: readonly LedgerIndex[]): LedgerIndex {
  const merged = indexText('');
  for (const index of indexes) {
    for (const [value, currencies] of index.numbers)
      for (const currency of currencies) addNumber(merged, value, currency || null);
    for (const year of index.years) merged.years.add(year);
    merged.dates.push(...index.dates);
    for (const id of index.ids) merged.ids.add(id);
    for (const token of index.tokens) merged.tokens.add(token);
    for (const word of index.words) merged.words.add(word);
    for (const word of index.stems) merged.stems.add(word);
  }
  return merged;
}
