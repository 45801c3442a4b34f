"""Staged raw cells → canonical project records, non-project rows and rows that cannot be read.

The rules are the Python functions of etl/ (classify_row, parse_amount, resolve_place, parse_period,
normalize_stage, fold_text). A list of 1M rows must not call them a million times, so the row-by-row
work runs in DuckDB SQL over the staging file (etl/staging.py) and the Python rules run once per
*distinct* value that SQL cannot settle exactly:

- text is folded in SQL when it holds only characters NFKC leaves alone (ASCII, CJK ideographs, common
  CJK punctuation, full-width ASCII mapped by `translate`); any other text goes to `fold_text`;
- a row is certainly a project when its 序号/name text is folded in SQL, none of the heading/total/note
  patterns of etl/rows.py match it, and it has other content; every other row goes to `classify_row`
  (headings, totals and notes are a few rows per list), which also tracks the section a row sits under;
- amounts that are plain numbers are cast in SQL; any other amount text goes to `parse_amount`; places,
  periods and stages go to their functions once per distinct text.

tests/test_normalize.py and tests/test_messy_publications.py hold the behaviour; `fold_in_sql` has its
own test over every character of the Basic Multilingual Plane.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from etl import rows as row_rules
from etl.catalog import Source
from etl.errors import NormalizeError
from etl.headers import AMOUNT_COLUMNS, header_units, map_headers
from etl.places import PROVINCE_CODE, Place, city_by_code, resolve_place
from etl.readers import RawTable
from etl.rows import classify_row
from etl.staging import (
    cell_columns,
    discard,
    drop_raw,
    insert_rows,
    new_staging_path,
    open_staging,
    release_free_memory,
    sql_text,
    stage_raw_table,
)
from etl.units import UNIT_IN_WAN, AmountError, fold_text, last_digit_wan, parse_amount

_PERIOD_RE = re.compile(r"(\d{4})\s*年?\s*[-—–~～至到]+\s*(\d{4})\s*年?")
# A year, or a date whose year counts: '2023', '2023年', '2023年度', '2025-01-01' (an Excel date cell),
# '2025/3/1', '2025.03', '2025年3月'.
_YEAR_RE = re.compile(r"^(\d{4})(年度?|年\d{1,2}月(\d{1,2}日)?|[-./]\d{1,2}([-./]\d{1,2})?)?$")
EXCEL_EPOCH = dt.date(1899, 12, 30)
STAGES = (
    ("新开工", "新开工"),
    ("续建", "续建"),
    ("预备", "预备"),
    ("前期", "预备"),
    ("签约", "签约"),
    ("竣工", "竣工"),
    ("投产", "竣工"),
)
TEXT_COLUMNS = ("category", "cluster", "funding", "owner", "content", "remark")

# Characters NFKC maps to themselves and str.split() does not split on (tested over the whole BMP).
SAFE_PUNCTUATION = "、。〈〉《》「」『』【】〔〕〖〗·—–‘’“”"
_FULL_WIDTH = "".join(chr(c) for c in range(0xFF01, 0xFF5F)) + "\u3000"
_HALF_WIDTH = "".join(chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)) + " "
_SAFE = r"!-~\x{4E00}-\x{9FFF}" + "".join(re.escape(c) for c in SAFE_PUNCTUATION)
_ASCII_SPACE = r" \t\n\r\x{0B}\x{0C}"
# Python's str.strip() whitespace, for the amount text kept as published.
_PY_SPACE = r"\t\n\x{0B}\x{0C}\r\x{1C}-\x{1F} \x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}"
PLAIN_NUMBER = r"^-?[0-9]{1,16}(\.[0-9]{1,8})?$"  # cast exactly in SQL; anything else → parse_amount


MACROS = f"""
CREATE OR REPLACE TEMP MACRO fold_common_wide(c) AS
    replace(replace(replace(replace(replace(replace(c, '（', '('), '）', ')'), '：', ':'), '，', ','), '；', ';'), '\u3000', ' ');
