-- province_totals_by_stage: how much each list in force holds per stage — 新开工 / 续建 / 预备 / 签约 / 竣工,
-- as the list states it (未标明 where it does not).
-- As it stood on another date: SELECT * FROM province_totals_by_stage_as_of(TIMESTAMPTZ '2023-03-31 23:59:59+08').
-- title (zh): 按建设性质合计
CREATE OR REPLACE VIEW province_totals_by_stage AS
SELECT * FROM province_totals_by_stage_as_of(now());

COMMENT ON VIEW province_totals_by_stage IS 'Per list in force now and per stage (新开工 | 续建 | 预备 | 签约 | 竣工 | 未标明): projects, total and annual investment (亿元), share of the list''s total. Never add across list_kind. As of a date: province_totals_by_stage_as_of(ts).';
COMMENT ON COLUMN province_totals_by_stage.list_kind IS 'provincial_plan | city_plan | groundbreaking | signing: never add across kinds';
COMMENT ON COLUMN province_totals_by_stage.year IS 'Year of the list';
COMMENT ON COLUMN province_totals_by_stage.source_id IS 'Catalog id of the list';
COMMENT ON COLUMN province_totals_by_stage.title IS 'Title of the list';
COMMENT ON COLUMN province_totals_by_stage.stage IS '新开工 (new start) | 续建 (continuing) | 预备 (preparatory, incl. 前期) | 签约 (signed) | 竣工 (completed) | other text as published | 未标明 (not stated)';
COMMENT ON COLUMN province_totals_by_stage.projects IS 'Project rows of the list at this stage';
COMMENT ON COLUMN province_totals_by_stage.total_investment_yi IS 'Sum of total investment, 亿元';
COMMENT ON COLUMN province_totals_by_stage.annual_plan_yi IS 'Sum of the amounts planned for the year, 亿元';
COMMENT ON COLUMN province_totals_by_stage.share_of_list_total_pct IS 'This stage''s share of the list''s total investment, percent';
