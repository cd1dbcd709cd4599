/**
 * Linear-time matching of many names over a text: the text is cut once into word and punctuation
 * tokens, and names live in a trie keyed by token, so a match costs at most `maxDepth` steps per
 * token whatever the number of names (tens of thousands with MISP galaxies).
 */

/** One word (letters, digits, `_`, `$`) or one other non-space character of the text. */
export interface Token {
  /** Lower-case token text, the trie key. */
  key: string;
  start: number;
  end: number;
  /** Whitespace separates this token from the previous one. */
  spaced: boolean;
}

const tokenPattern = /[\p{L}\p{N}_$]+|[^\s\p{L}\p{N}_$]/gu;

/** Cuts a text into tokens; also used on names so that both sides agree on boundaries. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(tokenPattern)) {
    tokens.push({
      key: m[0].toLowerCase(),
      start: m.index,
      end: m.index + m[0].length,
      spaced: m.index > last,
    });
    last = m.index + m[0].length;
  }
  return tokens;
}

/** A name as its token keys, whitespace collapsed: 'Storm-0558' → ['storm', '-', '0558']. */
function edgeKeys(name: string): string[] {
  return tokenize(name).map((t, i) => (i > 0 && t.spaced ? ` ${t.key}` : t.key));
}

/** The surface form of a name with whitespace collapsed, to compare case-sensitive names. */
export function surfaceOf(text: string, tokens: readonly Token[], from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t) out += (k > from && t.spaced ? ' ' : '') + text.slice(t.start, t.end);
  }
  return out;
}

interface Term<T> {
  value: T;
  /** The name as written, whitespace collapsed; compared exactly when `caseSensitive`. */
  surface: string;
  caseSensitive: boolean;
}

interface Node<T> {
  next: Map<string, Node<T>>;
  terms: Term<T>[];
}

export interface PhraseHit<T> {
  value: T;
  start: number;
  end: number;
  /** Token index range `[first, last)`. */
  first: number;
  last: number;
}

export interface PhraseMatcher<T> {
  /** Adds a name; returns false when the name has no tokens. */
  add(name: string, value: T, caseSensitive: boolean): boolean;
  /** True when some name with this lower-case key is already present (any case). */
  has(name: string): boolean;
  /** Leftmost-longest, non-overlapping hits; `accept` may veto a candidate term. */
  match(text: string, tokens: readonly Token[], accept?: (hit: PhraseHit<T>) => boolean): PhraseHit<T>[];
}

/** Punctuation that, glued before a name, makes it part of another word ("pre-Emotet", "win.emotet"). */
const gluedBefore = new Set(['-', '.', '_', '/', '@', '\\']);

/**
 * @example
 * const m = createPhraseMatcher<string>();
 * m.add('Fancy Bear', 'APT28', true);
 * m.match('Fancy  Bear struck.', tokenize('Fancy  Bear struck.'))[0]?.value; // 'APT28'
 */
export function createPhraseMatcher<T>(): PhraseMatcher<T> {
  const root: Node<T> = { next: new Map(), terms: [] };
  let maxDepth = 0;
  const nodeFor = (keys: readonly string[], create: boolean): Node<T> | undefined => {
    let node = root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) {
        if (!create) return undefined;
        child = { next: new Map(), terms: [] };
        node.next.set(key, child);
      }
      node = child;
    }
    return node;
  };
  return {
    add(name, value, caseSensitive) {
      const keys = edgeKeys(name);
      if (keys.length === 0) return false;
      maxDepth = Math.max(maxDepth, keys.length);
      const surface = surfaceOf(name, tokenize(name), 0, keys.length);
      nodeFor(keys, true)?.terms.push({ value, surface, caseSensitive });
      return true;
    },
    has(name) {
      const keys = edgeKeys(name);
      return keys.length > 0 && (nodeFor(keys, false)?.terms.length ?? 0) > 0;
    },
    match(text, tokens, accept) {
      const hits: PhraseHit<T>[] = [];
      for (let i = 0; i < tokens.length; i++) {
        const first = tokens[i];
        const before = tokens[i - 1];
        if (!first || (before && !first.spaced && gluedBefore.has(before.key))) continue;
        let node: Node<T> | undefined = root;
        let best: PhraseHit<T> | undefined;
        for (let j = i; j < tokens.length && j - i < maxDepth; j++) {
          const t = tokens[j];
          if (!t) break;
          node = node.next.get(j > i && t.spaced ? ` ${t.key}` : t.key);
          if (!node) break;
          if (node.terms.length === 0) continue;
          const surface = node.terms.some((term) => term.caseSensitive)
            ? surfaceOf(text, tokens, i, j + 1)
            : '';
          for (const term of node.terms) {
            if (term.caseSensitive && term.surface !== surface) continue;
            const hit = { value: term.value, start: first.start, end: t.end, first: i, last: j + 1 };
            if (accept && !accept(hit)) continue;
            best = hit;
            break;
          }
        }
        if (best) {
          hits.push(best);
          i = best.last - 1;
        }
      }
      return hits;
    },
  };
}
