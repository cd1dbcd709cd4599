import type { OrganisationRole } from '../core/facts.js';

/**
 * Our own compact tables of well-known threat actors, malware/tools and organisations, with the
 * aliases vendors use. Not exhaustive: the full catalogue comes from MISP galaxies in a KB.
 *
 * Matching rules (see `entities.ts`):
 * - a name matches case-insensitively only when it is distinctive: it has a digit or an inner
 *   capital after a lower-case letter ("APT28", "LockBit", "ShinyHunters"); every other name
 *   ("Turla", "Fancy Bear", "ZINC") and every `exact` entry matches case-sensitively;
 * - entries with `cue` are also common words ("Play", "Hive", "Snake") and need a nearby cue word
 *   ("ransomware", "group", "gang", "actor", "operators" / "malware", "botnet", …), and give
 *   medium confidence;
 * - `ransomware` actors are groups; the same name becomes a malware family too when the text names
 *   the encryptor itself: "<name> ransomware|encryptor|locker|variant|payload|sample|binary|strain",
 *   unless followed by "gang|group|operators|affiliates|crew" (then it is the group only).
 */
export interface NamedEntry {
  name: string;
  aliases?: readonly string[];
  /** Match case-sensitively even when the name looks distinctive ("RedLine" vs "redline"). */
  exact?: boolean;
  /** Needs a nearby cue word; implies case-sensitive matching and medium confidence. */
  cue?: boolean;
  ransomware?: boolean;
  /** A word that, right before the name, means something else ("Google Play"). */
  notAfter?: string;
}

export interface OrgEntry {
  name: string;
  aliases?: readonly string[];
  role: Extract<OrganisationRole, 'agency' | 'security-company'>;
}

const r = (name: string, aliases: readonly string[] = [], extra: Partial<NamedEntry> = {}): NamedEntry => ({
  name,
  aliases,
  ransomware: true,
  ...extra,
});

