/**
 * A deterministic corpus for the same-event correlator: `n` EventDocs with ground-truth event labels.
 *
 * About n/6 distinct events over three years, each reported 1–20 times by different fictional
 * outlets over days to months. Reports of one event share facts, not sentences: each picks a
 * subset of the event's facts, a wording per fact, synonyms, an order and a length of 80–400
 * words. About 10% of documents are syndicated copies (new headline or intro, a few words changed).
 * Events share generic vocabulary on purpose: the same sectors ("hospital"), vendors with many
 * CVEs, actors running campaigns months apart, takedowns of one botnet beside campaigns of another,
 * ransomware entering through another event's CVE, and sentences that mention an earlier event.
 * `extraction` holds what the templates inserted (what a perfect extractor would find).
 */
import type { EventDoc } from '../src/stories/cluster-types.js';
import { emptyExtraction, type Organisation } from '../src/core/facts.js';
import { day, makeEvent, makePools, type EventTruth } from './cluster-events.js';
import { createRng, type Rng, type Outlet } from './cluster-names.js';
import * as names from './cluster-names.js';
import { renderReport, type Rendered } from './cluster-render.js';

export type { EventTruth, EventType } from './cluster-events.js';

export interface ClusterCorpus {
  /** Ids 1..n in publication order (the order the correlator sees them). */
  docs: EventDoc[];
  /** Event label per document (index = id − 1). */
  labels: Int32Array;
  /** For a syndicated copy, the id of the document it copies; else 0. */
  copyOf: Int32Array;
  events: EventTruth[];
}

/** An event other than the last one that happened before `time`, for a mention in passing. */
function earlierEvent(rng: Rng, events: readonly EventTruth[], time: number): EventTruth | undefined {
  for (let attempt = 0; attempt < 8 && events.length > 1; attempt++) {
    const other = events[rng.int(0, events.length - 2)];
    if (other && other.start < time - day) return other;
  }
  return undefined;
}

/** Days after the event a report appears: most within days, some weeks or months later. */
function reportOffset(rng: Rng): number {
  const r = rng.next();
  if (r < 0.7) return -Math.log(1 - rng.next()) * 3 * day;
  if (r < 0.9) return (5 + rng.next() * 25) * day;
  return (30 + rng.next() * 150) * day;
}

const agencies: [string, Organisation['role']][] = [
  ['Cybersecurity and Infrastructure Security Agency', 'agency'],
  ['CISA', 'agency'],
  ['FBI', 'agency'],
  ['Europol', 'agency'],
];

/** The extraction a perfect extractor would return: every inserted name found in the text. */
function extractionOf(r: Rendered, events: readonly EventTruth[]): EventDoc['extraction'] {
  const x = emptyExtraction({ type: r.type, evidence: [], rationale: '' });
  const evidence = { start: 0, end: 0, text: '' };
  const entity = (name: string) => ({ name, confidence: 'high' as const, evidence });
  const seen = new Set<string>();
  const text = `${r.title}\n${r.text}`;
  const has = (value: string | null): value is string => {
    if (value === null || seen.has(value) || !text.includes(value)) return false;
    seen.add(value);
    return true;
  };
  for (const e of events) {
    for (const cve of e.cves) if (has(cve)) x.vulnerabilities.push({ id: cve, evidence });
    if (has(e.actor)) x.actors.push(entity(e.actor));
    for (const m of [...e.malware, e.botnet]) if (has(m)) x.malware.push(entity(m));
    if (has(e.victim)) x.organisations.push({ ...entity(e.victim), role: 'victim' });
    if (has(e.vendor)) x.organisations.push({ ...entity(e.vendor), role: 'vendor' });
    for (const value of e.iocs) {
      if (!text.includes(names.defang(value)) || seen.has(value)) continue;
      seen.add(value);
      x.indicators.push({
        type: /^\d/.test(value) ? 'ipv4' : 'domain',
        value,
        raw: names.defang(value),
        confidence: 'high',
        reasons: ['defanged by the author'],
        role: 'malicious',
        evidence,
      });
    }
  }
  for (const [name, role] of agencies) if (has(name)) x.organisations.push({ ...entity(name), role });
  return x;
}

