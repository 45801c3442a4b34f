-- Which run last loaded each source, and when. Every load updates its source's row inside the load's
-- transaction, so two writers loading one source at once conflict and the later one tries again
-- (DuckLake has no primary keys to stop a second version 1; etl/warehouse/commits.py).
CREATE TABLE IF NOT EXISTS load_claims (
    source_id    VARCHAR NOT NULL,
    claimed_at   TIMESTAMPTZ NOT NULL,
    flow_run_id  VARCHAR
);
COMMENT ON TABLE load_claims IS 'Which run last loaded each source, and when: every load updates its source''s row, so two writers loading one source at once conflict and the later one tries again.';
