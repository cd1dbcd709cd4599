/**
 * Actors, malware and organisations named in prose, from the built-in tables of
 * `entities-builtin.ts` (names with aliases) plus context patterns for victims and vendors.
 */
import type { Confidence, Entity, Organisation } from '../core/facts.js';
import { builtinActors, builtinMalware, builtinOrganisations } from './entities-builtin.js';
import { companySuffix, orgPatterns, orgRejects, orgStopwords } from './entities-builtin.js';
import type { NamedEntry, OrgEntry } from './entities-builtin.js';
import { createSentenceIndex } from './text.js';
import type { SentenceIndex } from './text.js';

interface Hit<T> {
  entry: T;
  start: number;
  end: number;
}
type Finder<T> = (text: string) => Hit<T>[];

const actorCue = /\b(?:ransomware|group|gang|actors?|operators?|affiliates?|crew|hackers|cartel)\b/i;
const malwareCue =
  /\b(?:malware|botnets?|backdoors?|implants?|loaders?|trojans?|RATs?|(?:info)?stealers?|ransomware|variants?|payloads?|frameworks?|C2|wipers?|samples?)\b/i;
/** "<group> ransomware|encryptor|…" names the encryptor, unless "gang|group|…" follows (then it is the group). */
const familyTail =
  /^ (?:\d[\d.]* )?(?:ransomware|encryptors?|lockers?|variants?|payloads?|samples?|binar(?:y|ies)|strains?)\b(?! (?:gang|group|operators?|affiliates?|crew|actors?)\b)/;

const escapeRegex = (s: string): string => s.replace(/[$()*+.?[\\\]^{|}]/g, '\\$&');
/** A digit or an inner capital ("APT28", "LockBit") makes a name safe to match in any case. */
const distinctive = (name: string): boolean => /\d|[a-z][A-Z]/.test(name);

/** Compiles a name table into one case-sensitive and one case-insensitive alternation, longest first. */
function compile<T extends NamedEntry | OrgEntry>(entries: readonly T[]): Finder<T> {
  const exact = new Map<string, T>();
  const loose = new Map<string, T>();
  for (const e of entries) {
    const strict = 'role' in e ? false : e.cue === true || e.exact === true;
    for (const n of [e.name, ...(e.aliases ?? [])]) {
      if (!strict && distinctive(n)) loose.set(n.toLowerCase(), e);
      else exact.set(n, e);
    }
  }
  const regexOf = (names: Iterable<string>, flags: string): RegExp => {
    const alternation = [...names].sort((a, b) => b.length - a.length).map(escapeRegex);
    return new RegExp(`(?<![\\w$-])(?:${alternation.join('|') || '(?!)'})(?![\\w$])`, flags);
  };
  const strictRegex = regexOf(exact.keys(), 'g');
  const looseRegex = regexOf(loose.keys(), 'gi');
  return function findNames(text) {
    const hits: Hit<T>[] = [];
    for (const m of text.matchAll(strictRegex)) {
      const entry = exact.get(m[0]);
      if (entry) hits.push({ entry, start: m.index, end: m.index + m[0].length });
    }
    for (const m of text.matchAll(looseRegex)) {
      const entry = loose.get(m[0].toLowerCase());
      if (entry) hits.push({ entry, start: m.index, end: m.index + m[0].length });
    }
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: Hit<T>[] = [];
    for (const h of hits) if (h.start >= (kept.at(-1)?.end ?? 0)) kept.push(h);
    return kept;
  };
}

const findActors = compile(builtinActors);
const findMalware = compile(builtinMalware);
const findOrgs = compile(builtinOrganisations);

/** Keeps a hit unless its entry needs a cue that is missing or follows a word that changes its meaning. */
function accepted(text: string, hit: Hit<NamedEntry>, cue: RegExp): boolean {
  const { entry, start, end } = hit;
  if (entry.notAfter && text.slice(0, start).endsWith(`${entry.notAfter} `)) return false;
  if (!entry.cue) return true;
  return cue.test(text.slice(Math.max(0, start - 30), start)) || cue.test(text.slice(end, end + 40));
}

