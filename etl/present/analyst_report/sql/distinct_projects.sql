-- How many distinct projects the lists in force name (identity step), their investment with each project
-- counted once, and how many appear in several lists: the figure the report opens with.
SELECT
    (SELECT count(*) FROM identity_links) AS linked_rows,
    (SELECT count(*) FROM current_projects) AS listed_rows,
    count(*) AS projects,
    count(*) FILTER (WHERE list_count > 1) AS in_several_lists,
    sum(total_investment_yi) AS total_investment_yi,
    sum(annual_plan_yi) AS annual_plan_yi
FROM project_registry
