/**
 * A story's incident type, decided by its reports rather than by whichever opened it: the type
 * most of its independent reports give (copies do not vote). A report typed as guidance
 * (`advisory`) or as no incident at all counts only when no report describes an incident; ties go
 * to the earliest report's type.
 */
import type { IncidentType } from '../core/facts.js';

const fallback: readonly IncidentType[] = ['advisory', 'not-an-incident'];

/**
 * @example storyType([{ type: 'ransomware' }, { type: 'law-enforcement' }, { type: 'law-enforcement' }]) // 'law-enforcement'
 */
export function storyType(
  reports: readonly { type: IncidentType; copy?: boolean }[],
  opened: IncidentType,
): IncidentType {
  const voting = reports.filter((r) => !r.copy);
  const incidents = voting.filter((r) => !fallback.includes(r.type));
  const pool = incidents.length ? incidents : voting.filter((r) => r.type === 'advisory');
  const counted = pool.length ? pool : voting;
  const counts = new Map<IncidentType, number>();
  for (const r of counted) counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
  let best: IncidentType | undefined;
  for (const r of counted) {
    const n = counts.get(r.type) ?? 0;
    if (best === undefined || n > (counts.get(best) ?? 0)) best = r.type;
  }
  return best ?? opened;
}
