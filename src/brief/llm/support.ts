/**
 * Whether the ledger supports what a sentence mentions: each number, date, identifier, token and
 * capitalised word must be in it, and a disputed figure must not be stated as settled.
 */
import type { DateParts, Mention } from './figures.js';
import { type LedgerDispute, type LedgerIndex, stem } from './ledger-index.js';

/** Words that say a figure is in doubt. */
export const hedge =
  /disput|disagree|conflict|differ|vary|varies|unclear|uncertain|not settled|unconfirmed|either/i;

/** Words that may open a sentence capitalised without naming anything. */
export const commonWords = new Set(
  `the a an this that these those it its they their there then thus so and but or yet in on at by
  for from with without within after before since until during over under as of to into while when
  where which who whose what although though however meanwhile moreover furthermore additionally also
  both all each every some several many most more no not one other another such only according
  attackers hackers researchers investigators officials authorities defenders organisations
  organizations analysts victims affected customers users security teams threat exploitation
  patching patch apply update upgrade review monitor check hunt block prioritise prioritize
  immediately currently reportedly separately overall notably initially later earlier today
  yesterday recently further finally first second here we our you your if because given despite
  based following per note about around roughly nearly almost approximately up less fewer least just
  still even once now`.split(/\s+/),
);
/** Capitalised words that name no actor, victim or product. */
const genericNames = new Set(
  `SOC SOCs IT OT ICS MFA VPN VPNs CVSS KEV IOC IOCs TTP TTPs EDR XDR SIEM RCE DDoS DoS API APIs URL
  URLs IP IPs DNS HTTP HTTPS TLS SSL SSH RDP SMB AI CEO CFO CTO CISO CTI ATT&CK MITRE CVE CVEs CWE
  NIST CIS PII PHI USD EUR GBP I`.split(/\s+/),
);
const genericTokens = new Set(['c2', '2fa', '24/7']);

function dateMatches(date: DateParts, known: DateParts): boolean {
  return (['year', 'month', 'day', 'weekday'] as const).every(
    (part) => date[part] === undefined || date[part] === known[part],
  );
}

/** A common word opening a sentence: a function word, or a word the ledger uses in any form. */
function opensSentence(word: string, index: LedgerIndex | null): boolean {
  return commonWords.has(word.toLowerCase()) || (index?.stems.has(stem(word)) ?? false);
}

/** The capitalised words of a name the ledger does not hold (sentence-opening common words aside). */
function unknownWords(mention: Extract<Mention, { kind: 'name' }>, index: LedgerIndex | null): string[] {
  return mention.words.filter(
    (word, k) =>
      !genericNames.has(word) &&
      !(k === 0 && mention.initial && opensSentence(word, index)) &&
      (index === null || !index.words.has(word.toLowerCase())),
  );
}

/** Why `index` does not support `mention`, or null when it does. */
export function unsupported(mention: Mention, index: LedgerIndex): string | null {
  switch (mention.kind) {
    case 'number': {
      const currencies = index.numbers.get(mention.scaled ?? mention.value);
      if (!currencies) return `number "${mention.text}" is not in the ledger`;
      if (mention.currency && !currencies.has(mention.currency) && !currencies.has(''))
        return `"${mention.text}" is in ${mention.currency}; the ledger states it in ${[...currencies].join(', ')}`;
      return null;
    }
    case 'year':
      return index.years.has(mention.value) || index.numbers.has(mention.value)
        ? null
        : `year or number "${mention.text}" is not in the ledger`;
    case 'date':
      return mention.dates.every((date) => index.dates.some((known) => dateMatches(date, known)))
        ? null
        : `date "${mention.text}" is not in the ledger`;
    case 'id':
      return index.ids.has(mention.id) ? null : `${mention.id} is not in the ledger`;
    case 'token': {
      const token = mention.text.toLowerCase();
      return index.tokens.has(token) || genericTokens.has(token)
        ? null
        : `"${mention.text}" is not in the ledger`;
    }
    case 'name':
      return unknownWords(mention, index).length ? `name "${mention.text}" is not in the ledger` : null;
  }
}

/** A disputed figure the sentence states as settled: it names one of the values and no doubt. */
export function settlesDispute(
  mentions: readonly Mention[],
  disputes: readonly LedgerDispute[],
): string | null {
  for (const dispute of disputes) {
    for (const mention of mentions) {
      if (mention.kind === 'name' || mention.kind === 'token' || mention.kind === 'id') continue;
      const matching = dispute.values.filter((value) => unsupported(mention, value) === null);
      if (matching.length > 0 && matching.length < dispute.values.length)
        return `states "${mention.text}" as the ${dispute.label} although sources disagree`;
    }
  }
  return null;
}

/** Does this mention state a fact (so that it can tie a sentence to the lines that hold it)? */
export function substantive(mention: Mention): boolean {
  return mention.kind !== 'name' || unknownWords(mention, null).length > 0;
}
