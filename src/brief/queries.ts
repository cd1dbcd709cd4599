import { isIP } from 'node:net';
import type { Indicator, IndicatorType } from '../core/facts.js';

/** A ready-to-paste hunting query for one tool. */
export interface IndicatorQuery {
  tool: string;
  language: string;
  query: string;
}

type Group = 'ips' | 'domains' | 'urls' | 'hashes' | 'emails';

const groupOf = {
  ipv4: 'ips',
  ipv6: 'ips',
  domain: 'domains',
  url: 'urls',
  email: 'emails',
  md5: 'hashes',
  sha1: 'hashes',
  sha256: 'hashes',
  sha512: 'hashes',
  cidr: null,
  asn: null,
  bitcoin: null,
  monero: null,
  filename: null,
} as const satisfies Record<IndicatorType, Group | null>;

/** Output order of the groups. */
const groups: readonly Group[] = ['ips', 'domains', 'urls', 'hashes', 'emails'];

// Control characters never belong in an indicator; dropping them keeps every query on one line.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlChars = /[\u0000-\u001f\u007f]/g;
const clean = (v: string): string => v.replace(controlChars, '');

/** A double-quoted string literal for SPL or KQL: backslash and quote escaped. */
const dq = (v: string): string => `"${clean(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
/** A single-quoted POSIX shell word. */
const sq = (v: string): string => `'${clean(v).replace(/'/g, `'\\''`)}'`;
/** Suricata content: printable ASCII except the characters that end or escape it, else |hex|. */
const suricataContent = (v: string): string =>
  [...Buffer.from(clean(v), 'utf8')]
    .map((b) =>
      b > 0x20 && b < 0x7f && ![0x22, 0x3b, 0x5c, 0x7c].includes(b)
        ? String.fromCharCode(b)
        : `|${b.toString(16).padStart(2, '0')}|`,
    )
    .join('');

const list = (values: readonly string[], quote: (v: string) => string): string =>
  values.map(quote).join(', ');
const grepF = (values: readonly string[]): string => values.map((v) => `-e ${sq(v)}`).join(' ');

/** Suricata signature ids from the local-use range, numbered per call. */
type NextSid = () => number;
function sidCounter(): NextSid {
  let n = 9_000_000;
  return () => ++n;
}

function ipQueries(ips: readonly string[], nextSid: NextSid): IndicatorQuery[] {
  const valid = ips.filter((ip) => isIP(ip) !== 0);
  if (valid.length === 0) return [];
  const v = list(valid, dq);
  return [
    {
      tool: 'Splunk',
      language: 'SPL',
      query: `index=* (src_ip IN (${v}) OR dest_ip IN (${v})) | stats count min(_time) AS first max(_time) AS last BY src_ip, dest_ip`,
    },
    {
      tool: 'Microsoft Defender XDR',
      language: 'KQL',
      query: `DeviceNetworkEvents | where RemoteIP in (${v}) | summarize count(), min(Timestamp), max(Timestamp) by DeviceName, RemoteIP`,
    },
    {
      tool: 'Microsoft Sentinel',
      language: 'KQL',
      query: `CommonSecurityLog | where SourceIP in (${v}) or DestinationIP in (${v}) | summarize count() by SourceIP, DestinationIP`,
    },
    {
      tool: 'Zeek',
      language: 'shell',
      query: `zeek-cut ts id.orig_h id.orig_p id.resp_h id.resp_p proto < conn.log | grep -wF ${grepF(valid)}`,
    },
    {
      tool: 'Suricata',
      language: 'Suricata rule',
      query: `alert ip $HOME_NET any <> [${valid.join(',')}] any (msg:"newsroom IOC address"; sid:${nextSid()}; rev:1;)`,
    },
    {
      tool: 'tcpdump',
      language: 'BPF',
      query: `tcpdump -nn -i any -w ioc-hosts.pcap '${valid.map((ip) => `host ${ip}`).join(' or ')}'`,
    },
  ];
}

function domainQueries(domains: readonly string[], nextSid: NextSid): IndicatorQuery[] {
  const v = list(domains, dq);
  return [
    {
      tool: 'Splunk',
      language: 'SPL',
      query: `index=* (${domains.map((d) => `query=${dq(d)} OR query=${dq(`*.${d}`)}`).join(' OR ')}) | stats count BY src, query`,
    },
    {
      tool: 'Microsoft Defender XDR',
      language: 'KQL',
      query: `DeviceNetworkEvents | where RemoteUrl has_any (${v}) | summarize count() by DeviceName, RemoteUrl`,
    },
    {
      tool: 'Microsoft Sentinel',
      language: 'KQL',
      query: `DnsEvents | where Name has_any (${v}) | summarize count() by ClientIP, Name`,
    },
    {
      tool: 'Zeek',
      language: 'shell',
      query: `zeek-cut ts id.orig_h query answers < dns.log | grep -iF ${grepF(domains)}`,
    },
    ...domains.map((d) => ({
      tool: 'Suricata',
      language: 'Suricata rule',
      query: `alert dns $HOME_NET any -> any any (msg:"newsroom IOC domain"; dns.query; content:"${suricataContent(d)}"; nocase; endswith; sid:${nextSid()}; rev:1;)`,
    })),
  ];
}