export const builtinActors: readonly NamedEntry[] = [
  // Russia
  { name: 'APT28', aliases: ['Fancy Bear', 'Forest Blizzard', 'Sofacy', 'STRONTIUM', 'Sednit', 'UAC-0001'] },
  { name: 'APT29', aliases: ['Cozy Bear', 'Midnight Blizzard', 'NOBELIUM', 'The Dukes', 'UNC2452'] },
  { name: 'Sandworm', aliases: ['Seashell Blizzard', 'APT44', 'Voodoo Bear', 'IRIDIUM', 'UAC-0133'] },
  { name: 'Turla', aliases: ['Secret Blizzard', 'Venomous Bear', 'Waterbug', 'KRYPTON'] },
  { name: 'Gamaredon', aliases: ['Aqua Blizzard', 'Primitive Bear', 'Shuckworm', 'UAC-0010'] },
  { name: 'Star Blizzard', aliases: ['SEABORGIUM', 'COLDRIVER', 'Callisto Group'] },
  { name: 'Cadet Blizzard', aliases: ['Ember Bear', 'UNC2589', 'UAC-0056'] },
  { name: 'Energetic Bear', aliases: ['Dragonfly', 'Berserk Bear', 'Ghost Blizzard'], cue: true },
  { name: 'Void Blizzard', aliases: ['Laundry Bear'] },
  { name: 'Killnet' },
  { name: 'NoName057(16)', aliases: ['NoName057'] },
  { name: 'Cyber Army of Russia Reborn', aliases: ['CARR'] },
  // China
  { name: 'APT41', aliases: ['Double Dragon', 'Wicked Panda', 'Brass Typhoon', 'BARIUM'] },
  { name: 'APT40', aliases: ['Gingham Typhoon', 'Leviathan', 'TEMP.Periscope'] },
  { name: 'APT31', aliases: ['Violet Typhoon', 'ZIRCONIUM', 'Judgment Panda'] },
  { name: 'APT10', aliases: ['Stone Panda', 'menuPass'] },
  { name: 'Volt Typhoon', aliases: ['Bronze Silhouette', 'Vanguard Panda', 'Insidious Taurus', 'VOLTZITE'] },
  { name: 'Salt Typhoon', aliases: ['GhostEmperor', 'FamousSparrow', 'Earth Estries', 'UNC2286'] },
  { name: 'Flax Typhoon', aliases: ['Ethereal Panda', 'RedJuliett'] },
  { name: 'Silk Typhoon', aliases: ['HAFNIUM'] },
  { name: 'Mustang Panda', aliases: ['Earth Preta', 'RedDelta', 'TA416', 'Stately Taurus'] },
  { name: 'Storm-0558' },
  { name: 'UNC5221' },
  { name: 'UNC3886' },
  { name: 'UNC4841' },
  { name: 'Velvet Ant' },
  { name: 'Earth Lusca' },
  // Iran
  { name: 'APT35', aliases: ['Charming Kitten', 'Mint Sandstorm', 'PHOSPHORUS', 'Magic Hound'] },
  { name: 'APT33', aliases: ['Peach Sandstorm', 'Refined Kitten'] },
  { name: 'APT34', aliases: ['OilRig', 'Helix Kitten', 'Hazel Sandstorm'] },
  { name: 'MuddyWater', aliases: ['Mango Sandstorm', 'Seedworm', 'Static Kitten'] },
  { name: 'CyberAv3ngers', aliases: ['Storm-0784'] },
  { name: 'Handala', exact: true, cue: true },
  { name: 'Predatory Sparrow', aliases: ['Gonjeshke Darande'] },
  // North Korea
  { name: 'Lazarus Group', aliases: ['Lazarus', 'HIDDEN COBRA', 'Diamond Sleet', 'ZINC'] },
  { name: 'Kimsuky', aliases: ['Emerald Sleet', 'APT43', 'Velvet Chollima', 'THALLIUM'] },
  { name: 'Andariel', aliases: ['Onyx Sleet', 'APT45', 'Silent Chollima'] },
  { name: 'APT38', aliases: ['BlueNoroff', 'Sapphire Sleet', 'Stardust Chollima'] },
  { name: 'APT37', aliases: ['ScarCruft', 'InkySquid', 'Ricochet Chollima'] },
  { name: 'Moonstone Sleet' },
  { name: 'TraderTraitor', aliases: ['Jade Sleet', 'UNC4899'] },
  // South and South-East Asia, others
  { name: 'APT32', aliases: ['OceanLotus'] },
  { name: 'APT36', aliases: ['Transparent Tribe'] },
  { name: 'SideWinder' },
  { name: 'Equation Group' },
  // Financially motivated and extortion
  { name: 'Scattered Spider', aliases: ['UNC3944', 'Octo Tempest', '0ktapus', 'Muddled Libra', 'Starfraud'] },
  { name: 'LAPSUS$', aliases: ['Lapsus$', 'Strawberry Tempest', 'DEV-0537'] },
  { name: 'ShinyHunters', aliases: ['UNC6040'] },
  { name: 'FIN7', aliases: ['Carbanak', 'Carbon Spider', 'Sangria Tempest'] },
  { name: 'FIN8', aliases: ['Syssphinx'] },
  { name: 'Evil Corp', aliases: ['Indrik Spider', 'Manatee Tempest'] },
  { name: 'Wizard Spider', aliases: ['Grim Spider', 'UNC1878'] },
  { name: 'TA577' },
  { name: 'Storm-1811' },
  { name: 'TeamTNT' },
  { name: '8220 Gang' },
  { name: 'Magecart' },
  { name: 'Anonymous Sudan', aliases: ['Storm-1359'] },
  // Ransomware groups (also malware families by the rule above)
  r('Cl0p', ['Clop', 'CL0P', 'TA505', 'FIN11', 'Lace Tempest']),
  r('LockBit', ['LockBit 3.0', 'LockBit Black']),
  r('ALPHV', ['BlackCat', 'Noberus']),
  r('Black Basta'),
  r('Play', ['Playcrypt'], { exact: true, cue: true, notAfter: 'Google' }),
  r('Akira', [], { exact: true, cue: true }),
  r('RansomHub'),
  r('Rhysida'),
  r('BlackSuit'),
  r('Royal', [], { exact: true, cue: true }),
  r('Conti', [], { exact: true }),
  r('REvil', ['Sodinokibi']),
  r('DarkSide'),
  r('BlackMatter'),
  r('Hive', [], { exact: true, cue: true }),
  r('Medusa', [], { exact: true, cue: true }),
  r('BianLian'),
  r('Qilin', ['Agenda'], { exact: true, cue: true }),
  r('INC Ransom', ['INC Ransomware']),
  r('8Base'),
  r('Hunters International'),
  r('Cactus', [], { exact: true, cue: true }),
  r('Interlock', [], { exact: true, cue: true }),
  r('DragonForce'),
  r('Vice Society'),
  r('Ragnar Locker', ['RagnarLocker']),
  r('Karakurt'),
  r('Cuba', [], { exact: true, cue: true }),
  r('Lynx', [], { exact: true, cue: true }),
  r('Fog', [], { exact: true, cue: true }),
];

