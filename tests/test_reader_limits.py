"""Hostile payloads (scripts/corpus/hostile_files.py) are refused, naming the limit, or read with what
was hostile neutralized — each in a child process held to 4 GiB of address space as a safety net, and
checked against the real targets: peak memory (VmHWM) under 1 GiB and under 60 s.
"""

from __future__ import annotations

import json
import resource
import select
import subprocess
import sys
from pathlib import Path

import pytest

from etl.core.errors import ReadError
from etl.fetching.catalog import parse_catalog
from etl.readers import read_table
from etl.readers.limits import LimitExceeded, ReaderLimits
from etl.readers.parse import parse_publication
from scripts.corpus import hostile_files
from scripts.corpus.hostile_builders import HEADER, PROJECTS, csv_bytes, html_page
from tests.entry import limits, staging

REPO = Path(__file__).resolve().parent.parent
SAFETY_NET = 4 << 30
PEAK_LIMIT_MB = 1024
SECONDS = 60


def _limit_address_space() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (SAFETY_NET, SAFETY_NET))


class ForkReader:
    """`python -m scripts.corpus.hostile_files --serve` under the safety net: each file is read in a child
    forked from it (a process of its own, memory high-water mark afresh), without a new interpreter and
    its imports per file."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "scripts.corpus.hostile_files", "--serve"], cwd=REPO, text=True,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, preexec_fn=_limit_address_space,
        )  # fmt: skip

    def read(self, path: Path) -> dict:
        """The child's JSON line, within SECONDS + 30 s (past it the server is killed, and the test fails)."""
        self.process.stdin.write(f"{path}\n")
        self.process.stdin.flush()
        ready, _, _ = select.select([self.process.stdout], [], [], SECONDS + 30)
        if not ready:
            self.process.kill()
            pytest.fail(f"reading {path.name} took over {SECONDS + 30} s")
        line = self.process.stdout.readline()
        assert line, f"the reader server died (exit {self.process.wait()})"
        return json.loads(line)

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=30)


@pytest.fixture(scope="module")
def fork_reader():
    reader = ForkReader()
    yield reader
    reader.close()


@pytest.mark.slow  # a child process each (~0.1 s to fork, then the read), and a server that imports once
@pytest.mark.parametrize("make", hostile_files.HOSTILE, ids=lambda make: make.__name__)
def test_hostile_payload_is_refused_or_neutralized_within_bounds(make, tmp_path, fork_reader):
    name, payload, expected = make()
    path = tmp_path / name
    path.write_bytes(payload)
    del payload
    result = fork_reader.read(path)
    outcome, _, part = expected.partition(": ")
    assert result["outcome"] == outcome, result
    if outcome == "refused":
        assert part in result["message"] and result["error"] in {"ReadError", "LimitExceeded"}, result
    assert result["peak_mb"] < PEAK_LIMIT_MB and result["seconds"] < SECONDS, result


@pytest.mark.slow  # the fork server
def test_a_forked_read_measures_its_own_peak(tmp_path, fork_reader):
    """The fork server's children start their high-water mark afresh: a small list read after a big one
    reports the small list's peak, not the big one's (else every peak checked after a bomb would be void)."""
    big, small = tmp_path / "big.json", tmp_path / "small.json"  # refused (no records) once parsed
    big.write_text(json.dumps({"note": ["长" * 1000 + str(i) for i in range(10_000)]}, ensure_ascii=False))
    small.write_text(json.dumps({"note": ["短"]}, ensure_ascii=False))
    peak_big, peak_small = fork_reader.read(big)["peak_mb"], fork_reader.read(small)["peak_mb"]
    assert peak_big > peak_small + 40, (peak_big, peak_small)


def entry(location: str, **extra):
    base = {"id": "limits", "title": "t", "publisher": "p", "list_kind": "city_plan", "city": "广州",
            "published": "2023-01-01", "location": location, "unit": "万元"}  # fmt: skip
    return parse_catalog({"sources": [{**base, **extra}]})[0]


