-- announcements_vs_lists: for each announcement in force and each loaded list it announces, the announced
-- figure beside the loaded one, per scope the list carries: the whole batch, its districts, funding
-- sources and sectors. A difference within the announced figure's rounding (or its bound) agrees.
-- title (zh): 公告与清单对照
CREATE OR REPLACE VIEW announcements_vs_lists AS
WITH announced AS (
    SELECT a.source_id AS announcement, l.list_id, f.scope_kind, f.scope_label, f.figure, f.value, f.qualifier
    FROM announcements AS a, unnest(a.announces) AS l(list_id)
    JOIN announced_figures AS f ON f.source_id = a.source_id AND f.version = a.version
    WHERE a.valid_to IS NULL AND f.status = 'ok' AND f.figure IN ('projects', 'total_investment', 'annual_plan')
      AND f.scope_kind IN ('batch', 'district', 'funding', 'sector')
),
rows_by_scope AS (  -- the loaded rows of each list, grouped the ways an announcement breaks a batch down
    SELECT source_id AS list_id, s.scope_kind, s.scope_label, count(*) AS projects,
           sum(total_investment_wan) AS total_investment, sum(annual_plan_wan) AS annual_plan
    FROM projects_as_of(now()),
         unnest([{'scope_kind': 'batch', 'scope_label': NULL},
                 {'scope_kind': 'district', 'scope_label': coalesce(district, place_raw)},
                 {'scope_kind': 'funding', 'scope_label': funding},
                 {'scope_kind': 'sector', 'scope_label': category}]) AS t(s)
    GROUP BY ALL
),
loaded AS (
    SELECT list_id, scope_kind, scope_label, figure, value
    FROM rows_by_scope
    UNPIVOT (value FOR figure IN (projects, total_investment, annual_plan))
),
paired AS (
    SELECT a.*, l.scope_label AS loaded_label, l.value AS loaded
    FROM announced AS a
    JOIN loaded AS l ON l.list_id = a.list_id AND l.scope_kind = a.scope_kind AND l.figure = a.figure
     AND (a.scope_kind = 'batch'
          OR regexp_replace(l.scope_label, '(特别合作区|合作区|新区|区|县|市|项目|类|领域)$', '')
             = regexp_replace(a.scope_label, '(特别合作区|合作区|新区|区|县|市|项目|类|领域)$', ''))
)
SELECT announcement, list_id, scope_kind, scope_label, loaded_label, figure,
    CASE WHEN figure = 'projects' THEN value ELSE yi(value) END AS announced,
    qualifier,
    CASE WHEN figure = 'projects' THEN loaded ELSE yi(loaded) END AS loaded,
    CASE WHEN figure = 'projects' THEN loaded - value ELSE yi(loaded - value) END AS difference,
    CASE WHEN figure = 'projects' THEN 0 ELSE yi(printed_unit_wan(value) / 2) END AS tolerance,
    CASE qualifier
        WHEN 'over' THEN loaded >= value - CASE WHEN figure = 'projects' THEN 0 ELSE printed_unit_wan(value) / 2 END
        WHEN 'nearly' THEN loaded <= value
            AND loaded >= value - CASE WHEN figure = 'projects' THEN 0 ELSE printed_unit_wan(value) / 2 END
        ELSE abs(loaded - value) <= CASE WHEN figure = 'projects' THEN 0 ELSE printed_unit_wan(value) / 2 END
    END AS agrees
FROM paired;

COMMENT ON VIEW announcements_vs_lists IS 'For each announcement in force and each list it announces (catalog announces:), the announced figure beside what the loaded list adds up to, for the whole batch and for each district, funding source and sector the list carries. agrees: within the rounding of the announced figure (half its last printed digit), or within its bound for about/over/nearly.';
COMMENT ON COLUMN announcements_vs_lists.announcement IS 'Catalog id of the announcement';
COMMENT ON COLUMN announcements_vs_lists.list_id IS 'Catalog id of the list it announces (the version in force)';
COMMENT ON COLUMN announcements_vs_lists.scope_kind IS 'batch | district | funding | sector';
COMMENT ON COLUMN announcements_vs_lists.scope_label IS 'The scope as announced (龙岗区, 政府投资, 产业); NULL for the batch';
COMMENT ON COLUMN announcements_vs_lists.loaded_label IS 'The matching value in the list (its district, funding or category column)';
COMMENT ON COLUMN announcements_vs_lists.figure IS 'projects | total_investment | annual_plan';
COMMENT ON COLUMN announcements_vs_lists.announced IS 'The announced figure: a count, or 亿元';
COMMENT ON COLUMN announcements_vs_lists.qualifier IS 'exact | about | over | nearly, as announced';
COMMENT ON COLUMN announcements_vs_lists.loaded IS 'What the loaded rows of the list add up to for that scope: a count, or 亿元';
COMMENT ON COLUMN announcements_vs_lists.difference IS 'loaded − announced (count, or 亿元)';
COMMENT ON COLUMN announcements_vs_lists.tolerance IS 'Half the last digit the figure was printed with, 亿元 (0 for counts)';
COMMENT ON COLUMN announcements_vs_lists.agrees IS 'Does the list agree with the announcement for this scope and figure?';
