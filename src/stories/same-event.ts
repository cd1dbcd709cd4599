/**
 * Same-event scoring: is a new report about the event of an existing story? Pure; the candidate
 * documents come from an index (in memory for benchmarks, PostgreSQL in the pipeline).
 *
 * score = Σ shared keys (kind weight × salience × rarity) × (½ + ½ time factor)
 *         + 4 × topic similarity × time factor − conflicts
 *
 * - rarity is a normalised inverse document frequency: a CVE or victim named in one report of a
 *   thousand counts almost fully, "Microsoft" named everywhere counts little;
 * - conflicts: both sides name CVEs (or victims, actors, malware) and none is shared — two flaws in
 *   one vendor's appliance, two hospitals hit by different gangs, a takedown of one botnet and a
 *   campaign of another stay apart;
 * - the time factor is 1 within ten days and decays to 0.2 over about a year.
 * A copy (4-word-shingle similarity ≥ 0.5) joins its original's story unless CVEs conflict.
 */
import { keyId, keyKind, keyKinds, keyValue, type KeyKind } from './event-keys.js';
import type { EventFeatures } from './features.js';
import { similarity } from './minhash.js';

export interface Candidate {
  features: EventFeatures;
  storyId: number;
}

export interface Decision {
  /** The story this document joins, then any it bridges into it; empty: open a new story. */
  stories: number[];
  nearDuplicateOf: number | null;
  score: number;
  reason: string;
}

export const joinThreshold = 2.5;
/**
 * A document scoring this high with exactly two stories bridges them: they merge. With three or
 * more it is a round-up of several events and only joins the best.
 */
export const mergeThreshold = 3.5;
export const copyThreshold = 0.5;
const day = 86_400_000;

/** 1 within ten days, then decaying to a floor of 0.2. */
export function timeFactor(a: number | null, b: number | null): number {
  if (a === null || b === null) return 0.9;
  const days = Math.abs(a - b) / day;
  return days <= 10 ? 1 : Math.max(0.2, Math.exp(-(days - 10) / 365));
}

/** A prior corpus size: a key seen in few documents is rare evidence even while the index is small. */
const priorDocuments = 1000;

/** Normalised inverse document frequency in (0, 1]: ~0.9 for a key in one document, ~0.2 for one in a fifth of them. */
export function rarity(documentFrequency: number, totalDocuments: number): number {
  const n = Math.max(totalDocuments, 0) + priorDocuments;
  return Math.log(1 + n / (1 + documentFrequency)) / Math.log(1 + n);
}

interface StoryMatch {
  storyId: number;
  score: number;
  copy: { documentId: number; similarity: number } | null;
  cveConflict: boolean;
  reason: string;
}

/** Key value → its kind and salience, names of victims, organisations and bare names in one namespace. */
interface KeyView {
  kind: KeyKind;
  salient: boolean;
}

function view(docs: readonly EventFeatures[]): Map<string, KeyView> {
  const map = new Map<string, KeyView>();
  for (const doc of docs) {
    const salient = new Set(doc.salient);
    for (const key of doc.keys) {
      const kind = keyKind(key);
      const id = keyId(key);
      const known = map.get(id);
      const weight = (k: KeyKind): number => keyKinds[k].weight;
      map.set(id, {
        kind: known && weight(known.kind) > weight(kind) ? known.kind : kind,
        salient: (known?.salient ?? false) || salient.has(key),
      });
    }
  }
  return map;
}

/**
 * Kinds where the two sides name different things: both name salient values and share no salient
 * one, or both name values, share none at all, and one side's is salient. A salient victim on one
 * side that the other never names costs half: an incident at a named victim is usually its own event.
 */
function conflicts(mine: Map<string, KeyView>, theirs: Map<string, KeyView>): [KeyKind, number][] {
  const found: [KeyKind, number][] = [];
  const ids = (map: Map<string, KeyView>, kind: KeyKind, salientOnly: boolean): Set<string> =>
    new Set([...map].filter(([, v]) => v.kind === kind && (v.salient || !salientOnly)).map(([id]) => id));
  const disjoint = (a: Set<string>, b: Set<string>): boolean =>
    a.size > 0 && b.size > 0 && ![...a].some((id) => b.has(id));
  const unnamed = (a: Set<string>, other: Map<string, KeyView>): boolean =>
    a.size > 0 && ![...a].some((id) => other.has(id));
  for (const kind of Object.keys(keyKinds) as KeyKind[]) {
    const { conflict } = keyKinds[kind];
    if (!conflict) continue;
    const [a, b] = [ids(mine, kind, true), ids(theirs, kind, true)];
    if (disjoint(a, b) || (a.size + b.size > 0 && disjoint(ids(mine, kind, false), ids(theirs, kind, false))))
      found.push([kind, conflict]);
    else if (kind === 'victim' && (unnamed(a, theirs) || unnamed(b, mine))) found.push([kind, conflict / 2]);
  }
  return found;
}

