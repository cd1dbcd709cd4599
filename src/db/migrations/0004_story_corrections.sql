-- Analyst corrections of story grouping (`newsroom story move|merge|split`, the write API). A
-- correction is a decision: later correlation never undoes it.

-- Every correction with who made it and why. `story_id` is the story acted on (a move's source, a
-- merge's survivor, a split's original); `other_story_id` the other one (a move's target, the story
-- folded by a merge, the story a split opened); `document_ids` the documents moved.
CREATE TABLE story_corrections (
  id serial PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('move', 'merge', 'split')),
  story_id integer NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  other_story_id integer NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  document_ids integer[] NOT NULL DEFAULT '{}',
  actor text NOT NULL CHECK (actor <> ''),
  reason text NOT NULL CHECK (reason <> ''),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX story_corrections_story ON story_corrections (story_id);
CREATE INDEX story_corrections_other_story ON story_corrections (other_story_id);

-- Two stories an analyst kept apart (a split, or a document moved out of one into the other): a
-- later bridging report never merges them, whatever they were merged into since (checked through
-- `stories.merged_into`). One row per pair, the smaller id first.
CREATE TABLE story_separations (
  story_id integer NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  other_story_id integer NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  correction_id integer NOT NULL REFERENCES story_corrections (id) ON DELETE CASCADE,
  PRIMARY KEY (story_id, other_story_id),
  CHECK (story_id < other_story_id)
);
CREATE INDEX story_separations_other_story ON story_separations (other_story_id);

-- Documents an analyst placed (moved or split off): no bridging report folds their story into
-- another, so they never move again unless an analyst moves them.
CREATE TABLE document_pins (
  document_id integer PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  correction_id integer NOT NULL REFERENCES story_corrections (id) ON DELETE CASCADE
);
