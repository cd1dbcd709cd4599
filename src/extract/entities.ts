/**
 * Actors, malware and organisations named in prose, from the alias index of `entities-index.ts`
 * (built-in tables, plus ATT&CK and MISP galaxies when a KB is given) and context patterns for
 * victims and vendors; sectors and countries come from `sectors.ts` and `countries.ts`.
 *
 * "Common words never become actors": a name that is also an English word ("Play", "Hive",
 * "Snake", "Cobalt") needs a cue word nearby, and names that are not distinctive match only with
 * their capitals, so "will", "said", "may", "play" and "lazarus" never match. A capitalised
 * "Sandworm" is always the actor (it is rare outside CTI); "sandworm" in lower case never is.
 */
import type { Confidence, Entity, Organisation } from '../core/facts.js';
import { countryCode, extractCountries } from './countries.js';
import { builtinOrganisations } from './entities-builtin.js';
import type { OrgEntry } from './entities-builtin.js';
import { aliasIndexFor, distinctive } from './entities-index.js';
import type { AliasIndex, AliasTarget, EntityKb } from './entities-index.js';
import { createPhraseMatcher, tokenize } from './entities-match.js';
import type { PhraseHit } from './entities-match.js';
import { companySuffix, orgPatterns, orgRejects, orgStopwords } from './entities-org-patterns.js';
import type { OrgPattern } from './entities-org-patterns.js';
import { extractSectors } from './sectors.js';
import { createSentenceIndex, sentenceLeadWords } from './text.js';
import { headlineVictim, type HeadlineContext } from './victims-headline.js';
import type { SentenceIndex } from './text.js';

const actorCue = /\b(?:ransomware|group|gang|actors?|operators?|affiliates?|crew|hackers|cartel|APT)\b/i;
const malwareCue =
  /\b(?:malware|botnets?|backdoors?|implants?|loaders?|droppers?|trojans?|RATs?|(?:info)?stealers?|ransomware|variants?|payloads?|frameworks?|C2|wipers?|samples?|tools?|utility|family|strains?)\b/i;
/** "<group> ransomware|encryptor|…" names the encryptor, unless "gang|group|…" follows (then it is the group). */
const familyTail =
  /^ (?:\d[\d.]* )?(?:ransomware|encryptors?|lockers?|variants?|payloads?|samples?|binar(?:y|ies)|strains?)\b(?! (?:gang|group|operators?|affiliates?|crew|actors?)\b)/;

type Kind = 'actor' | 'malware' | 'org';
interface Hit {
  kind: Kind;
  target: AliasTarget | OrgEntry;
  start: number;
  end: number;
}

const orgMatcher = createPhraseMatcher<OrgEntry>();
for (const e of builtinOrganisations)
  for (const n of [e.name, ...(e.aliases ?? [])]) orgMatcher.add(n, e, !distinctive(n));

/** Capitalised words that may stand before a name without being part of it. */
const freeBefore = new RegExp(`^(?:${sentenceLeadWords})$`);
/** Capitalised words after a name that say what it is, not a longer name ("Conti Ransomware"). */
const freeAfter =
  /^(?:Ransomware|Group|Gang|Team|Crew|Operators?|Affiliates?|Loader|Backdoor|Botnet|Stealer|Malware|Trojan|RAT|Beacon|APT|Wiper|Variant|Campaign|Framework|Implant|Actors?|Hackers|I|We)$/;

/**
 * One word of a longer proper name is not the name ("Kevin" of Kevin Beaumont, "Rover" of Land
 * Rover, "Hunt" of Operation Duck Hunt, "VIPER" of LINE VIPER).
 */
