import { TextDecoder } from 'node:util';

/** Turns fetched or read bytes into text, honouring the declared charset and surviving a wrong one. */

const charsetInHeader = /charset\s*=\s*["']?([\w.:-]+)/i;
const charsetInMeta = /<meta[^>]{0,200}?charset\s*=\s*["']?([\w.:-]+)/i;
const encodingInXml = /^\s*<\?xml[^>]{0,100}?encoding\s*=\s*["']([\w.:-]+)["']/i;

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
  if (declaredDecoder && !isUtf8)
    return { text: declaredDecoder.decode(bytes), charset: declaredDecoder.encoding };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8' };
  } catch {
    const warning = declared
      ? `declared charset ${declared} does not match the bytes; decoded as windows-1252`
      : 'no charset declared and the bytes are not UTF-8; decoded as windows-1252';
    return { text: new TextDecoder('windows-1252').decode(bytes), charset: 'windows-1252', warning };
  }
}
