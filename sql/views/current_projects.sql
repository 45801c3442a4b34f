-- current_projects: every project row of the lists in force now, with its list's kind, year and title.
-- title (zh): 现行清单项目
CREATE OR REPLACE VIEW current_projects AS
SELECT * FROM projects_as_of(now());

COMMENT ON VIEW current_projects IS 'Project rows of every list version in force now. Amounts are exact DECIMAL in 万元 (use yi() for 亿元) with the published text (*_raw) and unit (*_unit) beside them. The same project appears in several lists: never sum across list_kind.';
COMMENT ON COLUMN current_projects.project_name IS 'Name as published, NFKC-folded (traditional characters kept)';
COMMENT ON COLUMN current_projects.place_kind IS 'city | multi_city (e.g. 广州、佛山, never split) | unassigned (不分市) | province';
COMMENT ON COLUMN current_projects.city_code IS 'City code 4401…4453 for place_kind = city (districts and zones count for the city that administers them: 深汕 → 深圳)';
COMMENT ON COLUMN current_projects.total_investment_wan IS 'Total investment, exact, in 万元 (10^4 yuan); NULL where the list printed a placeholder';
COMMENT ON COLUMN current_projects.annual_plan_wan IS 'Amount planned for the list''s year, exact, in 万元';
COMMENT ON COLUMN current_projects.section IS 'The top heading the row sits under in the list (e.g. 基础设施工程), if any: the category family';
COMMENT ON COLUMN current_projects.heading_path IS 'Every heading above the row, top first, without numbering or counts (基础设施工程 > 交通工程 > 国铁干线项目); empty when none';
COMMENT ON COLUMN current_projects.event_date IS 'A date the list gives per project (签约时间, signedOn), NULL where none or unreadable';
COMMENT ON COLUMN current_projects.stage IS '新开工 | 续建 | 预备 | 签约 | 竣工, or the text as published';
COMMENT ON COLUMN current_projects.source_id IS 'Catalog id of the list (catalog/sources.yaml)';
COMMENT ON COLUMN current_projects.version IS 'Version of the list (1, 2, … per source_id)';
COMMENT ON COLUMN current_projects.row_number IS 'Row in the source file (line, sheet row, record index)';
COMMENT ON COLUMN current_projects.seq IS '序号 as published';
COMMENT ON COLUMN current_projects.project_key IS 'name|place[|district]: identity within one list (unique per list version); across lists use project_identity()';
COMMENT ON COLUMN current_projects.city_name IS 'City in Chinese; the cities of a multi-city project (广州、佛山); 不分市';
COMMENT ON COLUMN current_projects.city_pinyin IS 'City in pinyin';
COMMENT ON COLUMN current_projects.place_raw IS 'Place cell as published';
COMMENT ON COLUMN current_projects.district IS 'District, zone or town as published';
COMMENT ON COLUMN current_projects.subsection IS 'The deepest heading below the top one ((一)交通工程 / -1 国铁干线项目), if any';
COMMENT ON COLUMN current_projects.category IS 'Category column as published, else the section';
COMMENT ON COLUMN current_projects.cluster IS 'Industrial cluster column as published, if the list has one (see project_clusters)';
COMMENT ON COLUMN current_projects.funding IS 'Funding as published (政府投资 / 社会投资 …)';
COMMENT ON COLUMN current_projects.owner IS 'Owner / builder (建设单位) as published';
COMMENT ON COLUMN current_projects.content IS 'Main construction content (主要建设内容) as published';
COMMENT ON COLUMN current_projects.remark IS 'Remark (备注) as published';
COMMENT ON COLUMN current_projects.start_year IS 'First year of construction';
COMMENT ON COLUMN current_projects.end_year IS 'Last year of construction';
COMMENT ON COLUMN current_projects.period_raw IS 'Construction period (建设起止年限) as published';
COMMENT ON COLUMN current_projects.total_investment_raw IS 'Total investment as published';
COMMENT ON COLUMN current_projects.total_investment_unit IS 'Unit the total was read in (cell › header › note row › catalog)';
COMMENT ON COLUMN current_projects.annual_plan_raw IS 'Annual amount as published';
COMMENT ON COLUMN current_projects.annual_plan_unit IS 'Unit the annual amount was read in';
COMMENT ON COLUMN current_projects.raw IS 'JSON: the whole row as published, header → cell';
COMMENT ON COLUMN current_projects.location IS 'Where the list was fetched from (URL or repository path)';
COMMENT ON COLUMN current_projects.sha256 IS 'sha256 of the published bytes (archived under data/raw/)';
COMMENT ON COLUMN current_projects.fetched_at IS 'When those bytes were fetched';
COMMENT ON COLUMN current_projects.flow_run_id IS 'Prefect flow run that loaded the row';
COMMENT ON COLUMN current_projects.list_kind IS 'provincial_plan | city_plan | groundbreaking | signing: never add across kinds';
COMMENT ON COLUMN current_projects.year IS 'Year of the list (the plan year; for batches and signings the year published)';
COMMENT ON COLUMN current_projects.title IS 'Title of the list';
COMMENT ON COLUMN current_projects.published IS 'Publication date of the list';
