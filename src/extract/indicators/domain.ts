/** Domain names, validated against the public suffix list. */
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
  ...['jpg', 'png', 'gif', 'mov', 'ps'],
]);

const maxHostnameLength = 253;

/** Reserved for documentation (RFC 2606), like the documentation IP ranges. */
const documentationDomains = new Set(['example.com', 'example.net', 'example.org']);

/**
 * True when `host` (lower-case, refanged) is a syntactically valid name under an ICANN public suffix.
 *
 * @example
 * isPublicHostname('login.evil-cdn.net'); // true
 * isPublicHostname('setup.exe'); // false
 */
export function isPublicHostname(host: string): boolean {
  if (host.length > maxHostnameLength) return false;
  const parsed = parse(host);
  return (
    parsed.isIcann === true &&
    parsed.hostname === host &&
    parsed.domain !== null &&
    !documentationDomains.has(parsed.domain)
  );
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

/**
 * Host names such as `evil.com`, `cdn.evil[.]com` or `evil [dot] com`, lower-cased and refanged.
 *
 * @example
 * findDomains('beacon to update-srv[.]net')[0]?.value; // 'update-srv.net'
 */
export function findDomains(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(domainPattern)) {
    const raw = match[0];
    const value = refang(raw).toLowerCase();
    if (!isPublicHostname(value)) continue;
    const tld = value.slice(value.lastIndexOf('.') + 1);
    if (fileExtensions.has(tld) && !isDefanged(raw)) continue;
    found.push(candidate(text, 'domain', match.index, match.index + raw.length, value));
  }
  return found;
}
