/**
 * A statistical technique classifier built at load time from ATT&CK's own text: each technique's
 * description and procedure examples. Nothing is trained offline or shipped.
 *
 * Features are TF-IDF (sublinear tf) over word unigrams and bigrams, after stop words are dropped
 * and the names of known groups and malware are masked, so no score comes from a name alone. A
 * sentence's score for a technique blends the cosine to the technique's centroid with the cosine to
 * its nearest procedure example: centroids carry what a technique is about, neighbours catch the
 * concrete wording of reports ("collected the MAC address").
 */
import type { AttackCorpus } from '../kb/types.js';

export interface TechniqueScore {
  id: string;
  /** Cosine-based similarity in [0, 1]. */
  score: number;
  /** Index of the sentence in the array given to `classify`. */
  sentenceIndex: number;
}

export interface TechniqueModel {
  /** For each sentence, the techniques scoring at least `minScore` (default 0.2), best first. */
  classify(sentences: readonly string[], minScore?: number): TechniqueScore[];
  /** Content features left in a sentence after masking names and stop words. */
  featureCount(sentence: string): number;
  readonly size: { techniques: number; examples: number; features: number };
}

type Vector = Map<number, number>;

const stopWords = new Set(
  (
    'a an the and or of to in on at by for from with as is are was were be been being has have had it its ' +
    'this that these those which who whom whose their they them he she his her we our us you your also ' +
    'into onto over under than then there here such can could may might will would should do does did ' +
    'not no but if so via using use used uses usage other others another any all some each more most ' +
    'one two new well known named called able after before during while when where what how both same ' +
    'within without about between through upon against additionally including include includes variant ' +
    'variants version versions sample samples adversary adversaries attacker attackers actor actors ' +
    'group groups threat malware campaign operators operator observed reported identified leveraged ' +
    'utilized employed abused capability capable contain contains containing example'
  ).split(' '),
);

/** Lower-case word tokens; bounded token length keeps hostile input linear. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9][a-z0-9_$]{0,39}/g) ?? [];
}

/** A light suffix stripper: enough to join "encrypts/encrypted/encrypting". */
function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith('es')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** Name token sequences (groups and malware), keyed by their first token. */
type NameIndex = Map<string, string[][]>;

function nameIndex(corpus: AttackCorpus): NameIndex {
  const index: NameIndex = new Map();
  const clusters = [...corpus.groups, ...corpus.software.filter((s) => s.kind === 'malware')];
  for (const cluster of clusters) {
    for (const name of [cluster.name, ...cluster.aliases]) {
      const tokens = words(name);
      const first = tokens[0];
      if (first === undefined || tokens.length > 5) continue;
      if (tokens.length === 1 && (first.length < 3 || stopWords.has(first))) continue;
      const list = index.get(first) ?? [];
      list.push(tokens);
      index.set(first, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

/** Tokens with known names removed (longest match first), then stop words and numbers dropped. */
function contentTokens(text: string, names: NameIndex): string[] {
  const tokens = words(text);
  const kept: string[] = [];
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i] ?? '';
    const match = names.get(token)?.find((name) => name.every((t, k) => tokens[i + k] === t));
    if (match) {
      i += match.length;
      kept.push('');
      continue;
    }
    i++;
    if (stopWords.has(token) || /^\d+$/.test(token)) kept.push('');
    else kept.push(stem(token));
  }
  return kept;
}

/** Unigrams and bigrams of adjacent content tokens (a dropped word breaks a bigram). */
function features(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    if (token === '') continue;
    out.push(token);
    const next = tokens[i + 1];
    if (next) out.push(`${token} ${next}`);
  }
  return out;
}

function normalise(vector: Vector): Vector {
  let norm = 0;
  for (const v of vector.values()) norm += v * v;
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [k, v] of vector) vector.set(k, v / norm);
  return vector;
}

