import { describe, expect, it } from 'vitest';
import { type Extraction, type IncidentType, type StatedCvss, emptyExtraction } from '../core/facts.js';
import { claim } from '../../test/bundle.js';
import { extractVulnerabilities } from '../extract/vulnerabilities.js';
import { builtinKb } from '../kb/builtin/index.js';
import type { Kb } from '../kb/types.js';
import type { StoryBundle, StoryDocument } from '../stories/types.js';
import { assessStory } from './assess.js';
import { priorityWeights } from './types.js';

const now = new Date('2024-05-01T00:00:00Z');

function doc(
  text: string,
  extra: Partial<Extraction> = {},
  tier = 'T3',
  domain = 'news.example.org',
): StoryDocument {
  return {
    id: 1,
    url: `https://${domain}/a`,
    title: 'T',
    author: null,
    published: '2024-04-20T00:00:00Z',
    text,
    source: { domain, name: domain, kind: 'news', tier, reliability: 'C' },
    nearDuplicateOf: null,
    extraction: {
      ...emptyExtraction({ type: 'vulnerability-exploitation', evidence: [], rationale: '' }),
      ...extra,
    },
  };
}

function bundle(type: IncidentType, docs: StoryDocument[]): StoryBundle {
  return {
    story: {
      id: 1,
      title: 'T',
      incidentType: type,
      version: 1,
      firstPublished: null,
      lastPublished: '2024-04-20T00:00:00Z',
    },
    documents: docs,
  };
}

const stated = (score: number, text: string, extra: Partial<StatedCvss> = {}): StatedCvss => ({
  score,
  vector: null,
  version: null,
  statedBy: null,
  evidence: { start: 0, end: 5, text },
  ...extra,
});
const vuln = (text: string, id = 'CVE-2024-3400', cvss: StatedCvss[] = []) => ({
  id,
  evidence: { start: 0, end: 5, text },
  cvss,
});

