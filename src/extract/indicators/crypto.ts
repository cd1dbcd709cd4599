/**
 * Cryptocurrency addresses: Bitcoin (base58check P2PKH/P2SH and bech32/bech32m segwit) with their
 * checksums verified, and Monero (charset and length; its checksum needs Keccak, which Node lacks).
 */
import { createHash } from 'node:crypto';
import { candidate, type Candidate } from './candidate.js';
import { bech32Pattern, bitcoinBase58Pattern, moneroPattern } from './patterns.js';

const base58Alphabet = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const bech32Alphabet = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

function sha256(data: Uint8Array): Buffer {
  return createHash('sha256').update(data).digest();
}

/**
 * The bytes a base58 string encodes (leading `1`s are zero bytes), or null on a bad character.
 *
 * @example
 * base58Decode('1'); // Uint8Array [0]
 */
export function base58Decode(text: string): Uint8Array | null {
  const bytes: number[] = [];
  for (const ch of text) {
    let carry = base58Alphabet.indexOf(ch);
    if (carry < 0) return null;
    for (let i = 0; i < bytes.length; i++) {
      carry += (bytes[i] ?? 0) * 58;
      bytes[i] = carry & 0xff;
      carry >>= 8;
    }
    for (; carry > 0; carry >>= 8) bytes.push(carry & 0xff);
  }
  for (let i = 0; i < text.length && text[i] === '1'; i++) bytes.push(0);
  return Uint8Array.from(bytes.reverse());
}

/**
 * True when `address` is a base58check P2PKH (version 0) or P2SH (version 5) Bitcoin address.
 *
 * @example
 * isBase58Bitcoin('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2'); // true
 */
export function isBase58Bitcoin(address: string): boolean {
  const bytes = base58Decode(address);
  if (bytes?.length !== 25 || (bytes[0] !== 0x00 && bytes[0] !== 0x05)) return false;
  const checksum = sha256(sha256(bytes.subarray(0, 21)));
  return checksum.subarray(0, 4).equals(bytes.subarray(21));
}

function polymod(values: readonly number[]): number {
  const generator = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let check = 1;
  for (const value of values) {
    const top = check >>> 25;
    check = ((check & 0x1ffffff) << 5) ^ value;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) check ^= generator[i] ?? 0;
  }
  return check >>> 0;
}

/**
 * True when `address` is a mainnet segwit address: `bc1`, one case, a valid bech32 (witness v0) or
 * bech32m (v1+) checksum and a program of a valid length.
 *
 * @example
 * isBech32Bitcoin('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'); // true
 */
export function isBech32Bitcoin(address: string): boolean {
  if (address !== address.toLowerCase() && address !== address.toUpperCase()) return false;
  const lower = address.toLowerCase();
  const data: number[] = [];
  for (let i = 3; i < lower.length; i++) data.push(bech32Alphabet.indexOf(lower.charAt(i)));
  if (data.some((d) => d < 0) || data.length < 7) return false;
  const expanded = [3, 3, 0, 2, 3];
  const version = data[0] ?? -1;
  const constant = version === 0 ? 1 : 0x2bc830a3;
  if (version > 16 || polymod([...expanded, ...data]) !== constant) return false;
  const programBits = (data.length - 7) * 5;
  const programBytes = Math.floor(programBits / 8);
  if (programBytes < 2 || programBytes > 40) return false;
  return version !== 0 || programBytes === 20 || programBytes === 32;
}

/**
 * Bitcoin addresses whose checksum holds: legacy base58 (`1…`, `3…`, kept as written) and segwit
 * (`bc1…`, lower-cased).
 *
 * @example
 * findBitcoin('pay to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2.')[0]?.value; // '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2'
 */
export function findBitcoin(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(bitcoinBase58Pattern)) {
    if (!isBase58Bitcoin(match[0])) continue;
    found.push(candidate(text, 'bitcoin', match.index, match.index + match[0].length, match[0]));
  }
  for (const match of text.matchAll(bech32Pattern)) {
    if (!isBech32Bitcoin(match[0])) continue;
    const value = match[0].toLowerCase();
    found.push(candidate(text, 'bitcoin', match.index, match.index + match[0].length, value));
  }
  return found;
}

/**
 * Monero standard addresses (`4…`) and subaddresses (`8…`): 95 base58 characters.
 *
 * @example
 * findMonero(`wallet ${'4'.padEnd(95, 'A')}`).length; // 1
 */
export function findMonero(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(moneroPattern)) {
    found.push(candidate(text, 'monero', match.index, match.index + match[0].length, match[0]));
  }
  return found;
}
