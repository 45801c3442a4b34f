-- announced_totals_as_of(at): what each announcement in force at `at` said, per scope (the whole batch,
-- a funding source, a district, a sector, a size band, the province): its count, total investment and
-- amount for the year (亿元) and a share, each with its qualifier (about/over/nearly make it a bound).
-- printed_unit_wan(v): one unit of the last digit an amount in 万元 was printed with (611.7亿 → 1000万元),
-- at most 1亿; half of it is the rounding an announced figure carries.
CREATE OR REPLACE MACRO printed_unit_wan(v) AS
    CASE WHEN v % 10000 = 0 THEN 10000 WHEN v % 1000 = 0 THEN 1000 WHEN v % 100 = 0 THEN 100
         WHEN v % 10 = 0 THEN 10 WHEN v % 1 = 0 THEN 1 ELSE 0.0001 END;

CREATE OR REPLACE MACRO announcements_as_of(at_ts) AS TABLE
    SELECT * FROM announcements WHERE valid_from <= at_ts AND (valid_to IS NULL OR valid_to > at_ts);

CREATE OR REPLACE MACRO announced_totals_as_of(at_ts) AS TABLE
WITH figures AS (
    SELECT a.source_id, a.title, a.published, a.list_kind, a.city_code, a.is_sample, f.scope_kind, f.scope_label,
           f.figure, f.value, f.qualifier, f.share_of, f.event
    FROM announcements_as_of(at_ts) AS a
    JOIN announced_figures AS f USING (source_id, version)
    WHERE f.status = 'ok'
)
SELECT
    source_id AS announcement, title, published, list_kind, city_code, scope_kind, scope_label,
    CAST(max(value) FILTER (figure = 'projects') AS INTEGER) AS projects,
    any_value(qualifier) FILTER (figure = 'projects') AS projects_qualifier,
    yi(max(value) FILTER (figure = 'total_investment')) AS total_investment_yi,
    any_value(qualifier) FILTER (figure = 'total_investment') AS total_investment_qualifier,
    yi(max(value) FILTER (figure = 'annual_plan')) AS annual_plan_yi,
    any_value(qualifier) FILTER (figure = 'annual_plan') AS annual_plan_qualifier,
    max(value) FILTER (figure = 'share') AS share_pct,
    any_value(share_of) FILTER (figure = 'share') AS share_of,
    any_value(event) AS event,
    is_sample
FROM figures
GROUP BY source_id, title, published, list_kind, city_code, is_sample, scope_kind, scope_label;
