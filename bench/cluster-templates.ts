/**
 * Sentence templates for the clustering corpus. `{name}` is an event slot (victim, actor, cve…) or
 * a synonym set (`{attack}` → attack, intrusion, breach…); a template whose slot the event lacks is
 * skipped. Each fact has several wordings, so two reports of one event share facts, not sentences;
 * `background` and `advice` are shared by every event of a type (deliberate generic vocabulary).
 * Data only: the file is long because it holds every wording, and splitting it would scatter them.
 */
import type { EventType } from './cluster-events.js';

export const synonyms: Record<string, readonly string[]> = {
  attack: ['attack', 'intrusion', 'cyber attack', 'breach', 'incident', 'compromise'],
  hackers: ['hackers', 'attackers', 'criminals', 'intruders', 'threat actors'],
  said: ['said', 'confirmed', 'stated', 'disclosed', 'announced', 'told customers'],
  stole: ['stole', 'exfiltrated', 'took', 'copied', 'made off with'],
  stolen: ['stolen', 'exfiltrated', 'taken', 'copied', 'siphoned off'],
  systems: ['systems', 'networks', 'IT systems', 'servers', 'computer systems'],
  urged: ['urged', 'advised', 'told', 'asked', 'warned'],
  investigation: ['investigation', 'forensic review', 'inquiry', 'probe'],
  began: ['began', 'started', 'got under way', 'was first seen'],
  fix: ['patch', 'fix', 'security update', 'fixed release'],
  flaw: ['flaw', 'vulnerability', 'bug', 'weakness', 'security hole'],
  big: ['major', 'large', 'significant', 'serious', 'widespread'],
  shortly: ['shortly', 'soon', 'quickly', 'within days'],
};

/** Facts every type can carry: who said what, where, and which researcher looked at it. */
export const commonFacts: readonly (readonly string[])[] = [
  [
    '"We are working around the clock to resolve this," said {person}, a spokesperson for {victimShort}.',
    '{person}, who speaks for {victimShort}, said the company had "made good progress" restoring {systems}.',
    'In a statement, {person} of {victimShort} apologised for the disruption.',
  ],
  [
    '{victimShort} employs about {staff} people and is based in {city}.',
    'Headquartered in {city}, {victimShort} has around {staff} staff.',
  ],
  [
    '{firm} researcher {researcher} said the activity fits the pattern of earlier {actor} operations.',
    'According to {researcher} of {firm}, {actor} typically spends days inside a network before acting.',
    '"This is a well-resourced crew," said {researcher}, a threat analyst at {firm}.',
  ],
  [
    '{researcher} of {firm} published technical notes on the {attack} on {weekday}.',
    'A report from {firm} describes how the {hackers} moved from the first foothold to {systems}.',
  ],
  [
    'The outage hit {service} in {city} and beyond.',
    'Customers in {city} reported problems with {service} for several days.',
  ],
];

/**
 * Word swaps applied to each written report at random (not to syndicated copies), so two reports
 * of one event that picked the same wording of a fact still differ as outlets' rewrites do.
 */
export const paraphrases: Record<string, readonly string[]> = {
  about: ['roughly', 'around', 'some'],
  said: ['stated', 'noted'],
  attackers: ['hackers', 'intruders'],
  company: ['firm', 'business'],
  customers: ['clients', 'users'],
  files: ['documents', 'records'],
  began: ['started'],
  offline: ['down'],
  several: ['a number of', 'multiple'],
  found: ['discovered', 'identified'],
  published: ['released', 'put out'],
  servers: ['machines'],
  including: ['such as'],
  warned: ['cautioned'],
  used: ['employed'],
  staff: ['employees', 'workers'],
  people: ['individuals', 'persons'],
  through: ['via', 'by way of'],
  infected: ['compromised', 'hijacked'],
  seized: ['confiscated'],
  arrested: ['detained'],
  the: ['the', 'the', 'this'],
  also: ['also', 'additionally'],
  very: ['very', 'highly'],
  quickly: ['quickly', 'rapidly'],
  before: ['before', 'prior to'],
  most: ['most', 'the majority of'],
};

