import type { ClaimField, Confidence } from '../core/facts.js';

/**
 * The vocabulary of `claims.ts`: number phrases, the units that follow them, money cues and date
 * expressions. Every pattern is a literal alternation with bounded repetition, linear on any input.
 */

export const numberWords: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  b: 1e9,
  bn: 1e9,
  tn: 1e12,
  // vague plurals: "tens of thousands" is at least 10 × 1,000
  tens: 10,
  dozens: 12,
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
};

export const qualifiers: Readonly<Record<string, string>> = {
  'more than': 'over',
  over: 'over',
  'at least': 'over',
  exceeding: 'over',
  exceeded: 'over',
  'in excess of': 'over',
  'upwards of': 'over',
  about: 'about',
  around: 'about',
  approximately: 'about',
  nearly: 'about',
  roughly: 'about',
  almost: 'about',
  'an estimated': 'about',
  some: 'about',
  'up to': 'up to',
  'as many as': 'up to',
  'as much as': 'up to',
  'fewer than': 'up to',
  'less than': 'up to',
  'no more than': 'up to',
  under: 'up to',
};

const small = String.raw`one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety`;

/**
 * One number phrase: qualifier, currency, numeral or number word, scale words, "+". Groups:
 * qual, cur, num, vague (tens|hundreds… "of"), s1/s2 (scale words), abbr (k|m|bn…), plus.
 */
export const numberPhrase = new RegExp(
  String.raw`(?<![\w.,$€£-])(?:(?<qual>more than|over|at least|exceed(?:ing|ed)|in excess of|upwards of|about|around|approximately|nearly|roughly|almost|an estimated|some|up to|as many as|as much as|fewer than|less than|no more than|under) )?` +
    String.raw`(?<cur>US\$|[$£€]|(?:USD|EUR|GBP) ?)?` +
    String.raw`(?:(?<vague>tens|dozens|hundreds|thousands|millions|billions) of(?: (?<vs>thousands|millions|billions) of)?` +
    String.raw`|(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|${small}|an?(?= (?:dozen|hundred|thousand|million|billion|trillion)\b))` +
    String.raw`(?:(?<abbr>[bkm]|mn|bn|tn)\b|[ -](?<s1>dozen|hundred|thousand|million|billion|trillion)(?: (?<s2>thousand|million|billion))?\b)?)` +
    String.raw`(?<plus>\+)?(?![\w%]|[.,]\d)`,
  'gi',
);