interface Draft {
  published: number;
  seq: number;
  label: number;
  copyOf: number;
  outlet: Outlet;
  rendered: Rendered;
  events: EventTruth[];
}

/**
 * Generates the corpus. Deterministic: the same `n` and `seed` give the same documents.
 * @example generateClusterCorpus(1000).docs[0]?.id // 1
 */
export function generateClusterCorpus(n: number, seed = 20240521): ClusterCorpus {
  const rng = createRng(seed);
  const expectedEvents = Math.ceil(n / 6);
  const pools = makePools(rng, expectedEvents);
  const outlets = Array.from({ length: Math.max(60, Math.round(expectedEvents / 20)) }, () =>
    names.outlet(rng),
  );
  const events: EventTruth[] = [];
  const drafts: Draft[] = [];
  while (drafts.length < n) {
    const event = makeEvent(rng, events.length, pools, events);
    events.push(event);
    // 1–20 reports of the event, syndicated copies included.
    const reports = 1 + Math.floor(19 * rng.next() ** 2.8);
    const used = new Set<Outlet>();
    for (let i = 0; used.size < reports && drafts.length < n; i++) {
      let outlet = rng.pick(outlets);
      while (used.has(outlet)) outlet = rng.pick(outlets);
      used.add(outlet);
      const offset = i === 0 ? rng.next() * day : reportOffset(rng);
      const other = rng.chance(0.12) ? earlierEvent(rng, events, event.start + offset) : undefined;
      const rendered = renderReport(rng, event, offset, other ?? null);
      const original: Draft = {
        published: event.start + offset,
        seq: drafts.length,
        label: event.label,
        copyOf: -1,
        outlet,
        rendered,
        events: other ? [event, other] : [event],
      };
      drafts.push(original);
      if (drafts.length < n && used.size < reports && rng.chance(0.13)) {
        let copier = rng.pick(outlets);
        while (used.has(copier)) copier = rng.pick(outlets);
        used.add(copier);
        drafts.push({
          ...original,
          published: original.published + rng.int(1, 48) * 3_600_000,
          seq: drafts.length,
          copyOf: original.seq,
          outlet: copier,
          rendered: renderReport(rng, event, offset, other ?? null, rendered),
        });
      }
    }
  }
  drafts.sort((a, b) => a.published - b.published || a.seq - b.seq);
  const idOfSeq = new Map<number, number>(drafts.map((d, i) => [d.seq, i + 1]));
  const labels = new Int32Array(drafts.length);
  const copyOf = new Int32Array(drafts.length);
  const docs = drafts.map((d, i): EventDoc => {
    labels[i] = d.label;
    copyOf[i] = d.copyOf < 0 ? 0 : (idOfSeq.get(d.copyOf) ?? 0);
    return {
      id: i + 1,
      title: d.rendered.title,
      text: d.rendered.text,
      published: new Date(d.published).toISOString(),
      sourceDomain: d.outlet.domain,
      extraction: extractionOf(d.rendered, d.events),
    };
  });
  return { docs, labels, copyOf, events };
}

/** How many distinct names the corpus holds. */
export function corpusStats(corpus: ClusterCorpus) {
  const distinct = (pick: (e: EventTruth) => (string | null)[]): number =>
    new Set(corpus.events.flatMap(pick).filter((v) => v !== null)).size;
  return {
    events: corpus.events.length,
    victims: distinct((e) => [e.victim]),
    actors: distinct((e) => [e.actor]),
    cves: distinct((e) => e.cves),
    malwareAndBotnets: distinct((e) => [...e.malware, e.botnet]),
    vendors: distinct((e) => [e.vendor]),
    syndicatedCopies: corpus.copyOf.filter((id) => id > 0).length,
  };
}
