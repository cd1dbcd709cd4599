/**
 * Round-ups: a weekly digest or a morning brief reports several events at once ("Hive ransomware
 * dismantled, Riot Games extorted, GoTo backups stolen"). It is a story of its own: joined to one
 * of its events it would pull the others' names, figures and dates into that story, and it cannot
 * join all of them. Only its copies join it (`same-event.ts`).
 */

/** A clause that goes on with the one before: an aside ("not a cyber attack") or a bare verb ("crashed …"). */
const continuation = /^(?:not|no|but|then|which|who)\b|^\p{Ll}+ed\b/u;

/** Verbs that end a headline on who said it ("…, Microsoft and Poland warn"). */
const saidVerb =
  /^(?:say|says|said|warn|warns|warned|report|reports|reported|confirm|confirms|confirmed|find|finds|found|claim|claims|allege|alleges)$/;

/** The headline without its closing sources: they are who said it, not more events. */
function withoutSources(headline: string): string {
  const at = headline.lastIndexOf(', ');
  if (at < 0) return headline;
  const tail = headline
    .slice(at + 2)
    .trim()
    .split(/\s+/);
  return tail.length <= 5 && saidVerb.test(tail.at(-1) ?? '') ? headline.slice(0, at) : headline;
}

/** Words of a headline that announce a digest. */
const digestWords =
  /\b(?:round-?ups?|digest|recap|week in review|this week|weekly|in brief|briefs?|newsletter)\b/i;
/**
 * A clause names someone: a capitalised word that does not start the headline, not a short
 * acronym ("API keys and MFA details" lists things, not events).
 */
const namedClause = /(?:^|\s)(?!\p{Lu}{2,4}\b)(?:\d|\p{Lu})[\p{L}\p{N}&.'’-]+/u;

/**
 * True when the headline lists several events: three or more clauses of several words, two of them
 * naming someone, or a digest's name and a list.
 * @example isRoundup('Morning Brief, 27 January: Hive dismantled, Riot Games extorted, GoTo backups stolen') // true
 * @example isRoundup('MGM Resorts cyber attack: slot machines dark, room keys down, ALPHV claims credit') // false
 */
export function isRoundup(title: string): boolean {
  return roundupLead(title) !== undefined;
}

/**
 * The first event a round-up's headline lists (what leads the digest), or undefined when the
 * headline is not a round-up's.
 * @example roundupLead('Friday brief: a 3.8 Tbps DDoS record, Star Blizzard domains seized, Evil Corp meets LockBit') // 'a 3.8 Tbps DDoS record'
 */
export function roundupLead(title: string): string | undefined {
  const colon = title.indexOf(': ');
  const head = colon >= 0 ? title.slice(0, colon) : '';
  const list = withoutSources(colon >= 0 ? title.slice(colon + 2) : title);
  // A clause of one word is an item of a list ("Harmony, VLTrader and LexiCom"), not an event.
  // Nor is an aside or a predicate of the clause before it ("Faulty update, not a cyber attack,
  // crashed 8.5 million machines"): a listed event has its own subject.
  const clauses = list
    .split(/[,;] (?:and )?|,? and (?=\p{Lu})/u)
    .filter((c, i) => c.trim().split(/\s+/).length >= 2 && (i === 0 || !continuation.test(c.trim())));
  const named = clauses.filter((clause, i) =>
    namedClause.test(i === 0 && colon < 0 ? clause.replace(/^\S+/, '') : clause),
  );
  const roundup =
    (clauses.length >= 3 && named.length >= 2) || (digestWords.test(head || title) && clauses.length >= 2);
  return roundup ? clauses[0]?.trim() : undefined;
}