/** A word right before a number that makes it an identifier, not a quantity ("version 10.4"). */
export const notAQuantity =
  /(?:\b(?:version|v|release|build|CVSS|score|ports?|TCP|UDP|step|section|rule|page|No\.|number|ID|CWE|Windows|iOS|Android|Gen|generation|according to(?: the)?)|[#§])\s?$/i;

/**
 * What a company has, not what it lost: "which says it covers roughly 50 million people", "serves an
 * estimated 24 million subscribers", "has 40 million customers" (a leak that "covers" 5 million
 * account holders is what was lost).
 */
export const customerBase =
  /\b(?:serves|serving|served|it covers|insures|insuring|has|have|boasts|employs|employing)(?: (?:some|about|around|roughly|nearly|almost|over|more than|an estimated|approximately))?\s$/i;

/**
 * A product's name before a number: "Microsoft 365 accounts", "Windows 11 hosts". A capitalised
 * word (not a sentence's first) right before a bare integer names a product or version.
 */
export const productNumber = /(?<![.!?:]\s|^)\b\p{Lu}[\p{L}\d-]* $/u;

/**
 * Another event's figure, cited for comparison ("eclipsing the 3.8 Tbps flood", "larger than the
 * previous record of 3.47 Tbps"), or a threshold ("attacks above one terabit per second").
 */
export const comparisonBefore =
  /\b(?:eclips\w*|surpass\w*|beat(?:s|ing)?|topp(?:ed|ing)|tops|dwarf\w*|outstripp\w*|previous(?: public)?(?: record| high| peak)?(?: of)?|prior record(?: of)?|record of|larger than|bigger than|greater than|compared (?:with|to)|(?:attacks|those|floods|ones) (?:above|exceeding|over|larger than|greater than))(?: the| a| an)?(?: \w+)?\s+$/i;

/** "N of the …", "N of those …": the count is of the noun that follows (determiner and possessor skipped). */
export const partitive =
  /^ of (?:the|those|these|its|their|our)(?: [\w-]+['’]s)?(?: (?:roughly|about|some|nearly|around|approximately))?(?: \d[\d,.]*(?: (?:thousand|million|billion))?)?(?= )/i;

/** A number that is the whole of a partitive ("30 of the institution's 1,500 servers"): not a count of harm. */
export const wholeOfPart = new RegExp(
  String.raw`(?:\b\d[\d,.]*|\b(?:${small}))(?: (?:thousand|million|billion))? of (?:the|those|these|its|their|our)(?: [\w-]+['’]s)? $`,
  'i',
);

export interface UnitRule {
  field: ClaimField;
  unit: string;
  /** Multiplies the parsed value, e.g. Gbps → Tbps. */
  factor: number;
  /** Matched against the text right after the number phrase. */
  regex: RegExp;
  /** Context in the sentence that raises confidence to high. */
  strong?: RegExp;
  /** When true the unit word is part of the evidence span ("31.4 Tbps"). */
  spanUnit?: boolean;
}

const compromised =
  /\b(?:compromis\w*|infect\w*|ensnar\w*|hijack\w*|enslav\w*|botnets?|hacked|conscript\w*|recruit\w*)\b/i;
const affected =
  /\b(?:affect\w*|impact\w*|expos\w*|stol\w*|steal\w*|breach\w*|compromis\w*|notif\w*|leak\w*|accessed)\b/i;

export const unitRules: readonly UnitRule[] = [
  {
    field: 'attack-bandwidth',
    unit: 'Tbps',
    factor: 1,
    regex: /^[ -]?(?:Tbps|Tb\/s|terabits?[ -]per[ -]second)\b/,
    spanUnit: true,
  },
  {
    field: 'attack-bandwidth',
    unit: 'Tbps',
    factor: 1e-3,
    regex: /^[ -]?(?:Gbps|Gb\/s|gigabits?[ -]per[ -]second)\b/,
    spanUnit: true,
  },
  { field: 'attack-rate', unit: 'rps', factor: 1e6, regex: /^ ?(?:Mrps|M rps)\b/, spanUnit: true },
  {
    field: 'attack-rate',
    unit: 'rps',
    factor: 1,
    regex: /^ ?(?:rps|RPS|(?:HTTP )?requests per second|requests\/s)\b/,
    spanUnit: true,
  },
  { field: 'attack-rate', unit: 'pps', factor: 1e9, regex: /^ ?Bpps\b/, spanUnit: true },
  { field: 'attack-rate', unit: 'pps', factor: 1e6, regex: /^ ?Mpps\b/, spanUnit: true },
  { field: 'attack-rate', unit: 'pps', factor: 1, regex: /^ ?(?:pps|packets per second)\b/, spanUnit: true },
  { field: 'attack-commands', unit: 'commands', factor: 1, regex: /^(?: [\w&'’-]+){0,2}? commands\b/ },
  {
    field: 'devices-compromised',
    unit: 'devices',
    factor: 1,
    // Not a rate ("5,500 source IP addresses per second").
    regex:
      /^(?: [\w&'’-]+){0,3}? (?:devices|hosts|routers|firewalls|cameras|webcams|DVRs|machines|endpoints|servers|computers|nodes|bots|IP addresses|appliances|hypervisors|virtual machines|VMs)\b(?!(?: [\w-]+){0,2} (?:per|each|every|a) second)/,
    strong: compromised,
  },
  {
    field: 'records-affected',
    unit: 'records',
    factor: 1,
    regex: /^(?: [\w&'’-]+){0,3}? (?:records|rows|entries|credentials|emails|messages|files|documents)\b/,
    strong: affected,
  },
  {
    // Addresses are not rows: "73 million rows" and "49 million unique email addresses" in one dump
    // are two counts, never a disagreement.
    field: 'records-affected',
    unit: 'email addresses',
    factor: 1,
    regex: /^(?: [\w&'’-]+){0,3}? email addresses\b/,
    strong: affected,
  },
  {
    field: 'people-affected',
    unit: 'people',
    factor: 1,
    regex:
      /^(?: [\w&'’-]+){0,3}? (?:people|individuals|persons|customers|users|patients|members|employees|students|pupils|teachers|children|passengers|guests|travell?ers|voters|taxpayers|policyholders|beneficiaries|donors|shoppers|applicants|borrowers|subscribers|citizens|Americans|residents|consumers|clients|accounts|account holders)\b/,
    strong: affected,
  },
  {
    field: 'victims',
    unit: 'victims',
    factor: 1,
    regex:
      /^(?: [\w&'’-]+){0,2}? (?:victims|companies|organi[sz]ations|businesses|entities|firms|hospitals|clinics|schools|agencies|institutions|municipalities|councils|enterprises|banks|universities|retailers|dealerships|websites|sites|intrusions)\b/,
    strong: /\b(?:victim\w*|target\w*|hit|attack\w*|breach\w*|compromis\w*|affect\w*|impact\w*|extort\w*)\b/i,
  },
];

export const currencyAfter =
  /^ (?:of )?(?<code>USD|EUR|GBP|US dollars|Australian dollars|Canadian dollars|Swiss francs|dollars|euros|pounds|won|KRW|yen|JPY|yuan|CNY|rupees|INR|francs|CHF|AUD|CAD)\b/;

export const currencyCodes: Readonly<Record<string, string>> = {
  $: 'USD',
  US$: 'USD',
  USD: 'USD',
  'US dollars': 'USD',
  dollars: 'USD',
  '€': 'EUR',
  EUR: 'EUR',
  euros: 'EUR',
  '£': 'GBP',
  GBP: 'GBP',
  pounds: 'GBP',
  won: 'KRW',
  KRW: 'KRW',
  yen: 'JPY',
  JPY: 'JPY',
  yuan: 'CNY',
  CNY: 'CNY',
  rupees: 'INR',
  INR: 'INR',
  'Swiss francs': 'CHF',
  francs: 'CHF',
  CHF: 'CHF',
  AUD: 'AUD',
  'Australian dollars': 'AUD',
  CAD: 'CAD',
  'Canadian dollars': 'CAD',
};

/**
 * Money cues near an amount: the nearest one before it in the sentence, else the first after it.
 * "stealing $1.5 billion" is a loss; "info-stealing malware sold for $200" is not.
 */
export const moneyCue =
  /\b(?:(?<none>seiz(?:e[ds]?|ing|ure)|confiscat\w*|froze|frozen|raised|raising|funding|Series [A-F]|valuation|revenue|sales|invest(?:ed|ment|ors?)|launder\w*|mixer|acquisition|acquired|asking price|price[ds]?|sold|selling|for sale|bounty|reward)|(?<paid>paid|pays?|payments?|(?<=ransom )proceeds|collected|received|extorted|settled for|handed over|(?:moved|sent|transferred) (?:in)?to (?:a |the )?(?:[\w-]+ )?wallet)|(?<demand>demand\w*|asked|asking|sought|seeking|unless (?:[\w'’-]+ ){0,4}?(?:pays?|paid|hands? over))|(?<loss>loss(?:es)?|lost|costs?|costing|damages?|(?<!-)steal(?:s|ing)?|stole|stolen|thefts?|fraud|scammed|drained|siphon(?:ed|ing)|heist|fined|fines?|penalt(?:y|ies)|settlement))\b/gi;
/** The word ransom (not "ransomware") or extortion: an amount with no other cue is a demand. */
export const ransomWord = /\b(?:ransoms?|ransomed|extort\w*)\b/i;
/**
 * Ransom in any form, ransomware included, or money paid to the attackers ("paid a member of the
 * crew to delete its copy"): a payment near it is a ransom payment.
 */
export const ransomContext =
  /\b(?:ransom\w*|extort\w*|paid (?:[\w-]+ ){0,5}?(?:hackers?|attackers?|crew|gang|thie(?:f|ves)|criminals?|extortionists?))\b/i;
/** Pay for work done (a gang paying its coder): wages, not a ransom. */
export const wages =
  /\b(?:for (?:the|his|her|their) (?:work|efforts|services|coding|development|code)|salar(?:y|ies)|wages?|compensat\w*|commissions?)\b/i;
/** A ransom payment said not to have happened: the amount is what was demanded. */
export const paymentAverted =
  /\b(?:prevent\w*|avert\w*|avoid\w*|spar(?:e|ed|ing)|sav(?:ed|ings)|never (?:had to be )?(?:made|paid))\b/i;

export const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const month = String.raw`(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const day = String.raw`(?<day>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?`;
const year = String.raw`(?<year>(?:19|20)\d{2})`;

export interface DateRule {
  key: string;
  regex: RegExp;
  confidence: Confidence;
}

/** Absolute dates, most specific first; a later rule never re-reads text an earlier one took. */
export const dateRules: readonly DateRule[] = [
  {
    // "from 27 to 29 May 2024", "16-20 October": the range's first day; its month and year are the end's.
    key: 'day-range',
    regex: new RegExp(
      String.raw`\b${day} ?(?:to|and|until|through|[-–]) ?(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)? (?:of )?${month}(?:,? ${year})?\b`,
      'g',
    ),
    confidence: 'medium',
  },
  {
    key: 'iso',
    regex: new RegExp(String.raw`\b${year}-(?<mm>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\d|3[01])\b`, 'g'),
    confidence: 'high',
  },
  {
    key: 'day-month-year',
    regex: new RegExp(String.raw`\b${day} (?:of )?${month},? ${year}\b`, 'g'),
    confidence: 'high',
  },
  {
    key: 'month-day-year',
    regex: new RegExp(String.raw`\b${month} ${day},? ${year}\b`, 'g'),
    confidence: 'high',
  },
  { key: 'month-year', regex: new RegExp(String.raw`\b${month},? ${year}\b`, 'g'), confidence: 'medium' },
  { key: 'month-day', regex: new RegExp(String.raw`\b${month} ${day}\b(?!,? \d)`, 'g'), confidence: 'low' },
  { key: 'day-month', regex: new RegExp(String.raw`\b${day} ${month}\b(?!,? \d)`, 'g'), confidence: 'low' },
  {
    key: 'month',
    regex: new RegExp(
      String.raw`(?<=\b(?:in|since|during|until|between|from|early|late|mid-?) )${month}\b(?!,? \d)`,
      'g',
    ),
    confidence: 'low',
  },
];

export const weekdays = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/** Relative expressions, resolved against the document's publication date. */
export const relativeDate =
  /\b(?:(?<yesterday>yesterday)|(?:(?<last>last)|on) (?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?<thisMonth>earlier this month)|(?<lastMonth>last month)|(?<thisYear>earlier this year)|(?<lastYear>last year))\b/gi;

/** Below these, a count is a detail of the narrative, not how far an incident reached. */
export const impactFloor: Partial<Record<ClaimField, number>> = {
  'people-affected': 20,
  'devices-compromised': 3,
};

/** A day or a month as an ISO date ("2024-02-19", "2024-02"); days past a month's end roll over. */
export const iso = (y: number, m: number, d?: number): string =>
  d === undefined
    ? `${y}-${String(m).padStart(2, '0')}`
    : new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);

/** A month's number from its name or abbreviation (0 when none). */
export function monthNumber(name: string | undefined): number {
  return months.findIndex((full) => full.slice(0, 3) === (name ?? '').slice(0, 3)) + 1;
}
