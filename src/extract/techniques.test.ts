import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AttackCorpus } from '../kb/types.js';
import { buildTechniqueModel } from './technique-model.js';
import type { CatalogEntry } from './techniques.js';
import { extractTechniques, modelTechniques, sentencesOf } from './techniques.js';
import { lexicon } from './techniques-lexicon.js';

const testdata = (name: string): string => readFileSync(new URL(`testdata/${name}`, import.meta.url), 'utf8');

const entries: [id: string, name: string, tactic: string][] = [
  ['T1498', 'Network Denial of Service', 'impact'],
  ['T1498.001', 'Direct Network Flood', 'impact'],
  ['T1498.002', 'Reflection Amplification', 'impact'],
  ['T1078', 'Valid Accounts', 'initial-access'],
  ['T1078.001', 'Default Accounts', 'initial-access'],
  ['T1190', 'Exploit Public-Facing Application', 'initial-access'],
  ['T1566.001', 'Spearphishing Attachment', 'initial-access'],
  ['T1566.002', 'Spearphishing Link', 'initial-access'],
  ['T1486', 'Data Encrypted for Impact', 'impact'],
  ['T1490', 'Inhibit System Recovery', 'impact'],
  ['T1567.002', 'Exfiltration to Cloud Storage', 'exfiltration'],
  ['T1505.003', 'Web Shell', 'persistence'],
  ['T1110', 'Brute Force', 'credential-access'],
  ['T1110.003', 'Password Spraying', 'credential-access'],
  ['T1195.002', 'Compromise Software Supply Chain', 'initial-access'],
  ['T1584.005', 'Botnet', 'resource-development'],
  ['T1583.005', 'Botnet', 'resource-development'],
  ['T1059.001', 'PowerShell', 'execution'],
  ['T1021.001', 'Remote Desktop Protocol', 'lateral-movement'],
  ['T1657', 'Financial Theft', 'impact'],
  ['T1574.001', 'DLL', 'persistence'],
];
const catalog: ReadonlyMap<string, CatalogEntry> = new Map(
  entries.map(([id, name, tactic]) => [id, { id, name, tactics: [tactic] }]),
);

/** [id, extractor, confidence, evidence span] */
type Row = [string, string, string, string];
const rows = (text: string): Row[] =>
  extractTechniques(text, catalog).map((t) => [
    t.id,
    t.extractor,
    t.confidence,
    text.slice(t.evidence.start, t.evidence.end),
  ]);

