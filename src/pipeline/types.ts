import type { Logger } from 'pino';
import type { Kysely } from 'kysely';
import type { Assessment } from '../assess/types.js';
import type { SummaryWriter } from '../brief/llm/client.js';
import type { Brief } from '../brief/types.js';
import type { Config } from '../config/schema.js';
import type { Extraction } from '../core/facts.js';
import type { DB } from '../db/schema.js';
import type { Kb } from '../kb/types.js';
import type { FetchOptions, FetchResult } from '../sources/fetch.js';
import type { InputFormat } from '../sources/detect.js';
import type { ClaimSet, StoryBundle, StoryChange } from '../stories/types.js';

/** What the stages need from outside; tests pass fakes (e.g. a fetcher that serves fixtures). */
export interface PipelineDeps {
  db: Kysely<DB>;
  config: Config;
  kb: Kb;
  log: Logger;
  fetchUrl: (url: string, options: FetchOptions) => Promise<FetchResult>;
  now: () => Date;
  /** Rewrites executive summaries from the fact ledger; present only when `NEWSROOM_LLM_URL` is set. */
  writer?: SummaryWriter;
}

/** A fetched or read input: a feed, a page or a text. */
export interface Resource {
  location: string;
  /** The URL it came from, when fetched. */
  url: string | null;
  body: string;
  format: InputFormat;
  feedId: number | null;
  /** The publisher named by a feed's channel, to name its source. */
  feedTitle?: string | null;
}

/** One article candidate before normalisation. */
export interface Candidate {
  location: string;
  url: string | null;
  title: string | null;
  published: string | null;
  author: string | null;
  /** A full HTML page (run through Readability) … */
  pageHtml?: string;
  /** … or an HTML fragment from a feed item … */
  fragmentHtml?: string;
  /** … or plain text. */
  text?: string;
  feedId: number | null;
  sourceName: string | null;
}

export interface NormalDocument {
  location: string;
  url: string;
  domain: string;
  sourceName: string | null;
  title: string;
  published: string | null;
  author: string | null;
  language: string | null;
  text: string;
  contentHash: string;
  feedId: number | null;
}

export interface AnalysedDocument extends NormalDocument {
  extraction: Extraction;
}

export interface StoryWork {
  bundle: StoryBundle;
  claimSets?: ClaimSet[];
  assessment?: Assessment;
  brief?: Brief;
}

export interface IngestProblem {
  location: string;
  message: string;
}

/** The state one pipeline run accumulates, stage by stage. */
export interface IngestContext {
  locations: string[];
  resources: Resource[];
  candidates: Candidate[];
  documents: NormalDocument[];
  analysed: AnalysedDocument[];
  storyIds: Set<number>;
  /** What happened to each touched story in this run (new reports, copies, merges). */
  changes: Map<number, StoryChange[]>;
  stories: StoryWork[];
  ingested: { url: string; title: string; storyId: number; location: string }[];
  duplicates: IngestProblem[];
  errors: IngestProblem[];
  /** Problems that did not stop the item (a wrong or missing charset), logged with it. */
  warnings: IngestProblem[];
  /** Feeds that answered 304 Not Modified. */
  notModified: string[];
  /** Called after each document is stored (progress bars). */
  onDocument?: (done: number, total: number) => void;
}

export interface Stage {
  name: string;
  run(context: IngestContext, deps: PipelineDeps): Promise<void>;
}

/** A run's context before any stage: nothing fetched, parsed or stored yet. */
export function emptyContext(locations: readonly string[] = []): IngestContext {
  return {
    locations: [...locations],
    resources: [],
    candidates: [],
    documents: [],
    analysed: [],
    storyIds: new Set(),
    changes: new Map(),
    stories: [],
    ingested: [],
    duplicates: [],
    errors: [],
    warnings: [],
    notModified: [],
  };
}