CREATE OR REPLACE TEMP MACRO fold_other_wide(t) AS CASE
    WHEN regexp_matches(t, '[\\x{{FF01}}-\\x{{FF5E}}]') THEN translate(t, {sql_text(_FULL_WIDTH)}, {sql_text(_HALF_WIDTH)}) ELSE t END;
CREATE OR REPLACE TEMP MACRO fold_spaces(t) AS CASE
    WHEN regexp_full_match(t, '[{_SAFE}]*') THEN t
    WHEN regexp_full_match(t, '[{_ASCII_SPACE}{_SAFE}]*') THEN trim(regexp_replace(t, '[{_ASCII_SPACE}]+', ' ', 'g'))
END;
-- fold_text in SQL, or NULL where only Python's NFKC can say (tests/test_normalize_sql.py). Full-width
-- forms map to ASCII; the common ones by replace, the rest by translate (slow: only when present).
CREATE OR REPLACE TEMP MACRO fold_in_sql(c) AS CASE
    WHEN c IS NULL THEN ''
    WHEN regexp_full_match(c, '[{_SAFE}]*') THEN c
    ELSE fold_spaces(fold_other_wide(fold_common_wide(c)))
END;
"""


@dataclass
class Normalized:
    """A publication's rows, normalized, in a staging DuckDB file.

    candidates: the project rows, normalized (a view over the staged cells and the lookups the Python
    rules filled; `reasons` lists why a row cannot be read, empty if it can); non_projects: headings,
    totals, notes, blanks. The list properties read them back for small lists and tests; the pipeline
    itself works in SQL (etl.quality.validate_normalized, etl.publication.judge,
    etl.warehouse.load_version).
    """

    path: Path
    rows_read: int
    unmapped_headers: list[str]
    column_map: dict[str, str] = field(default_factory=dict)  # header as published → canonical column

    def connect(self, read_only: bool = True) -> duckdb.DuckDBPyConnection:
        return open_staging(self.path, read_only=read_only)

    def _records(self, sql: str) -> list[dict]:
        with self.connect() as con:
            cursor = con.execute(sql)
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    @property
    def projects(self) -> list[dict]:
        return self._records(
            "SELECT * EXCLUDE (reasons) FROM candidates WHERE len(reasons) = 0 ORDER BY row_number"
        )

    @property
    def quarantined(self) -> list[dict]:
        return self._records(
            "SELECT row_number, raw, reasons, project_name FROM candidates WHERE len(reasons) > 0 ORDER BY row_number"
        )

    @property
    def non_projects(self) -> list[dict]:
        return self._records("SELECT * FROM non_projects ORDER BY row_number")

    def counts(self) -> tuple[int, int, int]:
        """(readable project rows, unreadable rows, non-project rows)."""
        with self.connect() as con:
            return con.execute(
                """SELECT (SELECT count(*) FILTER (len(reasons) = 0) FROM candidates),
                          (SELECT count(*) FILTER (len(reasons) > 0) FROM candidates),
                          (SELECT count(*) FROM non_projects)"""
            ).fetchone()

    @property
    def accounted(self) -> bool:
        return self.rows_read == sum(self.counts())

    def discard(self) -> None:
        discard(self.path)

    @classmethod
    def from_records(
        cls, projects: list[dict], quarantined: list[dict], non_projects: list[dict], rows_read: int,
        unmapped_headers: list[str], column_map: dict[str, str] | None = None,
    ) -> Normalized:  # fmt: skip
        """Stage records built in Python (tests of the gates and the load)."""
        path = new_staging_path("records")
        with open_staging(path) as con:
            con.execute(CANDIDATES_DDL)
            con.execute(NON_PROJECTS_DDL)
            insert_rows(con, "candidates", [{**p, "reasons": []} for p in projects] + [
                {"row_number": q["row_number"], "raw": q["raw"], "reasons": q["reasons"],
                 "project_name": q.get("project_name")} for q in quarantined
            ])  # fmt: skip
            insert_rows(con, "non_projects", non_projects)
        return cls(path, rows_read, unmapped_headers, column_map or {})


CANDIDATES_DDL = """CREATE TABLE candidates (
    row_number INTEGER, raw VARCHAR, seq VARCHAR, project_name VARCHAR, place_kind VARCHAR, city_code VARCHAR,
    city_name VARCHAR, city_pinyin VARCHAR, place_raw VARCHAR, district VARCHAR, category VARCHAR,
    cluster VARCHAR, funding VARCHAR, owner VARCHAR, content VARCHAR, remark VARCHAR, section VARCHAR,
    subsection VARCHAR, stage VARCHAR, project_key VARCHAR,
    total_investment_raw VARCHAR, total_investment_wan DECIMAL(38, 12), total_investment_unit VARCHAR,
    annual_plan_raw VARCHAR, annual_plan_wan DECIMAL(38, 12), annual_plan_unit VARCHAR,
    start_year INTEGER, end_year INTEGER, period_raw VARCHAR, reasons VARCHAR[])"""
NON_PROJECTS_DDL = """CREATE TABLE non_projects (
    row_number INTEGER, kind VARCHAR, label VARCHAR, declared_count INTEGER, raw VARCHAR, context VARCHAR,
    declared_total_investment_wan DECIMAL(38, 12), declared_total_investment_precision_wan DECIMAL(38, 12),
    declared_annual_plan_wan DECIMAL(38, 12), declared_annual_plan_precision_wan DECIMAL(38, 12))"""


def parse_year(text: str | None) -> int | None:
    """A year cell: '2023', '2023年', or an Excel date serial typed into a year column (45658 → 2025)."""
    t = fold_text(text).replace(" ", "")
    if not t:
        return None
    m = _YEAR_RE.match(t)
    if m and int(m.group(1)) < 2200:
        return int(m.group(1))
    try:
        serial = float(t)
    except ValueError:
        raise ValueError(f"{text!r} is not a year") from None
    if 20000 <= serial <= 80000:
        return (EXCEL_EPOCH + dt.timedelta(days=int(serial))).year
    raise ValueError(f"{text!r} is not a year")


def parse_period(text: str | None) -> tuple[int | None, int | None]:
    """'2023-2026', '2023—2026', '2023年-2026年' → (2023, 2026); a single year → (year, None)."""
    t = fold_text(text)
    if not t:
        return None, None
    m = _PERIOD_RE.search(t)
    if m:
        return int(m.group(1)), int(m.group(2))
    return parse_year(t), None


def normalize_stage(text: str | None) -> str | None:
    t = fold_text(text)
    for word, stage in STAGES:
        if word in t:
            return stage
    return t or None


def _publication_place(source: Source) -> Place | None:
    return None if source.city == PROVINCE_CODE else city_by_code(source.city)


def raw_keys(header: list[str], width: int) -> list[str]:
    """The key each cell has in a row's raw JSON: its header, or col<N> where the header is blank."""
    return [header[i] if i < len(header) and header[i] else f"col{i + 1}" for i in range(width)]


