import { describe, expect, it } from 'vitest';
import { faithfulRewrite, ledgerFixture } from '../../../test/ledger-fixture.js';
import { buildLedger } from './ledger.js';
import { maxSentences, maxSentencesRead, splitSentences, verifySentence, verifySummary } from './verify.js';

const ledger = buildLedger(ledgerFixture());

describe('verifySentence accepts what the ledger holds, in any written form', () => {
  it.each([
    ['the same figure in words and digits', 'About 6.1 million people were affected [1][2].', [1, 2]],
    ['digits without separators', 'The count rose to 6100000 people [2].', [2]],
    ['a currency amount as "$22m"', 'A ransom of $22m was paid [2].', [2]],
    ['"22 million dollars"', 'The group was paid 22 million dollars [2].', [2]],
    ['a number in words', 'Hospitals in three states were hit [1].', [1]],
    ['an ISO date written out', 'The agency revised the count on 20 May 2024 [2].', [2]],
    ['a month and year of a known date', 'The attack was disclosed in March 2024 [1].', [1]],
    ['a weekday that matches the date', 'On Monday 4 March 2024 the group disclosed the attack [1].', [1]],
    ['an identifier and a technique', 'Attackers exploited CVE-2023-4966 (T1190) [2].', [2]],
    ['a sentence-initial common word', 'Meanwhile, CISA lists the flaw as known exploited [2].', [2]],
    [
      'a sentence-initial word the ledger uses in another form',
      'Attackers encrypted systems at Northwind Clinics [1].',
      [1],
    ],
    [
      'a disputed date stated as disputed',
      'Sources disagree on the start: 21 February 2024 or 12 February 2024 [1][2].',
      [1, 2],
    ],
    ['a date that both sides of a dispute share', 'The attack began in February 2024 [1].', [1]],
    ['generic acronyms', 'SOC teams should hunt for exploitation of CVE-2023-4966 on VPN gateways [2].', [2]],
  ])('%s', (_, sentence, cites) => {
    const result = verifySentence(sentence, ledger);
    expect(result).toMatchObject({ ok: true, sentence: { cites } });
  });
});

