from __future__ import annotations

import dataclasses

from prefect import task
from prefect.artifacts import create_link_artifact, create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run

from etl import warehouse
from etl.core.settings import Settings
from etl.present.run_summary import markdown_summary
from etl.present.totals_table import RunReport, province_totals_rows, totals_report
from etl.run.outcomes import Outcome
from etl.warehouse.report_cache import cached_report

REPORT_CACHE = "run_report_cache.json"  # in the data folder: the last report and the stamp it was read at


@task(cache_policy=NO_CACHE)
def report_totals(db: str, settings: Settings) -> RunReport:
    """The province totals where the run loaded (its views were refreshed at run start): the printable
    report and the rows of the UI's table, read over one connection from one state of the warehouse.
    When nothing the report reads changed since the last report (no version loaded, no relinking, the
    same versions in force: etl/warehouse/report_cache.py), the last one is taken as it was: its views
    cost ~1.5 s at 200 lists and grow with the warehouse."""
    with warehouse.connect(db, warehouse.WarehouseConfig.from_settings(settings), schema=False) as con:
        return cached_report(con, settings.data_dir.resolve() / REPORT_CACHE,
                             lambda: RunReport(totals_report(con), province_totals_rows(con)),
                             dataclasses.asdict, lambda kept: RunReport(**kept))  # fmt: skip


@task(cache_policy=NO_CACHE)
def publish_run_artifacts(outcomes: list[Outcome], report: RunReport, warehouse: str) -> None:
    """Markdown summary of the run, titled after its flow ("Daily refresh", "Backfill"), and a table of
    province totals, visible on the flow run in the UI; `warehouse` names where the run loaded."""
    flow_name = flow_run.flow_name or "daily-refresh"
    create_markdown_artifact(
        key=f"{flow_name}-summary",
        markdown=markdown_summary(outcomes, warehouse, flow_name.replace("-", " ").capitalize()),
        description="Publications loaded / unchanged / rejected / failed, row counts, reconciliation",
    )
    create_table_artifact(
        key="province-totals",
        table=report.province_totals,
        description="Province totals per kind of list and year (亿元); kinds are never added together",
    )


@task(cache_policy=NO_CACHE, task_run_name="build Data Docs")
def build_data_docs_site(validated: bool, settings: Settings) -> str | None:
    """GX Data Docs (offline) for every kept validation result; built only when this run validated
    (`validated`: a publication was gated, so a result was saved), and then only the new results' pages are
    rendered into a copy of the last site (etl/present/data_docs/build.py). It needs nothing but the saved
    results, so the flow submits it as soon as preparing ends, beside the loading (flows/refresh.py)."""
    index = settings.data_docs_dir / "index.html"
    if index.exists() and not validated:  # before listing the kept results: that grows with the archive
        return str(index)
    files = sorted(settings.validations_dir.glob("*/*.json"))
    if not files:
        return str(index) if index.exists() else None
    from etl.present.data_docs import build_data_docs  # imports GX (~5 s): only when there is something new

    index = build_data_docs(files, settings.data_docs_dir)
    create_link_artifact(
        key="data-docs",
        link=index.as_uri(),
        link_text="GX Data Docs (opens offline)",
        description="Great Expectations validation results of every loaded or rejected version",
    )
    return str(index)
