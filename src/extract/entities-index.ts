/**
 * The alias index: every name of an actor, malware family or tool resolves to one canonical name.
 * Built from the built-in tables, then (when a KB is given) ATT&CK groups and software, then MISP
 * galaxy clusters; built once per KB object and cached.
 *
 * Merging: a KB cluster joins the first existing entry that already owns one of its names (the
 * built-in canonical name stays, e.g. 'Sandworm' rather than ATT&CK's 'Sandworm Team'); otherwise it
 * becomes a new entry named after the ATT&CK name or the galaxy value. An alias keeps its first
 * owner, so one alias never resolves to two names.
 *
 * Precision rules for KB names (built-in entries keep their own `cue`/`exact` flags):
 * - dropped: AV detection names ("Trojan.Win32.X"), names with '@', all-lower-case galaxy names,
 *   galaxy names made only of common words (`entities-stopwords.ts`), lower-case ATT&CK names that
 *   are common words ("at"), names over six words;
 * - cue needed (a nearby "group"/"malware"-style word, medium confidence): names of three
 *   characters or fewer, ATT&CK names that are common words or all lower case ("Net", "at",
 *   "certutil"), and single-word galaxy names that are not distinctive ("Ghost", "Olympic");
 * - case-insensitive only when distinctive (a digit or an inner capital: "APT28", "LockBit");
 *   every other name is matched case-sensitively.
 */
import type { Kb, NamedCluster } from '../kb/types.js';
import { builtinActors, builtinMalware } from './entities-builtin.js';
import type { NamedEntry } from './entities-builtin.js';
import { createPhraseMatcher } from './entities-match.js';
import type { PhraseMatcher } from './entities-match.js';
import { commonWords, isCommonPhrase } from './entities-stopwords.js';

export type EntityKb = Pick<Kb, 'attack' | 'galaxies'>;

/** What a matched name stands for. */
export interface AliasTarget {
  canonical: string;
  cue: boolean;
  ransomware: boolean;
  notAfter?: string;
  source: 'builtin' | 'attack' | 'galaxy';
}

export interface AliasIndex {
  actors: PhraseMatcher<AliasTarget>;
  malware: PhraseMatcher<AliasTarget>;
  /** Canonical name for any known name of that kind (any case), or undefined. */
  resolve(kind: 'actor' | 'malware', name: string): string | undefined;
  /** Number of distinct names indexed, per kind. */
  size: { actors: number; malware: number };
}

/** A digit or an inner capital ("APT28", "LockBit") makes a name safe to match in any case. */
export const distinctive = (name: string): boolean => /\d|\p{Ll}\p{Lu}/u.test(name);

const avName =
  /^(?:Trojan|Backdoor|Win32|Win64|W32|W64|HackTool|Worm|Virus|TROJ|BKDR|PUA|Riskware|Ransom|Spyware)[.:/_]/i;

interface KindBuilder {
  matcher: PhraseMatcher<AliasTarget>;
  owner: Map<string, AliasTarget>;
}

type Source = AliasTarget['source'];

/** Decides how a KB name may match: undefined drops it. */
function policyOf(name: string, source: Source): { cue: boolean; caseSensitive: boolean } | undefined {
  if (name.length < 2 || name.includes('@') || avName.test(name) || name.split(/\s+/).length > 6) return;
  const allLower = name === name.toLowerCase();
  const common = isCommonPhrase(name);
  const singleWord = !/[\s\-.]/.test(name);
  const loose = distinctive(name);
  if (source === 'galaxy') {
    if (allLower || common || !/[\p{Lu}\p{N}]/u.test(name)) return;
    const allCaps = name === name.toUpperCase();
    const cue = name.length <= 3 || (singleWord && !loose && !allCaps);
    return { cue, caseSensitive: cue || !loose };
  }
  if (common && allLower) return;
  const cue = name.length <= 3 || allLower || common;
  return { cue, caseSensitive: cue || !loose };
}

const keyOf = (name: string): string => name.toLowerCase().replace(/\s+/g, ' ').trim();

