/**
 * MinHash signatures and LSH bands over word shingles: the text-similarity half of same-event
 * detection. Hashes are deterministic 32-bit mixes (no randomness), so the same text always gives
 * the same signature on every machine.
 */

/** Signature length: 64 hashes estimate Jaccard similarity to about ±0.06. */
export const signatureSize = 64;
/**
 * Near-duplicate retrieval: 10 bands of 6 rows (60 of the 64 hashes) find a pair with Jaccard 0.8
 * with probability 0.93 and 0.9 with 0.99, while two reports sharing a fifth of their shingles
 * (boilerplate, a quoted statement) collide with probability 0.0006. Lighter rewrites are still
 * recognised as copies when the event keys bring them in as candidates.
 */
const bands = 10;
const rows = 6;

/** FNV-1a over UTF-16 code units, then a final avalanche. */
export function hashString(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193);
  return mix(h);
}

/** murmur3's 32-bit finaliser. */
function mix(value: number): number {
  let h = value;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const seeds = Uint32Array.from({ length: signatureSize }, (_, i) => mix(0x9e3779b9 + i * 0x7f4a7c15));

/**
 * The MinHash signature of a set of hashed features (shingles or words). The inner loop is `mix`
 * written out over typed arrays: the same values, without a call and a boxed number per hash.
 * @example minhash([hashString('a b c')]).length // 64
 */
export function minhash(features: Iterable<number>): number[] {
  const signature = new Uint32Array(signatureSize).fill(0xffffffff);
  for (const feature of features) {
    for (let i = 0; i < signatureSize; i++) {
      let h = (feature ^ (seeds[i] as number)) | 0;
      h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
      h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
      h = (h ^ (h >>> 16)) >>> 0;
      if (h < (signature[i] as number)) signature[i] = h;
    }
  }
  return Array.from(signature);
}

/** Estimated Jaccard similarity of the two sets behind two signatures (0 when either is empty). */
export function similarity(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || a.length !== b.length || a[0] === 0xffffffff || b[0] === 0xffffffff) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** LSH band keys of a signature, as safe integers: band index × 2³² + hash of the band's rows. */
export function bandKeys(signature: readonly number[]): number[] {
  if (signature[0] === 0xffffffff) return [];
  const keys: number[] = [];
  for (let b = 0; b < bands; b++) {
    let h = b + 1;
    for (let r = 0; r < rows; r++) h = mix(h ^ Math.imul(signature[b * rows + r] ?? 0, 0x9e3779b1));
    keys.push(b * 2 ** 32 + h);
  }
  return keys;
}

const wordPattern = /[\p{L}\p{N}]+/gu;

/** Lower-case words of a text (letters and digits). */
export function words(text: string): string[] {
  return text.toLowerCase().match(wordPattern) ?? [];
}

/** Hashes of the overlapping k-word shingles of a word list (the whole list when shorter). */
export function shingles(list: readonly string[], k: number): number[] {
  if (list.length === 0) return [];
  if (list.length <= k) return [hashString(list.join(' '))];
  // hashString of the words joined by spaces, without building the joined string.
  const out: number[] = [];
  for (let i = 0; i + k <= list.length; i++) {
    let h = 0x811c9dc5;
    for (let w = i; w < i + k; w++) {
      if (w > i) h = Math.imul(h ^ 32, 0x01000193);
      const word = list[w] as string;
      for (let c = 0; c < word.length; c++) h = Math.imul(h ^ word.charCodeAt(c), 0x01000193);
    }
    out.push(mix(h));
  }
  return out;
}
