import { corroborationOf } from './corroboration.js';
import { dateSpan, spanGap } from './date-span.js';
import type { ClaimSet, ClaimValue, Dispute, StoryBundle, StoryDocument } from './types.js';

/**
 * Is this claim comparable across reports? Quantities and the dates of the attack, its discovery and
 * the takedown are; a disclosure date is when one source spoke (every report has its own), and an
 * untyped date may be a byline: neither is compared.
 */
function comparable(claim: StoryDocument['extraction']['claims'][number]): boolean {
  return claim.field !== 'event-date' && claim.field !== 'disclosure-date';
}

const tierRank = (tier: string): number => (/^T[1-4]$/.test(tier) ? Number(tier[1]) : 3);

/**
 * Do two normalised values say the same thing? Quantities compare with their qualifiers ("about
 * 100 million" = 100,000,000; "more than 190 million" agrees with 192.7 million; "about" allows
 * 2%: "about a million" and 962,884 are two counts); dates agree when one is a prefix of the other
 * ("2024-02" and "2024-02-19"). Two different days are a disagreement about the day, however close
 * (the seizure on the 19th, "on the 20th" in another report): analysts see both, with who said
 * which.
 */
export function compatible(a: ClaimValue, b: ClaimValue): boolean {
  if (a.unit !== b.unit) return false;
  if (typeof a.value === 'string' || typeof b.value === 'string') {
    const [x, y] = [String(a.value), String(b.value)];
    return x.startsWith(y) || y.startsWith(x);
  }
  return within(a, b.value) || within(b, a.value);
}

/** Is `value` consistent with what `claim` states (its number and qualifier)? */
function within(claim: ClaimValue, value: number): boolean {
  const n = claim.value as number;
  const q = claim.qualifier.toLowerCase();
  // A bound agrees with a figure just past it ("more than 190 million", 192.7 million); a figure far
  // past it is new information (more than 60 million, then 77 million: a revision).
  if (/^(?:over|more than|above|at least|exceeding|in excess of|upwards of)$/.test(q))
    return value >= n * 0.999 && value <= n * 1.1;
  if (/^(?:up to|under|less than|below|at most|nearly|almost)$/.test(q))
    return value <= n * 1.001 && value >= n * 0.9;
  if (/^(?:about|around|approximately|roughly|some|an estimated|estimated|close to|~)$/.test(q))
    return Math.abs(value - n) <= Math.abs(n) * 0.02;
  return value === n || Math.abs(value - n) <= Math.abs(n) * 1e-9;
}

/** Groups values so that each group's members are all compatible; first-seen order. */
function groupsOf(values: readonly ClaimValue[]): ClaimValue[][] {
  const groups: ClaimValue[][] = [];
  for (const value of values) {
    const group = groups.find((g) => g.every((member) => compatible(member, value)));
    if (group) group.push(value);
    else groups.push([value]);
  }
  return groups;
}

function claimValue(doc: StoryDocument, claim: StoryDocument['extraction']['claims'][number]): ClaimValue {
  return {
    value: claim.value,
    unit: claim.unit,
    qualifier: claim.qualifier,
    documentId: doc.id,
    documentUrl: doc.url,
    source: doc.source.name,
    tier: doc.source.tier,
    published: doc.published,
    evidence: claim.evidence.text,
  };
}

const revisionWords =
  /\b(?:revised|revises|revising|updated|updates|raised|rose|risen|increased|climbed|grew|now (?:says?|puts|estimates|stands)|latest|new (?:figure|estimate|count|tally))\b/i;

/** Does a later value supersede an earlier, different one? */
function supersedes(later: ClaimValue, earlier: ClaimValue): boolean {
  if ((later.published ?? '') <= (earlier.published ?? '') || !later.published) return false;
  if (tierRank(later.tier) < tierRank(earlier.tier)) return true;
  if (tierRank(later.tier) > tierRank(earlier.tier)) return false;
  const grew =
    typeof later.value === 'number' && typeof earlier.value === 'number' && later.value > earlier.value;
  return grew || revisionWords.test(later.evidence);
}

/**
 * A revision, not an error: the latest value supersedes every value it contradicts when it comes
 * from a more authoritative source, or from one as authoritative that reports a larger count or
 * says the figure was revised ("rose to", "updated"). Otherwise the sources disagree.
 */
function supersedingValue(groups: readonly ClaimValue[][]): ClaimValue | null {
  const all = groups.flat().sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''));
  const latest = all.at(-1);
  if (!latest) return null;
  const own = groups.find((g) => g.includes(latest)) ?? [];
  const rivals = all.filter((v) => !own.includes(v));
  return rivals.every((v) => supersedes(latest, v)) ? latest : null;
}

const day = 86_400_000;
/** Dates further apart than this are different moments of an event, not two accounts of one. */
const momentGap = 31 * day;

/** "December 2025" and "December 2023": one moment with the year misreported, a real disagreement. */
function sameDayOtherYear(a: string, b: string): boolean {
  return (
    a.length >= 7 && a.length === b.length && a.slice(4) === b.slice(4) && a.slice(0, 4) !== b.slice(0, 4)
  );
}

