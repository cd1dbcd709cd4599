import { describe, expect, it } from 'vitest';
import { createSentenceIndex, evidenceFor, maxEvidenceLength, sentenceAt } from './text.js';

const prose =
  'CISA warned on Monday. The U.S. agency, e.g. its CSIRT, saw 31.4 percent more scans from 45.33.2.79 ' +
  'and evil[.]com! Was it new? 2024 was worse.\n' +
  'evil[.]com\t185.220.101[.]47\tC2 server\n' +
  '\n' +
  '- Mr. Smith said "Patch now." Then he left.';

describe('sentenceAt', () => {
  it.each([
    ['CISA', 'CISA warned on Monday.'],
    ['U.S.', 'The U.S. agency, e.g. its CSIRT, saw 31.4 percent more scans from 45.33.2.79 and evil[.]com!'],
    ['31.4', 'The U.S. agency, e.g. its CSIRT, saw 31.4 percent more scans from 45.33.2.79 and evil[.]com!'],
    ['2.79', 'The U.S. agency, e.g. its CSIRT, saw 31.4 percent more scans from 45.33.2.79 and evil[.]com!'],
    ['new?', 'Was it new?'],
    ['2024', '2024 was worse.'],
    ['185.220', 'evil[.]com\t185.220.101[.]47\tC2 server'],
    ['Smith', '- Mr. Smith said "Patch now."'],
    ['Then', 'Then he left.'],
  ])('finds the sentence around %j', (needle, expected) => {
    const span = sentenceAt(prose, prose.indexOf(needle));
    expect(span.text).toBe(expected);
    expect(prose.slice(span.start, span.end)).toBe(expected);
  });

  it.each([
    ['', 0, ''],
    ['One.', 99, 'One.'],
    ['One.', -5, 'One.'],
    ['  padded line  \nnext', 3, 'padded line'],
    ['Version 1.2. Next one', 0, 'Version 1.2.'],
    ['See fig. 3 and the U.K. report. Done.', 10, 'See fig. 3 and the U.K. report.'],
  ])('handles edge case %j at %i', (text, offset, expected) => {
    expect(sentenceAt(text, offset).text).toBe(expected);
  });

  it('answers many lookups on a long text from one index', () => {
    const text = 'Sentence number one is here. '.repeat(20_000);
    const index = createSentenceIndex(text);
    const started = performance.now();
    for (let i = 0; i < text.length; i += 97)
      expect(index.sentenceAt(i).text).toBe('Sentence number one is here.');
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('evidenceFor', () => {
  it('returns the offsets and the sentence of the match', () => {
    const start = prose.indexOf('45.33.2.79');
    expect(evidenceFor(prose, start, start + 10)).toEqual({
      start,
      end: start + 10,
      text: 'The U.S. agency, e.g. its CSIRT, saw 31.4 percent more scans from 45.33.2.79 and evil[.]com!',
    });
  });

  it('cuts an over-long line to a window that still contains the match', () => {
    const text = `${'a '.repeat(5000)}evil.com${' b'.repeat(5000)}`;
    const start = text.indexOf('evil.com');
    const evidence = createSentenceIndex(text).evidence(start, start + 8);
    expect(evidence.text.length).toBeLessThanOrEqual(maxEvidenceLength);
    expect(evidence.text).toContain('evil.com');
    expect(text).toContain(evidence.text);
  });
});
