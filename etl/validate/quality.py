"""Row-level validation with Great Expectations (GX Core 1.x) on a pandas DataFrame.

The suites in expectations/*.json are the single source of the rules. GX is imported inside the
functions that need it: it costs ~5 s, and most code paths (an unchanged daily run) never validate.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import json
import logging
import math
import threading
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from etl.core.errors import SuiteError
from etl.core.settings import EXPECTATIONS_DIR

ROW_ID = "row_number"
_GX_LOCK = threading.Lock()
AMOUNT_FIELDS = ("total_investment_wan", "annual_plan_wan")


@dataclass
class ExpectationOutcome:
    suite: str
    expectation: str  # e.g. "expect_column_values_to_be_between(total_investment_wan)"
    success: bool
    unexpected_count: int
    sample: list[Any]
    row_numbers: list[int] = field(default_factory=list)


def expectation_label(config: Any) -> str:
    kwargs = config.kwargs
    columns = (
        kwargs.get("column") or kwargs.get("column_list") or [kwargs.get("column_A"), kwargs.get("column_B")]
    )
    if isinstance(columns, list):
        columns = ",".join(str(c) for c in columns if c)
    return f"{config.type}({columns})"


def load_suite(name: str, directory: Path = EXPECTATIONS_DIR):
    """Build a GX suite from our JSON and make sure GX kept every expectation (it drops unknown ones)."""
    import great_expectations as gx

    path = directory / f"{name}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise SuiteError(f"{path}: cannot read the suite: {exc}") from exc
    declared = data.get("expectations", [])
    suite = gx.ExpectationSuite(name=data["name"], expectations=declared, meta=data.get("meta", {}))
    if len(suite.expectations) != len(declared):
        kept = {e.expectation_type for e in suite.expectations}
        dropped = sorted({e.get("type", "?") for e in declared} - kept)
        raise SuiteError(
            f"{path}: GX kept {len(suite.expectations)} of {len(declared)} expectations; "
            f"unknown or invalid: {dropped}"
        )
    return suite


def suite_columns(suite) -> list[str]:
    """The columns a suite's expectations read: the only ones worth handing to GX."""
    columns: list[str] = [ROW_ID]
    for expectation in suite.expectations:
        kwargs = expectation.configuration.kwargs
        for key in ("column", "column_A", "column_B"):
            if kwargs.get(key) and kwargs[key] not in columns:
                columns.append(kwargs[key])
        columns.extend(c for c in kwargs.get("column_list") or [] if c not in columns)
    return columns


def set_columns(suite) -> list[str]:
    """Columns a suite checks against a set of values (place kinds, city codes): few distinct values."""
    return [e.configuration.kwargs["column"] for e in suite.expectations
            if e.expectation_type == "expect_column_values_to_be_in_set"]  # fmt: skip


# A set-checked column with more distinct values than this is left as text (a category per value
# would save nothing).
MAX_CATEGORIES = 10_000


def _selected(con, column: str, categories: set[str]) -> str:
    """How a suite column leaves DuckDB for GX: amounts as DOUBLE, set-checked columns as categories."""
    if column in AMOUNT_FIELDS:
        return f"CAST({column} AS DOUBLE) AS {column}"
    return _as_category(con, column) if column in categories else column


def _as_category(con, column: str) -> str:
    """The column as a DuckDB ENUM of its own values, which becomes a pandas category: one small code per
    row instead of a Python string per row (a 1M-row list: ~55 MB a column less before GX starts)."""
    from etl.core.duck import sql_text

    values = con.execute(f"SELECT DISTINCT {column} FROM candidates WHERE {column} IS NOT NULL "
                         f"AND len(reasons) = 0 LIMIT {MAX_CATEGORIES + 1}").fetchall()  # fmt: skip
    if not values or len(values) > MAX_CATEGORIES or any("\x00" in str(v) for (v,) in values):
        return column  # (DuckDB's parser ends a string literal at a NUL character)
    return f"CAST({column} AS ENUM({', '.join(sql_text(v) for (v,) in values)})) AS {column}"