function namedAlone(text: string, start: number, end: number): boolean {
  const surface = text.slice(start, end);
  if (/\d/.test(surface)) return true;
  if (/[\s-]/.test(surface)) return true;
  const window = text.slice(Math.max(0, start - 40), start);
  const before = window.endsWith(' ') ? window.slice(window.lastIndexOf(' ', window.length - 2) + 1, -1) : '';
  if (/^\p{Lu}[\p{L}\p{N}]*$/u.test(before) && !freeBefore.test(before)) {
    // A capitalised word that starts its sentence is no part of the name.
    const at = start - before.length - 1;
    const raw = text.slice(Math.max(0, at - 3), at);
    const prior = raw.trimEnd();
    if (!(prior === '' || raw.includes('\n') || /[.!?:"“]$/.test(prior))) return false;
  }
  const after = /^ (\p{Lu}[\p{L}\p{N}]*)/u.exec(text.slice(end, end + 40))?.[1];
  return after === undefined || freeAfter.test(after);
}

/** Keeps a hit unless it needs a cue that is missing or follows a word that changes its meaning. */
function accepted(text: string, hit: PhraseHit<AliasTarget>, cue: RegExp): boolean {
  const { value, start, end } = hit;
  if (value.notAfter && text.slice(Math.max(0, start - 40), start).endsWith(`${value.notAfter} `))
    return false;
  if (!namedAlone(text, start, end)) return false;
  if (!value.cue) return true;
  return cue.test(text.slice(Math.max(0, start - 30), start)) || cue.test(text.slice(end, end + 40));
}

/** Leftmost-longest across kinds; the same span may be both an actor and malware ("Winnti"). */
function withoutOverlaps(hits: Hit[]): Hit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  for (const h of hits) {
    const last = kept.at(-1);
    if (
      !last ||
      h.start >= last.end ||
      (h.start === last.start && h.end === last.end && h.kind !== last.kind)
    )
      kept.push(h);
  }
  return kept;
}

function addEntity(
  into: Map<string, Entity>,
  index: SentenceIndex,
  hit: Hit & { target: AliasTarget },
): void {
  const { canonical, cue, source } = hit.target;
  if (into.has(canonical)) return;
  const confidence: Confidence = cue || source === 'galaxy' ? 'medium' : 'high';
  into.set(canonical, { name: canonical, confidence, evidence: index.evidence(hit.start, hit.end) });
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

/** The built-in organisation a name starts with, and that name's length ("Palo Alto Networks PAN-OS"). */
function leadingBuiltin(name: string): { entry: OrgEntry; length: number } | undefined {
  const hit = orgMatcher.match(name, tokenize(name)).find((h) => h.first === 0);
  return hit && { entry: hit.value, length: hit.end };
}

/** True when the pattern's own conditions hold around the match `m`. */
function patternHolds(text: string, index: SentenceIndex, pattern: OrgPattern, m: RegExpExecArray): boolean {
  // A name that ends the sentence took its period ("patched by Palo Alto Networks."): test from the period.
  const end = m.index + m[0].length - (m[0].endsWith('.') ? 1 : 0);
  if (pattern.then && !pattern.then.test(text.slice(end, end + 200))) return false;
  if (!pattern.sentence && !pattern.notInSentence) return true;
  // The match's sentence, cut to a window around it when the "sentence" is a huge line.
  const sentence = index.evidence(m.index, m.index + m[0].length).text;
  return (!pattern.sentence || pattern.sentence.test(sentence)) && !pattern.notInSentence?.test(sentence);
}

/** A built-in organisation named by a vendor pattern becomes the vendor ("patched by Palo Alto Networks"). */
function builtinInPattern(
  into: Map<string, Organisation>,
  entry: OrgEntry,
  pattern: OrgPattern,
  evidence: Organisation['evidence'],
): void {
  const known = into.get(entry.name);
  const vendor = pattern.role === 'vendor' && entry.role === 'security-company';
  if (!known)
    into.set(entry.name, {
      name: entry.name,
      role: vendor ? 'vendor' : entry.role,
      confidence: 'high',
      evidence,
    });
  else if (vendor && known.role === 'security-company') Object.assign(known, { role: 'vendor', evidence });
}

/**
 * Victims and vendors from context patterns. A built-in security company becomes a vendor when a
 * vendor pattern names it ("Fortinet released a patch", "a flaw in Ivanti's Connect Secure").
 */
function patternOrgs(
  text: string,
  index: SentenceIndex,
  names: AliasIndex,
  into: Map<string, Organisation>,
): void {
  for (const pattern of orgPatterns) {
    for (const m of text.matchAll(pattern.regex)) {
      const raw = m.groups?.org;
      if (raw === undefined || !patternHolds(text, index, pattern, m)) continue;
      const found = trimOrg(raw, m.index + m[0].indexOf(raw));
      if (!found) continue;
      const builtin = leadingBuiltin(found.name);
      if (builtin) {
        const evidence = index.evidence(found.start, found.start + builtin.length);
        builtinInPattern(into, builtin.entry, pattern, evidence);
        continue;
      }
      if (pattern.knownOnly) continue;
      const evidence = index.evidence(found.start, found.start + found.name.length);
      const tokens = tokenize(found.name);
      if (names.actors.match(found.name, tokens).length + names.malware.match(found.name, tokens).length > 0)
        continue;
      if (countryCode(found.name) !== undefined || into.has(found.name)) continue;
      const confidence = companySuffix.test(found.name) ? 'high' : pattern.confidence;
      into.set(found.name, { name: found.name, role: pattern.role, confidence, evidence });
    }
  }
}

/** The report's title and type, for the victim its headline names (`victims-headline.ts`). */
export type Headline = Pick<HeadlineContext, 'title' | 'type'>;

export interface Entities {
  actors: Entity[];
  malware: Entity[];
  organisations: Organisation[];
  sectors: Entity[];
  countries: Entity[];
}

/**
 * Finds actors and malware/tools (deduplicated by canonical name, first mention as evidence),
 * organisations with their role, targeted sectors and named countries. With a KB, ATT&CK groups and
 * software and MISP galaxy clusters extend the built-in alias tables (`entities-index.ts`).
 *
 * @example
 * extractEntities('The LockBit gang hit Acme Corp. Acme Corp said it suffered a ransomware attack.');
 * // actors: [LockBit], malware: [], organisations: [{ name: 'Acme Corp', role: 'victim', … }]
 */
export function extractEntities(text: string, kb?: EntityKb, headline?: Headline): Entities {
  const index = createSentenceIndex(text);
  const tokens = tokenize(text);
  const names = aliasIndexFor(kb);
  const hits: Hit[] = [
    ...names.actors
      .match(text, tokens, (h) => accepted(text, h, actorCue))
      .map((h) => ({ kind: 'actor' as const, target: h.value, start: h.start, end: h.end })),
    ...names.malware
      .match(text, tokens, (h) => accepted(text, h, malwareCue))
      .map((h) => ({ kind: 'malware' as const, target: h.value, start: h.start, end: h.end })),
    ...orgMatcher
      .match(text, tokens)
      .map((h) => ({ kind: 'org' as const, target: h.value, start: h.start, end: h.end })),
  ];
  const actors = new Map<string, Entity>();
  const malware = new Map<string, Entity>();
  const organisations = new Map<string, Organisation>();
  for (const hit of withoutOverlaps(hits)) {
    const { target } = hit;
    if ('role' in target) {
      if (organisations.has(target.name)) continue;
      const evidence = index.evidence(hit.start, hit.end);
      organisations.set(target.name, { name: target.name, role: target.role, confidence: 'high', evidence });
    } else if (hit.kind === 'malware') addEntity(malware, index, { ...hit, target });
    else {
      addEntity(actors, index, { ...hit, target });
      if (target.ransomware && familyTail.test(text.slice(hit.end, hit.end + 60)))
        addEntity(malware, index, { ...hit, target });
    }
  }
  patternOrgs(text, index, names, organisations);
  if (headline) {
    const isActorOrMalware = (name: string): boolean =>
      names.resolve('actor', name) !== undefined || names.resolve('malware', name) !== undefined;
    const victim = headlineVictim({
      ...headline,
      text,
      index,
      organisations: [...organisations.values()],
      isActorOrMalware,
    });
    if (victim) {
      // The fuller name replaces a shorter one found in a sentence ("CDK" → "CDK Global").
      for (const [name, org] of organisations)
        if (org.role === 'victim' && victim.name.toLowerCase().startsWith(`${name.toLowerCase()} `))
          organisations.delete(name);
      organisations.set(victim.name, victim);
    }
  }
  return {
    actors: [...actors.values()],
    malware: [...malware.values()],
    organisations: [...organisations.values()],
    sectors: extractSectors(text, index, tokens),
    countries: extractCountries(text, tokens, index),
  };
}
