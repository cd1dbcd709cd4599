/**
 * Scoring for the clustering benchmarks: final story membership (stories merge later, so a
 * union-find follows `Assignment.merged`), pairwise precision/recall/F1 from a contingency table
 * (Σ C(n, 2) per cell, never a loop over pairs of documents) and near-duplicate precision/recall.
 */
import type { Assignment } from '../src/stories/cluster-types.js';

/** Story of every document as stories merge: `record` each assignment in order, then `storyOf`. */
export function createMembership() {
  const parent = new Map<number, number>();
  const storyOfDoc: number[] = [];
  const find = (story: number): number => {
    let root = story;
    while (parent.has(root)) root = parent.get(root) ?? root;
    let node = story;
    while (node !== root) {
      const next = parent.get(node) ?? root;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  let merges = 0;
  return {
    /** `index` is the document's position in the order it was added. */
    record(index: number, assignment: Assignment): void {
      storyOfDoc[index] = assignment.storyId;
      const into = find(assignment.storyId);
      for (const story of assignment.merged) {
        const root = find(story);
        if (root === into) continue;
        parent.set(root, into);
        merges++;
      }
    },
    /** Final story per document (after all merges). */
    stories(): Int32Array {
      return Int32Array.from(storyOfDoc, (story) => find(story));
    },
    merges: (): number => merges,
  };
}

export interface PairScore {
  precision: number;
  recall: number;
  f1: number;
  /** Pairs of documents that share a true event. */
  truePairs: number;
  /** Pairs of documents put in one story. */
  predictedPairs: number;
  /** Pairs in one story that share a true event. */
  correctPairs: number;
}

const pairs = (n: number): number => (n * (n - 1)) / 2;
export const round3 = (x: number): number => Math.round(x * 1000) / 1000;

function counts(values: ArrayLike<number>): Map<number, number> {
  const map = new Map<number, number>();
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? 0;
    map.set(v, (map.get(v) ?? 0) + 1);
  }
  return map;
}

/**
 * Pairwise precision and recall of a clustering against true labels, both indexed by document.
 * @example pairwiseScore([1, 1, 2], [7, 7, 7]).recall // 1/3
 */
export function pairwiseScore(predicted: ArrayLike<number>, truth: ArrayLike<number>): PairScore {
  const cells = new Map<string, number>();
  for (let i = 0; i < predicted.length; i++) {
    const key = `${predicted[i] ?? 0}:${truth[i] ?? 0}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
  }
  let correctPairs = 0;
  for (const n of cells.values()) correctPairs += pairs(n);
  let predictedPairs = 0;
  for (const n of counts(predicted).values()) predictedPairs += pairs(n);
  let truePairs = 0;
  for (const n of counts(truth).values()) truePairs += pairs(n);
  const precision = predictedPairs ? correctPairs / predictedPairs : 1;
  const recall = truePairs ? correctPairs / truePairs : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    precision: round3(precision),
    recall: round3(recall),
    f1: round3(f1),
    truePairs,
    predictedPairs,
    correctPairs,
  };
}

/**
 * Near-duplicate detection: a prediction is right when it points into the document's copy family
 * (the original or another copy of it). Ids are 1-based; 0 means "not a copy". A flag between two
 * independent reports of one event is counted apart (`sameEventRewrites`): short template reports
 * can be light rewrites of each other, which the correlator may fairly call near-duplicates.
 */
export function nearDuplicateScore(
  predicted: ArrayLike<number>,
  truth: ArrayLike<number>,
  labels: ArrayLike<number>,
) {
  const family = (id: number): number => truth[id - 1] || id;
  let flagged = 0;
  let right = 0;
  let copies = 0;
  let sameEventRewrites = 0;
  for (let i = 0; i < truth.length; i++) {
    const id = i + 1;
    const said = predicted[i] ?? 0;
    if (truth[i]) copies++;
    if (!said) continue;
    flagged++;
    if (family(said) === family(id)) right++;
    else if (labels[said - 1] === labels[i]) sameEventRewrites++;
  }
  return {
    precision: round3(flagged ? right / flagged : 1),
    precisionCountingRewrites: round3(flagged ? (right + sameEventRewrites) / flagged : 1),
    recall: round3(copies ? right / copies : 1),
    flagged,
    copies,
    correct: right,
    sameEventRewrites,
  };
}

/** Counts of stories, the largest, and singletons. */
export function storyStats(stories: ArrayLike<number>) {
  const sizes = [...counts(stories).values()];
  return {
    stories: sizes.length,
    largestStory: Math.max(0, ...sizes),
    singletons: sizes.filter((n) => n === 1).length,
  };
}
