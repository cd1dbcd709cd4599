import { builtinCwe } from './cwe.js';
import type { Kb } from '../types.js';
import { cisSafeguards } from './cis.js';
import { controls } from './controls.js';
import { techniqueControls } from './technique-controls.js';
import { techniques } from './techniques.js';

export { cisSafeguards } from './cis.js';
export { controls } from './controls.js';
export { csfCategories, csfFunctions } from './csf.js';
export type { CsfCategory, CsfFunction } from './csf.js';
export { techniqueControls } from './technique-controls.js';
export { techniques } from './techniques.js';

let cached: Kb | undefined;

/**
 * The knowledge base compiled into the code, used offline when no KB directory is configured:
 * curated ATT&CK techniques, NIST SP 800-53 controls and their mapping, and CIS v8 safeguards.
 * It has no KEV data.
 *
 * @example
 * builtinKb().techniques.get('T1498.001')?.name; // 'Direct Network Flood'
 */
export function builtinKb(): Kb {
  cached ??= {
    origin: 'builtin',
    techniques: new Map(techniques.map((t) => [t.id, t])),
    controls: new Map(controls.map((c) => [c.id, c])),
    techniqueControls: new Map(techniqueControls),
    cis: new Map(cisSafeguards.map((s) => [s.id, s])),
    kev: new Set<string>(),
    cwe: builtinCwe,
  };
  return cached;
}