function addEntity(into: Map<string, Entity>, index: SentenceIndex, hit: Hit<NamedEntry>): void {
  if (into.has(hit.entry.name)) return;
  const confidence: Confidence = hit.entry.cue ? 'medium' : 'high';
  into.set(hit.entry.name, {
    name: hit.entry.name,
    confidence,
    evidence: index.evidence(hit.start, hit.end),
  });
}

/** Trims a capitalised run to its name: after a sentence end, without leading stop words or trailing "of". */
function trimOrg(raw: string, start: number): { name: string; start: number } | undefined {
  const tokens = raw.split(' ');
  let i = 0;
  tokens.forEach((t, k) => {
    if (k < tokens.length - 1 && /[a-z]{2}\.$/.test(t) && !/^(?:Inc|Corp|Ltd|Co)\.$/.test(t)) i = k + 1;
  });
  while (i < tokens.length && orgStopwords.has(tokens[i] ?? '')) i++;
  let j = tokens.length;
  while (j > i && /^(?:of|and|&)$/.test(tokens[j - 1] ?? '')) j--;
  const name = tokens
    .slice(i, j)
    .join(' ')
    .replace(/(?<=[a-z])\.$/, '');
  if (name === '' || orgRejects.has(name)) return undefined;
  return { name, start: start + tokens.slice(0, i).join(' ').length + (i > 0 ? 1 : 0) };
}

/** Victims and vendors from context patterns; built-in names keep their role unless a company ships a fix. */
function patternOrgs(text: string, index: SentenceIndex, into: Map<string, Organisation>): void {
  for (const pattern of orgPatterns) {
    for (const m of text.matchAll(pattern.regex)) {
      const raw = m.groups?.org;
      const end = m.index + m[0].length;
      if (raw === undefined || (pattern.then && !pattern.then.test(text.slice(end, end + 200)))) continue;
      const found = trimOrg(raw, m.index + m[0].indexOf(raw));
      if (!found) continue;
      const evidence = index.evidence(found.start, found.start + found.name.length);
      const builtin = findOrgs(found.name).find((h) => h.start === 0 && h.end === found.name.length);
      if (builtin) {
        const known = into.get(builtin.entry.name);
        if (known?.role === 'security-company' && pattern.role === 'vendor')
          Object.assign(known, { role: 'vendor', evidence });
        continue;
      }
      if ([...findActors(found.name), ...findMalware(found.name)].length > 0 || into.has(found.name))
        continue;
      const confidence = companySuffix.test(found.name) ? 'high' : pattern.confidence;
      into.set(found.name, { name: found.name, role: pattern.role, confidence, evidence });
    }
  }
}

/**
 * Finds known actors and malware (deduplicated by canonical name, first mention as evidence) and
 * organisations: built-in agencies and security companies, plus victims and vendors from context.
 *
 * @example
 * extractEntities('The LockBit gang hit Acme Corp. Acme Corp said it suffered a ransomware attack.');
 * // actors: [LockBit], malware: [], organisations: [{ name: 'Acme Corp', role: 'victim', … }]
 */
export function extractEntities(text: string): {
  actors: Entity[];
  malware: Entity[];
  organisations: Organisation[];
} {
  const index = createSentenceIndex(text);
  const actors = new Map<string, Entity>();
  const malware = new Map<string, Entity>();
  const malwareHits = findMalware(text).filter((h) => accepted(text, h, malwareCue));
  for (const hit of findActors(text)) {
    if (!accepted(text, hit, actorCue)) continue;
    addEntity(actors, index, hit);
    if (hit.entry.ransomware && familyTail.test(text.slice(hit.end, hit.end + 60))) malwareHits.push(hit);
  }
  for (const hit of malwareHits.sort((a, b) => a.start - b.start)) addEntity(malware, index, hit);
  const organisations = new Map<string, Organisation>();
  for (const { entry, start, end } of findOrgs(text)) {
    if (organisations.has(entry.name)) continue;
    const evidence = index.evidence(start, end);
    organisations.set(entry.name, { name: entry.name, role: entry.role, confidence: 'high', evidence });
  }
  patternOrgs(text, index, organisations);
  return {
    actors: [...actors.values()],
    malware: [...malware.values()],
    organisations: [...organisations.values()],
  };
}