def raw_json(keys: list[str], cells: list[str | None]) -> str:
    return json.dumps({keys[i]: v for i, v in enumerate(cells) if v not in (None, "")}, ensure_ascii=False)


def _raw_json_sql(keys: list[str]) -> str:
    """SQL for raw_json: the text json.dumps gives. A repeated key sits where its first non-empty cell
    is and holds its last non-empty one, as in a dict built cell by cell."""
    parts = []
    for i, key in enumerate(keys):
        same = [j for j, k in enumerate(keys) if k == key]
        earlier = [f"c{j + 1}" for j in same if j < i]
        value = f"coalesce({', '.join(f'c{j + 1}' for j in reversed(same) if j >= i)})"
        first = f" AND coalesce({', '.join(earlier)}) IS NULL" if earlier else ""
        parts.append(f"CASE WHEN c{i + 1} IS NOT NULL{first} THEN {sql_text(json.dumps(key, ensure_ascii=False) + ': ')} "
                     f"|| CAST(to_json({value}) AS VARCHAR) END")  # fmt: skip
    return "'{' || concat_ws(', ', " + ", ".join(parts) + ") || '}'"


def _regex(pattern: re.Pattern) -> str:
    return sql_text(pattern.pattern)


def _maybe_not_project_sql(seq: str, name: str, others: list[str]) -> str:
    """True for every row classify_row might call something other than a project (tested: never false
    for one it does). seq/name/others are folded-text columns, NULL where SQL could not fold."""
    seq_c, name_c = f"replace({seq}, ' ', '')", f"replace({name}, ' ', '')"
    has_others = (
        " OR ".join(
            f"({o} IS NOT NULL AND {o} <> '' AND replace({o}, ' ', '') NOT IN ({seq_c}, {name_c}))"
            for o in others
        )
        or "false"
    )
    return f"""{seq} IS NULL OR {name} IS NULL OR NOT coalesce({has_others}, false)
        OR regexp_matches({seq_c}, {_regex(row_rules._NOTE_RE)}) OR regexp_matches({name_c}, {_regex(row_rules._NOTE_RE)})
        OR regexp_matches({seq_c}, {_regex(row_rules._TOTAL_RE)}) OR regexp_matches({name_c}, {_regex(row_rules._TOTAL_RE)})
        OR regexp_matches({seq_c}, {_regex(row_rules._SUBCATEGORY_SEQ_RE)})
        OR regexp_matches({seq_c}, {_regex(row_rules._CATEGORY_SEQ_RE)})
        OR regexp_matches({seq_c}, {_regex(row_rules._CATEGORY_RE)}) OR regexp_matches({name_c}, {_regex(row_rules._CATEGORY_RE)})
        OR regexp_matches({seq_c}, {_regex(row_rules._COUNT_RE)})"""


