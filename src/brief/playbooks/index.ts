import { assertNever } from '../../core/facts.js';
import type { IncidentType } from '../../core/facts.js';
import { advisory } from './advisory.js';
import { dataBreach } from './data-breach.js';
import { ddos } from './ddos.js';
import { espionage } from './espionage.js';
import { lawEnforcement } from './law-enforcement.js';
import { malwareCampaign } from './malware-campaign.js';
import { phishingFraud } from './phishing-fraud.js';
import { ransomware } from './ransomware.js';
import { supplyChain } from './supply-chain.js';
import { techniqueDetections, techniqueSteps } from './techniques.js';
import { timings } from './types.js';
import type { Playbook, PlaybookStep } from './types.js';
import { vulnerabilityExploitation } from './vulnerability-exploitation.js';

export type { Playbook, PlaybookStep, TechniqueDetection, Timing } from './types.js';
export { commandPlaceholders, timings } from './types.js';
export { techniqueDetections, techniqueSteps } from './techniques.js';

/**
 * The IR playbook for an incident type, or null when there is nothing to respond to.
 *
 * @example
 * playbookFor('ddos')?.steps[0]?.key; // 'ddos.upstream-scrubbing'
 */
export function playbookFor(type: IncidentType): Playbook | null {
  switch (type) {
    case 'ransomware':
      return ransomware;
    case 'data-breach':
      return dataBreach;
    case 'ddos':
      return ddos;
    case 'vulnerability-exploitation':
      return vulnerabilityExploitation;
    case 'supply-chain':
      return supplyChain;
    case 'espionage':
      return espionage;
    case 'malware-campaign':
      return malwareCampaign;
    case 'law-enforcement':
      return lawEnforcement;
    case 'phishing-fraud':
      return phishingFraud;
    case 'advisory':
      return advisory;
    case 'not-an-incident':
      return null;
    default:
      return assertNever(type);
  }
}

/**
 * Whether a step's technique condition holds for a story. A condition ID matches itself and its
 * sub-techniques ('T1498' matches 'T1498.001'); a step without a condition always applies.
 */
export function appliesTo(
  whenTechniques: readonly string[] | undefined,
  techniqueIds: readonly string[],
): boolean {
  if (whenTechniques === undefined) return true;
  return whenTechniques.some((want) => techniqueIds.some((id) => id === want || id.startsWith(`${want}.`)));
}

/**
 * The checklist for a story: the playbook's steps whose technique condition holds, plus matching
 * technique-specific steps, deduplicated by key (first wins) and ordered by timing, then by
 * declaration order (playbook steps before technique steps).
 *
 * @example
 * selectSteps(playbookFor('ddos')!, ['T1498.001', 'T1078.001']).map((s) => s.key);
 */
export function selectSteps(playbook: Playbook, techniqueIds: readonly string[]): PlaybookStep[] {
  const seen = new Set<string>();
  const picked: PlaybookStep[] = [];
  for (const step of [...playbook.steps, ...techniqueSteps]) {
    if (seen.has(step.key) || !appliesTo(step.whenTechniques, techniqueIds)) continue;
    seen.add(step.key);
    picked.push(step);
  }
  // Array.prototype.sort is stable, so declaration order survives within a timing.
  return picked.sort((a, b) => timings.indexOf(a.timing) - timings.indexOf(b.timing));
}

/**
 * The detection guidance for a story: the playbook's behaviours followed by the technique-specific
 * hunts whose techniques the story names, without duplicates.
 */
export function selectDetections(playbook: Playbook, techniqueIds: readonly string[]): string[] {
  const extra = techniqueDetections
    .filter((d) => appliesTo(d.whenTechniques, techniqueIds))
    .map((d) => d.text);
  return [...new Set([...playbook.detection, ...extra])];
}