/**
 * Dates are compared only with dates of the same moment. "Attack" dates months apart are not a
 * disagreement about one day but different moments told as the attack (the campaign's first
 * intrusions, this victim's encryption, data stolen years before): the moment most reports name is
 * the one compared (ties: the one reported first); the others stay facts of their documents. The same month or day in
 * another year is the same moment misreported, and stays a disagreement.
 * Quantities are returned unchanged.
 */
export function sameMoment(values: readonly ClaimValue[]): ClaimValue[] {
  if (!values.every((v) => typeof v.value === 'string')) return [...values];
  const clusters: { values: ClaimValue[]; spans: [number, number][] }[] = [];
  for (const v of values) {
    const s = dateSpan(String(v.value));
    if (!s) continue;
    const near = clusters.find(
      (c) =>
        c.spans.some((other) => spanGap(other, s) <= momentGap) ||
        c.values.some((other) => sameDayOtherYear(String(other.value), String(v.value))),
    );
    if (near) {
      near.values.push(v);
      near.spans.push(s);
    } else clusters.push({ values: [v], spans: [s] });
  }
  const best = clusters.reduce<(typeof clusters)[number] | undefined>(
    (top, c) => (!top || c.values.length > top.values.length ? c : top),
    undefined,
  );
  return best ? best.values : [...values];
}

/**
 * Only like is compared with like: of one field's values, those in the unit most reports use
 * (ties: the one reported first). "73 million rows" and "49 million email addresses" of one dump are
 * two counts, not a disagreement; the other unit's values stay facts of their documents.
 */
export function sameUnit(values: readonly ClaimValue[]): ClaimValue[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v.unit, (counts.get(v.unit) ?? 0) + 1);
  let best: string | undefined;
  for (const [unit, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = unit;
  return values.filter((v) => v.unit === best);
}

/** A sentence giving the report's own count or a revised one, not a figure it cites. */
const ownCount =
  /\b(?:(?:I|we) (?:now )?(?:count(?:ed)?|see|saw|found|tallied|estimate[ds]?)|our (?:own )?(?:count|tally|estimate|figure)|(?:upward|downward) revision|together,? that is|has (?:since )?(?:risen|grown|climbed) to|now (?:stands|puts|totals))\b/i;

/**
 * Merges the story's claims per field: the values with who said them and when, whether sources
 * agree, disagree or a later/more authoritative report revised a figure, the value that stands and
 * how well it is corroborated. Within one document only the first value of a field counts (later
 * ones are usually context: earlier incidents, comparisons), unless a later one is the report's own
 * count or says it revises the figure.
 */
export function reconcileClaims(bundle: StoryBundle): ClaimSet[] {
  const byField = new Map<ClaimSet['field'], ClaimValue[]>();
  // A copy of a report says nothing its original does not: it is neither a value nor a source.
  for (const doc of bundle.documents.filter((d) => d.nearDuplicateOf === null)) {
    const own = new Map<ClaimSet['field'], StoryDocument['extraction']['claims'][number]>();
    for (const claim of doc.extraction.claims) {
      if (!comparable(claim)) continue;
      const first = own.get(claim.field);
      // The first value, unless a later one is the report's own count or its revision ("the forum
      // says more than 15,000 … I count 14,212"; "together that is 71.9 million, an upward revision").
      if (!first || (ownCount.test(claim.evidence.text) && !ownCount.test(first.evidence.text)))
        own.set(claim.field, claim);
    }
    for (const [field, claim] of own)
      byField.set(field, [...(byField.get(field) ?? []), claimValue(doc, claim)]);
  }
  const docsOf = (values: readonly ClaimValue[]): StoryDocument[] =>
    bundle.documents.filter((doc) => values.some((v) => v.documentId === doc.id));
  return [...byField].map(([field, all]) => {
    const values = sameUnit(sameMoment(all));
    const groups = groupsOf(values);
    const current = groups.length === 1 ? (values.at(-1) ?? null) : supersedingValue(groups);
    const standing = current ? (groups.find((g) => g.includes(current)) ?? []) : values;
    const status = groups.length === 1 ? 'agreed' : current ? 'revised' : 'disputed';
    return {
      field,
      status,
      values,
      current,
      corroboration: corroborationOf(docsOf(standing), bundle.documents),
    };
  });
}

/** The claim sets where sources do not agree, in the published JSON shape. */
export function disputesOf(claimSets: readonly ClaimSet[]): Dispute[] {
  return claimSets
    .filter((set): set is ClaimSet & { status: Dispute['status'] } => set.status !== 'agreed')
    .map((set) => ({
      field: set.field,
      status: set.status,
      current: set.current
        ? { value: set.current.value, source: set.current.source, published: set.current.published }
        : null,
      values: set.values.map(
        ({ value, unit, qualifier, documentUrl, source, tier, published, evidence }) => ({
          value,
          unit,
          qualifier,
          documentUrl,
          source,
          tier,
          published,
          evidence,
        }),
      ),
    }));
}
