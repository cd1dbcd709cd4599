import { describe, expect, it } from 'vitest';
import { dateKind } from './date-kinds.js';

describe('dateKind', () => {
  it.each([
    ['The attack began on 21 February 2024 and lasted days.', '21 February 2024', 'attack-date'],
    [
      'In December 2023, the Aisuru botnet set a new DDoS record with an attack peaking at 31.4 Tbps.',
      'December 2023',
      'attack-date',
    ],
    ['The intrusion was discovered on 3 March 2024 by staff.', '3 March 2024', 'discovery-date'],
    [
      'UnitedHealth disclosed on 24 January 2025 that 190 million people were affected.',
      '24 January 2025',
      'disclosure-date',
    ],
    ['The flaw was patched on 31 May 2023.', '31 May 2023', 'disclosure-date'],
    ['Police seized the servers on 19 February 2024.', '19 February 2024', 'takedown-date'],
    ['Police announced the 19 February 2024 takedown a day later.', '19 February 2024', 'disclosure-date'],
    ['By Dana Whitcombe • 7 June 2023', '7 June 2023', 'event-date'],
    ['The attack was bad. On 7 June 2023 the company said nothing.', '7 June 2023', 'event-date'],
  ])('%s → %s', (text, phrase, expected) => {
    const start = text.indexOf(phrase);
    expect(dateKind(text, start, start + phrase.length)).toBe(expected);
  });
});
