/** MITRE ATT&CK technique IDs written out in the text (`T1059`, `T1059.001`). */
import type { Evidence } from '../core/facts.js';
import { createSentenceIndex } from './text.js';

export interface AttackIdMention {
  /** Technique or sub-technique ID, e.g. `T1498.001`. */
  id: string;
  evidence: Evidence;
}

/**
 * `T` and four digits, optionally `.` and three digits, as a whole token: not inside `T12345`,
 * `xT1059` or a longer dotted number (`T1059.0012`, `T1059.001.2`).
 */
const attackIdPattern = /(?<![\w.-])T\d{4}(?:\.\d{3})?(?!\w|\.\d)/g;

/**
 * Every explicit ATT&CK technique ID in `text`, once each with its first evidence.
 *
 * @example
 * extractAttackIds('Used PowerShell (T1059.001) and T1059.')[0]?.id; // 'T1059.001'
 */
export function extractAttackIds(text: string): AttackIdMention[] {
  const index = createSentenceIndex(text);
  const byId = new Map<string, AttackIdMention>();
  for (const match of text.matchAll(attackIdPattern)) {
    const id = match[0];
    if (byId.has(id)) continue;
    byId.set(id, { id, evidence: index.evidence(match.index, match.index + id.length) });
  }
  return [...byId.values()];
}
