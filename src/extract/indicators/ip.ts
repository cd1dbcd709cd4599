/**
 * IPv4 and IPv6 addresses with optional port, and CIDR ranges. Private, loopback, link-local,
 * reserved and documentation addresses are kept, marked internal with the range they fall in.
 */
import ipaddr from 'ipaddr.js';
import { specialPurposeRanges } from '../../kb/builtin/warninglist.js';
import { candidate, type Candidate } from './candidate.js';
import { ipv4Pattern, ipv6Pattern, prefixPattern } from './patterns.js';

const specialRanges = specialPurposeRanges.map(({ cidr, name }) => ({
  range: ipaddr.parseCIDR(cidr),
  reason: `${name} ${cidr}`,
}));
/** Only 2000::/3 is allocated for global unicast; other IPv6 outside the special ranges is junk (`a::b`). */
const globalUnicast = ipaddr.parseCIDR('2000::/3');

/** The longest textual IPv6 address, `ffff:…:ffff:255.255.255.255`; longer runs are not tried. */
const maxIpv6Length = 45;

/** Words that make a following dotted quad a version number ("version 10.4.1.2", "upgrade to 7.0.1.2"). */
const versionWords = new Set([
  ...['version', 'versions', 'ver', 'v', 'build', 'builds', 'release', 'releases', 'firmware', 'rev'],
  ...['revision', 'update', 'updates', 'upgrade', 'updated', 'upgraded', 'patch', 'hotfix', 'fixpack'],
]);
/** Verbs that make "… in 9.1.0.10" a version ("fixed in", "patched in"). */
const fixedWords = new Set(['fixed', 'patched', 'resolved', 'addressed', 'introduced', 'released']);
/** Tokens allowed between a version word and the quad: other versions and list glue. */
const versionListToken = /^(?:[\d.,;]+|and|or|to|through|from|-)$/i;
const versionAfter =
  /^(?:\s*(?:and|or)\s+(?:later|earlier|above|below|newer|older|prior)|\s*\+|-(?:alpha|beta|rc)|\s*\(?build\b|\s+(?:build|release|update|hotfix|patch|lts)\b)/i;
/** A product name right before the number: `FortiOS 7.0.12.1`, `PAN-OS 10.2.3.4`, `NetScaler 13.1.4.5`. */
const productToken = /^(?:[A-Za-z][\w-]*OS|[A-Z]?[a-z]+[A-Z][\w-]*)$/;

/**
 * Why `value` is not a public address (e.g. 'documentation range 203.0.113.0/24'), null when it is
 * public, undefined when it is not an address worth reporting at all (invalid, or IPv6 junk).
 *
 * @example
 * internalIpReason('192.168.1.1'); // 'private range (RFC 1918) 192.168.0.0/16'
 * internalIpReason('8.8.8.8'); // null
 */
export function internalIpReason(value: string): string | null | undefined {
  if (!ipaddr.isValid(value)) return undefined;
  const address = ipaddr.parse(value);
  for (const { range, reason } of specialRanges) {
    if (range[0].kind() === address.kind() && address.match(range)) return reason;
  }
  if (address.kind() === 'ipv6' && !address.match(globalUnicast)) return undefined;
  return null;
}

/**
 * True when `value` parses and is publicly routable.
 *
 * @example
 * isPublicIp('8.8.8.8'); // true
 * isPublicIp('192.168.1.1'); // false
 */
export function isPublicIp(value: string): boolean {
  return internalIpReason(value) === null;
}

function looksLikeVersion(text: string, start: number, end: number): boolean {
  if (versionAfter.test(text.slice(end, end + 24))) return true;
  const before = text.slice(Math.max(0, start - 60), start).split(/\s+/);
  for (let i = before.length - 1; i >= 0; i--) {
    const token = before[i] ?? '';
    if (versionListToken.test(token)) continue;
    if (i === before.length - 2 && productToken.test(token.replace(/[,:]$/, ''))) return true;
    if (!/\w/.test(token)) continue;
    const word = /^\W*(\w+)[.:,]?$/.exec(token)?.[1]?.toLowerCase();
    if (word === undefined) return false;
    if (word === 'in') return fixedWords.has(/^\W*(\w+)/.exec(before[i - 1] ?? '')?.[1]?.toLowerCase() ?? '');
    return versionWords.has(word);
  }
  return false;
}

function parsePort(digits: string | undefined): number | undefined {
  const port = digits === undefined ? NaN : Number(digits);
  return port >= 1 && port <= 65535 ? port : undefined;
}

function internalExtra(reason: string | null): Pick<Candidate, 'internal'> {
  return reason === null ? {} : { internal: reason };
}

/**
 * Dotted quads, plain or defanged, with an optional `:port` or `/prefix` (type `cidr`, value the
 * network address). Skips octets over 255, octets with a leading zero (`1.02.3.4` is a version)
 * and quads in a version context. Non-public addresses are kept and marked internal.
 *
 * @example
 * findIpv4('C2 at 45.33.2[.]79:8443')[0]; // { value: '45.33.2.79', port: 8443, raw: '45.33.2[.]79:8443', … }
 * findIpv4('range 45.61.136.0/24')[0]; // { type: 'cidr', value: '45.61.136.0/24', … }
 */
export function findIpv4(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(ipv4Pattern)) {
    const octets = match[0].match(/\d+/g) ?? [];
    const quad = octets.slice(0, 4);
    if (quad.some((o) => Number(o) > 255 || (o.length > 1 && o.startsWith('0')))) continue;
    const value = quad.join('.');
    const start = match.index;
    const port = parsePort(match[1]);
    const prefix = match[2] === undefined ? undefined : Number(match[2]);
    const full = port !== undefined || (prefix !== undefined && prefix <= 32);
    const end = start + (full ? match[0].length : match[0].search(/(?::|\[:\])\d+$|\/\d+$|$/));
    if (looksLikeVersion(text, start, end)) continue;
    const reason = internalIpReason(value);
    if (reason === undefined) continue;
    if (prefix !== undefined && prefix <= 32) {
      const network = ipaddr.IPv4.networkAddressFromCIDR(`${value}/${prefix}`).toString();
      const cidrReason = internalIpReason(network) ?? null;
      found.push(candidate(text, 'cidr', start, end, `${network}/${prefix}`, internalExtra(cidrReason)));
      continue;
    }
    const extra = { ...internalExtra(reason), ...(port === undefined ? {} : { port }) };
    found.push(candidate(text, 'ipv4', start, end, value, extra));
  }
  return found;
}

