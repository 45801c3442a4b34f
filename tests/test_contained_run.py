"""One bad publication never takes the run down (issue 23), end to end: a real daily flow, in a child
process held to 150 s and 2 GiB (scripts/corpus/hostile_run.py run_bounded), over good lists and one
publication of each class that used to take the run or the machine down:

- a reader bomb the readers' own checks do not measure (a Flate + RunLength filter chain: ~70 KB that
  decode to 4 GiB): stopped by the reader worker's memory cap, GDMP_READER_MEMORY_MB;
- a PDF that is merely slow (just under the page budget, ~7–10 s of parsing): stopped by the worker's
  wall-clock cap, GDMP_READER_SECONDS;
- a PDF of nested forms (10⁷ glyphs from 2 KB): refused by the PDF drawing budget;
- a user-password PDF refused saying so, and an owner-password PDF read;
- an exception none of our code expects, injected while preparing one list, while loading another and in
  the identity step after loading (GDMP_CRASH_POINT=error:…), as a bug met by one odd input would raise.

Each fails that publication only, with a publication_runs row naming the source and the reason; the good
lists load in the same run; the run ends Failed, within its bounds. The reader-level cases (each class
refused or read within 1 GiB and 60 s) are in tests/test_reader_limits.py via scripts/corpus/hostile_files.py.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import duckdb
import pytest
import yaml

from scripts.corpus import hostile_pdfs
from scripts.corpus.hostile_builders import HEADER, PROJECTS, csv_bytes, pdf_with_content
from scripts.corpus.hostile_run import outcomes_of, run_bounded

pytestmark = pytest.mark.usefixtures("prefect_harness")
REPO = Path(__file__).resolve().parent.parent  # relative catalog paths are read from here
SECONDS, CEILING_MB = 150, 2048
# The slow page parses for ~7 s and its memory grows faster as it goes (measured in process: +77 MB at 3 s, +292 MB at
# 6 s, ~370 MB at the end): a 6 s cap raced the 400 MB cap on a quiet machine, and the memory cap won once (a fresh
# clone's make test). At 3 s it is far from it; a loaded machine parses less in 3 s, so uses less.
CAPS = {"GDMP_READER_MEMORY_MB": "400", "GDMP_READER_SECONDS": "3", "GDMP_READER_WORKERS": "2"}
INJECTED = "error:prepare:broken-prepare,error:load:broken-load,error:identity"


def _inputs() -> dict[str, tuple[str, bytes]]:
    """source id → (file name, bytes)."""
    good = csv_bytes([HEADER, *PROJECTS])
    return {
        "good-list": ("good.csv", good),
        "owner-password": ("owner.pdf", hostile_pdfs.owner_password()),
        "filter-chain": ("chain.pdf", hostile_pdfs.filter_chain(4)),
        "slow-page": ("slow.pdf", pdf_with_content(b"0 0 m 1 1 l S\n" * 74_000)),  # just under 1 MiB
        "nested-forms": ("nested.pdf", hostile_pdfs.nested_forms()),
        "user-password": ("user.pdf", hostile_pdfs.user_password()),
        "broken-prepare": ("good-2.csv", good),
        "broken-load": ("good-3.csv", good),
        "good-list-last": ("good-4.csv", good),
    }


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    from prefect.settings import PREFECT_API_URL

    workdir = tmp_path_factory.mktemp("contained")
    lists = workdir / "lists"
    lists.mkdir()
    entries = []
    for source_id, (name, payload) in _inputs().items():
        (lists / name).write_bytes(payload)
        entries.append({"id": source_id, "title": source_id, "publisher": "p", "list_kind": "signing",
                        "city": "惠州", "published": "2024-03-01", "location": os.path.relpath(lists / name, REPO), "unit": "万元"})  # fmt: skip
    catalog = workdir / "catalog.yaml"
    catalog.write_text(yaml.safe_dump({"sources": entries}, allow_unicode=True), encoding="utf-8")
    env = {**os.environ, **CAPS, "PREFECT_API_URL": PREFECT_API_URL.value(), "GDMP_DATA_DIR": str(workdir / "data"),
           "GDMP_SOURCE_ROOTS": str(lists), "GDMP_CRASH_POINT": INJECTED}  # fmt: skip
    command = [sys.executable, "-m", "flows.daily_refresh", "--catalog", str(catalog)]
    code, seconds, peak, killed, output = run_bounded(command, env, SECONDS, CEILING_MB)
    warehouse = workdir / "data" / "warehouse.duckdb"
    return {"code": code, "seconds": seconds, "peak": peak, "killed": killed, "output": output,
            "outcomes": outcomes_of(warehouse), "warehouse": warehouse}  # fmt: skip


def test_the_run_ends_failed_within_its_bounds(run):
    assert run["killed"] is None, run["output"][-3000:]
    assert run["code"] == 1, run["output"][-3000:]  # Failed: bad publications were refused
    # the flow (~350 MB with Prefect) and two workers, one at its 400 MB cap: well under what a bomb took
    assert run["peak"] < 1200 and run["seconds"] < SECONDS, (run["peak"], run["seconds"])


@pytest.mark.parametrize("source_id", ["good-list", "good-list-last", "owner-password"])
def test_the_good_lists_load_beside_them(run, source_id):
    status, message = run["outcomes"].get(source_id, ("missing", ""))
    assert status == "loaded", message
    with duckdb.connect(str(run["warehouse"]), read_only=True) as con:
        names = con.execute("SELECT project_name FROM projects WHERE source_id = ?", [source_id]).fetchall()
    assert len(names) == (3 if source_id == "owner-password" else len(PROJECTS)), names


@pytest.mark.parametrize(
    ("source_id", "reason"),
    [
        ("filter-chain", "GDMP_READER_MEMORY_MB"),
        ("slow-page", "GDMP_READER_SECONDS"),
        ("nested-forms", "GDMP_PDF_MAX_PAGE_BYTES"),
        ("user-password", "password needed to open it"),
        (
            "broken-prepare",
            "unexpected RuntimeError while preparing it: injected fault at prepare:broken-prepare",
        ),
        ("broken-load", "unexpected RuntimeError while loading it: injected fault at load:broken-load"),
    ],
)
def test_each_bad_publication_fails_alone_naming_its_source_and_reason(run, source_id, reason):
    status, message = run["outcomes"].get(source_id, ("missing", ""))
    assert status == "failed", (status, message)
    assert message.startswith(f"{source_id}: ") and reason in message, message


def test_an_unexpected_error_leaves_its_traceback_in_the_log_and_no_rows(run):
    for point in ("prepare:broken-prepare", "load:broken-load"):
        assert f"RuntimeError: injected fault at {point}" in run["output"], run["output"][-3000:]
    assert "Traceback (most recent call last)" in run["output"]
    with duckdb.connect(str(run["warehouse"]), read_only=True) as con:
        rows = con.execute("SELECT count(*) FROM projects WHERE source_id = 'broken-load'").fetchone()[0]
    assert rows == 0  # its load was rolled back whole


def test_a_failing_identity_step_still_publishes_the_loaded_lists_and_says_so(run):
    assert "RuntimeError: injected fault at identity" in run["output"], run["output"][-3000:]
    assert "distinct projects not relinked (RuntimeError: injected fault at identity" in run["output"]
    assert run[
        "warehouse"
    ].exists()  # published: the good lists are there (test_the_good_lists_load_beside_them)
