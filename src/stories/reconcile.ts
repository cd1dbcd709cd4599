import type { ClaimSet, ClaimValue, Dispute, StoryBundle } from './types.js';

function sameValue(a: ClaimValue, b: ClaimValue): boolean {
  return a.unit === b.unit && String(a.value) === String(b.value);
}

/**
 * Merges the story's claims per field. Values from different documents that differ are 'disputed';
 * when the later report is from a different source and the field is a count that grew, it is
 * 'revised' (a later report superseding an earlier figure). Within one document, only the first
 * value of a field counts (later ones are usually context: earlier records, other incidents).
 */
export function reconcileClaims(bundle: StoryBundle): ClaimSet[] {
  const byField = new Map<ClaimSet['field'], ClaimValue[]>();
  for (const doc of bundle.documents) {
    const seen = new Set<string>();
    for (const claim of doc.extraction.claims) {
      if (seen.has(claim.field)) continue;
      seen.add(claim.field);
      const list = byField.get(claim.field) ?? [];
      list.push({
        value: claim.value,
        unit: claim.unit,
        qualifier: claim.qualifier,
        documentId: doc.id,
        documentUrl: doc.url,
        source: doc.source.name,
        published: doc.published,
        evidence: claim.evidence.text,
      });
      byField.set(claim.field, list);
    }
  }
  return [...byField].map(([field, values]) => {
    const first = values[0];
    const agreed = !first || values.every((value) => sameValue(value, first));
    if (agreed) return { field, status: 'agreed', values };
    const last = values[values.length - 1];
    const revised =
      last !== undefined &&
      typeof first.value === 'number' &&
      typeof last.value === 'number' &&
      last.value > first.value &&
      (last.published ?? '') > (first.published ?? '');
    return { field, status: revised ? 'revised' : 'disputed', values };
  });
}

/** The claim sets where sources do not agree, in the published JSON shape. */
export function disputesOf(claimSets: readonly ClaimSet[]): Dispute[] {
  return claimSets
    .filter((set): set is ClaimSet & { status: Dispute['status'] } => set.status !== 'agreed')
    .map((set) => ({
      field: set.field,
      status: set.status,
      values: set.values.map(({ value, documentUrl, source, published, evidence }) => ({
        value,
        documentUrl,
        source,
        published,
        evidence,
      })),
    }));
}
