import type { ClaimField } from '../core/facts.js';
import { stopsIn } from './text.js';

/**
 * What a date in a sentence dates. Cues are words of an event (attack, discovery, disclosure,
 * takedown) or `event-date` words that date something else: a source speaking ("said on Monday"),
 * a patch or a release (the fix, not the incident's disclosure), data being posted or offered, a lawsuit or bankruptcy filing, a third party's report. Every
 * pattern is a literal alternation, linear on any input.
 */
interface Cue {
  pattern: RegExp;
  kind: ClaimField;
  /** An event noun ("the intrusion"): a verb of another kind right before it governs the date. */
  noun?: boolean;
}

const cues: readonly Cue[] = [
  {
    // A flaw marked or listed as exploited: the listing's date (listed first: it wins over the verb).
    pattern: /(?<=\b(?:marked|flagged|listed|labell?ed|tagged) as (?:actively )?)exploited/gi,
    kind: 'event-date',
  },
  {
    // Attackers taking systems down attack them (listed first: it wins over the takedown below).
    pattern:
      /(?<=\b(?:ransomware|attacks?|attackers|hackers|gang|DDoS|malware|intruders?)(?: [\w-]+){0,2} )(?:took|taken|knocked|brought) (?:\w+ ){0,3}?(?:down|offline)/gi,
    kind: 'attack-date',
  },
  {
    pattern:
      /\b(?:seiz(?:e[ds]?|ing|ure)|action (?:days?|week)|operation(?: \w+){0,3}? (?:was |were )?(?:carried out|conducted|executed)|took down|taken down|dismantl\w*|arrest\w*|takedown|raid(?:s|ed)?|sanction\w*|charged|indicted|extradited|suspend(?:s|ed|ing)?|sinkhol\w*)\b/gi,
    kind: 'takedown-date',
  },
  {
    pattern:
      /\b(?:discover(?:ed|s|ing|y)?|detect(?:ed|s|ing)?|noticed|spotted|first (?:saw|seen|observed)|identified|found|determined(?! (?:attacker|adversar|actor|hacker))|learn(?:ed|t) of|became aware|picked up|alerted|(?<=\b(?:was|were|been|being) )(?:notified|informed|told|tipped off)|(?<!Bureau of )investigat(?:ed|ing|ion|es?))\b/gi,
    kind: 'discovery-date',
  },
  {
    pattern:
      /\b(?:disclos\w*|announc\w*|reveal\w*|(?<!\b(?:was|were|been|being) )notif\w*|filed|filing|publish(?:ed|es|ing)?|confirm\w*|made public|went public|public(?:ly)? (?:named|attributed)|(?:telling|told|informing|informed|alerting|warning|warned) (?:its |their )?(?:customers|clients|users|members|patients|regulators|investors|staff|employees))\b/gi,
    kind: 'disclosure-date',
  },
  {
    pattern:
      /\b(?:(?<!\b(?:restart|recovery|restoration|reopening|return|rebuild)(?: that| which)? )(?:began|begun|started)(?! (?:a |the |its )?(?:[\w-]+ )?(?:restart|recovery|restor|reopen|resum|rebuild|return to))|occurred|took place|hit|struck|encrypt\w*|stole|stolen|(?<!known )exploited|exploiting|attackers?|hackers?|intruders?|flood\w*|exfiltrat\w*|copied|broke into|break-in|defac(?:ed|ing|ement)|unauthori[sz]ed (?:part(?:y|ies)|actors?|third part(?:y|ies)|users?)|(?:bad|threat|malicious) actors?|tamper(?:ed|ing)|poison(?:ed|ing)|backdoored|injected|planted|(?:had|gained|got|obtained) (?:\w+ )?access|accessed)\b/gi,
    kind: 'attack-date',
  },
  {
    // "leak site" is a place, not a leak; "Known Exploited Vulnerabilities" is a catalogue.
    pattern:
      /\b(?:(?:cyber[- ]?)?attacks?|(?:cyber[- ]?)?attacked|cyber incident|breach(?:es|ed)?|intrusions?|hack(?:s|ed)?|compromis\w*|outages?|leak(?:s|ed)?(?! (?:site|blog|portal|page))|incident|exploitation|assaults?)\b/gi,
    kind: 'attack-date',
    noun: true,
  },
  {
    // A date of something said, posted, offered, filed in court, of a third party's write-up, of a
    // deadline or a hearing, or of the response (contained, restored, reopened).
    pattern:
      /\b(?:said|says|told|tells|stated|warned|reported|claim(?:ed|s|ing) (?:responsibility|credit)|took credit|posted|shared|advertised|offered|listed|naming|named|dumped|complaint|lawsuit|suit|court|bankruptcy|class actions?|catalog(?:ue)?|proof-of-concept|PoC|analysis|write-up|publications?|findings|account of|launched|patch\w*|fixed|fix(?:es)?|released|shipped|security updates|software updates|deadlines?|ultimatum|hearings?|testif(?:y|ied|ies)|sub-?committee|contained|containment|remediated|restored|restoration|resumed|reopened)\b/gi,
    kind: 'event-date',
  },
];

