import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanAttackText, loadAttackCorpus } from './attack-corpus.js';

const ref = (id: string) => [{ source_name: 'mitre-attack', external_id: id }];
const bundle = {
  type: 'bundle',
  objects: [
    {
      type: 'attack-pattern',
      id: 'attack-pattern--1',
      name: 'Scheduled Task',
      description: 'Adversaries may abuse [schtasks](https://attack.mitre.org/software/S0111).(Citation: X)',
      external_references: ref('T1053.005'),
    },
    {
      type: 'attack-pattern',
      id: 'attack-pattern--2',
      name: 'Old',
      revoked: true,
      external_references: ref('T1000'),
    },
    {
      type: 'intrusion-set',
      id: 'intrusion-set--1',
      name: 'APT28',
      aliases: ['APT28', 'Fancy Bear'],
      external_references: ref('G0007'),
    },
    {
      type: 'malware',
      id: 'malware--1',
      name: 'Emotet',
      x_mitre_aliases: ['Emotet', 'Geodo'],
      external_references: ref('S0367'),
    },
    { type: 'tool', id: 'tool--1', name: 'schtasks', external_references: ref('S0111') },
    {
      type: 'relationship',
      id: 'relationship--1',
      relationship_type: 'uses',
      source_ref: 'malware--1',
      target_ref: 'attack-pattern--1',
      description:
        '[Emotet](https://attack.mitre.org/software/S0367) created a scheduled task.(Citation: Y 2019)',
    },
    {
      type: 'relationship',
      id: 'relationship--2',
      relationship_type: 'uses',
      source_ref: 'malware--1',
      target_ref: 'attack-pattern--2',
      description: 'To a revoked technique.',
    },
  ],
};

describe('loadAttackCorpus', () => {
  it('reads techniques, procedure examples, groups and software from a bundle', () => {
    const dir = mkdtempSync(join(tmpdir(), 'attack-corpus-'));
    const path = join(dir, 'bundle.json');
    writeFileSync(path, JSON.stringify(bundle));
    expect(loadAttackCorpus(path)).toEqual({
      techniques: [
        { id: 'T1053.005', name: 'Scheduled Task', description: 'Adversaries may abuse schtasks.' },
      ],
      procedures: [{ techniqueId: 'T1053.005', text: 'Emotet created a scheduled task.' }],
      groups: [{ id: 'G0007', name: 'APT28', aliases: ['Fancy Bear'] }],
      software: [
        { id: 'S0367', name: 'Emotet', aliases: ['Geodo'], kind: 'malware' },
        { id: 'S0111', name: 'schtasks', aliases: [], kind: 'tool' },
      ],
    });
  });

  it('throws a CONFIG_INVALID error on a missing or malformed file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'attack-corpus-'));
    writeFileSync(join(dir, 'bad.json'), '{"objects": 3}');
    expect(() => loadAttackCorpus(join(dir, 'bad.json'))).toThrow(/unable to read ATT&CK bundle/);
    expect(() => loadAttackCorpus(join(dir, 'missing.json'))).toThrow(/unable to read/);
  });

  it('cleans citations, links and code tags', () => {
    expect(cleanAttackText('Runs <code>cmd</code>  via [Tool](https://x/y).(Citation: A B)')).toBe(
      'Runs cmd via Tool.',
    );
  });
});

const kbDir = process.env.NEWSROOM_KB_DIR;
describe.runIf(kbDir)('loadAttackCorpus on the ATT&CK Enterprise bundle', () => {
  it('loads active techniques, procedures, groups and software', () => {
    const corpus = loadAttackCorpus(join(kbDir ?? '', 'attack', 'enterprise-attack-18.1.json'));
    expect(corpus.techniques.length).toBeGreaterThan(600);
    expect(corpus.procedures.length).toBeGreaterThan(10_000);
    expect(corpus.techniques.find((t) => t.id === 'T1498.001')?.name).toBe('Direct Network Flood');
    expect(corpus.groups.find((g) => g.id === 'G0007')?.aliases).toContain('Fancy Bear');
    expect(corpus.procedures.some((p) => p.text.includes('(Citation:'))).toBe(false);
  });
});
