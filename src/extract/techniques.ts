/**
 * ATT&CK techniques named in prose: explicit IDs ("T1498.001") and behaviour phrases from our own
 * lexicon (`techniques-lexicon.ts`). Names and tactics come from the catalog the caller passes; an
 * ID missing from it is skipped.
 */
import type { Confidence, Evidence, Technique } from '../core/facts.js';
import { extractAttackIds } from './attack-ids.js';
import { lexicon } from './techniques-lexicon.js';
import { createSentenceIndex } from './text.js';

export interface CatalogEntry {
  id: string;
  name: string;
  tactics: string[];
}

const rank: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };

/**
 * Finds techniques, deduplicated by ID: the highest confidence wins, the first evidence is kept.
 *
 * @example
 * const catalog = new Map([['T1110.003', { id: 'T1110.003', name: 'Password Spraying', tactics: ['credential-access'] }]]);
 * extractTechniques('The actor used password spraying.', catalog)[0]?.extractor; // 'lexicon:password-spraying'
 */
export function extractTechniques(text: string, catalog: ReadonlyMap<string, CatalogEntry>): Technique[] {
  const found: Technique[] = [];
  const add = (id: string, confidence: Confidence, evidence: Evidence, extractor: string): void => {
    const info = catalog.get(id);
    if (!info) return;
    found.push({ id, name: info.name, tactics: [...info.tactics], confidence, evidence, extractor });
  };
  for (const mention of extractAttackIds(text)) add(mention.id, 'high', mention.evidence, 'explicit-id');
  const index = createSentenceIndex(text);
  for (const rule of lexicon) {
    const id = rule.ids.find((candidate) => catalog.has(candidate));
    if (id === undefined) continue;
    const match = text.matchAll(rule.pattern).next();
    if (match.done === true) continue;
    const { index: start, 0: matched } = match.value;
    add(id, rule.confidence, index.evidence(start, start + matched.length), `lexicon:${rule.key}`);
  }
  const byId = new Map<string, Technique>();
  for (const t of found.sort((a, b) => a.evidence.start - b.evidence.start)) {
    const known = byId.get(t.id);
    if (!known) byId.set(t.id, t);
    else if (rank[t.confidence] > rank[known.confidence]) {
      Object.assign(known, { confidence: t.confidence, extractor: t.extractor });
    }
  }
  return [...byId.values()];
}
