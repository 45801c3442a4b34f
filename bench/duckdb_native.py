"""The DuckDB-native baseline: one synthetic publication → the warehouse tables, in SQL only.

What `etl` does for a CSV publication (read, classify rows, normalize units/places/years, validate with
the `projects` suite, quarantine, load, refresh views), written as DuckDB SQL alone over `read_csv` — no
Python rules, no GX, no staging file, no memory limit — into the same warehouse schema (sql/ddl,
sql/views) so the output is comparable:

  read       read_csv (all VARCHAR) into a temp table, with each row's line number;
  normalize  classify rows (blank / note / total / category / sub-category / project) with the same
             regular expressions as etl/rules/rows.py; section context with window functions; amounts (units
             in header and cell, full-width digits, separators, 约, placeholders, quantities) as exact
             DECIMAL; periods; places resolved once per distinct text against the city/district tables of
             etl/rules/places.py;
  validate   the 10 rules of expectations/projects.json as SQL, generated from the suite JSON by
             bench/validation_engines.rule_sql (GX's semantics: nulls skipped, every duplicated row
             fails); the headline count/total check;
  load       one transaction: projects, quarantine (with reasons), non_project_rows, publications;
  views      re-apply sql/ (views, macros) and run etl.present.totals_table.totals_report, as ours does.

Scope: this baseline knows the column layout of bench/generate.py's files (header mapping is fixed
here; `etl.rules.headers` maps any header) and the place vocabulary they use (city, city+市, city+district,
two cities joined by 、, 全省/跨市, 广东省). It is the yardstick for "what DuckDB alone can do on this
shape" (it was also the prototype of etl/normalize's SQL); it does not read XLSX/HTML/JSON or GBK files.
"""

from __future__ import annotations

import time
from pathlib import Path

import duckdb

from etl.core.duck import sql_text
from etl.normalize.sql_rules import define_rule_macros
from etl.present.totals_table import totals_report
from etl.rules import periods, rows, units
from etl.rules.places import CITIES, DISTRICTS, UNASSIGNED_WORDS
from etl.warehouse import apply_schema

# Positional names for the columns of bench/generate.HEADER.
COLUMNS = (
    "seq",
    "name",
    "place",
    "category",
    "stage",
    "total",
    "annual",
    "period",
    "owner",
    "content",
    "remark",
)
HEADER_LINE = 3  # title, unit note, header

# The rules are etl's own definitions (patterns, placeholders, units), not copies: this engine only
# runs them differently (SQL over every row instead of SQL plus Python once per distinct value).
NOTE_RE, TOTAL_RE = rows.NOTE_RE.pattern, rows.TOTAL_RE.pattern
CATEGORY_RE, CATEGORY_SEQ_RE = rows.CATEGORY_RE.pattern, rows.CATEGORY_SEQ_RE.pattern
SUBCATEGORY_SEQ_RE, COUNT_RE = rows.SUBCATEGORY_SEQ_RE.pattern, rows.COUNT_RE.pattern
UNIT_RE = units.UNIT_RE.pattern + "$"
QUANTITY_RE = units.QUANTITY_RE.pattern
PLACEHOLDERS = tuple(sorted(units.PLACEHOLDERS))
PERIOD_RE = periods.PERIOD_RE.pattern
APPROX_RE, TRAILING_APPROX_RE = units.APPROX_RE.pattern, units.TRAILING_APPROX_RE.pattern


def _in(values) -> str:
    return "(" + ", ".join(sql_text(v) for v in values) + ")"


def read_csv_sql(path: Path) -> str:
    columns = "{" + ", ".join(f"'{c}': 'VARCHAR'" for c in COLUMNS) + "}"
    return (
        f"SELECT CAST(row_number() OVER () + {HEADER_LINE} AS INTEGER) AS row_number, * "
        f"FROM read_csv({sql_text(str(path))}, skip={HEADER_LINE}, header=false, auto_detect=false, "
        f"null_padding=true, delim=',', quote='\"', escape='\"', columns={columns})"
    )