export interface TypeTemplates {
  titles: readonly string[];
  leads: readonly string[];
  /** Leads for reports weeks or months after the event. */
  followUps: readonly string[];
  /** Each inner list is one fact in several wordings. */
  facts: readonly (readonly string[])[];
  background: readonly string[];
}

export const advice: readonly string[] = [
  'Security teams are advised to review remote access logs and enforce multi-factor authentication for every external login.',
  'Experts recommend offline backups, tested restores and a rehearsed incident response plan.',
  'Organisations should apply vendor patches promptly and monitor edge devices for unexpected changes.',
  'Defenders should hunt for unusual administrator accounts, new scheduled tasks and large outbound transfers.',
  'The Cybersecurity and Infrastructure Security Agency keeps a catalogue of exploited flaws that administrators can use to prioritise fixes.',
  'Incident responders say that segmentation and least privilege limit how far an intruder can move.',
  'Anyone who received a notification letter should watch for phishing messages that reuse the stolen details.',
  'Regulators have reminded operators of essential services that serious incidents must be reported within days.',
  'Insurance brokers note that premiums now depend on basic controls such as MFA and endpoint detection.',
  'Analysts stress that paying a ransom does not guarantee that stolen data is deleted.',
];

const ransomware: TypeTemplates = {
  titles: [
    'Ransomware attack disrupts {victim}',
    '{victim} hit by ransomware, {actor} claims responsibility',
    '{actor} ransomware gang lists {victim} on leak site',
    '{victim} confirms cyber attack as {system} stays offline',
    'Cyber attack on {victim}: what we know so far',
    '{victimShort} still recovering from ransomware; {service} disrupted',
  ],
  leads: [
    '{victim}, a {sectorWord} in {country}, {said} it was hit by a ransomware {attack} on {date}.',
    'A ransomware {attack} has disrupted operations at {victim} since {weekday}.',
    '{victim} is recovering from a ransomware {attack} that forced it to take {system} offline on {date}.',
    'Ransomware {hackers} broke into {victim} and encrypted {systems}, the {sectorWord} {said} on {weekday}.',
    'The ransomware {attack} that hit {victim} on {date} has left {service} struggling.',
  ],
  followUps: [
    'Weeks after the ransomware {attack} on {victim}, the {sectorWord} has published more details.',
    '{victim} has given an update on the ransomware {attack} that crippled it in {month}.',
    '{victimShort} says {system} is back online, {weeks} weeks after ransomware hit the {sectorWord}.',
  ],
  facts: [
    [
      'The {actor} gang claimed responsibility on its leak site.',
      '{actor} listed {victimShort} on its extortion portal and threatened to publish the files.',
      'Researchers attribute the {attack} to {actor}, a ransomware operation active since {actorYear}.',
      'On its dark web site, {actor} took credit for the {attack}.',
    ],
    [
      '{system} was taken offline and staff switched to manual workarounds.',
      'With {system} unavailable, employees went back to pen and paper.',
      'The {hackers} encrypted {system}, which the {sectorWord} relies on every day.',
    ],
    [
      'The {hackers} claim to have {stole} {dataGb} GB of files, including {dataTypes}.',
      'According to the leak site post, {dataGb} GB of data was {stolen} before encryption.',
      'Samples posted by the gang appear to show {dataTypes}.',
    ],
    [
      'The gang is demanding {money} for a decryptor and for deleting the stolen files.',
      'A ransom of {money} was reportedly demanded.',
      '{extortion}',
    ],
    [
      'Investigators believe initial access came through {access}.',
      'The {hackers} got in through {access}, {victimShort} {said}.',
      'The entry point, according to people familiar with the {investigation}, was {access}.',
    ],
    [
      'The intruders exploited {cve} in an unpatched {vendor} {product} appliance.',
      'Initial access came through {cve}, a {flaw} in {vendor} {product} that had been patched months earlier.',
    ],
    [
      '{victimShort} {said} it had notified law enforcement and hired outside incident responders.',
      'A forensic {investigation} with external specialists is under way, and the police have been informed.',
      'The {sectorWord} has reported the {attack} to regulators in {country}.',
    ],
    [
      'The encryptor was delivered with {malware}, a loader the group has used before.',
      'Responders found {malware} on several hosts, a tool often seen before {actor} deployments.',
    ],
    [
      'Defenders can look for connections to {ioc}, which the {hackers} used for command and control.',
      'The {hackers} staged data on {ioc} before exfiltration.',
    ],
  ],
  background: [
    'Ransomware remains the most disruptive threat to {sectorWord}s, which cannot afford long outages.',
    'Double extortion, where data is stolen before it is encrypted, is now the norm for ransomware gangs.',
    'Healthcare and local government have been frequent ransomware targets over the past three years.',
    'Ransomware crews increasingly target virtualisation hosts so they can encrypt many servers at once.',
  ],
};

