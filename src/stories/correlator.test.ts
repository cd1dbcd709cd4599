import { describe, expect, it } from 'vitest';
import { emptyExtraction } from '../core/facts.js';
import { extractFacts } from '../extract/index.js';
import { builtinKb } from '../kb/builtin/index.js';
import type { EventDoc } from './cluster-types.js';
import { createMemoryCorrelator } from './correlator.js';
import { retrievalKeys, timeFactor } from './same-event.js';

const kb = builtinKb();
let nextId = 1;
/** A document run through the real extractors, as the pipeline does. */
function report(
  title: string,
  text: string,
  published: string,
  sourceDomain = `news${nextId}.example`,
): EventDoc {
  const extraction = extractFacts(text, { kb, title, published });
  return { id: nextId++, title, text, published, sourceDomain, extraction };
}

/** Story of each document after all merges. */
function cluster(docs: EventDoc[]): number[] {
  const correlator = createMemoryCorrelator();
  const storyOf = new Map<number, number>();
  for (const doc of docs) {
    const a = correlator.add(doc);
    for (const [id, story] of storyOf) if (a.merged.includes(story)) storyOf.set(id, a.storyId);
    storyOf.set(doc.id, a.storyId);
  }
  return docs.map((doc) => storyOf.get(doc.id) ?? 0);
}

const ascension = [
  report(
    'Ascension diverts ambulances after Black Basta ransomware attack',
    'Ascension, one of the largest hospital operators in the United States, diverted ambulances from several hospitals after a Black Basta ransomware attack encrypted clinical systems on 8 May 2024. Ascension said staff had returned to paper records while it investigated.',
    '2024-05-10T10:00:00Z',
  ),
  report(
    'Weeks after the Black Basta intrusion, Ascension hospitals still run on paper',
    'Hospitals run by Ascension are still working without electronic health records weeks after the Black Basta intrusion. Ascension told patients that data may have been taken and that it had brought in Mandiant to help restore systems.',
    '2024-05-29T08:00:00Z',
  ),
];
const synnovis = report(
  'Qilin ransomware attack on Synnovis disrupts London hospitals',
  "Synnovis, the pathology provider for several London hospitals, was hit by Qilin ransomware on 3 June 2024. Guy's and St Thomas' and King's College Hospital postponed operations because blood tests could not be processed, and Qilin later published stolen patient data.",
  '2024-06-05T09:00:00Z',
);

describe('createMemoryCorrelator on real extraction', () => {
  it('keeps two hospital ransomware attacks by different gangs apart and joins reports of each', () => {
    expect(cluster([...ascension, synnovis])).toEqual([1, 1, 2]);
  });

  it('keeps two different CVEs in one vendor’s products apart', () => {
    const stories = cluster([
      report(
        'Ivanti Connect Secure zero-day CVE-2025-0282 exploited',
        'Ivanti warned that a stack-based buffer overflow in Connect Secure, CVE-2025-0282, was exploited as a zero-day against VPN appliances before a patch was released on 8 January 2025.',
        '2025-01-09T12:00:00Z',
      ),
      report(
        'Attackers chain two Ivanti EPMM flaws, CVE-2025-4427 and CVE-2025-4428',
        'Ivanti Endpoint Manager Mobile is under attack through CVE-2025-4427, an authentication bypass, chained with CVE-2025-4428, a remote code execution flaw, Ivanti said on 13 May 2025.',
        '2025-05-14T12:00:00Z',
      ),
    ]);
    expect(new Set(stories).size).toBe(2);
  });

  it('keeps a takedown of one botnet apart from a campaign of another', () => {
    const stories = cluster([
      report(
        'Police dismantle the 911 S5 residential proxy botnet',
        'The FBI and international partners dismantled 911 S5, a residential proxy botnet of some 19 million infected Windows computers, and arrested its administrator YunHe Wang.',
        '2024-05-29T15:00:00Z',
      ),
      report(
        'Mirai-variant botnet floods targets after hijacking DVRs',
        'A Mirai variant is hijacking internet-connected DVRs through default passwords and using them to flood gaming servers with UDP traffic, researchers said.',
        '2024-06-02T10:00:00Z',
      ),
    ]);
    expect(new Set(stories).size).toBe(2);
  });

  it('marks a syndicated copy as a near-duplicate of its original', () => {
    const original = ascension[0] as EventDoc;
    const copy: EventDoc = {
      ...original,
      id: nextId++,
      title: 'Hospital chain hit by ransomware',
      sourceDomain: 'aggregator.example',
      text: `Reposted from a wire service. ${original.text}`,
    };
    const correlator = createMemoryCorrelator();
    correlator.add(original);
    const placed = correlator.add(copy);
    expect(placed).toMatchObject({ opened: false, nearDuplicateOf: original.id });
    expect(placed.reason).toMatch(/^copy of document/);
  });

  it('gives the same stories for the same input (deterministic)', () => {
    const docs = [...ascension, synnovis];
    expect(cluster(docs)).toEqual(cluster(docs));
  });
});

