import type { ClaimField } from '../core/facts.js';

/**
 * What a count counts, read from the words of its clause: a number is an impact figure only when
 * its subject is harm done by the attack. Counts of police actions (arrests, servers seized,
 * accounts frozen), of a company's size (customers it serves, staff it employs) and counts said not
 * to be harmed ("organisations that were never breached") are not impact. Every pattern is a
 * literal alternation with bounded repetition, linear on any input.
 */

/** Law enforcement done to people: arrested, detained, questioned, charged… */
const policeOnPeople =
  /\b(?:arrest(?:s|ed|ing)?|detain(?:ed|ing)?|question(?:ed|ing)|interview(?:ed|s)|charged|indicted|extradit\w*|convicted|sentenced|apprehended|in custody|searched)\b/i;

/** Law enforcement done to infrastructure, data or money: seized, taken down, frozen… */
const policeOnThings =
  /\b(?:seiz(?:e[ds]?|ing|ure)|took down|taken down|taking down|dismantl\w*|sinkhol\w*|froze|frozen|freez(?:e|es|ing)|confiscat\w*|shut down by|took (?:\w+ ){0,3}out of action)\b/i;

/** What a takedown removed: "the takedown or disruption of more than 100 servers". */
const takedownOf = /\btakedowns? (?:or \w+ )?of (?:\w+ ){0,2}$/i;

/** Words of harm to the counted subject. */
export const impactCue =
  /\b(?:affect\w*|impact\w*|expos\w*|stol\w*|steal\w*|breach\w*|compromis\w*|notif\w*|leak\w*|accessed|infect\w*|ensnar\w*|hijack\w*|hacked|hit|target\w*|victim\w*|attack\w*|encrypt\w*|extort\w*|disrupt\w*|outage|knocked|crippl\w*|taken|downloaded|scraped|exfiltrat\w*|involved|deployed|ransom\w*)\b/i;

/** A company's size: who uses, relies on or buys from it, and whom it employs. */
const sizeCue =
  /\b(?:use[sd]?|using|rel(?:y|ies) on|existing|employ(?:s|ed|ing)?|serv(?:es|ed|ing)|headcount|staff of|grown to|grew to|customer base|user base|installed base|installed on|runs on|running on)\b/i;
/**
 * A verb of having right before the number: "has 14 million customers", "serves 200,000 firms",
 * "counts 600,000 businesses among its customers" (an analyst's "we count 14,212 devices" is a tally).
 */
const sizeVerbBefore =
  /\b(?:has|have|had|serves?|served|serving|operates?|operated|includes?|included|including|counts|boasts?)\s+$/i;

/** What would have happened, or was threatened or planned: "about two million people would have lost power". */
const hypothetical = /\b(?:would have|(?:threatened|planned|intended|set) to)\b/i;

/**
 * A sentence about what usually happens, not about this event ("demands have typically ranged
 * between $1 million and …"): no count in it is a figure (`claims.ts`).
 */
export const generic = /\b(?:typically|typical|on average|usually|median)\b/i;

/** Units that count staff: a head-count unless the clause says they were harmed. */
const staffUnit = /\b(?:employees|staff|workers|personnel)\b/i;

/** "never breached", "were not affected", "unaffected": the count is of those spared. */
const negated =
  /\b(?:(?:never|not|n['’]t|nor)(?: [\w-]+){0,2}? (?:affected|impacted|breached|compromised|hit|exposed|accessed|infected|stolen|targeted|hacked|involved|encrypted)|unaffected|unharmed)\b/i;

const people: ReadonlySet<ClaimField> = new Set(['people-affected', 'victims']);

/** Where a relative clause about something else begins: ", which …", ", who …". */
const relativeClause = /, (?:which|who|whose)\b/i;

/** Devices that could be attacked, not that were: "8,800 servers were running vulnerable versions". */
const exposedOnly =
  /\b(?:vulnerable|unpatched|exposed|internet-facing|reachable|susceptible|at risk|running (?:an? )?(?:affected|outdated|old|unsupported) (?:versions?|builds?|releases?))\b/i;
/** Records a dump, a file or a database holds, or that are offered for sale. */
const recordsHeld =
  /\b(?:holds?|held|contain(?:s|ed|ing)?|dump|dataset|database|trove|cache|archive|for sale|advertised|listed|offered|credentials)\b/i;
/** Words that say the devices themselves were harmed. */
const devicesHarmed =
  /\b(?:compromis\w*|infect\w*|hacked|backdoor\w*|breach\w*|encrypt\w*|hijack\w*|ensnar\w*|conscript\w*|taken over|implant\w*|exploited)\b/i;

/** Infrastructure of the attacker or the police is not a victim ("phishing sites", "C2 servers"). */
const attackerInfrastructure =
  /\b(?:phishing|malicious|fake|lookalike|spoofed|typosquat\w*|fraudulent|command(?:-and-control)?|C2|C&C|proxy|criminal)\b/i;

/**
 * Whether a count with this field is an impact figure, given its clause split at the number:
 * `before` (the clause up to the number), `unitWords` (the words up to and with the unit) and
 * `after` (the rest of the clause from the number on, unit included).
 * @example isImpact('people-affected', 'Police said ', ' people', ' people had been arrested') // false
 */
export function isImpact(field: ClaimField, before: string, unitWords: string, after: string): boolean {
  const clause = `${before}N${after}`;
  if (negated.test(after) || attackerInfrastructure.test(unitWords)) return false;
  // What police did is told of the count itself, not in a relative clause after it ("encrypting
  // 100 hosts, which took down the hotel systems").
  const own = `${before}N${after.slice(0, relativeClause.exec(after)?.index ?? after.length)}`;
  if (people.has(field) && policeOnPeople.test(own)) return false;
  if (policeOnThings.test(own) || takedownOf.test(before) || hypothetical.test(own)) return false;
  // Malware on a device is harm to it, whatever the verb ("the implant was installed on 500 routers").
  const harmed =
    impactCue.test(clause) ||
    devicesHarmed.test(clause) ||
    /\b(?:malware|malicious|implants?|web ?shells?)\b/i.test(clause);
  if (field === 'devices-compromised' && exposedOnly.test(clause) && !devicesHarmed.test(clause))
    return false;
  // Files, messages and documents are counted for many reasons; they are impact when harmed or
  // when they are what a dump or a stolen file holds.
  if (field === 'records-affected' && !harmed && !recordsHeld.test(clause)) return false;
  if (staffUnit.test(unitWords) && !harmed) return false;
  if (!harmed && (sizeCue.test(clause) || sizeVerbBefore.test(before))) return false;
  return true;
}