export function scoreStory(
  doc: EventFeatures,
  docs: readonly EventFeatures[],
  storyId: number,
  rarityOf: (key: string) => number,
): StoryMatch {
  const mine = view([doc]);
  const theirs = view(docs);
  let keyScore = 0;
  const shared: string[] = [];
  for (const [id, a] of mine) {
    const b = theirs.get(id);
    if (!b) continue;
    const kind = keyKinds[a.kind].weight >= keyKinds[b.kind].weight ? a.kind : b.kind;
    const salience = a.salient && b.salient ? 1 : a.salient || b.salient ? 0.6 : 0.3;
    keyScore += keyKinds[kind].weight * salience * rarityOf(id);
    shared.push(`${kind} ${keyValue(id)}`);
  }
  let topic = 0;
  let time = 0;
  let copy: StoryMatch['copy'] = null;
  for (const other of docs) {
    topic = Math.max(topic, similarity(doc.topic, other.topic));
    time = Math.max(time, timeFactor(doc.published, other.published));
    const s = similarity(doc.copy, other.copy);
    if (s >= copyThreshold && (!copy || s > copy.similarity))
      copy = { documentId: other.documentId, similarity: s };
  }
  const conflicting = conflicts(mine, theirs);
  const penalty = conflicting.reduce((sum, [, weight]) => sum + weight, 0);
  const score = keyScore * (0.5 + 0.5 * time) + 4 * topic * time - penalty;
  const reason = [
    shared.length ? `shares ${shared.join(', ')}` : 'no shared names',
    `text similarity ${topic.toFixed(2)}`,
    ...(time < 1 ? [`time factor ${time.toFixed(2)}`] : []),
    ...conflicting.map(([kind, weight]) =>
      weight < keyKinds[kind].conflict ? `${kind} not named by the other side` : `different ${kind}s`,
    ),
  ].join('; ');
  return { storyId, score, copy, cveConflict: conflicting.some(([kind]) => kind === 'cve'), reason };
}

/**
 * Decides where a document goes among candidate documents already in stories.
 * `documentFrequency(key)` counts the earlier documents holding a key; `totalDocuments` all of them.
 */
export function decide(
  doc: EventFeatures,
  candidates: readonly Candidate[],
  documentFrequency: (key: string) => number,
  totalDocuments: number,
): Decision {
  const byStory = new Map<number, EventFeatures[]>();
  for (const c of candidates) byStory.set(c.storyId, [...(byStory.get(c.storyId) ?? []), c.features]);
  const rarityOf = (key: string): number => rarity(documentFrequency(key), totalDocuments);
  const scored = [...byStory]
    .map(([storyId, docs]) => scoreStory(doc, docs, storyId, rarityOf))
    .map((m) => (m.copy && !m.cveConflict ? { ...m, score: Math.max(m.score, 10) } : m))
    .sort((x, y) => y.score - x.score || x.storyId - y.storyId);
  const matches = scored.filter((m) => m.score >= joinThreshold);
  const best = matches[0];
  if (!best) {
    const closest = scored[0];
    return {
      stories: [],
      nearDuplicateOf: null,
      score: 0,
      reason: closest
        ? `new story: the closest, story ${closest.storyId}, scored ${closest.score.toFixed(2)} < ${joinThreshold} (${closest.reason})`
        : 'new story: no earlier report shares a name, indicator or wording',
    };
  }
  const bridged = matches.length === 2 && matches.every((m) => m.score >= mergeThreshold);
  const together = bridged ? matches.map((m) => m.storyId) : [best.storyId];
  const copy = best.copy && !best.cveConflict ? best.copy : null;
  const reason = copy
    ? `copy of document ${copy.documentId} (similarity ${copy.similarity.toFixed(2)}); ${best.reason}`
    : best.reason;
  return {
    stories: [...new Set([Math.min(...together), ...together])],
    nearDuplicateOf: copy?.documentId ?? null,
    score: Math.round(best.score * 100) / 100,
    reason,
  };
}