MACROS = f"""
-- Text to DECIMAL through DECIMAL(18, 4) first: the same value, but DuckDB 1.5 casts text to a DECIMAL
-- wider than 18 digits ~200x slower (docs/benchmarks.md), as etl's sql/staging/000_amount_macros.sql does.
CREATE OR REPLACE TEMP MACRO try_decimal(t) AS coalesce(TRY_CAST(t AS DECIMAL(18, 4)), TRY_CAST(t AS DECIMAL(38, 4)));
CREATE OR REPLACE TEMP MACRO fold_amount(t) AS
    replace(replace(replace(translate(trim(coalesce(t, '')), '０１２３４５６７８９．，－', '0123456789.,-'),
            ',', ''), ' ', ''), '，', '');
CREATE OR REPLACE TEMP MACRO strip_approx(c) AS
    regexp_replace(regexp_replace(c, {sql_text(APPROX_RE)}, ''), {sql_text(TRAILING_APPROX_RE)}, '');
CREATE OR REPLACE TEMP MACRO canonical_unit(u) AS
    CASE u {" ".join(f"WHEN {sql_text(alias)} THEN {sql_text(unit)}" for alias, unit in units.UNIT_ALIASES.items())} END;
CREATE OR REPLACE TEMP MACRO unit_factor(u) AS
    CASE canonical_unit(u) {" ".join(f"WHEN {sql_text(unit)} THEN {factor}" for unit, factor in units.UNIT_IN_WAN.items())} END;
CREATE OR REPLACE TEMP MACRO is_placeholder(c) AS lower(c) IN {_in(PLACEHOLDERS)};
"""


def _amount(c: str, default_unit: str) -> str:
    """Columns for one amount cell: <c>_wan, <c>_unit, <c>_raw, <c>_bad (unreadable).

    Fast path: a plain number (most cells) casts directly and takes the header's unit. Any other text
    (unit in the cell, full-width digits, separators, 约, placeholders, quantities) was parsed once per
    distinct text into odd_amounts (alias o_<c>), joined here.
    """
    return f"""
    try_decimal(c.{c}) AS {c}_fast,
    coalesce({c}_fast * unit_factor('{default_unit}'), o_{c}.wan) AS {c}_wan,
    CASE WHEN {c}_fast IS NOT NULL THEN '{default_unit}' ELSE o_{c}.unit END AS {c}_unit,
    nullif(trim(coalesce(c.{c}, '')), '') AS {c}_raw,
    coalesce(o_{c}.bad, false) AS {c}_bad"""


def _values(rows) -> str:
    return ", ".join("(" + ", ".join(sql_text(v) for v in row) + ")" for row in rows)


MACROS += r"""
"""

