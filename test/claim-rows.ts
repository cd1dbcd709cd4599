/** Claims as tests compare them: the comparable part of each, with its evidence span. */
import type { Claim } from '../src/core/facts.js';
import { extractClaims } from '../src/extract/claims.js';

/** [field, value, unit, qualifier, evidence span] — the comparable part of a claim. */
export type Row = [Claim['field'], Claim['value'], string, string, string];

export const rows = (text: string, published?: string): Row[] =>
  extractClaims(text, published).map((c) => [
    c.field,
    c.value,
    c.unit,
    c.qualifier,
    text.slice(c.evidence.start, c.evidence.end),
  ]);
