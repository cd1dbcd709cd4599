import type { StoryChange } from '../stories/types.js';
import { fieldLabel } from './summary.js';
import type { Brief } from './types.js';

/** A brief as stored by an earlier version, which may predate the figures table. */
export type StoredBrief = Omit<Brief, 'claims'> & Partial<Pick<Brief, 'claims'>>;

/**
 * What changed between two published briefs of a story: severity, priority (by 0.05 or more), new
 * figures, revisions and disputes. New reports and merges are noted by the correlate stage.
 * @example briefChanges(previous, next) // [{ kind: 'severity', text: 'Severity HIGH → CRITICAL.' }]
 */
export function briefChanges(previous: StoredBrief | null, next: Brief): StoryChange[] {
  if (!previous) return [];
  const changes: StoryChange[] = [];
  if (previous.severity !== next.severity)
    changes.push({ kind: 'severity', text: `Severity ${previous.severity} → ${next.severity}.` });
  if (Math.abs(previous.priority.score - next.priority.score) >= 0.05)
    changes.push({
      kind: 'priority',
      text: `Priority ${previous.priority.score.toFixed(3)} → ${next.priority.score.toFixed(3)} (triage ${next.triage.level}).`,
    });
  const before = new Map((previous.claims ?? []).map((c) => [c.field, c]));
  for (const claim of next.claims) {
    const old = before.get(claim.field);
    const label = fieldLabel(claim.field);
    if (!old) {
      changes.push({
        kind: 'claim',
        text: `New figure: ${label}${claim.current ? `, ${claim.current}` : ''}.`,
      });
    } else if (claim.status === 'disputed' && old.status !== 'disputed') {
      changes.push({ kind: 'disputed', text: `Sources now disagree on ${label}.` });
    } else if (claim.current !== old.current && claim.current !== null) {
      const kind = claim.status === 'revised' ? 'revised' : 'claim';
      changes.push({ kind, text: `${label}: ${old.current ?? 'disputed'} → ${claim.current}.` });
    }
  }
  return changes;
}
