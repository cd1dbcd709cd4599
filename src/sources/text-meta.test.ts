import { describe, expect, it } from 'vitest';
import { textPublished } from './text-meta.js';

describe('textPublished', () => {
  it.each([
    ['Advisory\nIssued by: a CSIRT\nDate: 11 July 2025\n\nBody', '2025-07-11T00:00:00.000Z'],
    ['Title\nPublished: 2025-07-11T08:30:00Z\n', '2025-07-11T08:30:00.000Z'],
    ['Title\n  released : 2024-02-19\n', '2024-02-19T00:00:00.000Z'],
    ['Title\nDate: sometime soon\n', null],
    ['Title\nThe date: 11 July 2025 is in the body, not a header line of its own? no colon start', null],
    [`${'line\n'.repeat(20)}Date: 11 July 2025`, null],
    ['', null],
  ])('%j → %s', (text, expected) => {
    expect(textPublished(text)).toBe(expected);
  });
});
