-- Publisher boilerplate: fingerprints of the lines each source domain has printed (TLP markings,
-- contact lines, "About us"), with the number of its documents that carried them. Correlation reads
-- a new report without the lines its publisher printed before (src/stories/boilerplate.ts).
CREATE TABLE source_lines (
  domain text NOT NULL,
  fingerprint text NOT NULL,
  documents integer NOT NULL DEFAULT 1,
  PRIMARY KEY (domain, fingerprint)
);
