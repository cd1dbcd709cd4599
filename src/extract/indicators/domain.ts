/**
 * Domain names — ASCII, internationalised (IDN, reported in punycode) and `.onion` — validated
 * against the public suffix list. Documentation and internal-only names are kept, marked internal.
 */
import { domainToASCII } from 'node:url';
import { parse } from 'tldts';
import { candidate, type Candidate } from './candidate.js';
import { domainPattern } from './patterns.js';
import { isDefanged, refang } from './refang.js';

/**
 * File extensions that are also top-level domains or look like one. A match ending in one of them
 * (`setup.exe`, `readme.md`, `loader.ps1`) is a file name unless the author defanged it.
 */
export const fileExtensions: ReadonlySet<string> = new Set([
  ...['exe', 'dll', 'sys', 'scr', 'msi', 'lnk', 'bat', 'cmd', 'ps1', 'vbs', 'hta', 'js', 'jar', 'sh', 'py'],
  ...['php', 'asp', 'aspx', 'jsp', 'pl', 'rs', 'so', 'ko', 'bin', 'dat', 'log', 'txt', 'md', 'cab'],
  ...['zip', 'rar', '7z', 'gz', 'tar', 'iso', 'img', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'pdf'],
  ...['jpg', 'png', 'gif', 'mov', 'ps', 'do', 'action', 'cgi', 'htm', 'html', 'json', 'xml', 'cfg'],
]);

const maxHostnameLength = 253;

/** Reserved for documentation (RFC 2606), like the documentation IP ranges. */
const documentationDomains = new Set(['example.com', 'example.net', 'example.org']);
/** Top-level names reserved or used only inside networks (RFC 2606, 6761, 6762, 8375, ICANN). */
const internalSuffixes = new Set(['test', 'example', 'invalid', 'localhost', 'local', 'internal']);
const internalLanSuffixes = new Set(['home.arpa', 'lan', 'corp', 'localdomain', 'intranet']);
/** v3 onion services: 56 base32 characters ending in `d` (version 3); v2: 16 characters. */
const onionLabel = /^(?:[a-z2-7]{55}d|[a-z2-7]{16})$/;
/** Gluing a lower-case letter to an upper-case one (`doAuthentication`) is how code is named, not hosts. */
const camelCase = /\p{Ll}\p{Lu}/u;
const commonTlds = new Set(['com', 'net', 'org', 'io', 'co', 'info', 'biz', 'us', 'uk', 'de', 'ru']);

/**
 * True when `host` (lower-case, refanged, ASCII) is a syntactically valid name under an ICANN
 * public suffix and not a documentation name.
 *
 * @example
 * isPublicHostname('login.evil-cdn.net'); // true
 * isPublicHostname('setup.exe'); // false
 */
export function isPublicHostname(host: string): boolean {
  if (host.length > maxHostnameLength) return false;
  const parsed = parse(host);
  if (parsed.publicSuffix === 'onion') return onionLabel.test(parsed.domainWithoutSuffix ?? '');
  return (
    parsed.isIcann === true &&
    parsed.hostname === host &&
    parsed.domain !== null &&
    !documentationDomains.has(parsed.domain)
  );
}

/**
 * Why `host` is a documentation or internal-only name ('documentation name example.com (RFC 2606)',
 * 'internal-only name under .local'), or null.
 *
 * @example
 * internalHostReason('printer.local'); // 'internal-only name under .local'
 */
export function internalHostReason(host: string): string | null {
  const labels = host.split('.');
  const tld = labels.at(-1) ?? '';
  const site = labels.slice(-2).join('.');
  if (documentationDomains.has(site)) return `documentation name ${site} (RFC 2606)`;
  if (host === 'localhost' || internalSuffixes.has(tld)) return `reserved name under .${tld}`;
  if (internalLanSuffixes.has(site) || internalLanSuffixes.has(tld))
    return `internal-only name under .${internalLanSuffixes.has(site) ? site : tld}`;
  return null;
}

/** The ASCII form of a refanged, lower-case host (punycode for IDN), or '' when invalid. */
export function asciiHost(host: string): string {
  // eslint-disable-next-line no-control-regex -- "is every character ASCII?"
  return /^[\x00-\x7f]*$/.test(host) ? host : domainToASCII(host);
}

/**
 * The host's status: public, internal (with the reason), or null when it is not a host name.
 *
 * @example
 * hostStatus('evil-cdn.net'); // { internal: null }
 * hostStatus('foo.test'); // { internal: 'reserved name under .test' }
 */
export function hostStatus(host: string): { internal: string | null } | null {
  if (host.length > maxHostnameLength || !/^[\w.-]+$/.test(host)) return null;
  if (host.split('.').some((label) => label === '' || label.startsWith('-') || label.endsWith('-')))
    return null;
  const internal = internalHostReason(host);
  if (internal !== null) return { internal };
  return isPublicHostname(host) ? { internal: null } : null;
}

/**
 * True when `host` is one of `ownDomains` or a subdomain of one (a leading `www.` is ignored).
 *
 * @example
 * isOwnDomain('cdn.news.example', ['www.news.example']); // true
 */
export function isOwnDomain(host: string, ownDomains: readonly string[]): boolean {
  return ownDomains.some((own) => {
    const base = own.toLowerCase().replace(/^www\./, '');
    return base !== '' && (host === base || host.endsWith(`.${base}`));
  });
}

/** True when an undefanged match is more likely a file, a path or an identifier than a host. */
function looksLikeFileOrCode(text: string, start: number, raw: string, value: string): boolean {
  const tld = value.slice(value.lastIndexOf('.') + 1);
  if (fileExtensions.has(tld)) return true;
  const before = text[start - 1];
  if (before === '/' || before === '\\') return true;
  return camelCase.test(raw) && !commonTlds.has(tld);
}

/**
 * Host names such as `evil.com`, `cdn.evil[.]com`, `evil [dot] com`, `bücher.de` or an onion
 * service, lower-cased, refanged and in ASCII (punycode). Undefanged names that end like a file
 * (`setup.exe`), sit in a path (`/p/u/doAuthentication.do`) or are camel-cased code are skipped.
 *
 * @example
 * findDomains('beacon to update-srv[.]net')[0]?.value; // 'update-srv.net'
 */
export function findDomains(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(domainPattern)) {
    const raw = match[0];
    const unicode = refang(raw).toLowerCase();
    const value = asciiHost(unicode);
    const status = hostStatus(value);
    if (status === null) continue;
    if (!isDefanged(raw) && looksLikeFileOrCode(text, match.index, raw, value)) continue;
    const extra: Pick<Candidate, 'internal' | 'notes'> = {};
    if (status.internal !== null) extra.internal = status.internal;
    if (value !== unicode) extra.notes = [`internationalised domain name ${unicode}`];
    else if (value.endsWith('.onion')) extra.notes = ['Tor onion service'];
    found.push(candidate(text, 'domain', match.index, match.index + raw.length, value, extra));
  }
  return found;
}
