/**
 * The specific things two reports of one event share: CVEs, malicious indicators, victims, actors,
 * malware, and capitalised names the dictionaries do not know ("Operation Cronos", "Jaguar Land
 * Rover"). Each key has a kind, which sets its weight and whether two different values conflict,
 * and a salience: named in the title or the lead, or more than once. A CVE cited in passing ("like
 * CitrixBleed in 2023") is not what the report is about.
 */
import type { Claim } from '../core/facts.js';
import { countryTable } from '../extract/countries-table.js';
import { escapeRegExp } from '../extract/text.js';
import type { EventDoc } from './cluster-types.js';
import { stopwords } from './stopwords.js';
import { techTerms } from './tech-terms.js';

export const keyKinds = {
  cve: { weight: 3, conflict: 4 },
  ioc: { weight: 2.5, conflict: 0 },
  victim: { weight: 2.5, conflict: 1.5 },
  actor: { weight: 1.5, conflict: 2.5 },
  malware: { weight: 1.5, conflict: 0.75 },
  org: { weight: 0.5, conflict: 0 },
  name: { weight: 1, conflict: 0 },
  fig: { weight: 1.5, conflict: 0 },
} as const;
export type KeyKind = keyof typeof keyKinds;

/** A key is `kind:value`, value lower-case. */
export const keyKind = (key: string): KeyKind => key.slice(0, key.indexOf(':')) as KeyKind;
export const keyValue = (key: string): string => key.slice(key.indexOf(':') + 1);
/** Victims, other organisations and bare names are one namespace: "Change Healthcare" is the same either way. */
export const nameKinds: ReadonlySet<KeyKind> = new Set(['victim', 'org', 'name']);
/** The key as compared and indexed: `name:change healthcare` whether a victim, an organisation or a bare name. */
export const keyId = (key: string): string => (nameKinds.has(keyKind(key)) ? `name:${keyValue(key)}` : key);