def _frame(records: list[dict], columns: list[str]):
    """DataFrame for validation, of the suite's columns only (GX filters the whole frame once per rule):
    amounts as float here only; storage keeps the exact Decimal."""
    import pandas as pd

    present = [c for c in columns if c in records[0]]  # a missing column must make its rule fail loudly
    frame = pd.DataFrame({c: [r.get(c) for r in records] for c in present})
    for column in AMOUNT_FIELDS:
        if column in frame:
            frame[column] = pd.to_numeric(frame[column].map(lambda v: None if v is None else float(v)))
    return frame


def _quiet_gx() -> None:
    """GX as a library: no chatter, and no fingerprint of the whole frame.

    GX hashes every row of a pandas batch below 1e9 bytes for a batch marker ("pandas_data_fingerprint")
    that nothing here reads: at 1M rows that is ~130 MB more at the run's peak and ~1 s. Its own switch
    is the module's HASH_THRESHOLD; a frame larger than the threshold is never hashed, so 0 skips it."""
    from great_expectations.execution_engine import pandas_execution_engine

    pandas_execution_engine.HASH_THRESHOLD = 0
    for name in ("great_expectations", "great_expectations.core", "great_expectations.data_context"):
        logging.getLogger(name).setLevel(logging.ERROR)


def import_gx() -> None:
    """Import GX (~3–5 s on 2 cores) ahead of the first validation: the flow calls this while the lists are
    read in the reader workers, when its own thread would only wait (flows/refresh.py). A failure is left
    to the validation, which reports it for each publication."""
    with contextlib.suppress(Exception):
        _quiet_gx()


def _ephemeral_context():
    """An in-memory GX context with progress bars off (they would flood the flow's logs)."""
    import great_expectations as gx
    from great_expectations.data_context.types.base import (
        DataContextConfig,
        InMemoryStoreBackendDefaults,
        ProgressBarsConfig,
    )

    config = DataContextConfig(
        store_backend_defaults=InMemoryStoreBackendDefaults(),
        progress_bars=ProgressBarsConfig(globally=False),
        analytics_enabled=False,
    )
    return gx.get_context(project_config=config, mode="ephemeral")


def _plain(value: Any) -> Any:
    """A JSON-safe sample value: NaN becomes None, numpy scalars become Python ones."""
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item"):
        return _plain(value.item())
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value if isinstance(value, str | int | float | bool | type(None)) else str(value)


@dataclass
class ValidationReport:
    outcomes: list[ExpectationOutcome]
    result_json: dict | None  # GX's ExpectationSuiteValidationResult as JSON, for Data Docs


def validate_records(records: list[dict], suite_name: str = "projects") -> ValidationReport:
    """Run a suite over normalized records; each outcome lists the row numbers that failed it."""
    if not records:
        return ValidationReport([], None)
    suite = load_suite(suite_name)
    return validate_frame(_frame(records, suite_columns(suite)), suite_name)


def _suite_shape(suite_name: str) -> tuple[list[str], set[str]]:
    """The columns a suite reads and those it checks against a set, read from its JSON once per process and
    file version, without GX: the reader workers take a small list's frame and never import GX (~5 s).
    The validation itself builds the suite with load_suite, which fails if GX dropped any expectation."""
    path = EXPECTATIONS_DIR / f"{suite_name}.json"
    return _shape_of(path, path.stat().st_mtime_ns)


@functools.cache
def _shape_of(path: Path, _version: int) -> tuple[list[str], set[str]]:
    try:
        declared = json.loads(path.read_text(encoding="utf-8")).get("expectations", [])
    except (OSError, json.JSONDecodeError) as exc:
        raise SuiteError(f"{path}: cannot read the suite: {exc}") from exc
    suite = SimpleNamespace(expectations=[
        SimpleNamespace(expectation_type=e.get("type"), configuration=SimpleNamespace(kwargs=e.get("kwargs", {})))
        for e in declared])  # fmt: skip
    return suite_columns(suite), set(set_columns(suite))


def frame_of(con, suite_name: str = "projects"):
    """A staged publication's readable project rows, over a connection to its staging file, as GX validates
    them: only the suite's columns leave DuckDB, as a DataFrame with amounts as float (storage keeps the
    exact DECIMAL)."""
    wanted, categories = _suite_shape(suite_name)
    from etl.readers.staging import column_names

    present = set(column_names(con, "candidates"))
    # a missing column must make its rule fail loudly, as in _frame
    columns = [_selected(con, c, categories) for c in wanted if c in present]
    return con.execute(f"SELECT {', '.join(columns)} FROM candidates WHERE len(reasons) = 0").df()


