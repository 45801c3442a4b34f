-- listed_vs_distinct: per kind of list, and over all lists, the rows listed against the distinct projects
-- among them: what adding the lists would have counted twice.
-- As it stood on another date: SELECT * FROM listed_vs_distinct_as_of(TIMESTAMPTZ '2023-03-31 23:59:59+08').
-- title (zh): 清单相加与去重后对照
CREATE OR REPLACE VIEW listed_vs_distinct AS
SELECT * FROM listed_vs_distinct_as_of(now());

COMMENT ON VIEW listed_vs_distinct IS 'What adding the lists in force now would count twice: per kind of list and over all lists (''all lists''), rows listed against distinct projects (identity step), and the investment listed against the distinct total. As of a date: listed_vs_distinct_as_of(ts).';
COMMENT ON COLUMN listed_vs_distinct.list_kind IS 'provincial_plan | city_plan | groundbreaking | signing, or ''all lists''';
COMMENT ON COLUMN listed_vs_distinct.listed_rows IS 'Project rows of the lists of this kind in force';
COMMENT ON COLUMN listed_vs_distinct.distinct_projects IS 'Distinct projects among those rows';
COMMENT ON COLUMN listed_vs_distinct.counted_twice IS 'listed_rows − distinct_projects: rows a sum of the lists would count again';
COMMENT ON COLUMN listed_vs_distinct.listed_total_investment_yi IS 'Sum of the rows'' total investment, 亿元 (counts a project once per row)';
COMMENT ON COLUMN listed_vs_distinct.distinct_total_investment_yi IS 'All lists: sum of the distinct projects'' total investment, 亿元 (project_registry''s precedence)';
COMMENT ON COLUMN listed_vs_distinct.projects_in_several_lists IS 'All lists: distinct projects named by more than one list in force';
