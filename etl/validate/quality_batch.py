"""Many small publications validated in one GX call, each keeping its own result and verdict.

A GX validation costs ~1 s of set-up (the context, the suite stored, a metric graph per expectation)
whatever the rows: a list of 266 rows paid ~1.2 s in GX and ~0.01 s in the checks themselves
(docs/benchmarks.md, "Many small lists"). So small frames are stacked into one frame, validated once,
and the result is cut back into one result per publication, as GX gives it for that frame alone:

- the row id becomes (frame index << 32) + row number, and each row-unique column (project_key) is
  prefixed with the frame index, so a rule never sees two publications as one;
- every count and share of a result is recomputed over that frame's own rows, and every list of failing
  values and rows keeps that frame's own, in GX's order;
- the result's statistics and success follow from its own expectations.

This holds for rules that judge each row (or pair, or uniqueness within the frame) and have no `mostly`;
a suite with any other rule, a frame over BATCH_ROWS rows, or a batch where a rule could not run is
validated frame by frame instead, so an error names its own publication. tests/test_quality_batch.py
holds the two ways equal.
"""

from __future__ import annotations

import copy
import json
import uuid
from collections import Counter
from collections.abc import Callable
from typing import Any

from etl.core.errors import SuiteError
from etl.core.settings import EXPECTATIONS_DIR
from etl.readers.staging import SMALL_LIST_ROWS

BATCH_ROWS = SMALL_LIST_ROWS  # rows validated in one call at most; a bigger frame is validated alone
ROW_BITS = 32
PARTIAL = 20  # GX's partial_unexpected_count in the COMPLETE format
ROW_RULES = {  # rules that judge each row of a frame on its own (or its uniqueness within the frame)
    "expect_column_values_to_not_be_null",
    "expect_column_value_lengths_to_be_between",
    "expect_column_values_to_be_in_set",
    "expect_column_values_to_be_between",
    "expect_column_pair_values_a_to_be_greater_than_b",
    "expect_column_values_to_be_unique",
}
UNIQUE_RULE = "expect_column_values_to_be_unique"
SEPARATOR = "\x1f"


def _expectations(suite_name: str) -> list[dict]:
    return json.loads((EXPECTATIONS_DIR / f"{suite_name}.json").read_text(encoding="utf-8"))["expectations"]


def splittable(expectations: list[dict]) -> bool:
    """Whether one call's result can be cut into per-frame results exactly (the module docstring)."""
    return all(e["type"] in ROW_RULES and "mostly" not in e.get("kwargs", {}) for e in expectations)


def batches(frames: list, limit: int = BATCH_ROWS) -> list[list[int]]:
    """Indexes of the frames, grouped in order into batches of at most `limit` rows; a frame of more
    rows than that is a batch of its own."""
    groups: list[list[int]] = []
    rows = limit
    for index, frame in enumerate(frames):
        if rows + len(frame) > limit:
            groups.append([])
            rows = 0
        groups[-1].append(index)
        rows += len(frame)
    return groups


def validate_together(frames: list, suite_name: str, validate_one: Callable[[Any, str], Any]) -> list:
    """Each frame's ValidationReport (an empty frame: none), batched where the suite allows it."""
    from etl.validate.quality import ValidationReport

    reports: list = [ValidationReport([], None)] * len(frames)
    present = [i for i, frame in enumerate(frames) if not frame.empty]
    expectations = _expectations(suite_name)
    groups = (
        batches([frames[i] for i in present])
        if splittable(expectations)
        else [[i] for i in range(len(present))]
    )
    for group in groups:
        indexes = [present[i] for i in group]
        if len(indexes) == 1:
            reports[indexes[0]] = validate_one(frames[indexes[0]], suite_name)
            continue
        try:
            parts = _validate_batch([frames[i] for i in indexes], suite_name, expectations, validate_one)
        except SuiteError:  # one frame's rule could not run: each on its own names which
            parts = [validate_one(frames[i], suite_name) for i in indexes]
        for index, report in zip(indexes, parts, strict=True):
            reports[index] = report
    return reports


def _stacked(frames: list, expectations: list[dict]):
    """One frame of all: row ids made unique, row-unique columns prefixed with the frame's index."""
    import pandas as pd

    from etl.validate.quality import ROW_ID

    unique = {e["kwargs"]["column"] for e in expectations if e["type"] == UNIQUE_RULE}
    parts = []
    for index, frame in enumerate(frames):
        part = frame.copy()
        part[ROW_ID] = part[ROW_ID].astype("int64") + (index << ROW_BITS)
        for column in unique & set(part.columns):
            values = part[column].astype(object)
            part[column] = values.where(values.isna(), f"{index}{SEPARATOR}" + values.astype(str))
        parts.append(part)
    return pd.concat(parts, ignore_index=True)


