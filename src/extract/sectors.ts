/**
 * Sectors named as victims or targets (`Entity.name` is the sector id of `sectors-table.ts`).
 *
 * Rule, kept simple on purpose: a sector word counts only in a sentence that is about an attack
 * on someone — it has a victim word (targeted, attacked, hit, breached, compromised, victims,
 * affected, impacted, disrupted, ransomware, …) — and the word itself is not describing a supplier
 * ("healthcare software vendor", "energy products"). "A healthcare software vendor released a patch"
 * gives nothing; "the gang hit three hospitals" gives healthcare. Confidence is high when the word
 * is followed by sector/industry/organisations/companies/providers/entities, medium otherwise.
 */
import type { Entity } from '../core/facts.js';
import { createPhraseMatcher, tokenize } from './entities-match.js';
import type { Token } from './entities-match.js';
import { sectorTable } from './sectors-table.js';
import type { SectorId } from './sectors-table.js';
import { createSentenceIndex } from './text.js';
import type { SentenceIndex } from './text.js';

const matcher = createPhraseMatcher<SectorId>();
for (const [id, words] of Object.entries(sectorTable) as [SectorId, readonly string[]][]) {
  for (const word of words) {
    const upper = word === word.toUpperCase();
    matcher.add(word, id, upper);
    if (!word.endsWith('s') && !word.endsWith('ies')) matcher.add(`${word}s`, id, upper);
  }
}

const victimCue =
  /\b(?:target(?:s|ed|ing)?|attack(?:s|ed|ing)?|hit|struck|breach(?:ed|es)?|compromis(?:ed|e|ing)|victims?|affect(?:ed|ing)|impact(?:ed|ing)|disrupt(?:ed|ing|ions?)|ransomware|intrusions?|infect(?:ed|ing)|extort(?:ed|ing|ion)?|hack(?:ed|ing)|phishing|espionage|against|exploit(?:ed|ing))\b/i;
const supplierTail =
  /^[\s-]*(?:software|vendors?|suppliers?|products?|solutions?|technolog(?:y|ies)|equipment|devices?)\b/i;
const strongTail =
  /^[\s-]*(?:sectors?|industr(?:y|ies)|organi[sz]ations|companies|providers|entities|firms|institutions)\b/i;

/**
 * @example
 * extractSectors('The gang hit three hospitals and a telecom carrier.').map((s) => s.name);
 * // ['healthcare', 'telecommunications']
 */
export function extractSectors(text: string, index?: SentenceIndex, tokens?: readonly Token[]): Entity[] {
  const sentences = index ?? createSentenceIndex(text);
  const found = new Map<string, Entity>();
  for (const hit of matcher.match(text, tokens ?? tokenize(text))) {
    const tail = text.slice(hit.end, hit.end + 40);
    if (supplierTail.test(tail)) continue;
    const evidence = sentences.evidence(hit.start, hit.end);
    if (!victimCue.test(evidence.text)) continue;
    const confidence = strongTail.test(tail) ? 'high' : 'medium';
    const known = found.get(hit.value);
    if (known && (known.confidence === 'high' || confidence === 'medium')) continue;
    found.set(hit.value, { name: hit.value, confidence, evidence: known?.evidence ?? evidence });
  }
  return [...found.values()];
}
