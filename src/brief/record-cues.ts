import type { InvestigationStatus, Motivation } from './record-types.js';

/**
 * The words that let the incident record quote a sentence for a field. Each cue is a literal
 * alternation with bounded gaps (`[^.]{1,40}`), linear on any input; a field is filled only from a
 * sentence one of its cues matches, never from a name or a type alone.
 */

/** Law enforcement and takedown wording: the defenders' action, not the attack's effect or motive. */
export const takedownContext =
  /\b(?:takedown|taken down|took down|seiz(?:ed|ure)|dismantl(?:ed|ing)|law enforcement|police|authorities)\b/i;

const services = String.raw`(?:operations|services|production|plants?|factor(?:y|ies)|manufacturing|systems|networks?|infrastructure|platforms?|websites?|shipments|deliveries|pharmacies|payments?|claims processing|care)`;

/** Outages, halts and disruption the victims suffered. */
export const operationalCue = new RegExp(
  String.raw`\b(?:outages?|downtime|(?:taken|took|went|knocked|were|was|remain(?:ed|s)?) offline|knocked out|unavailable|inaccessible|paralys(?:ed|ing)|paralyz(?:ed|ing)|cancell?ed|divert(?:ed|ing)|struggled to|brought down` +
    String.raw`|(?:halt(?:ed|ing)?|stopp(?:ed|ing)|suspend(?:ed|ing)|paus(?:ed|ing)|shut(?:ting)? down|disrupt(?:ed|ing|ion (?:to|of|across))|degrad(?:ed|e|ing)|crippl(?:ed|e|ing)|overwhelm(?:ed|ing)?)\b[^.]{1,40}\b${services}` +
    String.raw`|${services}[^.]{1,30}\b(?:halted|stopped|suspended|paused|shut down|disrupted|degraded|went down))\b`,
  'i',
);

/** Systems the sources name as hit: encrypted, compromised or exposed machines. */
export const systemsCue =
  /\b(?:encrypt(?:ed|ing)|compromised|infected|backdoored|wiped|exposed|ensnared|hijacked)\b[^.]{1,40}\b(?:servers?|systems|hosts|machines|endpoints|devices|appliances|routers|firewalls|gateways|hypervisors|ESXi|virtual machines|databases?|instances)\b/i;

/** Investigation milestones, strongest last (a conclusion outranks an ongoing inquiry). */
export const investigationCues: readonly (readonly [InvestigationStatus, RegExp])[] = [
  [
    'ongoing',
    /\b(?:investigation (?:is |remains )?(?:ongoing|continuing|continues)|(?:ongoing|continuing|active|open) investigation|(?:is|are|remains?|still) investigating|under investigation)\b/i,
  ],
  ['takedown', /\b(?:takedown|taken down|took down|seized|seizure of|dismantled)\b/i],
  ['arrests', /\b(?:arrest(?:ed|s)|detained|extradited)\b/i],
  ['charges', /\b(?:charged|indicted|indictments?|criminal charges|unsealed charges)\b/i],
  ['sanctions', /\b(?:sanctioned|sanctions (?:against|on)|imposed sanctions)\b/i],
  [
    'concluded',
    /\b(?:investigation (?:has |was )?(?:concluded|completed|closed)|concluded (?:its|the|their) investigation|sentenced|pleaded guilty|convicted)\b/i,
  ],
];

/**
 * Explicit statements of motive, the most telling first (a ransom paid or demanded before the bare
 * word "ransomware"); an actor's name or reputation is never one.
 */
export const motivationCues: readonly (readonly [Motivation, RegExp, RegExp?])[] = [
  [
    'financial',
    /\b(?:ransom (?:demand|payment|of|paid|was paid)|paid (?:a |the )?ransom|extort\w*|financially motivated|(?:financial|monetary) gain|for profit|monetis(?:ed|e|ing)|monetiz(?:ed|e|ing)|cybercrime-as-a-service|sold access|selling access)\b/i,
  ],
  ['financial', /\bransom\w*/i],
  [
    'espionage',
    /\b(?:espionage|cyber-?spying|spying on|intelligence[- ](?:gathering|collection)|(?:collect|gather)(?:ing|ed)? intelligence)\b/i,
  ],
  [
    'disruption',
    /\b(?:hacktivis[mt]s?|politically motivated|sabotage|(?:disruptive|destructive) (?:action|attacks?|operations?)|(?:aim(?:ed|s)?|sought|intended|meant|designed) to (?:disrupt|cripple|sabotage|destroy))\b/i,
    takedownContext,
  ],
];

/** Root causes stated in words (CVEs and CWEs come from the facts). */
export const rootCauseCues: readonly (readonly [string, RegExp])[] = [
  ['Default or hard-coded credentials', /\b(?:default|hard-?coded) (?:credentials|passwords?|logins?)\b/i],
  [
    'Stolen or leaked credentials',
    /\b(?:(?:stolen|compromised|leaked|purchased|reused) (?:credentials|passwords?|logins?|session (?:tokens|cookies))|infostealer)/i,
  ],
  [
    'Missing multi-factor authentication',
    /\b(?:(?:no|without|lacked|lacking|missing|absence of)\b[^.]{1,30}\b(?:MFA|multi-factor|two-factor|2FA)|(?:MFA|multi-factor authentication|two-factor authentication) (?:was |had been )?not (?:enabled|enforced|required|turned on)|(?:did|does) not (?:require|enforce|use) (?:MFA|multi-factor|two-factor))\b/i,
  ],
  [
    'Unpatched or end-of-life systems',
    /\b(?:unpatched|had not (?:been )?patched|end-of-life|outdated firmware|vulnerable (?:IoT )?devices)\b/i,
  ],
  ['Misconfiguration', /\bmisconfigur(?:ed|ation)s?\b/i],
];

