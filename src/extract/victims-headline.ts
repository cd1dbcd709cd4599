/**
 * The victim a report is about, from its headline: news of an incident names the organisation hit
 * in its title ("Clorox pulls systems offline after…", "North Korean hackers breached JumpCloud…",
 * "Russian spies read Microsoft executives' emails…") and again in its body, often without any of
 * the sentence shapes `entities-org-patterns.ts` looks for. Precision first:
 *   - only for reports typed as an incident at an organisation, or as a campaign or a flaw whose
 *     headline says an organisation was hit ("SK Telecom confirms malware on…"); not a takedown,
 *     an advisory or a non-incident;
 *   - the body's full name for initials ("M&S": "Marks & Spencer");
 *   - the first name in the title that is a name (the body writes it with its capitals in mid
 *     sentence), not a place, an actor, a malware family, an agency, a security company or a vendor
 *     and not a product followed by its flaw ("GoAnywhere zero-day");
 *   - only one per report.
 */
import type { IncidentType, Organisation } from '../core/facts.js';
import { countryCode } from './countries.js';
import { orgRejects } from './entities-org-patterns.js';
import { escapeRegExp, sentenceLeadWords, stopsIn, type SentenceIndex } from './text.js';

/** Incident types whose headline names the organisation hit. */
const victimTypes: ReadonlySet<IncidentType> = new Set([
  'ransomware',
  'data-breach',
  'ddos',
  'supply-chain',
  'espionage',
  'phishing-fraud',
]);

/** A headline saying an organisation was hit (for campaign and flaw reports, which are often not). */
const hitCue =
  /\b(?:hit|hacked|breached|confirms? (?:malware|breach|attack|intrusion|data|hack)|says (?:hackers|attackers|intruders)|(?:employee|customer|patient|staff|user) data|data (?:may have been |was |were |is )?(?:stolen|exposed|taken|leaked)|(?:breach|intrusion|compromise|attack) (?:at|of|on)|test environment was accessed)\b/i;
const flawWords = /\b(?:zero-days?|0-days?|flaws?|bugs?|vulnerabilit(?:y|ies)|CVE-\d|patch(?:es|ed)?)\b/i;

/** A capitalised word (or one led by digits or in camel case: "3CX", "23andMe", "loanDepot"); runs of them, "of"/"&" inside, are one name. */
const nameRun =
  /(?<![\p{L}\p{N}_])(?:\d|\p{Lu}|\p{Ll}+\p{Lu})[\p{L}\p{N}&.’'-]*(?: (?:of |and |& )?(?:\d|\p{Lu})[\p{L}\p{N}&.’'-]*)*/gu;
/** The text up to its first sentence end (not the period of "Mr." or "Inc."). */
const firstSentence = (text: string): string =>
  text.slice(0, stopsIn(text, /\.(?=\s)/g)[0]?.start ?? text.length);
/** What follows a product, not a victim: its devices, its flaw or its update. */
const productAfter =
  /^ (?:configs?|configurations?|devices?|firewalls?|appliances?|servers?|routers?|gateways?|VPNs?|products?|instances|installations|builds?|firmware|intrusions|compromises|exploitation)\b/i;
