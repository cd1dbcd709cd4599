/**
 * Same-event scoring: is a new report about the event of an existing story? Pure; the candidate
 * documents come from an index (in memory for benchmarks, PostgreSQL in the pipeline).
 *
 * score = Σ shared keys (kind weight × salience × rarity) × key time
 *         + 4 × topic similarity × time factor − conflicts (`conflicts.ts`)
 *
 * A match must rest on specific evidence (a CVE, indicator, victim, rare name both reports are
 * about, or the same figure), never on an actor or wording alone; a bridge between two stories
 * needs independent evidence with each. docs/stories.md §1 gives every rule and weight.
 */
import type { IncidentType } from '../core/facts.js';
import {
  attackDateConflict,
  conflicts,
  differentAttacks,
  differentMainVictims,
  apartCost,
  recallsStory,
  typePenalty,
} from './conflicts.js';
import { keyKinds, keyValue, type KeyKind } from './event-keys.js';
import type { EventFeatures } from './features.js';
import { documentView, storyKeys } from './key-view.js';
import { idleKinds } from './campaign-keys.js';
import { similarity } from './minhash.js';
import { storyType } from './story-type.js';

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

export const joinThreshold = 1.5;
/**
 * A document scoring this high with exactly two stories bridges them: they merge. With three or
 * more it is a round-up of several events and only joins the best.
 */
export const mergeThreshold = 3.5;
export const copyThreshold = 0.5;
const day = 86_400_000;

/** Days over which the time factor of most events decays by e; of a point event (a takedown, a DDoS wave). */
const yearScale = 365;
const pointScale = 30;

/** 1 within ten days, then decaying (by e over `scale` days) to a floor of 0.2. */
export function timeFactor(a: number | null, b: number | null, scale = yearScale): number {
  if (a === null || b === null) return 0.9;
  const days = Math.abs(a - b) / day;
  return days <= 10 ? 1 : Math.max(0.2, Math.exp(-(days - 10) / scale));
}

/** Candidate documents of one story compared with a new report (a long story's others add little). */
export const storyDocumentLimit = 12;
/** Most recent documents looked at per key or LSH band. */
export const postingLimit = 16;
/** Postings looked at per document, rarest keys first: generic keys add nothing once rare ones are in. */
export const candidateBudget = 48;
/** A key in more documents than this is generic ("CISA"): never a reason to look a report up. */
export const genericFrequency = 256;

/**
 * The keys to retrieve candidates by: the rarest first, while their postings fit the budget (the
 * two rarest always). "CISA" or "Microsoft", named in thousands of reports, is then only looked
 * up when a report has nothing rarer; it still counts in the score of every candidate found.
 * @example retrievalKeys(['name:cisa', 'cve:cve-2024-3400'], df) // ['cve:cve-2024-3400', …]
 */
export function retrievalKeys(keys: readonly string[], documentFrequency: (key: string) => number): string[] {
  const known = keys
    .map((key) => ({ key, df: documentFrequency(key) }))
    .filter((k) => k.df > 0)
    .sort((a, b) => a.df - b.df || a.key.localeCompare(b.key));
  const chosen: string[] = [];
  let budget = candidateBudget;
  for (const { key, df } of known) {
    const n = Math.min(df, postingLimit);
    if (chosen.length >= 2 && (n > budget || df > genericFrequency)) break;
    chosen.push(key);
    budget -= n;
  }
  return chosen;
}

/** A prior corpus size: a key seen in few documents is rare evidence even while the index is small. */
const priorDocuments = 1000;

/** Normalised inverse document frequency in (0, 1]: ~0.9 for a key in one document, ~0.2 for one in a fifth of them. */
export function rarity(documentFrequency: number, totalDocuments: number): number {
  const n = Math.max(totalDocuments, 0) + priorDocuments;
  return Math.log(1 + n / (1 + documentFrequency)) / Math.log(1 + n);
}

/**
 * Kinds whose shared value is specific evidence of one event. Actors and malware families act in
 * many events (a gang's campaign and its takedown months later), organisations too: sharing only
 * those never joins two reports by itself.
 */