def _validate_batch(frames: list, suite_name: str, expectations: list[dict], validate_one) -> list:
    from etl.validate.quality import report_of

    whole = validate_one(_stacked(frames, expectations), suite_name).result_json
    return [report_of(_own_result(whole, frame, index), suite_name) for index, frame in enumerate(frames)]


def _columns(kwargs: dict) -> list[str]:
    return [kwargs[k] for k in ("column", "column_A", "column_B") if kwargs.get(k)]


def _unprefixed(value: Any, index: int) -> Any:
    prefix = f"{index}{SEPARATOR}"
    return value[len(prefix) :] if isinstance(value, str) and value.startswith(prefix) else value


def _counts(values: list) -> list[dict] | None:
    """GX's partial_unexpected_counts of a list of failing values (None where GX gives none)."""
    hashable = [tuple(v) if isinstance(v, list) else v for v in values]
    try:
        ordered = sorted(Counter(hashable).most_common(PARTIAL), key=lambda x: (-x[1], x[0]))
    except TypeError:
        return None
    return [{"value": list(k) if isinstance(k, tuple) else k, "count": c} for k, c in ordered]


class _Missing:
    """How many of a frame's rows miss a value in any of some columns, from one isna() of the frame: per
    rule, pandas' frame[columns].isna().any(axis=1) cost ~1 ms, most of cutting a batch's result back into
    per-publication results (docs/benchmarks.md, issue 25, fourth round)."""

    def __init__(self, frame) -> None:
        self.na = frame.isna().to_numpy()
        self.at = {column: n for n, column in enumerate(frame.columns)}

    def count(self, columns: list[str]) -> int:
        return int(self.na[:, [self.at[c] for c in columns]].any(axis=1).sum())


def _own_rule_result(item: dict, frame, index: int, missing: _Missing) -> dict:
    """One expectation's result over this frame's rows only (`missing`: the frame's _Missing)."""
    from etl.validate.quality import ROW_ID

    result = item["result"]
    mine = [
        n
        for n, row in enumerate(result.get("unexpected_index_list") or [])
        if row[ROW_ID] >> ROW_BITS == index
    ]
    unique = item["expectation_config"]["type"] == UNIQUE_RULE
    rows = []
    for n in mine:
        row = dict(result["unexpected_index_list"][n])
        row[ROW_ID] -= index << ROW_BITS
        rows.append({k: _unprefixed(v, index) if unique else v for k, v in row.items()})
    values = [
        _unprefixed(result["unexpected_list"][n], index) if unique else result["unexpected_list"][n]
        for n in mine
    ]
    elements = len(frame)
    own = dict(result, element_count=elements, unexpected_count=len(rows))
    nonmissing = elements
    if "missing_count" in result:
        columns = _columns(item["expectation_config"]["kwargs"])
        absent = missing.count(columns)
        own |= {"missing_count": absent, "missing_percent": absent / elements * 100}
        nonmissing = elements - absent
    share = len(rows) / nonmissing * 100 if nonmissing else None
    own["unexpected_percent"] = share
    if "unexpected_percent_total" in result:
        own |= {
            "unexpected_percent_total": len(rows) / elements * 100,
            "unexpected_percent_nonmissing": share,
        }
    position = {int(r): p for p, r in enumerate(frame[ROW_ID])} if rows else {}  # most rules fail no row
    own |= {"unexpected_list": values, "unexpected_index_list": rows, "partial_unexpected_list": values[:PARTIAL],
            "partial_unexpected_index_list": rows[:PARTIAL],
            "unexpected_index_query": f"df.filter(items={[position[r[ROW_ID]] for r in rows]}, axis=0)"}  # fmt: skip
    counts = _counts(values)
    if counts is None:
        own.pop("partial_unexpected_counts", None)
    else:
        own["partial_unexpected_counts"] = counts
    return own


def _own_result(whole: dict, frame, index: int) -> dict:
    """The suite's result over this frame's rows only, as GX would give it for the frame alone."""
    own = copy.deepcopy({k: v for k, v in whole.items() if k != "results"})
    results = []
    missing = _Missing(frame)
    for item in whole["results"]:
        result = _own_rule_result(item, frame, index, missing)
        results.append(dict(item, result=result, success=result["unexpected_count"] == 0))
    passed = sum(r["success"] for r in results)
    own["results"] = results
    own["success"] = passed == len(results)
    own["statistics"] = {"evaluated_expectations": len(results), "successful_expectations": passed,
                         "unsuccessful_expectations": len(results) - passed,
                         "success_percent": passed / len(results) * 100 if results else None}  # fmt: skip
    own["meta"] = dict(own.get("meta") or {}, validation_id=str(uuid.uuid4()), validated_together=True)
    return own
