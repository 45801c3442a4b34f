-- Step 4: a project printed more than once (docs/conventions.md, "Duplicates").
-- Rows of one list with the same identity (project_key) that can be read:
--   exact copies (the same after normalization: name, place, amounts, years, stage, owner, content …)
--   are one project: the first row loads, every other copy becomes a non-project row of kind
--   'duplicate' pointing to it (duplicate_of);
--   copies that disagree are all quarantined, each naming the others and what differs: we cannot tell
--   which one is right, and loading all of them would count the project more than once.
-- Position (序号, the heading above, the raw row) is not content: a copy further down is still a copy.
CREATE OR REPLACE TABLE duplicates AS
WITH keyed AS (
    SELECT row_number, project_key, {
        'project_name': project_name, 'place_kind': place_kind, 'city_code': city_code, 'city_name': city_name,
        'district': district, 'category': CASE WHEN category IS DISTINCT FROM section THEN category END,
        'cluster': cluster, 'funding': funding, 'owner': owner, 'content': content, 'remark': remark,
        'stage': stage, 'event_date': event_date, 'total_investment_wan': total_investment_wan,
        'annual_plan_wan': annual_plan_wan, 'start_year': start_year, 'end_year': end_year
    } AS content
    FROM normalized_rows
    -- only names printed more than once can repeat an identity: a cheap filter before the full rows
    SEMI JOIN (SELECT project_name_f FROM cells GROUP BY ALL HAVING count(*) > 1) AS named
        ON named.project_name_f = normalized_rows.project_name
    WHERE len(reasons) = 0
),
repeated AS (
    SELECT project_key, min(row_number) AS first_row, list(row_number ORDER BY row_number) AS copies,
           count(DISTINCT content) = 1 AS exact
    FROM keyed GROUP BY project_key HAVING count(*) > 1
)
SELECT k.row_number, r.first_row, r.exact, list_filter(r.copies, x -> x <> k.row_number) AS others,
    list_filter(json_keys(to_json(k.content)), f -> json_extract(to_json(k.content), '$.' || f)
                IS DISTINCT FROM json_extract(to_json(o.content), '$.' || f)) AS differs
FROM keyed AS k
JOIN repeated AS r USING (project_key)
JOIN keyed AS o ON o.project_key = k.project_key AND o.row_number = CASE WHEN k.row_number = r.first_row
    THEN r.copies[2] ELSE r.first_row END;

INSERT INTO non_projects BY NAME
SELECT d.row_number, 'duplicate' AS kind, 'duplicate of row ' || d.first_row AS label, c.raw,
       n.heading_path, n.heading_path[1] AS context, d.first_row AS duplicate_of
FROM duplicates AS d JOIN cells AS c USING (row_number) JOIN normalized_rows AS n USING (row_number)
WHERE d.exact AND d.row_number <> d.first_row;

-- The project rows the row suite validates, the gates count and the warehouse loads.
CREATE OR REPLACE VIEW candidates AS
SELECT n.* EXCLUDE (reasons),
    CASE WHEN d.exact IS false THEN list_append(n.reasons,
        'conflicting_duplicate: the same project as row ' || array_to_string(d.others, ', row ')
        || ' with different ' || array_to_string(d.differs, ', '))
    ELSE n.reasons END AS reasons
FROM normalized_rows AS n
LEFT JOIN duplicates AS d USING (row_number)
WHERE d.row_number IS NULL OR NOT d.exact OR d.row_number = d.first_row;
