import { getDomain, getPublicSuffix } from 'tldts';
import { builtinPublishers } from './builtin/index.js';
import type { SourceProfile } from './registry.js';

/** Public suffixes run by governments: `gov`, `mil`, `gov.uk`, `gouv.fr`, `go.jp`, `gc.ca`, `police.uk`… */
const governmentSuffix = /^(?:gov|mil|gob|gouv|govt|go|gv|gc|police)(?:\.[a-z]{2,3})?$/;

/** A CERT or CSIRT label: `cert`, `csirt`, `cert-in`, `us-cert`, `jpcert`, `ccn-cert`. Not `digicert`. */
const certLabel = /^(?:[a-z]{2}-?)?(?:cert|csirt)(?:-[a-z]{2,3})?$|^[a-z]{3}-(?:cert|csirt)$/;

const government: SourceProfile = { kind: 'government', tier: 'T1', reliability: 'B' };

function isGovernment(domain: string): boolean {
  const suffix = getPublicSuffix(domain);
  return suffix !== null && governmentSuffix.test(suffix);
}

function isCert(domain: string): boolean {
  const suffix = getPublicSuffix(domain);
  const owned = suffix && domain.endsWith(`.${suffix}`) ? domain.slice(0, -suffix.length - 1) : domain;
  return owned.split('.').some((label) => certLabel.test(label));
}

/**
 * The profile a domain's shape implies, or null: local files; `.onion` hosts are leak sites
 * (unverified); government suffixes and CERT/CSIRT domains are T1 government authorities.
 * @example ruleProfile('cert.pl') // { kind: 'government', tier: 'T1', reliability: 'B' }
 */
export function ruleProfile(domain: string): SourceProfile | null {
  if (domain === 'local') return { kind: 'local', tier: 'T4', reliability: 'F' };
  if (domain === 'onion' || domain.endsWith('.onion'))
    return { kind: 'leak-site', tier: 'T4', reliability: 'F' };
  if (isGovernment(domain) || isCert(domain)) return { ...government };
  return null;
}

/**
 * The source a host belongs to: the most specific entry of the built-in table that the host is or
 * falls under (`cert.europa.eu`, `unit42.paloaltonetworks.com`), else its registrable domain.
 * @example sourceKey('www.cisa.gov') // 'cisa.gov'
 * @example sourceKey('www.cert.europa.eu') // 'cert.europa.eu' (europa.eu is the registrable domain)
 */
export function sourceKey(host: string): string {
  const name = host.toLowerCase().replace(/\.$/, '');
  const registrable = getDomain(name) ?? name;
  let candidate = name;
  while (candidate.length > registrable.length) {
    if (builtinPublishers.has(candidate)) return candidate;
    const dot = candidate.indexOf('.');
    if (dot < 0) break;
    candidate = candidate.slice(dot + 1);
  }
  return registrable;
}
