import type { StoryChange } from './types.js';

/** New reports listed one by one in a version before the rest are counted. */
export const listedReports = 5;

/**
 * A version's change log, readable however many reports arrived at once: the first few new reports
 * by name, then a count; copies counted in one line. Other changes are kept as they are.
 * @example compactChanges(fortyNewReports) // 5 'source' lines and '…and 35 more new reports.'
 */
export function compactChanges(changes: readonly StoryChange[]): StoryChange[] {
  const sources = changes.filter((c) => c.kind === 'source');
  const copies = changes.filter((c) => c.kind === 'copy');
  const others = changes.filter((c) => c.kind !== 'source' && c.kind !== 'copy');
  const out = [...others.filter((c) => c.kind === 'opened' || c.kind === 'merged')];
  out.push(...sources.slice(0, listedReports));
  if (sources.length > listedReports)
    out.push({ kind: 'source', text: `…and ${sources.length - listedReports} more new reports.` });
  if (copies.length > 1)
    out.push({
      kind: 'copy',
      text: `${copies.length} copies of earlier reports added; not counted as independent.`,
    });
  else out.push(...copies);
  out.push(...others.filter((c) => c.kind !== 'opened' && c.kind !== 'merged'));
  return out;
}