describe('extractTechniques', () => {
  it.each<[text: string, expected: Row[]]>([
    [
      'The botnet flooded the provider with UDP traffic.',
      [['T1498.001', 'lexicon:direct-flood', 'medium', 'flooded the provider with UDP traffic']],
    ],
    [
      'It was a volumetric DDoS attack.',
      [
        // The parent's weaker 'ddos' hit is hidden by the sub-technique.
        ['T1498.001', 'lexicon:volumetric', 'medium', 'volumetric DDoS attack'],
      ],
    ],
    [
      'Attackers abused a DNS amplification vector.',
      [['T1498.002', 'lexicon:dns-amplification', 'medium', 'DNS amplification']],
    ],
    [
      'The bots logged in with factory default passwords.',
      [['T1078.001', 'lexicon:default-credentials', 'medium', 'factory default passwords']],
    ],
    [
      'The actor exploited a flaw in the Ivanti VPN appliance.',
      [['T1190', 'lexicon:exploit-public-facing', 'medium', 'exploited a flaw in the Ivanti VPN appliance']],
    ],
    [
      'Employees received a spearphishing attachment.',
      [['T1566.001', 'lexicon:spearphishing-attachment', 'medium', 'spearphishing attachment']],
    ],
    [
      'The email carried a phishing link.',
      [['T1566.002', 'lexicon:phishing-link', 'medium', 'phishing link']],
    ],
    [
      'The ransomware encrypted files on every server and left a ransom note.',
      [['T1486', 'lexicon:encrypted-files', 'medium', 'encrypted files']],
    ],
    [
      'Operators deleted shadow copies first.',
      [['T1490', 'lexicon:shadow-copies', 'medium', 'deleted shadow copies']],
    ],
    [
      'They exfiltrated 2 TB of data to Mega.',
      [['T1567.002', 'lexicon:exfil-cloud', 'medium', 'exfiltrated 2 TB of data to Mega']],
    ],
    ['A China Chopper web shell was found.', [['T1505.003', 'lexicon:web-shell', 'medium', 'web shell']]],
    [
      'Brute-force attempts preceded password spraying.',
      // Brute force is hidden by its sub-technique, found with the same confidence.
      [['T1110.003', 'lexicon:password-spraying', 'medium', 'password spraying']],
    ],
    [
      'Customers installed a trojanized update of the client.',
      [['T1195.002', 'lexicon:supply-chain-update', 'medium', 'trojanized update']],
    ],
    [
      'Access came from stolen credentials.',
      [['T1078', 'lexicon:valid-accounts', 'medium', 'stolen credentials']],
    ],
    [
      'They moved laterally over RDP and ran PowerShell.',
      [
        ['T1021.001', 'lexicon:rdp-lateral', 'medium', 'moved laterally over RDP'],
        ['T1059.001', 'lexicon:powershell', 'medium', 'PowerShell'],
      ],
    ],
    ['Stolen files appeared on the leak site.', [['T1657', 'lexicon:extortion', 'low', 'leak site']]],
    [
      'DLL side-loading loaded the implant.',
      [['T1574.001', 'lexicon:dll-sideloading', 'medium', 'DLL side-loading']],
    ],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[text: string, expected: Row[]]>([
    [
      'They chained an authentication bypass with command injection on the VPN appliance.',
      [
        [
          'T1190',
          'lexicon:chained-exploit',
          'medium',
          'chained an authentication bypass with command injection on the VPN appliance',
        ],
      ],
    ],
    [
      'The operators abused two zero-days in Cisco ASA firewalls.',
      [['T1190', 'lexicon:chained-exploit', 'medium', 'abused two zero-days in Cisco ASA firewalls']],
    ],
    [
      'Attackers exploited CVE-2024-3400, a command injection flaw in PAN-OS firewalls.',
      [
        [
          'T1190',
          'lexicon:exploit-public-facing',
          'medium',
          'exploited CVE-2024-3400, a command injection flaw in PAN-OS',
        ],
      ],
    ],
    [
      'The gang is exploiting CVE-2023-34362 in MOVEit Transfer servers.',
      [['T1190', 'lexicon:exploit-public-facing', 'medium', 'exploiting CVE-2023-34362 in MOVEit']],
    ],
    [
      'Exploitation of CVE-2023-4966 in NetScaler gateways began in August.',
      [['T1190', 'lexicon:exploit-public-facing', 'medium', 'Exploitation of CVE-2023-4966 in NetScaler']],
    ],
    [
      'The actor exploited a flaw in a managed file transfer appliance.',
      [['T1190', 'lexicon:exploit-public-facing', 'medium', 'exploited a flaw in a managed file transfer']],
    ],
    [
      'Initial access came from compromising an internet-facing web server.',
      [['T1190', 'lexicon:compromised-public-facing', 'medium', 'compromising an internet-facing']],
    ],
  ])('finds exploitation of a public-facing application in %j', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each([
    'The VPN appliance was patched.',
    'A command injection flaw in the firewall was fixed in version 11.1.',
    'An authentication bypass in the VPN appliance was disclosed on Tuesday.',
    'They exploited a flaw in Microsoft Word documents sent by email.',
    'They exploited a flaw in the VPN client on employee laptops.',
    'Attackers used the VPN to move laterally.',
    'Employees used the gateway to reach internal apps.',
    'There is no evidence that the flaw in the VPN appliance was exploited.',
    'An attacker could exploit the flaw in the firewall to run code.',
    'Exploiting the bug requires local access to the laptop.',
    'The patch fixes an authentication bypass; customers using the VPN should update.',
  ])('finds no public-facing exploitation in %j', (text) => {
    expect(rows(text)).toEqual([]);
  });

  it('takes explicit IDs with high confidence, and prefers them over a lexicon hit', () => {
    const text = 'Direct floods (T1498.001) and a UDP flood; also T1499 and T9999.';
    expect(rows(text)).toEqual([['T1498.001', 'explicit-id', 'high', 'T1498.001']]);
  });

  it('keeps the first evidence and the highest confidence for one ID', () => {
    const text = 'First a SYN flood hit. The report maps it to T1498.001.';
    expect(rows(text)).toEqual([['T1498.001', 'explicit-id', 'high', 'SYN flood']]);
  });

  it('never infers a technique from an actor or malware name alone', () => {
    expect(rows('Mimikatz, Cobalt Strike, LockBit, Mirai and Volt Typhoon were named.')).toEqual([]);
  });

  it('skips IDs the catalog does not have and fills names and tactics from it', () => {
    expect(rows('They used a scheduled task and PsExec.')).toEqual([]);
    const [technique] = extractTechniques('PowerShell ran.', catalog);
    expect(technique).toMatchObject({ name: 'PowerShell', tactics: ['execution'] });
  });

  it('maps the botnet takedown report', () => {
    const ids = extractTechniques(testdata('prose-botnet-takedown.txt'), catalog).map((t) => t.id);
    // The low-confidence 'ddos' parent is hidden by the direct-flood sub-technique.
    expect(ids).toEqual(['T1583.005', 'T1584.005', 'T1078.001', 'T1498.001']);
  });

  it('has unique rule keys written as lexicon:<key>', () => {
    const keys = lexicon.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBeGreaterThanOrEqual(60);
  });

  it('is total on empty and hostile input', () => {
    expect(extractTechniques('', catalog)).toEqual([]);
    const hostile = 'exploited '.repeat(20_000) + 'flooded '.repeat(20_000);
    expect(() => extractTechniques(hostile, catalog)).not.toThrow();
  });

  it('reports a parent alone when only its behaviour is described, and keeps an explicit parent ID', () => {
    expect(rows('It was a DDoS attack.')).toEqual([['T1498', 'lexicon:ddos', 'low', 'DDoS']]);
    expect(rows('A UDP flood (T1498) hit.').map((r) => r[0])).toEqual(['T1498.001', 'T1498']);
  });
});

const corpus: AttackCorpus = {
  techniques: [
    {
      id: 'T1016',
      name: 'System Network Configuration Discovery',
      description: 'Adversaries may look for IP and MAC addresses.',
    },
    {
      id: 'T1053',
      name: 'Scheduled Task/Job',
      description: 'Adversaries may abuse task scheduling to run code.',
    },
    {
      id: 'T1053.005',
      name: 'Scheduled Task',
      description: 'Adversaries may abuse the Windows Task Scheduler.',
    },
  ],
  procedures: [
    { techniqueId: 'T1016', text: 'Fancy Bear collected the MAC address and IP configuration of the host.' },
    { techniqueId: 'T1016', text: 'Emotet ran ipconfig to gather the network adapter configuration.' },
    {
      techniqueId: 'T1053.005',
      text: 'Emotet created a Windows scheduled task with schtasks to run at logon.',
    },
    { techniqueId: 'T1053', text: 'The backdoor scheduled a recurring job to run its code.' },
  ],
  groups: [{ id: 'G0007', name: 'APT28', aliases: ['Fancy Bear'] }],
  software: [{ id: 'S0367', name: 'Emotet', aliases: [], kind: 'malware' }],
};
const model = buildTechniqueModel(corpus);
const modelCatalog: ReadonlyMap<string, CatalogEntry> = new Map(
  corpus.techniques.map(({ id, name }) => [id, { id, name, tactics: [] }]),
);
const loose = { sentence: 0.2, support: 1, single: 0.3, medium: 0.6, minFeatures: 3 };

describe('extractTechniques with the model', () => {
  it('adds techniques from sentences that describe behaviour, with the sentence as evidence', () => {
    const text =
      'Researchers looked at the sample. The implant gathered the MAC address and IP configuration.';
    const [hit] = modelTechniques(text, modelCatalog, model, loose);
    expect(hit).toMatchObject({ id: 'T1016', extractor: 'model' });
    expect(hit?.evidence.text).toBe('The implant gathered the MAC address and IP configuration.');
  });

  it('reports nothing below the threshold', () => {
    const text = 'The implant gathered the MAC address.';
    expect(modelTechniques(text, modelCatalog, model, { ...loose, single: 0.99, support: 2 })).toEqual([]);
  });

  it('never infers a technique from an actor or malware name alone', () => {
    const text = 'Fancy Bear, APT28 and Emotet were named in the report. Fancy Bear and Emotet again.';
    expect(
      modelTechniques(text, modelCatalog, model, { ...loose, sentence: 0, single: 0, minFeatures: 0 }),
    ).toEqual([]);
  });

  it('hides the parent when a sub-technique is found from evidence as strong', () => {
    const text = 'It created a Windows scheduled task with schtasks to run at logon.';
    const ids = extractTechniques(text, modelCatalog, model, loose).map((t) => t.id);
    expect(ids).toContain('T1053.005');
    expect(ids).not.toContain('T1053');
  });

  it('splits a document into sentences', () => {
    expect(sentencesOf('One here. Two there.\n\nA row').map((s) => s.text)).toEqual([
      'One here.',
      'Two there.',
      'A row',
    ]);
  });
});
