/**
 * Every stage on the labelled evaluation corpus, run as a user runs it: the articles rendered as
 * their publishers' pages, ingested one at a time in publication order by the real pipeline into a
 * fresh PGlite directory, then read back from the stored stories and briefs. Once per split:
 *   dev  — tune on it: the corpus's dev groups, plus the demo corpus and bench/stories-set;
 *   test — frozen (bench/eval-corpus/split.json): measure, never tune.
 * Prints clustering (pairwise P/R, merges across confuser pairs), disputes (recall, false disputes per
 * 10 stories), incident types, ranking of non-incidents, figures, and per-article extraction.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pino } from 'pino';
import { loadConfig } from '../src/config/load.js';
import { demoDir } from '../src/cli/demo.js';
import type { Extraction } from '../src/core/facts.js';
import { loadKb } from '../src/kb/load.js';
import type { Kb } from '../src/kb/types.js';
import { runPipeline } from '../src/pipeline/index.js';
import { openRuntime } from '../src/pipeline/runtime.js';
import { upsertSourceProfile } from '../src/sources/repo.js';
import { listStories, storyDisputes } from '../src/stories/query.js';
import { loadStoryBundle } from '../src/stories/repo.js';
import type { Dispute } from '../src/stories/types.js';
import { pairwiseScore } from './cluster-score.js';
import type { Article } from './stories-set.js';
import { ratio, scoreArticles } from './accuracy-articles.js';
import { loadEvents } from './eval-corpus/check.js';
import { type Publisher, renderCorpus } from './eval-corpus/render.js';
import type { EventArticle, EventFile } from './eval-corpus/schema.js';

type Labels = EventArticle['labels'];

interface EvalDoc {
  id: string;
  url: string;
  event: string;
  group: string;
  eventType: string | null;
  labels: Labels | null;
  copyOf: string | null;
}

interface ExpectedFigure {
  event: string;
  field: string;
  status: 'disputed' | 'revised';
}

export interface SplitInput {
  name: 'dev' | 'test';
  events: EventFile[];
  /** Legacy labelled sets (dev only): the demo corpus and bench/stories-set. */
  legacy: boolean;
}

const setDir = new URL('./stories-set/', import.meta.url);

/** bench/stories-set articles as event files (no per-article labels) and their publishers. */
function legacyEvents(): {
  events: EventFile[];
  publishers: Map<string, Publisher>;
  expected: ExpectedFigure[];
} {
  const articles = JSON.parse(readFileSync(new URL('articles.json', setDir), 'utf8')) as Article[];
  const publishers = new Map<string, Publisher>();
  const byEvent = new Map<string, EventFile>();
  const expected: ExpectedFigure[] = [];
  for (const a of articles) {
    publishers.set(a.source.domain, { reliability: 'C', ...a.source });
    const ev = byEvent.get(a.event) ?? {
      event: a.event,
      group: `legacy-${a.event}`,
      type: 'advisory',
      summary: '',
      confusers: [],
      figures: [],
      articles: [],
    };
    ev.articles.push({
      id: a.id,
      publisher: a.source.domain,
      published: a.published,
      title: a.title,
      slug: new URL(a.url).pathname.split('/').filter(Boolean).pop() ?? a.id,
      copyOf: a.copyOf ?? null,
      paragraphs: a.text.split(/\n{2,}/),
      labels: {
        type: 'advisory',
        iocs: [],
        cves: [],
        techniques: [],
        actors: [],
        malware: [],
        victims: [],
        figures: [],
        notFigures: [],
      },
    });
    for (const d of a.expectedDisputes ?? [])
      expected.push({ event: a.event, field: d.field, status: d.status });
    byEvent.set(a.event, ev);
  }
  return { events: [...byEvent.values()], publishers, expected };
}

interface DemoLabels {
  documents: Record<string, { id: string; event: string }>;
  expectedDisputes: Record<string, { field: string; status: 'disputed' | 'revised' }[]>;
}

