-- Source registry overrides and source health.

-- Profile values that win over the built-in registry: set on the database (`newsroom sources set`,
-- `sources add --tier …`, the demo's sources.json) or read from NEWSROOM_SOURCES_FILE at start-up.
-- Keyed by source domain, so a publisher can be configured before its first document. NULL: not
-- overridden. Precedence: set > config > built-in table > domain rules > default.
CREATE TABLE source_overrides (
  domain text NOT NULL,
  origin text NOT NULL CHECK (origin IN ('set', 'config')),
  name text,
  kind text CHECK (kind IN ('news', 'vendor', 'government', 'researcher', 'aggregator', 'social', 'leak-site', 'local')),
  tier text CHECK (tier IN ('T1', 'T2', 'T3', 'T4')),
  reliability text CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (domain, origin)
);

-- Profiles set before this migration were written straight onto the source row. The old domain
-- rules could only produce these three profiles, so any other one was set by hand: keep it.
INSERT INTO source_overrides (domain, origin, kind, tier, reliability)
SELECT domain, 'set', kind, tier, reliability
FROM sources
WHERE (kind, tier, reliability) NOT IN (('news', 'T3', 'F'), ('government', 'T1', 'B'), ('local', 'T4', 'F'));

-- What each pipeline run brought from each source (by domain): new documents and exact
-- duplicates. A polled feed that brought nothing new still gets a row (a poll with no items).
-- Items per poll and the duplicate ratio are computed from the recent rows; older ones are pruned.
CREATE TABLE source_runs (
  id bigserial PRIMARY KEY,
  domain text NOT NULL,
  at timestamptz NOT NULL,
  ingested integer NOT NULL DEFAULT 0 CHECK (ingested >= 0),
  duplicates integer NOT NULL DEFAULT 0 CHECK (duplicates >= 0)
);
CREATE INDEX source_runs_domain_at ON source_runs (domain, at DESC);
CREATE INDEX documents_source_published ON documents (source_id, published_at DESC);
