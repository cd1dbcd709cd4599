/** Source kinds and authority tiers; the full registry (curated table, overrides) grows from here. */
export const sourceKinds = [
  'news',
  'vendor',
  'government',
  'researcher',
  'aggregator',
  'social',
  'leak-site',
  'local',
] as const;
export type SourceKind = (typeof sourceKinds)[number];

export const tiers = {
  T1: 'Primary authority (victim, affected vendor, government agency or CERT)',
  T2: 'Established security publisher or vendor research',
  T3: 'Other publisher (default)',
  T4: 'Unverified',
} as const;
export type Tier = keyof typeof tiers;

export const reliabilities = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
} as const;
export type Reliability = keyof typeof reliabilities;

export interface SourceProfile {
  kind: SourceKind;
  tier: Tier;
  reliability: Reliability;
}

/**
 * What can be said of a publisher from its domain alone: government and military domains and CERTs
 * are primary authorities; everything else starts as an unjudged T3 news source.
 * @example profileForDomain('cisa.gov') // { kind: 'government', tier: 'T1', reliability: 'B' }
 */
export function profileForDomain(domain: string): SourceProfile {
  if (domain === 'local') return { kind: 'local', tier: 'T4', reliability: 'F' };
  if (/(?:^|\.)(?:gov|mil)(?:\.[a-z]{2})?$|(?:^|\.)gouv\.fr$|(?:^|[.-])cert(?:[.-]|$)/.test(domain)) {
    return { kind: 'government', tier: 'T1', reliability: 'B' };
  }
  return { kind: 'news', tier: 'T3', reliability: 'F' };
}
