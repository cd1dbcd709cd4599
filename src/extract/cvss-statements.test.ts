import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeVector, findCvssStatements } from './cvss-statements.js';

const v31 = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H';
const v40 = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N';

/** Statements without evidence, for compact tables. */
const found = (text: string) =>
  findCvssStatements(text).map(({ score, vector, version, statedBy }) => ({
    score,
    vector,
    version,
    statedBy,
  }));
const s = (
  score: number | null,
  version: string | null = null,
  statedBy: string | null = null,
  vector: string | null = null,
) => ({
  score,
  vector,
  version,
  statedBy,
});

describe('findCvssStatements', () => {
  it.each([
    ['The bug is rated 10.0 on CVSS.', [s(10)]],
    ['It was rated 8.8 out of 10 on the CVSS v3 scale.', [s(8.8, '3.x')]],
    ['It is rated 9.3 on CVSS (version 4.0).', [s(9.3, '4.0')]],
    ['Its CVSS (v3.1) score is 7.3.', [s(7.3, '3.1')]],
    ['The issue received a 7.1 CVSS score.', [s(7.1)]],
    ['It carries a CVSS v3.1 base score of 9.8.', [s(9.8, '3.1')]],
    ['CVSS 4.0: 9.3.', [s(9.3, '4.0')]],
    ['CVSS 3.1 base score 6.5 (medium).', [s(6.5, '3.1')]],
    ['Fortwell patched a critical-severity (CVSS 9.4) flaw in its firewall.', [s(9.4)]],
    ['An information leak (CVSSv3: 7.5) was fixed.', [s(7.5, '3.x')]],
    ['CVSS: 8.1 (high).', [s(8.1)]],
    ['The CVSSv2 score is 10.0 and that is all.', [s(10, '2.0')]],
    ['The two bugs have CVSS scores of 9.1 and 7.2, respectively.', [s(9.1), s(7.2)]],
    [`Vector: ${v31}.`, [s(9.8, '3.1', null, v31)]],
    [`The CVSS v4 vector is ${v40}`, [s(9.3, '4.0', null, v40)]],
    ['A legacy (AV:N/AC:L/Au:N/C:P/I:P/A:P) vector.', [s(7.5, '2.0', null, 'AV:N/AC:L/Au:N/C:P/I:P/A:P')]],
    [`CVSS v3.1 base score 9.1 (${v31}).`, [s(9.1, '3.1', null, v31)]],
  ])('reads %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['NVD rated it 9.8 on CVSS.', 'NVD'],
    ['The vendor gave the flaw a CVSS score of 7.8.', 'the vendor'],
    ['Palo Alto Networks assigned the flaw a CVSS score of 10.0, the maximum.', 'Palo Alto Networks'],
    ['On Monday Quillon Software rated it 9.1 on CVSS.', 'Quillon Software'],
    ['It has a CVSS score of 9.8, according to the National Vulnerability Database.', 'NVD'],
    ['It was scored 8.2 on the CVSS v3.1 scale by Ember Labs.', 'Ember Labs'],
    ["The project's maintainers assigned a CVSS 4.0 score of 9.3.", "the project's maintainers"],
    ['A CVSS score of 9.8 makes it critical.', null],
    ['CVE-2024-0001 is rated 9.8 on CVSS.', null],
  ])('attributes %j to %j', (text, statedBy) => {
    expect(findCvssStatements(text).map((f) => f.statedBy)).toEqual([statedBy]);
  });

  it('credits each score in a sentence to whoever stated it nearest', () => {
    const text = 'NVD gives a CVSS score of 9.8, while the vendor rated it 7.5 on CVSS.';
    expect(found(text)).toEqual([s(9.8, null, 'NVD'), s(7.5, null, 'the vendor')]);
  });

  it.each([
    ['a scale, not a score', 'The CVSS scoring system ranks flaws from 0 to 10.'],
    ['a version number after CVSS words', 'The CVSS calculator shipped in version 9.1.'],
    ['no score at all', 'CVSS v3 scores were not published. Version 9.1 shipped.'],
    ['a percentage', 'CVSS is used by 9.5% of teams.'],
    ['a software version', 'Upgrade to 9.8.1 on CVSS-aware scanners.'],
    ['an invalid vector', 'CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'],
    ['an incomplete vector', 'CVSS:3.1/AV:N/AC:L'],
    ['a vector of the wrong version', 'CVSS:3.1/AV:N/AC:L/Au:N/C:P/I:P/A:P'],
  ])('skips %s', (_why, text) => {
    expect(findCvssStatements(text)).toEqual([]);
  });

  it('gives evidence covering the statement and its sentence', () => {
    const text = 'Intro here. Acme rated it 9.8 on CVSS. Next.';
    expect(findCvssStatements(text)[0]?.evidence).toEqual({
      start: 26,
      end: 37,
      text: 'Acme rated it 9.8 on CVSS.',
    });
  });

  it('never throws and stays linear on hostile input', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('CVSS', ' ', '9.8', ':', '/', 'AV:N', 'v3', '.', 'on', ',', 'and'),
        }),
        (text) => {
          expect(Array.isArray(findCvssStatements(text))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
    const started = performance.now();
    findCvssStatements('CVSS v3.1 score of '.repeat(50_000));
    findCvssStatements('9.8 on CVSS 9.8, '.repeat(50_000));
    findCvssStatements('AV:N/AC:L/'.repeat(100_000));
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('computeVector', () => {
  it.each([
    ['3.1', 'AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8, '3.1'],
    ['3.0', 'AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H', 8.8, '3.0'],
    [null, 'AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N', 7.5, null],
    [null, 'AV:N/AC:L/Au:N/C:C/I:C/A:C', 10, '2.0'],
  ])('scores %s %s', (version, body, score, implied) => {
    expect(computeVector(version, body)).toMatchObject({ score, version: implied });
  });

  it('rejects an unknown metric value', () => {
    expect(computeVector('3.1', 'AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:Z')).toBeNull();
  });
});
