import type { Publisher, Reliability, SourceKind, Tier } from '../registry.js';

/** One row of a built-in table: domain, name, reliability, and the organisation behind it when not the name. */
export type Row = readonly [domain: string, name: string, reliability: Reliability, org?: string];

/** Rows sharing a kind and a tier, as `[domain, publisher]` pairs. */
export function publishers(kind: SourceKind, tier: Tier, rows: readonly Row[]): [string, Publisher][] {
  return rows.map(([domain, name, reliability, org]) => [
    domain,
    { name, kind, tier, reliability, ...(org ? { org } : {}) },
  ]);
}
