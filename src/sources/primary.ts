import { getDomain } from 'tldts';
import { builtinPublishers } from './builtin/index.js';
import { type SourceProfile, profileForDomain } from './registry.js';

/** Words that do not distinguish one organisation from another. */
const corporateWords = new Set([
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'ltd',
  'limited',
  'llc',
  'plc',
  'gmbh',
  'ag',
  'sa',
  'co',
  'company',
  'group',
  'holdings',
  'lab',
  'labs',
  'the',
]);

/**
 * An organisation name in comparable forms: all letters and digits, and without corporate words.
 * A parenthesised remark (`Securelist (Kaspersky)`) is not part of the name.
 */
function forms(name: string): string[] {
  const words = (name.split('(', 1)[0]?.trim() || name)
    .normalize('NFKD')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const full = words.join('');
  const core = words.filter((word) => !corporateWords.has(word)).join('');
  return [...new Set([full, core])].filter(Boolean);
}

/** Who speaks through a source domain: the table's name and organisation, and the domain's own label. */
function owners(domain: string): Set<string> {
  const known = builtinPublishers.get(domain);
  const registrable = getDomain(domain) ?? domain;
  const label = registrable.split('.')[0] ?? '';
  return new Set([...forms(known?.name ?? ''), ...forms(known?.org ?? ''), ...forms(label)]);
}

/**
 * Is a source a primary authority (T1) for a story about these organisations? A government agency
 * or CERT always is. Any other publisher is only when it speaks about itself: the affected vendor
 * about its own product (`ivanti.com` on an Ivanti flaw), the victim about its own incident
 * (`changehealthcare.com` on Change Healthcare). Vendor research about others stays T2.
 * Pass the source's effective profile when it was overridden; the built-in one is the default.
 * @example isPrimaryFor('ivanti.com', ['Ivanti']) // true
 * @example isPrimaryFor('unit42.paloaltonetworks.com', ['Palo Alto Networks Inc.']) // true
 * @example isPrimaryFor('crowdstrike.com', ['Ivanti']) // false
 */
export function isPrimaryFor(
  domain: string,
  organisations: readonly string[],
  profile: SourceProfile = profileForDomain(domain),
): boolean {
  if (profile.kind === 'government' && profile.tier === 'T1') return true;
  if (profile.kind === 'social' || profile.kind === 'leak-site' || profile.kind === 'aggregator')
    return false;
  const speakers = owners(domain);
  return organisations.some((organisation) => forms(organisation).some((form) => speakers.has(form)));
}
