import { describe, expect, it } from 'vitest';
import type { IndicatorType } from '../../core/facts.js';
import { extractIndicators } from './index.js';
import { isPublicIp } from './ip.js';

/** Values, raws and ports of one type, after checking that every raw sits at its offsets. */
function found(text: string, type: IndicatorType) {
  return extractIndicators(text)
    .filter((i) => i.type === type)
    .map((i) => {
      expect(text.slice(i.evidence.start, i.evidence.end)).toBe(i.raw);
      return { value: i.value, raw: i.raw, port: i.port };
    });
}

describe('IPv4', () => {
  it.each([
    ['seen at 8.8.4.4 today', '8.8.4.4', '8.8.4.4', undefined],
    ['C2 1.2.3.4:8080.', '1.2.3.4', '1.2.3.4:8080', 8080],
    ['C2 1.2.3[.]4', '1.2.3.4', '1.2.3[.]4', undefined],
    ['C2 45[.]61[.]136[.]200[:]443', '45.61.136.200', '45[.]61[.]136[.]200[:]443', 443],
    ['C2 45(.)61(.)136(.)200', '45.61.136.200', '45(.)61(.)136(.)200', undefined],
    ['C2 45{.}61{.}136{.}200', '45.61.136.200', '45{.}61{.}136{.}200', undefined],
    ['C2 45[dot]61[dot]136[dot]200', '45.61.136.200', '45[dot]61[dot]136[dot]200', undefined],
    ['C2 79.137.202\\.11', '79.137.202.11', '79.137.202\\.11', undefined],
    ['(185.220.101.47)', '185.220.101.47', '185.220.101.47', undefined],
    ['port out of range 1.2.3.4:99999', '1.2.3.4', '1.2.3.4', undefined],
    ['at 1.2.3.4.', '1.2.3.4', '1.2.3.4', undefined],
  ])('finds %j', (text, value, raw, port) => {
    expect(found(text, 'ipv4')).toEqual([{ value, raw, port }]);
  });

  it.each([
    ['octet over 255', '1.2.3.256'],
    ['five parts', 'see 1.2.3.4.5 here'],
    ['leading zero', 'build 1.02.3.4 and 1.2.3.04'],
    ['date', 'on 2024.02.19 and 19.02.2024'],
    ['version word', 'version 10.4.1.2, v 10.4.1.3, build 6.0.1.3, release: 8.1.2.3'],
    ['version list', 'versions 10.4.1.2, 10.4.1.5 and 10.4.1.9 are affected'],
    ['version after', '7.2.0.14 or earlier, 7.2.0.15 and later, 7.2.0.16+ and 7.2.0.17-beta'],
    ['glued version', 'v10.4.1.2'],
    ['product version', 'FortiOS 7.0.12.1 and PAN-OS 10.2.3.4 are affected'],
    ['upgrade to', 'upgrade to 9.1.0.10, fixed in 9.1.0.11, firmware 8.2.1.3'],
    ['glued v', 'v2.3.4.5'],
    ['followed by build', '7.2.0.14 build 1234'],
    ['inside a word', 'abc1.2.3.4'],
  ])('skips %s', (_why, text) => {
    expect(found(text, 'ipv4')).toEqual([]);
  });
});

describe('IPv6', () => {
  it.each([
    ['host 2606:4700:0:0:0:0:0:1111 up', '2606:4700::1111', '2606:4700:0:0:0:0:0:1111', undefined],
    ['via [2606:4700::1111]:443.', '2606:4700::1111', '[2606:4700::1111]:443', 443],
    ['via [2606:4700::1111] only', '2606:4700::1111', '2606:4700::1111', undefined],
    ['upper 2A01:4F8:C17:E1B2::1', '2a01:4f8:c17:e1b2::1', '2A01:4F8:C17:E1B2::1', undefined],
    ['sentence end 2a01:4f8::2.', '2a01:4f8::2', '2a01:4f8::2', undefined],
  ])('finds %j', (text, value, raw, port) => {
    expect(found(text, 'ipv6')).toEqual([{ value, raw, port }]);
  });

  it.each([
    ['times', 'at 12:30:45 UTC'],
    ['MAC addresses', '00:1a:2b:3c:4d:5e'],
    ['C++ scopes', 'std::string and a::b'],
    ['glued to a word', '2606:4700::1111x'],
  ])('skips %s', (_why, text) => {
    expect(found(text, 'ipv6')).toEqual([]);
  });
});

describe('internal addresses', () => {
  it.each([
    ['10.0.12.5', 'private range (RFC 1918) 10.0.0.0/8'],
    ['172.16.0.1', 'private range (RFC 1918) 172.16.0.0/12'],
    ['127.0.0.1', 'loopback range 127.0.0.0/8'],
    ['169.254.10.1', 'link-local range 169.254.0.0/16'],
    ['0.0.0.0', '"this network" range 0.0.0.0/8'],
    ['203.0.113.5', 'documentation range 203.0.113.0/24'],
    ['198.51.100.7', 'documentation range 198.51.100.0/24'],
    ['100.64.1.1', 'carrier-grade NAT range (RFC 6598) 100.64.0.0/10'],
    ['2001:db8::1', 'documentation range 2001:db8::/32'],
    ['fd00::5', 'unique-local range fc00::/7'],
    ['::1', 'loopback address ::1/128'],
  ])('keeps %s as internal, low: %s', (value, reason) => {
    const [found] = extractIndicators(`host ${value} here`);
    expect(found).toMatchObject({ value, role: 'internal', confidence: 'low', reasons: [reason] });
  });
});

describe('CIDR', () => {
  it.each([
    ['block 45.61.136.0/24 used', '45.61.136.0/24', '45.61.136.0/24'],
    ['block 45.61.136[.]7/24 used', '45.61.136.0/24', '45.61.136[.]7/24'],
    ['block 2a01:4f8::/32 used', '2a01:4f8::/32', '2a01:4f8::/32'],
  ])('finds %j', (text, value, raw) => {
    expect(found(text, 'cidr')).toEqual([{ value, raw, port: undefined }]);
  });

  it('marks special ranges internal', () => {
    expect(extractIndicators('ranges 10.0.0.0/8 and 2001:db8::/32')).toMatchObject([
      { type: 'cidr', value: '10.0.0.0/8', role: 'internal' },
      { type: 'cidr', value: '2001:db8::/32', role: 'internal' },
    ]);
  });
});

describe('isPublicIp', () => {
  it.each([
    ['8.8.8.8', true],
    ['2606:4700::1111', true],
    ['100.64.1.1', false],
    ['224.0.0.1', false],
    ['not an ip', false],
  ])('%s → %s', (value, expected) => {
    expect(isPublicIp(value)).toBe(expected);
  });
});
