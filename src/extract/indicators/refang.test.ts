import { describe, expect, it } from 'vitest';
import { defangs, isDefanged, refang } from './refang.js';

describe('refang', () => {
  it.each([
    ['evil[.]com', 'evil.com'],
    ['evil(.)com', 'evil.com'],
    ['evil{.}com', 'evil.com'],
    ['evil[dot]com', 'evil.com'],
    ['evil [dot] com', 'evil.com'],
    ['evil[ dot ]com', 'evil.com'],
    ['evil(dot)com', 'evil.com'],
    ['evil ( dot ) com', 'evil.com'],
    ['evil{dot}com', 'evil.com'],
    ['evil\\.com', 'evil.com'],
    ['evil [.] com', 'evil.com'],
    ['evil[ . ]com', 'evil.com'],
    ['evil ( . ) com', 'evil.com'],
    ['evil{ . }com', 'evil.com'],
    ['ops { at } evil.com', 'ops@evil.com'],
    ['hxxp://a.com', 'http://a.com'],
    ['hXXp://a.com', 'http://a.com'],
    ['hxxps://a.com', 'https://a.com'],
    ['HXXPS[:]//a.com', 'https://a.com'],
    ['fxp://a.com', 'ftp://a.com'],
    ['http[:]//a.com', 'http://a.com'],
    ['http[://]a.com', 'http://a.com'],
    ['ops[at]evil.com', 'ops@evil.com'],
    ['ops [at] evil.com', 'ops@evil.com'],
    ['ops(at)evil.com', 'ops@evil.com'],
    ['ops{at}evil.com', 'ops@evil.com'],
    ['ops[@]evil.com', 'ops@evil.com'],
    ['hxxps[:]//cdn[.]evil[.]com/Path/hxxp', 'https://cdn.evil.com/Path/hxxp'],
  ])('refangs %j', (raw, expected) => {
    expect(refang(raw)).toBe(expected);
    expect(isDefanged(raw)).toBe(true);
  });

  it.each([['evil.com'], ['a dot b'], ['https://Evil.com/A'], ['ops at evil dot com'], ['']])(
    'leaves %j alone',
    (raw) => {
      expect(refang(raw)).toBe(raw);
      expect(isDefanged(raw)).toBe(false);
    },
  );

  it('refangs every documented form as written in the table', () => {
    for (const { written, becomes } of defangs) {
      const sample = written.startsWith('h') || written === 'fxp' ? `${written}://x` : `a${written}b`;
      const expected = written.startsWith('h') || written === 'fxp' ? `${becomes}://x` : `a${becomes}b`;
      expect(refang(sample), written).toBe(expected);
    }
  });
});