function urlQueries(urls: readonly string[]): IndicatorQuery[] {
  const v = list(urls, dq);
  const bare = urls.map((u) => u.replace(/^[a-z][a-z0-9+.-]*:\/\//i, ''));
  return [
    { tool: 'Splunk', language: 'SPL', query: `index=* url IN (${v}) | stats count BY src, url` },
    {
      tool: 'Microsoft Defender XDR',
      language: 'KQL',
      query: `DeviceNetworkEvents | where RemoteUrl has_any (${list(bare, dq)}) | summarize count() by DeviceName, RemoteUrl`,
    },
    {
      tool: 'Microsoft Sentinel',
      language: 'KQL',
      query: `CommonSecurityLog | where RequestURL has_any (${list(bare, dq)}) | summarize count() by SourceIP, RequestURL`,
    },
    {
      tool: 'Zeek',
      language: 'shell',
      query: `zeek-cut ts id.orig_h host uri < http.log | awk -F'\\t' '{print $1 "\\t" $2 "\\t" $3 $4}' | grep -F ${grepF(bare)}`,
    },
  ];
}

function hashQueries(byType: ReadonlyMap<IndicatorType, string[]>, all: readonly string[]): IndicatorQuery[] {
  const columns = { md5: 'MD5', sha1: 'SHA1', sha256: 'SHA256' } as const;
  const clauses = Object.entries(columns)
    .filter(([type]) => byType.has(type as IndicatorType))
    .map(([type, col]) => `${col} in~ (${list(byType.get(type as IndicatorType) ?? [], dq)})`);
  const out: IndicatorQuery[] = [
    {
      tool: 'Splunk',
      language: 'SPL',
      query: `index=* (${all.map(dq).join(' OR ')}) | stats count BY host, sourcetype`,
    },
  ];
  if (clauses.length > 0) {
    out.push({
      tool: 'Microsoft Defender XDR',
      language: 'KQL',
      query: `DeviceFileEvents | where ${clauses.join(' or ')} | summarize count() by DeviceName, FileName, SHA256`,
    });
  }
  out.push({
    tool: 'Zeek',
    language: 'shell',
    query: `zeek-cut ts fuid mime_type md5 sha1 sha256 < files.log | grep -iF ${grepF(all)}`,
  });
  return out;
}

function emailQueries(emails: readonly string[]): IndicatorQuery[] {
  const v = list(emails, dq);
  return [
    {
      tool: 'Splunk',
      language: 'SPL',
      query: `index=* (src_user IN (${v}) OR recipient IN (${v})) | stats count BY src_user, recipient, subject`,
    },
    {
      tool: 'Microsoft Defender XDR',
      language: 'KQL',
      query: `EmailEvents | where SenderFromAddress in~ (${v}) or SenderMailFromAddress in~ (${v}) or RecipientEmailAddress in~ (${v}) | summarize count() by SenderFromAddress, RecipientEmailAddress, Subject`,
    },
    {
      tool: 'Zeek',
      language: 'shell',
      query: `zeek-cut ts id.orig_h mailfrom rcptto subject < smtp.log | grep -iF ${grepF(emails)}`,
    },
  ];
}

/**
 * Ready-to-paste hunting queries for a story's indicators, grouped by indicator type (IPs, domains,
 * URLs, hashes, e-mail addresses) for Splunk, Microsoft Defender XDR and Sentinel, Zeek, Suricata
 * and tcpdump. Values are deduplicated and escaped for each language, so hostile indicator text
 * cannot break out of a string; IPs that do not parse are left out of IP-only languages.
 *
 * @example
 * indicatorQueries([{ type: 'ipv4', value: '203.0.113.7', ... }])[0]?.tool; // 'Splunk'
 */
export function indicatorQueries(indicators: readonly Indicator[]): IndicatorQuery[] {
  const nextSid = sidCounter();
  const byGroup = new Map<Group, string[]>();
  const byType = new Map<IndicatorType, string[]>();
  for (const { type, value } of indicators) {
    const g = groupOf[type];
    if (g === null) continue;
    const values = byGroup.get(g) ?? [];
    if (value === '' || values.includes(value)) continue;
    byGroup.set(g, [...values, value]);
    byType.set(type, [...(byType.get(type) ?? []), value]);
  }
  return groups.flatMap((g) => {
    const values = byGroup.get(g);
    if (values === undefined) return [];
    switch (g) {
      case 'ips':
        return ipQueries(values, nextSid);
      case 'domains':
        return domainQueries(values, nextSid);
      case 'urls':
        return urlQueries(values);
      case 'hashes':
        return hashQueries(byType, values);
      case 'emails':
        return emailQueries(values);
    }
  });
}
