-- Same-event correlation: each document's features, an index of its keys and LSH bands, story
-- merges, near-duplicate marks and a versioned change log per story.
CREATE TABLE document_features (
  document_id integer PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  features jsonb NOT NULL
);

-- One row per event key (`cve:…`, `name:…`) or LSH band of a document: candidate retrieval and
-- document frequencies.
CREATE TABLE document_keys (
  key text NOT NULL,
  document_id integer NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  PRIMARY KEY (key, document_id)
);
CREATE INDEX document_keys_document ON document_keys (document_id);

ALTER TABLE story_documents ADD COLUMN near_duplicate_of integer REFERENCES documents (id) ON DELETE SET NULL;
ALTER TABLE story_documents ADD COLUMN score real NOT NULL DEFAULT 0;

-- A story folded into another by a bridging document keeps its row and points at the survivor.
ALTER TABLE stories ADD COLUMN merged_into integer REFERENCES stories (id) ON DELETE SET NULL;
CREATE INDEX stories_merged_into ON stories (merged_into) WHERE merged_into IS NOT NULL;

-- What changed in each published version of a story.
CREATE TABLE story_versions (
  story_id integer NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  version integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  severity text NOT NULL,
  priority real NOT NULL,
  changes jsonb NOT NULL,
  PRIMARY KEY (story_id, version)
);
