import { describe, expect, it } from 'vitest';
import { type Mention, scanMentions } from './figures.js';

/** A mention in a line: "n:192700000 USD", "d:2024-2-19 w1", "name:Salt Typhoon". */
function brief(mention: Mention): string {
  switch (mention.kind) {
    case 'number':
      return `n:${mention.scaled ?? mention.value}${mention.currency ? ` ${mention.currency}` : ''}`;
    case 'year':
      return `y:${mention.value}`;
    case 'date':
      return mention.dates
        .map(
          (d) =>
            `d:${[d.year, d.month, d.day].filter((p) => p !== undefined).join('-')}${d.weekday === undefined ? '' : ` w${d.weekday}`}`,
        )
        .join(',');
    case 'id':
      return `id:${mention.id}`;
    case 'token':
      return `t:${mention.text}`;
    case 'name':
      return `name:${mention.text}`;
  }
}

describe('scanMentions', () => {
  it.each([
    ['192.7 million people', ['n:192700000']],
    ['192,700,000 people', ['n:192700000']],
    ['192700000 people', ['n:192700000']],
    ['losses of $1.5bn', ['n:1500000000 USD']],
    ['US$25.6 million or HK$200 million', ['n:25600000 USD', 'n:200000000 HKD']],
    ['€69m and £10 million and 22 million dollars', ['n:69000000 EUR', 'n:10000000 GBP', 'n:22000000 USD']],
    ['USD 5 million', ['n:5000000 USD']],
    ['a 5.6 Tbps flood', ['n:5600000000000']],
    ['2.14 billion packets per second', ['n:2140000000']],
    ['90% of them', ['n:90']],
    ['eight firms, twenty-five others, three hundred routers', ['n:8', 'n:25', 'n:300']],
    ['one million accounts', ['n:1000000']],
    ['one of the worst, a one-day deadline, a zero-day', []],
    ['a three-week shutdown', ['n:3']],
    ['in 2024', ['y:2024']],
    ['2,000 victims', ['n:2000']],
    ['on 19 February 2024', ['d:2024-2-19']],
    ['on Monday 19 February 2024', ['d:2024-2-19 w1']],
    ['on Friday, 18 July 2025', ['d:2025-7-18 w5']],
    ['on July 18, 2025', ['d:2025-7-18']],
    ['from 27–29 May 2024', ['d:2024-5-27,d:2024-5-29']],
    ['the 24th of September', ['d:9-24']],
    ['in February 2024', ['d:2024-2']],
    ['since late June', ['d:6']],
    // "May" alone is more often the verb: it is checked as a word, not as a month.
    ['attackers may act in May', ['name:May']],
    ['on 2024-10-24', ['d:2024-10-24']],
    ['CVE-2024-3400 and T1059.001 and CWE-306', ['id:CVE-2024-3400', 'id:T1059.001', 'id:CWE-306']],
    ['versions 5.6.0 and 14.1-43.56 and Tycoon 2FA', ['t:5.6.0', 't:14.1-43.56', 'name:Tycoon', 't:2FA']],
    ['Crimson Typhoon, then Change Healthcare’s parent', ['name:Crimson Typhoon', 'name:Change Healthcare']],
    ['the U.S. Department of Justice', ['name:U.S. Department', 'name:Justice']],
    [
      'hostile words: constructor 5 constructor, __proto__ 3 hasOwnProperty',
      ['n:5', 'n:3', 'name:hasOwnProperty'],
    ],
  ])('%s', (text, expected) => {
    expect(scanMentions(text).map(brief)).toEqual(expected);
  });

  it('marks the first word of a sentence as initial', () => {
    expect(scanMentions('The LockBit group')[0]).toMatchObject({
      kind: 'name',
      text: 'The LockBit',
      initial: true,
    });
    expect(scanMentions('Then, LockBit said')[1]).toMatchObject({ kind: 'name', initial: false });
  });
});