NORMALIZE = rf"""
CREATE OR REPLACE TEMP TABLE cities AS SELECT * FROM (VALUES {_values(CITIES)}) AS t(code, zh, py);
CREATE OR REPLACE TEMP TABLE districts AS SELECT * FROM (VALUES {_values(DISTRICTS.items())}) AS t(name, code);

-- Pass 1: what each row is. The regular expressions of etl/rules/rows.py, each evaluated once per row.
CREATE OR REPLACE TEMP TABLE classified AS
SELECT *,
    folded_seq AS seq_t,
    folded_name AS name_t,
    replace(seq_t, ' ', '') AS seq_c,
    replace(name_t, ' ', '') AS name_c,
    regexp_matches(seq_c, '{NOTE_RE}') OR regexp_matches(name_c, '{NOTE_RE}') AS is_note,
    regexp_matches(seq_c, '{TOTAL_RE}') OR regexp_matches(name_c, '{TOTAL_RE}') AS is_total,
    regexp_matches(seq_c, '{SUBCATEGORY_SEQ_RE}') AS is_sub,
    (name_c <> '' AND regexp_matches(seq_c, '{CATEGORY_SEQ_RE}'))
        OR regexp_matches(seq_c, '{CATEGORY_RE}') OR regexp_matches(name_c, '{CATEGORY_RE}') AS is_cat,
    CASE
        WHEN seq_c = '' AND name_c = '' AND coalesce(place, category, stage, total, annual, period, owner,
                                                     content, remark) IS NULL THEN 'blank'
        WHEN is_note THEN 'note'
        WHEN is_total THEN 'total'
        WHEN is_sub THEN 'subcategory'
        WHEN is_cat THEN 'category'
        ELSE 'project'
    END AS kind,
    CASE
        WHEN kind = 'category' THEN trim(regexp_replace(regexp_replace(name_c, '{CATEGORY_RE}', ''), '{COUNT_RE}', ''),
                                         ' :：、.')
        WHEN kind = 'subcategory' THEN name_t
        WHEN kind <> 'project' THEN coalesce(nullif(name_t, ''), seq_t)
    END AS label,
    CASE WHEN kind IN ('category', 'subcategory', 'total')
         THEN TRY_CAST(regexp_extract(coalesce(nullif(name_c, ''), seq_c), '{COUNT_RE}', 1) AS INTEGER)
    END AS declared_count,
    regexp_replace(coalesce(place, ''), '\s+', '', 'g') AS place_t,
    to_json(struct_pack("序号" := seq, "项目名称" := name, "建设地点" := place, "项目类别" := category,
                        "建设性质" := stage, "总投资" := total, "年度计划投资" := annual, "建设起止年限" := period,
                        "建设单位" := owner, "主要建设内容" := content, "备注" := remark)) AS raw_json
FROM (  -- full-width brackets and colons as etl/rules/rows.py's patterns expect them (fold_common_wide)
    SELECT *, trim(fold_common_wide(coalesce(seq, ''))) AS folded_seq,
           trim(regexp_replace(fold_common_wide(coalesce(name, '')), '\s+', ' ', 'g')) AS folded_name
    FROM raw
);

-- The heading a row sits under and its sub-heading (reset at each heading): the last heading at or above
-- it, looked up in the list of the few heading rows (a window over all rows took 5 s at 1M rows, an ASOF
-- join 1.4 s, this 0.06 s).
CREATE OR REPLACE TEMP TABLE headings AS
SELECT list(row_number ORDER BY row_number) FILTER (kind = 'category') AS cat_rows,
       list(label ORDER BY row_number) FILTER (kind = 'category') AS cat_labels,
       list(row_number ORDER BY row_number) AS head_rows,
       list(kind ORDER BY row_number) AS head_kinds,
       list(label ORDER BY row_number) AS head_labels
FROM classified WHERE kind IN ('category', 'subcategory');

-- Places: resolved once per distinct text (a list has a few hundred), then joined back.
CREATE OR REPLACE TEMP TABLE place_map AS
WITH texts AS (SELECT DISTINCT place_t FROM classified WHERE kind = 'project'),
parts AS (
    SELECT place_t, unnest(regexp_split_to_array(place_t, '[、,，/；;]|和|及')) AS part FROM texts
),
hits AS (
    SELECT p.place_t, p.part,
           coalesce(
               (SELECT any_value(c.code) FROM cities AS c
                WHERE p.part IN (c.zh, c.zh || '市', lower(c.py), c.code) OR starts_with(p.part, c.zh)),
               (SELECT any_value(d.code) FROM districts AS d
                WHERE d.name IN (p.part, regexp_replace(p.part, '(特别行政区|自治县|新区|市|区|县)$', '')))
           ) AS code
    FROM parts AS p WHERE p.part <> ''
),
agg AS (
    SELECT place_t, count(*) AS n_parts, count(code) AS n_hits, count(DISTINCT code) AS n_codes,
           min(code) AS code, list(DISTINCT code) AS codes
    FROM hits GROUP BY place_t
),
kinds AS (
    SELECT t.place_t, a.code, a.codes,
        CASE
            WHEN t.place_t IN {_in(UNASSIGNED_WORDS)} THEN 'unassigned'
            WHEN t.place_t IN ('广东省', '广东', 'guangdong') THEN 'province'
            WHEN a.n_parts IS NULL OR a.n_hits < a.n_parts THEN 'unknown'
            WHEN a.n_codes = 1 THEN 'city'
            ELSE 'multi_city'
        END AS place_kind
    FROM texts AS t LEFT JOIN agg AS a USING (place_t)
)
SELECT
    k.place_t, k.place_kind,
    CASE k.place_kind WHEN 'city' THEN k.code WHEN 'province' THEN '44' END AS city_code,
    CASE k.place_kind
        WHEN 'city' THEN c.zh
        WHEN 'multi_city' THEN (SELECT string_agg(zh, '、' ORDER BY code) FROM cities WHERE list_contains(k.codes, code))
        WHEN 'unassigned' THEN '不分市'
        WHEN 'province' THEN '广东省'
    END AS city_name,
    CASE k.place_kind WHEN 'city' THEN c.py WHEN 'province' THEN 'Guangdong' END AS city_pinyin
FROM kinds AS k LEFT JOIN cities AS c ON c.code = k.code;

-- Amount cells that are not plain numbers, parsed once per distinct text (etl/rules/units.parse_amount).
CREATE OR REPLACE TEMP TABLE odd_amounts AS
WITH cells AS (
    SELECT DISTINCT coalesce(total, '') AS t, '亿元' AS default_unit FROM classified
    WHERE try_decimal(total) IS NULL
    UNION
    SELECT DISTINCT coalesce(annual, '') AS t, '万元' AS default_unit FROM classified
    WHERE kind = 'project' AND try_decimal(annual) IS NULL
),
folded AS (SELECT *, fold_amount(t) AS c FROM cells),
stripped AS (
    SELECT *, strip_approx(c) AS s, is_placeholder(c) AS ph, regexp_matches(c, '{QUANTITY_RE}') AS qty FROM folded
),
parsed AS (
    SELECT *, try_decimal(regexp_replace(s, '{UNIT_RE}', '')) AS num,
           canonical_unit(coalesce(nullif(regexp_extract(s, '{UNIT_RE}', 1), ''), default_unit)) AS u
    FROM stripped
)
SELECT t, default_unit,
       CASE WHEN NOT ph THEN num * unit_factor(u) END AS wan,
       CASE WHEN ph OR num IS NOT NULL THEN u END AS unit,
       NOT ph AND (qty OR num IS NULL) AS bad
FROM parsed;

-- Pass 2: project rows normalized; unreadable ones are flagged (bad_reasons) and go to quarantine.
CREATE OR REPLACE TABLE staging.candidates AS
SELECT
    c.row_number,
    nullif(c.seq_t, '') AS seq,
    nullif(c.name_t, '') AS project_name,
    c.name_t || '|' || coalesce(m.city_name, '未识别') AS project_key,
    m.place_kind, m.city_code, m.city_name, m.city_pinyin,
    nullif(trim(regexp_replace(coalesce(c.place, ''), '\s+', ' ', 'g')), '') AS place_raw,
    NULL AS district,
    h.cat_labels[len(list_filter(h.cat_rows, lambda x: x <= c.row_number))] AS section,
    len(list_filter(h.head_rows, lambda x: x <= c.row_number)) AS head_index,
    CASE WHEN h.head_kinds[head_index] = 'subcategory' THEN h.head_labels[head_index] END AS subsection,
    coalesce(nullif(trim(coalesce(c.category, '')), ''), section) AS category,
    NULL AS cluster,
    CASE WHEN contains(c.stage, '新开工') THEN '新开工' WHEN contains(c.stage, '续建') THEN '续建'
         WHEN contains(c.stage, '预备') OR contains(c.stage, '前期') THEN '预备'
         WHEN contains(c.stage, '签约') THEN '签约'
         WHEN contains(c.stage, '竣工') OR contains(c.stage, '投产') THEN '竣工'
         ELSE nullif(trim(coalesce(c.stage, '')), '') END AS stage,
    NULL AS funding,
    nullif(trim(coalesce(c.owner, '')), '') AS owner,
    nullif(trim(coalesce(c.content, '')), '') AS content,
    nullif(trim(coalesce(c.remark, '')), '') AS remark,
    {_amount("total", "亿元")},
    {_amount("annual", "万元")},
    total_wan AS total_investment_wan, total_raw AS total_investment_raw, total_unit AS total_investment_unit,
    annual_wan AS annual_plan_wan, annual_raw AS annual_plan_raw, annual_unit AS annual_plan_unit,
    trim(regexp_replace(coalesce(c.period, ''), '\s+', ' ', 'g')) AS period_t,
    -- fast path 'YYYY-YYYY', else the period regular expression of etl/rules/periods.py, else a single year
    CASE WHEN length(period_t) = 9 AND substr(period_t, 5, 1) = '-'
         THEN {{'s': substr(period_t, 1, 4), 'e': substr(period_t, 6, 4)}}
         ELSE regexp_extract(period_t, '{PERIOD_RE}', ['s', 'e']) END AS p,
    CASE WHEN p['s'] = '' THEN regexp_extract(replace(period_t, ' ', ''), '^(\d{{4}})(年度?)?$', 1) ELSE '' END AS p_single,
    CASE WHEN p['s'] <> '' THEN TRY_CAST(p['s'] AS INTEGER) WHEN p_single <> '' THEN TRY_CAST(p_single AS INTEGER) END
        AS start_year,
    CASE WHEN p['s'] <> '' THEN TRY_CAST(p['e'] AS INTEGER) END AS end_year,
    nullif(period_t, '') AS period_raw,
    list_filter([
        CASE WHEN total_bad THEN 'unreadable_total_investment: ' || coalesce(total_raw, '') END,
        CASE WHEN annual_bad THEN 'unreadable_annual_plan: ' || coalesce(annual_raw, '') END,
        CASE WHEN period_t <> '' AND p['s'] = '' AND p_single = '' THEN 'unreadable_years: ' || period_t END
    ], lambda x: x IS NOT NULL) AS bad_reasons,
    c.raw_json AS raw
FROM classified AS c
LEFT JOIN place_map AS m USING (place_t)
LEFT JOIN odd_amounts AS o_total ON o_total.default_unit = '亿元' AND o_total.t = coalesce(c.total, '')
LEFT JOIN odd_amounts AS o_annual ON o_annual.default_unit = '万元' AND o_annual.t = coalesce(c.annual, '')
CROSS JOIN headings AS h
WHERE c.kind = 'project';

-- What the suite validates: the readable rows (as etl.validate.quality validates normalized.projects).
CREATE OR REPLACE VIEW staging.projects AS SELECT * FROM staging.candidates WHERE len(bad_reasons) = 0;
"""


