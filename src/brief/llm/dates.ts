/**
 * Written dates in prose: "19 February 2024", "Friday 18 July 2025", "July 18, 2025", "27–29 May
 * 2024", "February 2024", "late June", "on Monday". ISO dates are read by the scanner itself.
 */
import type { Mention, Token } from './figures.js';

/** The parts a date states; a month alone states only `month`. `weekday`: 0 Sunday … 6 Saturday. */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
}

const monthNames = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const abbreviations = new Map<string, number>([
  ['sept', 9],
  ...monthNames.map((name, index): [string, number] => [name.slice(0, 3), index + 1]),
]);
const weekdayNames = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const dayPattern = /^(\d{1,2})(?:st|nd|rd|th)?(?:[-\u2013](\d{1,2})(?:st|nd|rd|th)?)?$/;
const yearPattern = /^(?:19|20)\d{2}$/;
const capitalised = /^\p{Lu}/u;

/** Month number of a capitalised month name; abbreviations only when `short` is allowed. */
function monthOf(token: Token | undefined, short: boolean): number | undefined {
  if (!token || !capitalised.test(token.core)) return undefined;
  const word = token.core.toLowerCase();
  const full = monthNames.indexOf(word);
  if (full >= 0) return full + 1;
  return short ? abbreviations.get(word) : undefined;
}

function daysOf(token: Token | undefined): number[] | undefined {
  const match = token ? dayPattern.exec(token.core) : null;
  if (!match) return undefined;
  const days = [Number(match[1]), ...(match[2] ? [Number(match[2])] : [])];
  return days.every((day) => day >= 1 && day <= 31) ? days : undefined;
}

function yearOf(token: Token | undefined): number | undefined {
  return token && yearPattern.test(token.core) ? Number(token.core) : undefined;
}

/** The weekday of a full date, or undefined. */
export function weekdayOf(parts: DateParts): number | undefined {
  if (parts.year === undefined || parts.month === undefined || parts.day === undefined) return undefined;
  return new Date(Date.UTC(parts.year, parts.month - 1, parts.day)).getUTCDay();
}

/**
 * A written date starting at token `i`, and how many tokens it spans; null when there is none.
 * "May" alone is the verb more often than the month, so a month alone must be another one.
 */
export function parseWrittenDate(
  tokens: readonly Token[],
  i: number,
): { mention: Mention; used: number } | null {
  let j = i;
  const weekdayIndex = capitalised.test(tokens[j]?.core ?? '')
    ? weekdayNames.indexOf(tokens[j]?.core.toLowerCase() ?? '')
    : -1;
  const weekday = weekdayIndex >= 0 ? weekdayIndex : undefined;
  if (weekday !== undefined) j++;
  let days: number[] | undefined;
  let month: number | undefined;
  let year: number | undefined;
  const dayFirst = daysOf(tokens[j]);
  const ofWord = tokens[j + 1]?.core.toLowerCase() === 'of' ? 1 : 0;
  if (dayFirst && !tokens[j]?.breaks && monthOf(tokens[j + 1 + ofWord], true)) {
    days = dayFirst;
    month = monthOf(tokens[j + 1 + ofWord], true);
    j += 2 + ofWord;
    year = tokens[j - 1]?.breaks ? undefined : yearOf(tokens[j]);
    if (year !== undefined) j++;
  } else if (monthOf(tokens[j], true)) {
    month = monthOf(tokens[j], true);
    const next = tokens[j]?.breaks ? undefined : tokens[j + 1];
    days = daysOf(next);
    if (days) {
      j += 2;
      year = yearOf(tokens[j]);
      if (year !== undefined) j++;
    } else {
      year = yearOf(next);
      if (year !== undefined) j += 2;
      else if (monthOf(tokens[j], false) && month !== 5) j += 1;
      else month = undefined;
    }
  }
  if (month === undefined && weekday === undefined) return null;
  const base: DateParts = {
    ...(year !== undefined ? { year } : {}),
    ...(month !== undefined ? { month } : {}),
    ...(weekday !== undefined ? { weekday } : {}),
  };
  const dates = days ? days.map((day) => ({ ...base, day })) : [base];
  const text = tokens
    .slice(i, j)
    .map((token) => token.core)
    .join(' ');
  return { mention: { kind: 'date', text, dates }, used: j - i };
}