export const builtinMalware: readonly NamedEntry[] = [
  // Loaders, banking trojans, botnets
  { name: 'Emotet', aliases: ['Geodo', 'Heodo'] },
  { name: 'QakBot', aliases: ['Qakbot', 'Qbot', 'QBot', 'QuakBot', 'Pinkslipbot'] },
  { name: 'IcedID', aliases: ['BokBot'] },
  { name: 'TrickBot' },
  { name: 'Dridex' },
  { name: 'Ursnif', aliases: ['Gozi', 'ISFB'] },
  { name: 'DanaBot' },
  { name: 'BazarLoader', aliases: ['BazarBackdoor'] },
  { name: 'SmokeLoader' },
  { name: 'Pikabot' },
  { name: 'Bumblebee', exact: true, cue: true },
  { name: 'Latrodectus' },
  { name: 'GootLoader' },
  { name: 'SocGholish', aliases: ['FakeUpdates'] },
  { name: 'Raspberry Robin' },
  { name: 'DarkGate' },
  { name: 'SystemBC' },
  { name: 'PrivateLoader' },
  { name: 'Amadey' },
  { name: 'Matanbuchus' },
  { name: 'Glupteba' },
  { name: 'Mirai' },
  { name: 'Aisuru' },
  { name: 'KimWolf', aliases: ['Kimwolf'] },
  { name: 'JackSkid' },
  { name: 'Mossad', exact: true, cue: true },
  { name: 'Gafgyt', aliases: ['Bashlite', 'BASHLITE'] },
  { name: 'Mozi' },
  { name: 'Moobot' },
  { name: 'Meris', exact: true, cue: true },
  { name: 'KV-botnet', aliases: ['KV botnet'] },
  { name: 'Raptor Train' },
  { name: 'Ebury' },
  // Infostealers and RATs
  { name: 'LummaC2', aliases: ['Lumma Stealer', 'Lumma'] },
  { name: 'RedLine', aliases: ['RedLine Stealer'], exact: true },
  { name: 'Raccoon Stealer' },
  { name: 'Vidar', exact: true, cue: true },
  { name: 'StealC' },
  { name: 'Rhadamanthys' },
  { name: 'Atomic Stealer', aliases: ['AMOS'] },
  { name: 'MetaStealer' },
  { name: 'Agent Tesla', aliases: ['AgentTesla'] },
  { name: 'FormBook', aliases: ['Formbook', 'XLoader'] },
  { name: 'Remcos', aliases: ['RemcosRAT'] },
  { name: 'AsyncRAT' },
  { name: 'njRAT' },
  { name: 'XWorm' },
  { name: 'Quasar RAT', aliases: ['QuasarRAT'] },
  { name: 'Gh0st RAT', aliases: ['Gh0stRAT'] },
  { name: 'PlugX', aliases: ['Korplug'] },
  { name: 'ShadowPad' },
  { name: 'Poison Ivy' },
  // Espionage implants, web shells, wipers, ICS
  { name: 'LemurLoot' },
  { name: 'China Chopper' },
  { name: 'Sunburst', aliases: ['SUNBURST', 'Solorigate'] },
  { name: 'Snake', aliases: ['Uroburos'], exact: true, cue: true },
  { name: 'BPFDoor' },
  { name: 'X-Agent', aliases: ['XAgent', 'CHOPSTICK'] },
  { name: 'NotPetya' },
  { name: 'WannaCry', aliases: ['WanaCrypt0r', 'WannaCrypt'] },
  { name: 'WhisperGate' },
  { name: 'HermeticWiper' },
  { name: 'CaddyWiper' },
  { name: 'AcidRain' },
  { name: 'Industroyer', aliases: ['CrashOverride'] },
  { name: 'Industroyer2' },
  { name: 'BlackEnergy' },
  { name: 'Stuxnet' },
  { name: 'Triton', aliases: ['Trisis', 'TRISIS'], cue: true },
  { name: 'FrostyGoop' },
  { name: 'Pipedream', aliases: ['Incontroller', 'INCONTROLLER'], cue: true },
  // Offensive tools
  { name: 'Cobalt Strike', aliases: ['CobaltStrike'] },
  { name: 'Mimikatz' },
  { name: 'Sliver', exact: true, cue: true },
  { name: 'Brute Ratel', aliases: ['Brute Ratel C4', 'BRc4'] },
  { name: 'Havoc', exact: true, cue: true },
  { name: 'Impacket' },
  { name: 'BloodHound', aliases: ['SharpHound'] },
  { name: 'Rubeus' },
  { name: 'PowerShell Empire' },
];

