import { type SectorId, sectorTable } from '../extract/sectors-table.js';
import { escapeRegExp } from '../extract/text.js';
import type { StoryBundle } from '../stories/types.js';

/** What the reader's organisation runs and is: vendors, products and sectors, as configured. */
export interface WatchList {
  vendors: readonly string[];
  products: readonly string[];
  sectors: readonly string[];
}

export const emptyWatchList: WatchList = { vendors: [], products: [], sectors: [] };

export interface WatchMatch {
  kind: 'vendor' | 'product' | 'sector';
  /** The watched term as the story writes it ('Ivanti' in 'Ivanti Connect Secure'), or the sector id. */
  name: string;
}

/** Relevance value of a story naming a watched vendor or product, and of one naming only a watched sector. */
export const relevanceValues = { vendorOrProduct: 1, sector: 0.5 } as const;

/** The term as a whole word or phrase, case-insensitively; the term is escaped, never a pattern. */
function wordPattern(term: string): RegExp {
  const escaped = escapeRegExp(term);
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu');
}

/** 'healthcare', 'Hospitals', 'health care' → 'healthcare'; an unknown sector is kept as written. */
export function sectorIdOf(term: string): string {
  const lower = term.toLowerCase();
  const singular = lower.endsWith('s') ? lower.slice(0, -1) : lower;
  if (lower in sectorTable) return lower;
  for (const [id, phrases] of Object.entries(sectorTable) as [SectorId, readonly string[]][]) {
    if (phrases.some((p) => [lower, singular].includes(p.toLowerCase()))) return id;
  }
  return lower;
}

/**
 * What of the story is on the watch list: vendors among its organisations (any role) or in its
 * vulnerability sentences, products in its vulnerability and technique sentences, and its sectors.
 * Terms match case-insensitively as whole words; each match is named as the story writes it.
 *
 * @example
 * watchMatches(bundle, { vendors: ['ivanti'], products: [], sectors: ['hospitals'] });
 * // [{ kind: 'vendor', name: 'Ivanti' }, { kind: 'sector', name: 'healthcare' }]
 */
export function watchMatches(bundle: StoryBundle, watch: WatchList): WatchMatch[] {
  const docs = bundle.documents.map((d) => d.extraction);
  const organisations = docs.flatMap((x) => x.organisations.map((o) => o.name));
  const vulnerabilitySentences = docs.flatMap((x) => x.vulnerabilities.map((v) => v.evidence.text));
  const productSentences = [
    ...vulnerabilitySentences,
    ...docs.flatMap((x) => x.techniques.map((t) => t.evidence.text)),
  ];
  const sectors = new Set(docs.flatMap((x) => x.sectors.map((s) => s.name.toLowerCase())));
  const matches: WatchMatch[] = [];
  const add = (kind: WatchMatch['kind'], name: string) => {
    if (!matches.some((m) => m.kind === kind && m.name.toLowerCase() === name.toLowerCase()))
      matches.push({ kind, name });
  };
  const firstIn = (texts: readonly string[], term: string) => {
    const pattern = wordPattern(term);
    for (const text of texts) {
      const found = pattern.exec(text);
      if (found) return found[0];
    }
    return null;
  };
  for (const vendor of watch.vendors) {
    const named = firstIn(organisations, vendor) ?? firstIn(vulnerabilitySentences, vendor);
    if (named !== null) add('vendor', named);
  }
  for (const product of watch.products) {
    const named = firstIn(productSentences, product);
    if (named !== null) add('product', named);
  }
  for (const sector of watch.sectors) {
    const id = sectorIdOf(sector);
    if (sectors.has(id)) add('sector', id);
  }
  return matches;
}

/** The relevance factor's value and reason ('watched vendor Ivanti; watched sector healthcare'). */
export function relevance(
  matches: readonly WatchMatch[],
  watch: WatchList,
): { value: number; reason: string } {
  const watched = watch.vendors.length + watch.products.length + watch.sectors.length;
  if (watched === 0) return { value: 0, reason: 'no watch list configured' };
  if (matches.length === 0) return { value: 0, reason: 'nothing on the watch list' };
  const direct = matches.some((m) => m.kind !== 'sector');
  return {
    value: direct ? relevanceValues.vendorOrProduct : relevanceValues.sector,
    reason: matches.map((m) => `watched ${m.kind} ${m.name}`).join('; '),
  };
}
