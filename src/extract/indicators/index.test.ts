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
    return [i.type, i.value, i.confidence, ...(i.port === undefined ? [] : [i.port])];
  });
}

describe('extractIndicators on real-looking articles', () => {
  it('reads an IOC table as extracted by readability', () => {
    expect(summary(testdata('indicators-ioc-table.txt'))).toEqual([
      ['ipv4', '185.220.101.47', 'high'],
      ['ipv4', '91.92.244.18', 'high', 8443],
      ['domain', 'login-microsoftonline-auth.com', 'high'],
      ['url', 'https://cdn-update-check.net/gate/Update.php', 'high'],
      ['ipv6', '2a01:4f8:c17:e1b2::1', 'high'],
      ['sha256', '59f46868e89047992e9279fa9ffa2f12721904f260fba242da1622e76132c9ec', 'high'],
      ['md5', '06955576f35afcdaa3863345639faac8', 'high'],
      ['sha1', 'e9995844b216fedfb58d745fcb6acbd11cc65008', 'high'],
    ]);
  });

  it('reads a defanged list', () => {
    expect(summary(testdata('indicators-defanged-list.txt'))).toEqual([
      ['url', 'http://203.0.114.9/x86.sh', 'high'],
      ['url', 'ftp://files.darkdrop.org/pub/', 'high'],
      ['domain', 'evil-beacon.site', 'high'],
      ['domain', 'payments-portal.top', 'high'],
      ['ipv4', '45.61.136.200', 'high'],
      ['ipv4', '79.137.202.11', 'high'],
      ['email', 'billing@quickpay-refunds.com', 'high'],
      ['email', 'support@quickpay-refunds.com', 'high'],
      ['url', 'https://auth-verify.xyz/session?id=AbC123', 'high'],
      ['url', 'https://static.auth-verify.xyz/Img/Logo.PNG', 'high'],
      ['sha256', 'b810c091a6e1f12736d715f7e1521ec63c45699ff3ccc32f15326abd3cf89938', 'high'],
      [
        'sha512',
        '86ad17939960253c1ad80aa6ee08ec77571d5d17330bc7ebdca21f60c38fedc580591403e8bc1d6008a541fcf3d4fec7478fd65d852ac0a57744df509ceb271d',
        'high',
      ],
    ]);
  });

  it('skips versions, dates, file names, private addresses and the own site in prose', () => {
    expect(summary(testdata('indicators-prose.txt'), ['example-publisher.com'])).toEqual([
      ['ipv4', '31.4.5.6', 'medium'],
      ['domain', 'asp.net', 'low'],
      ['domain', 'github.com', 'low'],
    ]);
  });
});

describe('confidence and deduplication', () => {
  it.each([
    ['The loader fetched update-srv.net at night.', 'medium'],
    ['The loader fetched update-srv[.]net at night.', 'high'],
    ['The malicious loader fetched update-srv.net at night.', 'high'],
    ['Its command-and-control server was update-srv.net all along.', 'high'],
    ['- update-srv.net', 'high'],
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
      '@',
      '[at]',
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
