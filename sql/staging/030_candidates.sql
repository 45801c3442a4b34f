-- Step 3: the project rows, normalized. A view, so each reader computes only the columns it asks for.
-- Places, periods, stages, dates and the amounts SQL cannot cast exactly come from lookups the Python
-- rules filled once per distinct value (etl/normalize/lookups.py); `reasons` lists why a row cannot be
-- read. Identity within the list (project_key): the folded name, the place it counts for, and its
-- district where the list names one (two schools of one name in two districts are two projects).
CREATE OR REPLACE VIEW normalized_rows AS
SELECT
    CAST(b.row_number AS INTEGER) AS row_number,
    b.raw,
    nullif(b.seq_f, '') AS seq,
    nullif(b.project_name_f, '') AS project_name,
    p.place_kind, p.city_code, p.city_name, p.city_pinyin, p.place_raw,
    nullif(b.district_f, '') AS district,
    coalesce(nullif(b.category_f, ''), b.section) AS category,
    nullif(b.cluster_f, '') AS cluster,
    nullif(b.funding_f, '') AS funding,
    nullif(b.owner_f, '') AS owner,
    nullif(b.content_f, '') AS content,
    nullif(b.remark_f, '') AS remark,
    b.section, b.subsection, b.heading_path, st.stage,
    coalesce(nullif(b.project_name_f, ''), '') || '|' || p.place_label
        || coalesce('|' || nullif(b.district_f, ''), '') AS project_key,
    CAST(d.event_date AS DATE) AS event_date,
    amount_raw(b.total_investment, u.total_investment_unit, ti.raw) AS total_investment_raw,
    amount_wan(b.total_investment, u.total_investment_unit, u.total_investment_factor, ti.wan) AS total_investment_wan,
    amount_unit(b.total_investment, u.total_investment_unit, ti.unit) AS total_investment_unit,
    amount_raw(b.annual_plan, u.annual_plan_unit, ap.raw) AS annual_plan_raw,
    amount_wan(b.annual_plan, u.annual_plan_unit, u.annual_plan_factor, ap.wan) AS annual_plan_wan,
    amount_unit(b.annual_plan, u.annual_plan_unit, ap.unit) AS annual_plan_unit,
    CAST(CASE WHEN pe.reason IS NULL THEN pe.start_year END AS INTEGER) AS start_year,
    CAST(CASE WHEN pe.reason IS NULL THEN pe.end_year END AS INTEGER) AS end_year,
    pe.period_raw,
    list_filter([ti.reason, ap.reason, pe.reason], r -> r IS NOT NULL) AS reasons
FROM project_cells AS b
CROSS JOIN column_units AS u
JOIN place_map AS p ON p.place_t IS NOT DISTINCT FROM b.place AND p.district_t IS NOT DISTINCT FROM b.district
                   AND p.group_t IS NOT DISTINCT FROM b.group_label
JOIN period_map AS pe ON pe.period_t IS NOT DISTINCT FROM b.period AND pe.start_t IS NOT DISTINCT FROM b.start_year
                     AND pe.end_t IS NOT DISTINCT FROM b.end_year
JOIN stage_map AS st ON st.stage_t IS NOT DISTINCT FROM b.stage
JOIN date_map AS d ON d.date_t IS NOT DISTINCT FROM b.event_date
LEFT JOIN total_investment_map AS ti ON ti.t = b.total_investment
LEFT JOIN annual_plan_map AS ap ON ap.t = b.annual_plan;
