import type { ColumnType, Generated } from 'kysely';

/** Kysely table types, kept in step with migrations/*.sql. */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T> = ColumnType<T, string, string>;

export interface SourcesTable {
  id: Generated<number>;
  domain: string;
  name: string;
  kind: Generated<string>;
  tier: Generated<string>;
  reliability: Generated<string>;
  created_at: Generated<Date>;
}

export interface FeedsTable {
  id: Generated<number>;
  url: string;
  source_id: number;
  title: string | null;
  etag: string | null;
  last_modified: string | null;
  poll_minutes: number | null;
  next_poll_at: Timestamp;
  last_polled_at: NullableTimestamp;
  last_success_at: NullableTimestamp;
  consecutive_errors: Generated<number>;
  last_error: string | null;
  items_last_poll: Generated<number>;
  created_at: Generated<Date>;
}

export interface IngestLogTable {
  id: Generated<string>;
  at: Generated<Date>;
  location: string;
  feed_id: number | null;
  status: 'ingested' | 'duplicate' | 'not-modified' | 'error';
  message: string;
  documents: number;
}

export interface DocumentsTable {
  id: Generated<number>;
  source_id: number;
  feed_id: number | null;
  url: string;
  title: string;
  author: string | null;
  published_at: NullableTimestamp;
  fetched_at: Generated<Date>;
  language: string | null;
  text: string;
  content_hash: string;
  incident_type: string;
  classification: Json<unknown>;
}

export interface FactsTable {
  id: Generated<string>;
  document_id: number;
  kind: string;
  value: string;
  extractor: string;
  confidence: 'high' | 'medium' | 'low';
  start_offset: number;
  end_offset: number;
  evidence: string;
  data: Json<Record<string, unknown>>;
}

export interface StoriesTable {
  id: Generated<number>;
  title: string;
  incident_type: string;
  severity: Generated<string>;
  priority: Generated<number>;
  first_published: NullableTimestamp;
  last_published: NullableTimestamp;
  version: Generated<number>;
  search_text: Generated<string>;
  search: ColumnType<string, never, never>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
  merged_into: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface StoryDocumentsTable {
  document_id: number;
  story_id: number;
  added_at: Generated<Date>;
  reason: Generated<string>;
  near_duplicate_of: number | null;
  score: Generated<number>;
}

export interface DocumentFeaturesTable {
  document_id: number;
  features: Json<unknown>;
}

export interface DocumentKeysTable {
  key: string;
  document_id: number;
}

export interface StoryVersionsTable {
  story_id: number;
  version: number;
  created_at: Generated<Date>;
  severity: string;
  priority: number;
  changes: Json<unknown>;
}

/** Source profile overrides (0003): set on the database or read from the sources file. */
export interface SourceOverridesTable {
  domain: string;
  origin: 'set' | 'config';
  name: string | null;
  kind: string | null;
  tier: string | null;
  reliability: string | null;
  updated_at: Generated<Date>;
}

/** What one pipeline run brought from one source (0003). */
export interface SourceRunsTable {
  id: Generated<string>;
  domain: string;
  at: Timestamp;
  ingested: number;
  duplicates: number;
}

/** An analyst's correction of story grouping, with who and why (0004). */
export interface StoryCorrectionsTable {
  id: Generated<number>;
  kind: 'move' | 'merge' | 'split';
  story_id: number;
  other_story_id: number;
  document_ids: ColumnType<number[], number[] | undefined, number[]>;
  actor: string;
  reason: string;
  created_at: Generated<Date>;
}

/** Two stories an analyst kept apart; `story_id < other_story_id` (0004). */
export interface StorySeparationsTable {
  story_id: number;
  other_story_id: number;
  correction_id: number;
}

/** A document an analyst placed; correlation never moves it (0004). */
export interface DocumentPinsTable {
  document_id: number;
  correction_id: number;
}

export interface SourceLinesTable {
  domain: string;
  fingerprint: string;
  documents: Generated<number>;
}

export interface StoredJsonTable {
  story_id: number;
  story_version: number;
  data: Json<unknown>;
  computed_at: Generated<Date>;
}

export interface DB {
  sources: SourcesTable;
  feeds: FeedsTable;
  ingest_log: IngestLogTable;
  documents: DocumentsTable;
  facts: FactsTable;
  stories: StoriesTable;
  story_documents: StoryDocumentsTable;
  document_features: DocumentFeaturesTable;
  document_keys: DocumentKeysTable;
  story_versions: StoryVersionsTable;
  assessments: StoredJsonTable;
  briefs: StoredJsonTable;
  source_overrides: SourceOverridesTable;
  source_runs: SourceRunsTable;
  source_lines: SourceLinesTable;
  story_corrections: StoryCorrectionsTable;
  story_separations: StorySeparationsTable;
  document_pins: DocumentPinsTable;
}
