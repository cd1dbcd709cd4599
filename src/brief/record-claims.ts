import type { ClaimField } from '../core/facts.js';
import type { ClaimSet, ClaimValue, StoryBundle } from '../stories/types.js';
import { citeSet } from './record-text.js';
import type { RecordEntry } from './record-types.js';
import { citeOf, fieldLabel, formatClaim } from './summary.js';

/** Figures that say how many were hit (the assessment's breadth factor reads the same fields). */
export const breadthFields: readonly ClaimField[] = [
  'people-affected',
  'records-affected',
  'devices-compromised',
  'victims',
  'attack-bandwidth',
];
/** Money lost: a loss or a ransom paid (a ransom demanded is not a loss). */
export const lossFields: readonly ClaimField[] = ['financial-loss', 'ransom-paid'];

/** The value that stands, or for a disputed figure the lowest one (said so). */
export function standing(set: ClaimSet): { value: ClaimValue; note: string } | undefined {
  if (set.current) return { value: set.current, note: set.status === 'revised' ? ' (revised)' : '' };
  const numbers = set.values.filter((v) => typeof v.value === 'number');
  const lowest = numbers.sort((a, b) => Number(a.value) - Number(b.value))[0];
  return lowest ? { value: lowest, note: ' (disputed; lowest figure)' } : undefined;
}

export const setCites = (bundle: StoryBundle, set: ClaimSet): number[] =>
  citeSet(set.values.map((v) => citeOf(bundle, v.documentId)));

/** Money figures (loss, ransom demanded or paid): the value that stands, or each disputed value. */
export function financialLoss(bundle: StoryBundle, claimSets: readonly ClaimSet[]): RecordEntry[] {
  return claimSets
    .filter((s) => ['financial-loss', 'ransom-demanded', 'ransom-paid'].includes(s.field))
    .flatMap((set) => {
      const label = fieldLabel(set.field);
      const said = (v: ClaimSet['values'][number]) =>
        `${formatClaim(v.value, v.unit, v.qualifier)} (${v.source}, ${v.published?.slice(0, 10) ?? 'undated'})`;
      if (set.current) {
        const note = set.status === 'revised' ? ', revised' : '';
        return [
          {
            text: `${label}: ${said(set.current)}${note}`,
            evidence: set.current.evidence,
            cites: setCites(bundle, set),
          },
        ];
      }
      return [
        {
          text: `${label}, disputed: ${set.values.map(said).join('; ')}`,
          evidence: set.values[0]?.evidence ?? null,
          cites: setCites(bundle, set),
        },
      ];
    });
}
