import { getDomain, getHostname } from 'tldts';

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
 * The registrable domain (eTLD+1) of a URL, used to name its source; 'local' for files.
 * @example sourceDomain('https://www.bleepingcomputer.com/news/x') // 'bleepingcomputer.com'
 */
export function sourceDomain(url: string): string {
  if (url.startsWith('file:')) return 'local';
  const host = getHostname(url);
  if (!host) return 'unknown';
  return getDomain(host) ?? host;
}
