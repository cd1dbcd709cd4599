/**
 * The specific things two reports of one event share: CVEs, malicious indicators, victims, actors,
 * malware, and capitalised names the dictionaries do not know ("Operation Cronos", "Jaguar Land
 * Rover"). Each key has a kind, which sets its weight and whether two different values conflict,
 * and a salience: named in the title or the lead, or more than once. A CVE cited in passing ("like
 * CitrixBleed in 2023") is not what the report is about.
 */
import { countryTable } from '../extract/countries-table.js';
import type { EventDoc } from './cluster-types.js';
import { stopwords } from './stopwords.js';

export const keyKinds = {
  cve: { weight: 3, conflict: 4 },
  ioc: { weight: 2.5, conflict: 0 },
  victim: { weight: 2.5, conflict: 1.5 },
  actor: { weight: 1.5, conflict: 1.5 },
  malware: { weight: 1.5, conflict: 0.75 },
  org: { weight: 0.5, conflict: 0 },
  name: { weight: 1, conflict: 0 },
} as const;
export type KeyKind = keyof typeof keyKinds;

/** A key is `kind:value`, value lower-case. */
export const keyKind = (key: string): KeyKind => key.slice(0, key.indexOf(':')) as KeyKind;
export const keyValue = (key: string): string => key.slice(key.indexOf(':') + 1);
/** Victims, other organisations and bare names are one namespace: "Change Healthcare" is the same either way. */
export const nameKinds: ReadonlySet<KeyKind> = new Set(['victim', 'org', 'name']);
/** The key as compared and indexed: `name:change healthcare` whether a victim, an organisation or a bare name. */
export const keyId = (key: string): string => (nameKinds.has(keyKind(key)) ? `name:${keyValue(key)}` : key);

const capitalised = /\p{Lu}[\p{L}\p{N}&'’-]*(?: (?:of |de |la )?\p{Lu}[\p{L}\p{N}&'’-]*)*/gu;
const calendar = 'january february march april may june july august september october november december';
const places = countryTable.flatMap(([, ...names]) => names.map((n) => n.toLowerCase()));
/** Capitalised words that say nothing about which event: calendar, countries, ids, technology acronyms. */
const generic = new Set([
  ...calendar.split(' '),
  ...places,
  ...`ddos tbps gbps mbps mpps udp tcp http https vpn mfa sql dll rdp ssh iot api url ip dns smb ldap
  saml sso cvss cve cwe att&ck mitre windows linux macos ios android cloud web share subscribe
  yes no value context notes note confidence indicator type high medium low sha-256 sha-1 md5 utc
  european russian chinese iranian north korean western eastern`.split(/\s+/),
]);
const idLike = /^(?:cve-\d{4}-\d+|cwe-\d+|t\d{4}(?:\.\d{3})?|[\d.-]+)$/;
const possessive = /['’]s$/;

/** Capitalised runs, without a sentence's first word unless the run goes on. */
function names(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(capitalised)) {
    let parts = m[0].split(' ');
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    const sentenceStart = m.index === 0 || /[.!?:\n"“]\s?$/.test(before);
    if (sentenceStart && parts.length === 1) continue;
    while (parts.length > 0 && stopwords.has(parts[0]?.toLowerCase() ?? '')) parts = parts.slice(1);
    const name = parts.join(' ').toLowerCase().replace(possessive, '');
    if (name.length < 3 || generic.has(name) || stopwords.has(name) || idLike.test(name)) continue;
    out.push(name);
  }
  return out;
}

/** Named in the title, in the lead (first 600 characters) or at least twice. */
function salient(value: string, title: string, body: string): boolean {
  if (title.includes(value)) return true;
  const first = body.indexOf(value);
  return first >= 0 && (first < 600 || body.indexOf(value, first + value.length) >= 0);
}

export interface EventKeys {
  /** Sorted, unique `kind:value` keys. */
  keys: string[];
  /** The keys the report is about (a subset of `keys`). */
  salient: string[];
}

/**
 * The event keys of a document.
 * @example eventKeys(doc).keys // ['actor:lockbit', 'cve:cve-2023-4966', 'name:citrix bleed', 'victim:boeing']
 */
export function eventKeys(doc: EventDoc): EventKeys {
  const { extraction } = doc;
  const keys = new Set<string>();
  for (const v of extraction.vulnerabilities) keys.add(`cve:${v.id.toLowerCase()}`);
  for (const i of extraction.indicators)
    if (i.role === 'malicious' || i.role === 'payload') keys.add(`ioc:${i.value.toLowerCase()}`);
  for (const a of extraction.actors) keys.add(`actor:${a.name.toLowerCase()}`);
  for (const m of extraction.malware) keys.add(`malware:${m.name.toLowerCase()}`);
  for (const o of extraction.organisations)
    keys.add(`${o.role === 'victim' ? 'victim' : 'org'}:${o.name.toLowerCase().replace(possessive, '')}`);
  const known = new Set([...keys].map(keyValue));
  for (const name of names(`${doc.title}.\n${doc.text}`)) if (!known.has(name)) keys.add(`name:${name}`);
  const title = doc.title.toLowerCase();
  const body = doc.text.toLowerCase();
  const sorted = [...keys].sort();
  return { keys: sorted, salient: sorted.filter((key) => salient(keyValue(key), title, body)) };
}

/** Content words for topical similarity: no stop words, no bare numbers, at least three characters. */
export function topicWords(list: readonly string[]): string[] {
  return list.filter((w) => w.length >= 3 && !stopwords.has(w) && !/^\d+$/.test(w));
}
