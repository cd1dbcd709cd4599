/**
 * A compact built-in warninglist, written by us, used when no KB directory holds the MISP
 * warninglists: well-known sites whose bare mention is a reference, never an indicator, and the
 * special-purpose address ranges (RFC 6890 and friends). List names that start with `built-in: `
 * are ours; the indicator extractor words its reasons from the rest of the name.
 */
import type { Warninglists } from '../types.js';

/** Prefix of the names of our own lists (MISP list names never start with it). */
export const builtinListPrefix = 'built-in: ';

/** Special-purpose IPv4 and IPv6 ranges, each with what it is, as a reason reads it. */
export const specialPurposeRanges: readonly { cidr: string; name: string }[] = [
  { cidr: '0.0.0.0/8', name: '"this network" range' },
  { cidr: '10.0.0.0/8', name: 'private range (RFC 1918)' },
  { cidr: '100.64.0.0/10', name: 'carrier-grade NAT range (RFC 6598)' },
  { cidr: '127.0.0.0/8', name: 'loopback range' },
  { cidr: '169.254.0.0/16', name: 'link-local range' },
  { cidr: '172.16.0.0/12', name: 'private range (RFC 1918)' },
  { cidr: '192.0.0.0/24', name: 'IETF protocol assignments range' },
  { cidr: '192.0.2.0/24', name: 'documentation range' },
  { cidr: '192.88.99.0/24', name: 'deprecated 6to4 relay range' },
  { cidr: '192.168.0.0/16', name: 'private range (RFC 1918)' },
  { cidr: '198.18.0.0/15', name: 'benchmarking range' },
  { cidr: '198.51.100.0/24', name: 'documentation range' },
  { cidr: '203.0.113.0/24', name: 'documentation range' },
  { cidr: '224.0.0.0/4', name: 'multicast range' },
  { cidr: '240.0.0.0/4', name: 'reserved range' },
  { cidr: '::/128', name: 'unspecified address' },
  { cidr: '::1/128', name: 'loopback address' },
  { cidr: '::ffff:0:0/96', name: 'IPv4-mapped range' },
  { cidr: '100::/64', name: 'discard-only range' },
  { cidr: '2001:db8::/32', name: 'documentation range' },
  { cidr: '3fff::/20', name: 'documentation range' },
  { cidr: 'fc00::/7', name: 'unique-local range' },
  { cidr: 'fe80::/10', name: 'link-local range' },
  { cidr: 'ff00::/8', name: 'multicast range' },
];

const wellKnownSites = [
  ...['google.com', 'googleapis.com', 'gstatic.com', 'youtube.com', 'android.com', 'chrome.com', 'goo.gl'],
  ...['microsoft.com', 'windows.com', 'windowsupdate.com', 'office.com', 'office365.com', 'live.com'],
  ...['outlook.com', 'bing.com', 'azure.com', 'msn.com', 'skype.com', 'apple.com', 'icloud.com'],
  ...['amazon.com', 'amazonaws.com', 'aws.amazon.com', 'cloudflare.com', 'akamai.com', 'fastly.com'],
  ...['github.com', 'githubusercontent.com', 'gitlab.com', 'bitbucket.org', 'sourceforge.net', 'npmjs.com'],
  ...['pypi.org', 'python.org', 'nodejs.org', 'docker.com', 'stackoverflow.com', 'mozilla.org'],
  ...['twitter.com', 'x.com', 't.co', 'linkedin.com', 'facebook.com', 'instagram.com', 'reddit.com'],
  ...['mastodon.social', 'infosec.exchange', 'bsky.app', 'telegram.org', 't.me', 'discord.com'],
  ...['wikipedia.org', 'archive.org', 'medium.com', 'substack.com', 'wordpress.com', 'yahoo.com'],
  ...['adobe.com', 'oracle.com', 'ibm.com', 'cisco.com', 'vmware.com', 'zoom.us', 'slack.com'],
  ...['dropbox.com', 'paypal.com', 'apache.org', 'openssl.org', 'letsencrypt.org', 'w3.org', 'ietf.org'],
];

const securitySites = [
  ...['virustotal.com', 'mitre.org', 'attack.mitre.org', 'cve.org', 'first.org', 'exploit-db.com'],
  ...[
    'shodan.io',
    'censys.io',
    'urlscan.io',
    'abuse.ch',
    'any.run',
    'hybrid-analysis.com',
    'otx.alienvault.com',
  ],
  ...['malpedia.caad.fkie.fraunhofer.de', 'mandiant.com', 'crowdstrike.com', 'paloaltonetworks.com'],
  ...['fortinet.com', 'fortiguard.com', 'sophos.com', 'kaspersky.com', 'securelist.com', 'eset.com'],
  ...['welivesecurity.com', 'trendmicro.com', 'symantec.com', 'broadcom.com', 'checkpoint.com'],
  ...['sentinelone.com', 'proofpoint.com', 'rapid7.com', 'tenable.com', 'qualys.com', 'recordedfuture.com'],
  ...['bleepingcomputer.com', 'thehackernews.com', 'krebsonsecurity.com', 'darkreading.com'],
  ...['securityweek.com', 'therecord.media', 'talosintelligence.com', 'unit42.paloaltonetworks.com'],
];

const governmentSites = [
  ...['cisa.gov', 'us-cert.gov', 'nist.gov', 'nvd.nist.gov', 'fbi.gov', 'ic3.gov', 'justice.gov'],
  ...['nsa.gov', 'europol.europa.eu', 'enisa.europa.eu', 'ncsc.gov.uk', 'cyber.gov.au', 'bsi.bund.de'],
  ...['cert.europa.eu', 'cert.ssi.gouv.fr', 'jpcert.or.jp', 'cyber.gc.ca', 'cert.gov.ua'],
];

function hostnames(list: string, names: readonly string[]) {
  return names.map((name) => ({ name, list: `${builtinListPrefix}${list}` }));
}

const sites = [
  ...hostnames('well-known site', wellKnownSites),
  ...hostnames('security vendor or research site', securitySites),
  ...hostnames('government or CERT site', governmentSites),
];

/**
 * Our compact warninglists: each site matches itself and its subdomains; the special-purpose
 * ranges match as CIDRs.
 *
 * @example
 * builtinWarninglists.values.get('github.com'); // 'built-in: well-known site'
 */
export const builtinWarninglists: Warninglists = {
  values: new Map(sites.map(({ name, list }) => [name, list])),
  hostnameSuffixes: sites.map(({ name, list }) => ({ suffix: `.${name}`, list })),
  cidrs: specialPurposeRanges.map(({ cidr, name }) => ({ cidr, list: `${builtinListPrefix}${name}` })),
};
