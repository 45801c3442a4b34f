"""gdmp — the Guangdong major-projects pipeline from one command.

    gdmp run [--force] [--catalog PATH]          the daily refresh (a Prefect flow)
    gdmp backfill START END [--source ID] …      re-load the publications of a date range
    gdmp check-catalog [--catalog PATH]          validate the catalog; no network
    gdmp status [--warehouse PATH]               per source: version in force, fetched, last run
    gdmp review [SOURCE] [--write | --apply]     releases' ambiguous sentences and disagreements; decisions
    gdmp report | docs | export                  HTML report, data dictionary, Parquet/XLSX/CSV exports
    gdmp restore [--force] [--warehouse PATH]    put the previous published generation back

This module only parses arguments: each command's code is imported when it runs, so `gdmp --help` and
`gdmp check-catalog` start in well under a second and never import Prefect (only `run` and `backfill`
do). Settings come from GDMP_* variables (README), read once per command and passed to it: a bad value
ends the command with one line naming the variable. Paths given here win over them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import sys
from pathlib import Path

Commands = argparse._SubParsersAction  # what add_subparsers returns

LIST_KINDS = ("provincial_plan", "city_plan", "groundbreaking", "signing")  # etl.fetching.catalog.ListKind
FORMATS = ("xlsx", "parquet", "csv")  # etl.present.exports.FORMATS
WAREHOUSE_HELP = (
    "the DuckDB file, or ducklake:<catalog>, opened read-only (default: the settings' warehouse, "
    "GDMP_WAREHOUSE_BACKEND)"
)
CATALOG_HELP = "the source catalog, YAML (default: $GDMP_CATALOG, else catalog/sources.yaml)"


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _command(
    commands: Commands, name: str, handler: str, help_text: str, description: str
) -> argparse.ArgumentParser:
    parser = commands.add_parser(name, help=help_text, description=description)
    parser.set_defaults(handler=handler)
    return parser


def _pipeline_commands(commands: Commands) -> None:
    run = _command(commands, "run", "gdmp.pipeline:run", "run the daily refresh now",
                   "Refresh every publication of the catalog into the warehouse (the daily-refresh flow, on a "
                   "temporary Prefect server unless PREFECT_API_URL is set). Exit 1 if any publication is "
                   "rejected or failed.")  # fmt: skip
    run.add_argument("--force", action="store_true", help="re-process publications even if unchanged")
    run.add_argument("--catalog", type=Path, metavar="PATH", help=CATALOG_HELP)
    backfill = _command(commands, "backfill", "gdmp.pipeline:backfill", "re-load the publications of a date range",
                        "Re-load the publications published between START and END (the backfill flow). "
                        "Valid source ids: `gdmp check-catalog`.")  # fmt: skip
    backfill.add_argument("start", type=_date, help="first publication date to include (YYYY-MM-DD)")
    backfill.add_argument("end", type=_date, help="last publication date to include (YYYY-MM-DD)")
    backfill.add_argument("--source", action="append", dest="sources", metavar="ID",
                          help="only this catalog id (repeatable; `gdmp check-catalog` lists them)")  # fmt: skip
    backfill.add_argument("--kind", action="append", dest="list_kinds", choices=LIST_KINDS,
                          help="only this kind of list (repeatable)")  # fmt: skip
    backfill.add_argument("--mode", choices=("reprocess", "refetch"), default="reprocess",
                          help="reprocess: from the raw archive, skipping what is unchanged (default); "
                               "refetch: fetch again")  # fmt: skip
    backfill.add_argument("--force", action="store_true", help="reprocess even unchanged publications")
    backfill.add_argument("--catalog", type=Path, metavar="PATH", help=CATALOG_HELP)


def _warehouse_commands(commands: Commands) -> None:
    check = _command(commands, "check-catalog", "gdmp.sources:check_catalog", "validate the catalog (no network)",
                     "Check every entry of the catalog and list the sources (id, kind, city, published, "
                     "location). Nothing is fetched. Exit 1 naming every problem.")  # fmt: skip
    check.add_argument("--catalog", type=Path, metavar="PATH", help=CATALOG_HELP)
    status = _command(commands, "status", "gdmp.sources:status", "the state of every source",
                      "Per source: the version in force, when it was fetched, and the last run's outcome and "
                      "message (cut to one line; the table publication_runs has it whole).")  # fmt: skip
    status.add_argument("--warehouse", metavar="PATH", help=WAREHOUSE_HELP)
    status.add_argument("--catalog", type=Path, metavar="PATH", help=CATALOG_HELP)
    review = _command(commands, "review", "gdmp.review:review", "review what the releases' prose left open",
                      "Per release in force: figures read, ambiguous sentences, figures that disagree with the "
                      "lists it announces. With SOURCE: those sentences; --write adds a pending decision per "
                      "sentence to the release's reviewed file (GDMP_REVIEWS_DIR, catalog/reviews/SOURCE.yaml), "
                      "edited by hand; --apply reads the release again now, from the archive. SOURCE identity: "
                      "pairs of rows that may be one project; --write adds pending judgements to "
                      "catalog/reviews/identity.yaml; --apply links the rows again now.")  # fmt: skip
    review.add_argument("source", nargs="?", metavar="SOURCE", help="a release's catalog id, or identity")
    action = review.add_mutually_exclusive_group()
    action.add_argument("--write", action="store_true", help="add pending decisions to the review file")
    action.add_argument("--apply", action="store_true", help="read SOURCE again now with its review file")
    review.add_argument("--warehouse", metavar="PATH", help=WAREHOUSE_HELP)
    review.add_argument("--catalog", type=Path, metavar="PATH", help=CATALOG_HELP)
    report = _command(commands, "report", "gdmp.outputs:report", "write the HTML report",
                      "One self-contained HTML page with charts (no external references).")  # fmt: skip
    report.add_argument("--warehouse", metavar="PATH", help=WAREHOUSE_HELP)
    report.add_argument(
        "--out", type=Path, help="HTML file to write (default: $GDMP_DATA_DIR/report/index.html)"
    )
    docs = _command(commands, "docs", "gdmp.outputs:docs", "write the data dictionary",
                    "docs/data_dictionary.md from the comments stored in the warehouse.")  # fmt: skip
    docs.add_argument("--warehouse", metavar="PATH", help=WAREHOUSE_HELP)
    docs.add_argument("--out", type=Path, help="Markdown file to write (default: docs/data_dictionary.md)")
    export = _command(commands, "export", "gdmp.outputs:export", "export the main views (xlsx, parquet, csv)",
                      "Write every main view: xlsx = one workbook, a sheet per view behind a sheet 说明 About; "
                      "parquet and csv = one file per view (CSV in UTF-8 with a BOM, for Excel).")  # fmt: skip
    export.add_argument("--format", choices=FORMATS, default="xlsx", help="default: xlsx")
    export.add_argument("--out", type=Path, help="folder to write into (default: $GDMP_DATA_DIR/export)")
    export.add_argument("--warehouse", metavar="PATH", help=WAREHOUSE_HELP)


def _recovery_commands(commands: Commands) -> None:
    restore = _command(commands, "restore", "gdmp.recovery:restore", "put the previous published generation back",
                       "Replace a damaged published warehouse with the previous generation each publish keeps "
                       "beside it (warehouse.duckdb.previous), under the lock runs take. The damaged file is "
                       "moved aside (warehouse.duckdb.damaged-<time>), never deleted. Refuses when the previous "
                       "generation is damaged too, or when the published file is whole (unless --force). The "
                       "DuckLake backend has no file: its snapshots are the way back.")  # fmt: skip
    restore.add_argument("--force", action="store_true",
                         help="restore even though the published file is whole (roll back one run)")  # fmt: skip
    restore.add_argument("--warehouse", metavar="PATH",
                         help="the published DuckDB file (default: $GDMP_WAREHOUSE, else "
                              "$GDMP_DATA_DIR/warehouse.duckdb)")  # fmt: skip


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="gdmp", description=__doc__.splitlines()[0],
                                     epilog="`gdmp COMMAND --help` describes each command.")  # fmt: skip
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)
    _pipeline_commands(commands)
    _warehouse_commands(commands)
    _recovery_commands(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; its exit code (0: done; 1: something failed, said on stderr)."""
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    from etl.core.errors import SettingsError
    from etl.core.settings import get_settings

    try:
        settings = get_settings()
    except SettingsError as exc:
        print(f"gdmp: {exc}", file=sys.stderr)
        return 1
    module, function = args.handler.split(":")
    handler = getattr(importlib.import_module(module), function)
    return handler(args, settings)
