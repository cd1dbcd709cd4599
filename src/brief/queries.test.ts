import { describe, expect, it } from 'vitest';
import type { Indicator, IndicatorType } from '../core/facts.js';
import { indicatorQueries } from './queries.js';

const ioc = (type: IndicatorType, value: string): Indicator => ({
  type,
  value,
  raw: value,
  confidence: 'high',
  reasons: ['in an IOC table row'],
  role: 'malicious',
  evidence: { start: 0, end: value.length, text: value },
});

const find = (queries: ReturnType<typeof indicatorQueries>, tool: string, needle: string): string =>
  queries.find((q) => q.tool === tool && q.query.includes(needle))?.query ?? '';

describe('indicatorQueries', () => {
  it('returns nothing for no indicators', () => {
    expect(indicatorQueries([])).toEqual([]);
  });

  it.each<[IndicatorType, string, string, string]>([
    ['ipv4', '203.0.113.7', 'Splunk', 'index=* (src_ip IN ("203.0.113.7") OR dest_ip IN ("203.0.113.7"))'],
    [
      'ipv4',
      '203.0.113.7',
      'Microsoft Defender XDR',
      'DeviceNetworkEvents | where RemoteIP in ("203.0.113.7")',
    ],
    ['ipv4', '203.0.113.7', 'Zeek', "< conn.log | grep -wF -e '203.0.113.7'"],
    [
      'ipv4',
      '203.0.113.7',
      'Suricata',
      'alert ip $HOME_NET any <> [203.0.113.7] any (msg:"newsroom IOC address"; sid:9000001; rev:1;)',
    ],
    ['ipv6', '2001:db8::1', 'tcpdump', "tcpdump -nn -i any -w ioc-hosts.pcap 'host 2001:db8::1'"],
    ['domain', 'evil.example', 'Splunk', 'query="evil.example" OR query="*.evil.example"'],
    ['domain', 'evil.example', 'Microsoft Sentinel', 'DnsEvents | where Name has_any ("evil.example")'],
    [
      'domain',
      'evil.example',
      'Zeek',
      "zeek-cut ts id.orig_h query answers < dns.log | grep -iF -e 'evil.example'",
    ],
    ['domain', 'evil.example', 'Suricata', 'dns.query; content:"evil.example"; nocase; endswith;'],
    ['url', 'https://evil.example/a/b.php', 'Splunk', 'url IN ("https://evil.example/a/b.php")'],
    [
      'url',
      'https://evil.example/a/b.php',
      'Microsoft Defender XDR',
      'RemoteUrl has_any ("evil.example/a/b.php")',
    ],
    ['url', 'https://evil.example/a/b.php', 'Zeek', "grep -F -e 'evil.example/a/b.php'"],
    [
      'sha256',
      'a'.repeat(64),
      'Microsoft Defender XDR',
      `DeviceFileEvents | where SHA256 in~ ("${'a'.repeat(64)}")`,
    ],
    [
      'md5',
      'd41d8cd98f00b204e9800998ecf8427e',
      'Microsoft Defender XDR',
      'MD5 in~ ("d41d8cd98f00b204e9800998ecf8427e")',
    ],
    [
      'sha1',
      'da39a3ee5e6b4b0d3255bfef95601890afd80709',
      'Zeek',
      "< files.log | grep -iF -e 'da39a3ee5e6b4b0d3255bfef95601890afd80709'",
    ],
    [
      'email',
      'ceo@evil.example',
      'Microsoft Defender XDR',
      'EmailEvents | where SenderFromAddress in~ ("ceo@evil.example")',
    ],
    ['email', 'ceo@evil.example', 'Zeek', "< smtp.log | grep -iF -e 'ceo@evil.example'"],
  ])('%s %s → %s', (type, value, tool, expected) => {
    expect(find(indicatorQueries([ioc(type, value)]), tool, expected)).toContain(expected);
  });

  it('groups queries by indicator type in a fixed order and dedupes values', () => {
    const queries = indicatorQueries([
      ioc('email', 'a@evil.example'),
      ioc('domain', 'evil.example'),
      ioc('ipv4', '198.51.100.1'),
      ioc('ipv4', '198.51.100.1'),
    ]);
    const firstIndex = (needle: string): number => queries.findIndex((q) => q.query.includes(needle));
    expect(firstIndex('198.51.100.1')).toBeLessThan(firstIndex('evil.example'));
    expect(firstIndex('evil.example')).toBeLessThan(firstIndex('a@evil.example'));
    expect(find(queries, 'Splunk', '198.51.100.1')).toContain('src_ip IN ("198.51.100.1")');
  });

  it('escapes quotes and backslashes so a hostile value stays inside its string', () => {
    const hostile = `evil.example" OR 1=1 | delete; x='y' \\`;
    const queries = indicatorQueries([ioc('domain', hostile)]);
    expect(find(queries, 'Splunk', 'query=')).toContain(
      `query="evil.example\\" OR 1=1 | delete; x='y' \\\\"`,
    );
    expect(find(queries, 'Microsoft Sentinel', 'DnsEvents')).toContain(
      `("evil.example\\" OR 1=1 | delete; x='y' \\\\")`,
    );
    expect(find(queries, 'Zeek', 'dns.log')).toContain(
      `-e 'evil.example" OR 1=1 | delete; x='\\''y'\\'' \\'`,
    );
    const rule = find(queries, 'Suricata', 'dns.query');
    expect(rule).toContain(
      'content:"evil.example|22||20|OR|20|1=1|20||7c||20|delete|3b||20|x=\'y\'|20||5c|";',
    );
    expect(rule.match(/"/g)).toHaveLength(4);
  });

  it('drops control characters so a query stays on one line', () => {
    const queries = indicatorQueries([ioc('domain', 'evil.example\n| delete')]);
    for (const q of queries) expect(q.query).not.toMatch(/[\r\n]/);
  });

  it('leaves unparseable addresses out of IP-only languages', () => {
    expect(indicatorQueries([ioc('ipv4', "1.2.3.4' or 'x")])).toEqual([]);
  });
});