def staged_frame(normalized, suite_name: str = "projects"):
    """frame_of a staged publication (etl.normalize.Normalized), over a read-only connection."""
    with normalized.connect() as con:
        return frame_of(con, suite_name)


def validate_normalized(normalized, suite_name: str = "projects") -> ValidationReport:
    """Run a suite over a staged publication's readable project rows (etl.normalize.Normalized)."""
    from etl.readers.staging import release_free_memory

    frame = staged_frame(normalized, suite_name)
    if frame.empty:
        return ValidationReport([], None)
    big = len(frame) > 50_000
    try:
        return validate_frame(frame, suite_name)
    finally:
        del frame
        if big:  # GX's objects hold the frame in reference cycles: free it before the load needs memory
            gc.collect()
            release_free_memory()


def validate_frames(frames: list, suite_name: str = "projects") -> list[ValidationReport]:
    """Each frame's report, as validate_frame gives it; small frames are validated together, in one GX
    call per batch (etl/validate/quality_batch.py): GX's set-up costs ~1 s a call whatever the rows."""
    from etl.validate.quality_batch import validate_together

    _quiet_gx()
    with _GX_LOCK:
        return validate_together(frames, suite_name, _validate)


def validate_frame(frame, suite_name: str = "projects") -> ValidationReport:
    _quiet_gx()
    with _GX_LOCK:  # GX keeps process-wide state (its project manager): one validation at a time
        return _validate(frame, suite_name)


def _raised(info: dict | None) -> str | None:
    """GX reports an error either flat or one level down, keyed by the metric that failed."""
    if not info:
        return None
    if info.get("raised_exception"):
        return str(info.get("exception_message"))
    for value in info.values():
        if isinstance(value, dict) and value.get("raised_exception"):
            return str(value.get("exception_message"))
    return None


def _validate(frame, suite_name: str) -> ValidationReport:
    import great_expectations as gx

    suite = load_suite(suite_name)
    context = _ephemeral_context()
    batch_definition = (
        context.data_sources.add_pandas("normalized")
        .add_dataframe_asset(suite_name)
        .add_batch_definition_whole_dataframe("whole")
    )
    suite = context.suites.add(suite)
    validation = gx.ValidationDefinition(name=f"{suite_name}-rows", data=batch_definition, suite=suite)
    try:
        result = validation.run(
            batch_parameters={"dataframe": frame},
            result_format={"result_format": "COMPLETE", "unexpected_index_column_names": [ROW_ID]},
        )
    finally:  # GX keeps its last context process-wide: without this, it holds on to the whole frame
        context.data_sources.delete("normalized")
    return report_of(result.to_json_dict(), suite_name)


def report_of(result_json: dict, suite_name: str) -> ValidationReport:
    """Outcomes (the row numbers that failed each rule) from GX's result as JSON: the stored result and
    the outcomes that quarantine rows are read from the same thing."""
    outcomes = []
    for item in result_json["results"]:
        details = item.get("result") or {}
        error = _raised(item.get("exception_info"))
        config = item["expectation_config"]
        label = expectation_label(SimpleNamespace(type=config["type"], kwargs=config["kwargs"]))
        if error:  # a rule that could not run must not pass as "no failing rows"
            raise SuiteError(f"suite {suite_name}: {label} raised {error}")
        index_list = details.get("unexpected_index_list") or []
        row_numbers = sorted({int(i[ROW_ID]) if isinstance(i, dict) else int(i) for i in index_list})
        sample = [_plain(v) for v in (details.get("partial_unexpected_list") or [])[:5]]
        outcomes.append(
            ExpectationOutcome(
                suite=suite_name,
                expectation=label,
                success=bool(item["success"]),
                unexpected_count=int(details.get("unexpected_count") or 0),
                sample=sample,
                row_numbers=row_numbers,
            )
        )
    return ValidationReport(outcomes, result_json)
