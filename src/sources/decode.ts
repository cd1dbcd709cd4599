import { TextDecoder } from 'node:util';

/** Turns fetched or read bytes into text, honouring the declared charset and surviving a wrong one. */

const charsetInHeader = /charset\s*=\s*["']?([\w.:-]+)/i;
const charsetInMeta = /<meta[^>]{0,200}?charset\s*=\s*["']?([\w.:-]+)/i;
const encodingInXml = /^\s*<\?xml[^>]{0,100}?encoding\s*=\s*["']([\w.:-]+)["']/i;

/** windows-1252 bytes 0x80–0x9F (Node 20's decoder maps them to C1 controls); 0 = undefined byte. */
const cp1252High = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
  0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0, 0x017e, 0x0178,
];

/** windows-1252 decoding that is right for 0x80–0x9F (curly quotes, dashes, €). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(
      ...Array.from(chunk, (byte) => (byte >= 0x80 && byte < 0xa0 ? cp1252High[byte - 0x80] || byte : byte)),
    );
  }
  return out;
}

function decoderFor(label: string | undefined): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

export interface DecodedText {
  text: string;
  /** The charset used. */
  charset: string;
  /** Set when the declared charset was missing, unknown or wrong and another was used. */
  warning?: string;
}

/**
 * Decodes bytes: BOM, then the Content-Type charset, then `<meta charset>` / XML declaration, then
 * UTF-8; when strict UTF-8 fails, windows-1252 (what browsers do for undeclared Western pages).
 * @example decodeText(new TextEncoder().encode('café')).text // 'café'
 */
export function decodeText(bytes: Uint8Array, contentType?: string | null): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), charset: 'utf-8' };
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const declared =
    charsetInHeader.exec(contentType ?? '')?.[1] ??
    encodingInXml.exec(head)?.[1] ??
    charsetInMeta.exec(head)?.[1];
  const declaredDecoder = decoderFor(declared);
  const isUtf8 = !declaredDecoder || declaredDecoder.encoding === 'utf-8';
  if (declaredDecoder?.encoding === 'windows-1252') {
    return { text: decodeWindows1252(bytes), charset: 'windows-1252' };
  }
  if (declaredDecoder && !isUtf8) {
    return { text: declaredDecoder.decode(bytes), charset: declaredDecoder.encoding };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8' };
  } catch {
    const warning = declared
      ? `declared charset ${declared} does not match the bytes; decoded as windows-1252`
      : 'no charset declared and the bytes are not UTF-8; decoded as windows-1252';
    return { text: decodeWindows1252(bytes), charset: 'windows-1252', warning };
  }
}
