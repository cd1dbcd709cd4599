import { describe, expect, it } from 'vitest';
import { compactChanges } from './changes.js';
import type { StoryChange } from './types.js';

const source = (n: number): StoryChange => ({ kind: 'source', text: `New report ${n}.` });
const copy = (n: number): StoryChange => ({ kind: 'copy', text: `Copy ${n}.` });

describe('compactChanges', () => {
  it('keeps a short log as it is, first report first', () => {
    const log: StoryChange[] = [{ kind: 'opened', text: 'First report.' }, source(1), copy(1)];
    expect(compactChanges(log)).toEqual(log);
  });

  it('names five new reports, counts the rest and the copies, and keeps figure changes', () => {
    const log: StoryChange[] = [
      ...Array.from({ length: 40 }, (_, i) => source(i)),
      ...Array.from({ length: 12 }, (_, i) => copy(i)),
      { kind: 'revised', text: 'people affected: 1 → 2.' },
    ];
    expect(compactChanges(log).map((c) => c.text)).toEqual([
      'New report 0.',
      'New report 1.',
      'New report 2.',
      'New report 3.',
      'New report 4.',
      '…and 35 more new reports.',
      '12 copies of earlier reports added; not counted as independent.',
      'people affected: 1 → 2.',
    ]);
  });
});