def test_limits_come_from_gdmp_settings(monkeypatch):
    monkeypatch.setenv("GDMP_MAX_COLUMNS", "3")
    assert limits().max_columns == 3  # as a run cuts them from its settings (ReaderLimits.from_settings)
    with pytest.raises(
        LimitExceeded,
        match=r"4 columns in row 1: over the limit max_columns = 3 \(setting GDMP_MAX_COLUMNS\)",
    ):
        read_table(csv_bytes([HEADER, *PROJECTS]), "csv", limits=limits())
    with pytest.raises(LimitExceeded, match="GDMP_MAX_COLUMNS"):  # the run's path: the limits it is given
        parse_publication(entry("lists/x.csv"), csv_bytes([HEADER, *PROJECTS]), staging(), limits())


def test_a_field_over_the_limit_names_its_row_on_duckdbs_path_too():
    rows = [["2023年重点项目"], HEADER, *PROJECTS] + [
        [str(i), f"项目{i}", "广州", "1"] for i in range(4, 3000)
    ]
    rows[1500][1] = "长" * 200_000
    with pytest.raises(ReadError, match=r"a field in row 1501 .* GDMP_CSV_MAX_FIELD_CHARS"):
        parse_publication(entry("lists/x.csv"), csv_bytes(rows), staging(), limits())
    raised = ReaderLimits(csv_max_field_chars=300_000)  # raised: DuckDB's path reads it
    assert len(read_table(csv_bytes(rows), "csv", limits=raised).rows) == 2999


def test_spans_are_clamped_as_browsers_clamp_them():
    rows = '<tr><td colspan="10000000">一、产业项目</td></tr><tr><td rowspan="10000000">4</td><td>甲</td></tr><tr><td>乙</td></tr>'
    table = read_table(html_page(rows), "html", limits=ReaderLimits(max_columns=16))
    heading, first, last = table.rows[-3:]
    assert heading.cells == ["一、产业项目"] * 16  # cut at max_columns: copies, nothing lost
    assert (first.cells[:2], last.cells[:2], last.line) == (["4", "甲"], ["4", "乙"], first.line + 1)


def test_json_nesting_is_walked_without_recursion():
    nested = ('{"a": ' * 60 + '[{"项目名称": "x", "地市": "广州"}]' + "}" * 60).encode()
    assert len(read_table(nested, "json").rows) == 1
    with pytest.raises(LimitExceeded, match="GDMP_JSON_MAX_DEPTH"):
        read_table(nested, "json", limits=ReaderLimits(json_max_depth=32))


def test_xlsx_cells_without_references_are_placed_as_calamine_places_them():
    from scripts.corpus.hostile_builders import xlsx_with_sheet

    wide = "<row>" + "<c><v>1</v></c>" * 600 + "</row>"  # no r attributes: the 600th cell is column 600
    with pytest.raises(LimitExceeded, match="column 600 .* GDMP_MAX_COLUMNS"):
        read_table(xlsx_with_sheet(wide), "xlsx")


def test_an_xls_whose_stream_loops_is_refused_not_read_round_and_round():
    """olefile reads an OLE2 stream by its declared size; a chain that loops back on itself must not make
    a small file read as much as its FAT can name."""
    import struct

    from etl.readers.biff_scan import sheet_extents
    from scripts.corpus.hostile_builders import xls_far_apart
    from scripts.corpus.ole import compound_file

    assert sheet_extents(xls_far_apart())[0] == (65536, 256)  # a real workbook is measured through olefile
    payload = bytearray(compound_file({"Workbook": bytes(4096)}))  # sectors 2..9, FAT in sector 0
    struct.pack_into("<I", payload, 512 + 9 * 4, 2)  # the last sector of the stream points to its first
    workbook_entry = 1024 + 128  # the directory (sector 1), second entry; its size is at offset 120
    struct.pack_into("<Q", payload, workbook_entry + 120, 60_000)
    with pytest.raises(ReadError, match="a damaged OLE2 container .*claims 60,000 bytes in a file of"):
        sheet_extents(bytes(payload))
    with pytest.raises(ReadError, match="not an OLE2 compound file"):
        sheet_extents(b"PK\x03\x04 a zip")
