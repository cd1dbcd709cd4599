/**
 * What a sentence asserts that can be checked against the fact ledger: numbers (in any written
 * form), dates, CVE/CWE/ATT&CK identifiers, other tokens with digits, and capitalised names. The
 * ledger and the verifier both read text through `scanMentions`, so a figure written as
 * "192.7 million" in one and "192,700,000" in the other is the same figure.
 */
import { parseWrittenDate, type DateParts } from './dates.js';
import { parseNumber } from './numbers.js';

export type { DateParts } from './dates.js';

export type Mention =
  /** `value` as written ("5.6" of "5.6 Tbps"); `scaled` with its unit applied (5.6e12) when it has one. */
  | { kind: 'number'; text: string; value: number; scaled: number | null; currency: string | null }
  /** A bare integer that may be a year or a count: "2024". */
  | { kind: 'year'; text: string; value: number }
  | { kind: 'date'; text: string; dates: DateParts[] }
  | { kind: 'id'; text: string; id: string }
  /** Any other token with a digit: a version, a reference number, "2FA". */
  | { kind: 'token'; text: string }
  /** A run of capitalised words; `words` are the capitalised parts to check. */
  | { kind: 'name'; text: string; words: string[]; initial: boolean };

/** A whitespace-separated token without its surrounding punctuation. */
export interface Token {
  core: string;
  /** Punctuation after the core ends a run of names (",", ".", ")", a closing quote). */
  breaks: boolean;
  /** First word of the sentence or of a clause after a colon. */
  initial: boolean;
}

const leading = /^[("'[\u201c\u2018~\u2248<>\u2264\u2265*_]+/u;
/** Punctuation stripped from the end of a token (a loop: a regex anchored at the end is quadratic). */
const trailingMarks = new Set(')]"\'\u201d\u2019.,;:!?+*_'.split(''));
const possessive = /['\u2019]s$/u;
/** "U.S" of "U.S.": the final dot belongs to the abbreviation. */
const initials = /^(?:\p{L}\.)+\p{L}$/u;

/** Splits prose into tokens, remembering which end a clause or a run of names. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let initial = true;
  for (const raw of text.split(/\s+/)) {
    if (!raw) continue;
    const lead = leading.exec(raw)?.[0] ?? '';
    const rest = raw.slice(lead.length);
    let cut = rest.length;
    while (cut > 0 && trailingMarks.has(rest[cut - 1] ?? '')) cut--;
    let trail = rest.slice(cut);
    let core = rest.slice(0, rest.length - trail.length).replace(possessive, '');
    if (trail.startsWith('.') && initials.test(core)) {
      core += '.';
      trail = trail.slice(1);
    }
    if (!core) {
      initial ||= /[:.!?]/.test(raw);
      continue;
    }
    tokens.push({ core, breaks: trail !== '' || /^[\u2013\u2014-]+$/u.test(core), initial });
    initial = /[:.!?]$/.test(trail);
  }
  return tokens;
}

const identifier = /^(?:CVE-\d{4}-\d{4,7}|CWE-\d{1,5}|T[AS]?\d{4}(?:\.\d{3})?|[GSM]\d{4})$/i;
const isoDate = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
const hasDigit = /\p{Nd}/u;
const hasUpper = /\p{Lu}/u;

function isoMention(core: string): Mention | null {
  const match = isoDate.exec(core);
  if (!match) return null;
  const [, y, m, d] = match;
  const month = Number(m);
  const day = d === undefined ? undefined : Number(d);
  if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > 31))) return null;
  return { kind: 'date', text: core, dates: [{ year: Number(y), month, ...(day ? { day } : {}) }] };
}

/** The figure, date or identifier starting at token `i`, and how many tokens it spans. */
function mentionAt(tokens: readonly Token[], i: number): { mention: Mention; used: number } | null {
  const core = tokens[i]?.core ?? '';
  if (identifier.test(core)) return { mention: { kind: 'id', text: core, id: core.toUpperCase() }, used: 1 };
  const iso = isoMention(core);
  if (iso) return { mention: iso, used: 1 };
  return parseWrittenDate(tokens, i) ?? parseNumber(tokens, i);
}

/** The capitalised parts of a token: "US-based" → ["US"], "Healthcare" → ["Healthcare"]. */
export function nameParts(core: string): string[] {
  return core.split(/[^\p{L}\p{N}&]+/u).filter((part) => hasUpper.test(part));
}

/**
 * Everything checkable in a sentence, in order.
 *
 * @example
 * scanMentions('ALPHV hit 192.7 million people on 21 February 2024.')
 * // name ALPHV, number 192700000, date 2024-02-21
 */
export function scanMentions(text: string): Mention[] {
  const tokens = tokenize(text);
  const mentions: Mention[] = [];
  let run: Token[] = [];
  const closeRun = () => {
    if (run.length === 0) return;
    const words = run.flatMap((token) => nameParts(token.core));
    const text = run.map((token) => token.core).join(' ');
    mentions.push({ kind: 'name', text, words, initial: run[0]?.initial ?? false });
    run = [];
  };
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (!token) break;
    const found = mentionAt(tokens, i);
    if (found) {
      closeRun();
      mentions.push(found.mention);
      i += found.used;
      continue;
    }
    if (hasDigit.test(token.core)) {
      closeRun();
      mentions.push({ kind: 'token', text: token.core });
    } else if (hasUpper.test(token.core)) {
      run.push(token);
      if (token.breaks) closeRun();
    } else closeRun();
    i++;
  }
  closeRun();
  return mentions;
}