const specificKinds: ReadonlySet<KeyKind> = new Set(['cve', 'ioc', 'victim', 'name', 'fig']);
/** Specific only when one side names it in its headline, lead or twice (not cited in passing). */
const salientOnly: ReadonlySet<KeyKind> = new Set(['cve', 'victim']);
/** A shared name is specific only when it is rare: "Microsoft" in every other report is not. */
const specificNameRarity = 0.5;
/** The time factor of two reports 30 days apart: closer than this, one specific key is enough. */
const monthFactor = Math.exp(-20 / 365);
/** Salience of a key both titles name. */
const titleSalience = 1.5;
/** Without a specific key, a shared actor or malware family joins only reports this alike, this close. */
const actorTopicFloor = 0.15;

/** What two reports about different main actors (or different main victims) cost a match. */
const mainActorConflict = 2;

/** Types of events that happen on a day (a takedown, an attack wave): old shared keys fade entirely. */
const pointEvents: ReadonlySet<IncidentType> = new Set(['law-enforcement', 'ddos']);

interface StoryMatch {
  storyId: number;
  score: number;
  /** The match rests on a shared CVE, indicator, victim or rare name, not on an actor or wording alone. */
  specific: boolean;
  /**
   * The specific keys shared, and those of them that are not names (CVEs, indicators, victims,
   * figures) and that the new report is about (not cited in passing).
   */
  specificIds: string[];
  strongIds: string[];
  /** Does the story name this key? */
  names: (id: string) => boolean;
  copy: { documentId: number; similarity: number } | null;
  cveConflict: boolean;
  /** Why, in words; built only for the matches a decision reports. */
  reason: () => string;
}

