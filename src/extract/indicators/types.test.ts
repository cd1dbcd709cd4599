import { describe, expect, it } from 'vitest';
import type { IndicatorType } from '../../core/facts.js';
import { isBase58Bitcoin, isBech32Bitcoin } from './crypto.js';
import { extractIndicators } from './index.js';

/** Values and raws of one type, after checking that every raw sits at its offsets. */
function found(text: string, type: IndicatorType) {
  return extractIndicators(text)
    .filter((i) => i.type === type)
    .map((i) => {
      expect(text.slice(i.evidence.start, i.evidence.end)).toBe(i.raw);
      return { value: i.value, raw: i.raw };
    });
}

const monero =
  '44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A';

describe('AS numbers', () => {
  it.each([
    ['hosted in AS13335.', 'AS13335', 'AS13335'],
    ['announced by ASN 13335', 'AS13335', 'ASN 13335'],
    ['ASN: 209588 (bulletproof)', 'AS209588', 'ASN: 209588'],
  ])('finds %j', (text, value, raw) => {
    expect(found(text, 'asn')).toEqual([{ value, raw }]);
  });

  it.each([
    ['lower case', 'as 2024 ends'],
    ['IBM midrange', 'an AS400 system'],
    ['inside a word', 'CLASS123'],
  ])('skips %s', (_why, text) => {
    expect(found(text, 'asn')).toEqual([]);
  });

  it('marks private AS numbers internal', () => {
    expect(extractIndicators('AS64512')[0]).toMatchObject({
      role: 'internal',
      reasons: ['private AS range 64512-65534'],
    });
  });
});

describe('Bitcoin addresses', () => {
  it.each([
    ['pay 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2.', '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2'],
    ['P2SH 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy'],
    ['segwit bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'],
    ['upper BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'],
    [
      'taproot bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0',
      'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0',
    ],
  ])('finds %j', (text, value) => {
    expect(found(text, 'bitcoin').map((f) => f.value)).toEqual([value]);
  });

  it.each([
    ['bad base58 checksum', '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3'],
    ['bad bech32 checksum', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5'],
    ['mixed case bech32', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7KV8F3T4'],
    ['v0 with bech32m checksum', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh'],
  ])('skips %s', (_why, text) => {
    expect(found(text, 'bitcoin')).toEqual([]);
  });

  it('checks checksums directly', () => {
    expect(isBase58Bitcoin('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2')).toBe(true);
    expect(isBech32Bitcoin('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4')).toBe(true);
    expect(isBech32Bitcoin('bc1')).toBe(false);
  });

  it('is malicious when the sentence speaks of a ransom wallet', () => {
    expect(extractIndicators('The ransom was paid to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2.')[0]).toMatchObject({
      role: 'malicious',
    });
  });
});

describe('Monero addresses', () => {
  it('finds a 95-character address', () => {
    expect(monero).toHaveLength(95);
    expect(found(`miner wallet ${monero}`, 'monero')).toEqual([{ value: monero, raw: monero }]);
  });

  it.each([
    ['too short', monero.slice(0, 94)],
    ['bad character', `${monero.slice(0, 94)}0`],
    ['wrong start', `9${monero.slice(1)}`],
  ])('skips %s', (_why, text) => {
    expect(found(text, 'monero')).toEqual([]);
  });
});

describe('payload file names', () => {
  it.each([
    ['The dropper saved upd.bin to disk.', 'upd.bin'],
    ['Victims opened invoice.pdf.exe from the mail.', 'invoice.pdf.exe'],
    ['It runs as svchosts.exe in %TEMP%', 'svchosts.exe'],
    ['loader.dll was side-loaded', 'loader.dll'],
    ['then run.ps1 executes', 'run.ps1'],
    ['a shortcut Document.lnk', 'document.lnk'],
    ['and stage2.hta', 'stage2.hta'],
    ['mounted setup.iso', 'setup.iso'],
    ['the attachment named report.zip', 'report.zip'],
    ['IOCs:\n- notes.docx', 'notes.docx'],
    ['on Linux the x86.elf binary', 'x86.elf'],
  ])('finds %j', (text, value) => {
    expect(found(text, 'filename').map((f) => f.value)).toEqual([value]);
  });

  it.each([
    ['system binaries', 'it injects into svchost.exe and rundll32.exe'],
    ['libraries', 'built with Node.js and Vue.js'],
    ['documents in prose', 'read the report.pdf later'],
    ['version-only stems', 'see 1.2.exe'],
  ])('skips %s', (_why, text) => {
    expect(found(text, 'filename')).toEqual([]);
  });

  it('gives file names the payload role with a reason', () => {
    expect(extractIndicators('The dropper saved upd.bin')[0]).toMatchObject({
      role: 'payload',
      reasons: ['executable or script extension .bin'],
    });
  });
});
