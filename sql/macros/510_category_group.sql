-- category_group(category): the published category folded into the families the lists share.
--
-- Lists name their categories differently (基础设施 / 基础设施工程, 民生 / 民生保障 / 民生改善,
-- 产业 / 现代产业 / 产业工程, Dongguan's 城市更新). The mapping is by literal containment, in this
-- order, and nothing else:
--   contains 城市更新 → 城市更新;  contains 基础设施 → 基础设施;  contains 民生 → 民生;  contains 产业 → 产业;
--   no category → 未分类;  any other text → the text as published (never forced into a family).
CREATE OR REPLACE MACRO category_group(category) AS
    CASE
        WHEN category IS NULL OR trim(category) = '' THEN '未分类'
        WHEN contains(category, '城市更新') THEN '城市更新'
        WHEN contains(category, '基础设施') THEN '基础设施'
        WHEN contains(category, '民生') THEN '民生'
        WHEN contains(category, '产业') THEN '产业'
        ELSE category
    END;

COMMENT ON MACRO category_group IS 'Category family by literal containment: 城市更新 › 基础设施 › 民生 › 产业; NULL → 未分类; other text kept as published.';
