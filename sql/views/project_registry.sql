-- project_registry: one line per distinct project in the lists in force, with the name, place, category
-- and amounts of the list that has precedence (latest provincial plan › city plan › batch), and where else
-- it appears. As it stood on another date: SELECT * FROM project_registry_as_of(TIMESTAMPTZ '2023-03-31 23:59:59+08').
-- title (zh): 去重后项目名录
CREATE OR REPLACE VIEW project_registry AS
SELECT * FROM project_registry_as_of(now());

COMMENT ON VIEW project_registry IS 'One line per distinct project in the lists in force now (identity step): the name, place, category and amounts of the row with precedence (latest provincial plan, then city plan, then batch or signing), first and last seen, and every list and row where it appears. As of a date: project_registry_as_of(ts).';
COMMENT ON COLUMN project_registry.project_id IS 'Distinct project: P + sha1 of its earliest row''s key (stable while that row is loaded)';
COMMENT ON COLUMN project_registry.project_name IS 'Name in the list with precedence';
COMMENT ON COLUMN project_registry.place_kind IS 'city | multi_city | unassigned (不分市) | province, in the list with precedence';
COMMENT ON COLUMN project_registry.city_code IS 'City code 4401…4453 (NULL for multi-city and 不分市)';
COMMENT ON COLUMN project_registry.city_name IS 'City in Chinese, the cities of a multi-city project, or 不分市';
COMMENT ON COLUMN project_registry.category IS 'Category family (macro category_group) in the list with precedence';
COMMENT ON COLUMN project_registry.first_seen IS 'Earliest publication date of a list in force naming the project';
COMMENT ON COLUMN project_registry.last_seen IS 'Latest publication date of a list in force naming the project';
COMMENT ON COLUMN project_registry.rows IS 'Rows naming the project in the lists in force';
COMMENT ON COLUMN project_registry.list_count IS 'In how many lists in force the project appears';
COMMENT ON COLUMN project_registry.lists IS 'Those lists, comma-separated';
COMMENT ON COLUMN project_registry.list_kinds IS 'Their kinds, comma-separated';
COMMENT ON COLUMN project_registry.list_rows IS 'Every row naming the project: source_id#row_number, comma-separated';
COMMENT ON COLUMN project_registry.total_investment_yi IS 'Total investment, 亿元, from amount_source_id (its rows summed where that list gives the project in phases)';
COMMENT ON COLUMN project_registry.annual_plan_yi IS 'Annual amount, 亿元, from amount_source_id (its rows summed where that list gives the project in phases)';
COMMENT ON COLUMN project_registry.amount_source_id IS 'The list that gave the amounts: latest provincial plan, else city plan, else batch or signing';
COMMENT ON COLUMN project_registry.amount_list_kind IS 'Kind of that list';
COMMENT ON COLUMN project_registry.amount_year IS 'Year of that list';
COMMENT ON COLUMN project_registry.reviewed IS 'true when a judgement of catalog/reviews/identity.yaml links one of its rows';
COMMENT ON COLUMN project_registry.lowest_score IS 'Lowest score of its automatic links (NULL: none scored)';
