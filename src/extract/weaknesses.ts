/** Weakness classes (CWE), named by ID ("CWE-79") or described in words ("hardcoded credentials"). */
import type { Confidence, Weakness } from '../core/facts.js';
import { builtinCwe } from '../kb/builtin/cwe.js';
import { createSentenceIndex } from './text.js';
import { phraseRules } from './weaknesses-phrases.js';

/** `CWE-79`, `CWE 79`, `CWE‑79` (typographic hyphen) as a whole token. */
const cweIdPattern = /(?<![\p{L}\p{N}])CWE[-\s\u2010-\u2015\u2212](\d{1,5})(?!\d)/giu;

const rank: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };

/** More confident; on a tie an explicit ID over a phrase; then the earlier evidence. */
function better(a: Weakness, b: Weakness): boolean {
  if (rank[a.confidence] !== rank[b.confidence]) return rank[a.confidence] > rank[b.confidence];
  const aExplicit = a.extractor === 'explicit-id';
  if (aExplicit !== (b.extractor === 'explicit-id')) return aExplicit;
  return a.evidence.start < b.evidence.start;
}

/**
 * Every weakness `text` names, once per CWE ID: explicit IDs (confidence high when `cwe` knows the
 * ID, medium with name '' when not) and phrases mapped by the rule table in
 * `weaknesses-phrases.ts` (extractor `phrase:<rule>`). When several finds name one CWE, the most
 * confident wins, then the first. Results are in text order of the evidence kept.
 *
 * @example
 * extractWeaknesses('It ships hard-coded credentials.', builtinCwe)[0];
 * // { id: 'CWE-798', name: 'Use of Hard-coded Credentials', confidence: 'high',
 * //   extractor: 'phrase:hardcoded-credentials', evidence: { … } }
 */
export function extractWeaknesses(text: string, cwe: ReadonlyMap<string, string>): Weakness[] {
  const index = createSentenceIndex(text);
  const byId = new Map<string, Weakness>();
  const keep = (found: Weakness) => {
    const held = byId.get(found.id);
    if (!held || better(found, held)) byId.set(found.id, found);
  };

  for (const match of text.matchAll(cweIdPattern)) {
    const id = `CWE-${String(Number(match[1]))}`;
    const name = cwe.get(id);
    keep({
      id,
      name: name ?? '',
      confidence: name === undefined ? 'medium' : 'high',
      evidence: index.evidence(match.index, match.index + match[0].length),
      extractor: 'explicit-id',
    });
  }

  // Phrase matches by end → start and by start → end, so a shorter match sharing an end or a start
  // with an earlier, longer one ("buffer overflow" in "heap-based buffer overflow") is skipped.
  const byEnd = new Map<number, number>();
  const byStart = new Map<number, number>();
  for (const rule of phraseRules) {
    for (const match of text.matchAll(rule.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if ((byEnd.get(end) ?? end) < start || (byStart.get(start) ?? start) > end) continue;
      if (!byEnd.has(end)) byEnd.set(end, start);
      if (!byStart.has(start)) byStart.set(start, end);
      for (const target of rule.cwe) {
        const id = typeof target === 'string' ? target : target.id;
        if (typeof target !== 'string' && !cwe.has(id)) continue;
        keep({
          id,
          name: cwe.get(id) ?? builtinCwe.get(id) ?? '',
          confidence: rule.confidence,
          evidence: index.evidence(start, end),
          extractor: `phrase:${rule.name}`,
        });
      }
    }
  }
  return [...byId.values()].sort((a, b) => a.evidence.start - b.evidence.start);
}
