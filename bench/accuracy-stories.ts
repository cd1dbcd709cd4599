/**
 * Same-event clustering and dispute accuracy on the labelled story set (`npx tsx
 * bench/accuracy-stories.ts`): the demo corpus plus `stories-set/articles.json`, real extraction,
 * `createMemoryCorrelator` in publication order. Prints pairwise precision/recall/F1, stories
 * against events, every wrongly merged and wrongly split pair by title (with the correlator's
 * reason), near-duplicates, and the disputes `reconcileClaims` finds against those expected — on
 * the predicted stories and on the true events (which isolates reconciliation from clustering).
 */
import { pathToFileURL } from 'node:url';
import type { Assignment, EventDoc } from '../src/stories/cluster-types.js';
import { createMemoryCorrelator } from '../src/stories/correlator.js';
import { disputesOf, reconcileClaims } from '../src/stories/reconcile.js';
import type { StoryBundle } from '../src/stories/types.js';
import { createMembership, pairwiseScore } from './cluster-score.js';
import { loadArticles, loadDemo, type ExpectedDispute, type LabelledDoc } from './stories-set.js';

interface Placed extends LabelledDoc {
  id: number;
  assignment: Assignment;
}

const short = (d: LabelledDoc): string =>
  `[${d.key}] ${d.title.length > 90 ? `${d.title.slice(0, 87)}…` : d.title}`;

function eventDoc(d: LabelledDoc, id: number): EventDoc {
  const { vulnerabilities, indicators, actors, malware, organisations, classification } = d.extraction;
  return {
    id,
    title: d.title,
    text: d.text,
    published: d.published,
    sourceDomain: d.source.domain,
    extraction: { vulnerabilities, indicators, actors, malware, organisations, classification },
  };
}

function bundleOf(id: number, docs: readonly Placed[], copyOf: (d: Placed) => number | null): StoryBundle {
  const sorted = [...docs].sort((a, b) => a.id - b.id);
  const first = sorted[0];
  return {
    story: {
      id,
      title: first?.title ?? '',
      incidentType: first?.extraction.classification.type ?? 'advisory',
      version: 1,
      firstPublished: first?.published ?? null,
      lastPublished: sorted.at(-1)?.published ?? null,
    },
    documents: sorted.map((d) => ({
      id: d.id,
      url: d.url,
      title: d.title,
      author: null,
      published: d.published,
      text: d.text,
      source: d.source,
      extraction: d.extraction,
      nearDuplicateOf: copyOf(d),
    })),
  };
}

/** Expected disputes per event against what `reconcileClaims` reports for the given groups. */
function disputeReport(groupOf: (event: string) => StoryBundle, docs: readonly Placed[]) {
  const expected = new Map<string, Map<string, ExpectedDispute>>();
  for (const d of docs)
    for (const e of d.expectedDisputes) {
      const fields = expected.get(d.event) ?? new Map<string, ExpectedDispute>();
      fields.set(e.field, e);
      expected.set(d.event, fields);
    }
  const events = [...new Set(docs.filter((d) => d.event).map((d) => d.event))].sort();
  const found: string[] = [];
  const missed: string[] = [];
  const unexpected: string[] = [];
  let statusRight = 0;
  for (const event of events) {
    const disputes = disputesOf(reconcileClaims(groupOf(event)));
    const wanted = expected.get(event) ?? new Map<string, ExpectedDispute>();
    for (const [field, e] of wanted) {
      const got = disputes.find((d) => d.field === field);
      if (!got) missed.push(`${event}: ${field} (${e.status} expected)`);
      else {
        if (got.status === e.status) statusRight++;
        found.push(
          `${event}: ${field} ${got.status}${got.status === e.status ? '' : ` (expected ${e.status})`} — ${got.values.map((v) => String(v.value)).join(' / ')}`,
        );
      }
    }
    for (const d of disputes)
      if (!wanted.has(d.field))
        unexpected.push(
          `${event}: ${d.field} ${d.status} — ${d.values.map((v) => String(v.value)).join(' / ')}`,
        );
  }
  const total = [...expected.values()].reduce((n, m) => n + m.size, 0);
  return { expected: total, found: found.length, statusRight, details: { found, missed, unexpected } };
}