def validate_sql(rules: dict[str, str]) -> str:
    union = "\nUNION ALL\n".join(
        f"SELECT row_number, {sql_text(label)} AS rule FROM ({sql})" for label, sql in rules.items()
    )
    return f"CREATE OR REPLACE TABLE staging.failed AS {union}"


def suite_rules() -> dict[str, str]:
    """label → query for failing row numbers, from expectations/projects.json (reused from the other bench)."""
    from types import SimpleNamespace

    from validation_engines import rule_sql, suite_expectations

    from etl.validate.quality import expectation_label

    return {
        expectation_label(SimpleNamespace(type=e["type"], kwargs=e["kwargs"])): rule_sql(
            e["type"], e["kwargs"]
        )
        for e in suite_expectations()
    }


def load_sql(meta: dict) -> str:
    key = f"{sql_text(meta['source_id'])} AS source_id, 1 AS version, {sql_text(meta['sha256'])} AS sha256"
    provenance = f"{sql_text(meta['location'])} AS location, TIMESTAMPTZ {sql_text(meta['fetched_at'])} AS fetched_at, NULL AS flow_run_id"
    amounts = (
        "CAST(total_investment_wan AS DECIMAL(20, 4)) AS total_investment_wan, total_investment_raw, "
        "total_investment_unit, CAST(annual_plan_wan AS DECIMAL(20, 4)) AS annual_plan_wan, annual_plan_raw, "
        "annual_plan_unit"
    )
    return f"""
BEGIN TRANSACTION;
INSERT INTO projects BY NAME
SELECT {key}, {provenance}, row_number, seq, project_name, project_key, place_kind, city_code, city_name,
       city_pinyin, place_raw, district, section, subsection, category, cluster, stage, funding, owner, content,
       remark, start_year, end_year, period_raw, {amounts}, raw
FROM staging.projects ANTI JOIN staging.failed USING (row_number);
INSERT INTO quarantine BY NAME
SELECT {key}, NULL AS flow_run_id, c.row_number, c.project_name,
       list_concat(c.bad_reasons, coalesce(f.rules, [])) AS reasons, c.raw
FROM staging.candidates AS c
LEFT JOIN (SELECT row_number, list(rule ORDER BY rule) AS rules FROM staging.failed GROUP BY 1) AS f USING (row_number)
WHERE len(c.bad_reasons) > 0 OR f.rules IS NOT NULL;
INSERT INTO non_project_rows BY NAME
SELECT {key}, row_number, kind, label, declared_count,
       CAST(coalesce(try_decimal(c.total) * 10000, o.wan) AS DECIMAL(20, 4))
           AS declared_total_investment_wan,
       NULL AS declared_annual_plan_wan,
       CASE WHEN kind <> 'category' THEN h.cat_labels[len(list_filter(h.cat_rows, lambda x: x <= c.row_number))]
       END AS context,
       raw_json AS raw
FROM classified AS c
LEFT JOIN odd_amounts AS o ON o.default_unit = '亿元' AND o.t = coalesce(c.total, '')
CROSS JOIN headings AS h
WHERE kind <> 'project';
INSERT INTO publications BY NAME
SELECT {key}, {provenance}, TIMESTAMPTZ {sql_text(meta["fetched_at"])} AS valid_from, NULL AS valid_to,
       {sql_text(meta["title"])} AS title, '基准' AS publisher, 'provincial_plan' AS list_kind, '44' AS city_code,
       2023 AS year, DATE '2023-03-01' AS published, 'csv' AS format, true AS is_sample, now() AS loaded_at,
       (SELECT count(*) FROM raw) AS rows_read,
       (SELECT count(*) FROM projects) AS projects,
       (SELECT count(*) FROM quarantine) AS quarantined,
       (SELECT count(*) FROM non_project_rows) AS non_project_rows,
       '{{}}' AS column_map, '[]' AS unmapped_headers;
COMMIT;
"""


