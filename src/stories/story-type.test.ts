import { describe, expect, it } from 'vitest';
import type { IncidentType } from '../core/facts.js';
import { storyType } from './story-type.js';

const r = (type: IncidentType, copy = false) => ({ type, copy });

describe('storyType', () => {
  it.each<[string, { type: IncidentType; copy: boolean }[], IncidentType]>([
    [
      'the majority of reports',
      [r('ransomware'), r('law-enforcement'), r('law-enforcement')],
      'law-enforcement',
    ],
    ['ties go to the earliest', [r('ransomware'), r('data-breach')], 'ransomware'],
    ['copies do not vote', [r('ransomware'), r('data-breach'), r('data-breach', true)], 'ransomware'],
    ['an incident beats guidance about it', [r('advisory'), r('advisory'), r('espionage')], 'espionage'],
    ['an incident beats a non-incident', [r('not-an-incident'), r('data-breach')], 'data-breach'],
    ['guidance beats a non-incident', [r('not-an-incident'), r('advisory')], 'advisory'],
    ['non-incidents stay non-incidents', [r('not-an-incident'), r('not-an-incident')], 'not-an-incident'],
  ])('%s', (_, reports, expected) => {
    expect(storyType(reports, 'advisory')).toBe(expected);
  });

  it('keeps the story’s type when it has no reports yet', () => {
    expect(storyType([], 'ddos')).toBe('ddos');
  });
});
