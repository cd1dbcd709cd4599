import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Entity, Organisation } from '../core/facts.js';
import { extractEntities } from './entities.js';

const testdata = (name: string): string => readFileSync(new URL(`testdata/${name}`, import.meta.url), 'utf8');
const names = (list: readonly Entity[]): string[] => list.map((e) => e.name);
const orgs = (list: readonly Organisation[]): string[] => list.map((o) => `${o.name}:${o.role}`);

describe('extractEntities — actors and malware', () => {
  it.each<[text: string, actors: string[], malware: string[]]>([
    ['Fancy Bear, also known as Forest Blizzard, targeted NATO members.', ['APT28'], []],
    ['Researchers tied the intrusion to Midnight Blizzard (APT29).', ['APT29'], []],
    [
      'The Scattered Spider crew, which Microsoft calls Octo Tempest, called help desks.',
      ['Scattered Spider'],
      [],
    ],
    [
      'TA505 pushed Cl0p ransomware via the MOVEit flaw and dropped LemurLoot.',
      ['Cl0p'],
      ['Cl0p', 'LemurLoot'],
    ],
    ['The LockBit gang claimed the attack.', ['LockBit'], []],
    ['Affiliates deployed LockBit 3.0 ransomware on ESXi hosts.', ['LockBit'], ['LockBit']],
    ['The Play ransomware gang leaked the files.', ['Play'], []],
    ['Operators of the Akira ransomware encrypted the servers.', ['Akira'], ['Akira']],
    ['Hive operators were paid millions before the FBI infiltrated them.', ['Hive'], []],
    [
      'The FBI seized the Aisuru and KimWolf botnets, which grew out of Mirai.',
      [],
      ['Aisuru', 'KimWolf', 'Mirai'],
    ],
    [
      'The infostealer LummaC2, also sold as Lumma Stealer, and RedLine were sold on forums.',
      [],
      ['LummaC2', 'RedLine'],
    ],
    ['Turla used its Snake malware implant for two decades.', ['Turla'], ['Snake']],
    ['ShinyHunters and LAPSUS$ merged into a new extortion crew.', ['ShinyHunters', 'LAPSUS$'], []],
    ['Storm-0558 forged tokens; UNC5221 exploited Ivanti appliances.', ['Storm-0558', 'UNC5221'], []],
    ['lockbit and apt28 in lower case still match distinctive names.', ['LockBit', 'APT28'], []],
  ])('%s', (text, actors, malware) => {
    const result = extractEntities(text);
    expect(names(result.actors)).toEqual(actors);
    expect(names(result.malware)).toEqual(malware);
  });

  it.each([
    'Users can Play music on the new device.',
    'Download the game from Google Play, ransomware authors copy its icons.',
    'A hive of activity: the snake oil vendors will say the worst may be over.',
    'The actor will say the group may act, they said, and the operators may agree.',
    'fancy bear and turla in lower case are ordinary words here.',
    'Akira Kurosawa directed films; the Royal family and Cuba made news.',
    'We will play it safe, the spokesperson said; the cobalt mine may reopen.',
    'Like his namesake, lazarus rose again; the sandworm is a creature from Dune.',
  ])('finds no actor or malware in %j', (text) => {
    const result = extractEntities(text);
    expect(names(result.actors)).toEqual([]);
    expect(names(result.malware)).toEqual([]);
  });

  it('never reads one word of a longer proper name as the name, and keeps a name before its kind', () => {
    // "Royal" of Royal Mail, next to a ransomware cue, is the victim's name, not the Royal gang.
    expect(names(extractEntities('LockBit ransomware hit Royal Mail, the gang said.').actors)).toEqual([
      'LockBit',
    ]);
    expect(names(extractEntities('The Conti Ransomware gang encrypted files.').actors)).toEqual(['Conti']);
    expect(names(extractEntities('The Emotet Loader dropped Cobalt Strike Beacon.').malware)).toEqual([
      'Emotet',
      'Cobalt Strike',
    ]);
  });

  it('deduplicates by canonical name and cites the first mention', () => {
    const text = 'APT29 phished diplomats. Later, Cozy Bear returned, and NOBELIUM too.';
    const [actor, ...rest] = extractEntities(text).actors;
    expect(rest).toEqual([]);
    expect(actor).toEqual({
      name: 'APT29',
      confidence: 'high',
      evidence: { start: 0, end: 5, text: 'APT29 phished diplomats.' },
    });
  });

  it('gives cue-dependent names medium confidence with the matched span', () => {
    const text = 'Victims of the Medusa ransomware operation include schools.';
    const [actor] = extractEntities(text).actors;
    expect(actor?.confidence).toBe('medium');
    expect(text.slice(actor?.evidence.start, actor?.evidence.end)).toBe('Medusa');
  });
});

