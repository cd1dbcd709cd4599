/**
 * What keeps two reports apart although they share names: different CVEs, victims, actors or
 * headline subjects, incident types that cannot be one event, and attack dates months apart. Pure;
 * `same-event.ts` subtracts their costs from a match's score.
 */
import type { IncidentType } from '../core/facts.js';
import { dateSpan, spanGap } from './date-span.js';
import { keyKinds, type KeyKind } from './event-keys.js';
import type { KeyView, StoryKeys } from './key-view.js';

const day = 86_400_000;

/**
 * What no incident against an incident costs, and a police action against the crime it ends
 * (`same-event.ts` never joins either pair).
 */
export const apartCost = 3;

/**
 * What two reports' incident types cost a match: 0 when they can be one event. An advisory can be
 * about anything; a takedown of a group is not the group's campaign; a funding round, a launch or
 * conference notes are not the incident they mention.
 * @example typePenalty('law-enforcement', 'ransomware') // 3
 */
export function typePenalty(a: IncidentType | undefined, b: IncidentType | undefined): number {
  if (a === undefined || b === undefined || a === b || a === 'advisory' || b === 'advisory') return 0;
  if (a === 'not-an-incident' || b === 'not-an-incident') return apartCost;
  if (a === 'law-enforcement' || b === 'law-enforcement') return apartCost;
  return 0;
}

/** Two reports whose attack dates are this far apart describe different attacks. */
const attackDateGap = 60 * day;
/** What two different attack dates cost a match. */
export const attackDateConflict = 2;

/**
 * Both sides say when the attack happened, and no two of their dates are within two months: a
 * second incident at the same victim, not a follow-up (a follow-up restates the original date).
 * @example differentAttacks(['2019'], ['2024-04']) // true
 */
export function differentAttacks(a: readonly string[], b: readonly string[]): boolean {
  const spans = (list: readonly string[]) => list.map(dateSpan).filter((s) => s !== null);
  const x = spans(a);
  const y = spans(b);
  if (x.length === 0 || y.length === 0) return false;
  for (const a1 of x) for (const b1 of y) if (spanGap(a1, b1) <= attackDateGap) return false;
  return true;
}

/** A report dated within this of a story's time recalls it. */
const recallGap = 31 * day;
/** A story's first report may carry the next day's date (time zones, late updates). */
const reportSlack = 2 * day;
/** Dates vaguer than this (a year) say nothing about which event. */
const vagueSpan = 40 * day;

/**
 * The report says when its event happened or was found, and that is when the story's event was:
 * within a month of a date the story gives, or in the two months up to its first report. A follow-up months later
 * ("its August cyberattack cost $25 million") recalls the story; a second attack on the same
 * victim does not.
 * @example recallsStory(['2023-08'], [Date.UTC(2023, 7, 14)], []) // true
 */
export function recallsStory(
  dates: readonly string[],
  published: readonly (number | null)[],
  theirDates: readonly string[],
): boolean {
  const precise = (list: readonly string[]) =>
    list.map(dateSpan).filter((s): s is [number, number] => s !== null && s[1] - s[0] <= vagueSpan);
  const mine = precise(dates);
  if (mine.length === 0) return false;
  if (mine.some((a) => precise(theirDates).some((b) => spanGap(a, b) <= recallGap))) return true;
  // Or the story's first report came soon after it: an event is reported after it happens, so a
  // date after the story's first report is another event.
  const times = published.filter((t): t is number => t !== null);
  if (times.length === 0) return false;
  const first = Math.min(...times);
  return mine.some((a) => a[0] <= first + reportSlack && a[1] >= first - 2 * recallGap);
}

/**
 * Kinds where the two sides name different things: both name salient values and share no salient
 * one, or both name values, share none at all, and one side's is salient. A salient victim on one
 * side that the other never names costs half: an incident at a named victim is usually its own event.
 */