const entity = (name: string) => ({
  name,
  confidence: 'high' as const,
  evidence: { start: 0, end: 0, text: '' },
});
function synthetic(
  id: number,
  title: string,
  fields: { actors?: string[]; victims?: string[]; domains?: string[] },
): EventDoc {
  return {
    id,
    title,
    text: `${title}. Infrastructure: ${(fields.domains ?? []).join(', ')}.`,
    published: '2025-03-01T00:00:00Z',
    sourceDomain: `s${id}.example`,
    extraction: {
      ...emptyExtraction({ type: 'ransomware', evidence: [], rationale: '' }),
      actors: (fields.actors ?? []).map(entity),
      indicators: (fields.domains ?? []).map((value) => ({
        type: 'domain' as const,
        value,
        raw: value,
        confidence: 'high' as const,
        reasons: [],
        role: 'malicious' as const,
        evidence: { start: 0, end: 0, text: '' },
      })),
      organisations: (fields.victims ?? []).map((name) => ({ ...entity(name), role: 'victim' as const })),
    },
  };
}

describe('bridging reports', () => {
  it('merge two stories into the oldest when one report ties them together', () => {
    const correlator = createMemoryCorrelator();
    const first = correlator.add(
      synthetic(1, 'Zephyr Spider phishing wave', {
        actors: ['Zephyr Spider'],
        domains: ['zephyr-login.example'],
      }),
    );
    const second = correlator.add(
      synthetic(2, 'Northwind Traders outage', {
        victims: ['Northwind Traders'],
        domains: ['nw-sync.example'],
      }),
    );
    expect(second.storyId).not.toBe(first.storyId);
    const bridge = correlator.add(
      synthetic(3, 'Zephyr Spider behind Northwind Traders outage', {
        actors: ['Zephyr Spider'],
        victims: ['Northwind Traders'],
        domains: ['zephyr-login.example', 'nw-sync.example'],
      }),
    );
    expect(bridge).toMatchObject({ storyId: first.storyId, merged: [second.storyId] });
  });
});

describe('timeFactor', () => {
  it.each([
    [0, 1],
    [10, 1],
    [100, 0.78],
    [1000, 0.2],
  ])('%i days apart → %f', (days, expected) => {
    expect(timeFactor(0, days * 86_400_000)).toBeCloseTo(expected, 2);
  });
});

describe('retrievalKeys', () => {
  const df: Record<string, number> = {
    'cve:a': 1,
    'name:rare': 3,
    'actor:x': 40,
    'name:cisa': 5000,
    'name:none': 0,
  };
  const frequency = (key: string) => df[key] ?? 0;
  it.each([
    [
      ['name:cisa', 'cve:a', 'name:rare'],
      ['cve:a', 'name:rare'],
    ],
    [
      ['name:cisa', 'actor:x'],
      ['actor:x', 'name:cisa'],
    ],
    [
      ['name:cisa', 'actor:x', 'cve:a', 'name:rare'],
      ['cve:a', 'name:rare', 'actor:x'],
    ],
    [['name:none'], []],
  ])('%j → %j (rarest first, generic ones only when nothing rarer fills the budget)', (keys, expected) => {
    expect(retrievalKeys(keys, frequency)).toEqual(expected);
  });
});
