/**
 * Countries named in prose, as ISO 3166-1 alpha-2 codes (`Entity.name`), from the table in
 * `countries-table.ts`. Names match case-sensitively as whole phrases ("us" is a pronoun, "U.S."
 * the country). A country's first name in the table gives high confidence, other forms (demonyms,
 * short forms) medium. The bare "US" counts only in context: after "the" or before a noun
 * ("US companies", "US-based"), never beside another capitalised acronym ("CONTACT US") or after
 * verbs like "contact", "join", "follow".
 */
import type { Entity } from '../core/facts.js';
import { countryTable } from './countries-table.js';
import { createPhraseMatcher, tokenize } from './entities-match.js';
import type { Token } from './entities-match.js';
import { createSentenceIndex } from './text.js';
import type { SentenceIndex } from './text.js';

interface CountryName {
  code: string;
  primary: boolean;
}

const matcher = createPhraseMatcher<CountryName>();
const byName = new Map<string, string>();
for (const [code, ...names] of countryTable) {
  names.forEach((name, i) => {
    matcher.add(name, { code, primary: i === 0 }, true);
    byName.set(name, code);
  });
}
const bareUs = { code: 'US', primary: false };
matcher.add('US', bareUs, true);

/** ISO code for a name exactly as the table spells it ('South Korea' → 'KR'), or undefined. */
export function countryCode(name: string): string | undefined {
  return byName.get(name) ?? (name === 'US' ? 'US' : undefined);
}

const usRejectBefore = new Set([
  'contact',
  'join',
  'follow',
  'about',
  'email',
  'call',
  'visit',
  'tell',
  'help',
]);

/** "US" is the country after "the", or before a word or "-based"; not in shouting or "contact us". */
function usInContext(text: string, tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const word = (t: Token | undefined): string => (t ? text.slice(t.start, t.end) : '');
  const shouting = (t: Token | undefined): boolean => /^[A-Z]{2,}$/.test(word(t));
  if (shouting(before) || shouting(after) || usRejectBefore.has(before?.key ?? '')) return false;
  if (before?.key === 'the') return true;
  return (
    after !== undefined && (after.key === '-' || /^\p{L}/u.test(after.key)) && !/^[.!?]$/.test(after.key)
  );
}

/**
 * @example
 * extractCountries('North Korean hackers hit U.S. firms.').map((c) => c.name); // ['KP', 'US']
 */
export function extractCountries(text: string, tokens = tokenize(text), index?: SentenceIndex): Entity[] {
  const sentences = index ?? createSentenceIndex(text);
  const found = new Map<string, Entity>();
  const hits = matcher.match(text, tokens, (h) => h.value !== bareUs || usInContext(text, tokens, h.first));
  for (const hit of hits) {
    const { code, primary } = hit.value;
    const known = found.get(code);
    if (known && (known.confidence === 'high' || !primary)) continue;
    found.set(code, {
      name: code,
      confidence: primary ? 'high' : 'medium',
      evidence: known?.evidence ?? sentences.evidence(hit.start, hit.end),
    });
  }
  return [...found.values()];
}