export function scoreStory(
  doc: EventFeatures,
  docs: readonly EventFeatures[],
  storyId: number,
  rarityOf: (key: string) => number,
): StoryMatch {
  const mine = documentView(doc);
  const theirs = storyKeys(docs);
  let keyScore = 0;
  const specificIds: string[] = [];
  const strongIds: string[] = [];
  let sharedActor = false;
  const shared: [KeyKind, string][] = [];
  // A gang named as the actor and its ransomware named as the malware ("Hive") is one name, counted once.
  const counted = new Set<string>();
  const conflicting = conflicts(mine, theirs);
  const victimsDiffer = differentMainVictims(
    doc.victims,
    docs.map((other) => other.victims),
  );
  // Types are compared with the story's type (what most of its reports say), not with any one
  // report: one odd report does not open a story to every kind of event.
  const typed = docs.flatMap((other) => (other.type ? [{ type: other.type }] : []));
  const theirType = typed[0] ? storyType(typed, typed[0].type) : undefined;
  // Across two flaws or two victims of one campaign, what the campaign shares counts nothing.
  const idle = idleKinds({ doc, docs, theirs, conflicting, victimsDiffer, theirType });
  for (const [id, a] of mine.kinds) {
    const b = theirs.get(id);
    if (b === undefined) continue;
    const value = keyValue(id);
    if ((a === 'actor' || a === 'malware') && counted.has(value)) {
      shared.push([a, id]);
      continue;
    }
    counted.add(value);
    const heavier = keyKinds[a].weight >= keyKinds[b.kind].weight ? a : b.kind;
    const salientHere = mine.salient.has(id);
    const salientThere = b.salient;
    // Both headlines name it: what both reports are about. An organisation both headlines name is
    // their subject (the company in an outage, the vendor of a flaw), a name like any other.
    const titled = mine.titled.has(id) && b.titled;
    // A victim is a victim when both reports say so; named as the victim on one side only, it is
    // a name (the company one report says was hit, the other only cites).
    const oneSidedVictim = heavier === 'victim' && (a !== 'victim' || b.kind !== 'victim');
    const kind: KeyKind = (heavier === 'org' && titled) || oneSidedVictim ? 'name' : heavier;
    // A known organisation (a vendor, a security company) acts in many events: as a name it adds
    // weight, never specific evidence.
    const knownOrg = a === 'org' || b.kind === 'org';
    const salience = titled
      ? titleSalience
      : salientHere && salientThere
        ? 1
        : salientHere || salientThere
          ? 0.6
          : 0.3;
    const rare = rarityOf(id);
    if (!idle?.has(kind)) keyScore += keyKinds[kind].weight * salience * rare;
    // A name is specific when rare and what both reports are about; a victim or a CVE when either
    // names it so (older flaws both cite in passing are the product's record, not this event).
    if (
      !idle?.has(kind) &&
      specificKinds.has(kind) &&
      (kind !== 'name' || (!knownOrg && rare >= specificNameRarity && salientHere && salientThere)) &&
      (!salientOnly.has(kind) || salientHere || salientThere)
    ) {
      specificIds.push(id);
      if (kind !== 'name' && salientHere) strongIds.push(id);
    }
    if ((kind === 'actor' || kind === 'malware') && salientHere && salientThere) sharedActor = true;
    shared.push([kind, id]);
  }
  let topic = 0;
  let time = 0;
  let pointEvent = false;
  let copy: StoryMatch['copy'] = null;
  for (const other of docs) {
    topic = Math.max(topic, similarity(doc.topic, other.topic));
    // A takedown or an attack wave is over in days: its reports come within weeks, and the same
    // group's next police action or attack months later is another event.
    const point = doc.type === other.type && doc.type !== undefined && pointEvents.has(doc.type);
    if (point) pointEvent = true;
    time = Math.max(time, timeFactor(doc.published, other.published, point ? pointScale : yearScale));
    const s = similarity(doc.copy, other.copy);
    if (s >= copyThreshold && (!copy || s > copy.similarity))
      copy = { documentId: other.documentId, similarity: s };
  }
  const typeCost = typePenalty(doc.type, theirType);
  // Within a month one specific thing shared is enough; months later, one name alone (the same
  // victim hit again) is not: a follow-up restates more of the event (its figures, the actor both
  // name in their title or lead, or when it happened).
  // A report that calls its incident a second one recalls the first only to set itself apart.
  const recalls =
    time < monthFactor &&
    !doc.secondIncident &&
    recallsStory(
      doc.eventDates ?? [],
      docs.map((other) => other.published),
      docs.flatMap((other) => other.eventDates ?? []),
    );
  const specific =
    specificIds.length >= 1 &&
    specificIds.length + (sharedActor ? 1 : 0) + (recalls ? 1 : 0) >= (time >= monthFactor ? 1 : 2);
  // Each names one actor most, and they differ, or the report names actors but never the one the
  // story is about: two operations (one cloud-email intrusion by Storm-0558, another by Midnight
  // Blizzard, both at Microsoft).
  const theirMain = docs.flatMap((other) => (other.mainActor ? [other.mainActor] : []));
  const mineActors = mine.byKind.get('actor')?.all;
  const mainDiffers =
    theirMain.length > 0 &&
    ((!!doc.mainActor && !theirMain.includes(doc.mainActor)) ||
      (!!mineActors && mineActors.size > 0 && !theirMain.some((id) => mine.kinds.has(id))));
  const theirDates = docs.flatMap((other) => other.attackDates ?? []);
  const datesDiffer = differentAttacks(doc.attackDates ?? [], theirDates);
  const penalty =
    conflicting.reduce((sum, [, weight]) => sum + weight, 0) +
    typeCost +
    (datesDiffer ? attackDateConflict : 0) +
    (mainDiffers ? mainActorConflict : 0) +
    (victimsDiffer ? mainActorConflict : 0);
  // Keys of a long-running event keep half their weight however old the story (a revised count
  // months later); a takedown or an attack wave is over in days, and so are its keys.
  const keyTime = pointEvent ? time : 0.5 + 0.5 * time;
  let score = keyScore * keyTime + 4 * topic * time - penalty;
  // An actor or wording alone is not one event: with nothing specific shared, only reports of the
  // same kind of event, days apart, alike in wording and naming the same actor saliently may join.
  // A news report and a vendor's dissection of one attack share few words; both headlines naming
  // the same malware family, days apart, say what both are about.
  const titledMalware = shared.some(
    ([kind, id]) => kind === 'malware' && mine.titled.has(id) && (theirs.get(id)?.titled ?? false),
  );
  const alike = sharedActor && typeCost === 0 && time === 1 && (topic >= actorTopicFloor || titledMalware);
  // A launch, a talk or a threat report that names an incident's actor and CVE is not a report of
  // it, however much it shares: no incident and an incident never join (copies aside). Nor do
  // arrests, a takedown or sanctions and the attacks they answer: each is its own event.
  const typesApart = typeCost >= apartCost;
  const limited = ((!specific && !alike) || typesApart) && score >= joinThreshold;
  // A round-up and a report of one of its events are two stories; only copies join a round-up.
  const roundupApart = !copy && docs.every((other) => (other.roundup ?? false) !== (doc.roundup ?? false));
  if ((limited || roundupApart) && score >= joinThreshold) score = joinThreshold - 0.01;
  const reason = (): string =>
    [
      shared.length
        ? `shares ${shared.map(([kind, id]) => `${kind} ${keyValue(id)}`).join(', ')}`
        : 'no shared names',
      `text similarity ${topic.toFixed(2)}`,
      ...(time < 1 ? [`time factor ${time.toFixed(2)}`] : []),
      ...(typeCost > 0 ? [`incident types differ (${doc.type ?? '?'})`] : []),
      ...(datesDiffer ? ['different attack dates'] : []),
      ...(mainDiffers ? ['about different actors'] : []),
      ...(victimsDiffer ? ['about different victims'] : []),
      ...(limited && typesApart
        ? [
            doc.type === 'law-enforcement' || theirType === 'law-enforcement'
              ? 'a police action and the crime it ends are never one story'
              : 'no incident and an incident are never one story',
          ]
        : []),
      ...(limited && !typesApart
        ? ['nothing specific shared (an actor or wording alone is not one event)']
        : []),
      ...(roundupApart
        ? [doc.roundup ? 'a round-up joins only its copies' : 'a round-up of several events']
        : []),
      ...conflicting.map(([kind, weight]) =>
        kind === 'name'
          ? 'headlines name different subjects'
          : weight < keyKinds[kind].conflict
            ? `${kind} not named by the other side`
            : `different ${kind}s`,
      ),
    ].join('; ');
  return {
    storyId,
    score,
    specific,
    specificIds,
    strongIds,
    names: (id) => theirs.has(id),
    copy,
    cveConflict: conflicting.some(([kind]) => kind === 'cve'),
    reason,
  };
}

