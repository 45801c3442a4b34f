-- project_change(before_row, after_row): the one definition of how a project changed between two of its
-- rows, used by the view project_changes (consecutive versions) and the macro project_changes_between
-- (two moments). Each argument is a joined row taken whole (a table alias, which DuckDB passes as a
-- struct) with identity_key, total_investment_wan, annual_plan_wan, stage and category; a side missing
-- from the full outer join is NULL.
--   added     = no row before;
--   removed   = no row after;
--   changed   = the total, the annual amount, the stage or the category differ (NULL = NULL);
--   unchanged = otherwise (the views leave these out).
CREATE OR REPLACE MACRO project_change(before_row, after_row) AS
    CASE
        WHEN struct_extract(before_row, 'identity_key') IS NULL THEN 'added'
        WHEN struct_extract(after_row, 'identity_key') IS NULL THEN 'removed'
        WHEN struct_extract(after_row, 'total_investment_wan') IS DISTINCT FROM struct_extract(before_row, 'total_investment_wan')
          OR struct_extract(after_row, 'annual_plan_wan') IS DISTINCT FROM struct_extract(before_row, 'annual_plan_wan')
          OR struct_extract(after_row, 'stage') IS DISTINCT FROM struct_extract(before_row, 'stage')
          OR struct_extract(after_row, 'category') IS DISTINCT FROM struct_extract(before_row, 'category') THEN 'changed'
        ELSE 'unchanged'
    END;

COMMENT ON MACRO project_change IS 'project_change(before_row, after_row): added | removed | changed (total, annual amount, stage or category differ) | unchanged, for two rows of one project taken whole (table aliases of a full outer join by identity_key); project_changes and project_changes_between both use it.';