/**
 * IPv6 addresses validated by ipaddr.js, in canonical compressed form. `[addr]:port` keeps the port;
 * `addr/prefix` is a `cidr`.
 *
 * @example
 * findIpv6('via [2606:4700:0:0::1111]:443')[0]; // { value: '2606:4700::1111', port: 443, … }
 */
export function findIpv6(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(ipv6Pattern)) {
    if (match[0].length > maxIpv6Length + 1) continue;
    let address = match[0];
    while (address.endsWith('.')) address = address.slice(0, -1);
    if (address.endsWith(':') && !address.endsWith('::')) address = address.slice(0, -1);
    let start = match.index;
    let end = start + address.length;
    if (address.length > maxIpv6Length || address.split(':').length < 3 || /\w/.test(text[end] ?? ''))
      continue;
    if (!ipaddr.IPv6.isValid(address)) continue;
    const value = ipaddr.IPv6.parse(address).toString();
    const reason = internalIpReason(value);
    if (reason === undefined) continue;
    const written = prefixPattern.exec(text.slice(end, end + 5));
    const prefix = Number(written?.[1] ?? NaN);
    if (written && prefix <= 128) {
      const network = ipaddr.IPv6.networkAddressFromCIDR(`${value}/${prefix}`).toString();
      end += written[0].length;
      const extra = internalExtra(internalIpReason(network) ?? null);
      found.push(candidate(text, 'cidr', start, end, `${network}/${prefix}`, extra));
      continue;
    }
    const bracketed = text[start - 1] === '[' ? /^\]:(\d{1,5})(?!\d)/.exec(text.slice(end, end + 8)) : null;
    const port = parsePort(bracketed?.[1]);
    if (bracketed && port !== undefined) {
      start -= 1;
      end += bracketed[0].length;
    }
    const extra = { ...internalExtra(reason), ...(port === undefined ? {} : { port }) };
    found.push(candidate(text, 'ipv6', start, end, value, extra));
  }
  return found;
}