/** Contexts right before a date that make it a date of something else, whatever the cues say. */
const neutralLead =
  /(?:\b(?:since(?: at least)?|before|prior to|as of|update[ds]?|updated on|(?:data|records?|logs?|files?|dataset|database|information|metadata|emails?|backups?)(?: [\w-]+){0,3} (?:from|span(?:s|ning)?|covering|dat(?:ing|ed)(?: back)?(?: to| from)?|for))(?: (?:early|late|mid-?))?|\bUpdate \(?)\s*$/i;
/**
 * "exploited since at least October 2022": the onset of the attack its verb says; a brand that has
 * "struggled since" the breach is dated by nothing.
 */
const sinceLead =
  /\bsince(?: at least)?(?: (?:early|late|mid-?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?))?\s*$/i;
/** What has been going on since a date: systems down, sites unreachable, a target under attack. */
const ongoingImpact =
  /\b(?:ha(?:ve|s) been|(?:is|are) still|remain(?:s|ed)?) (?:\w+ )?(?:unavailable|unreachable|inaccessible|offline|down|disrupted|under attack|targeted|hit|encrypted)\b/i;
/** Verbs of a source speaking: they date the speaking, and govern no event noun after them. */
const reporting = /^(?:said|says|told|tells|stated|warned|reported)$/i;
/** A version's release ("Version 5.6.0 was published on"): when software shipped, not the event. */
const versionRelease =
  /\b(?:versions?|releases?|builds?|v)\s?\d+\.[\w.-]+(?: [\w-]+){0,3} (?:published|released|shipped|tagged|out)(?: on| in)?\s*$/i;
/** A press-release dateline ("AUSTIN, Texas, March 5, 2024 — …"). */
const datelineTail = /^ ?(?:--|[—–:])/;
/** A lawsuit, a bankruptcy, a regulator's fine or settlement: its date is not a disclosure of the incident. */
const court =
  /\b(?:complaint|lawsuit|suit|court|bankruptcy|class actions?|consent decree|settlement|settled|fined?|penalt(?:y|ies)|verdict|ruling)\b/i;
/** "confirmed on 10 February that its data had been acquired": the company finding out, not telling. */
const confirmedTaken =
  /^,? that (?:[\w'’-]+ ){0,5}?(?:had|has|have|was|were)(?: been)? (?:[\w-]+ )?(?:acquired|accessed|taken|stolen|exfiltrated|copied|compromised|viewed|obtained)\b/i;
/** Where the clause after a date ends (a period only where `stopsIn` says it ends a sentence). */
const clauseEnd = /[!?;\n]|\.(?=\s|$)|, (?:and|but|while|whereas|although|though)\b/g;
/** Where a new coordinated clause begins within a sentence. */
const clauseJoint = /, (?:and|but|while|whereas|although|though)\b|;/g;
/** Where a sentence ends. */
const sentenceEnd = /[!?;\n]|\.(?=\s)/g;
/** How far before a date its cue may be. */
const lookBack = 80;

/** How close a governing verb must sit before an event noun ("detected the intrusion"). */
const governs = 30;

interface Hit {
  at: number;
  end: number;
  cue: Cue;
}

function hits(text: string): Hit[] {
  return cues.flatMap((cue) =>
    [...text.matchAll(cue.pattern)].map((m) => ({ at: m.index, end: m.index + m[0].length, cue })),
  );
}

/**
 * A verb of another kind just before an event word governs it: "detected the intrusion", "listed
 * it as exploited since". A source speaking ("said it was attacked") governs nothing.
 */
function governing(h: Hit, word: Hit, lead: string): boolean {
  return (
    h.at < word.at &&
    !h.cue.noun &&
    h.cue.kind !== 'attack-date' &&
    word.at - h.end <= governs &&
    !reporting.test(lead.slice(h.at, h.end))
  );
}

/**
 * The kind of a date claim from its sentence: attack, discovery, disclosure or takedown; plain
 * `event-date` when the words around it do not say or say it dates something else (a byline, a
 * dateline, "since 2019", "as of July", "data from May", "said on Monday"). The nearest cue before
 * the date (up to 80 characters, within the sentence) wins, except that an event noun yields to a
 * verb of another kind just before it ("detected the intrusion on 26 March" is a discovery date);
 * else (unless `ahead` is false) the first cue in the rest of its clause, within 100 characters
 * ("On 30 January, Fortra detected …").
 * @example dateKind('The attack began on 21 February 2024.', 20, 36) // 'attack-date'
 */
export function dateKind(text: string, start: number, end: number, ahead = true): ClaimField {
  const head = text.slice(Math.max(0, start - lookBack), start);
  // The clause the date is in: "seized on 19 February, and on Tuesday the agencies confirmed" —
  // the seizure does not date Tuesday.
  const sentence = head.slice(stopsIn(head, sentenceEnd).at(-1)?.end ?? 0);
  const lead = sentence.slice([...sentence.matchAll(clauseJoint)].at(-1)?.index ?? 0);
  const after = text.slice(end, end + 100);
  const tail = after.slice(0, stopsIn(after, clauseEnd)[0]?.start ?? after.length);
  const before = hits(lead).sort((a, b) => b.at - a.at);
  if (sinceLead.test(lead)) {
    const onset = before[0];
    // "Since Monday 12 June, the agency's websites have been unavailable": an ongoing impact's onset.
    if (onset === undefined && ongoingImpact.test(tail)) return 'attack-date';
    if (onset?.cue.kind !== 'attack-date' || onset.cue.noun) return 'event-date';
    // Listed or patched as exploited since: the listing's date. Found exploited since: the onset.
    return before.some((h) => governing(h, onset, lead) && h.cue.kind === 'event-date')
      ? 'event-date'
      : 'attack-date';
  }
  if (neutralLead.test(lead) || versionRelease.test(lead) || datelineTail.test(tail)) return 'event-date';
  const nearest = before[0];
  if (nearest) {
    if (nearest.cue.kind === 'disclosure-date' && court.test(lead)) return 'event-date';
    if (/^confirm/i.test(lead.slice(nearest.at)) && confirmedTaken.test(tail)) return 'discovery-date';
    if (!nearest.cue.noun) return nearest.cue.kind;
    const verb = before.find((h) => governing(h, nearest, lead));
    return verb ? verb.cue.kind : nearest.cue.kind;
  }
  if (!ahead) return 'event-date';
  const first = hits(tail).sort((a, b) => a.at - b.at)[0];
  return first ? first.cue.kind : 'event-date';
}
