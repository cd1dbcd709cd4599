/**
 * ATT&CK techniques named in prose, from three sources of decreasing strength: explicit IDs
 * ("T1498.001", high), behaviour phrases from our own lexicon (`techniques-lexicon.ts`, medium or
 * low; the first match whose sentence does not deny or only suppose the behaviour) and, when the
 * caller passes one, the statistical model built from the ATT&CK bundle (`technique-model.ts`,
 * medium or low by score). Names and tactics come from the catalog the caller
 * passes; an ID missing from it is skipped. A sub-technique hides its parent unless the parent has
 * stronger evidence of its own.
 */
import type { Confidence, Evidence, Technique } from '../core/facts.js';
import { extractAttackIds } from './attack-ids.js';
import type { TechniqueModel } from './technique-model.js';
import { lexicon } from './techniques-lexicon.js';
import type { Span } from './text.js';
import { createSentenceIndex } from './text.js';

export interface CatalogEntry {
  id: string;
  name: string;
  tactics: string[];
}

/**
 * Model cut-offs, chosen on the TRAIN part of the TRAM split (`bench/tram-split.ts`, 120 reports):
 * a technique is reported when one sentence scores `single` or more, or `support` sentences score
 * `sentence` or more; it is 'medium' when its best sentence reaches `medium`, else 'low'.
 */
export interface ModelThresholds {
  sentence: number;
  support: number;
  single: number;
  medium: number;
  minFeatures: number;
}

export const modelThresholds: Readonly<ModelThresholds> = {
  sentence: 0.2,
  support: 3,
  single: 0.4,
  medium: 0.5,
  /** Sentences with fewer content features than this (after masking names) describe no behaviour. */
  minFeatures: 3,
};

const rank: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };

/** The document's sentences (or table rows / list items), in order. */
export function sentencesOf(text: string): Span[] {
  const index = createSentenceIndex(text);
  const spans: Span[] = [];
  let previous: Span | undefined;
  for (let offset = 0; offset < text.length;) {
    const span = index.sentenceAt(offset);
    if (span !== previous && span.text !== '') spans.push(span);
    previous = span;
    offset = Math.max(offset + 1, span.end);
  }
  return spans;
}

function modelHits(text: string, model: TechniqueModel, thresholds: Readonly<ModelThresholds>) {
  const spans = sentencesOf(text).filter((s) => model.featureCount(s.text) >= thresholds.minFeatures);
  const hits = new Map<string, { score: number; span: Span; support: number }>();
  const scores = model.classify(
    spans.map((s) => s.text),
    thresholds.sentence,
  );
  for (const hit of scores) {
    const span = spans[hit.sentenceIndex];
    if (!span) continue;
    const known = hits.get(hit.id);
    if (!known) hits.set(hit.id, { score: hit.score, span, support: 1 });
    else {
      known.support++;
      if (hit.score > known.score) Object.assign(known, { score: hit.score, span });
    }
  }
  return [...hits].filter(([, h]) => h.score >= thresholds.single || h.support >= thresholds.support);
}

/**
 * The model's techniques alone (extractor 'model'), one per ID with its best sentence as evidence.
 * Names of groups and malware are masked before scoring and sentences with too few content words
 * are skipped, so "APT29 and Emotet were seen" yields nothing.
 */
export function modelTechniques(
  text: string,
  catalog: ReadonlyMap<string, CatalogEntry>,
  model: TechniqueModel,
  thresholds: Readonly<ModelThresholds> = modelThresholds,
): Technique[] {
  const index = createSentenceIndex(text);
  const out: Technique[] = [];
  for (const [id, { score, span }] of modelHits(text, model, thresholds)) {
    const info = catalog.get(id);
    if (!info) continue;
    out.push({
      id,
      name: info.name,
      tactics: [...info.tactics],
      confidence: score >= thresholds.medium ? 'medium' : 'low',
      evidence: index.evidence(span.start, span.end),
      extractor: 'model',
    });
  }
  return out;
}

/** Drops a parent technique whose evidence is no stronger than one of its sub-techniques'. */
function preferSubTechniques(techniques: Technique[]): Technique[] {
  const bestSub = new Map<string, number>();
  for (const t of techniques) {
    const [parent] = t.id.split('.');
    if (parent !== undefined && parent !== t.id) {
      bestSub.set(parent, Math.max(bestSub.get(parent) ?? 0, rank[t.confidence]));
    }
  }
  return techniques.filter((t) => {
    const sub = bestSub.get(t.id);
    return sub === undefined || t.extractor === 'explicit-id' || rank[t.confidence] > sub;
  });
}

/**
 * Finds techniques, deduplicated by ID: the highest confidence wins, the first evidence is kept.
 * With a `model`, sentences that describe behaviour are also scored against ATT&CK's own text;
 * actor and malware names are masked first, so a name alone never yields a technique.
 *
 * @example
 * const catalog = new Map([['T1110.003', { id: 'T1110.003', name: 'Password Spraying', tactics: ['credential-access'] }]]);
 * extractTechniques('The actor used password spraying.', catalog)[0]?.extractor; // 'lexicon:password-spraying'
 */
export function extractTechniques(
  text: string,
  catalog: ReadonlyMap<string, CatalogEntry>,
  model?: TechniqueModel,
  thresholds: Readonly<ModelThresholds> = modelThresholds,
): Technique[] {
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
    const { unless } = rule;
    for (const { index: start, 0: matched } of text.matchAll(rule.pattern)) {
      const evidence = index.evidence(start, start + matched.length);
      if (unless?.test(evidence.text)) continue;
      add(id, rule.confidence, evidence, `lexicon:${rule.key}`);
      break;
    }
  }
  if (model) found.push(...modelTechniques(text, catalog, model, thresholds));
  const byId = new Map<string, Technique>();
  for (const t of found.sort((a, b) => a.evidence.start - b.evidence.start)) {
    const known = byId.get(t.id);
    if (!known) byId.set(t.id, t);
    else if (rank[t.confidence] > rank[known.confidence]) {
      Object.assign(known, { confidence: t.confidence, extractor: t.extractor });
    }
  }
  return preferSubTechniques([...byId.values()]);
}
