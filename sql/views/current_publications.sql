-- current_publications: the version of each published list that is in force now (one row per list).
CREATE OR REPLACE VIEW current_publications AS
SELECT * FROM publications WHERE valid_to IS NULL;

COMMENT ON VIEW current_publications IS 'The version of each published list in force now: one row per list, with its row accounting (rows_read = projects + quarantined + non_project_rows) and provenance. Every older version stays in the table publications (valid_from/valid_to).';
COMMENT ON COLUMN current_publications.source_id IS 'Catalog id of the list (catalog/sources.yaml)';
COMMENT ON COLUMN current_publications.version IS 'Version number of this list: 1 for the first content loaded, +1 for each new content';
COMMENT ON COLUMN current_publications.list_kind IS 'provincial_plan | city_plan | groundbreaking | signing: never add lists of different kinds';
COMMENT ON COLUMN current_publications.city_code IS 'Publisher: 44 = the province, else the city code (4401 广州 … 4453 云浮)';
COMMENT ON COLUMN current_publications.is_sample IS 'true for the bundled synthetic samples (not real lists)';
