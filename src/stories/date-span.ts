/**
 * The days an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) covers, in epoch milliseconds: a year, a month
 * or a day. Null for anything else.
 * @example dateSpan('2024-02') // [Date.UTC(2024, 1, 1), Date.UTC(2024, 2, 1)]
 */
export function dateSpan(value: string): [number, number] | null {
  const [y, m, d] = value.split('-').map(Number);
  if (y === undefined || !Number.isFinite(y)) return null;
  if (m === undefined) return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
  if (d === undefined) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)];
  return [Date.UTC(y, m - 1, d), Date.UTC(y, m - 1, d + 1)];
}

/** Days between two spans (0 when they touch or overlap), in milliseconds. */
export const spanGap = (a: readonly [number, number], b: readonly [number, number]): number =>
  Math.max(0, Math.max(a[0], b[0]) - Math.min(a[1], b[1]));