describe('verifySentence rejects what the ledger does not hold', () => {
  it.each([
    [
      'an invented number',
      'About 7.5 million people were affected [2].',
      /number "7\.5 million" is not in the ledger/,
    ],
    ['"1.5bn" for $22 million', 'Losses reached $1.5bn [2].', /number "\$1\.5bn" is not in the ledger/],
    [
      'the right figure in the wrong currency',
      'A ransom of €22 million was paid [2].',
      /"€22 million" is in EUR; the ledger states it in USD/,
    ],
    ['a number in words that is not there', 'Hospitals in four states were hit [1].', /number "four"/],
    ['a percentage', 'Some 90% of patients were affected [1].', /number "90%"/],
    [
      'a new actor name',
      'BlackSuit affiliates later sold the data [1].',
      /name "BlackSuit" is not in the ledger/,
    ],
    [
      'a new two-word actor name',
      'The attack was later claimed by Crimson Typhoon [1].',
      /name "Crimson Typhoon"/,
    ],
    [
      'a date shifted by a year',
      'The attack was disclosed on 4 March 2025 [1].',
      /date "4 March 2025" is not in the ledger/,
    ],
    ['an ISO date shifted by a year', 'The count was revised on 2025-05-20 [2].', /date "2025-05-20"/],
    [
      'a weekday that does not match the date',
      'On Tuesday 4 March 2024 the attack was disclosed [1].',
      /date "Tuesday 4 March 2024"/,
    ],
    [
      'a year only found inside a CVE ID',
      'The flaw has been exploited since 2023 [2].',
      /year or number "2023"/,
    ],
    ['another CVE', 'Attackers also used CVE-2023-4967 [2].', /CVE-2023-4967 is not in the ledger/],
    ['another technique', 'They moved laterally with T1021 [2].', /T1021 is not in the ledger/],
    ['a version number', 'NetScaler 14.1-8.50 is affected [2].', /"14\.1-8\.50" is not in the ledger/],
    [
      'one side of a disputed date stated as settled',
      'The attack began on 21 February 2024 [1].',
      /states "21 February 2024" as the date of the event although sources disagree/,
    ],
    ['a sentence tied to no source', 'Organisations should stay vigilant.', /cites no real source/],
    ['a fragment', 'Summary [1].', /not a sentence/],
  ])('%s', (_, sentence, reason) => {
    const result = verifySentence(sentence, ledger);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('names every problem of a sentence', () => {
    const result = verifySentence('BlackSuit demanded $40 million on 5 April 2024 [1].', ledger);
    expect(result).toEqual({
      ok: false,
      reason:
        'name "BlackSuit" is not in the ledger; number "$40 million" is not in the ledger; date "5 April 2024" is not in the ledger',
    });
  });
});

describe('citations', () => {
  it.each([
    ['keeps the real sources the sentence cites', 'ALPHV encrypted systems at Northwind Clinics [2].', [2]],
    ['expands ranges and lists', 'ALPHV encrypted systems at Northwind Clinics [1-2].', [1, 2]],
    [
      'drops a source that does not exist and keeps the real one',
      'A ransom of $22 million was paid [2][7].',
      [2],
    ],
    [
      'takes the sources of the ledger lines it uses when it cites none',
      'A ransom of $22 million was paid.',
      [2],
    ],
    ['… or only sources that do not exist', 'About 6.1 million people were affected [9].', [1, 2]],
    ['… covering each fact it uses', 'Citrix was named and 4.2 million people were first counted.', [1, 2]],
    [
      '… or of the deterministic sentence it paraphrases when it names no fact',
      'The attackers got in through an unpatched gateway, according to the agency.',
      [2],
    ],
  ])('%s', (_, sentence, cites) => {
    expect(verifySentence(sentence, ledger)).toMatchObject({ ok: true, sentence: { cites } });
  });

  it('strips the markers from the text', () => {
    expect(verifySentence('A ransom of $22 million was paid [2] .', ledger)).toMatchObject({
      sentence: { text: 'A ransom of $22 million was paid.' },
    });
  });
});

describe('splitSentences', () => {
  it.each([
    ['Plain. Sentences here [1].', ['Plain.', 'Sentences here [1].']],
    [
      'Per U.S. officials, it spread. Then it stopped.',
      ['Per U.S. officials, it spread.', 'Then it stopped.'],
    ],
    ['One is cited. [2] Next is not.', ['One is cited. [2]', 'Next is not.']],
    [
      '<think>plan the answer. First.</think>\n**Summary**\n- A bullet sentence.',
      ['Summary', 'A bullet sentence.'],
    ],
  ])('%j', (text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });
});

describe('verifySummary', () => {
  it('accepts a faithful rewrite whole', () => {
    const { accepted, rejected } = verifySummary(faithfulRewrite, ledger);
    expect(rejected).toEqual([]);
    expect(accepted.map((s) => s.cites)).toEqual([[1], [2], [1, 2], [2]]);
  });

  it('rejects the sentences with invented facts and keeps the rest', () => {
    const answer = `${faithfulRewrite} BlackSuit affiliates later sold the data for $5 million [1].`;
    const { accepted, rejected } = verifySummary(answer, ledger);
    expect(accepted.length).toBe(4);
    expect(rejected).toEqual([
      {
        sentence: 'BlackSuit affiliates later sold the data for $5 million [1].',
        reason: 'name "BlackSuit" is not in the ledger; number "$5 million" is not in the ledger',
      },
    ]);
  });

  it(`accepts at most ${maxSentences} sentences, reads at most ${maxSentencesRead}, ignores headings`, () => {
    const answer = `Executive summary\n${Array.from({ length: 4 }, () => faithfulRewrite).join(' ')}`;
    const { accepted, rejected } = verifySummary(answer, ledger);
    expect(accepted.length).toBe(maxSentences);
    expect(rejected.map((r) => r.reason)).toEqual([
      ...Array.from({ length: maxSentencesRead - maxSentences }, () => `beyond ${maxSentences} sentences`),
      '4 more sentences not read',
    ]);
  });
});