const flawAfter =
  /^(?:['’]s)? (?:zero-days?|0-days?|flaws?|bugs?|vulnerabilit(?:y|ies)|exploits?|patch(?:es)?|CVE-\d)/i;
/** Words a headline capitalises that are never the organisation hit. */
const notNames = new Set(
  `a an the on in at by for from with as of and but or how why what when who after before new how
  this that these those it its they we our their inside report exclusive update analysis breaking
  hackers hacker attackers spies police researchers officials experts authorities morning evening
  brief briefing roundup digest recap newsletter notes weekly daily review week what which whose
  most many some several few all both every ddos dos vpn vpns ssl tls api apis ci mfa sso
  mps ceo ceos cfo ciso cisos it ot ai llm sms january february
  march april may june july august september october november december monday tuesday wednesday
  thursday friday saturday sunday`.split(/\s+/),
);

/** A quantity with its unit ("3.8 Tbps", "£300m", "1.5TB"), not a name led by digits ("3CX", "23andMe"). */
const quantity =
  /^[\d.,]+ ?(?:[kmb]n?|tb|gb|mb|kb|tbps|gbps|mbps|[mk]?pps|[mk]?rps|million|billion|thousand|%)?$/i;

/** A reporting verb that ends a headline ("…, Google warns", "…, Mandiant says"). */
const attribution = /^ (?:warns|says|said|reports|finds|claims|alleges|believes|suspects)\W*$/i;

/** An advisory's or a bulletin's identifier: capitals and digits joined by hyphens, with a digit. */
const identifier = /^(?=[^ ]*\d)[\p{Lu}\d]+(?:[-:.][\p{Lu}\d]+)+$/u;

const productWords = new Set(
  'app apps desktop client clients server servers software platform portal cloud suite update updates'.split(
    ' ',
  ),
);

/** Leading and trailing words of a run that are places or generic ("US State Department" → "State Department"). */
function trimRun(run: string): string {
  // A possessive ends the name: what follows is its thing ("T-Mobile's 37 million accounts").
  const possessive = /^(.*?\p{L}['’]s?)(?= )/u.exec(run)?.[1] ?? run;
  const words = possessive
    .replace(/['’]s?$/, '')
    .split(' ')
    // Punctuation ends a word, a period only the last ("Mr. Cooper" keeps its own).
    .map((w, k, all) => w.replace(k === all.length - 1 ? /(?<![.:,;])[.:,;]+$/ : /(?<![:,;])[:,;]+$/, ''));
  let i = 0;
  let j = words.length;
  const drop = (w: string | undefined): boolean =>
    w === undefined ||
    notNames.has(w.toLowerCase()) ||
    countryCode(w) !== undefined ||
    countryCode(w.replace(/-(?:based|linked|backed|nexus)$/i, '')) !== undefined;
  while (i < j && drop(words[i])) i++;
  // A product's words after the company ("3CX Desktop App") name what was hit, not who.
  while (j > i + 1 && productWords.has(words[j - 1]?.toLowerCase() ?? '')) j--;
  while (j > i && (drop(words[j - 1]) || /^(?:of|and|&|[\d.,]+)$/.test(words[j - 1] ?? ''))) j--;
  return words.slice(i, j).join(' ');
}

/**
 * The body writes the name, as a whole name (not a word of a longer one: "Review" in "Safety Review
 * Board"), with its capitals somewhere other than a sentence's first word.
 */
function namedInBody(name: string, body: string): number {
  const escaped = escapeRegExp(name);
  // A capitalised word before it makes it part of a longer name, unless that word is a sentence's
  // determiner or preposition ("The Co-op said").
  const whole = new RegExp(
    `(?<![\\p{L}\\p{N}_]|(?<![\\p{L}\\p{N}_])(?!(?:${sentenceLeadWords})\\s)\\p{Lu}[\\p{L}\\p{N}]* )${escaped}(?![\\p{L}\\p{N}_]| \\p{Lu})`,
    'gu',
  );
  let first = -1;
  let initial = 0;
  for (const m of body.matchAll(whole)) {
    const before = body.slice(Math.max(0, m.index - 3), m.index);
    if (m.index > 0 && !/(?:^|[.!?:\n"“]\s?)$/.test(before)) return m.index;
    // A sentence's first word counts when it is plainly a name: digits, inner capitals, several words.
    if (/[\d\s&]|\p{Ll}\p{Lu}/u.test(name)) return m.index;
    if (first < 0) first = m.index;
    initial++;
  }
  // Or when sentences start with it twice and the body never writes it in lower case ("Clorox said…").
  const lower = new RegExp(`(?<![\\p{L}\\p{N}_])${escaped.toLowerCase()}(?![\\p{L}\\p{N}_])`, 'u');
  return initial >= 2 && !lower.test(body) ? first : -1;
}

/** Small words a name's initials skip ("Caja Costarricense de Seguro Social" is CCSS). */
const unInitialled = new Set(['of', 'and', '&', 'de', 'del', 'la', 'the', 'für', 'for']);

/**
 * The full name a headline's initials stand for, when the body writes it: "M&S" for "Marks &
 * Spencer", "HPE" for "Hewlett Packard Enterprise". One organisation, one name across reports.
 */
function expansion(name: string, body: string): { name: string; at: number } | undefined {
  const letters = name.replace(/&/g, '');
  if (!/^\p{Lu}{2,6}$/u.test(letters)) return undefined;
  for (const m of body.matchAll(nameRun)) {
    const words = m[0].split(' ');
    // The run may start with a sentence's first word: try each start ("Today Marks & Spencer…").
    for (let i = 0; i < words.length; i++) {
      const initials = words
        .slice(i)
        .filter((w) => !unInitialled.has(w.toLowerCase()))
        .map((w) => w[0])
        .join('');
      if (initials !== letters) continue;
      const full = words.slice(i).join(' ');
      return { name: full, at: m.index + m[0].length - full.length };
    }
  }
  return undefined;
}

/** Words that lengthen an organisation's name ("… Insurance Companies", "… Health System"). */
const orgWords =
  /Companies|Company|Group|Inc\.?|Corp\.?|Corporation|Holdings|Insurance|Bank|Health|Healthcare|Systems?|Services|International|Global|Department|Office|Agency|Authority|Council|University|Hospital|Trust|Fund|Foundation|Partners|Industries|Resorts|Entertainment|Labs?|Technologies/;

/**
 * The name as the body writes it: whole, longer by the words that follow it there, or the longest
 * start of it the body names (-1: none).
 */
function bodyForm(name: string, body: string): [string, number] {
  // Or the body writes it longer ("Philadelphia Insurance Companies" for "Philadelphia Insurance").
  if (namedInBody(name, body) < 0) {
    const escaped = escapeRegExp(name);
    const longer = new RegExp(`(?<![\\p{L}\\p{N}_])${escaped}(?: (?:${orgWords.source})){1,3}\\b`, 'gu');
    for (const m of body.matchAll(longer)) {
      const at = namedInBody(m[0], body);
      if (at >= 0) return [m[0], at];
    }
  }
  const words = name.split(' ');
  for (let n = words.length; n >= 1; n--) {
    const part = words.slice(0, n).join(' ');
    if (n < words.length && (notNames.has(part.toLowerCase()) || !/\p{L}.*\p{L}/u.test(part))) continue;
    const at = namedInBody(part, body);
    if (at >= 0) return [part, at];
  }
  return [name, -1];
}

export interface HeadlineContext {
  title: string;
  text: string;
  type: IncidentType;
  index: SentenceIndex;
  /** Organisations already found, with their roles. */
  organisations: readonly Organisation[];
  /** True for a name of a known actor or malware family. */
  isActorOrMalware: (name: string) => boolean;
}

/**
 * @example headlineVictim({ title: 'Clorox pulls systems offline after intrusion', text: 'On Monday Clorox said…', type: 'data-breach', … })?.name // 'Clorox'
 */
export function headlineVictim(ctx: HeadlineContext): Organisation | undefined {
  const { title, text, type } = ctx;
  // A headline is one sentence; a first line standing in for a missing title may be several.
  const headline = firstSentence(title);
  // A campaign or an exploited flaw has a victim when the headline says an organisation was hit.
  const hitTypes = type === 'malware-campaign' || type === 'vulnerability-exploitation';
  if (!victimTypes.has(type) && !(hitTypes && hitCue.test(headline))) return undefined;
  const flawHeadline = flawWords.test(headline);
  const known = new Map(ctx.organisations.map((o) => [o.name.toLowerCase(), o.role]));
  const vendors = ctx.organisations.filter((o) => o.role !== 'victim').map((o) => o.name.toLowerCase());
  const victims = ctx.organisations.filter((o) => o.role === 'victim').map((o) => o.name.toLowerCase());
  for (const m of headline.matchAll(nameRun)) {
    // A police or military operation's name ("Operation Cronos") is no organisation.
    if (/^Operation /.test(m[0])) continue;
    // A version ("XZ Utils 5.6.0", "Juniper's 10.0") makes it a product, not who was hit.
    if (/(?:^| )\d+(?:\.\d+)+(?: |$)/.test(m[0])) continue;
    const name = trimRun(firstSentence(m[0]));
    // A name has two letters ("M&S" has), is not a place, a quantity or a list ("ASA and FTD").
    // Nor a document's identifier ("CWA-2025-004", "AA24-038A").
    if (
      !/\p{L}.*\p{L}/u.test(name) ||
      quantity.test(name) ||
      identifier.test(name) ||
      countryCode(name) !== undefined ||
      / (?:and|&) /.test(name)
    )
      continue;
    const lower = name.toLowerCase();
    const role = known.get(lower);
    // Found already, unless the headline writes a fuller name ("CDK Global" for "CDK"): that one stands.
    if (
      role === 'victim' ||
      victims.some((v) => v.includes(lower) || (lower.includes(v) && !lower.startsWith(`${v} `)))
    )
      return undefined;
    // Agencies and security companies report incidents; a vendor can be the one hit ("Microsoft
    // executives' email read"), not its product ("Cisco ASA": a vendor's name and more).
    if ((role !== undefined && role !== 'vendor') || orgRejects.has(name) || ctx.isActorOrMalware(name))
      continue;
    if (vendors.some((v) => lower.startsWith(`${v} `))) continue;
    // A vendor in a headline about a flaw is the one fixing it.
    if (hitTypes && flawHeadline && role === 'vendor') continue;
    const after = headline.slice(m.index + m[0].length);
    if (flawAfter.test(after) || productAfter.test(after)) continue;
    // "…, Google warns": the source a headline ends on, not the organisation hit.
    if (/,\s*$/.test(headline.slice(0, m.index)) && attribution.test(after)) continue;
    // The body may write only the start of a longer headline name ("PowerSchool" of "PowerSchool SIS").
    const [named, at] = bodyForm(name, text);
    if (at < 0) continue;
    if (
      named !== name &&
      (known.has(named.toLowerCase()) || orgRejects.has(named) || ctx.isActorOrMalware(named))
    )
      continue;
    const next = text.slice(at + named.length);
    if (flawAfter.test(next) || productAfter.test(next)) continue;
    const full = expansion(named, text);
    if (full)
      return {
        name: full.name,
        role: 'victim',
        confidence: 'medium',
        evidence: ctx.index.evidence(full.at, full.at + full.name.length),
      };
    return {
      name: named,
      role: 'victim',
      confidence: 'medium',
      evidence: ctx.index.evidence(at, at + named.length),
    };
  }
  return undefined;
}