function addName(into: KindBuilder, name: string, target: AliasTarget, caseSensitive: boolean): void {
  const key = keyOf(name);
  const owner = into.owner.get(key);
  if (owner && owner.canonical !== target.canonical) return;
  if (into.matcher.add(name, target, caseSensitive)) into.owner.set(key, owner ?? target);
}

function addBuiltin(into: KindBuilder, entries: readonly NamedEntry[]): void {
  for (const e of entries) {
    const target: AliasTarget = {
      canonical: e.name,
      cue: e.cue === true,
      ransomware: e.ransomware === true,
      source: 'builtin',
      ...(e.notAfter ? { notAfter: e.notAfter } : {}),
    };
    const strict = e.cue === true || e.exact === true;
    for (const n of [e.name, ...(e.aliases ?? [])]) addName(into, n, target, strict || !distinctive(n));
  }
}

/** Strips galaxy decorations: 'CryptoJacky Ransomware' and 'X (Fake)' → the family name too. */
function galaxyNames(cluster: NamedCluster): string[] {
  const names = [cluster.name, ...cluster.aliases];
  const open = cluster.name.endsWith(')') ? cluster.name.lastIndexOf('(') : -1;
  const bare = (open > 0 ? cluster.name.slice(0, open) : cluster.name)
    .trim()
    .replace(/ (?:Ransomware|Botnet|RAT|Stealer)$/i, '');
  if (bare !== cluster.name && bare.length > 3 && !commonWords.has(bare.toLowerCase())) names.push(bare);
  return names;
}

function addClusters(
  into: KindBuilder,
  clusters: readonly NamedCluster[],
  source: Exclude<Source, 'builtin'>,
  skip: ReadonlySet<string> = new Set(),
): void {
  for (const cluster of clusters) {
    const names = source === 'galaxy' ? galaxyNames(cluster) : [cluster.name, ...cluster.aliases];
    if (names.some((n) => skip.has(keyOf(n)))) continue;
    const existing = names.map((n) => into.owner.get(keyOf(n))).find((t) => t !== undefined);
    for (const name of names) {
      const policy = policyOf(name, source);
      if (!policy) continue;
      const target: AliasTarget = existing
        ? { ...existing, cue: existing.cue || policy.cue }
        : { canonical: cluster.name, cue: policy.cue, ransomware: false, source };
      addName(into, name, target, policy.caseSensitive);
    }
  }
}

function buildIndex(kb: EntityKb | undefined): AliasIndex {
  const actors: KindBuilder = { matcher: createPhraseMatcher(), owner: new Map() };
  const malware: KindBuilder = { matcher: createPhraseMatcher(), owner: new Map() };
  addBuiltin(actors, builtinActors);
  addBuiltin(malware, builtinMalware);
  // Ransomware groups become malware only through the "<name> ransomware" rule in entities.ts.
  const ransomwareGroups = new Set(
    builtinActors.filter((e) => e.ransomware).flatMap((e) => [e.name, ...(e.aliases ?? [])].map(keyOf)),
  );
  if (kb?.attack) {
    addClusters(actors, kb.attack.groups, 'attack');
    addClusters(malware, kb.attack.software, 'attack', ransomwareGroups);
  }
  if (kb?.galaxies) {
    addClusters(actors, kb.galaxies.actors, 'galaxy');
    addClusters(malware, [...kb.galaxies.malware, ...kb.galaxies.tools], 'galaxy', ransomwareGroups);
  }
  return {
    actors: actors.matcher,
    malware: malware.matcher,
    resolve: (kind, name) => (kind === 'actor' ? actors : malware).owner.get(keyOf(name))?.canonical,
    size: { actors: actors.owner.size, malware: malware.owner.size },
  };
}

const cache = new WeakMap<EntityKb, AliasIndex>();
let builtinIndex: AliasIndex | undefined;

/** The alias index for a KB (built once per KB object), or for the built-in tables alone. */
export function aliasIndexFor(kb?: EntityKb): AliasIndex {
  if (!kb || (!kb.attack && !kb.galaxies)) return (builtinIndex ??= buildIndex(undefined));
  let index = cache.get(kb);
  if (!index) {
    index = buildIndex(kb);
    cache.set(kb, index);
  }
  return index;
}
