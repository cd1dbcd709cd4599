/** What the database knows of one source, gathered by health-repo.ts. */
export interface HealthInput {
  /** The source has at least one subscribed feed: only polled sources can fail or fall silent. */
  polled: boolean;
  lastSuccess: Date | null;
  consecutiveErrors: number;
  lastError: string | null;
  /** Average items (new and duplicate) per poll over the recent runs; null before the first run. */
  itemsPerPoll: number | null;
  ingested: number;
  duplicates: number;
  documents: number;
  firstToReport: number;
  lastPublished: Date | null;
  /** Publication dates of the source's recent documents, any order. */
  recentPublished: readonly Date[];
}

export type HealthStatus = 'ok' | 'failing' | 'silent';

export interface SourceHealth {
  status: HealthStatus;
  /** Why the source is flagged, in plain words; null when it is not. */
  reason: string | null;
  lastSuccess: string | null;
  consecutiveErrors: number;
  lastError: string | null;
  itemsPerPoll: number | null;
  /** duplicates / (ingested + duplicates); null when nothing came in yet. */
  duplicateRatio: number | null;
  firstToReport: number;
  documents: number;
  lastPublished: string | null;
  /** Median time between the recent items, in hours; null with too few dated items. */
  usualGapHours: number | null;
}

const hour = 3_600_000;
const day = 24 * hour;

export const healthThresholds = {
  /** Consecutive failed polls that make a source failing. */
  failingErrors: 3,
  /** Silent after this many times the usual gap without a new item… */
  silentFactor: 3,
  /** …and never sooner than this. */
  silentFloorMs: 2 * day,
  /** Gaps (between distinct recent items) needed to know a cadence. */
  minGaps: 3,
} as const;

function round(value: number, digits: number): number {
  return Math.round(value * 10 ** digits) / 10 ** digits;
}

/** A span in the largest sensible unit: "45 minutes", "6 hours", "9 days". */
export function describeSpan(ms: number): { count: number; unit: string } {
  if (ms < hour) return { count: Math.max(1, Math.round(ms / 60_000)), unit: 'minute' };
  if (ms < 23.5 * hour) return { count: Math.round(ms / hour), unit: 'hour' };
  return { count: Math.round(ms / day), unit: 'day' };
}

function spanText(ms: number): string {
  const { count, unit } = describeSpan(ms);
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

function everyText(ms: number): string {
  const { count, unit } = describeSpan(ms);
  return count === 1 ? `every ${unit}` : `every ${count} ${unit}s`;
}

/** The median gap between distinct items published up to `now`, or null with too few of them. */
function medianGap(times: readonly Date[], now: Date): number | null {
  const sorted = times.map((t) => t.getTime()).filter((t) => t <= now.getTime());
  sorted.sort((a, b) => a - b);
  const gaps = sorted.slice(1).map((t, i) => t - (sorted[i] ?? t));
  const real = gaps.filter((gap) => gap >= 60_000).sort((a, b) => a - b);
  if (real.length < healthThresholds.minGaps) return null;
  const mid = Math.floor(real.length / 2);
  return real.length % 2 ? (real[mid] ?? 0) : ((real[mid - 1] ?? 0) + (real[mid] ?? 0)) / 2;
}

function truncate(text: string, max = 160): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/**
 * The health of one source at `now`: failing after `failingErrors` consecutive errors; silent
 * when polled and no new item came for more than `silentFactor` × its usual gap (at least
 * `silentFloorMs`). Pure: the clock is passed in.
 * @example assessHealth({ ...input, polled: true, consecutiveErrors: 4, lastError: 'HTTP 404' }, now).reason
 * // 'failing: 4 consecutive errors, last: HTTP 404'
 */
export function assessHealth(input: HealthInput, now: Date): SourceHealth {
  const reasons: { status: HealthStatus; text: string }[] = [];
  if (input.polled && input.consecutiveErrors >= healthThresholds.failingErrors) {
    const last = input.lastError ? `, last: ${truncate(input.lastError)}` : '';
    reasons.push({
      status: 'failing',
      text: `failing: ${input.consecutiveErrors} consecutive errors${last}`,
    });
  }
  const gap = medianGap(input.recentPublished, now);
  const latest = Math.max(...input.recentPublished.map((t) => t.getTime()).filter((t) => t <= now.getTime()));
  if (input.polled && gap !== null) {
    const quiet = now.getTime() - latest;
    if (quiet > Math.max(healthThresholds.silentFactor * gap, healthThresholds.silentFloorMs)) {
      reasons.push({
        status: 'silent',
        text: `silent: no new item for ${spanText(quiet)}; usually ${everyText(gap)}`,
      });
    }
  }
  const seen = input.ingested + input.duplicates;
  return {
    status: reasons[0]?.status ?? 'ok',
    reason: reasons.length ? reasons.map((r) => r.text).join('; ') : null,
    lastSuccess: input.lastSuccess?.toISOString() ?? null,
    consecutiveErrors: input.consecutiveErrors,
    lastError: input.lastError,
    itemsPerPoll: input.itemsPerPoll === null ? null : round(input.itemsPerPoll, 2),
    duplicateRatio: seen > 0 ? round(input.duplicates / seen, 3) : null,
    firstToReport: input.firstToReport,
    documents: input.documents,
    lastPublished: input.lastPublished?.toISOString() ?? null,
    usualGapHours: gap === null ? null : round(gap / hour, 1),
  };
}