def _store_rows(con: duckdb.DuckDBPyConnection, table: str, columns: list[str], rows: list[tuple]) -> None:
    """Rows computed in Python (a lookup of distinct values) → a table of text columns."""
    con.execute(f"CREATE OR REPLACE TABLE {table} ({', '.join(f'{c} VARCHAR' for c in columns)})")
    insert_rows(con, table, [dict(zip(columns, row, strict=True)) for row in rows])


def _py_strip_sql(c: str) -> str:
    """str.strip() or None, in SQL (an amount as published)."""
    return f"nullif(regexp_replace({c}, '^[{_PY_SPACE}]+|[{_PY_SPACE}]+$', '', 'g'), '')"


def normalize(table: RawTable, source: Source) -> Normalized:
    """A table read in Python (XLSX, HTML, JSON, small CSV) → Normalized in a new staging file."""

    def stage(con: duckdb.DuckDBPyConnection) -> RawTable:
        stage_raw_table(con, table)
        return table

    return stage_and_normalize(source, stage)


def stage_and_normalize(source: Source, stage: Callable[[duckdb.DuckDBPyConnection], RawTable]) -> Normalized:
    """A new staging file: `stage` puts the raw cells in it and returns the header they sit under, then
    they are normalized. On any failure the file is removed; freed memory goes back to the OS either way."""
    path = new_staging_path(source.id)
    try:
        with open_staging(path) as con:
            return normalize_staged(con, path, stage(con), source)
    except BaseException:
        discard(path)
        raise
    finally:
        release_free_memory()