const breach: TypeTemplates = {
  titles: [
    '{victim} data breach exposes {count} customers',
    '{victim} warns customers after data theft',
    'Hackers steal records of {count} people from {victim}',
    '{victim} confirms breach of {system}',
    '{victimShort} breach: {dataTypes} exposed',
  ],
  leads: [
    '{victim} {said} on {weekday} that {hackers} {stole} personal data belonging to {count} people.',
    'A data breach at {victim}, a {sectorWord}, has exposed the details of {count} customers.',
    '{victim} is notifying {count} people that their personal information was {stolen} in a {attack} discovered on {date}.',
    '{hackers} accessed {system} at {victim} and {stole} {dataTypes}.',
  ],
  followUps: [
    '{victim} has raised the number of people affected by its data breach to {count}.',
    'Months after the breach at {victim}, a regulator filing gives a fuller picture of the damage.',
  ],
  facts: [
    [
      '{dataTypes} were among the data taken.',
      'The stolen files include {dataTypes}.',
      'Exposed information includes {dataTypes}, {victimShort} {said}.',
    ],
    [
      'A seller calling itself {actor} is offering the database on a hacking forum.',
      'The {actor} extortion group has claimed the theft and posted samples.',
    ],
    [
      'The intrusion began with {access}.',
      'Attackers reached {system} through {access}.',
      '{victimShort} traced the breach to {access}.',
    ],
    [
      '{victimShort} {said} it found no evidence that passwords were compromised but is resetting them anyway.',
      'Affected customers are being offered two years of credit monitoring.',
      '{victimShort} has set up a call centre for worried customers.',
    ],
    [
      'The {sectorWord} first detected suspicious activity on {date} and took {system} offline.',
      'Unusual queries against {system} were spotted on {date}.',
    ],
  ],
  background: [
    'Breach notification laws require companies to tell regulators and affected people within fixed deadlines.',
    'Stolen personal data is often resold several times and reused for phishing and identity fraud.',
    'Cloud storage accounts without multi-factor authentication have been behind several large breaches.',
  ],
};

