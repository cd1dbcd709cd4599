import { describe, expect, it } from 'vitest';
import type { AttackCorpus } from '../kb/types.js';
import { buildTechniqueModel, techniqueModelFor } from './technique-model.js';

/** A tiny hand-made corpus: three techniques, a few procedure examples, one group, one malware. */
const tinyCorpus: AttackCorpus = {
  techniques: [
    {
      id: 'T1016',
      name: 'System Network Configuration Discovery',
      description: 'Adversaries may look for network configuration such as IP and MAC addresses.',
    },
    {
      id: 'T1053.005',
      name: 'Scheduled Task',
      description: 'Adversaries may abuse the Windows Task Scheduler to run programs at startup.',
    },
    {
      id: 'T1053',
      name: 'Scheduled Task/Job',
      description: 'Adversaries may abuse task scheduling to run malicious code at a recurring time.',
    },
  ],
  procedures: [
    { techniqueId: 'T1016', text: 'Fancy Bear collected the MAC address and IP configuration of the host.' },
    { techniqueId: 'T1016', text: 'Emotet ran ipconfig to gather network adapter configuration.' },
    { techniqueId: 'T1053.005', text: 'Emotet created a scheduled task with schtasks to run at logon.' },
    { techniqueId: 'T1053.005', text: 'The backdoor registered a Windows scheduled task for persistence.' },
  ],
  groups: [{ id: 'G0007', name: 'APT28', aliases: ['Fancy Bear'] }],
  software: [{ id: 'S0367', name: 'Emotet', aliases: [], kind: 'malware' }],
};

describe('buildTechniqueModel', () => {
  const model = buildTechniqueModel(tinyCorpus);

  it('scores sentences against the techniques, deterministically', () => {
    const sentences = [
      'The implant used schtasks to create a scheduled task.',
      'It gathered the MAC address.',
    ];
    const first = model.classify(sentences, 0.2);
    expect(first.find((s) => s.sentenceIndex === 0)?.id).toBe('T1053.005');
    expect(first.find((s) => s.sentenceIndex === 1)?.id).toBe('T1016');
    expect(buildTechniqueModel(tinyCorpus).classify(sentences, 0.2)).toEqual(first);
    expect(model.size).toMatchObject({ techniques: 3, examples: 7 });
  });

  it('returns only scores at or above the threshold, best first per sentence', () => {
    const sentences = ['The implant used schtasks to create a scheduled task.'];
    const all = model.classify(sentences, 0);
    const high = model.classify(sentences, 0.5);
    expect(high.length).toBeLessThan(all.length);
    expect(high.every((s) => s.score >= 0.5)).toBe(true);
    expect(all.map((s) => s.score)).toEqual([...all.map((s) => s.score)].sort((a, b) => b - a));
  });

  it('masks group and malware names: a name alone scores nothing', () => {
    expect(model.featureCount('Fancy Bear and Emotet, also known as APT28.')).toBe(0);
    expect(model.classify(['Fancy Bear and Emotet, also known as APT28.'], 0)).toEqual([]);
  });

  it('is built once per corpus object', () => {
    expect(techniqueModelFor(tinyCorpus)).toBe(techniqueModelFor(tinyCorpus));
  });

  it('is total on empty and hostile input', () => {
    expect(model.classify(['', 'x'.repeat(100_000), '.'.repeat(10_000)])).toEqual([]);
  });
});
