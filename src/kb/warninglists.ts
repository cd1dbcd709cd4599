/**
 * Loads the MISP warninglists from a KB directory (`<dir>/misp-warninglists/lists/`, either
 * `<name>.json` or `<name>/list.json` per list) into value, hostname-suffix and CIDR tables.
 *
 * Not every list says "benign". Lists of infrastructure attackers rent or abuse — cloud and CDN
 * ranges, dynamic DNS, URL shorteners, parking, IPFS gateways, disposable mail, link-in-bio — are
 * not loaded: a C2 on AWS is still a C2. Top-site rankings match exact names only (a ranked
 * `github.io` must not cover `evil.github.io`). TLD lists and regex lists are skipped.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ipaddr from 'ipaddr.js';
import { NewsroomError } from '../core/errors.js';
import type { Warninglists } from './types.js';

/** Lists (by file or folder name) that are not loaded, and why (see the file comment). */
export const skippedLists: ReadonlySet<string> = new Set([
  ...['amazon-aws', 'microsoft-azure', 'google-gcp', 'oracle-oci', 'github', 'akamai', 'fastly'],
  ...['cloudflare', 'bunny-net', 'stackpath', 'zscaler', 'ovh-cluster', 'dynamic-dns', 'url-shortener'],
  ...['link-in-bio', 'parking-domain', 'parking-domain-ns', 'public-ipfs-gateways', 'disposable-email'],
  ...['tlds', 'second-level-tlds', 'common-contact-emails'],
]);

/** Ranking lists: their names match exactly, never their subdomains. */
const exactOnlyLists: ReadonlySet<string> = new Set([
  ...['alexa', 'tranco', 'tranco10k', 'cisco_top1m', 'cisco_top5k', 'cisco_top10k', 'cisco_top20k'],
  ...['cloudflare-top10k', 'majestic_million', 'moz-top500', 'umbrella-top1m'],
]);

interface MispList {
  name?: unknown;
  type?: unknown;
  list?: unknown;
}

function listFiles(dir: string): { stem: string; path: string }[] {
  const root = join(dir, 'misp-warninglists', 'lists');
  if (!existsSync(root)) return [];
  const files: { stem: string; path: string }[] = [];
  for (const entry of readdirSync(root).sort()) {
    const path = join(root, entry);
    if (entry.endsWith('.json')) files.push({ stem: entry.slice(0, -'.json'.length), path });
    else if (existsSync(join(path, 'list.json')) && statSync(path).isDirectory())
      files.push({ stem: entry, path: join(path, 'list.json') });
  }
  return files.filter((file) => !skippedLists.has(file.stem));
}

function readList(path: string): MispList {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as MispList;
  } catch (cause) {
    throw new NewsroomError('CONFIG_INVALID', `kb: unable to read warninglist ${path}`, { cause });
  }
}

/** An IP or CIDR entry in canonical form: a bare address, or `network/prefix`; null when invalid. */
function normaliseAddress(entry: string): { ip: string } | { cidr: string } | null {
  try {
    if (!entry.includes('/')) return ipaddr.isValid(entry) ? { ip: ipaddr.process(entry).toString() } : null;
    const [address, prefix] = ipaddr.parseCIDR(entry);
    return { cidr: `${address.toString()}/${prefix}` };
  } catch {
    return null;
  }
}

/**
 * The warninglists under `dir`, or empty tables when it holds none. Throws a `CONFIG_INVALID`
 * error when a list file is not JSON.
 *
 * @example
 * loadWarninglists('/srv/kb').values.get('8.8.8.8'); // 'List of known IPv4 public DNS resolvers'
 */
export function loadWarninglists(dir: string): Warninglists {
  const values = new Map<string, string>();
  const hostnameSuffixes: { suffix: string; list: string }[] = [];
  const cidrs: { cidr: string; list: string }[] = [];
  for (const { stem, path } of listFiles(dir)) {
    const { name, type, list } = readList(path);
    if (typeof name !== 'string' || !Array.isArray(list)) continue;
    const exactOnly = exactOnlyLists.has(stem);
    for (const item of list) {
      if (typeof item !== 'string') continue;
      const entry = item.trim().toLowerCase();
      if (entry === '') continue;
      if (type === 'cidr') {
        const address = normaliseAddress(entry);
        if (address && 'ip' in address && !values.has(address.ip)) values.set(address.ip, name);
        else if (address && 'cidr' in address) cidrs.push({ cidr: address.cidr, list: name });
      } else if (type === 'string' || type === 'hostname' || type === 'substring') {
        const bare = entry.replace(/^\.+/, '');
        if (bare !== '' && !values.has(bare)) values.set(bare, name);
        const suffixes = !exactOnly && (type !== 'string' || entry.startsWith('.'));
        if (suffixes && bare.includes('.')) hostnameSuffixes.push({ suffix: `.${bare}`, list: name });
      }
    }
  }
  return { values, hostnameSuffixes, cidrs };
}
