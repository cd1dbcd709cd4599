/**
 * Same-event clustering at scale (`npx tsx bench/cluster-speed.ts [size…]`, default 10k 30k 100k):
 * for each size a fresh generated corpus (`cluster-corpus.ts`, not timed) goes through a fresh
 * `createMemoryCorrelator()` in id order. Reports seconds and documents/s per size, the growth
 * ratio time(largest)/time(smallest) against the size ratio (linear), peak RSS, pairwise
 * precision/recall/F1 against the event labels, near-duplicate precision/recall, and which kinds
 * of events the wrong merges joined (to tune the correlator).
 */
import { pathToFileURL } from 'node:url';
import { createMemoryCorrelator } from '../src/stories/correlator.js';
import { corpusStats, generateClusterCorpus, type ClusterCorpus, type EventTruth } from './cluster-corpus.js';
import { createMembership, nearDuplicateScore, pairwiseScore, round3, storyStats } from './cluster-score.js';

const rssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

/**
 * Why two different events that ended in one story looked alike: the first shared trait found,
 * weighted by document pairs. Counted over the mixed stories' label pairs (at most 50 labels each).
 */
function relation(a: EventTruth, b: EventTruth): string {
  if (a.cves.some((c) => b.cves.includes(c))) return 'shared CVE';
  if (a.actor && a.actor === b.actor) return 'same actor';
  if (a.botnet && a.botnet === b.botnet) return 'same botnet';
  if (a.malware.some((m) => b.malware.includes(m))) return 'same malware';
  if (a.vendor && a.vendor === b.vendor) return 'same vendor';
  if (a.type === b.type && a.sector === b.sector) return 'same type and sector';
  if (a.type === b.type) return 'same type';
  return 'nothing specific';
}

function wrongMergeCauses(corpus: ClusterCorpus, stories: Int32Array): Record<string, number> {
  const byStory = new Map<number, Map<number, number>>();
  for (let i = 0; i < stories.length; i++) {
    const story = stories[i] ?? 0;
    const labels = byStory.get(story) ?? new Map<number, number>();
    const label = corpus.labels[i] ?? 0;
    labels.set(label, (labels.get(label) ?? 0) + 1);
    byStory.set(story, labels);
  }
  const causes: Record<string, number> = {};
  for (const labels of byStory.values()) {
    const list = [...labels].slice(0, 50);
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const [la = 0, na = 0] = list[x] ?? [];
        const [lb = 0, nb = 0] = list[y] ?? [];
        const a = corpus.events[la];
        const b = corpus.events[lb];
        if (!a || !b) continue;
        const cause = relation(a, b);
        causes[cause] = (causes[cause] ?? 0) + na * nb;
      }
  }
  return causes;
}

export interface SpeedRun {
  documents: number;
  corpus: ReturnType<typeof corpusStats>;
  generateSeconds: number;
  seconds: number;
  documentsPerSecond: number;
  /** Candidate documents compared per document placed: the correlator's unit of work. */
  candidatesPerDocument: number;
  rssAfterMb: number;
  stories: number;
  largestStory: number;
  singletons: number;
  merges: number;
  pairwise: ReturnType<typeof pairwiseScore>;
  nearDuplicates: ReturnType<typeof nearDuplicateScore>;
  wrongMergePairsBy: Record<string, number>;
}

export function clusterOnce(size: number): SpeedRun {
  const generated = performance.now();
  const corpus = generateClusterCorpus(size);
  const generateSeconds = (performance.now() - generated) / 1000;
  const correlator = createMemoryCorrelator();
  const membership = createMembership();
  const copyOf = new Int32Array(corpus.docs.length);
  const started = performance.now();
  corpus.docs.forEach((doc, i) => {
    const assignment = correlator.add(doc);
    membership.record(i, assignment);
    copyOf[i] = assignment.nearDuplicateOf ?? 0;
  });
  const seconds = (performance.now() - started) / 1000;
  const stories = membership.stories();
  const work = correlator.stats();
  return {
    documents: corpus.docs.length,
    corpus: corpusStats(corpus),
    generateSeconds: Math.round(generateSeconds * 10) / 10,
    seconds: Math.round(seconds * 10) / 10,
    documentsPerSecond: Math.round(corpus.docs.length / seconds),
    candidatesPerDocument: Math.round((work.candidates / Math.max(1, work.documents)) * 10) / 10,
    rssAfterMb: rssMb(),
    ...storyStats(stories),
    merges: membership.merges(),
    pairwise: pairwiseScore(stories, corpus.labels),
    nearDuplicates: nearDuplicateScore(copyOf, corpus.copyOf, corpus.labels),
    wrongMergePairsBy: wrongMergeCauses(corpus, stories),
  };
}

/** Separate corpora and correlators per size, smallest first; the growth ratio compares the ends. */
export function clusterSpeed(sizes: readonly number[] = [10_000, 30_000, 100_000]) {
  const runs = sizes.map((size) => {
    const run = clusterOnce(size);
    process.stderr.write(`clustered ${size} documents in ${run.seconds} s\n`);
    return run;
  });
  const first = runs[0];
  const last = runs[runs.length - 1];
  return {
    runs,
    growth:
      first && last && first !== last
        ? {
            timeRatio: round3(last.seconds / first.seconds),
            linear: round3(last.documents / first.documents),
          }
        : null,
    peakRssMb: rssMb(),
    targetSecondsFor100k: 60,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const sizes = process.argv.slice(2).map(Number).filter(Boolean);
  const figures = clusterSpeed(sizes.length ? sizes : undefined);
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
}
