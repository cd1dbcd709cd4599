import { describe, expect, it } from 'vitest';
import { extractCountries } from './countries.js';

describe('extractCountries', () => {
  it.each<[text: string, codes: string[]]>([
    ['North Korean hackers hit U.S. firms and South Korea.', ['KP', 'US', 'KR']],
    ['US companies and UK banks were warned.', ['US', 'GB']],
    ['Servers in the US were seized.', ['US']],
    ['Let us know; contact us. CONTACT US.', []],
    ['Russian and Chinese actors targeted Taiwan.', ['RU', 'CN', 'TW']],
    ['Cuba ransomware and the Jordan report.', []],
  ])('%s', (text, codes) => {
    expect(extractCountries(text).map((c) => c.name)).toEqual(codes);
  });

  it('gives high confidence to a country name and medium to a demonym alone', () => {
    expect(extractCountries('Iranian operators.')[0]?.confidence).toBe('medium');
    expect(extractCountries('Iranian operators hit Israel from Iran.').map((c) => c.confidence)).toEqual([
      'high',
      'high',
    ]);
  });
});
