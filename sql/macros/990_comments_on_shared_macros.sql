-- Comments on the macros defined elsewhere (sql/ddl/000_macros.sql, sql/macros/010-040), so that
-- duckdb_functions(), DBeaver and docs/data_dictionary.md describe them. Runs after every macro file.
COMMENT ON MACRO yi IS 'yi(amount_wan): an amount in 万元 as 亿元, exact DECIMAL(20,4) (to 0.0001亿 = 1万元).';
COMMENT ON MACRO TABLE publications_as_of IS 'The version of each list that was in force at a timestamp (valid_from <= ts < valid_to): SELECT * FROM publications_as_of(TIMESTAMPTZ ''2023-03-31 23:59:59+08'').';
COMMENT ON MACRO TABLE projects_as_of IS 'Project rows of the list versions in force at a timestamp, with their list''s list_kind, year, title and published date.';
COMMENT ON MACRO TABLE province_totals_as_of IS 'The view province_totals as it stood at a timestamp: per kind of list and year, from the versions in force then.';
COMMENT ON MACRO TABLE province_totals_by_city_as_of IS 'The view province_totals_by_city as it stood at a timestamp: per list version in force then and per place.';
COMMENT ON MACRO printed_unit_wan IS 'printed_unit_wan(v): one unit of the last digit an amount in 万元 was printed with (611.7亿 → 1000), at most 1亿; half of it is an announced figure''s rounding.';
COMMENT ON MACRO TABLE announcements_as_of IS 'The version of each announcement in force at a timestamp.';
COMMENT ON MACRO TABLE announced_totals_as_of IS 'The view announced_totals as it stood at a timestamp.';
