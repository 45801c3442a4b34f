-- The identity step (etl/identity/): which project each loaded row is, over every loaded version of every
-- list. Rewritten whole by the step after a run that loaded something (or when the vocabulary, the
-- judgements or the thresholds changed); views read it through project_links_as_of(ts).

-- One line per project row of every loaded version: its project and why.
CREATE TABLE IF NOT EXISTS identity_links (
    source_id          VARCHAR NOT NULL,
    version            INTEGER NOT NULL,
    row_number         INTEGER NOT NULL,
    row_key            VARCHAR NOT NULL,   -- source_id:project_key, stable across versions of a list
    project_id         VARCHAR NOT NULL,   -- 'P' + 12 hex digits of sha1 of the project's earliest row_key
    basis              VARCHAR NOT NULL,   -- exact | reviewed | score | alone
    score              DOUBLE,             -- the pair's score when basis = score
    linked_source_id   VARCHAR,            -- the row it was linked to
    linked_version     INTEGER,
    linked_row_number  INTEGER,
    PRIMARY KEY (source_id, version, row_number)
);

-- Pairs of rows scoring between the review floor and the link score, left apart: the review queue.
CREATE TABLE IF NOT EXISTS identity_candidates (
    row_key_a      VARCHAR NOT NULL,
    row_key_b      VARCHAR NOT NULL,
    source_id_a    VARCHAR NOT NULL,
    version_a      INTEGER NOT NULL,
    row_number_a   INTEGER NOT NULL,
    source_id_b    VARCHAR NOT NULL,
    version_b      INTEGER NOT NULL,
    row_number_b   INTEGER NOT NULL,
    score          DOUBLE NOT NULL
);

-- When the identity step last ran, on what (the fingerprint: publications loaded, vocabulary, judgements,
-- thresholds, code), and what it found: a run whose fingerprint is unchanged skips the step.
CREATE TABLE IF NOT EXISTS identity_runs (
    fingerprint  VARCHAR NOT NULL,
    linked_at    TIMESTAMPTZ NOT NULL,
    rows         INTEGER NOT NULL,
    projects     INTEGER NOT NULL,
    auto_links   INTEGER NOT NULL,
    reviewed     INTEGER NOT NULL,
    queued       INTEGER NOT NULL,
    stale        INTEGER NOT NULL,
    seconds      DOUBLE NOT NULL
);

COMMENT ON TABLE identity_links IS 'Identity step: the project of every loaded project row (all versions), with the basis of its link (exact key, reviewed judgement, score, alone). Read through project_links.';
COMMENT ON TABLE identity_candidates IS 'Identity step: pairs of rows scoring between GDMP_IDENTITY_REVIEW_FLOOR and GDMP_IDENTITY_LINK_SCORE and left apart, whose projects one link could join (not a rival a better-scored link beat): the review queue of `gdmp review identity`.';
COMMENT ON TABLE identity_runs IS 'Identity step: one line per time it ran (skipped when nothing it depends on changed).';
COMMENT ON COLUMN identity_links.row_key IS 'source_id:project_key: the row''s key in catalog/reviews/identity.yaml, stable while the list keeps the row''s name and place';
COMMENT ON COLUMN identity_links.project_id IS 'Distinct project: P + sha1 of its earliest row''s row_key (stable while that row is loaded)';
COMMENT ON COLUMN identity_links.basis IS 'exact (same name without spaces/punctuation in the same place) | reviewed (a judgement) | score (automatic, at or above the link score) | alone';
COMMENT ON COLUMN identity_links.score IS 'The score (0–100) of the link when basis = score';
COMMENT ON COLUMN identity_candidates.score IS 'The pair''s score (0–100), between the review floor and the link score';
COMMENT ON COLUMN identity_runs.fingerprint IS 'sha256 of what the links depend on: publications loaded, vocabulary, judgements, thresholds, code';
