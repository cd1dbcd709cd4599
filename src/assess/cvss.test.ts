import { describe, expect, it } from 'vitest';
import { bundle, doc, org, stated, vuln } from '../../test/bundle.js';
import type { IncidentType } from '../core/facts.js';
import { builtinKb } from '../kb/builtin/index.js';
import type { Kb } from '../kb/types.js';
import { assessCvss, baseEstimate, cveScores, scoreVector, severityBump, statedCvss } from './cvss.js';
import type { Severity } from './types.js';

const v31 = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H';
const v31low = 'CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H';
const kb = builtinKb();
const withKev: Kb = { ...kb, kev: new Set(['CVE-2024-3400']) };

describe('scoreVector', () => {
  it.each([
    [v31, 9.8, '3.1'],
    [v31low, 8.8, '3.1'],
    ['CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', 10, '3.0'],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', 9.3, '4.0'],
    ['AV:N/AC:L/Au:N/C:C/I:C/A:C', 10, '2.0'],
    ['AV:N/AC:H/Au:N/C:P/I:P/A:P', 5.1, '2.0'],
    ['AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8, null],
  ])('computes %s as %d (version %s)', (vector, score, version) => {
    expect(scoreVector(vector)).toEqual({ score, version });
  });

  it.each(['CVSS:3.1/AV:N/AC:L', 'garbage', '', 'CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'])(
    'returns null for %j',
    (vector) => {
      expect(scoreVector(vector)).toBeNull();
    },
  );
});

describe('cveScores: the published score of each CVE', () => {
  const pick = (...docs: ReturnType<typeof doc>[]) =>
    cveScores(bundle('vulnerability-exploitation', docs), kb)[0];

  it.each([
    [
      'a vector wins over a bare score, even a higher one from NVD',
      [stated(10, { statedBy: 'NVD' }), stated(null, { vector: v31low, version: '3.1' })],
      { score: 8.8, computed: true, vector: v31low },
    ],
    [
      'the vector is computed, not the score written beside it',
      [stated(9.1, { vector: v31, version: '3.1' })],
      { score: 9.8, computed: true, statedScore: 9.1 },
    ],
    [
      'the vendor over NVD',
      [stated(9.8, { statedBy: 'NVD' }), stated(9.1, { statedBy: 'the vendor' })],
      { score: 9.1, authority: 'vendor' },
    ],
    [
      'NVD over CISA',
      [stated(7.5, { statedBy: 'CISA' }), stated(8.1, { statedBy: 'NVD' })],
      { score: 8.1, authority: 'NVD' },
    ],
    [
      'CISA over an unattributed score',
      [stated(9.9), stated(7.5, { statedBy: 'CISA' })],
      { score: 7.5, authority: 'CISA' },
    ],
    [
      'a vendor named by the story is the vendor',
      [stated(9.8, { statedBy: 'NVD' }), stated(9.6, { statedBy: 'Acme Networks' })],
      { score: 9.6, authority: 'vendor' },
    ],
    [
      'an unknown attribution is no authority: the higher score wins',
      [stated(7.2, { statedBy: 'Some Blog' }), stated(7.8)],
      { score: 7.8, authority: null },
    ],
  ])('%s', (_name, statements, expected) => {
    const result = pick(
      doc({ vulnerabilities: [vuln('CVE-2024-1', statements)], organisations: [org('Acme')] }),
    );
    expect(result?.chosen).toMatchObject(expected);
  });

  it('prefers a T1 government advisory stating a score unattributed, then the higher tier', () => {
    const advisory = doc(
      { vulnerabilities: [vuln('CVE-2024-1', [stated(9.1)])] },
      { tier: 'T1', kind: 'government', name: 'CyberWatch Agency' },
    );
    const news = doc({ vulnerabilities: [vuln('CVE-2024-1', [stated(9.8)])] }, { tier: 'T2' });
    const blog = doc({ vulnerabilities: [vuln('CVE-2024-1', [stated(9.9)])] }, { tier: 'T4' });
    expect(pick(blog, news, advisory)?.chosen).toMatchObject({
      score: 9.1,
      authority: 'government',
      source: 'CyberWatch Agency',
    });
    expect(pick(blog, news)?.chosen).toMatchObject({ score: 9.8, tier: 'T2' });
  });

  it('counts a report published by the vendor as the vendor, and shows the other scores once each', () => {
    const vendor = doc(
      { vulnerabilities: [vuln('CVE-2024-1', [stated(9.0)])], organisations: [org('Acme')] },
      { name: 'Acme' },
    );
    const other = doc({ vulnerabilities: [vuln('CVE-2024-1', [stated(9.8), stated(9.0), stated(7.5)])] });
    const other2 = doc({ vulnerabilities: [vuln('CVE-2024-1', [stated(9.8)])] });
    const result = pick(other, other2, vendor);
    expect(result?.chosen).toMatchObject({ score: 9, authority: 'vendor' });
    expect(result?.others.map((o) => o.score)).toEqual([9.8, 7.5]);
  });

  it('drops a statement with no usable score and an invalid vector', () => {
    const result = pick(
      doc({ vulnerabilities: [vuln('CVE-2024-1', [stated(null, { vector: 'CVSS:3.1/AV:N' }), stated(11)])] }),
    );
    expect(result).toMatchObject({ id: 'CVE-2024-1', chosen: null, others: [] });
  });

  it.each([
    ['no KEV catalogue in the KB', kb, null],
    ['in KEV', withKev, true],
    ['a KEV catalogue that does not list it', { ...kb, kev: new Set(['CVE-2000-1']) }, false],
  ])('KEV membership: %s', (_name, base, kev) => {
    const scores = cveScores(
      bundle('vulnerability-exploitation', [doc({ vulnerabilities: [vuln('CVE-2024-3400')] })]),
      base,
    );
    expect(scores).toEqual([{ id: 'CVE-2024-3400', kev, chosen: null, others: [] }]);
  });
});

describe('statedCvss and assessCvss', () => {
  it('takes the highest chosen score among the CVEs, with its vector, source and why it was preferred', () => {
    const b = bundle('vulnerability-exploitation', [
      doc({ vulnerabilities: [vuln('CVE-2024-1', [stated(7.2)])] }),
      doc(
        {
          vulnerabilities: [
            vuln('CVE-2024-2', [
              stated(9.8, { statedBy: 'NVD' }),
              stated(null, { vector: v31, version: '3.1', statedBy: 'the vendor' }),
            ]),
          ],
        },
        { name: 'Vendor Blog', tier: 'T2' },
      ),
    ]);
    const cvss = statedCvss(cveScores(b, kb));
    expect(cvss).toMatchObject({
      score: 9.8,
      vector: v31,
      version: '3.1',
      cve: 'CVE-2024-2',
      estimated: false,
      source: 'Vendor Blog (stated by the vendor), about CVE-2024-2',
    });
    expect(cvss?.rationale).toMatch(/^computed from the CVSS 3\.1 vector stated in Vendor Blog/);
    expect(cvss?.cves.map((c) => c.id)).toEqual(['CVE-2024-1', 'CVE-2024-2']);
  });

  it('says why a score was preferred to a different one', () => {
    const b = bundle('vulnerability-exploitation', [
      doc({
        vulnerabilities: [
          vuln('CVE-2024-1', [stated(9.8, { statedBy: 'NVD' }), stated(9.1, { statedBy: 'the vendor' })]),
        ],
      }),
    ]);
    expect(statedCvss(cveScores(b, kb))?.rationale).toMatch(
      /preferred to 9\.8 \(NVD\) because it is credited to vendor$/,
    );
  });

  it.each<[IncidentType, Severity, number]>([
    ['vulnerability-exploitation', 'CRITICAL', 9.8],
    ['ransomware', 'HIGH', 8.5],
    ['ddos', 'MEDIUM', 7.5],
    ['advisory', 'LOW', 5.3],
    ['not-an-incident', 'INFO', 0],
  ])('estimates %s at %s as %d, marked estimated', (type, severity, score) => {
    expect(score).toBe(
      type === 'not-an-incident' ? 0 : Math.round((baseEstimate[type] + severityBump[severity]) * 10) / 10,
    );
    const cvss = assessCvss(type, severity, []);
    expect(cvss).toMatchObject({ score, estimated: true, source: 'estimated', vector: null, cve: null });
    expect(cvss.rationale).toMatch(
      type === 'not-an-incident'
        ? /^not an incident/
        : /^no CVE in the sources; estimated from the incident type/,
    );
  });

  it('says the published score of an unscored CVE is not in the KB rather than inventing one', () => {
    const cves = cveScores(
      bundle('vulnerability-exploitation', [doc({ vulnerabilities: [vuln('CVE-2024-3400')] })]),
      withKev,
    );
    const cvss = assessCvss('vulnerability-exploitation', 'CRITICAL', cves);
    expect(cvss).toMatchObject({ score: 9.8, estimated: true });
    expect(cvss.rationale).toBe(
      'no source stated a score for CVE-2024-3400 and published (NVD) scores are not in the KB; estimated from the incident type (vulnerability-exploitation, base 8.8) raised by 1 for CRITICAL severity',
    );
    expect(cvss.cves).toEqual([{ id: 'CVE-2024-3400', kev: true, chosen: null, others: [] }]);
  });
});