/** A capitalised word, or one led by digits or written in camel case ("3CX", "23andMe", "loanDepot"); runs of them are one name. */
const capitalised =
  /(?<![\p{L}\p{N}&'’-])(?:\d+\p{Ll}*|\p{Ll}+)?\p{Lu}[\p{L}\p{N}&'’-]*(?: (?:of |de |la )?(?:\d+\p{Ll}*)?\p{Lu}[\p{L}\p{N}&'’-]*)*/gu;
const calendar = 'january february march april may june july august september october november december';
const places = countryTable.flatMap(([, ...names]) => names.map((n) => n.toLowerCase()));
/** Capitalised words that say nothing about which event: calendar, countries, ids, technology acronyms. */
const generic = new Set([
  ...calendar.split(' '),
  ...places,
  ...`ddos tbps gbps mbps mpps udp tcp http https vpn mfa sql dll rdp ssh iot api url ip dns smb ldap
  saml sso cvss cve cwe att&ck mitre windows linux macos ios android cloud web share subscribe
  yes no value context notes note confidence indicator type high medium low sha-256 sha-1 md5 utc
  european russian chinese iranian north korean western eastern ransomware phishing botnet backdoor
  trojan zero-day breach hackers hacker police cybercriminals criminals tlp clear amber cert csirt`.split(
    /\s+/,
  ),
  // Kinds of personal data every breach report lists.
  'social security',
  'social security numbers',
  'national insurance',
  'date of birth',
  'medicare',
  'pin',
  'sim',
  'sim swap',
  'sim-swap',
  'sim swapping',
  'sim-swapping',
  'imei',
  'iban',
]);
/** "PINs", "APIs", "VPNs": the plural of a generic word is as generic. */
const genericWord = (name: string): boolean =>
  generic.has(name) ||
  techTerms.has(name) ||
  (/[^s]s$/.test(name) && (generic.has(name.slice(0, -1)) || techTerms.has(name.slice(0, -1))));
/** Indicators that belong to one event: the attackers' infrastructure and files, the victim's assets. */
const eventRoles: ReadonlySet<string> = new Set(['malicious', 'payload', 'victim']);
/** Enough refanging to find an indicator's value in the text it was written in. */
const defangedDot = /\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)/g;
const idLike = /^(?:cve-\d{4}-\d+|cwe-\d+|t\d{4}(?:\.\d{3})?|[\d.-]+)$/;
const possessive = /['’]s$/;

/** Words a company's name may carry or drop from one report to the next ("CDK Global", "CDK"). */
const corporateWords = new Set(
  'inc incorporated corp corporation co company ltd limited llc plc ag sa se nv gmbh group holding holdings global international worldwide'.split(
    ' ',
  ),
);

/**
 * An organisation as compared across reports: lower case, no possessive, no corporate tail.
 * @example organisationKey('MGM Resorts International') // 'mgm resorts'
 */
export function organisationKey(name: string): string {
  const base = name.toLowerCase().replace(possessive, '').replace(/^the /, '');
  const words = base.split(' ');
  let n = words.length;
  while (n > 1 && corporateWords.has((words[n - 1] ?? '').replace(/\.$/, ''))) n--;
  return words.slice(0, n).join(' ');
}

const letterOrDigit = /[\p{L}\p{N}]/u;

/** Does the text write this (lower-case) word as a whole word, exactly? Faster than listing every word. */
function writtenAsIs(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1];
    const after = text[at + word.length];
    if (
      (before === undefined || !letterOrDigit.test(before)) &&
      (after === undefined || !letterOrDigit.test(after))
    )
      return true;
  }
  return false;
}

/**
 * Capitalised runs. A sentence's first word alone counts only when the text never writes it in lower
 * case and capitalises it at least twice ("Ascension said …" twice, never "ascension").
 */
function names(text: string): string[] {
  const out: string[] = [];
  const initial = new Map<string, number>();
  for (const m of text.matchAll(capitalised)) {
    let parts = m[0].split(' ');
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    const sentenceStart = m.index === 0 || /[.!?:\n"“]\s?$/.test(before);
    if (sentenceStart && parts.length === 1) {
      const word = m[0].toLowerCase();
      initial.set(word, (initial.get(word) ?? 0) + 1);
      continue;
    }
    while (parts.length > 0 && stopwords.has(parts[0]?.toLowerCase() ?? '')) parts = parts.slice(1);
    out.push(parts.join(' ').toLowerCase().replace(possessive, ''));
  }
  const capitalisedAgain = new Set(out);
  for (const [word, count] of initial)
    if ((count >= 2 || capitalisedAgain.has(word)) && !writtenAsIs(text, word))
      out.push(word.replace(possessive, ''));
  return out.filter(
    (name) =>
      name.length >= 3 &&
      !genericWord(name) &&
      !stopwords.has(name) &&
      !idLike.test(name) &&
      !name.split(' ').every((word) => genericWord(word) || stopwords.has(word)),
  );
}

/** Title Case headlines capitalise every word: their capitals say nothing about names. */
const titleCase = (title: string): boolean => {
  const words = title.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length > 0.7;
};

/** Named in the title, in the lead (first 600 characters) or at least twice. */
function salient(value: string, title: string, body: string): boolean {
  if (title.includes(value)) return true;
  const first = body.indexOf(value);
  return first >= 0 && (first < 600 || body.indexOf(value, first + value.length) >= 0);
}

/** Typed dates of the event itself (not the disclosure: every report has its own). */
const eventDateFields: ReadonlySet<string> = new Set(['attack-date', 'discovery-date', 'takedown-date']);

/**
 * The figures a report states, as keys: the same count of the same kind of impact ("9.7 million
 * people", two significant digits, so "about 100 million" meets "101 million") or the same day of
 * the attack, its discovery or its takedown. Round numbers ("1 million", "100") and months are
 * too common to say which event; they are left out.
 * @example figureKeys([{ field: 'people-affected', value: 9_700_000, … }]) // ['fig:people-affected 9.7e6']
 */
export function figureKeys(claims: readonly Claim[]): string[] {
  const out = new Set<string>();
  // A report's own figure is the first of its field; later ones are context (an earlier record, a
  // comparison), as reconciliation reads them.
  const seen = new Set<string>();
  for (const c of claims) {
    if (seen.has(c.field)) continue;
    seen.add(c.field);
    if (typeof c.value === 'number') {
      if (!(c.value > 0) || !Number.isFinite(c.value)) continue;
      const mantissa = c.value.toExponential(1);
      if (/^\d\.0e/.test(mantissa)) continue;
      out.add(`fig:${c.field} ${mantissa.replace('+', '')}`);
    } else if (eventDateFields.has(c.field) && /^\d{4}-\d{2}-\d{2}$/.test(c.value))
      out.add(`fig:${c.field} ${c.value}`);
  }
  return [...out];
}

/**
 * The text with every mention of a recognised organisation, actor or malware blanked (as written at
 * its evidence, wherever it recurs): those have their own keys, and the words of "Securities and
 * Exchange Commission" are not names of their own.
 */
function maskEntities(
  text: string,
  entities: readonly { evidence: { start: number; end: number } }[],
): string {
  const surfaces = new Set<string>();
  for (const e of entities) {
    const surface = text.slice(e.evidence.start, e.evidence.end);
    if (surface.length >= 3) surfaces.add(surface);
  }
  if (surfaces.size === 0) return text;
  // One pass over the text for all surfaces, longest first so "ALPHV/BlackCat" wins over "ALPHV".
  const escaped = [...surfaces].sort((x, y) => y.length - x.length).map(escapeRegExp);
  return text.replace(new RegExp(escaped.join('|'), 'g'), (m) => ' '.repeat(m.length));
}

const joiners = new Set(['the', 'of', 'and', 'for', 'de', 'la', 'du', 'der']);

/**
 * The publisher's own names: its name, the name's initials ("National Cyber Defence Agency" →
 * "ncda"), the words of its domain but the last ("ncda-advisories.org" → "ncda", "advisories") and
 * its reference numbers ("NCDA-2024-017"). A report's publisher says who wrote it, not what happened.
 */
function publisherNames(doc: EventDoc): (value: string) => boolean {
  const name = (doc.sourceName ?? '').toLowerCase().trim();
  const words = name.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0 && !joiners.has(w));
  const labels = doc.sourceDomain.toLowerCase().split('.').slice(0, -1);
  const own = new Set<string>(labels.flatMap((label) => label.split('-')).filter((w) => w.length >= 3));
  if (name) own.add(name);
  if (words.length >= 2) own.add(words.map((w) => w[0] ?? '').join(''));
  return (value) => {
    const [first = '', ...rest] = value.split(/[\s-]/);
    return (
      own.has(value) ||
      (own.has(first) && /\d/.test(rest.join(' '))) ||
      (name.length >= 6 && value.length >= 6 && (name.includes(value) || value.includes(name)))
    );
  };
}

/**
 * The actor a report is about: the one it names most often (its names as written and its canonical
 * name, any case; its title or lead counts once more), at least twice and more often than any
 * other; undefined when none stands out.
 * @example mainActor(doc) // 'actor:storm-0558'
 */
export function mainActor(doc: EventDoc): string | undefined {
  const lower = doc.text.toLowerCase();
  const title = doc.title.toLowerCase();
  const counts = doc.extraction.actors.map((a) => {
    const surfaces = new Set([
      a.name.toLowerCase(),
      doc.text.slice(a.evidence.start, a.evidence.end).toLowerCase(),
    ]);
    let n = 0;
    for (const surface of surfaces) {
      if (surface.length < 3) continue;
      for (let at = lower.indexOf(surface); at >= 0; at = lower.indexOf(surface, at + surface.length)) n++;
    }
    // The title or the lead naming it counts as a second mention.
    const lead = a.evidence.start < 600 || title.includes(a.name.toLowerCase());
    return { key: `actor:${a.name.toLowerCase()}`, n: n + (lead ? 1 : 0) };
  });
  counts.sort((x, y) => y.n - x.n);
  const [first, second] = counts;
  return first && first.n >= 2 && first.n > (second?.n ?? 0) ? first.key : undefined;
}

/**
 * How often the report names each victim it names (its title counts as one more mention), most
 * named first, up to three: who the report is about, and whom it only cites.
 * @example victimMentions(doc) // [['caesars entertainment', 7], ['mgm resorts', 2]]
 */
export function victimMentions(doc: EventDoc): [string, number][] {
  const lower = doc.text.toLowerCase();
  const title = doc.title.toLowerCase();
  const counts = new Map<string, number>();
  for (const o of doc.extraction.organisations) {
    if (o.role !== 'victim') continue;
    const name = o.name.toLowerCase();
    if (counts.has(name)) continue;
    const surfaces = new Set([name, doc.text.slice(o.evidence.start, o.evidence.end).toLowerCase()]);
    let n = title.includes(name) ? 1 : 0;
    for (const surface of surfaces) {
      if (surface.length < 3) continue;
      for (let at = lower.indexOf(surface); at >= 0; at = lower.indexOf(surface, at + surface.length)) n++;
    }
    counts.set(name, n);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3);
}

export interface EventKeys {
  /** Sorted, unique `kind:value` keys. */
  keys: string[];
  /** The keys the report is about (a subset of `keys`). */
  salient: string[];
  /** The keys its title names (a subset of `salient`). */
  titled: string[];
}

/**
 * The event keys of a document.
 * @example eventKeys(doc).keys // ['actor:lockbit', 'cve:cve-2023-4966', 'name:citrix bleed', 'victim:boeing']
 */
export function eventKeys(doc: EventDoc): EventKeys {
  const { extraction } = doc;
  const keys = new Set<string>();
  for (const v of extraction.vulnerabilities) keys.add(`cve:${v.id.toLowerCase()}`);
  const headline = doc.title.toLowerCase();
  // A domain the headline names is what the report is about ("Polyfill.io script hijacked"),
  // whatever role its sentences give it.
  for (const i of extraction.indicators)
    if (eventRoles.has(i.role) || (i.type === 'domain' && headline.includes(i.value.toLowerCase())))
      keys.add(`ioc:${i.value.toLowerCase()}`);
  for (const a of extraction.actors) keys.add(`actor:${a.name.toLowerCase()}`);
  for (const m of extraction.malware) keys.add(`malware:${m.name.toLowerCase()}`);
  // Agencies act in many events (the FBI, CISA, a national CERT): their names are not event keys.
  const agencies = extraction.organisations.filter((o) => o.role === 'agency');
  for (const o of extraction.organisations)
    if (o.role !== 'agency') keys.add(`${o.role === 'victim' ? 'victim' : 'org'}:${organisationKey(o.name)}`);
  const own = publisherNames(doc);
  const known = new Set([...[...keys].map(keyValue), ...agencies.map((o) => o.name.toLowerCase())]);
  const body = maskEntities(doc.text, [
    ...extraction.organisations,
    ...extraction.actors,
    ...extraction.malware,
  ]);
  const text = titleCase(doc.title) ? body : `${doc.title}.\n${body}`;
  for (const name of names(text)) if (!known.has(name)) keys.add(`name:${name}`);
  for (const key of keys) if (own(keyValue(key))) keys.delete(key);
  for (const key of figureKeys(extraction.claims ?? [])) keys.add(key);
  const title = doc.title.toLowerCase();
  const lower = doc.text.toLowerCase().replace(defangedDot, '.');
  const sorted = [...keys].sort();
  return {
    keys: sorted,
    // A figure is what a report states, wherever it states it.
    salient: sorted.filter((key) => keyKind(key) === 'fig' || salient(keyValue(key), title, lower)),
    titled: sorted.filter((key) => title.includes(keyValue(key))),
  };
}

/** Content words for topical similarity: no stop words, no bare numbers, at least three characters. */
export function topicWords(list: readonly string[]): string[] {
  return list.filter((w) => w.length >= 3 && !stopwords.has(w) && !/^\d+$/.test(w));
}
