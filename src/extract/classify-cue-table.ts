import type { IncidentType } from '../core/facts.js';
import type { CueSpec } from './classify-cues.js';

/**
 * The cue phrases of each incident type, written by us: `[label, weight, pattern?]` (see `CueSpec`
 * in `classify-cues.ts` for how they are matched and weighed).
 */
export const cueTable: Record<IncidentType, readonly CueSpec[]> = {
  ransomware: [
    ['ransomware', 4, 'ransomware(?! (?:gang|group|crew|operation|operators?|actors?|affiliates?|brand))'],
    ['ransomware gang', 1, 'ransomware (?:gang|group|crew|operation|operators?|actors?|affiliates?|brand)'],
    ['ransom note', 4, 'ransom ?notes?'],
    ['ransom', 2, 'ransoms?'],
    [
      'encrypted systems',
      2,
      "encrypt(?:ed|ing|s)? (?:the |its |their |victims\u2019? |victims' )?(?:(?:more than |over |about |some |nearly |roughly )?[\\d,]+ )?(?:of (?:its|their|the) )?(?:files|systems|servers|machines|computers|devices|hosts|networks|virtual machines|ESXi|hypervisors)|(?:files|systems|servers|machines|devices|hypervisors) (?:were|was|had been|being) encrypted",
    ],
    ['encryptor', 3, 'encryptors?|lockers?'],
    ['decryptor', 2, 'decryptors?|decryption keys?'],
    ['leak site', 3, 'leak sites?|data leak sites?'],
    ['double extortion', 3],
    ['affiliates', 1, 'affiliates?'],
  ],
  'data-breach': [
    ['data breach', 5, 'data breach(?:es)?'],
    ['breach', 2, 'breach(?:ed|es)?'],
    ['stolen data', 3, 'stolen data|data (?:was|were) stolen|stole data'],
    ['personal information', 2, 'personal (?:information|data)|personally identifiable information|PII'],
    ['Social Security numbers', 3, 'Social Security numbers?|SSNs?'],
    ['unauthorized access', 2, 'unauthori[sz]ed access|unauthori[sz]ed third party'],
    ['exposed data', 2, 'exposed (?:database|data|records)|misconfigured (?:database|bucket|server)'],
    ['leaked', 2, 'leaked|leak of'],
    [
      'notified individuals',
      3,
      'notif(?:ied|ying|ication letters?) (?:affected )?(?:customers|individuals|users|patients)',
    ],
    ['records', 1, 'records'],
    [
      'theft of data',
      3,
      '(?:stole|stolen|copied|download(?:ed)?|took|taken) (?:[\\w-]+ ){0,3}(?:data|records|logs|files|emails|information|details|databases?|tables)|(?:\\w+-)?(?:data|records?) theft|theft of (?:[\\w-]+ ){0,2}(?:data|records|logs|files|emails)|exfiltrat(?:ed|ion)',
    ],
    ['intrusion', 1, 'intru(?:sion|ders?)|cyber[- ]?attacks?|unauthori[sz]ed activity|hack(?:ed|ers?)'],
    // What a company calls an attack it has not yet described: an incident, not an outage.
    ['cyber incident', 1, '(?:cyber|cyber-?security|information security|security) incidents?'],
    ['data dump', 2, '(?<!crash |memory |core |heap )dump(?:ed|s)?'],
    ['affected people', 2, 'affected (?:individuals|customers|patients|people|users)'],
    [
      'data affected',
      2,
      'data["\\u201d]? (?:had been|has been|was|were) (?:affected|accessed|taken|copied|exposed|stolen|downloaded)',
    ],
    [
      'regulators informed',
      2,
      '(?:informed|notified) (?:the )?(?:relevant )?(?:regulators|data protection authorit(?:y|ies))',
    ],
  ],
  ddos: [
    ['DDoS', 4, 'DDoS'],
    ['denial-of-service', 4, 'denial[- ]of[- ]service'],
    ['Tbps', 3, 'Tbps|terabits per second'],
    ['requests per second', 3, 'requests per second|rps'],
    ['Gbps', 2, 'Gbps|Mpps|packets per second'],
    ['flood', 2, 'flood(?:ed|ing|s)?'],
    ['volumetric', 2],
    ['amplification', 2, 'amplification|reflection attacks?'],
  ],
  'vulnerability-exploitation': [
    ['exploited in the wild', 5, 'exploited in the wild|in-the-wild exploitation'],
    ['actively exploited', 5, 'actively exploited|active exploitation|under active attack'],
    ['zero-day', 3, 'zero-days?|0-days?'],
    ['Known Exploited Vulnerabilities', 4, 'Known Exploited Vulnerabilities|KEV'],
    ['CVE', 2, 'CVE-\\d{4}-\\d{4,7}'],
    ['exploit', 1, 'exploit(?:ed|ing|s|ation)?'],
    ['vulnerability', 1, 'vulnerabilit(?:y|ies)|flaws?'],
    ['proof-of-concept', 1, 'proof[- ]of[- ]concept|PoC'],
  ],
  'supply-chain': [
    ['supply chain attack', 5, 'supply[- ]chain (?:attacks?|compromise)'],
    ['supply chain', 2, 'supply[- ]chain'],
    ['trojanized', 3, 'trojani[sz]ed'],
    [
      // A backdoor planted in someone else's software: its users are the targets.
      'backdoored software',
      4,
      "(?:backdoor|malicious code)(?: \\w+){0,3} (?:in|into) (?:the |a |an )?(?:[\\w.-]+ ){0,4}(?:library|package|project|release|releases|tarballs?|repository|source code|open[- ]source|\\d+\\.\\d+)|(?:release|source) tarballs?|maintainer(?:'s|s)? (?:account|access)",
    ],
    [
      'malicious update',
      3,
      '(?:malicious|compromised|poisoned|tampered|trojani[sz]ed|rogue) (?:software )?(?:updates?|installers?|builds?|bundles?|scripts?|versions?|releases?|commits?|tags?|dependenc(?:y|ies))',
    ],
    [
      'signed legitimate software',
      2,
      'legitimate,? (?:digitally )?signed|official (?:desktop )?(?:client|app|installer)',
    ],
    [
      'third-party script',
      2,
      'third-party (?:script|library|component|code)|script tags?|CDN|inject(?:ed|ing) (?:malicious )?code',
    ],
    [
      'customers targeted through a provider',
      3,
      '(?:to reach|to go after|to target|to attack) (?:\\w+ ){0,3}(?:its |their )?customers',
    ],
    ['malicious package', 3, 'malicious (?:npm |PyPI )?packages?'],
    [
      // The build and release machinery of software others install: compromising it reaches them.
      'build pipeline',
      3,
      '(?:CI/CD|CI|build|release|publishing) (?:pipelines?|workflows?|runners?)|GitHub Actions?|workflow files?',
    ],
    ['package registry', 2, 'PyPI|npm registry|RubyGems|crates\\.io|Maven Central|NuGet'],
    ['typosquatting', 2, 'typosquat(?:ting|ted)?'],
    ['backdoored', 2, 'backdoored'],
    ['downstream customers', 2, 'downstream (?:customers|users)'],
  ],
  espionage: [
    ['espionage', 4, 'cyber-?espionage|espionage'],
    ['state-sponsored', 3, 'state-sponsored|nation-state|state-backed'],
    ['APT', 2, 'APT ?\\d+|advanced persistent threats?'],
    ['intelligence gathering', 2, 'intelligence[- ]gathering|intelligence collection'],
    ['spying', 2, 'spy(?:ing)?|spies'],
    [
      'state hackers',
      3,
      '(?:Russian|Chinese|Iranian|North Korean) (?:state|intelligence|military|government)|state hackers|government-backed|foreign intelligence|intelligence services?',
    ],
    [
      'officials\u2019 email',
      2,
      "(?:government|officials\u2019?|officials'|diplomats\u2019?|executives\u2019?|executives') (?:email|inboxes|mailboxes)",
    ],
    ['state nexus', 2, '(?:China|Russia|Iran|North Korea)-(?:nexus|linked|backed|aligned|based)'],
    [
      'state hackers by nationality',
      2,
      '(?:Chinese|Russian|Iranian|North Korean) (?:hackers|spies|hacking group|threat actors?)',
    ],
    // Vendors name state groups by country: Microsoft's Typhoon (China), Blizzard (Russia),
    // Sandstorm (Iran), Sleet (North Korea); CrowdStrike's Panda, Bear, Kitten, Chollima.
    [
      'state group by vendor name',
      3,
      '[\\w-]+ (?:Typhoon|Blizzard|Sandstorm|Sleet|Panda|Bear|Kitten|Chollima)',
    ],
    ['pre-positioning', 3, 'pre-?position(?:ed|ing|s)?'],
    ['diplomats', 2, 'diplomat(?:s|ic)|ministr(?:y|ies) of foreign affairs'],
    ['government networks', 1, 'government (?:networks|entities|agencies)'],
  ],
  'malware-campaign': [
    ['malware', 2],
    ['botnet', 2, 'botnets?'],
    ['infostealer', 3, 'info-?stealers?|stealers?'],
    ['trojan', 2, 'trojans?|remote access trojans?|RATs?'],
    ['loader', 2, 'loaders?|droppers?'],
    ['backdoor', 2, 'backdoors?'],
    ['malvertising', 3],
    ['infected', 1, 'infect(?:ed|ing|ions?)'],
    ['campaign', 1, 'campaigns?'],
    ['command-and-control', 1, 'command[- ]and[- ]control|C2'],
  ],
  'law-enforcement': [
    ['arrested', 4, 'arrest(?:ed|s)?'],
    ['seized', 3, 'seiz(?:ed|ure|es)'],
    [
      'takedown',
      3,
      'takedowns?|(?<!(?:attacks?|outages?|incident|ransomware|DDoS|floods?|failure|bug|update)\\s(?:\\w+\\s)?)t(?:ook|aken|akes?) down|dismantl(?:ed|es|ing)|crackdown|disrupt(?:ed|s|ing|ion of) (?:[\\w/.-]+ ){0,3}(?:botnet|infrastructure|servers|gang|group|ransomware)',
    ],
    ['charged', 4, 'indict(?:ed|ment)|charged|extradited|sentenced|pleaded guilty'],
    ['law enforcement', 3, 'law enforcement'],
    ['police', 3, 'police'],
    ['raid', 2, 'raid(?:s|ed)?|in custody'],
    // The bureau co-signs advisories and names attackers: its name alone is weak evidence of an action.
    ['FBI', 1, 'FBI'],
    [
      'keys handed to victims',
      3,
      '(?:hand(?:s|ed|ing)?|pass(?:es|ed|ing)?|gave|giv(?:es|ing)|offer(?:s|ed)|distribut(?:ed|es|ing)) (?:\\w+ ){0,3}(?:decryptors?|decryption keys?)',
    ],
    ['Europol', 3, 'Europol|Eurojust'],
    ['Justice Department', 3, '(?:U\\.S\\. )?Justice Department|Department of Justice|DOJ'],
    ['prosecutors', 3, 'prosecutors?'],
    ['sanctioned', 3, 'sanction(?:ed|s)'],
    ['joint operation', 3, '(?:joint|international|coordinated) (?:action|operation|disruption)'],
    ['authorities', 1, 'authorities'],
  ],
  'phishing-fraud': [
    ['phishing', 4, 'phishing|smishing|vishing'],
    ['scam', 3, 'scams?|scammers?'],
    ['fraud', 3, 'fraud(?:ulent|sters?)?'],
    ['business email compromise', 4, 'business email compromise|BEC'],
    ['credential harvesting', 3, 'credential harvesting|fake login pages?'],
    ['impersonation', 2, 'impersonat(?:ed|ing|ion)'],
    ['lure', 2, 'lures?'],
    ['social engineering', 2],
    ['pig butchering', 4, 'pig butchering|investment scams?'],
  ],
  advisory: [
    ['joint advisory', 4, '(?:joint )?cybersecurity advisory|joint advisory|security bulletin'],
    ['advisory', 2, 'advisor(?:y|ies)'],
    ['mitigations', 2, 'mitigations?'],
    ['guidance', 1],
    ['recommends', 1, 'recommend(?:s|ed|ations?)?'],
    ['urges', 1, 'urg(?:es|ed|ing)'],
    ['best practices', 1],
    ['organizations should', 1, 'organi[sz]ations should|defenders should'],
    [
      'patch bulletin',
      3,
      'patch bulletin|Patch Tuesday|(?:monthly )?security updates|apply (?:the )?(?:patches|updates|fixes)|patching priorit(?:y|ies)',
    ],
    ['hardening', 2, 'harden(?:ing|ed)?|baseline (?:guidance|controls|configuration)'],
  ],
  'not-an-incident': [
    [
      'not a cyberattack',
      6,
      'not (?:the result of )?an? (?:cyber[- ]?attack|attack|security incident|DDoS|hack)|no (?:evidence|sign|signs) of (?:an? )?(?:cyber[- ]?attack|attack|malicious activity)|(?:was|there was) no malicious activity|ruled out (?:an? )?(?:cyber[- ]?attack|attack)',
    ],
    ['faulty update', 5, '(?:faulty|defective|botched|bad) (?:software |content )?updates?'],
    // A company putting out a product, not attackers launching attacks or a vendor an emergency fix.
    [
      'product launch',
      3,
      '(?:launch(?:es|ed)|unveil(?:s|ed)|introduc(?:es|ed))(?! (?:[\\w-]+ ){0,3}?(?:attacks?|campaigns?|assaults?|waves?|offensives?|operations?|intrusions?|raids?|investigations?|probes?|inquir(?:y|ies)|patch(?:es)?|fix(?:es)?|updates?)\\b)|general availability|now available|today announced (?:the )?(?:launch|availability|release)',
    ],
    [
      'funding round',
      4,
      'funding round|rais(?:es|ed|ing) (?:\\$|€|£|US\\$)[\\d.]+ ?(?:million|billion|m\\b|bn\\b)|Series [A-F]|seed round|valuation',
    ],
    [
      'annual report',
      3,
      '(?:publish(?:es|ed)?|releas(?:es|ed)|launch(?:es|ed)) (?:its |the |a |an )?(?:annual|yearly|quarterly|half-year(?:ly)?|monthly|Q[1-4]|(?:19|20)\\d\\d)\\b[^.]{0,40}?\\b(?:report|survey|study|index|outlook)|(?:threat|DDoS|security) report for (?:the )?(?:[\\w-]+ )?(?:quarter|half|year)',
    ],
    ['acquisition', 3, 'acquisition|acquires|agreed to acquire'],
    [
      'earnings',
      2,
      'earnings|quarterly results|(?:first|second|third|fourth)-quarter (?:\\d{4} )?(?:results|revenue|earnings)|billings',
    ],
    // The call and the quarter as the subject: a business report, not the attack its numbers mention.
    [
      'earnings call',
      3,
      "earnings calls?|[\\w-]+(?:'s|’s) quarter|its quarter|analysts? (?:on the call|asked|kept|keep)",
    ],
    ['podcast', 3, "podcasts?|(?:this|the|last|latest|an?) episode|[\\w-]+(?:'s|’s) episode|episode of"],
    ['webinar', 3, 'webinars?|register (?:now|here|today|at)|registration (?:is )?(?:open|free)'],
    [
      'book',
      3,
      'book review|(?:the|this|his|her|a) (?:very good |new )?book\\b|re-?read(?:ing)?|paperback|hardcover',
    ],
    [
      // An argument, not a report: the author's own view of how defenders should work.
      'opinion',
      3,
      "in my (?:view|opinion)|I (?:would|'d|’d) argue|my argument|the case (?:for|against)|op-ed|opinion (?:piece|column)",
    ],
    [
      'free offer',
      3,
      'free,? (?:self-hosted |safe )?(?:copies|mirrors?)|offer(?:s|ed|ing)? (?:a )?free (?:[\\w.-]+ ){0,2}(?:mirrors?|copies|tools?|scanners?|service)',
    ],
    [
      'conference talk',
      3,
      'conference|keynote|(?:a|the|this) talk|talk on|(?<!(?:English|Russian|Chinese|Spanish|French|German|native|Arabic|Korean) )speakers?|slides|Q&A',
    ],
    [
      'appointment',
      3,
      'appoint(?:s|ed|ment of)|hires|joins (?:\\w+ )?as|named (?:as )?(?:chief|head|CEO|CISO|CTO|president)',
    ],
    ['award', 3, 'awards?|awarded|recogni[sz]ed as a leader'],
    ['post-mortem', 3, 'post-?mortem|(?:configuration|config|permissions|database) (?:change|file)'],
    ['partnership', 2, 'partnership|partners with'],
    ['outage', 1, 'outages?'],
  ],
};