export async function evaluateSplit(input: SplitInput, kb: Kb | undefined): Promise<Record<string, unknown>> {
  const work = mkdtempSync(join(tmpdir(), `newsroom-accuracy-${input.name}-`));
  try {
    const legacy = input.legacy ? legacyEvents() : null;
    const events = [...input.events, ...(legacy?.events ?? [])];
    const { pages, sourcesFile } = renderCorpus(events, work, legacy?.publishers);
    const runtime = await openRuntime(loadConfig({}, { dataDir: join(work, 'db'), sourcesFile }), {
      ...(kb ? { kb } : {}),
      log: pino({ level: 'silent' }),
    });
    const docs = new Map<string, EvalDoc>();
    const expected: ExpectedFigure[] = [...(legacy?.expected ?? [])];
    try {
      if (input.legacy) {
        const labels = JSON.parse(readFileSync(new URL('demo-labels.json', setDir), 'utf8')) as DemoLabels;
        const profiles = JSON.parse(readFileSync(`${demoDir}sources.json`, 'utf8')) as Publisher[];
        for (const { domain, ...profile } of profiles)
          await upsertSourceProfile(runtime.db, domain, profile as never);
        await runPipeline([`${demoDir}feeds`, `${demoDir}pages`], runtime);
        for (const [url, label] of Object.entries(labels.documents))
          docs.set(url, {
            id: label.id,
            url,
            event: label.event,
            group: `legacy-${label.event}`,
            eventType: null,
            labels: null,
            copyOf: null,
          });
        for (const [event, list] of Object.entries(labels.expectedDisputes))
          for (const d of list) expected.push({ event, field: d.field, status: d.status });
      }
      for (const page of pages) {
        const labelled = input.events.includes(page.event);
        docs.set(page.url, {
          id: page.article.id,
          url: page.url,
          event: page.event.event,
          group: page.event.group,
          eventType: labelled ? page.event.type : null,
          labels: labelled ? page.article.labels : null,
          copyOf: page.article.copyOf,
        });
        await runPipeline([page.file], runtime);
      }
      for (const ev of input.events)
        for (const f of ev.figures)
          if (f.status !== 'agreed') expected.push({ event: ev.event, field: f.field, status: f.status });
      const trace = input.name === 'dev' && process.env.NEWSROOM_TRACE === '1';
      return await measure(runtime.db, docs, expected, input.events, trace);
    } finally {
      await runtime.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

type Db = Awaited<ReturnType<typeof openRuntime>>['db'];

async function measure(
  db: Db,
  docs: Map<string, EvalDoc>,
  expected: ExpectedFigure[],
  events: EventFile[],
  trace = false,
): Promise<Record<string, unknown>> {
  const stories = await listStories(db, { sort: 'priority', limit: 100_000 });
  const storyOf = new Map<string, number>();
  const extractionOf = new Map<string, Extraction>();
  for (const story of stories) {
    for (const d of story.documents) storyOf.set(d.url, story.id);
    const bundle = await loadStoryBundle(db, story.id);
    for (const d of bundle?.documents ?? []) extractionOf.set(d.url, d.extraction);
  }
  const titled = await db.selectFrom('documents').select(['url', 'title']).execute();
  for (const [key, d] of [...docs]) {
    if (!key.startsWith('title:')) continue;
    const row = titled.find((t) => t.title === key.slice('title:'.length));
    docs.delete(key);
    if (row) docs.set(row.url, { ...d, url: row.url });
  }
  const reasons = await db
    .selectFrom('story_documents')
    .innerJoin('documents', 'documents.id', 'story_documents.document_id')
    .select(['documents.url', 'story_documents.reason'])
    .execute();
  const reasonOf = new Map(reasons.map((r) => [r.url, r.reason]));
  const labelled = [...docs.values()].filter((d) => storyOf.has(d.url));
  // NEWSROOM_TRACE=1: every document's story and the correlator's reason, in story order (dev only).
  if (trace)
    for (const d of [...labelled].sort((a, b) => (storyOf.get(a.url) ?? 0) - (storyOf.get(b.url) ?? 0)))
      process.stderr.write(`story ${storyOf.get(d.url)} ${d.event} ${d.id}: ${reasonOf.get(d.url) ?? ''}\n`);
  const missing = [...docs.values()].filter((d) => !storyOf.has(d.url)).map((d) => d.id);
  const eventIds = [...new Set(labelled.map((d) => d.event))];
  const pairs = pairwiseScore(
    labelled.map((d) => storyOf.get(d.url) ?? -1),
    labelled.map((d) => eventIds.indexOf(d.event)),
  );
  // Wrong merges, by pair of events, and those across a confuser pair (same group).
  const wrong = new Map<string, number>();
  const confuserMerges = new Set<string>();
  const splits = new Map<string, number>();
  for (let i = 0; i < labelled.length; i++)
    for (let j = i + 1; j < labelled.length; j++) {
      const a = labelled[i];
      const b = labelled[j];
      if (!a || !b) continue;
      const together = storyOf.get(a.url) === storyOf.get(b.url);
      if (together && a.event !== b.event) {
        const later = j > i ? b : a;
        const key = `${[a.event, b.event].sort().join(' + ')} — ${later.id}: ${reasonOf.get(later.url) ?? ''}`;
        wrong.set(key, (wrong.get(key) ?? 0) + 1);
        if (a.group === b.group) confuserMerges.add([a.event, b.event].sort().join(' + '));
      }
      if (!together && a.event === b.event) splits.set(a.event, (splits.get(a.event) ?? 0) + 1);
    }
  // The story of each event: the one holding most of its reports.
  const storyOfEvent = new Map<string, number>();
  for (const event of eventIds) {
    const counts = new Map<number, number>();
    for (const d of labelled)
      if (d.event === event)
        counts.set(storyOf.get(d.url) ?? -1, (counts.get(storyOf.get(d.url) ?? -1) ?? 0) + 1);
    const best = [...counts].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0];
    if (best) storyOfEvent.set(event, best[0]);
  }
  // Disputes: expected per event, found on the event's story; unexpected ones counted per story.
  const disputes = await storyDisputes(
    db,
    stories.map((s) => s.id),
  );
  const fieldsOf = (story: number | undefined): Dispute[] =>
    story === undefined ? [] : ((disputes.get(story) ?? []) as Dispute[]);
  let found = 0;
  let statusRight = 0;
  const missed: string[] = [];
  for (const e of expected) {
    const d = fieldsOf(storyOfEvent.get(e.event)).find((x) => x.field === e.field);
    if (d) {
      found++;
      if (d.status === e.status) statusRight++;
    } else missed.push(`${e.event} ${e.field} (${e.status})`);
  }
  const falseDisputes: string[] = [];
  for (const story of stories) {
    const events = new Set(labelled.filter((d) => storyOf.get(d.url) === story.id).map((d) => d.event));
    for (const d of fieldsOf(story.id))
      if (!expected.some((e) => events.has(e.event) && e.field === d.field))
        falseDisputes.push(
          `story ${story.id} [${[...events].join(', ')}] ${d.field} ${d.status}: ${d.values.map((v) => String(v.value)).join(' vs ')}`,
        );
  }
  // Incident types, per event (its story) and per article; non-incidents below every incident.
  const typed = events.filter((e) => storyOfEvent.has(e.event));
  const typeWrong: string[] = [];
  for (const e of typed) {
    const story = stories.find((s) => s.id === storyOfEvent.get(e.event));
    if (story && story.incidentType !== e.type)
      typeWrong.push(`${e.event}: ${story.incidentType} (expected ${e.type})`);
  }
  const eventTypeOfStory = new Map<number, string>();
  for (const e of typed) {
    const id = storyOfEvent.get(e.event);
    if (id !== undefined && !eventTypeOfStory.has(id)) eventTypeOfStory.set(id, e.type);
  }
  const ranked = stories.filter((s) => eventTypeOfStory.has(s.id));
  const lowestIncident = Math.min(
    ...ranked.filter((s) => eventTypeOfStory.get(s.id) !== 'not-an-incident').map((s) => s.priority),
  );
  const rankingViolations = ranked
    .filter((s) => eventTypeOfStory.get(s.id) === 'not-an-incident' && s.priority >= lowestIncident)
    .map(
      (s) => `story ${s.id} (${s.incidentType}, priority ${s.priority}) ≥ lowest incident ${lowestIncident}`,
    );
  const articles = scoreArticles(labelled, extractionOf);
  return {
    documents: labelled.length,
    notStored: missing,
    events: eventIds.length,
    stories: new Set(labelled.map((d) => storyOf.get(d.url))).size,
    clustering: {
      precision: pairs.precision,
      recall: pairs.recall,
      f1: pairs.f1,
      truePairs: pairs.truePairs,
      predictedPairs: pairs.predictedPairs,
      confuserMerges: confuserMerges.size,
      wrongMerges: [...wrong].map(([k, n]) => `${k} (${n} pair(s))`),
      splitEvents: [...splits].map(([k, n]) => `${k} (${n} pair(s) apart)`),
      splitDetail: [...splits.keys()].flatMap((event) =>
        labelled
          .filter((d) => d.event === event)
          .map((d) => `${event} ${d.id} → story ${storyOf.get(d.url) ?? '?'}: ${reasonOf.get(d.url) ?? ''}`),
      ),
    },
    disputes: {
      expected: expected.length,
      found,
      recall: ratio(found, expected.length),
      statusRight,
      falseDisputes: falseDisputes.length,
      falsePer10Stories: ratio(falseDisputes.length * 10, stories.length),
      missed,
      unexpected: falseDisputes,
    },
    incidentType: {
      events: typed.length,
      accuracy: ratio(typed.length - typeWrong.length, typed.length),
      wrong: typeWrong,
      perArticle: articles.perArticle,
    },
    ranking: { nonIncidentsAboveAnIncident: rankingViolations.length, violations: rankingViolations },
    figures: articles.figures,
    extraction: articles.extraction,
  };
}

/**
 * The split rule, decided before any result was seen: a group is in `test` when the first byte of
 * the SHA-256 of its name, mod 5, is 0 or 1 (about 40% of groups). `split.json` records the result
 * for every group and is frozen: a group it does not list is an error, never silently assigned.
 */
export function splitOfGroup(group: string): 'dev' | 'test' {
  return (createHash('sha256').update(group).digest()[0] ?? 0) % 5 < 2 ? 'test' : 'dev';
}

/** The frozen split (bench/eval-corpus/split.json): its `test` groups are the test split. */
export function corpusSplits(): { dev: EventFile[]; test: EventFile[]; problems: string[] } {
  const { events, problems } = loadEvents();
  const split = JSON.parse(readFileSync(new URL('./eval-corpus/split.json', import.meta.url), 'utf8')) as {
    test: string[];
    dev: string[];
  };
  const test = new Set(split.test);
  const dev = new Set(split.dev);
  for (const e of events)
    if (!test.has(e.group) && !dev.has(e.group)) problems.push(`${e.event}: group ${e.group} is in no split`);
  return {
    dev: events.filter((e) => dev.has(e.group)),
    test: events.filter((e) => test.has(e.group)),
    problems,
  };
}

/** `npx tsx bench/accuracy-corpus.ts [dev|test] [--full]`: one split (dev by default), summary or everything. */
if (import.meta.url === `file://${process.argv[1]}`) {
  const which = process.argv.includes('test') ? 'test' : 'dev';
  const kbDir = resolve(process.env.NEWSROOM_KB_DIR ?? '../shared/kb');
  const kb = existsSync(kbDir) ? loadKb(kbDir) : undefined;
  const splits = corpusSplits();
  for (const p of splits.problems) console.error(`corpus: ${p}`);
  const result = await evaluateSplit({ name: which, events: splits[which], legacy: which === 'dev' }, kb);
  if (!process.argv.includes('--full')) {
    const figures = result.figures as { errors: string[] };
    figures.errors = figures.errors.slice(0, 40);
  }
  console.log(JSON.stringify(result, null, 2));
}
