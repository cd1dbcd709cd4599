import type { OrganisationRole } from '../core/facts.js';

/**
 * Context patterns that name an organisation and its role in the story (victim, vendor), with the
 * words that trim a capitalised run to a name. Precision over recall: a pattern that needs more than
 * its own words says so in `then` (what must follow) or `sentence` (what the sentence must say).
 * `entities.ts` applies them; built-in names (`entities-builtin.ts`) win over a raw capitalised run.
 */

/**
 * One capitalised word of a name (alternatives, to be grouped). A period belongs to it only in a dotted acronym ("U.S.") or a
 * company abbreviation ("Inc."), so a name never runs across a sentence end ("on Contoso. Then").
 */
const nameWord = String.raw`(?:Inc|Corp|Co|Ltd|St|Mr|Mrs|Ms|Dr)\.|[A-Z](?:\.[A-Z])+\.?|[A-Z][\w&-]*`;
/**
 * A run of one to five capitalised words (allowing "of", "and", "&" inside), the shape of an
 * organisation name; bounded, so matching stays linear. `entities.ts` trims it.
 */
const orgName = String.raw`(?<org>(?:${nameWord})(?: (?:${nameWord}|of|and|&)){0,4})`;
/** The same, not starting inside a word. */
const org = String.raw`(?<![\w&.'-])${orgName}`;
/** One name, not a list: "and" ends it ("against Windows and Linux", "Acme Corp and its suppliers"). */
const oneOrgName = String.raw`(?<org>(?:${nameWord})(?: (?:${nameWord}|of)){0,4})`;

export interface OrgPattern {
  key: string;
  role: Extract<OrganisationRole, 'victim' | 'vendor'>;
  regex: RegExp;
  /** What must follow the match (tested on the rest of the text), when the pattern alone is not enough. */
  then?: RegExp;
  /** What the match's sentence must say, and what it must not. */
  sentence?: RegExp;
  notInSentence?: RegExp;
  /** Only a built-in organisation counts ("a flaw in Palo Alto Networks PAN-OS": the rest is a product). */
  knownOnly?: boolean;
  confidence: 'high' | 'medium' | 'low';
}

const incidentWords = String.raw`data breach|breach|cyber-?attack|attack|security incident|intrusion|ransomware|unauthori[sz]ed access|hack`;
const incident = `(?:${incidentWords})`;
const flaw = String.raw`(?:vulnerabilit(?:y|ies)|flaws?|bugs?|zero-days?|weakness(?:es)?)`;

/** Words before "against" that make it protection, comparison or competition, not an attack. */
const notAttackAgainst = String.raw`(?<!\b(?:protect\w*|defen[cd]\w*|guard\w*|safeguard\w*|shield\w*|warn\w*|hedg\w*|insur\w*|vot\w*|compet\w*|test\w*|compar\w*|check\w*|match\w*|validat\w*|immun\w*|resilien\w*|mitigat\w*|race|pitted|up) )`;
/** A sentence about an attack, a theft or a hack: "used TraderTraitor against Bybit, stealing $1.5 billion". */
const attackSentence =
  /\b(?:(?:cyber-?)?attack\w*|breach\w*|hack\w*|heists?|thefts?|st(?:ole|olen|ealing)|compromis\w*|intrusions?|ransomware|extort\w*|exploit\w*|drain(?:ed|ing)|DDoS|phishing|espionage|campaigns?)\b/i;
/** Legal and law-enforcement action "against" someone names the accused, not a victim. */
const legalSentence =
  /\b(?:sanction\w*|charg(?:ed|es|ing)|indict\w*|lawsuits?|sue[ds]?|suing|courts?|judge|ruling|verdict|fine[ds]?|arrest\w*|extradit\w*|warrants?|complaints?|testif\w*|prosecut\w*|takedown|seiz\w*|dismantl\w*|disrupt\w*|crackdown|enforcement)\b/i;
/** The name ends there: punctuation or a function word follows, not a noun ("against Exchange servers"). */
const nameEnds =
  /^(?:[,.;:!?)]|\s*$| (?:and|in|on|at|last|this|earlier|between|from|by|with|over|after|before|during|since|that|which|who|when|to|for|was|were|is|are|has|had)\b| [—–-] )/;

