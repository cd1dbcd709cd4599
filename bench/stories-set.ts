/**
 * The labelled story set: the 26 demo documents (parsed as the pipeline parses them: feeds with
 * `parseFeedText` + `fragmentText`, pages with `decodeText` + Readability, text files as text) and
 * the articles of `stories-set/articles.json`, each run through the real `extract` and labelled
 * with its event (`stories-set/demo-labels.json` for the demo, the article's own `event` field).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { demoDir } from '../src/cli/demo.js';
import type { Extraction } from '../src/core/facts.js';
import { extract, type ExtractResult } from '../src/pipeline/analyse.js';
import { decodeText } from '../src/sources/decode.js';
import { parseFeedText } from '../src/sources/feed.js';
import { fragmentText } from '../src/sources/html.js';
import { profileForDomain } from '../src/sources/registry.js';
import { canonicalUrl, sourceDomain } from '../src/sources/url.js';
import type { StorySource } from '../src/stories/types.js';

export interface ExpectedDispute {
  field: string;
  status: 'disputed' | 'revised';
  note?: string;
}

export interface LabelledDoc {
  /** Article id or demo README id ('sw-01'). */
  key: string;
  title: string;
  /** Canonical URL; a `file:` URL for the plain-text note. */
  url: string;
  published: string | null;
  text: string;
  source: StorySource;
  extraction: Extraction;
  event: string;
  /** Key of the document this one is a syndicated copy of. */
  copyOf: string | null;
  expectedDisputes: ExpectedDispute[];
}

/** One article of `stories-set/articles.json`. */
export interface Article {
  id: string;
  event: string;
  title: string;
  url: string;
  published: string;
  source: { domain: string; name: string; kind: string; tier: string; reliability?: string };
  text: string;
  copyOf?: string;
  expectedDisputes?: ExpectedDispute[];
}

interface DemoLabels {
  documents: Record<string, { id: string; event: string; title: string }>;
  expectedDisputes: Record<string, ExpectedDispute[]>;
}

const setDir = new URL('./stories-set/', import.meta.url);
const readJson = (name: string): unknown => JSON.parse(readFileSync(new URL(name, setDir), 'utf8'));

function extraction(r: ExtractResult): Extraction {
  const { indicators, vulnerabilities, weaknesses, techniques, actors, malware, organisations } = r;
  const { sectors, countries, claims, classification } = r;
  return {
    indicators,
    vulnerabilities,
    weaknesses,
    techniques,
    actors,
    malware,
    organisations,
    sectors,
    countries,
    claims,
    classification,
  };
}

/** Reads one demo file into extract results (a feed gives one per item). */
function readDemoFile(path: string): ExtractResult[] {
  const body = decodeText(readFileSync(path)).text;
  if (/\.(?:xml|rdf|json)$/.test(path)) {
    return parseFeedText(body).items.map((item) =>
      extract(fragmentText(item.contentHtml ?? item.summaryHtml ?? ''), {
        title: item.title,
        ...(item.url ? { url: item.url } : {}),
        ...(item.published ? { published: item.published } : {}),
      }),
    );
  }
  const fileUrl = `file://${path}`;
  const result = extract(body, path.endsWith('.txt') ? { url: fileUrl } : {});
  return [result];
}

function demoSources(): Map<string, StorySource> {
  const list = JSON.parse(readFileSync(join(demoDir, 'sources.json'), 'utf8')) as StorySource[];
  return new Map(list.map((s) => [s.domain, s]));
}

function sourceOf(url: string, known: Map<string, StorySource>): StorySource {
  const domain = sourceDomain(url);
  const profile = profileForDomain(domain);
  return known.get(domain) ?? { domain, name: profile.name ?? domain, ...profile };
}

/** The demo corpus, labelled. Documents without a label get their own event (and are listed). */
export function loadDemo(): { docs: LabelledDoc[]; unlabelled: string[] } {
  const labels = readJson('demo-labels.json') as DemoLabels;
  const known = demoSources();
  const files = ['feeds', 'pages'].flatMap((dir) =>
    readdirSync(join(demoDir, dir))
      .sort()
      .map((file) => join(demoDir, dir, file)),
  );
  const unlabelled: string[] = [];
  const docs = files.flatMap(readDemoFile).map((r): LabelledDoc => {
    const url = r.url ?? canonicalUrl(`file:///${r.title}`) ?? r.title;
    const label = labels.documents[url] ?? labels.documents[`title:${r.title}`];
    if (!label) unlabelled.push(`${r.title} <${url}>`);
    const event = label?.event ?? `unlabelled:${url}`;
    return {
      key: label?.id ?? url,
      title: r.title,
      url,
      published: r.published,
      text: r.text,
      source: sourceOf(url, known),
      extraction: extraction(r),
      event,
      copyOf: null,
      expectedDisputes: labels.expectedDisputes[event] ?? [],
    };
  });
  return { docs, unlabelled };
}

/** The articles written for this set, run through the same extraction. */
export function loadArticles(): LabelledDoc[] {
  return (readJson('articles.json') as Article[]).map((a) => {
    const r = extract(a.text, { title: a.title, url: a.url, published: a.published });
    return {
      key: a.id,
      title: a.title,
      url: r.url ?? a.url,
      published: a.published,
      text: r.text,
      source: { reliability: 'C', ...a.source },
      extraction: extraction(r),
      event: a.event,
      copyOf: a.copyOf ?? null,
      expectedDisputes: a.expectedDisputes ?? [],
    };
  });
}
