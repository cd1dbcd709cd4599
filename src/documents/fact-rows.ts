import type { Classification, Evidence, Extraction } from '../core/facts.js';
import { emptyExtraction, indicatorTypes } from '../core/facts.js';

/** A fact as stored: kind, value, evidence columns, and the rest of the object in `data`. */
export interface FactRow {
  kind: string;
  value: string;
  extractor: string;
  confidence: 'high' | 'medium' | 'low';
  start_offset: number;
  end_offset: number;
  evidence: string;
  data: Record<string, unknown>;
}

const indicatorKinds = new Set<string>(indicatorTypes);

function row(
  kind: string,
  value: string,
  extractor: string,
  fact: { confidence: FactRow['confidence']; evidence: Evidence },
  data: Record<string, unknown>,
): FactRow {
  return {
    kind,
    value,
    extractor,
    confidence: fact.confidence,
    start_offset: fact.evidence.start,
    end_offset: fact.evidence.end,
    evidence: fact.evidence.text,
    data,
  };
}

/** Flattens an extraction into fact rows (classification is stored on the document). */
export function toFactRows(extraction: Extraction): FactRow[] {
  const rows: FactRow[] = [];
  for (const { evidence: _e, ...rest } of extraction.indicators) {
    rows.push(row(rest.type, rest.value, 'indicators', { ...rest, evidence: _e }, rest));
  }
  for (const v of extraction.vulnerabilities) {
    rows.push(
      row(
        'vulnerability',
        v.id,
        'vulnerabilities',
        { confidence: 'high', evidence: v.evidence },
        // The scores stated for it travel with the CVE: assessment reads them from the stored facts.
        { id: v.id, ...(v.cvss?.length ? { cvss: v.cvss } : {}) },
      ),
    );
  }
  for (const { evidence, ...rest } of extraction.weaknesses) {
    rows.push(row('weakness', rest.id, rest.extractor, { ...rest, evidence }, rest));
  }
  for (const { evidence, ...rest } of extraction.techniques) {
    rows.push(row('technique', rest.id, rest.extractor, { ...rest, evidence }, rest));
  }
  for (const [kind, list] of [
    ['actor', extraction.actors],
    ['malware', extraction.malware],
    ['organisation', extraction.organisations],
    ['sector', extraction.sectors],
    ['country', extraction.countries],
  ] as const) {
    for (const { evidence, ...rest } of list)
      rows.push(row(kind, rest.name, 'entities', { ...rest, evidence }, rest));
  }
  for (const { evidence, ...rest } of extraction.claims) {
    rows.push(row('claim', `${rest.field}:${String(rest.value)}`, 'claims', { ...rest, evidence }, rest));
  }
  return rows;
}

type StoredRow = Pick<FactRow, 'kind' | 'start_offset' | 'end_offset' | 'evidence' | 'data'>;

/** Rebuilds an extraction from stored rows and the document's classification. */
export function fromFactRows(rows: readonly StoredRow[], classification: Classification): Extraction {
  const extraction = emptyExtraction(classification);
  for (const stored of rows) {
    const evidence: Evidence = { start: stored.start_offset, end: stored.end_offset, text: stored.evidence };
    const fact = { ...stored.data, evidence } as never;
    if (indicatorKinds.has(stored.kind)) extraction.indicators.push(fact);
    else if (stored.kind === 'vulnerability') extraction.vulnerabilities.push(fact);
    else if (stored.kind === 'weakness') extraction.weaknesses.push(fact);
    else if (stored.kind === 'technique') extraction.techniques.push(fact);
    else if (stored.kind === 'actor') extraction.actors.push(fact);
    else if (stored.kind === 'malware') extraction.malware.push(fact);
    else if (stored.kind === 'organisation') extraction.organisations.push(fact);
    else if (stored.kind === 'sector') extraction.sectors.push(fact);
    else if (stored.kind === 'country') extraction.countries.push(fact);
    else if (stored.kind === 'claim') extraction.claims.push(fact);
  }
  return extraction;
}
