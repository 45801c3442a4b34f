-- announced_totals: what each announcement in force says, per scope, figures side by side.
-- As it stood on another date: SELECT * FROM announced_totals_as_of(TIMESTAMPTZ '2023-03-31 23:59:59+08').
-- title (zh): 公告发布的数字（按口径）
CREATE OR REPLACE VIEW announced_totals AS
SELECT * FROM announced_totals_as_of(now());

COMMENT ON VIEW announced_totals IS 'What each announcement (news release) in force says, per scope: the whole batch, funding sources, districts, sectors, size bands, the province. Figures read from its prose by rules; each keeps its sentence in announced_figures. Qualified figures (about/over/nearly) are bounds, not values.';
COMMENT ON COLUMN announced_totals.announcement IS 'Catalog id of the announcement';
COMMENT ON COLUMN announced_totals.title IS 'Title of the release (catalog)';
COMMENT ON COLUMN announced_totals.published IS 'Date the release was published';
COMMENT ON COLUMN announced_totals.list_kind IS 'The kind of list it announces: groundbreaking | signing | city_plan | provincial_plan';
COMMENT ON COLUMN announced_totals.city_code IS 'Publisher''s city code (4401…4453), 44 for a province-wide release';
COMMENT ON COLUMN announced_totals.scope_kind IS 'batch (the whole announced batch) | funding | district | sector | size_band | province';
COMMENT ON COLUMN announced_totals.scope_label IS '政府投资 / 龙岗区 / 产业 / ≥50亿元; NULL for batch and province';
COMMENT ON COLUMN announced_totals.projects IS 'Number of projects announced for the scope';
COMMENT ON COLUMN announced_totals.projects_qualifier IS 'exact | about | over | nearly (超千个 → over 1000)';
COMMENT ON COLUMN announced_totals.total_investment_yi IS 'Total investment announced, 亿元';
COMMENT ON COLUMN announced_totals.total_investment_qualifier IS 'exact | about | over | nearly';
COMMENT ON COLUMN announced_totals.annual_plan_yi IS 'Investment planned for the year, 亿元';
COMMENT ON COLUMN announced_totals.annual_plan_qualifier IS 'exact | about | over | nearly';
COMMENT ON COLUMN announced_totals.share_pct IS 'A share the release gives for the scope, in % (more than half → 50, over)';
COMMENT ON COLUMN announced_totals.share_of IS 'What the share is of: total_investment | annual_plan | projects';
COMMENT ON COLUMN announced_totals.event IS 'groundbreaking | signing | groundbreaking_and_signing | production, where the sentence says';
COMMENT ON COLUMN announced_totals.is_sample IS 'true for the bundled SAMPLE releases (written by this project, not official)';
