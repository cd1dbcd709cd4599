import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.js';

const cp1252 = (prefix: string, bytes: number[]) =>
  new Uint8Array([...Buffer.from(prefix, 'latin1'), ...bytes]);

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeText(new TextEncoder().encode('café — ok')).text).toBe('café — ok');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69])).text).toBe('hi');
  });

  it('honours a declared windows-1252 charset, including curly quotes and the euro sign', () => {
    const result = decodeText(cp1252('<meta charset="windows-1252"><p>', [0x93, 0x80, 0x35, 0x94, 0xe9]));
    expect(result.charset).toBe('windows-1252');
    expect(result.text).toContain('“€5”é');
    expect(result.warning).toBeUndefined();
  });

  it('takes the Content-Type charset first', () => {
    expect(decodeText(new Uint8Array([0xe9]), 'text/html; charset=ISO-8859-1').text).toBe('é');
  });

  it('survives a missing charset on non-UTF-8 bytes and says so', () => {
    const result = decodeText(cp1252('<p>', [0x93, 0x71, 0x94]));
    expect(result.text).toBe('<p>“q”');
    expect(result.warning).toMatch(/no charset declared/);
  });

  it('survives a wrong declared charset and says so', () => {
    const result = decodeText(cp1252('<meta charset="utf-8"><p>', [0xe9, 0x20]));
    expect(result.text).toContain('é');
    expect(result.warning).toMatch(/declared charset utf-8 does not match/);
  });

  it('falls back to UTF-8 for an unknown charset label', () => {
    expect(decodeText(new TextEncoder().encode('<meta charset="x-klingon">ok'), null).text).toContain('ok');
  });
});
