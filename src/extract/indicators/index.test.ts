import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractIndicators } from './index.js';

function testdata(name: string): string {
  return readFileSync(new URL(`../testdata/${name}`, import.meta.url), 'utf8');
}

function summary(text: string, ownDomains: readonly string[] = []) {
  return extractIndicators(text, { ownDomains }).map((i) => {
    expect(text.slice(i.evidence.start, i.evidence.end)).toBe(i.raw);
    expect(i.evidence.text).toContain(i.raw);
    expect(i.reasons.length).toBeGreaterThan(0);
    return [i.type, i.value, i.role, i.confidence, ...(i.port === undefined ? [] : [i.port])];
  });
}

describe('extractIndicators on real-looking articles', () => {
  it('reads an IOC table as extracted by readability', () => {
    expect(summary(testdata('indicators-ioc-table.txt'))).toEqual([
      ['ipv4', '185.220.101.47', 'malicious', 'high'],
      ['ipv4', '91.92.244.18', 'malicious', 'high', 8443],
      ['domain', 'login-microsoftonline-auth.com', 'malicious', 'high'],
      ['url', 'https://cdn-update-check.net/gate/Update.php', 'payload', 'high'],
      ['ipv6', '2a01:4f8:c17:e1b2::1', 'malicious', 'high'],
      ['sha256', '59f46868e89047992e9279fa9ffa2f12721904f260fba242da1622e76132c9ec', 'payload', 'high'],
      ['filename', 'setup.exe', 'payload', 'high'],
      ['md5', '06955576f35afcdaa3863345639faac8', 'payload', 'high'],
      ['filename', 'loader.dll', 'payload', 'high'],
      ['sha1', 'e9995844b216fedfb58d745fcb6acbd11cc65008', 'payload', 'high'],
      ['filename', 'readme.md', 'payload', 'high'],
    ]);
  });

  it('reads a defanged list', () => {
    expect(summary(testdata('indicators-defanged-list.txt'))).toEqual([
      ['url', 'http://203.0.114.9/x86.sh', 'payload', 'high'],
      ['url', 'ftp://files.darkdrop.org/pub/', 'malicious', 'high'],
      ['domain', 'evil-beacon.site', 'malicious', 'high'],
      ['domain', 'payments-portal.top', 'malicious', 'high'],
      ['ipv4', '45.61.136.200', 'malicious', 'high'],
      ['ipv4', '79.137.202.11', 'malicious', 'high'],
      ['email', 'billing@quickpay-refunds.com', 'malicious', 'high'],
      ['email', 'support@quickpay-refunds.com', 'malicious', 'high'],
      ['url', 'https://auth-verify.xyz/session?id=AbC123', 'malicious', 'high'],
      ['url', 'https://static.auth-verify.xyz/Img/Logo.PNG', 'malicious', 'high'],
      ['sha256', 'b810c091a6e1f12736d715f7e1521ec63c45699ff3ccc32f15326abd3cf89938', 'payload', 'high'],
      [
        'sha512',
        '86ad17939960253c1ad80aa6ee08ec77571d5d17330bc7ebdca21f60c38fedc580591403e8bc1d6008a541fcf3d4fec7478fd65d852ac0a57744df509ceb271d',
        'payload',
        'high',
      ],
    ]);
  });

  it('skips versions, dates and the own site; keeps internal addresses as internal', () => {
    expect(summary(testdata('indicators-prose.txt'), ['example-publisher.com'])).toEqual([
      ['filename', 'setup.exe', 'payload', 'medium'],
      ['filename', 'config.php', 'payload', 'medium'],
      ['filename', 'readme.md', 'payload', 'medium'],
      ['filename', 'run.ps1', 'payload', 'medium'],
      ['filename', 'update.zip', 'payload', 'medium'],
      ['ipv4', '10.0.12.5', 'internal', 'low'],
      ['ipv4', '192.168.4.20', 'internal', 'low'],
      ['ipv4', '127.0.0.1', 'internal', 'low'],
      ['ipv4', '169.254.10.1', 'internal', 'low'],
      ['ipv4', '192.0.2.10', 'internal', 'low'],
      ['ipv6', '2001:db8::1', 'internal', 'low'],
      ['ipv6', 'fe80::1', 'internal', 'low'],
      ['ipv6', '::1', 'internal', 'low'],
      ['ipv4', '31.4.5.6', 'reference', 'low'],
      ['domain', 'asp.net', 'reference', 'low'],
      ['domain', 'github.com', 'reference', 'low'],
    ]);
  });
});

describe('confidence and deduplication', () => {
  it.each([
    ['The loader fetched update-srv.net at night.', 'medium'],
    ['The loader fetched update-srv[.]net at night.', 'high'],
    ['The malicious loader fetched update-srv.net at night.', 'high'],
    ['Its command-and-control server was update-srv.net all along.', 'high'],
    ['IOCs:\n- update-srv.net', 'high'],
    ['- update-srv.net', 'low'],
    ['update-srv.net\t45.61.136.200\tC2', 'high'],
    ['Developers read the Socket.IO and Node.js guides.', 'low'],
  ])('%j is %s', (text, confidence) => {
    expect(extractIndicators(text)[0]?.confidence).toBe(confidence);
  });

  it('keeps one indicator per value: the first evidence and the highest confidence', () => {
    const text = 'The site update-srv.net was up.\nIOCs:\n- update-srv[.]net\n- UPDATE-SRV.NET';
    const found = extractIndicators(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ value: 'update-srv.net', raw: 'update-srv.net', confidence: 'high' });
    expect(found[0]?.evidence).toEqual({ start: 9, end: 23, text: 'The site update-srv.net was up.' });
  });
});

describe('robustness', () => {
  it('never throws and always returns evidence that slices to raw', () => {
    const pieces = [
      '.',
      '[.]',
      '(.)',
      '[dot]',
      '{.}',
      ' [ . ] ',
      '\\.',
      '@',
      '[at]',
      '(at)',
      '[@]',
      '[:]',
      '[://]',
      'hXXps',
      'fxp://',
      '/24',
      'AS',
      'ASN ',
      'bc1q',
      '4',
      '8',
      'xn--',
      'ü',
      '.onion',
      '.exe',
      ' | ',
      'C2 ',
      'version ',
      ':',
      '::',
      '/',
      'hxxp://',
      'a',
      '1',
      '45',
      'f',
      ' ',
      '\n',
    ];
    const hostile = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), hostile), (text) => {
        for (const indicator of extractIndicators(text)) {
          expect(text.slice(indicator.evidence.start, indicator.evidence.end)).toBe(indicator.raw);
        }
      }),
      { numRuns: 2000 },
    );
  });

  const megabyte = 1_000_000;
  it.each([
    ['dots', '.'.repeat(megabyte)],
    ['digits', '1'.repeat(megabyte)],
    ['digits and dots', '1.'.repeat(megabyte / 2)],
    ['labels and dots', 'a.'.repeat(megabyte / 2)],
    ['defanged dots', 'a[.]'.repeat(megabyte / 4)],
    ['brackets', '[('.repeat(megabyte / 2)],
    ['at signs', 'a@'.repeat(megabyte / 2)],
    ['hex', 'f'.repeat(megabyte)],
    ['hex and colons', 'f:'.repeat(megabyte / 2)],
    ['schemes', 'hxxp://'.repeat(megabyte / 7)],
    ['many indicators on one line', '45.61.136.200 evil-host.com '.repeat(megabyte / 28)],
  ])('stays linear on a 1 MB line of %s', (_what, text) => {
    const started = performance.now();
    extractIndicators(text);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