/** Context patterns naming victims and vendors; precision over recall. */
export const orgPatterns: readonly OrgPattern[] = [
  {
    key: 'said-incident',
    role: 'victim',
    regex: new RegExp(
      `${org},? (?:said|confirmed|disclosed|announced|reported|revealed|acknowledged|suffered|detected)\\b`,
      'g',
    ),
    then: new RegExp(
      String.raw`^,?(?: (?:on|last) [^,.]{1,25}?)?,?(?: that)? (?:it|its|a|an|the) [^.]{0,60}?\b${incident}`,
    ),
    confidence: 'medium',
  },
  {
    key: 'attack-on',
    role: 'victim',
    regex: new RegExp(`\\b(?:${incidentWords}|compromise) (?:on|at|against|of) (?:the )?${orgName}`, 'g'),
    confidence: 'medium',
  },
  {
    key: 'used-against',
    role: 'victim',
    regex: new RegExp(`${notAttackAgainst}\\bagainst (?:the )?${oneOrgName}`, 'g'),
    then: nameEnds,
    sentence: attackSentence,
    notInSentence: legalSentence,
    confidence: 'medium',
  },
  {
    key: 'possessive-systems',
    role: 'victim',
    regex: new RegExp(
      `${org}'s (?:IT |computer |internal |corporate )?(?:systems|network|networks|servers|infrastructure|environment)\\b`,
      'g',
    ),
    confidence: 'medium',
  },
  {
    key: 'possessive-customers',
    role: 'victim',
    regex: new RegExp(`${org}'s (?:customers|clients|employees|patients|users)\\b`, 'g'),
    confidence: 'low',
  },
  {
    key: 'was-hit',
    role: 'victim',
    regex: new RegExp(
      `${org} (?:was|has been|had been|is) (?:hit|breached|hacked|compromised|attacked|targeted|extorted)\\b`,
      'g',
    ),
    confidence: 'medium',
  },
  {
    // "M&S paused online orders after a cyber attack", "the Co-op switched off IT systems following
    // an attempted intrusion": the business the attack stopped.
    key: 'stopped-by',
    role: 'victim',
    regex: new RegExp(
      `${org} (?:has |had )?(?:paused|suspended|halted|stopped|shut down|switched off|took down|taken down|closed)\\b`,
      'g',
    ),
    then: new RegExp(
      String.raw`^[^.]{0,80}?\b(?:after|following|as|amid|because of|due to|while (?:it|they) \w+ with) (?:a|an|the|its|last \w+['’]s) (?:[\w-]+ ){0,2}?(?:${incidentWords}|cyber incident)`,
    ),
    confidence: 'medium',
  },
  {
    key: 'apposition-company',
    role: 'victim',
    regex: new RegExp(
      `${org}, an? (?:[\\w-]+ ){0,3}?(?:company|firm|provider|maker|manufacturer|operator|retailer|insurer|bank|hospital|university|school district|agency),`,
      'g',
    ),
    then: new RegExp(
      String.raw`^[^.]{0,200}?\b(?:${incidentWords}|hit|breached|hacked|compromised|extorted)\b`,
    ),
    confidence: 'medium',
  },
  {
    // "Hackers stole data from Contoso", "the gang breached Fabrikam's network".
    key: 'attackers-did',
    role: 'victim',
    regex: new RegExp(
      `\\b(?:[Hh]ackers|[Aa]ttackers|[Ii]ntruders|[Cc]ybercriminals|[Cc]riminals|[Tt]he (?:gang|group|attackers|hackers|intruders)|[Aa]n? (?:threat actor|unauthori[sz]ed (?:party|third party|actor|user)|criminal group|ransomware gang)) (?:stole (?:data |information |records )?from|accessed|breached|broke into|hacked|encrypted|compromised|infiltrated|extorted) (?:the )?${oneOrgName}`,
      'g',
    ),
    then: /^(?:['’]s?\b|[,.;:!?)]|\s*$| (?:and|in|on|at|last|this|earlier|between|from|by|with|over|after|before|during|since|that|which|who|when|to|for|was|were|is|are|has|had)\b| [—–-] )/,
    confidence: 'medium',
  },
  {
    // "AT&T said hackers stole call records", "Clorox confirmed that an unauthorised party accessed…".
    key: 'said-attackers',
    role: 'victim',
    regex: new RegExp(`${org},? (?:said|says|confirmed|disclosed|told [\\w ]{1,30}?)\\b`, 'g'),
    then: /^(?: (?:on|last) [^,.]{1,25}?)?,?(?: that)? (?:hackers|attackers|intruders|cybercriminals|criminals|a threat actor|an? (?:unauthori[sz]ed|unknown|malicious) (?:party|third party|actor|user|access)|someone) (?:had |have |has )?(?:stole|accessed|gained|broke|breached|encrypted|compromised|copied|exfiltrated|took|obtained|downloaded)\b/,
    confidence: 'medium',
  },
  {
    key: 'flaw-in',
    role: 'vendor',
    regex: new RegExp(`\\b${flaw} in ${orgName}(?:'s?|’s?)(?= )`, 'g'),
    confidence: 'high',
  },
  {
    key: 'flaw-in-known',
    role: 'vendor',
    regex: new RegExp(`\\b${flaw} in (?:the )?${orgName}`, 'g'),
    knownOnly: true,
    confidence: 'high',
  },
  {
    key: 'patched-by',
    role: 'vendor',
    regex: new RegExp(`\\b(?:patched|fixed|remediated|addressed) by ${oneOrgName}`, 'g'),
    then: nameEnds,
    confidence: 'high',
  },
  {
    key: 'products',
    role: 'vendor',
    regex: new RegExp(`${org} (?:products|appliances|firewalls|routers|VPN appliances|gateways)\\b`, 'g'),
    confidence: 'medium',
  },
  {
    key: 'vendor',
    role: 'vendor',
    regex: new RegExp(`\\b(?:vendor|maker|manufacturer|developer) ${orgName}`, 'g'),
    confidence: 'medium',
  },
  {
    key: 'released-fix',
    role: 'vendor',
    regex: new RegExp(
      `${org} (?:has |have )?(?:released|issued|published|shipped|rolled out|pushed)\\b`,
      'g',
    ),
    then: /^[^.]{0,40}?\b(?:patch(?:es)?|fix(?:es)?|security updates?|updates?|advisor(?:y|ies)|bulletins?|hotfix(?:es)?)\b/,
    confidence: 'high',
  },
];

/** Leading words that start a capitalised run without belonging to a name. */
export const orgStopwords: ReadonlySet<string> = new Set([
  ...['The', 'A', 'An', 'On', 'In', 'At', 'By', 'For', 'From', 'With', 'As', 'Of', 'And', 'But', 'Or'],
  ...['However', 'Meanwhile', 'According', 'After', 'Before', 'When', 'While', 'Earlier', 'Later', 'Last'],
  ...['This', 'That', 'These', 'Those', 'It', 'Its', 'They', 'We', 'He', 'She', 'I', 'Our', 'Their'],
  ...['Yesterday', 'Today', 'Tomorrow', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  ...['Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September'],
  ...[
    'October',
    'November',
    'December',
    'Officials',
    'Researchers',
    'Police',
    'Authorities',
    'Investigators',
  ],
  ...['Attackers', 'Hackers', 'Company', 'Companies', 'Customers', 'Users', 'Experts', 'Analysts', 'Reports'],
]);

/** Whole names that are places or generic words, never organisations. */
export const orgRejects: ReadonlySet<string> = new Set([
  ...['U.S.', 'US', 'UK', 'EU', 'United States', 'America', 'Europe', 'Internet', 'Russia', 'China', 'Iran'],
  ...['Ukraine', 'Israel', 'Germany', 'Canada', 'Taiwan', 'Japan', 'France', 'Australia', 'North Korea'],
  ...[
    'Windows',
    'Linux',
    'IoT',
    'VPN',
    'CEO',
    'CISO',
    'IT',
    'EOL',
    'API',
    'URL',
    'IOC',
    'IOCs',
    'CVE',
    'SOC',
  ],
  ...['SIEM', 'EDR', 'MFA', 'OT', 'ICS', 'SaaS', 'SSH', 'RDP', 'DNS', 'IP', 'C2'],
  ...['Android', 'Exchange', 'Office', 'Outlook', 'SharePoint', 'Chrome', 'Firefox', 'Safari', 'ESXi'],
]);

/** A final word that marks a company name ("Acme Corp", "Northwind Health Systems"). */
export const companySuffix =
  /\b(?:Inc|Corp|Corporation|Ltd|LLC|plc|PLC|AG|GmbH|SA|Group|Holdings|Technologies|Systems|Software|Networks|Bank|Health|Healthcare|Hospital|Airlines|Telecom|Communications|Energy|Pharmaceuticals|University|Council)\.?$/;