export function storiesAccuracy() {
  const started = performance.now();
  const demo = loadDemo();
  const all = [...demo.docs, ...loadArticles()];
  const extractSeconds = (performance.now() - started) / 1000;
  // Publication order (the order a newsroom would see them); undated documents last.
  all.sort((a, b) => (a.published ?? '~').localeCompare(b.published ?? '~') || a.key.localeCompare(b.key));
  const correlator = createMemoryCorrelator();
  const membership = createMembership();
  const placed: Placed[] = all.map((d, i) => {
    const assignment = correlator.add(eventDoc(d, i + 1));
    membership.record(i, assignment);
    return { ...d, id: i + 1, assignment };
  });
  const stories = membership.stories();
  const storyOf = (d: Placed): number => stories[d.id - 1] ?? 0;
  const eventIds = new Map([...new Set(placed.map((d) => d.event))].map((e, i) => [e, i]));
  const labels = placed.map((d) => eventIds.get(d.event) ?? -1);

  const wrongMerges: string[] = [];
  const splits: string[] = [];
  for (let i = 0; i < placed.length; i++)
    for (let j = i + 1; j < placed.length; j++) {
      const a = placed[i] as Placed;
      const b = placed[j] as Placed;
      const together = storyOf(a) === storyOf(b);
      if (together && a.event !== b.event)
        wrongMerges.push(
          `${short(a)} ⟷ ${short(b)} | ${a.event} ≠ ${b.event} | ${b.key}: ${b.assignment.reason}`,
        );
      if (!together && a.event === b.event)
        splits.push(`${short(a)} ⟷ ${short(b)} | ${a.event} | ${b.key}: ${b.assignment.reason}`);
    }

  const byKey = new Map(placed.map((d) => [d.key, d]));
  const nearDuplicates = placed
    .filter((d) => d.copyOf || d.assignment.nearDuplicateOf)
    .map((d) => {
      const said = placed.find((o) => o.id === d.assignment.nearDuplicateOf);
      const truth = d.copyOf ? byKey.get(d.copyOf) : undefined;
      const verdict = !truth ? 'spurious' : !said ? 'missed' : said === truth ? 'found' : 'wrong original';
      return `${verdict}: ${d.key} copy of ${truth?.key ?? '—'}, correlator says ${said?.key ?? '—'}`;
    });

  const byStory = new Map<number, Placed[]>();
  for (const d of placed) byStory.set(storyOf(d), [...(byStory.get(storyOf(d)) ?? []), d]);
  const byEvent = new Map<string, Placed[]>();
  for (const d of placed) byEvent.set(d.event, [...(byEvent.get(d.event) ?? []), d]);
  const trueBundle = (event: string): StoryBundle =>
    bundleOf(eventIds.get(event) ?? 0, byEvent.get(event) ?? [], (d) =>
      d.copyOf ? (byKey.get(d.copyOf)?.id ?? null) : null,
    );
  const predictedBundle = (event: string): StoryBundle => {
    const counts = new Map<number, number>();
    for (const d of byEvent.get(event) ?? []) counts.set(storyOf(d), (counts.get(storyOf(d)) ?? 0) + 1);
    const [story = 0] = [...counts].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0] ?? [];
    return bundleOf(story, byStory.get(story) ?? [], (d) => d.assignment.nearDuplicateOf);
  };

  return {
    documents: placed.length,
    demoDocuments: demo.docs.length,
    articles: placed.length - demo.docs.length,
    unlabelled: demo.unlabelled,
    events: eventIds.size,
    stories: byStory.size,
    extractSeconds: Math.round(extractSeconds * 10) / 10,
    pairwise: pairwiseScore(stories, labels),
    wrongMergePairs: wrongMerges.length,
    splitPairs: splits.length,
    wrongMerges,
    splits,
    mixedStories: [...byStory.values()]
      .filter((docs) => new Set(docs.map((d) => d.event)).size > 1)
      .map((docs) => docs.map((d) => `${short(d)} (${d.event})`)),
    nearDuplicates,
    disputesOnTrueEvents: disputeReport(trueBundle, placed),
    disputesOnPredictedStories: disputeReport(predictedBundle, placed),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${JSON.stringify(storiesAccuracy(), null, 2)}\n`);
}