const vuln: TypeTemplates = {
  titles: [
    '{vendor} patches exploited {product} {flaw} {cve}',
    'Hackers exploit {cve} in {vendor} {product}',
    'Critical {vendor} {product} {flaw} under active attack',
    'CISA adds {vendor} {product} {flaw} {cve} to exploited list',
    '{product} {bugClass} ({cve}) exploited as a zero-day',
  ],
  leads: [
    '{vendor} has released a {fix} for {cve}, a {bugClass} in {product} that is being exploited in the wild.',
    '{hackers} are exploiting {cve}, a critical {flaw} in {vendor} {product}, security researchers warned on {weekday}.',
    'A {bugClass} in {vendor} {product}, tracked as {cve}, has been exploited since {date}.',
    'Administrators of {vendor} {product} are being told to patch {cve} after attacks began on {date}.',
  ],
  followUps: [
    'Exploitation of {cve} in {vendor} {product} is still spreading weeks after the {fix} was released.',
    'Thousands of {product} devices remain exposed to {cve} despite the {fix}.',
  ],
  facts: [
    [
      'The {flaw} is rated {cvss} on the CVSS scale and requires no authentication.',
      '{cve} carries a CVSS score of {cvss}.',
      'With a severity score of {cvss}, {cve} is among the most serious {product} bugs to date.',
    ],
    [
      'A second {flaw}, {cve2}, can be chained with it to run commands as root.',
      'Attackers combine it with {cve2} to gain full control of the appliance.',
    ],
    [
      'The Cybersecurity and Infrastructure Security Agency added {cve} to its Known Exploited Vulnerabilities catalogue.',
      'CISA ordered federal agencies to fix {cve} within three weeks.',
    ],
    [
      'Researchers linked some of the exploitation to {actor}.',
      'The earliest attacks were attributed to {actor}, which has targeted {product} before.',
    ],
    [
      'After exploitation the {hackers} dropped {malware}, a web shell that survives upgrades.',
      'Compromised devices were found running {malware}.',
    ],
    [
      'Scans show about {count} internet-facing {product} instances that have not yet been patched.',
      'Internet scans counted roughly {count} exposed devices.',
    ],
    [
      'Indicators include connections from {ioc}.',
      'Exploit attempts came from {ioc}, among other addresses.',
    ],
    [
      'The {flaw} sits in the {component} of {product}.',
      'The bug lives in the {component}, which is reachable from the internet on most deployments.',
    ],
    [
      'Fixed builds are {version} and later.',
      '{vendor} urged customers to move to version {version} or apply the mitigation file.',
    ],
  ],
  background: [
    'Edge devices such as VPN gateways and firewalls have become a favourite entry point because they sit outside endpoint monitoring.',
    'Vendors of network appliances have disclosed a steady stream of exploited flaws over the past two years.',
    'Exploitation often starts within days of a proof of concept being published.',
  ],
};

const espionage: TypeTemplates = {
  titles: [
    '{actor} spies target {sectorWord}s with {malware}',
    'State hackers {actor} breach {victim}',
    'Espionage campaign by {actor} hits {sectorWord}s in {country}',
  ],
  leads: [
    'A state-backed group tracked as {actor} has been spying on {sectorWord}s in {country} since {date}.',
    '{actor}, a state-sponsored group, breached {victim} as part of an espionage campaign.',
    'Researchers have exposed an espionage operation by {actor} aimed at {sectorWord}s.',
  ],
  followUps: ['New details have emerged about the {actor} espionage campaign first reported in {month}.'],
  facts: [
    [
      'The group deployed {malware}, a custom backdoor, to keep access.',
      'A previously unseen implant dubbed {malware} was used to exfiltrate email.',
    ],
    ['Among the victims is {victim}.', '{victim} confirmed that it was among the organisations breached.'],
    ['Initial access came through {cve} in {vendor} {product}.'],
    [
      'Command-and-control traffic went to {ioc}.',
      'The implant beaconed to {ioc} over HTTPS every few minutes.',
    ],
    [
      'The operators were after {dataTypes}.',
      'Files taken included {dataTypes}.',
      'The activity appears aimed at intelligence collection rather than financial gain.',
    ],
    [
      'The {hackers} went after {system}.',
      'Access to {system} gave the group a view of internal communications.',
    ],
  ],
  background: [
    'State-sponsored groups have shifted to living-off-the-land techniques that blend in with administration.',
    'Telecommunications providers and government departments remain high-value espionage targets.',
  ],
};

const ddos: TypeTemplates = {
  titles: [
    '{victim} hit by {size} Tbps DDoS attack',
    '{botnet} botnet floods {victim} with record DDoS',
    'DDoS attack knocks {victim} offline',
  ],
  leads: [
    '{victim} was hit on {date} by a distributed denial-of-service {attack} that peaked at {size} Tbps.',
    'A DDoS {attack} attributed to the {botnet} botnet knocked {victim} offline for hours on {weekday}.',
    '{system} at {victim} went dark on {date} under a {size} Tbps flood.',
  ],
  followUps: ['Mitigation providers have published an analysis of the DDoS {attack} on {victim}.'],
  facts: [
    [
      'The flood came from {botnet}, a botnet of hijacked {devices}.',
      'Traffic was traced to {botnet}, which is built from compromised {devices}.',
    ],
    ['The {attack} lasted about {minutes} minutes.', 'Peak traffic held for roughly {minutes} minutes.'],
    ['A hacktivist group calling itself {actor} claimed the {attack}.'],
    ['Traffic originated from {count} unique IP addresses.', 'About {count} source addresses took part.'],
    ['{system} was the main target.', 'Most of the traffic hit {system}.'],
  ],
  background: [
    'Hyper-volumetric DDoS attacks have grown sharply, driven by botnets of insecure IoT devices.',
    'Most DDoS attacks are short bursts that end before a human can react.',
  ],
};