describe('extractEntities — organisations', () => {
  it('finds agencies, security companies, victims and vendors in a longer text', () => {
    const text = testdata('prose-espionage.txt');
    const result = extractEntities(text);
    expect(names(result.actors)).toEqual(['APT29', 'APT28', 'Volt Typhoon']);
    expect(names(result.malware)).toEqual(['KV-botnet', 'Cobalt Strike', 'Mimikatz']);
    expect(orgs(result.organisations)).toEqual([
      'Microsoft Threat Intelligence:security-company',
      'Ivanti:vendor',
      'CISA:agency',
      'FBI:agency',
      'Palo Alto Networks Unit 42:security-company',
      'Mandiant:security-company',
      'Contoso Energy Group:victim',
    ]);
    for (const o of result.organisations) {
      expect(text.slice(o.evidence.start, o.evidence.end)).not.toBe('');
    }
    const victim = result.organisations.find((o) => o.role === 'victim');
    expect(victim?.confidence).toBe('high');
    expect(text.slice(victim?.evidence.start, victim?.evidence.end)).toBe('Contoso Energy Group');
  });

  it.each<[text: string, expected: string[]]>([
    [
      'Northwind Health Systems said on Monday that it suffered a ransomware attack.',
      ['Northwind Health Systems:victim'],
    ],
    ['Yesterday, Fabrikam disclosed a data breach affecting customers.', ['Fabrikam:victim']],
    ['Litware disclosed the breach in a regulatory filing.', ['Litware:victim']],
    ['The intrusion at Tailspin Toys Inc. began in May.', ['Tailspin Toys Inc:victim']],
    ["Attackers stole data from Wingtip Bank's servers.", ['Wingtip Bank:victim']],
    ['Fortinet released security updates for FortiOS.', ['Fortinet:vendor']],
    [
      'The U.S. Justice Department said the DoD networks were attacked.',
      ['U.S. Department of Justice:agency', 'U.S. Department of Defense:agency'],
    ],
    [
      'Europol and the NCA coordinated with the Canadian Centre for Cyber Security.',
      ['Europol:agency', 'NCA:agency', 'CCCS:agency'],
    ],
    // A name never runs across a sentence end.
    ['It was a ransomware attack on Contoso. Then the gang left.', ['Contoso:victim']],
    ['Lazarus used TraderTraitor against Bybit, stealing $1.5 billion.', ['Bybit:victim']],
    ['Hackers launched attacks against Acme Corp and its suppliers.', ['Acme Corp:victim']],
    ['The heist against Bank of America was the largest.', ['Bank of America:victim']],
    ['A critical flaw in Palo Alto Networks PAN-OS was exploited.', ['Palo Alto Networks:vendor']],
    ["A flaw in Palo Alto Networks' GlobalProtect gateway was exploited.", ['Palo Alto Networks:vendor']],
    ['The bug was patched by Palo Alto Networks in April.', ['Palo Alto Networks:vendor']],
    ['The bug was patched by Citrix on Tuesday.', ['Citrix:vendor']],
    // A known vendor is the maker of the product a flaw is in, not a new organisation named after it.
    ['A flaw in Citrix NetScaler ADC was exploited.', ['Citrix:vendor']],
    ['Hackers stole data from Tailwind Traders and sold it.', ['Tailwind Traders:victim']],
    ["The gang breached Fabrikam's network in March.", ['Fabrikam:victim']],
    ['Contoso Mobile said hackers stole call records of its customers.', ['Contoso Mobile:victim']],
    ['Woodgrove confirmed that an unauthorised party accessed its support system.', ['Woodgrove:victim']],
    // A business stopped by the attack is its victim.
    ['Fabrikam & Co paused online orders after a cyber attack.', ['Fabrikam & Co:victim']],
    [
      'Contoso Stores has switched off some IT systems following an attempted intrusion.',
      ['Contoso Stores:victim'],
    ],
    ['Northwind halted production as the ransomware attack spread.', ['Northwind:victim']],
    ['Fabrikam has stopped taking orders while it deals with a cyber incident.', ['Fabrikam:victim']],
    // A known name starting a longer run is that organisation, not a new one.
    ['The FBI Cyber Division said it was investigating a ransomware attack.', ['FBI:agency']],
  ])('%s', (text, expected) => {
    expect(orgs(extractEntities(text).organisations)).toEqual(expected);
  });

  it.each([
    'The company said it is investigating the attack.',
    'On Monday, officials said the attack on the United States was serious.',
    'Mandiant said the attack began in March.',
    'The patch was released on Tuesday.',
    'LockBit said it was behind the attack.',
    'Document the vendor EOL announcement URL and the vendor API keys.',
    'The exploit works against Windows and Linux.',
    'Defenders raced against the clock after the attack.',
    'Attacks against Exchange servers and Android users rose.',
    'Attacks against Ukrainian organisations and Ukraine continued.',
    'The update protects customers against Contoso attacks.',
    'Sanctions against Garantex followed the theft of funds.',
    'Prosecutors filed charges against Rostislav Panev over the ransomware attacks.',
    'The malware was tested against Contoso.',
    // Stopping something for another reason, or a defender stopping an attack, names no victim.
    'Contoso paused online orders after a warehouse fire.',
    'Fabrikam Security halted the attack before data left the network.',
    'A flaw in the VPN appliance was patched.',
    'Mandiant said attackers stole credentials from an exposed server.',
    'Hackers accessed Linux servers through the flaw.',
    'Researchers said hackers use the tool widely.',
  ])('invents no victim or vendor in %j', (text) => {
    expect(extractEntities(text).organisations.filter((o) => ['victim', 'vendor'].includes(o.role))).toEqual(
      [],
    );
  });

  it('is total on empty and hostile input', () => {
    expect(extractEntities('')).toEqual({
      actors: [],
      malware: [],
      organisations: [],
      sectors: [],
      countries: [],
    });
    const hostile = 'Aa '.repeat(50_000) + 'said a breach';
    expect(() => extractEntities(hostile)).not.toThrow();
  });
});
