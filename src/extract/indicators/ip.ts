/** IPv4 and IPv6 addresses, with optional port; only publicly routable addresses are kept. */
import ipaddr from 'ipaddr.js';
import { candidate, type Candidate } from './candidate.js';
import { ipv4Pattern, ipv6Pattern } from './patterns.js';

/**
 * ipaddr.js range names of addresses worth reporting. Everything else — RFC 1918, loopback,
 * link-local, 0/8, documentation (192.0.2/24, 198.51.100/24, 203.0.113/24, 2001:db8::/32),
 * carrier-grade NAT, multicast, unique-local — is dropped for now.
 */
const publicRanges = new Set(['unicast', 'as112', 'amt', '6to4', 'teredo', 'as112v6']);
/** Only 2000::/3 is allocated for global unicast; this also drops junk such as `a::b`. */
const globalUnicast = ipaddr.parseCIDR('2000::/3');

/** The longest textual IPv6 address, `ffff:…:ffff:255.255.255.255`; longer runs are not tried. */
const maxIpv6Length = 45;

/** Words that make a following dotted quad a version number ("version 10.4.1.2", "build 6.0.1.3"). */
const versionWords = new Set(['version', 'versions', 'ver', 'v', 'build', 'builds', 'release', 'releases']);
/** Tokens allowed between a version word and the quad: other versions and list glue. */
const versionListToken = /^(?:[\d.,;]+|and|or|to|through|-)$/i;
const versionAfter =
  /^(?:\s*(?:and|or)\s+(?:later|earlier|above|below|newer|older|prior)|\s*\+|-(?:alpha|beta|rc))/i;

/**
 * True when `value` parses and is publicly routable.
 *
 * @example
 * isPublicIp('8.8.8.8'); // true
 * isPublicIp('192.168.1.1'); // false
 */
export function isPublicIp(value: string): boolean {
  if (!ipaddr.isValid(value)) return false;
  const address = ipaddr.parse(value);
  if (address.kind() === 'ipv6' && !address.match(globalUnicast)) return false;
  return publicRanges.has(address.range());
}

function looksLikeVersion(text: string, start: number, end: number): boolean {
  if (versionAfter.test(text.slice(end, end + 24))) return true;
  const before = text.slice(Math.max(0, start - 60), start).split(/\s+/);
  for (let i = before.length - 1; i >= 0; i--) {
    const token = before[i] ?? '';
    if (versionListToken.test(token)) continue;
    const word = /^\W*(\w+)/.exec(token)?.[1];
    if (word !== undefined) return versionWords.has(word.toLowerCase());
  }
  return false;
}

function parsePort(digits: string | undefined): number | undefined {
  const port = digits === undefined ? NaN : Number(digits);
  return port >= 1 && port <= 65535 ? port : undefined;
}

/**
 * Dotted quads, plain or defanged, with an optional `:port`. Skips octets over 255, octets with a
 * leading zero (`1.02.3.4` is a version), quads in a version context and non-public addresses.
 *
 * @example
 * findIpv4('C2 at 45.33.2[.]79:8443')[0]; // { value: '45.33.2.79', port: 8443, raw: '45.33.2[.]79:8443', … }
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
    const end = start + (port === undefined ? match[0].search(/(?::|\[:\])\d+$|$/) : match[0].length);
    if (!isPublicIp(value) || looksLikeVersion(text, start, end)) continue;
    found.push(candidate(text, 'ipv4', start, end, value, port === undefined ? {} : { port }));
  }
  return found;
}

/**
 * IPv6 addresses validated by ipaddr.js, in canonical compressed form. `[addr]:port` keeps the port.
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
    if (!isPublicIp(value)) continue;
    const bracketed = text[start - 1] === '[' ? /^\]:(\d{1,5})(?!\d)/.exec(text.slice(end, end + 8)) : null;
    const port = parsePort(bracketed?.[1]);
    if (bracketed && port !== undefined) {
      start -= 1;
      end += bracketed[0].length;
    }
    found.push(candidate(text, 'ipv6', start, end, value, port === undefined ? {} : { port }));
  }
  return found;
}
