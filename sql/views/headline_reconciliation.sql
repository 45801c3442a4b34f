-- headline_reconciliation: do the loaded lists agree with what their publishers announced? One line per
-- checked figure of each list version in force (latest run), next to the totals of publication_totals.
-- As it stood on another date: SELECT * FROM headline_reconciliation_as_of(TIMESTAMPTZ '2023-03-31 23:59:59+08').
-- title (zh): 与公布数逐项核对
CREATE OR REPLACE VIEW headline_reconciliation AS
SELECT * FROM headline_reconciliation_as_of(now());

COMMENT ON VIEW headline_reconciliation IS 'Latest checks of each list version in force now against the figures announced for it: headline (catalog: announced count / total / annual), conflict (another source''s figure, recorded not gated), in_file (the list''s own 合计 rows and headings). verdict says at once which figures agree. As of a date: headline_reconciliation_as_of(ts).';
COMMENT ON COLUMN headline_reconciliation.check_kind IS 'headline (typed or reviewed figure; gates loading) | announced (read from a release by rules; reported, never gates) | conflict (another source''s figure; never gates) | in_file (the list''s own 合计 / heading counts; never gates)';
COMMENT ON COLUMN headline_reconciliation.figure IS 'projects | total_yi | annual_yi; in_file:<scope>:<figure> for in-file checks';
COMMENT ON COLUMN headline_reconciliation.qualifier IS 'exact | about (约) | over (超/多) | nearly (近): how the announced figure was worded';
COMMENT ON COLUMN headline_reconciliation.declared IS 'The announced figure (projects, or 亿元)';
COMMENT ON COLUMN headline_reconciliation.actual IS 'The same figure computed from the loaded rows';
COMMENT ON COLUMN headline_reconciliation.difference IS 'actual - declared';
COMMENT ON COLUMN headline_reconciliation.tolerance IS 'Allowed difference (declared rounding of the announcement), same unit';
COMMENT ON COLUMN headline_reconciliation.ok IS 'true when actual agrees with declared within tolerance and qualifier';
COMMENT ON COLUMN headline_reconciliation.verdict IS 'agrees | disagrees | sources agree | sources differ (conflict lines)';
COMMENT ON COLUMN headline_reconciliation.figure_source IS 'Where the announced figure comes from';
COMMENT ON COLUMN headline_reconciliation.checked_at IS 'When the check ran (the latest run that checked these bytes)';
COMMENT ON COLUMN headline_reconciliation.source_id IS 'Catalog id of the list (catalog/sources.yaml)';
COMMENT ON COLUMN headline_reconciliation.version IS 'Version of the list in force';
COMMENT ON COLUMN headline_reconciliation.title IS 'Title of the list';
COMMENT ON COLUMN headline_reconciliation.list_kind IS 'provincial_plan | city_plan | groundbreaking | signing: never add across kinds';
COMMENT ON COLUMN headline_reconciliation.year IS 'Year of the list (the plan year; for batches and signings the year published)';
COMMENT ON COLUMN headline_reconciliation.city_code IS 'Publisher: 44 = the province, else the city code';
COMMENT ON COLUMN headline_reconciliation.published IS 'Publication date of the list';
COMMENT ON COLUMN headline_reconciliation.message IS 'The check in words';