/**
 * Advice, not an account of what happened: "should", "must", "we recommend", or an imperative
 * opening ("Keep offline backups…", "All organisations: patch…", "If compromise is detected,
 * disconnect…"). Never quoted as a fact of the record.
 */
const imperative = String.raw`(?:Keep|Patch|Apply|Enforce|Enable|Check(?! Point)|Ensure|Make|Review|Hunt|Block|Rotate|Reset|Revoke|Upgrade|Update|Downgrade|Restrict|Monitor|Consider|Treat|Assume|Disable|Isolate|Disconnect|Collect|Perform|Remove|Rebuild|Restore|Audit|Plan|Rehearse|Expect|Use|Look|Search|Do not|Don't)\b(?!:)`;
export const adviceCue = new RegExp(
  String.raw`\b(?:should|must|recommend(?:s|ed)?|urge[ds]?|advis(?:e|es|ed)|make sure)\b` +
    String.raw`|^(?:[^:]{1,40}: )?${imperative}` +
    String.raw`|^(?:If|When|Once|Until|Before|After)\b[^,]{1,80}, ${imperative}`,
  'i',
);

/** Words right before a cue that deny it: "not intelligence collection", "made no arrests". */
export const negation = /\b(?:not|no|never|nor|without|rather than|instead of)\b[^,;:]{0,12}$/i;

/** What was fixed so it cannot happen again. */
export const correctiveCue =
  /\b(?:patch(?:ed|es)? (?:was |were |has been |have been )?(?:released|applied|issued|available)|(?:released|issued|shipped) (?:a |an )?(?:patch|fix|update)|(?:reset|rotated|revoked) (?:all |their |its )?(?:passwords|credentials|keys|secrets|tokens|certificates)|(?:enforc|enabl|mandat|requir)(?:ed|es|ing) (?:MFA|multi-factor|two-factor)|harden(?:ed|ing)|segment(?:ed|ation)|upgraded to)\b/i;

/** What was done to limit the attack. */
export const containmentCue =
  /\b(?:isolat(?:ed|ing)|disconnect(?:ed|ing)|took (?:\w+ ){0,2}(?:systems|servers|networks?) offline|taken offline|contain(?:ed|ing) (?:the |its |their )?(?:attack|breach|incident|intrusion|threat|spread|infection|outbreak)|containment|sinkhol(?:ed|ing)|seiz(?:ed|ure)|dismantl(?:ed|ing)|took down|taken down|takedown|null-?rout(?:ed|ing)|mitigated|absorbed|blocked)\b/i;

/** What was done to recover. */
export const remediationCue =
  /\b(?:restor(?:ed|ing)|recover(?:ed|ing) (?:from|systems|data)|rebuil(?:t|d|ding) (?:[\w-]+ ){0,3}?(?:systems|servers|networks?|infrastructure|environments?|domains?|Active Directory|images|hosts|machines)|re-?imag(?:ed|ing)|decrypt(?:ion keys|ors?|ed)|removed (?:the )?(?:malware|web ?shells?|backdoors?|implants?)|evict(?:ed|ing)|clean(?:ed|ing) up|prevent(?:ing)? further (?:infections|attacks))\b/i;

/** A third party brought in to help, or a partner in an operation (not what a company is: "an incident response firm"). */
export const assistanceCue =
  /\b(?:hired|engaged|retained|brought in|called in|assist(?:ed|ing|ance)?|help(?:ed|ing)?|partner(?:ed|s|ship)?|working with|worked with|with the help of|in cooperation with|support(?:ed|ing))\b/i;

/** A generic incident-response firm named without its name. */
export const unnamedResponderCue =
  /\b(?:(?:third-party|external|outside|independent) (?:cyber ?security |forensic |incident[- ]response )?(?:experts|firms?|specialists|investigators|forensic)|(?:security|cyber ?security) (?:companies|firms|vendors|researchers) (?:that |who )?(?:helped|assisted)|private[- ]sector partners?)\b/i;

/** Law enforcement told or involved, in words: notified, or acting against the attackers. */
export const lawEnforcementCue =
  /\b(?:(?:notified|informed|alerted|contacted|reported (?:it |the (?:incident|attack|breach) )?to|working with|coordinating with|cooperating with) (?:federal |local )?(?:law enforcement|police|authorities)|law enforcement (?:was|were|has been|have been) (?:notified|informed|contacted)|(?:law enforcement|police|authorities)\b[^.]{1,80}\b(?:seized|dismantled|disrupt(?:ed|s)?|took down|arrested|charged)|(?:police|law enforcement) (?:said|says|are investigating|is investigating|were investigating|opened an investigation))/i;

/** Law-enforcement agencies of the built-in organisation table, and words that name police. */
export const lawEnforcementAgencies: ReadonlySet<string> = new Set([
  'FBI',
  'U.S. Department of Justice',
  'U.S. Secret Service',
  'Europol',
  'Eurojust',
  'INTERPOL',
  'NCA',
  'BKA',
  'RCMP',
]);
export const policeName = /\b(?:Police|Polizei|Gendarmerie|Prosecutor|Carabinieri|Guardia Civil)\b/;