const takedown: TypeTemplates = {
  titles: [
    '{operation}: police dismantle {botnet} botnet',
    'Law enforcement takes down {botnet} infrastructure',
    'Europol-led {operation} disrupts {botnet}',
  ],
  leads: [
    'Police in {countries} countries have dismantled the {botnet} botnet in {operation}, Europol {said}.',
    'An international law enforcement action, {operation}, took down the servers behind {botnet} on {date}.',
    '{botnet}, a botnet of hijacked {devices}, has been taken offline in {operation}.',
  ],
  followUps: ['Authorities have released new figures from {operation}, the takedown of {botnet}.'],
  facts: [
    [
      '{arrests} suspects were arrested and {servers} servers seized.',
      'Officers made {arrests} arrests and took {servers} servers offline.',
    ],
    [
      'The botnet had infected about {count} {devices} worldwide.',
      '{botnet} controlled roughly {count} infected machines.',
    ],
    ['The FBI and Europol coordinated the action with partners in {countries} countries.'],
    ['Investigators also seized domains used to distribute {malware}.'],
    [
      'The operators are accused of renting the botnet out through {system}.',
      'Access was sold through {system}, a criminal storefront.',
    ],
  ],
  background: [
    'Takedowns disrupt criminal infrastructure, but operators often rebuild within months.',
    'Police increasingly pair arrests with psychological operations aimed at the criminal community.',
  ],
};

const campaign: TypeTemplates = {
  titles: [
    '{botnet} botnet grows through {devices}',
    'New {malware} campaign spreads through {vector}',
    '{botnet} botnet enslaves {count} devices',
  ],
  leads: [
    'The {botnet} botnet has infected about {count} {devices} since {date}, researchers {said}.',
    'A campaign spreading {malware} through {vector} has been running since {date}.',
  ],
  followUps: ['The {malware} campaign first seen in {month} is still expanding.'],
  facts: [
    [
      '{botnet} targets {devices} and brute-forces weak passwords.',
      'The {botnet} operators go after {devices} that still run default credentials.',
    ],
    ['The operators, tracked as {actor}, rent out access to other criminals.'],
    ['Infected devices connect to {ioc} for commands.', 'Its command servers include {ioc}.'],
    ['Victims download {malware} through {vector}.', '{malware} reaches victims through {vector}.'],
    ['The campaign exploits {cve} in {vendor} {product} to spread.'],
    ['Once installed, {malware} steals {dataTypes}.', '{malware} is built to harvest {dataTypes}.'],
  ],
  background: [
    'IoT botnets thrive on default passwords and end-of-life devices that never receive updates.',
    'Loaders sold as a service let many criminal groups share the same distribution channels.',
  ],
};

const phishing: TypeTemplates = {
  titles: [
    'Phishing campaign impersonates {victim}',
    '{actor} phishing kit targets {sectorWord} customers',
    'Fraudsters steal {money} in {victim} scam',
  ],
  leads: [
    'A phishing campaign impersonating {victim} has targeted thousands of inboxes since {date}.',
    'Fraudsters used the {actor} phishing kit to steal {money} from {sectorWord} customers.',
    'Customers of {victim} are receiving {lure}.',
  ],
  followUps: ['The phishing wave impersonating {victim} has picked up again.'],
  facts: [
    [
      'The lures link to look-alike login pages hosted on {ioc}.',
      'Victims were sent to {ioc}, which mimics the real sign-in page.',
    ],
    ['The messages are {lure}.', 'Recipients get {lure}.'],
    ['The kit relays multi-factor codes in real time, so one-time passwords do not stop it.'],
    ['About {count} people entered their credentials before the pages were taken down.'],
    ['The fake pages copy the look of {system}.'],
  ],
  background: ['Adversary-in-the-middle phishing kits are sold as subscriptions on criminal forums.'],
};