/** Builds the classifier; ~1–2 s and ~100 MB on ATT&CK Enterprise 18.1 (16k procedure examples). */
export function buildTechniqueModel(corpus: AttackCorpus): TechniqueModel {
  const names = nameIndex(corpus);
  const vocabulary = new Map<string, number>();
  const examples: { techniqueId: string; feats: string[] }[] = [];
  for (const t of corpus.techniques) {
    const feats = features(contentTokens(`${t.name}. ${t.name}. ${t.description}`, names));
    examples.push({ techniqueId: t.id, feats });
  }
  const described = examples.length;
  for (const p of corpus.procedures) {
    examples.push({ techniqueId: p.techniqueId, feats: features(contentTokens(p.text, names)) });
  }
  const df: number[] = [];
  for (const e of examples) {
    for (const f of new Set(e.feats)) {
      let id = vocabulary.get(f);
      if (id === undefined) vocabulary.set(f, (id = vocabulary.size));
      df[id] = (df[id] ?? 0) + 1;
    }
  }
  const maxNeighbourDf = Math.max(50, 0.02 * examples.length);
  const idf = df.map((n) => Math.log((1 + examples.length) / (1 + n)) + 1);
  const vectorOf = (feats: readonly string[]): Vector => {
    const tf = new Map<number, number>();
    for (const f of feats) {
      const id = vocabulary.get(f);
      if (id !== undefined) tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    for (const [k, n] of tf) tf.set(k, (1 + Math.log(n)) * (idf[k] ?? 0));
    return normalise(tf);
  };
  const techniqueIds = [...new Set(examples.map((e) => e.techniqueId))];
  const techniqueIndex = new Map(techniqueIds.map((id, i) => [id, i]));
  const centroids = techniqueIds.map((): Vector => new Map());
  // Inverted indexes: feature → (technique, centroid weight) and feature → (example, weight).
  const centroidPostings = new Map<number, [number, number][]>();
  const examplePostings = new Map<number, [number, number][]>();
  const exampleTechnique: number[] = [];
  examples.forEach((e, i) => {
    const t = techniqueIndex.get(e.techniqueId) ?? 0;
    exampleTechnique.push(t);
    const vector = vectorOf(e.feats);
    const centroid = centroids[t] ?? new Map<number, number>();
    // The description counts as much as a handful of procedure examples.
    const weight = i < described ? 3 : 1;
    for (const [k, v] of vector) centroid.set(k, (centroid.get(k) ?? 0) + weight * v);
    if (i >= described) {
      for (const [k, v] of vector) {
        // Words in more than 2% of examples barely separate techniques; skipping them keeps the
        // neighbour search cheap (their weight still counts in the centroid score).
        if ((df[k] ?? 0) > maxNeighbourDf) continue;
        const list = examplePostings.get(k) ?? [];
        list.push([i, v]);
        examplePostings.set(k, list);
      }
    }
  });
  centroids.forEach((centroid, t) => {
    for (const [k, v] of normalise(centroid)) {
      const list = centroidPostings.get(k) ?? [];
      list.push([t, v]);
      centroidPostings.set(k, list);
    }
  });

  const score = (sentence: string): Map<number, number> => {
    const vector = vectorOf(features(contentTokens(sentence, names)));
    const centroidScore = new Map<number, number>();
    const exampleScore = new Map<number, number>();
    for (const [k, v] of vector) {
      for (const [t, w] of centroidPostings.get(k) ?? [])
        centroidScore.set(t, (centroidScore.get(t) ?? 0) + v * w);
      for (const [e, w] of examplePostings.get(k) ?? [])
        exampleScore.set(e, (exampleScore.get(e) ?? 0) + v * w);
    }
    const nearest = new Map<number, number>();
    for (const [e, s] of exampleScore) {
      const t = exampleTechnique[e] ?? 0;
      if (s > (nearest.get(t) ?? 0)) nearest.set(t, s);
    }
    const blended = new Map<number, number>();
    for (const t of new Set([...centroidScore.keys(), ...nearest.keys()])) {
      blended.set(t, 0.5 * (centroidScore.get(t) ?? 0) + 0.5 * (nearest.get(t) ?? 0));
    }
    return blended;
  };

  return {
    size: { techniques: techniqueIds.length, examples: examples.length, features: vocabulary.size },
    featureCount: function featureCount(sentence) {
      return features(contentTokens(sentence, names)).filter((f) => vocabulary.has(f)).length;
    },
    classify: function classify(sentences, minScore = 0.2) {
      const out: TechniqueScore[] = [];
      sentences.forEach((sentence, sentenceIndex) => {
        const found: TechniqueScore[] = [];
        for (const [t, s] of score(sentence)) {
          if (s >= minScore) found.push({ id: techniqueIds[t] ?? '', score: s, sentenceIndex });
        }
        out.push(...found.sort((a, b) => b.score - a.score));
      });
      return out;
    },
  };
}

const cache = new WeakMap<AttackCorpus, TechniqueModel>();

/**
 * The model for a corpus, built once per corpus object.
 *
 * @example techniqueModelFor(kb.attack).classify(['The malware collected the MAC address.'])[0]?.id // 'T1016'
 */
export function techniqueModelFor(corpus: AttackCorpus): TechniqueModel {
  let model = cache.get(corpus);
  if (!model) cache.set(corpus, (model = buildTechniqueModel(corpus)));
  return model;
}
