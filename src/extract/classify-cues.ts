import type { IncidentType } from '../core/facts.js';

/**
 * Cue phrases for incident classification, written by us. Each cue is `[label, weight, pattern?]`:
 * `label` is what the rationale shows, `pattern` a regex source (defaults to the label) matched
 * case-insensitively between word boundaries. Patterns are plain alternations of literals with at
 * most one optional suffix, so matching stays linear. A cue found in the title weighs
 * `titleFactor` times its weight.
 */
export type CueSpec = readonly [label: string, weight: number, pattern?: string];

export const titleFactor = 3;

/** Matches counted per cue in the body, so one repeated word cannot decide alone. */
export const maxCountPerCue = 3;

/** Below this total score nothing looks like an incident. */
export const minIncidentScore = 3;

/**
 * Types that win over the top-scoring type when they reach `ratio` of its score and `min` points:
 * a takedown article names the crime it ends, an outage article may say "attack" to deny it.
 */
export const precedence: readonly { type: IncidentType; ratio: number; min: number }[] = [
  { type: 'law-enforcement', ratio: 0.7, min: 6 },
  { type: 'not-an-incident', ratio: 0.6, min: 5 },
];

export const cueTable: Record<IncidentType, readonly CueSpec[]> = {
  ransomware: [
    ['ransomware', 4],
    ['ransom note', 4, 'ransom ?notes?'],
    ['ransom', 2, 'ransoms?'],
    ['encrypted', 2, 'encrypted|encrypting'],
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
    ['data affected', 2, 'data["\\u201d]? (?:had been|has been|was|were) (?:affected|accessed|taken|copied)'],
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
    ['malicious update', 3, '(?:malicious|compromised|poisoned) (?:software )?updates?'],
    ['malicious package', 3, 'malicious (?:npm |PyPI )?packages?'],
    ['typosquatting', 2, 'typosquat(?:ting|ted)?'],
    ['backdoored', 2, 'backdoored'],
    ['downstream customers', 2, 'downstream (?:customers|users)'],
  ],
  espionage: [
    ['espionage', 4, 'cyber-?espionage|espionage'],
    ['state-sponsored', 3, 'state-sponsored|nation-state|state-backed'],
    ['APT', 2, 'APT ?\\d+|advanced persistent threats?'],
    ['intelligence gathering', 2, 'intelligence[- ]gathering|intelligence collection'],
    ['spying', 2, 'spy(?:ing)?'],
    ['state nexus', 2, '(?:China|Russia|Iran|North Korea)-(?:nexus|linked|backed|aligned)'],
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
      'takedowns?|taken down|dismantl(?:ed|es|ing)|disrupt(?:ed|s) (?:the |a |its )?(?:botnet|infrastructure|operation|network|servers)',
    ],
    ['charged', 4, 'indict(?:ed|ment)|charged|extradited|sentenced|pleaded guilty'],
    ['law enforcement', 3, 'law enforcement'],
    ['police', 3, 'police'],
    ['Europol', 3, 'Europol|Eurojust'],
    ['Justice Department', 3, '(?:U\\.S\\. )?Justice Department|Department of Justice|DOJ'],
    ['prosecutors', 3, 'prosecutors?'],
    ['sanctioned', 3, 'sanction(?:ed|s)'],
    ['operation', 1, 'joint (?:action|operation)|international operation'],
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
  ],
  'not-an-incident': [
    [
      'not a cyberattack',
      6,
      'not (?:the result of )?a (?:cyber-?attack|security incident)|no evidence of (?:a )?(?:cyber-?attack|malicious activity)',
    ],
    ['faulty update', 5, '(?:faulty|defective|botched|bad) (?:software |content )?updates?'],
    ['product launch', 3, 'launch(?:es|ed)|unveil(?:s|ed)|general availability|now available'],
    ['funding round', 4, 'funding round|raised \\$|Series [A-F]|seed round|valuation'],
    ['acquisition', 3, 'acquisition|acquires|agreed to acquire'],
    ['earnings', 3, 'earnings|quarterly results|fiscal (?:quarter|year)'],
    ['partnership', 2, 'partnership|partners with'],
    ['outage', 1, 'outages?'],
  ],
};
