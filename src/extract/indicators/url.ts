/** URLs with a scheme (http, https, ftp and their defanged forms). */
import { candidate, type Candidate } from './candidate.js';
import { asciiHost, hostStatus } from './domain.js';
import { internalIpReason } from './ip.js';
import { urlPattern } from './patterns.js';
import { refang } from './refang.js';

const trailingPunctuation = new Set(['.', ',', ';', ':', '!', '?', '*', '"', "'"]);
const pairs = new Map([
  [')', '('],
  [']', '['],
  ['}', '{'],
]);

function count(text: string, ch: string): number {
  return text.split(ch).length - 1;
}

/**
 * The length of `raw` without trailing punctuation, defanged trailing dots and unbalanced closing
 * brackets (`(see hxxp://a[.]b/c).` keeps `hxxp://a[.]b/c`). Counts once, so it stays linear.
 */
function trimmedLength(raw: string): number {
  const balance = new Map([...pairs].map(([close, open]) => [close, count(raw, open) - count(raw, close)]));
  let end = raw.length;
  for (;;) {
    const last = raw[end - 1] ?? '';
    const opened = balance.get(last);
    if (trailingPunctuation.has(last)) end -= 1;
    else if (/(?:\[\.\]|\(\.\)|\{\.\})$/.test(raw.slice(end - 3, end))) end -= 3;
    else if (opened !== undefined && opened < 0) {
      balance.set(last, opened + 1);
      end -= 1;
    } else return end;
  }
}

/** Splits a refanged URL into scheme, the text before the host, the host and the rest. */
function splitUrl(url: string): { scheme: string; host: string; before: string; after: string } | null {
  const hostStart = url.indexOf('://') + 3;
  if (hostStart < 3) return null;
  const pathStart = url.slice(hostStart).search(/[/?#]/);
  const authority = pathStart < 0 ? url.slice(hostStart) : url.slice(hostStart, hostStart + pathStart);
  const scheme = url.slice(0, hostStart);
  const rest = url.slice(hostStart + authority.length);
  const userinfo = authority.slice(0, authority.lastIndexOf('@') + 1);
  const hostPort = authority.slice(userinfo.length);
  const host = hostPort.startsWith('[')
    ? hostPort.slice(0, hostPort.indexOf(']') + 1)
    : hostPort.split(':')[0];
  if (!host) return null;
  return { scheme, host, before: userinfo, after: hostPort.slice(host.length) + rest };
}

/** Why a URL's host is internal, null when it is public, undefined when it is not a host at all. */
function internalUrlHost(host: string): string | null | undefined {
  const bare = host.startsWith('[') ? host.slice(1, -1) : host;
  if (/^[\d.]+$/.test(bare) || bare.includes(':')) return internalIpReason(bare);
  if (/^[a-z][\w-]*$/.test(bare)) return `single-label host name ${bare}`;
  return hostStatus(bare)?.internal;
}

/**
 * URLs, refanged, with lower-case scheme and host (punycode for IDN) and the path kept as written.
 * URLs whose host is private, reserved or a single label (`http://localhost/`, `http://10.0.0.1/`)
 * are marked internal; URLs with no valid host are skipped.
 *
 * @example
 * findUrls('get hxxps://Evil[.]com/Payload.bin.')[0]?.value; // 'https://evil.com/Payload.bin'
 */
export function findUrls(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(urlPattern)) {
    const raw = match[0].slice(0, trimmedLength(match[0]));
    const parts = splitUrl(refang(raw));
    if (!parts) continue;
    const host = asciiHost(parts.host.toLowerCase());
    const internal = host === '' ? undefined : internalUrlHost(host);
    if (internal === undefined) continue;
    const value = `${parts.scheme.toLowerCase()}${parts.before}${host}${parts.after}`;
    const extra = internal === null ? { host } : { host, internal };
    found.push(candidate(text, 'url', match.index, match.index + raw.length, value, extra));
  }
  return found;
}
