import { getDomain, getHostname, parse } from 'tldts';
import { sourceKey } from './domain-rules.js';

/** Query parameters that only track the reader; they never identify the article. */
const trackingParams = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'msclkid',
  'yclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  'mkt_tok',
  '_hsenc',
  '_hsmi',
  'ref',
  'ref_src',
  'ref_url',
  'cmpid',
  'ncid',
  'sr_share',
  'spm',
  'share',
  'src',
  'via',
  'wt.mc_id',
]);
const trackingPrefixes = ['utm_', 'pk_', 'mtm_', 'hsa_', 'oly_'];

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return trackingParams.has(lower) || trackingPrefixes.some((prefix) => lower.startsWith(prefix));
}

/**
 * Canonical form of an article URL: tracking parameters and fragment removed, host lower-cased,
 * default port dropped. Returns null when the input is not an absolute http(s) or file URL.
 * @example canonicalUrl('https://EX.com/a?utm_source=rss&id=2#top') // 'https://ex.com/a?id=2'
 */
export function canonicalUrl(input: string, base?: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim(), base);
  } catch {
    return null;
  }
  if (!['http:', 'https:', 'file:'].includes(url.protocol)) return null;
  url.hash = '';
  for (const name of [...url.searchParams.keys()]) {
    if (isTracking(name)) url.searchParams.delete(name);
  }
  if (url.search === '?') url.search = '';
  return url.toString();
}

/**
 * The source a URL belongs to: its registrable domain (eTLD+1), or a sub-domain that the built-in
 * registry lists as a publisher of its own; 'local' for files.
 * @example sourceDomain('https://www.bleepingcomputer.com/news/x') // 'bleepingcomputer.com'
 * @example sourceDomain('https://cert.europa.eu/publications/x') // 'cert.europa.eu'
 */
export function sourceDomain(url: string): string {
  if (url.startsWith('file:')) return 'local';
  const host = getHostname(url);
  if (!host) return 'unknown';
  return sourceKey(host);
}

/**
 * The registrable domain (eTLD+1) of a URL, whatever the registry says of its sub-domains.
 * @example registrableDomain('https://unit42.paloaltonetworks.com/x') // 'paloaltonetworks.com'
 */
export function registrableDomain(url: string): string {
  if (url.startsWith('file:')) return 'local';
  const host = getHostname(url);
  if (!host) return 'unknown';
  return getDomain(host) ?? host;
}

function isIp(host: string): boolean {
  return parse(host).isIp === true;
}

/**
 * A source domain from what a person typed (`CISA.gov`, `www.cisa.gov`, `https://cisa.gov/news`),
 * or null when it is not a domain.
 * @example parseSourceDomain('https://www.ncsc.gov.uk/news') // 'ncsc.gov.uk'
 */
export function parseSourceDomain(input: string): string | null {
  const text = input.trim().toLowerCase();
  if (text === 'local') return 'local';
  const host = getHostname(/^[a-z][a-z0-9+.-]*:\/\//.test(text) ? text : `https://${text}`);
  if (!host || !/^[a-z0-9.-]+$/.test(host)) return null;
  if (isIp(host)) return host;
  return getDomain(host) === null ? null : sourceKey(host);
}
