import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../extract/entities.js';
import { loadGalaxies } from './galaxies.js';

describe('loadGalaxies', () => {
  it('reads values and synonyms from a tiny directory, skipping missing files and junk rows', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsroom-galaxy-'));
    mkdirSync(join(dir, 'misp-galaxy'));
    const values = [
      { uuid: 'u1', value: 'APT1', meta: { synonyms: ['Comment Crew', 7, ''] } },
      { uuid: 'u2', value: '' },
      { uuid: 'u3' },
    ];
    writeFileSync(join(dir, 'misp-galaxy/threat-actor.json'), JSON.stringify({ values }));
    writeFileSync(
      join(dir, 'misp-galaxy/rat.json'),
      JSON.stringify({ values: [{ uuid: 'r', value: 'JadeRAT' }] }),
    );
    const galaxies = loadGalaxies(dir);
    expect(galaxies.actors).toEqual([{ id: 'u1', name: 'APT1', aliases: ['Comment Crew'] }]);
    expect(galaxies.malware).toEqual([{ id: 'r', name: 'JadeRAT', aliases: [] }]);
    expect(galaxies.tools).toEqual([]);
    expect(galaxies.sectors).toEqual([]);
  });

  it('names the file it cannot parse', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsroom-galaxy-'));
    mkdirSync(join(dir, 'misp-galaxy'));
    writeFileSync(join(dir, 'misp-galaxy/tool.json'), '{');
    expect(() => loadGalaxies(dir)).toThrow('tool.json');
  });
});

const kbDir = process.env.NEWSROOM_KB_DIR;
describe.runIf(kbDir)('loadGalaxies on NEWSROOM_KB_DIR', () => {
  it('loads thousands of clusters and resolves aliases through them', () => {
    const galaxies = loadGalaxies(kbDir ?? '');
    expect(galaxies.actors.length).toBeGreaterThan(500);
    expect(galaxies.malware.length).toBeGreaterThan(2000);
    const found = extractEntities('Comment Crew returned. The will of the people may play out.', {
      galaxies,
    });
    expect(found.actors.map((a) => a.name)).toEqual(['APT1']);
    expect(found.malware).toEqual([]);
  });
});
