-- Step 1 of normalizing a staged publication: which of its rows hold what, in the canonical columns.
-- Reads the view `mapped` (etl/normalize/mapping.py: the published headers renamed to canonical columns,
-- the raw row as JSON) and keeps it in a table with every text column folded where SQL can fold it exactly
-- as Python's fold_text does (NULL where only Python's NFKC can say; etl/normalize/lookups.py fills those),
-- and a flag on every row that might not be a project (classified in Python: etl/normalize/classify.py).
CREATE OR REPLACE TABLE cells AS
WITH folded AS (
    SELECT * EXCLUDE (other_cells),
        fold_in_sql(seq) AS seq_f,
        fold_in_sql(project_name) AS project_name_f,
        fold_in_sql(district) AS district_f,
        fold_in_sql(category) AS category_f,
        fold_in_sql(cluster) AS cluster_f,
        fold_in_sql(funding) AS funding_f,
        fold_in_sql(owner) AS owner_f,
        fold_in_sql(content) AS content_f,
        fold_in_sql(remark) AS remark_f
    FROM mapped
)
SELECT *,
    maybe_not_project(seq_f, project_name_f, [
        district_f, category_f, cluster_f, funding_f, owner_f, content_f, remark_f,
        CASE WHEN regexp_matches(total_investment, re_plain_number()) THEN total_investment END,
        CASE WHEN regexp_matches(annual_plan, re_plain_number()) THEN annual_plan END
    ]) AS maybe_not_project
FROM folded;
