-- project_name_key(name) and project_identity(name, city_code, place_label): which rows of different
-- lists are the same project. Used by project_overlaps, city_lists_vs_provincial_plan, project_history
-- and project_changes.
--
-- The rule (docs/analysts.md, "Project identity"):
--   name key  = the published name, already NFKC-folded at load (full-width → half-width, 全角括号 → ASCII),
--               lower-cased, with every whitespace, separator and punctuation character removed
--               (brackets, 、，·-—… : "（一期）" and "(一期)" and "一期" give the same key);
--   place key = the 4-digit city code for a project in one city (districts and zones already count for
--               the city that administers them), else the place label: '广州、佛山' for a multi-city
--               project, '不分市' for an unassigned one.
--   identity  = name key || '|' || place key.
-- Nothing fuzzier: two names that differ in any character other than spacing and punctuation are two
-- projects. A renamed project therefore shows up as one removed and one added.
CREATE OR REPLACE MACRO project_name_key(name) AS
    lower(regexp_replace(coalesce(name, ''), '[\s\p{P}\p{Z}]+', '', 'g'));

CREATE OR REPLACE MACRO project_identity(name, city_code, place_label) AS
    project_name_key(name) || '|' || coalesce(city_code, place_label, '未识别');

COMMENT ON MACRO project_name_key IS 'Name key of a project: NFKC-folded name (as loaded), lower-cased, without whitespace or punctuation (brackets, 、, ·, -).';
COMMENT ON MACRO project_identity IS 'Identity of a project across lists: project_name_key(name) || ''|'' || city code (one city) or place label (multi-city 广州、佛山, 不分市). Call as project_identity(project_name, city_code, city_name).';
