-- current_publications: the version of each published list that is in force now (one row per list).
-- title (zh): 现行清单
CREATE OR REPLACE VIEW current_publications AS
SELECT * FROM publications WHERE valid_to IS NULL;

COMMENT ON VIEW current_publications IS 'The version of each published list in force now: one row per list, with its row accounting (rows_read = projects + quarantined + non_project_rows) and provenance. Every older version stays in the table publications (valid_from/valid_to).';
COMMENT ON COLUMN current_publications.source_id IS 'Catalog id of the list (catalog/sources.yaml)';
COMMENT ON COLUMN current_publications.version IS 'Version number of this list: 1 for the first content loaded, +1 for each new content';
COMMENT ON COLUMN current_publications.list_kind IS 'provincial_plan | city_plan | groundbreaking | signing: never add lists of different kinds';
COMMENT ON COLUMN current_publications.city_code IS 'Publisher: 44 = the province, else the city code (4401 广州 … 4453 云浮)';
COMMENT ON COLUMN current_publications.is_sample IS 'true for the bundled synthetic samples (not real lists)';
COMMENT ON COLUMN current_publications.valid_from IS 'When this version came into force: the publication date for version 1, the fetch time for later versions';
COMMENT ON COLUMN current_publications.valid_to IS 'NULL here (in force now); older versions are in the table publications';
COMMENT ON COLUMN current_publications.title IS 'Title of the list';
COMMENT ON COLUMN current_publications.publisher IS 'Who published the list';
COMMENT ON COLUMN current_publications.year IS 'Year of the list (the plan year; for batches and signings the year published)';
COMMENT ON COLUMN current_publications.published IS 'Publication date of the list';
COMMENT ON COLUMN current_publications.location IS 'URL or repository path of the list';
COMMENT ON COLUMN current_publications.format IS 'csv | json | xlsx | html';
COMMENT ON COLUMN current_publications.sha256 IS 'sha256 of the published bytes (archived under data/raw/)';
COMMENT ON COLUMN current_publications.fetched_at IS 'When those bytes were fetched';
COMMENT ON COLUMN current_publications.loaded_at IS 'When this version was loaded';
COMMENT ON COLUMN current_publications.flow_run_id IS 'Prefect flow run that loaded it';
COMMENT ON COLUMN current_publications.rows_read IS 'Rows read from the file = projects + quarantined + non_project_rows';
COMMENT ON COLUMN current_publications.projects IS 'Project rows loaded';
COMMENT ON COLUMN current_publications.quarantined IS 'Rows held back (table quarantine)';
COMMENT ON COLUMN current_publications.non_project_rows IS 'Totals, headings, notes, blanks (table non_project_rows)';
COMMENT ON COLUMN current_publications.column_map IS 'JSON: header as published → canonical column';
COMMENT ON COLUMN current_publications.unmapped_headers IS 'JSON: headers that map to no column (kept in projects.raw)';
COMMENT ON COLUMN current_publications.build_fingerprint IS 'sha256 of the code, SQL, rules, library versions, settings and catalog entry this version was built with (a backfill skips the version when it and the bytes are unchanged)';