/** A long story's documents most like this one: its copies first, then the most recent. */
function closestDocuments(doc: EventFeatures, docs: readonly EventFeatures[]): EventFeatures[] {
  return docs
    .map((other) => ({ other, copy: similarity(doc.copy, other.copy) >= copyThreshold ? 1 : 0 }))
    .sort((a, b) => b.copy - a.copy || b.other.documentId - a.other.documentId)
    .slice(0, storyDocumentLimit)
    .map(({ other }) => other);
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
  for (const c of candidates) {
    const list = byStory.get(c.storyId);
    if (list) list.push(c.features);
    else byStory.set(c.storyId, [c.features]);
  }
  for (const [storyId, docs] of byStory)
    if (docs.length > storyDocumentLimit) byStory.set(storyId, closestDocuments(doc, docs));
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
        ? `new story: the closest, story ${closest.storyId}, scored ${closest.score.toFixed(2)} < ${joinThreshold} (${closest.reason()})`
        : 'new story: no earlier report shares a name, indicator or wording',
    };
  }
  // A bridge needs specific evidence with both stories, and independent evidence: a CVE, indicator,
  // victim or figure it shares with each that the other does not name (not the product, the vendor
  // or the actor both are about, and not a name: product names come in too many spellings).
  const [first, second] = matches;
  const independent = (a: StoryMatch, b: StoryMatch): boolean => a.strongIds.some((id) => !b.names(id));
  const bridged =
    matches.length === 2 &&
    first !== undefined &&
    second !== undefined &&
    matches.every((m) => m.score >= mergeThreshold && m.specific) &&
    independent(first, second) &&
    independent(second, first);
  const together = bridged ? matches.map((m) => m.storyId) : [best.storyId];
  const copy = best.copy && !best.cveConflict ? best.copy : null;
  const reason = copy
    ? `copy of document ${copy.documentId} (similarity ${copy.similarity.toFixed(2)}); ${best.reason()}`
    : best.reason();
  return {
    stories: [...new Set([Math.min(...together), ...together])],
    nearDuplicateOf: copy?.documentId ?? null,
    score: Math.round(best.score * 100) / 100,
    reason,
  };
}