describe('assessStory', () => {
  it('uses a CVSS score a source stated, attributed to the CVE, and raises severity for it', () => {
    const text =
      'Palo Alto Networks disclosed CVE-2024-3400. It is rated 10.0 on the CVSS scale, the maximum.';
    const a = assessStory(
      bundle('vulnerability-exploitation', [
        doc(text, {
          vulnerabilities: [
            vuln('Palo Alto Networks disclosed CVE-2024-3400.', 'CVE-2024-3400', [
              stated(10, 'It is rated 10.0 on the CVSS scale, the maximum.'),
            ]),
          ],
        }),
      ]),
      builtinKb(),
      now,
      [],
    );
    expect(a.cvss).toMatchObject({
      score: 10,
      estimated: false,
      source: 'news.example.org, about CVE-2024-3400',
    });
    expect(a.severity).toBe('CRITICAL');
  });

  it.each([
    ['It is rated 9.8 on CVSS.', 9.8],
    ['The flaw carries a CVSS v3.1 base score of 7.5.', 7.5],
    ['CVSS: 8.1 (high).', 8.1],
  ])('reads a stated score from %j', (sentence, score) => {
    const a = assessStory(
      bundle('vulnerability-exploitation', [
        doc(`Vendor fixed CVE-2024-1234. ${sentence}`, {
          vulnerabilities: [vuln('Vendor fixed CVE-2024-1234.', 'CVE-2024-1234', [stated(score, sentence)])],
        }),
      ]),
      builtinKb(),
      now,
      [],
    );
    expect(a.cvss).toMatchObject({ score, estimated: false });
  });

  it('takes the highest stated score across documents, with who stated it and the vector', () => {
    const vector = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H';
    const a = assessStory(
      bundle('vulnerability-exploitation', [
        doc('x', {
          vulnerabilities: [vuln('CVE-2024-1111 was fixed.', 'CVE-2024-1111', [stated(7.2, 'CVSS 7.2')])],
        }),
        doc(
          'y',
          {
            vulnerabilities: [
              vuln('CVE-2024-2222 was fixed.', 'CVE-2024-2222', [
                stated(9.8, 'NVD rated it 9.8.', { statedBy: 'NVD', vector, version: '3.1' }),
                stated(8.8, 'The vendor says 8.8.', { statedBy: 'the vendor' }),
              ]),
            ],
          },
          'T2',
          'vendor.example',
        ),
      ]),
      builtinKb(),
      now,
      [],
    );
    expect(a.cvss).toMatchObject({
      score: 9.8,
      vector,
      estimated: false,
      source: 'vendor.example (stated by NVD), about CVE-2024-2222',
    });
    expect(a.cvss.rationale).toMatch(/NVD rated it 9\.8/);
  });

  it('reads the scores extraction attributed to each CVE', () => {
    const text =
      'CVE-2024-1111 (CVSS 6.1) and CVE-2024-2222 (CVSS 9.6) were fixed. Acme rated the second 9.6 on CVSS.';
    const a = assessStory(
      bundle('vulnerability-exploitation', [doc(text, { vulnerabilities: extractVulnerabilities(text) })]),
      builtinKb(),
      now,
      [],
    );
    expect(a.cvss).toMatchObject({
      score: 9.6,
      estimated: false,
      source: 'news.example.org, about CVE-2024-2222',
    });
  });

  it('estimates when the CVEs have no stated score', () => {
    const a = assessStory(
      bundle('vulnerability-exploitation', [
        doc('CVE-2024-3400 is rated 10.0 on CVSS.', {
          vulnerabilities: [vuln('CVE-2024-3400 is rated 10.0 on CVSS.')],
        }),
      ]),
      builtinKb(),
      now,
      [],
    );
    expect(a.cvss.estimated).toBe(true);
    expect(a.cvss.rationale).toMatch(/no source stated a score for CVE-2024-3400/);
  });

  it('marks an estimated CVSS as estimated, with its rationale', () => {
    const a = assessStory(bundle('ddos', [doc('A flood hit the bank.')]), builtinKb(), now, []);
    expect(a.cvss.estimated).toBe(true);
    expect(a.cvss.rationale).toMatch(/no CVE in the sources; estimated from the incident type \(ddos/);
    expect(a.cvss.cves).toEqual([]);
  });

  it('treats KEV membership as exploitation and shows each priority factor', () => {
    const kb: Kb = { ...builtinKb(), kev: new Set(['CVE-2024-3400']) };
    const a = assessStory(
      bundle('vulnerability-exploitation', [
        doc('x', { vulnerabilities: [vuln('CVE-2024-3400 was patched.')] }),
      ]),
      kb,
      now,
      ['escalate'],
    );
    expect(a.kev).toEqual(['CVE-2024-3400']);
    expect(a.exploited).toBe(true);
    expect(a.priority.factors.map((f) => f.name)).toEqual(Object.keys(priorityWeights));
    const sum = a.priority.factors.reduce((total, f) => total + f.contribution, 0);
    expect(a.priority.score).toBeCloseTo(sum, 2);
    expect(a.triage.reason).toMatch(/actively exploited, in KEV/);
    expect(a.triage.escalation).toEqual(['escalate']);
  });

  it('raises severity for wide impact and counts a T1 source as corroboration', () => {
    const a = assessStory(
      bundle('data-breach', [
        doc('x', { claims: [claim('people-affected', 190_000_000, 'people')] }, 'T1', 'agency.gov'),
      ]),
      builtinKb(),
      now,
      [],
    );
    expect(a.severity).toBe('CRITICAL');
    expect(a.priority.factors.find((f) => f.name === 'corroboration')?.value).toBe(1);
  });

  it('ranks a non-incident below every real incident, with no escalation', () => {
    const said = [{ start: 0, end: 27, text: 'A vendor raised $42 million' }];
    const launch = assessStory(
      bundle('not-an-incident', [
        doc('A vendor raised $42 million.', {
          claims: [claim('financial-loss', 42e6, 'USD')],
          classification: { type: 'not-an-incident', evidence: said, rationale: 'funding round' },
        }),
      ]),
      builtinKb(),
      now,
      ['x'],
    );
    const minor = assessStory(
      bundle('advisory', [doc('Guidance was published.')]),
      builtinKb(),
      new Date('2030-01-01'),
      [],
    );
    expect(launch.priority.score).toBe(0);
    expect(minor.priority.score).toBeGreaterThan(launch.priority.score);
    expect(launch.triage).toMatchObject({ level: 'DEFERRED', escalation: [] });
    expect(launch.severity).toBe('INFO');
  });

  it('ranks a story no report types (no cues either way) as an incident, above a shown non-incident', () => {
    const uncued = {
      type: 'not-an-incident' as const,
      evidence: [],
      rationale: 'no incident cues strong enough',
    };
    const unknown = assessStory(
      bundle('not-an-incident', [
        doc('Five months on, the operator is still rebuilding.', { classification: uncued }),
      ]),
      builtinKb(),
      now,
      [],
    );
    const said = [{ start: 0, end: 26, text: 'The vendor raised a round' }];
    const funding = assessStory(
      bundle('not-an-incident', [
        doc('The vendor raised a round.', {
          classification: { type: 'not-an-incident', evidence: said, rationale: 'funding round' },
        }),
      ]),
      builtinKb(),
      now,
      [],
    );
    expect(funding.priority.score).toBe(0);
    expect(unknown.priority.score).toBeGreaterThan(0);
    expect(unknown.severityReasons.join(' ')).toMatch(/ranked as an incident/);
  });

  const watch = { vendors: ['Palo Alto Networks'], products: ['GlobalProtect'], sectors: ['healthcare'] };
  const panOs = (type: IncidentType) =>
    bundle(type, [
      doc('x', {
        classification: { type, evidence: [{ start: 0, end: 1, text: 'x' }], rationale: '' },
        vulnerabilities: [
          vuln('Attackers exploited GlobalProtect through CVE-2024-3400, actively exploited.'),
        ],
        organisations: [
          {
            name: 'Palo Alto Networks',
            role: 'vendor',
            confidence: 'high',
            evidence: { start: 0, end: 1, text: 'x' },
          },
        ],
      }),
    ]);

  it('scores relevance to the watch list and escalates exploitation of watched technology', () => {
    const watched = assessStory(panOs('vulnerability-exploitation'), builtinKb(), now, [], watch);
    const unwatched = assessStory(panOs('vulnerability-exploitation'), builtinKb(), now, []);
    expect(watched.priority.factors.find((f) => f.name === 'relevance')).toEqual({
      name: 'relevance',
      weight: priorityWeights.relevance,
      value: 1,
      contribution: priorityWeights.relevance,
      reason: 'watched vendor Palo Alto Networks; watched product GlobalProtect',
    });
    expect(watched.priority.score - unwatched.priority.score).toBeCloseTo(priorityWeights.relevance, 3);
    expect(watched.triage.reason).toBe(
      'IMMEDIATE: CRITICAL, exploitation reported, watched vendor Palo Alto Networks, watched product GlobalProtect, 1 independent source',
    );
    expect(unwatched.priority.factors.find((f) => f.name === 'relevance')?.reason).toBe(
      'no watch list configured',
    );
  });

  it('gives a non-incident priority 0, DEFERRED and no escalation even when it names watched things', () => {
    const a = assessStory(panOs('not-an-incident'), builtinKb(), now, ['escalate'], watch);
    expect(a.priority.score).toBe(0);
    expect(a.triage).toEqual({
      level: 'DEFERRED',
      reason: 'DEFERRED: not an incident, nothing to respond to',
      escalation: [],
    });
    expect(a.severity).toBe('INFO');
  });

  it('does not leave an advisory about an active campaign LOW', () => {
    const named = (name: string) => ({
      name,
      confidence: 'high' as const,
      evidence: { start: 0, end: 1, text: 'x' },
    });
    const generic = assessStory(bundle('advisory', [doc('Patch edge devices.')]), builtinKb(), now, []);
    const campaign = assessStory(
      bundle('advisory', [doc('The group is stealing email.', { actors: [named('Cobalt Lynx')] })]),
      builtinKb(),
      now,
      [],
    );
    const malware = assessStory(
      bundle('advisory', [doc('The loader spreads by email.', { malware: [named('GrayLoader')] })]),
      builtinKb(),
      now,
      [],
    );
    expect(generic.severity).toBe('LOW');
    expect(campaign.severity).toBe('MEDIUM');
    expect(campaign.severityReasons).toContain(
      'an advisory about an active campaign (actor Cobalt Lynx): MEDIUM',
    );
    expect(malware.severity).toBe('MEDIUM');
    expect(campaign.priority.score).toBeGreaterThan(generic.priority.score);
    // Only advisories: another type naming an actor keeps its own base severity.
    const ddos = assessStory(
      bundle('ddos', [doc('A flood.', { actors: [named('Cobalt Lynx')] })]),
      builtinKb(),
      now,
      [],
    );
    expect(ddos.severity).toBe('MEDIUM');
    expect(ddos.severityReasons).toEqual(['ddos: base MEDIUM']);
  });
});
