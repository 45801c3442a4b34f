-- province_announced_figures: province-wide figures announced in releases, by kind of event and period
-- (e.g. 全省已开工签约的重大项目超千个，投资总额超1.2万亿), with the sentence each comes from.
-- title (zh): 公告中的全省数字
CREATE OR REPLACE VIEW province_announced_figures AS
SELECT coalesce(f.event, a.list_kind) AS kind, a.year, quarter(a.published) AS quarter, a.published,
    a.source_id AS announcement, f.figure,
    CASE WHEN f.figure IN ('total_investment', 'annual_plan') THEN yi(f.value) ELSE f.value END AS value,
    CASE WHEN f.figure IN ('total_investment', 'annual_plan') THEN '亿元' ELSE f.unit END AS unit,
    f.qualifier, f.sentence, a.is_sample
FROM announcements AS a
JOIN announced_figures AS f USING (source_id, version)
WHERE a.valid_to IS NULL AND f.status = 'ok'
  -- a province-wide figure quoted in a city's release, or the batch of a release about the province
  AND (f.scope_kind = 'province' OR (f.scope_kind = 'batch' AND a.city_code = '44'));

COMMENT ON VIEW province_announced_figures IS 'Province-wide figures announced in releases in force, by kind of event and period: what no list carries (全省已开工签约的重大项目超千个，投资总额超1.2万亿 → over 1000 projects started or signed, over 12000亿). Never added to list totals.';
COMMENT ON COLUMN province_announced_figures.kind IS 'groundbreaking | signing | groundbreaking_and_signing (开工签约: started or signed) | production, else the announcement''s list kind';
COMMENT ON COLUMN province_announced_figures.year IS 'Year the release is about (catalog year, default the year published)';
COMMENT ON COLUMN province_announced_figures.quarter IS 'Quarter of the release''s publication date';
COMMENT ON COLUMN province_announced_figures.published IS 'Publication date of the release';
COMMENT ON COLUMN province_announced_figures.announcement IS 'Catalog id of the release';
COMMENT ON COLUMN province_announced_figures.figure IS 'projects | total_investment | annual_plan | share';
COMMENT ON COLUMN province_announced_figures.value IS 'The figure: a count, 亿元 for amounts, % for shares';
COMMENT ON COLUMN province_announced_figures.unit IS '个 | 亿元 | %';
COMMENT ON COLUMN province_announced_figures.qualifier IS 'exact | about | over | nearly: over 1000 means at least 1000, not 1000';
COMMENT ON COLUMN province_announced_figures.sentence IS 'The sentence of the release the figure was read from';
COMMENT ON COLUMN province_announced_figures.is_sample IS 'true for the bundled SAMPLE releases';
