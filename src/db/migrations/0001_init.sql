-- Publishers, keyed by registrable domain. Tier and reliability are refined by the source registry.
CREATE TABLE sources (
  id serial PRIMARY KEY,
  domain text NOT NULL UNIQUE,
  name text NOT NULL,
  kind text NOT NULL DEFAULT 'news'
    CHECK (kind IN ('news', 'vendor', 'government', 'researcher', 'aggregator', 'social', 'leak-site', 'local')),
  tier text NOT NULL DEFAULT 'T3' CHECK (tier IN ('T1', 'T2', 'T3', 'T4')),
  reliability text NOT NULL DEFAULT 'F' CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Feed subscriptions polled by `newsroom run`, with conditional-GET state and health.
CREATE TABLE feeds (
  id serial PRIMARY KEY,
  url text NOT NULL UNIQUE,
  source_id integer NOT NULL REFERENCES sources (id),
  title text,
  etag text,
  last_modified text,
  poll_minutes integer,
  next_poll_at timestamptz NOT NULL DEFAULT now(),
  last_polled_at timestamptz,
  last_success_at timestamptz,
  consecutive_errors integer NOT NULL DEFAULT 0,
  last_error text,
  items_last_poll integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Every ingest attempt of a location (file, feed, page): what came of it, with a clear message.
CREATE TABLE ingest_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  location text NOT NULL,
  feed_id integer REFERENCES feeds (id) ON DELETE SET NULL,
  status text NOT NULL CHECK (status IN ('ingested', 'duplicate', 'not-modified', 'error')),
  message text NOT NULL DEFAULT '',
  documents integer NOT NULL DEFAULT 0
);
CREATE INDEX ingest_log_at ON ingest_log (at DESC);

CREATE TABLE documents (
  id serial PRIMARY KEY,
  source_id integer NOT NULL REFERENCES sources (id),
  feed_id integer REFERENCES feeds (id) ON DELETE SET NULL,
  url text NOT NULL UNIQUE,
  title text NOT NULL,
  author text,
  published_at timestamptz,
  fetched_at timestamptz NOT NULL DEFAULT now(),
  language text,
  text text NOT NULL,
  content_hash text NOT NULL UNIQUE,
  incident_type text NOT NULL,
  classification jsonb NOT NULL
);
CREATE INDEX documents_published ON documents (published_at DESC);

-- One row per fact found in a document, with its evidence.
CREATE TABLE facts (
  id bigserial PRIMARY KEY,
  document_id integer NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  kind text NOT NULL,
  value text NOT NULL,
  extractor text NOT NULL,
  confidence text NOT NULL CHECK (confidence IN ('high', 'medium', 'low')),
  start_offset integer NOT NULL CHECK (start_offset >= 0),
  end_offset integer NOT NULL CHECK (end_offset >= start_offset),
  evidence text NOT NULL,
  data jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX facts_document ON facts (document_id);
CREATE INDEX facts_kind_value ON facts (kind, value);

CREATE TABLE stories (
  id serial PRIMARY KEY,
  title text NOT NULL,
  incident_type text NOT NULL,
  severity text NOT NULL DEFAULT 'INFO' CHECK (severity IN ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFO')),
  priority real NOT NULL DEFAULT 0,
  first_published timestamptz,
  last_published timestamptz,
  version integer NOT NULL DEFAULT 0,
  search_text text NOT NULL DEFAULT '',
  search tsvector GENERATED ALWAYS AS (to_tsvector('english', search_text)) STORED,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX stories_search ON stories USING gin (search);
CREATE INDEX stories_last_published ON stories (last_published DESC NULLS LAST, id DESC);

CREATE TABLE story_documents (
  document_id integer PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  story_id integer NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  added_at timestamptz NOT NULL DEFAULT now(),
  reason text NOT NULL DEFAULT ''
);
CREATE INDEX story_documents_story ON story_documents (story_id);

-- The latest assessment and brief of each story (recomputed when the story changes).
CREATE TABLE assessments (
  story_id integer PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
  story_version integer NOT NULL,
  data jsonb NOT NULL,
  computed_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE briefs (
  story_id integer PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
  story_version integer NOT NULL,
  data jsonb NOT NULL,
  computed_at timestamptz NOT NULL DEFAULT now()
);
