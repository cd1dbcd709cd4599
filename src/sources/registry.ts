import { z } from 'zod';
import { builtinPublishers } from './builtin/index.js';
import { ruleProfile } from './domain-rules.js';

/** Source kinds, defined once: CLI choices, the config file schema and the DB check follow it. */
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

/**
 * Authority tiers. T1 is a primary authority *for what it reports on*: a government agency or CERT,
 * the victim speaking about its own incident, or the affected vendor about its own product. A vendor
 * research blog is T2 in the built-in table, since most of what it publishes is about others' products
 * or victims; whether a vendor is primary for one story is answered by `isPrimaryFor` (primary.ts).
 */
export const tiers = {
  T1: 'Primary authority (victim, affected vendor, government agency or CERT)',
  T2: 'Established security publisher or vendor research',
  T3: 'Other publisher (default)',
  T4: 'Unverified',
} as const;
export type Tier = keyof typeof tiers;
export const tierIds = Object.keys(tiers) as [Tier, ...Tier[]];

/** Admiralty (NATO) source reliability. */
export const reliabilities = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
} as const;
export type Reliability = keyof typeof reliabilities;
export const reliabilityIds = Object.keys(reliabilities) as [Reliability, ...Reliability[]];

export interface SourceProfile {
  kind: SourceKind;
  tier: Tier;
  reliability: Reliability;
}

/** A publisher as the built-in table knows it; `org` is the organisation behind it, when not `name`. */
export interface Publisher extends SourceProfile {
  name: string;
  org?: string;
}

/** Any part of a profile, as set with `newsroom sources set` or in the sources file. */
export const profileOverrideSchema = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  kind: z.enum(sourceKinds).optional(),
  tier: z.enum(tierIds).optional(),
  reliability: z.enum(reliabilityIds).optional(),
});
export type ProfileOverride = z.output<typeof profileOverrideSchema>;

/** The profile when nothing is known of a publisher: an unjudged T3 news source. */
export const defaultProfile: SourceProfile = { kind: 'news', tier: 'T3', reliability: 'F' };

/**
 * What can be said of a publisher from its source domain alone: the built-in table, then the domain
 * rules (`.gov`, `.mil`, `gov.uk`-style, CERT/CSIRT domains, `.onion` leak sites, local files),
 * then the default.
 * @example profileForDomain('cisa.gov') // { name: 'CISA', kind: 'government', tier: 'T1', reliability: 'A' }
 * @example profileForDomain('unknown-blog.example') // { kind: 'news', tier: 'T3', reliability: 'F' }
 */
export function profileForDomain(domain: string): SourceProfile & { name?: string } {
  const known = builtinPublishers.get(domain);
  if (known) return { name: known.name, kind: known.kind, tier: known.tier, reliability: known.reliability };
  return ruleProfile(domain) ?? { ...defaultProfile };
}

/** Overrides of one source, by where they came from. */
export interface OverrideLayers {
  set?: ProfileOverride | undefined;
  config?: ProfileOverride | undefined;
}

/**
 * The effective profile of a source, field by field: values set on the database win over the
 * sources file (NEWSROOM_SOURCES_FILE), which wins over `profileForDomain`. `name` is null when no
 * layer names the publisher (the caller keeps the feed's own title, or the domain).
 * @example resolveProfile('cisa.gov', { set: { tier: 'T2' } }).tier // 'T2'
 */
export function resolveProfile(
  domain: string,
  layers: OverrideLayers = {},
): SourceProfile & { name: string | null } {
  const base = profileForDomain(domain);
  const { set, config } = layers;
  return {
    name: set?.name ?? config?.name ?? base.name ?? null,
    kind: set?.kind ?? config?.kind ?? base.kind,
    tier: set?.tier ?? config?.tier ?? base.tier,
    reliability: set?.reliability ?? config?.reliability ?? base.reliability,
  };
}
