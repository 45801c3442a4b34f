-- project_links_as_of(at): every project row of the lists in force at `at` with its distinct project
-- (identity step, etl/identity/) and the basis of the link.
--
-- list_rank is the amount precedence of docs/analysts.md ("Distinct projects"): 1 provincial plan, 2 city
-- plan, 3 batches and signings; within a rank the latest list (year, then publication date) comes first.
CREATE OR REPLACE MACRO project_links_as_of(at_ts) AS TABLE
    SELECT
        l.project_id,
        p.source_id, p.version, p.row_number, p.list_kind, p.year, p.published,
        p.project_name, p.place_kind, p.city_code, coalesce(p.city_name, '未识别') AS city_name,
        p.category, p.stage, p.total_investment_wan, p.annual_plan_wan,
        l.basis, l.score,
        l.linked_source_id, l.linked_row_number,
        l.row_key,
        CASE p.list_kind WHEN 'provincial_plan' THEN 1 WHEN 'city_plan' THEN 2 ELSE 3 END AS list_rank
    FROM projects_as_of(at_ts) AS p
    JOIN identity_links AS l USING (source_id, version, row_number);

-- project_registry_as_of(at): one line per distinct project among the rows in force at `at`. Its amounts are
-- those of the list with precedence; where that list gives the project in phases (一期 and 二期 in a plan, the
-- whole in a batch: rows of one list version are one project only as its phases, etl/identity/linking.py),
-- its rows there are summed, so no phase's investment is dropped from the distinct totals.
CREATE OR REPLACE MACRO project_registry_as_of(at_ts) AS TABLE
    WITH ranked AS (
        SELECT *,
            row_number() OVER (
                PARTITION BY project_id
                ORDER BY list_rank, year DESC, published DESC, total_investment_wan IS NULL, source_id, row_number
            ) AS precedence,
            -- the project's rows in this list version: one, or its phases there
            sum(total_investment_wan) OVER (PARTITION BY project_id, source_id, version) AS in_list_total_wan,
            sum(annual_plan_wan) OVER (PARTITION BY project_id, source_id, version) AS in_list_annual_wan
        FROM project_links_as_of(at_ts)
    ),
    chosen AS (SELECT * FROM ranked WHERE precedence = 1),
    seen AS (
        SELECT
            project_id,
            min(published) AS first_seen,
            max(published) AS last_seen,
            count(*) AS rows,
            count(DISTINCT source_id) AS list_count,
            -- sorted lists joined, not string_agg(… ORDER BY …): the same text, ~4× faster per project
            array_to_string(list_sort(list_distinct(list(source_id))), ', ') AS lists,
            array_to_string(list_sort(list_distinct(list(list_kind))), ', ') AS list_kinds,
            array_to_string(list_transform(list_sort(list({'s': source_id, 'r': row_number})),
                                           x -> x.s || '#' || x.r), ', ') AS list_rows,
            bool_or(basis = 'reviewed') AS reviewed,
            min(score) AS lowest_score
        FROM ranked
        GROUP BY project_id
    )
    SELECT
        c.project_id,
        c.project_name,
        c.place_kind, c.city_code, c.city_name,
        category_group(c.category) AS category,
        s.first_seen, s.last_seen, s.rows, s.list_count, s.lists, s.list_kinds, s.list_rows,
        yi(c.in_list_total_wan) AS total_investment_yi,
        yi(c.in_list_annual_wan) AS annual_plan_yi,
        c.source_id AS amount_source_id,
        c.list_kind AS amount_list_kind,
        c.year AS amount_year,
        s.reviewed, s.lowest_score
    FROM chosen AS c JOIN seen AS s USING (project_id)
    ORDER BY c.city_code NULLS LAST, c.project_name, c.project_id;

-- province_distinct_totals_as_of(at): distinct projects and their investment by year, city and category.
CREATE OR REPLACE MACRO province_distinct_totals_as_of(at_ts) AS TABLE
    SELECT
        amount_year AS year,
        place_kind, city_code, city_name, category,
        count(*) AS projects,
        count(*) FILTER (WHERE list_count > 1) AS in_several_lists,
        sum(total_investment_yi) AS total_investment_yi,
        sum(annual_plan_yi) AS annual_plan_yi,
        count(*) FILTER (WHERE amount_list_kind = 'provincial_plan') AS amounts_from_provincial_plan,
        count(*) FILTER (WHERE amount_list_kind = 'city_plan') AS amounts_from_city_plan,
        count(*) FILTER (WHERE amount_list_kind NOT IN ('provincial_plan', 'city_plan')) AS amounts_from_batches,
        string_agg(DISTINCT amount_source_id, ', ' ORDER BY amount_source_id) AS amount_sources
    FROM project_registry_as_of(at_ts)
    GROUP BY ALL
    ORDER BY year, city_code NULLS LAST, city_name, category;

-- listed_vs_distinct_as_of(at): what adding the lists would count, against the distinct projects.
CREATE OR REPLACE MACRO listed_vs_distinct_as_of(at_ts) AS TABLE
    WITH links AS (SELECT * FROM project_links_as_of(at_ts)),
    registry AS (  -- one pass over the registry, three figures (its lists of sources are not read)
        SELECT count(*) AS projects, sum(total_investment_yi) AS total_investment_yi,
               count(*) FILTER (WHERE list_count > 1) AS in_several_lists
        FROM project_registry_as_of(at_ts)
    ),
    per_kind AS (
        SELECT
            list_kind,
            count(*) AS listed_rows,
            count(DISTINCT project_id) AS distinct_projects,
            yi(sum(total_investment_wan)) AS listed_total_investment_yi
        FROM links GROUP BY list_kind
    ),
    everything AS (
        SELECT
            'all lists' AS list_kind,
            (SELECT count(*) FROM links) AS listed_rows,
            (SELECT projects FROM registry) AS distinct_projects,
            (SELECT yi(sum(total_investment_wan)) FROM links) AS listed_total_investment_yi
    )
    SELECT
        list_kind, listed_rows, distinct_projects,
        listed_rows - distinct_projects AS counted_twice,
        listed_total_investment_yi,
        CASE WHEN list_kind = 'all lists' THEN (SELECT total_investment_yi FROM registry) END
            AS distinct_total_investment_yi,
        CASE WHEN list_kind = 'all lists' THEN (SELECT in_several_lists FROM registry) END
            AS projects_in_several_lists
    FROM (SELECT * FROM per_kind UNION ALL SELECT * FROM everything)
    ORDER BY list_kind = 'all lists', list_kind;

COMMENT ON MACRO TABLE project_links_as_of IS 'The view project_links as it stood at a timestamp: rows of the lists in force then, with their distinct project.';
COMMENT ON MACRO TABLE project_registry_as_of IS 'The view project_registry as it stood at a timestamp: one line per distinct project among the rows in force then.';
COMMENT ON MACRO TABLE province_distinct_totals_as_of IS 'The view province_distinct_totals as it stood at a timestamp.';
COMMENT ON MACRO TABLE listed_vs_distinct_as_of IS 'The view listed_vs_distinct as it stood at a timestamp.';
