"""RawTable → canonical project records, non-project rows and rows that cannot be read (quarantine).

Plain functions, no Prefect, no database: the tests call them on small fixture tables.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field

from etl.catalog import Source
from etl.headers import AMOUNT_COLUMNS, header_units, map_headers
from etl.places import PROVINCE_CODE, Place, city_by_code, resolve_place
from etl.readers import RawTable
from etl.rows import classify_row
from etl.units import AmountError, fold_text, last_digit_wan, parse_amount

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


class NormalizeError(ValueError):
    """The table as a whole cannot be normalized (e.g. it has no project-name column)."""


@dataclass
class Normalized:
    projects: list[dict]
    quarantined: list[dict]
    non_projects: list[dict]
    rows_read: int
    unmapped_headers: list[str]
    column_map: dict[str, str] = field(default_factory=dict)  # header as published → canonical column

    @property
    def accounted(self) -> bool:
        return self.rows_read == len(self.projects) + len(self.quarantined) + len(self.non_projects)


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


def normalize(table: RawTable, source: Source) -> Normalized:
    mapping = map_headers(table.header, source.columns)
    if "project_name" not in mapping.values():
        raise NormalizeError(f"no project-name column among the headers {table.header}")
    by_column = {column: index for index, column in mapping.items()}
    units = header_units(table.header)
    default_unit = table.unit_hint or source.unit
    default_place = _publication_place(source)

    def cell(cells: list[str | None], column: str) -> str | None:
        index = by_column.get(column)
        return cells[index] if index is not None and index < len(cells) else None

    projects: list[dict] = []
    quarantined: list[dict] = []
    non_projects: list[dict] = []
    section: str | None = None  # the category heading ("一、基础设施工程（17个）") the row sits under
    subsection: str | None = None  # the sub-category heading ("-1 国铁干线项目")
    group_place: Place | None = None

    for row in table.rows:
        raw = {
            (table.header[i] if i < len(table.header) and table.header[i] else f"col{i + 1}"): v
            for i, v in enumerate(row.cells)
            if v not in (None, "")
        }
        raw_json = json.dumps(raw, ensure_ascii=False)
        name_index = by_column["project_name"]
        others = [v for i, v in enumerate(row.cells) if i not in (name_index, by_column.get("seq"))]
        kind = classify_row(cell(row.cells, "seq"), cell(row.cells, "project_name"), others)
        if kind.kind != "project":
            if kind.kind == "category":
                section, subsection = kind.label, None
            elif kind.kind == "subcategory":
                subsection = kind.label
            elif kind.kind == "city_group":
                group_place = resolve_place(kind.label)
            entry = {
                "row_number": row.line,
                "kind": kind.kind,
                "label": kind.label,
                "declared_count": kind.declared_count,
                "raw": raw_json,
                "context": section if kind.kind != "category" else None,
            }
            for column in AMOUNT_COLUMNS:  # a total or heading row may state the sum of the rows under it
                entry[f"declared_{column}_wan"] = entry[f"declared_{column}_precision_wan"] = None
                try:
                    unit = units.get(by_column.get(column, -1), default_unit)
                    value, used = parse_amount(cell(row.cells, column), unit)
                except AmountError:
                    continue
                if value is not None:
                    entry[f"declared_{column}_wan"] = value
                    entry[f"declared_{column}_precision_wan"] = last_digit_wan(value, used)
            non_projects.append(entry)
            continue

        reasons: list[str] = []
        record: dict = {"row_number": row.line, "raw": raw_json}
        record["seq"] = fold_text(cell(row.cells, "seq")) or None
        record["project_name"] = fold_text(cell(row.cells, "project_name")) or None
        default = group_place or default_place
        place_text = cell(row.cells, "place")
        place = resolve_place(place_text, default=default)
        if not fold_text(place_text) and fold_text(cell(row.cells, "district")):
            # A district or town column: it may name another city's district; a town we do not know
            # (中山's 镇街) stays in the list's own city.
            by_district = resolve_place(cell(row.cells, "district"))
            place = by_district if by_district.kind == "city" or default is None else default
            place_text = cell(row.cells, "district")
        record.update(
            place_kind=place.kind,
            city_code=place.code,
            city_name=place.name_zh,
            city_pinyin=place.pinyin,
            place_raw=fold_text(place_text) or None,
            district=fold_text(cell(row.cells, "district")) or None,
        )
        for column in ("category", "cluster", "funding", "owner", "content", "remark"):
            record[column] = fold_text(cell(row.cells, column)) or None
        record["category"] = record["category"] or section
        record["section"] = section
        record["subsection"] = subsection
        record["stage"] = normalize_stage(cell(row.cells, "stage"))
        # Identity of a project within a publication: name + where it is (see docs/conventions.md).
        record["project_key"] = f"{record['project_name'] or ''}|{place.label}"

        for column in AMOUNT_COLUMNS:
            raw_amount = cell(row.cells, column)
            record[f"{column}_raw"] = (raw_amount or "").strip() or None  # as published
            try:
                unit = units.get(by_column.get(column, -1), default_unit)
                value, used = parse_amount(raw_amount, unit)
                record[f"{column}_wan"] = value
                record[f"{column}_unit"] = used
            except AmountError as exc:
                record[f"{column}_wan"] = None
                record[f"{column}_unit"] = None
                reasons.append(f"unreadable_{column}: {exc}")

        try:
            start, end = parse_period(cell(row.cells, "period"))
            start = parse_year(cell(row.cells, "start_year")) or start
            end = parse_year(cell(row.cells, "end_year")) or end
        except ValueError as exc:
            start = end = None
            reasons.append(f"unreadable_years: {exc}")
        record.update(start_year=start, end_year=end, period_raw=fold_text(cell(row.cells, "period")) or None)

        if reasons:
            quarantined.append(
                {
                    "row_number": row.line,
                    "raw": raw_json,
                    "reasons": reasons,
                    "project_name": record["project_name"],
                }
            )
        else:
            projects.append(record)

    unmapped = [h for i, h in enumerate(table.header) if i not in mapping and h]
    column_map = {table.header[i]: column for i, column in mapping.items()}
    return Normalized(projects, quarantined, non_projects, len(table.rows), unmapped, column_map)