ONE_WRITER = 1  # commit attempts: one DuckDB file, one writer, no commit ever conflicts


def ingest(
    db_path: Path, raw_relation: str, meta: dict, setup: str | None = None
) -> tuple[dict[str, float], dict]:
    """Run the baseline into a new warehouse file; return ({phase: seconds}, what was loaded).

    raw_relation: a query giving row_number plus COLUMNS (read_csv_sql, or a table loaded by dlt);
    setup: SQL to run first (e.g. ATTACH the dlt file).
    """
    phases: dict[str, float] = {}
    started = last = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal last
        now = time.perf_counter()
        phases[name] = now - last
        last = now

    con = duckdb.connect(str(db_path))
    try:
        con.execute("SET enable_progress_bar = false")
        define_rule_macros(con)  # fold_common_wide: the brackets etl/rules/rows.py's patterns match
        con.execute(MACROS)
        if setup:
            con.execute(setup)
        con.execute(f"CREATE OR REPLACE TEMP TABLE raw AS {raw_relation}")
        warehouse_db = con.execute("SELECT current_database()").fetchone()[0]
        con.execute("ATTACH ':memory:' AS staging")  # staged rows stay in memory, as ours
        lap("parse")
        con.execute(NORMALIZE)
        lap("normalize")
        con.execute("USE staging")  # rule_sql reads FROM projects: the staged rows
        con.execute(validate_sql(suite_rules()))
        con.execute(f'USE "{warehouse_db}"')
        con.execute(  # the headline check (count and total of the rows that will load)
            "SELECT count(*), sum(total_investment_wan) FROM staging.projects ANTI JOIN staging.failed USING (row_number)"
        ).fetchone()
        lap("validate")
        apply_schema(con, ONE_WRITER)  # as etl.warehouse.connect does before a load
        con.execute(load_sql(meta))
        con.execute("DETACH staging")
        lap("load")
        apply_schema(con, ONE_WRITER)  # as ours: views re-applied from sql/, then the totals report
        totals_report(con)
    finally:
        con.close()
    lap("views")
    phases["total"] = time.perf_counter() - started
    return phases, loaded_outcome(db_path)