export const builtinOrganisations: readonly OrgEntry[] = [
  // Government agencies, CERTs, law enforcement
  { name: 'CISA', role: 'agency', aliases: ['Cybersecurity and Infrastructure Security Agency'] },
  { name: 'FBI', role: 'agency', aliases: ['Federal Bureau of Investigation'] },
  { name: 'NSA', role: 'agency', aliases: ['National Security Agency'] },
  {
    name: 'U.S. Department of Justice',
    role: 'agency',
    aliases: ['DOJ', 'Justice Department', 'U.S. Justice Department', 'Department of Justice', 'US DoJ'],
  },
  {
    name: 'U.S. Department of Defense',
    role: 'agency',
    aliases: ['DoD', 'Department of Defense', 'Pentagon', 'DCIS'],
  },
  { name: 'U.S. Department of the Treasury', role: 'agency', aliases: ['Treasury Department', 'OFAC'] },
  { name: 'Department of Homeland Security', role: 'agency', aliases: ['DHS'] },
  { name: 'U.S. Secret Service', role: 'agency', aliases: ['Secret Service'] },
  { name: 'NIST', role: 'agency' },
  { name: 'SEC', role: 'agency', aliases: ['Securities and Exchange Commission'] },
  { name: 'Europol', role: 'agency', aliases: ['EC3', 'European Cybercrime Centre'] },
  { name: 'Eurojust', role: 'agency' },
  { name: 'ENISA', role: 'agency' },
  { name: 'CERT-EU', role: 'agency' },
  { name: 'INTERPOL', role: 'agency', aliases: ['Interpol'] },
  { name: 'NCA', role: 'agency', aliases: ['National Crime Agency'] },
  { name: 'NCSC', role: 'agency', aliases: ['National Cyber Security Centre', 'NCSC-UK', 'NCSC-NL'] },
  { name: 'GCHQ', role: 'agency' },
  { name: 'BSI', role: 'agency', aliases: ['Federal Office for Information Security'] },
  { name: 'BKA', role: 'agency', aliases: ['Bundeskriminalamt', 'German Federal Criminal Police Office'] },
  { name: 'ANSSI', role: 'agency' },
  { name: 'CCCS', role: 'agency', aliases: ['Canadian Centre for Cyber Security', 'Cyber Centre'] },
  { name: 'RCMP', role: 'agency', aliases: ['Royal Canadian Mounted Police'] },
  { name: 'ACSC', role: 'agency', aliases: ['Australian Cyber Security Centre', "ASD's ACSC"] },
  { name: 'ASD', role: 'agency', aliases: ['Australian Signals Directorate'] },
  { name: 'JPCERT/CC', role: 'agency', aliases: ['JPCERT'] },
  { name: 'CERT-UA', role: 'agency' },
  { name: 'KISA', role: 'agency' },
  // Security companies and research teams
  { name: 'Mandiant', role: 'security-company', aliases: ['Google Mandiant'] },
  {
    name: 'Google Threat Intelligence Group',
    role: 'security-company',
    aliases: ['GTIG', "Google's Threat Analysis Group", 'Threat Analysis Group'],
  },
  { name: 'CrowdStrike', role: 'security-company' },
  {
    name: 'Microsoft Threat Intelligence',
    role: 'security-company',
    aliases: ['MSTIC', 'Microsoft Threat Intelligence Center'],
  },
  { name: 'Akamai', role: 'security-company', aliases: ['Akamai Technologies'] },
  { name: 'Cloudflare', role: 'security-company' },
  { name: 'Palo Alto Networks Unit 42', role: 'security-company', aliases: ['Unit 42', 'Unit42'] },
  { name: 'Palo Alto Networks', role: 'security-company' },
  { name: 'Kaspersky', role: 'security-company', aliases: ['Kaspersky Lab', 'Securelist'] },
  { name: 'ESET', role: 'security-company' },
  { name: 'Sophos', role: 'security-company', aliases: ['Sophos X-Ops'] },
  { name: 'Check Point', role: 'security-company', aliases: ['Check Point Research'] },
  { name: 'Recorded Future', role: 'security-company', aliases: ['Insikt Group'] },
  { name: 'Volexity', role: 'security-company' },
  { name: 'Huntress', role: 'security-company' },
  { name: 'Rapid7', role: 'security-company' },
  { name: 'SentinelOne', role: 'security-company', aliases: ['SentinelLabs'] },
  { name: 'Trend Micro', role: 'security-company' },
  { name: 'Symantec', role: 'security-company', aliases: ['Symantec Threat Hunter Team'] },
  { name: 'Proofpoint', role: 'security-company' },
  { name: 'Cisco Talos', role: 'security-company', aliases: ['Talos'] },
  { name: 'Secureworks', role: 'security-company', aliases: ['Counter Threat Unit'] },
  { name: 'Fortinet', role: 'security-company', aliases: ['FortiGuard Labs'] },
  { name: 'Zscaler', role: 'security-company', aliases: ['ThreatLabz'] },
  { name: 'Trellix', role: 'security-company' },
  { name: 'Arctic Wolf', role: 'security-company' },
  { name: 'Red Canary', role: 'security-company' },
  { name: 'Elastic Security Labs', role: 'security-company' },
  { name: 'Sekoia', role: 'security-company' },
  { name: 'Group-IB', role: 'security-company' },
  { name: 'Bitdefender', role: 'security-company' },
  { name: 'Malwarebytes', role: 'security-company' },
  { name: 'Dragos', role: 'security-company' },
  { name: 'Claroty', role: 'security-company', aliases: ['Team82'] },
  { name: 'Nozomi Networks', role: 'security-company' },
  { name: 'Tenable', role: 'security-company' },
  { name: 'Qualys', role: 'security-company' },
  { name: 'watchTowr', role: 'security-company', aliases: ['watchTowr Labs'] },
  { name: 'GreyNoise', role: 'security-company' },
  { name: 'Shadowserver', role: 'security-company', aliases: ['Shadowserver Foundation'] },
  { name: 'Censys', role: 'security-company' },
  { name: 'Coveware', role: 'security-company' },
  { name: 'Chainalysis', role: 'security-company' },
  { name: 'Intel 471', role: 'security-company' },
  { name: 'Black Lotus Labs', role: 'security-company', aliases: ['Lumen Black Lotus Labs'] },
  { name: 'QiAnXin XLab', role: 'security-company', aliases: ['XLab'] },
  { name: 'Wiz', role: 'security-company', aliases: ['Wiz Research'] },
];

