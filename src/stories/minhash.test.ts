import { describe, expect, it } from 'vitest';
import { hashString, minhash, shingles, similarity, words } from './minhash.js';

describe('shingles', () => {
  it('hashes each run of k words exactly as hashString of the words joined by spaces', () => {
    const list = words('Le pirate a chiffré 100 hyperviseurs ESXi — écrit «vite» ünd mehr');
    const joined = (i: number) => hashString(list.slice(i, i + 4).join(' '));
    expect(shingles(list, 4)).toEqual(list.slice(3).map((_, i) => joined(i)));
    expect(shingles(['two', 'words'], 4)).toEqual([hashString('two words')]);
    expect(shingles([], 4)).toEqual([]);
  });
});

describe('minhash', () => {
  it('is deterministic, 64 values, and estimates Jaccard similarity', () => {
    const a = Array.from({ length: 400 }, (_, i) => hashString(`w${i}`));
    const b = [...a.slice(0, 300), ...Array.from({ length: 100 }, (_, i) => hashString(`x${i}`))];
    expect(minhash(a)).toEqual(minhash([...a].reverse()));
    expect(minhash(a)).toHaveLength(64);
    // Jaccard 300 / 500 = 0.6.
    expect(similarity(minhash(a), minhash(b))).toBeGreaterThan(0.45);
    expect(similarity(minhash(a), minhash(b))).toBeLessThan(0.75);
    expect(similarity(minhash([]), minhash(a))).toBe(0);
  });
});
