import type { StoryDocument } from './types.js';

/**
 * How well a fact or a story is established, weakest first:
 * - claimed: only an interested or unverified party says so (a T4 source, a leak site, social media);
 * - reported: one independent source;
 * - corroborated: two or more independent sources (copies of one report count once, so do several
 *   articles of one publisher);
 * - confirmed: a primary authority (T1: the victim, the affected vendor, a government agency or CERT).
 */
export const corroborationStates = {
  claimed: 'Claimed (unverified source only)',
  reported: 'Reported by one source',
  corroborated: 'Corroborated by independent sources',
  confirmed: 'Confirmed by a primary authority',
} as const;
export type Corroboration = keyof typeof corroborationStates;

const unverifiedKinds = new Set(['leak-site', 'social']);

/** Publishers behind these documents, copies folded into their originals' publishers. */
export function independentSources(docs: readonly StoryDocument[], all: readonly StoryDocument[]): string[] {
  const byId = new Map(all.map((doc) => [doc.id, doc]));
  const domains = new Set<string>();
  for (const doc of docs) {
    let original = doc;
    for (let hops = 0; original.nearDuplicateOf !== null && hops < 10; hops++) {
      const next = byId.get(original.nearDuplicateOf);
      if (!next) break;
      original = next;
    }
    domains.add(original.source.domain);
  }
  return [...domains].sort();
}

/**
 * The corroboration state of what these documents say, among all the story's documents.
 * @example corroborationOf([govAdvisory], story.documents) // 'confirmed'
 */
export function corroborationOf(
  docs: readonly StoryDocument[],
  all: readonly StoryDocument[],
): Corroboration {
  if (docs.some((doc) => doc.source.tier === 'T1')) return 'confirmed';
  const credible = docs.filter((doc) => doc.source.tier !== 'T4' && !unverifiedKinds.has(doc.source.kind));
  if (credible.length === 0) return 'claimed';
  return independentSources(credible, all).length >= 2 ? 'corroborated' : 'reported';
}

/**
 * The headline a story goes by: the latest report of its most authoritative tier, copies aside. A
 * revised count or a later advisory then shows in the list, not the first outlet's early figure.
 * @example storyTitle(bundle.documents) // 'CWA-2025-004: … revised to more than 190 million people'
 */
export function storyTitle(docs: readonly StoryDocument[]): string | null {
  const originals = docs.filter((doc) => doc.nearDuplicateOf === null);
  const rank = (doc: StoryDocument): number => Number(doc.source.tier.slice(1)) || 3;
  const best = Math.min(...originals.map(rank));
  const latest = originals.filter((doc) => rank(doc) === best).at(-1);
  return latest?.title ?? null;
}