def loaded_outcome(db_path: Path) -> dict:
    """What a warehouse file holds of the one publication loaded into it, to check against the generator."""
    with duckdb.connect(str(db_path), read_only=True) as con:
        one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "rows_read": one("SELECT rows_read FROM publications"),
            "projects": one("SELECT count(*) FROM projects"),
            "quarantined_rows": [
                r for (r,) in con.execute("SELECT row_number FROM quarantine ORDER BY 1").fetchall()
            ],
            "non_projects": one("SELECT count(*) FROM non_project_rows"),
            "total_investment_wan": str(one("SELECT sum(total_investment_wan) FROM projects")),
        }


def read_and_check(db_path: Path, path: Path) -> tuple[dict[str, float], dict]:
    """The floor: read_csv into a table, cast the columns the suite reads (header units only), run the 10
    suite rules. No row classification, no unit/place/period normalization, no warehouse load."""
    started = time.perf_counter()
    con = duckdb.connect(str(db_path))
    try:
        con.execute("SET enable_progress_bar = false")
        con.execute(f"CREATE TABLE raw AS {read_csv_sql(path)}")
        parsed = time.perf_counter()
        con.execute(
            """CREATE TABLE projects AS SELECT row_number, name AS project_name, name || '|' || place AS project_key,
                      CASE WHEN place IS NULL THEN 'unknown' ELSE 'city' END AS place_kind, NULL AS city_code,
                      coalesce(TRY_CAST(total AS DECIMAL(18, 4)), TRY_CAST(total AS DECIMAL(38, 4))) * 10000 AS total_investment_wan,
                      coalesce(TRY_CAST(annual AS DECIMAL(18, 4)), TRY_CAST(annual AS DECIMAL(38, 4))) AS annual_plan_wan,
                      TRY_CAST(substr(period, 1, 4) AS INTEGER) AS start_year,
                      TRY_CAST(substr(period, 6, 4) AS INTEGER) AS end_year
               FROM raw"""
        )
        failed = {label: len(con.execute(sql).fetchall()) for label, sql in suite_rules().items()}
    finally:
        con.close()
    done = time.perf_counter()
    return {"parse": parsed - started, "validate": done - parsed, "total": done - started}, {"failed": failed}