def normalize_staged(
    con: duckdb.DuckDBPyConnection, path: Path, table: RawTable, source: Source
) -> Normalized:
    """Normalize the staged table raw(row_number, c1…cN) whose header/notes `table` carries."""
    header = table.header
    mapping = map_headers(header, source.columns)
    if "project_name" not in mapping.values():
        raise NormalizeError(f"no project-name column among the headers {header}")
    by_column = {column: index for index, column in mapping.items()}
    units = header_units(header)
    default_unit = table.unit_hint or source.unit
    default_place = _publication_place(source)
    width = con.execute("SELECT count(*) - 1 FROM duckdb_columns() WHERE table_name = 'raw'").fetchone()[0]
    cells = cell_columns(width)
    keys = raw_keys(header, width)

    def col(column: str, prefix: str = "c") -> str:
        index = by_column.get(column)
        return f"{prefix}{index + 1}" if index is not None and index < width else "NULL"

    con.execute(MACROS)
    # 1. cells: the raw cells, the text we keep folded (places, periods, stages and amounts go to their
    # own rules), and whether the row might not be a project: decided before the Python folds fill in
    # what SQL left NULL. "Other content" is any folded text column or a plain-number amount.
    folded = sorted(
        by_column[c] for c in ("seq", "project_name", "district", *TEXT_COLUMNS) if c in by_column
    )
    folds = ", ".join(f"fold_in_sql(c{i + 1}) AS f{i + 1}" for i in folded)
    seq_f = col("seq", "f") if "seq" in by_column else "''"
    name_index, seq_index = by_column["project_name"], by_column.get("seq")
    others = [f"f{i + 1}" for i in folded if i not in (name_index, seq_index)] + [
        f"CASE WHEN regexp_matches({col(c)}, '{PLAIN_NUMBER}') THEN {col(c)} END"
        for c in AMOUNT_COLUMNS
        if c in by_column
    ]
    maybe_heading = _maybe_not_project_sql(seq_f, col("project_name", "f"), others)
    con.execute(
        f"CREATE OR REPLACE TABLE cells AS SELECT *, {folds}, {maybe_heading} AS maybe_heading FROM raw"
    )
    drop_raw(con)
    rows_read = con.execute("SELECT count(*) FROM cells").fetchone()[0]

    # 2. Text SQL could not fold: fold_text once per distinct text.
    unsafe = con.execute(
        " UNION ".join(f"SELECT c{i + 1} AS t FROM cells WHERE f{i + 1} IS NULL" for i in folded)
        or "SELECT NULL AS t WHERE false"
    ).fetchall()
    if unsafe:
        _store_rows(con, "fold_map", ["t", "f"], [(t, fold_text(t)) for (t,) in unsafe])
        for i in folded:
            con.execute(
                f"UPDATE cells SET f{i + 1} = m.f FROM fold_map AS m WHERE cells.f{i + 1} IS NULL AND cells.c{i + 1} = m.t"
            )

    # 3. The rows that might not be projects, one by one, in order: classify_row and the section state.
    flagged = con.execute(
        f"SELECT row_number, {', '.join(cells)} FROM cells WHERE maybe_heading ORDER BY row_number"
    ).fetchall()

    def cell(row: list[str | None], column: str) -> str | None:
        index = by_column.get(column)
        return row[index] if index is not None and index < len(row) else None

    non_projects: list[dict] = []
    segments: list[tuple] = [(0, 0, None, None, None)]  # (segment, from row, section, subsection, city group)
    section = subsection = group_label = None
    for row_number, *row in flagged:
        kind = classify_row(cell(row, "seq"), cell(row, "project_name"),
                            [v for i, v in enumerate(row) if i not in (name_index, seq_index)])  # fmt: skip
        if kind.kind == "project":
            continue
        if kind.kind == "category":
            section, subsection = kind.label, None
        elif kind.kind == "subcategory":
            subsection = kind.label
        elif kind.kind == "city_group":
            group_label = kind.label
        if kind.kind in {"category", "subcategory", "city_group"}:
            segments.append((len(segments), row_number + 1, section, subsection, group_label))
        entry = {
            "row_number": row_number,
            "kind": kind.kind,
            "label": kind.label,
            "declared_count": kind.declared_count,
            "raw": raw_json(keys, row),
            "context": section if kind.kind != "category" else None,
        }
        for column in AMOUNT_COLUMNS:  # a total or heading row may state the sum of the rows under it
            entry[f"declared_{column}_wan"] = entry[f"declared_{column}_precision_wan"] = None
            try:
                unit = units.get(by_column.get(column, -1), default_unit)
                value, used = parse_amount(cell(row, column), unit)
            except AmountError:
                continue
            if value is not None:
                entry[f"declared_{column}_wan"] = value
                entry[f"declared_{column}_precision_wan"] = last_digit_wan(value, used)
        non_projects.append(entry)
    con.execute(NON_PROJECTS_DDL)
    insert_rows(con, "non_projects", non_projects)

    # 4. Project rows with the heading they sit under: the last one above them.
    _store_rows(con, "segments", ["segment", "from_row", "section", "subsection", "group_label"], segments)
    segment = (
        "CASE "
        + " ".join(f"WHEN row_number >= {start} THEN {index}" for index, start, *_ in reversed(segments[1:]))
        + " ELSE 0 END"
    )
    con.execute(f"""CREATE OR REPLACE VIEW project_cells AS
        SELECT c.*, s.section, s.subsection, s.group_label
        FROM cells AS c ANTI JOIN non_projects AS n USING (row_number)
        JOIN segments AS s ON CAST(s.segment AS INTEGER) = {segment if len(segments) > 1 else "0"}""")

    # 5. Places, periods and stages: their Python rules once per distinct value.
    place_c, district_c, period_c = col("place"), col("district"), col("period")
    places = []
    for place_text, district_text, group in con.execute(
        f"SELECT DISTINCT {place_c}, {district_c}, group_label FROM project_cells"
    ).fetchall():
        default = resolve_place(group) if group else default_place
        shown = place_text
        place = resolve_place(place_text, default=default)
        if not fold_text(place_text) and fold_text(district_text):
            # A district or town column: it may name another city's district; a town we do not know
            # (中山's 镇街) stays in the list's own city.
            by_district = resolve_place(district_text)
            place = by_district if by_district.kind == "city" or default is None else default
            shown = district_text
        places.append((place_text, district_text, group, place.kind, place.code, place.name_zh, place.pinyin,
                       fold_text(shown) or None, place.label))  # fmt: skip
    _store_rows(con, "place_map", ["place_t", "district_t", "group_t", "place_kind", "city_code", "city_name",
                                   "city_pinyin", "place_raw", "place_label"], places)  # fmt: skip

    periods = []
    start_c, end_c = col("start_year"), col("end_year")
    for period, start_text, end_text in con.execute(
        f"SELECT DISTINCT {period_c}, {start_c}, {end_c} FROM project_cells"
    ).fetchall():
        reason = None
        try:
            start, end = parse_period(period)
            start = parse_year(start_text) or start
            end = parse_year(end_text) or end
        except ValueError as exc:
            start = end = None
            reason = f"unreadable_years: {exc}"
        periods.append((period, start_text, end_text, start, end, fold_text(period) or None, reason))
    _store_rows(con, "period_map", ["period_t", "start_t", "end_t", "start_year", "end_year", "period_raw",
                                    "reason"], periods)  # fmt: skip

    stage_c = col("stage")
    stages = [
        (t, normalize_stage(t))
        for (t,) in con.execute(f"SELECT DISTINCT {stage_c} FROM project_cells").fetchall()
    ]
    _store_rows(con, "stage_map", ["stage_t", "stage"], stages)

    # 6. Amounts: plain numbers in SQL, any other text through parse_amount once per distinct text.
    amount_sql, amount_joins, reasons = [], [], []
    for column in AMOUNT_COLUMNS:
        c = col(column)
        unit = units.get(by_column.get(column, -1), default_unit)
        odd = []
        if c != "NULL":
            odd_only = f"AND NOT regexp_matches({c}, '{PLAIN_NUMBER}')" if unit else ""
            for (text,) in con.execute(
                f"SELECT DISTINCT {c} FROM project_cells WHERE {c} IS NOT NULL {odd_only}"
            ).fetchall():
                try:
                    value, used = parse_amount(text, unit)
                    odd.append((text, None if value is None else str(value), used, None))
                except AmountError as exc:
                    odd.append((text, None, None, f"unreadable_{column}: {exc}"))
        _store_rows(con, f"{column}_map", ["t", "wan", "unit", "reason"], odd)
        factor = f"CAST({sql_text(str(UNIT_IN_WAN[unit]))} AS DECIMAL(18, 4))" if unit else "NULL"
        # Without a unit (none in the cell, the header, a note or the catalog) parse_amount refuses
        # even a plain number, so then every text goes to it.
        plain = f"{c} IS NOT NULL AND regexp_matches({c}, '{PLAIN_NUMBER}')" if unit else "false"
        amount_sql.append(f"""
            CASE WHEN {plain} THEN {c} ELSE {_py_strip_sql(c)} END AS {column}_raw,
            CAST(CASE WHEN {plain} THEN CAST({c} AS DECIMAL(26, 8)) * {factor} ELSE CAST(m_{column}.wan AS DECIMAL(38, 12)) END
                 AS DECIMAL(38, 12)) AS {column}_wan,
            CASE WHEN {plain} THEN {sql_text(unit or "")} WHEN {c} IS NULL THEN {sql_text(unit) if unit else "NULL"}
                 ELSE m_{column}.unit END AS {column}_unit""")
        amount_joins.append(f"LEFT JOIN {column}_map AS m_{column} ON m_{column}.t = {c}")
        reasons.append(f"m_{column}.reason")

    # 7. The project rows, normalized: a view, so each reader computes only the columns it asks for
    # (GX reads nine, the load all of them, once).
    texts = ", ".join(f"nullif({col(t, 'f')}, '') AS {t}" for t in TEXT_COLUMNS if t != "category")
    seq_text = f"nullif({col('seq', 'f')}, '')" if "seq" in by_column else "NULL"
    con.execute(f"""CREATE OR REPLACE VIEW candidates AS
        SELECT CAST(b.row_number AS INTEGER) AS row_number, {_raw_json_sql(keys)} AS raw,
            {seq_text} AS seq, nullif({col("project_name", "f")}, '') AS project_name,
            p.place_kind, p.city_code, p.city_name, p.city_pinyin, p.place_raw,
            nullif({col("district", "f")}, '') AS district,
            coalesce(nullif({col("category", "f")}, ''), b.section) AS category, {texts},
            b.section, b.subsection, st.stage,
            coalesce(nullif({col("project_name", "f")}, ''), '') || '|' || p.place_label AS project_key,
            {", ".join(amount_sql)},
            CAST(CASE WHEN pe.reason IS NULL THEN pe.start_year END AS INTEGER) AS start_year,
            CAST(CASE WHEN pe.reason IS NULL THEN pe.end_year END AS INTEGER) AS end_year, pe.period_raw,
            list_filter([{", ".join(reasons)}, pe.reason], lambda r: r IS NOT NULL) AS reasons
        FROM project_cells AS b
        JOIN place_map AS p ON p.place_t IS NOT DISTINCT FROM {place_c} AND p.district_t IS NOT DISTINCT FROM {district_c}
                           AND p.group_t IS NOT DISTINCT FROM b.group_label
        JOIN period_map AS pe ON pe.period_t IS NOT DISTINCT FROM {period_c} AND pe.start_t IS NOT DISTINCT FROM {start_c}
                             AND pe.end_t IS NOT DISTINCT FROM {end_c}
        JOIN stage_map AS st ON st.stage_t IS NOT DISTINCT FROM {stage_c}
        {" ".join(amount_joins)}""")
    con.execute("CHECKPOINT")

    unmapped = [h for i, h in enumerate(header) if i not in mapping and h]
    column_map = {header[i]: column for i, column in mapping.items()}
    return Normalized(path, rows_read, unmapped, column_map)