const supply: TypeTemplates = {
  titles: [
    'Supply chain attack on {vendor} {product} hits downstream customers',
    'Trojanised {product} update spread {malware}',
  ],
  leads: [
    'Attackers compromised the build system of {vendor} and pushed a trojanised {product} update on {date}.',
    'A supply chain {attack} through {vendor} {product} delivered {malware} to customers.',
  ],
  followUps: ['More victims of the {vendor} {product} supply chain {attack} have come forward.'],
  facts: [
    ['The malicious update carried {malware}.', 'The tampered installer dropped {malware}.'],
    ['About {count} customers installed the poisoned version.'],
    ['Researchers attribute the operation to {actor}.'],
    ['The implant contacted {ioc}.'],
    ['The issue is tracked as {cve}.'],
    ['Version {version} of {product} was the tampered release.'],
    ['The {hackers} first got into {system}.'],
  ],
  background: [
    'Software supply chain attacks let one intrusion reach thousands of downstream organisations.',
  ],
};

/** Event-level details: chosen once per event, so its reports agree on them and other events differ. */
export const details: Record<string, readonly string[]> = {
  access: [
    'a phishing email opened by an employee',
    'stolen VPN credentials without multi-factor authentication',
    'a remote desktop server exposed to the internet',
    'a help desk call in which the caller impersonated an employee',
    'a compromised supplier account',
    'an unpatched file transfer server',
    'a password reused from an earlier breach',
    'a malicious browser extension on an administrator laptop',
  ],
  bugClass: ['authentication bypass', 'command injection', 'buffer overflow', 'path traversal', 'deserialisation flaw', 'server-side request forgery', 'SQL injection', 'use-after-free'], // prettier-ignore
  vector: ['malvertising', 'fake browser updates', 'poisoned search results', 'cracked software downloads', 'fake CAPTCHA pages', 'trojanised game mods'], // prettier-ignore
  dataTypes: ['Social Security numbers', 'medical records', 'passport scans', 'payroll files', 'insurance claims', 'bank account details', 'driving licence numbers', 'student records', 'customer contracts', 'engineering drawings', 'email archives', 'session cookies'], // prettier-ignore
  devices: ['home routers', 'IP cameras', 'network video recorders', 'Android TV boxes', 'small office firewalls', 'DVRs'], // prettier-ignore
  lure: ['fake invoices with QR codes', 'parcel delivery notices', 'tax refund offers', 'password expiry warnings', 'voicemail notifications', 'shared document alerts'], // prettier-ignore
  extortion: [
    'The gang has threatened to contact customers directly unless it is paid.',
    'A countdown timer on the leak site gives the {sectorWord} a week to pay.',
    'The criminals have started publishing files in batches to raise the pressure.',
    'The extortionists emailed staff to pressure management into paying.',
  ],
  component: ['web management interface', 'SSL VPN portal', 'SAML handler', 'file upload endpoint', 'licensing service', 'REST API'], // prettier-ignore
  systemKind: ['patient portal', 'booking system', 'payroll platform', 'customer database', 'ERP system', 'electronic health record system', 'billing platform', 'file share', 'email server', 'dispatch system'], // prettier-ignore
};

export const templates: Record<EventType, TypeTemplates> = {
  ransomware,
  'data-breach': breach,
  'vulnerability-exploitation': vuln,
  espionage,
  ddos,
  'law-enforcement': takedown,
  'malware-campaign': campaign,
  'phishing-fraud': phishing,
  'supply-chain': supply,
};

/** A sentence mentioning an earlier, different event: shared names across events. */
export const distractors: readonly string[] = [
  'The {attack} comes after {otherActor} hit {otherVictim}.',
  'Last year {otherVendor} customers were hit through {otherCve}, a different {flaw}.',
  'It is unrelated to the earlier {attack} on {otherVictim}.',
  'The group is not connected to {otherActor}, which was in the news recently.',
];