export function conflicts(mine: KeyView, theirs: StoryKeys): [KeyKind, number][] {
  const found: [KeyKind, number][] = [];
  for (const kind of conflictKinds) {
    const conflict = keyKinds[kind].conflict;
    const a = mine.byKind.get(kind);
    // Nothing of this kind on the report's side: only a victim can still conflict (the story's,
    // never named by the report), so the story's values of the other kinds are not gathered.
    if (!a && kind !== 'victim') continue;
    const b = theirs.ofKind(kind);
    const salientA = a?.salient.size ?? 0;
    const salientB = b?.salient.size ?? 0;
    // Victims are names: a report that names the other's victim at all (as the company, not as
    // the victim) is not about a different victim.
    const differ =
      kind === 'victim'
        ? a &&
          b &&
          salientA &&
          salientB &&
          !someNamed(a.all, (id) => theirs.has(id)) &&
          !someNamed(b.all, (id) => mine.kinds.has(id))
        : (a && b && salientA && salientB && !intersects(a.salient, b.salient)) ||
          (a && b && salientA + salientB > 0 && !intersects(a.all, b.all));
    if (differ) found.push([kind, conflict]);
    else if (
      kind === 'victim' &&
      (unnamed(a?.salient, (id) => theirs.has(id)) || unnamed(b?.salient, (id) => mine.kinds.has(id)))
    )
      found.push([kind, conflict / 2]);
  }
  if (differentSubjects(mine, theirs)) found.push(['name', subjectConflict]);
  return found;
}

/** What two reports whose headlines name different subjects cost a match. */
const subjectConflict = 1.5;

/**
 * Both headlines name someone or something (a company, a product, an operation) and neither side
 * mentions the other's anywhere: "Western Digital …" and "MGM Resorts …" are two stories even when
 * one gang hit both.
 */
function differentSubjects(mine: KeyView, theirs: StoryKeys): boolean {
  let mineNamed = false;
  for (const id of mine.titled) {
    if (!id.startsWith('name:')) continue;
    if (theirs.has(id)) return false;
    mineNamed = true;
  }
  if (!mineNamed) return false;
  let theirsNamed = false;
  for (const ids of theirs.titled())
    for (const id of ids) {
      if (!id.startsWith('name:')) continue;
      if (mine.kinds.has(id)) return false;
      theirsNamed = true;
    }
  return theirsNamed;
}

const conflictKinds = (Object.keys(keyKinds) as KeyKind[]).filter((kind) => keyKinds[kind].conflict > 0);

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const id of small) if (large.has(id)) return true;
  return false;
}

/** Does the other side name any of these ids? */
function someNamed(ids: ReadonlySet<string>, named: (id: string) => boolean): boolean {
  for (const id of ids) if (named(id)) return true;
  return false;
}

/** A non-empty set of ids none of which the other side names. */
function unnamed(ids: ReadonlySet<string> | undefined, named: (id: string) => boolean): boolean {
  return !!ids && ids.size > 0 && !someNamed(ids, named);
}

/** One organisation written shorter or longer ("MGM" and "MGM Resorts International"). */
const sameOrganisation = (a: string, b: string): boolean =>
  a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `);

/** How often a victim list names this organisation. */
const mentionsOf = (list: readonly (readonly [string, number])[], name: string): number =>
  list.reduce((sum, [victim, n]) => (sameOrganisation(victim, name) ? sum + n : sum), 0);

/** The victims several reports name, with their mentions summed, most named first. */
function rankVictims(
  lists: readonly (readonly (readonly [string, number])[] | undefined)[],
): [string, number][] {
  const counts = new Map<string, number>();
  for (const list of lists)
    for (const [victim, n] of list ?? []) counts.set(victim, (counts.get(victim) ?? 0) + n);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/**
 * Each side is about one victim, and names the other's only in passing (a third as often or
 * less): two incidents, however much else they share ("Caesars paid…", with MGM cited as the
 * other casino the same gang hit that week). A parent and its subsidiary, both named throughout
 * one report, are not in passing.
 * @example differentMainVictims([['caesars', 7], ['mgm resorts', 1]], [[['mgm resorts', 9], ['caesars', 2]]]) // true
 */
export function differentMainVictims(
  mine: readonly (readonly [string, number])[] | undefined,
  theirs: readonly (readonly (readonly [string, number])[] | undefined)[],
): boolean {
  const main = mine?.[0];
  if (!mine || !main || main[1] < 2) return false;
  const ranked = rankVictims(theirs);
  const top = ranked[0];
  if (!top || top[1] < 2 || sameOrganisation(main[0], top[0])) return false;
  return mentionsOf(mine, top[0]) * 3 <= main[1] && mentionsOf(ranked, main[0]) * 3 <= top[1];
}
