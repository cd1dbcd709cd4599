/**
 * Looks indicators up in warninglists. The tables are compiled once per `Warninglists` object
 * (cached): hostname suffixes into a map walked label by label, CIDRs into one map per prefix
 * length, so a lookup costs a few map probes however long the lists are.
 */
import ipaddr from 'ipaddr.js';
import type { IndicatorRole } from '../../core/facts.js';
import { builtinListPrefix } from '../../kb/builtin/warninglist.js';
import type { Warninglists } from '../../kb/types.js';

interface Compiled {
  values: ReadonlyMap<string, string>;
  suffixes: Map<string, string>;
  /** Prefix length → network bits as a binary string → list name. */
  ranges: Map<number, Map<string, string>>;
  /** Prefix lengths present, longest first (the most specific range wins). */
  lengths: number[];
}

const cache = new WeakMap<Warninglists, Compiled>();

function bits(address: ipaddr.IPv4 | ipaddr.IPv6): string {
  return address
    .toByteArray()
    .map((byte) => byte.toString(2).padStart(8, '0'))
    .join('');
}

function compile(lists: Warninglists): Compiled {
  const suffixes = new Map<string, string>();
  for (const { suffix, list } of lists.hostnameSuffixes)
    if (!suffixes.has(suffix)) suffixes.set(suffix, list);
  const ranges = new Map<number, Map<string, string>>();
  for (const { cidr, list } of lists.cidrs) {
    try {
      const [address, prefix] = ipaddr.parseCIDR(cidr);
      const length = (address.kind() === 'ipv4' ? 0 : 1000) + prefix;
      const table = ranges.get(length) ?? new Map<string, string>();
      const key = bits(address).slice(0, prefix);
      if (!table.has(key)) table.set(key, list);
      ranges.set(length, table);
    } catch {
      // An unparsable CIDR matches nothing.
    }
  }
  const lengths = [...ranges.keys()].sort((a, b) => b - a);
  return { values: lists.values, suffixes, ranges, lengths };
}

function compiled(lists: Warninglists): Compiled {
  let found = cache.get(lists);
  if (!found) {
    found = compile(lists);
    cache.set(lists, found);
  }
  return found;
}

/**
 * The name of the first list holding `value` (an IP, a host name or a hash, canonical), or null.
 * Host names match exactly or by a listed suffix; addresses exactly or by a listed range.
 *
 * @example
 * warninglistOf(builtinWarninglists, 'docs.github.com'); // 'built-in: well-known site'
 */
export function warninglistOf(lists: Warninglists, value: string): string | null {
  const table = compiled(lists);
  const exact = table.values.get(value);
  if (exact !== undefined) return exact;
  if (ipaddr.isValid(value)) {
    const address = ipaddr.process(value);
    const offset = address.kind() === 'ipv4' ? 0 : 1000;
    const addressBits = bits(address);
    for (const length of table.lengths) {
      if (length < offset || length > offset + 128) continue;
      const list = table.ranges.get(length)?.get(addressBits.slice(0, length - offset));
      if (list !== undefined) return list;
    }
    return null;
  }
  for (let dot = value.indexOf('.'); dot >= 0; dot = value.indexOf('.', dot + 1)) {
    const list = table.suffixes.get(value.slice(dot));
    if (list !== undefined) return list;
  }
  return null;
}

/**
 * What a list says about a value on it: sinkholes and scanners are researchers, special-purpose
 * ranges internal, everything else (well-known sites, vendors, resolvers, known-good hashes) a
 * reference.
 *
 * @example
 * warninglistRole('List of known sinkholes'); // 'researcher'
 */
export function warninglistRole(list: string): IndicatorRole {
  if (/sinkhole|scanning|shadowserver|censys|shodan/i.test(list)) return 'researcher';
  if (/\brfc\b|link.?local|multicast|special-use|private range|loopback|documentation/i.test(list))
    return 'internal';
  return 'reference';
}

/**
 * The reason a list match gives, in words.
 *
 * @example
 * warninglistReason('List of known google domains'); // "on MISP warninglist 'List of known google domains'"
 * warninglistReason('built-in: well-known site'); // 'well-known site'
 */
export function warninglistReason(list: string): string {
  return list.startsWith(builtinListPrefix)
    ? list.slice(builtinListPrefix.length)
    : `on MISP warninglist '${list}'`;
}
