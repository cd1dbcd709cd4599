import { describe, expect, it } from 'vitest';
import type { Entity } from '../core/facts.js';
import type { AttackCorpus, Galaxies, NamedCluster } from '../kb/types.js';
import { extractEntities } from './entities.js';
import { aliasIndexFor } from './entities-index.js';

const cluster = (name: string, ...aliases: string[]): NamedCluster => ({ id: name, name, aliases });
const attack: AttackCorpus = {
  techniques: [],
  procedures: [],
  groups: [
    cluster('APT28', 'Fancy Bear', 'Forest Blizzard', 'Pawn Storm'),
    cluster('Sandworm Team', 'ELECTRUM', 'Telebots', 'Voodoo Bear'),
    cluster('Winnti Group', 'Blackfly'),
  ],
  software: [
    { ...cluster('Net', 'net.exe'), kind: 'tool' },
    { ...cluster('at'), kind: 'tool' },
    { ...cluster('NETWIRE', 'NetWire RAT'), kind: 'malware' },
    { ...cluster('REvil', 'Sodinokibi'), kind: 'malware' },
  ],
};
const galaxies: Galaxies = {
  actors: [
    cluster('APT28', 'Sednit', 'Tsar Team'),
    cluster('Will'),
    cluster('Cobalt Group', 'Cobalt', 'the'),
  ],
  malware: [
    cluster('Ghost'),
    cluster('Encrypt'),
    cluster('Trojan.Win32.Agent'),
    cluster('CryptoJacky Ransomware'),
    cluster('Olympic Destroyer'),
  ],
  tools: [cluster('Mimikatz', 'mimikittenz'), cluster('Play')],
  sectors: [],
};
const kb = { attack, galaxies };
const names = (list: readonly Entity[]): string[] => list.map((e) => e.name);

describe('extractEntities with a KB', () => {
  it.each<[text: string, actors: string[], malware: string[]]>([
    ['Pawn Storm, Fancy Bear and Forest Blizzard are one group, Tsar Team too.', ['APT28'], []],
    ['ELECTRUM and Telebots hit the grid; Seashell Blizzard is Sandworm.', ['Sandworm'], []],
    ['Blackfly deployed NetWire RAT and later NETWIRE again.', ['Winnti Group'], ['NETWIRE']],
    [
      'The Olympic Destroyer wiper and CryptoJacky samples were found.',
      [],
      ['Olympic Destroyer', 'CryptoJacky Ransomware'],
    ],
    ['The Cobalt Group phished banks; cobalt is a metal.', ['Cobalt Group'], []],
  ])('%s', (text, actors, malware) => {
    const found = extractEntities(text, kb);
    expect(names(found.actors)).toEqual(actors);
    expect(names(found.malware)).toEqual(malware);
  });

  it.each([
    'Will they say the cobalt price may rise? The Ghost of the past will encrypt nothing.',
    'Encrypt your backups, and run it at night; the net result was good.',
    'Trojan.Win32.Agent is a detection name, not a family.',
    'Users can Play music at home.',
  ])('finds no actor or malware in %j', (text) => {
    const found = extractEntities(text, kb);
    expect([...names(found.actors), ...names(found.malware)]).toEqual([]);
  });

  it('resolves every alias to one canonical name and caches the index per KB object', () => {
    const index = aliasIndexFor(kb);
    expect(aliasIndexFor(kb)).toBe(index);
    for (const alias of ['APT28', 'fancy bear', 'Forest Blizzard', 'Sofacy', 'Tsar Team'])
      expect(index.resolve('actor', alias)).toBe('APT28');
    expect(index.resolve('actor', 'Sandworm Team')).toBe('Sandworm');
    expect(aliasIndexFor().resolve('actor', 'Pawn Storm')).toBeUndefined();
  });

  it('leaves ransomware groups to the "<name> ransomware" rule', () => {
    const found = extractEntities('REvil affiliates deployed Sodinokibi ransomware.', kb);
    expect(names(found.actors)).toEqual(['REvil']);
    expect(names(found.malware)).toEqual(['REvil']);
  });

  it('stays fast and total on 1 MB of hostile text', () => {
    const pieces = ['APT28 ', 'Fancy ', 'Bear', '.', '-', 'U.S.', ' US ', '$', '(', 'a'.repeat(50), '\n'];
    let text = '';
    for (let i = 0; text.length < 1_000_000; i++) text += pieces[(i * 7919) % pieces.length] ?? '';
    const started = performance.now();
    const found = extractEntities(text, kb);
    expect(found.actors.map((a) => a.name)).toContain('APT28');
    expect(performance.now() - started).toBeLessThan(20_000);
    for (const line of ['.'.repeat(1_000_000), 'A '.repeat(500_000), '@'.repeat(1_000_000)])
      expect(() => extractEntities(line, kb)).not.toThrow();
  });
});
