import { describe, expect, it } from 'vitest';
import { briefChanges } from './changes.js';
import type { Brief } from './types.js';

/** Only the fields the change log compares. */
function brief(fields: {
  severity?: Brief['severity'];
  priority?: number;
  claims?: Pick<Brief['claims'][number], 'field' | 'status' | 'current'>[];
}): Brief {
  return {
    severity: fields.severity ?? 'HIGH',
    priority: { score: fields.priority ?? 0.5, factors: [] },
    triage: { level: 'URGENT', reason: '', escalation: [] },
    claims: (fields.claims ?? []).map((c) => ({ ...c, corroboration: 'reported', sources: [1] })),
  } as unknown as Brief;
}

describe('briefChanges', () => {
  it('has nothing to say about a first version', () => {
    expect(briefChanges(null, brief({}))).toEqual([]);
  });

  it.each([
    [
      'severity',
      brief({ severity: 'HIGH' }),
      brief({ severity: 'CRITICAL' }),
      [['severity', 'Severity HIGH → CRITICAL.']],
    ],
    ['a small priority move is not news', brief({ priority: 0.5 }), brief({ priority: 0.52 }), []],
    [
      'priority',
      brief({ priority: 0.5 }),
      brief({ priority: 0.6 }),
      [['priority', 'Priority 0.500 → 0.600 (triage URGENT).']],
    ],
    [
      'a new figure',
      brief({}),
      brief({ claims: [{ field: 'victims', status: 'agreed', current: '120 victims' }] }),
      [['claim', 'New figure: victims, 120 victims.']],
    ],
    [
      'a revision',
      brief({
        claims: [{ field: 'people-affected', status: 'agreed', current: 'about 100,000,000 people' }],
      }),
      brief({
        claims: [{ field: 'people-affected', status: 'revised', current: 'more than 190,000,000 people' }],
      }),
      [['revised', 'people affected: about 100,000,000 people → more than 190,000,000 people.']],
    ],
    [
      'a new disagreement',
      brief({ claims: [{ field: 'attack-commands', status: 'agreed', current: '316,000 commands' }] }),
      brief({ claims: [{ field: 'attack-commands', status: 'disputed', current: null }] }),
      [['disputed', 'Sources now disagree on attack commands issued.']],
    ],
  ])('%s', (_name, before, after, expected) => {
    expect(briefChanges(before, after).map((c) => [c.kind, c.text])).toEqual(expected);
  });
});