/**
 * A run of one to five capitalised words (allowing "of", "and", "&" inside), the shape of an
 * organisation name; bounded, so matching stays linear. `entities.ts` trims it.
 */
const orgName = String.raw`(?<org>[A-Z][\w&-]*\.?(?: (?:[A-Z][\w&-]*\.?|of|and|&)){0,4})`;
/** The same, not starting inside a word. */
const org = String.raw`(?<![\w&.'-])${orgName}`;

export interface OrgPattern {
  key: string;
  role: Extract<OrganisationRole, 'victim' | 'vendor'>;
  regex: RegExp;
  /** What must follow the match (tested on the rest of the text), when the pattern alone is not enough. */
  then?: RegExp;
  confidence: 'high' | 'medium' | 'low';
}

const incidentWords = String.raw`data breach|breach|cyber-?attack|attack|security incident|intrusion|ransomware|unauthori[sz]ed access|hack`;
const incident = `(?:${incidentWords})`;

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
      String.raw`^,?(?: (?:on|last) [^,.]{1,25}?)?,?(?: that)? (?:it|its|a|an) [^.]{0,60}?\b${incident}`,
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
    key: 'flaw-in',
    role: 'vendor',
    regex: new RegExp(
      `\\b(?:vulnerabilit(?:y|ies)|flaws?|bugs?|zero-days?|weakness(?:es)?) in ${orgName}'s`,
      'g',
    ),
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
]);

/** A final word that marks a company name ("Acme Corp", "Northwind Health Systems"). */
export const companySuffix =
  /\b(?:Inc|Corp|Corporation|Ltd|LLC|plc|PLC|AG|GmbH|SA|Group|Holdings|Technologies|Systems|Software|Networks|Bank|Health|Healthcare|Hospital|Airlines|Telecom|Communications|Energy|Pharmaceuticals|University|Council)\.?$/;
