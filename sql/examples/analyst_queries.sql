-- Example questions an analyst asks of the warehouse, each answered by one query.
--
-- Every block starts with `-- name:` and `-- question:`; tests/test_analyst_views.py runs each one against a
-- warehouse built from the bundled SAMPLE publications and checks the answer (samples/README.md lists the
-- figures they reproduce). Open the warehouse read-only (docs/analysts.md) and paste any block.
--
-- The one rule: never add figures of different list_kind — the same project sits in the provincial plan,
-- its city's lists and often a groundbreaking batch (see the query projects_in_several_lists).

-- name: provincial_plan_this_year
-- question: How much does the 2023 provincial key-project plan hold, and how much is planned for 2023 (亿元)?
SELECT year, projects, total_investment_yi, annual_plan_yi
FROM province_totals
WHERE list_kind = 'provincial_plan' AND year = 2023;

-- name: totals_per_list_kind
-- question: What does each kind of list hold per year — one family at a time, never summed across kinds?
SELECT list_kind, year, publications, projects, total_investment_yi, annual_plan_yi
FROM province_totals
ORDER BY year, list_kind;

-- name: leading_cities
-- question: Which five cities lead the 2023 provincial plan by total investment?
SELECT city_name, projects, total_investment_yi, annual_plan_yi
FROM province_totals_by_city
WHERE list_kind = 'provincial_plan' AND year = 2023 AND place_kind = 'city'
ORDER BY total_investment_yi DESC
LIMIT 5;

-- name: not_in_one_city
-- question: How much of the 2023 provincial plan is not in one city (不分市, or spanning several cities)?
SELECT place_kind, count(*) AS lines, sum(projects) AS projects, sum(total_investment_yi) AS total_investment_yi
FROM province_totals_by_city
WHERE list_kind = 'provincial_plan' AND year = 2023 AND place_kind <> 'city'
GROUP BY place_kind
ORDER BY place_kind;

-- name: shenzhen_first_batch
-- question: What did Shenzhen's first groundbreaking batch of 2023 hold, and does it match the announcement?
SELECT projects, total_investment_yi, annual_plan_yi, headline_ok
FROM publication_totals
WHERE source_id = 'shenzhen-2023-batch1';

-- name: projects_of_100yi_or_more
-- question: How many projects of the 2023 provincial plan have a total investment of at least 100亿?
SELECT count(*) AS projects
FROM current_projects
WHERE list_kind = 'provincial_plan' AND year = 2023 AND yi(total_investment_wan) >= 100;

-- name: provincial_plan_by_category
-- question: How does the 2023 provincial plan split between 基础设施, 产业 and 民生?
SELECT category_group, projects, total_investment_yi, annual_plan_yi, share_of_list_total_pct
FROM province_totals_by_category
WHERE list_kind = 'provincial_plan' AND year = 2023
ORDER BY total_investment_yi DESC;

-- name: batches_by_category
-- question: Across all 2023 groundbreaking batches (one kind of list: batches do not overlap each other), how much went to each category family?
SELECT category_group, sum(projects) AS projects, sum(total_investment_yi) AS total_investment_yi
FROM province_totals_by_category
WHERE list_kind = 'groundbreaking' AND year = 2023
GROUP BY category_group
ORDER BY total_investment_yi DESC;

-- name: provincial_plan_by_stage
-- question: How many projects of the 2023 provincial plan are new starts (新开工) and how many continue (续建)?
SELECT stage, projects, total_investment_yi, annual_plan_yi
FROM province_totals_by_stage
WHERE list_kind = 'provincial_plan' AND year = 2023
ORDER BY projects;

-- name: industrial_cluster_coverage
-- question: For how many projects of each list is a strategic industrial cluster stated (cluster column, or a category naming one)?
SELECT
    source_id,
    sum(projects)                                              AS projects,
    coalesce(sum(projects) FILTER (cluster_no IS NOT NULL), 0) AS projects_with_cluster,
    coalesce(sum(total_investment_yi) FILTER (cluster_no IS NOT NULL), 0) AS total_with_cluster_yi
FROM province_totals_by_cluster
GROUP BY source_id
ORDER BY source_id;

-- name: the_twenty_clusters
-- question: Which are the 20 strategic industrial clusters, pillar and emerging?
SELECT cluster_group, count(*) AS clusters, string_agg(cluster_zh, '、' ORDER BY cluster_no) AS names
FROM industrial_clusters
GROUP BY cluster_group
ORDER BY cluster_group DESC;

-- name: projects_in_several_lists
-- question: Which projects appear in more than one list, and in which cities?
SELECT city_name, count(DISTINCT identity_key) AS projects, string_agg(DISTINCT source_id, ', ' ORDER BY source_id) AS lists,
       bool_and(same_total_everywhere) AS same_totals
FROM project_overlaps
GROUP BY city_name
ORDER BY projects DESC;

-- name: city_lists_vs_provincial_plan
-- question: For each city that published its own list in 2023, how does it compare with the city's line in the provincial plan, and how many projects do they share?
SELECT city_name, provincial_projects, provincial_total_yi, city_list_source_id, city_list_projects, city_list_total_yi,
       shared_projects, shared_total_yi
FROM city_lists_vs_provincial_plan
WHERE year = 2023 AND city_list_source_id IS NOT NULL
ORDER BY city_code;

-- name: figures_that_disagree
-- question: Which checked figures of the lists in force do not agree with what was announced?
SELECT source_id, check_kind, figure, declared, actual, difference, verdict, figure_source
FROM headline_reconciliation
WHERE NOT ok
ORDER BY source_id, figure;

-- name: headline_check_per_list
-- question: Does every list in force agree with every figure its publisher announced?
SELECT source_id, count(*) AS headline_figures, bool_and(ok) AS all_agree
FROM headline_reconciliation
WHERE check_kind = 'headline'
GROUP BY source_id
ORDER BY source_id;

-- name: totals_as_of_date
-- question: What were the province totals as they stood on 2023-01-31 (before the 2023 plan was published)?
SELECT list_kind, year, publications, projects, total_investment_yi
FROM province_totals_as_of(TIMESTAMPTZ '2023-01-31 23:59:59+08')
ORDER BY year, list_kind;

-- name: changes_during_march_2023
-- question: What changed between the end of February and the end of March 2023? ("since last month": project_changes_between(now() - INTERVAL 1 MONTH, now()))
SELECT source_id, list_change, change, count(*) AS projects, sum(total_after_yi) AS total_after_yi
FROM project_changes_between(TIMESTAMPTZ '2023-02-28 23:59:59+08', TIMESTAMPTZ '2023-03-31 23:59:59+08')
GROUP BY ALL
ORDER BY source_id;

-- name: batches_over_time
-- question: Which groundbreaking batches and signing events were published, when, and how big were they?
SELECT published, source_id, city_code, projects, total_investment_yi, annual_plan_yi
FROM publication_totals
WHERE list_kind IN ('groundbreaking', 'signing')
ORDER BY published, source_id;

-- name: history_of_one_project
-- question: In which lists and versions does 博迈医疗器械研发及产业化项目 appear, and since when?
SELECT source_id, list_kind, version, valid_from, valid_to, total_investment_yi, change_from_previous_version
FROM project_history
WHERE project_name = '博迈医疗器械研发及产业化项目'
ORDER BY valid_from, source_id;
