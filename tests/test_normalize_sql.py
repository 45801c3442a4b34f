"""The SQL half of normalization agrees with the Python rules it is derived from (etl/normalize/sql_rules.py).

SQL folds text with a character map computed from fold_text, and rules out headings with the patterns of
etl/rules/rows.py; these tests hold it to fold_text over every character of the Basic Multilingual Plane (the
map assumes characters fold one by one) and to classify_row over the heading shapes of etl/rules/rows.py.
The CSV tests hold the DuckDB reader to Python's csv module where etl/readers/csv_staging.py lets it read.
"""

import itertools
import random
from decimal import Decimal

import duckdb
import pytest

from etl.fetching.catalog import parse_catalog
from etl.normalize import normalize
from etl.normalize.sql_rules import define_rule_macros
from etl.readers import RawRow, RawTable, read_table
from etl.readers.csv_staging import CsvPayload, _read_differently, read_csv_fast
from etl.readers.parse import parse_publication
from etl.readers.staging import Staging
from etl.rules.rows import classify_row
from etl.rules.text import fold_text
from tests.entry import limits, settings, staging

SOURCE = parse_catalog(
    {
        "sources": [
            {
                "id": "t",
                "title": "t",
                "publisher": "p",
                "list_kind": "groundbreaking",
                "city": "深圳",
                "published": "2023-01-29",
                "location": "t.csv",
            }
        ]
    }
)[0]


@pytest.fixture
def con(tmp_path):
    with duckdb.connect(str(tmp_path / "staging.duckdb")) as connection:  # a CSV is staged into a file
        define_rule_macros(connection)
        yield connection


def test_fold_in_sql_equals_fold_text_wherever_it_answers(con):
    """Every BMP character alone, inside text, between single spaces, and in runs of spaces and tabs."""
    rows = con.execute(
        """WITH chars AS (SELECT chr(CAST(i AS INTEGER)) AS ch FROM range(0, 65536) AS r(i)
                          WHERE i NOT BETWEEN 55296 AND 57343),  -- surrogates are not text
                texts AS (SELECT unnest([ch, 'a' || ch || 'b', 'a ' || ch || ' b', '  ' || ch || chr(9) || ch || '  x '])
                          AS s FROM chars)
           SELECT s, fold_in_sql(s) FROM texts"""
    ).fetchall()
    answered = [(text, folded) for text, folded in rows if folded is not None]
    assert [(t, f, fold_text(t)) for t, f in answered if f != fold_text(t)] == []
    # It must answer for the text lists are made of, or every cell would go to Python.
    for text in [
        "深圳市南山区",
        "（一）能源工程",
        "ＡＢ１２３",
        "2023-2026",
        "广州地铁 十号线",
        "“双区”建设",
    ]:
        assert con.execute("SELECT fold_in_sql(?)", [text]).fetchone()[0] == fold_text(text)
    assert len(rows) == 4 * (65536 - 2048) and len(answered) > 0.2 * len(rows)


SEQS = ["", "1", " 12 ", "１", "一", "（一）", "(二)", "一、", "三.", "-1", "—2", "－3", "第一类", "第二部分",
        "合计", "总计", "小计", "全市", "备注：", "注1", "说明:", "（共3个）", "共5项", "A1"]  # fmt: skip
NAMES = ["", "项目甲", "合计", "南山区小计", "一、基础设施工程（17个）", "深圳市", "深 圳 市", "广州",
         "全省农村公路改造", "全市合计(12个)", "第二部分 产业项目", "（三）民生", "资料来源：发改委",
         "总计（266个）", "-1 国铁干线项目", "一汽广州工厂", "十号线", "备注", "注：单位万元", "合计金额"]  # fmt: skip
OTHERS = [[], [None], ["南山区"], ["  "], ["COPY"], ["12.5", None, "2023-2026"]]


def test_sql_never_calls_a_heading_a_project(con):
    """Every row classify_row would not call a project must be flagged for it by the SQL filter."""
    combos = [
        (seq, name, [name if o == "COPY" else o for o in others])
        for seq, name, others in itertools.product(SEQS, NAMES, OTHERS)
    ]
    con.execute("CREATE TABLE r (i INTEGER, seq VARCHAR, name VARCHAR, o1 VARCHAR, o2 VARCHAR, o3 VARCHAR)")
    con.executemany(
        "INSERT INTO r VALUES (?, ?, ?, ?, ?, ?)",
        [(i, s or None, n or None, *(o + [None] * 3)[:3]) for i, (s, n, o) in enumerate(combos)],
    )
    flag = "maybe_not_project(fold_in_sql(seq), fold_in_sql(name), [fold_in_sql(o1), fold_in_sql(o2), fold_in_sql(o3)])"
    flagged = dict(con.execute(f"SELECT i, {flag} FROM r").fetchall())
    missed = [combos[i] for i, f in flagged.items() if not f and classify_row(*combos[i]).kind != "project"]
    assert missed == []
    # The filter must also let ordinary project rows through, or it would do nothing.
    plain = [i for i, (s, n, o) in enumerate(combos) if s == "1" and n == "项目甲" and o == ["南山区"]]
    assert plain and not any(flagged[i] for i in plain)


CSV_CASES = {
    "plain": "标题\n序号,项目名称,建设地点,总投资\n1,甲,南山区,1.5\n2,乙,,2\n",
    "quoted newline": '序号,项目名称,建设地点,总投资\n1,"甲\n二期",南山区,1.5\n2,乙,福田区,2\n',
    "ragged rows": "序号,项目名称,建设地点,总投资\n1,甲\n2,乙,福田区,2,多出来,又一个\n",
    "quoted empties and spaces": '序号,项目名称,建设地点,总投资\n1, 甲 ,"",""\n"2 x",乙,福田区,  \n',
    "crlf": "序号,项目名称,建设地点,总投资\r\n1,甲,南山区,1.5\r\n2,乙,,2\r\n",
    "all-empty row": "序号,项目名称,建设地点,总投资\n1,甲,南山区,1.5\n,,,\n2,乙,,2",
}


@pytest.mark.parametrize("case", sorted(CSV_CASES))
def test_duckdb_reads_a_csv_as_pythons_csv_module_does(con, case):
    payload = CSV_CASES[case].encode("utf-8")
    table = read_csv_fast(con, payload, None, None, "t")
    assert table is not None, "DuckDB's reader should take this file"
    width = len(con.execute("SELECT * FROM raw LIMIT 0").description) - 1
    staged = [
        (row[0], [c for c in row[1:]])
        for row in con.execute("SELECT * FROM raw ORDER BY row_number").fetchall()
    ]
    python = read_table(payload, "csv")
    assert table.header == python.header
    expected = [
        (r.line, [None if c == "" else c for c in (r.cells + [None] * width)[:width]]) for r in python.rows
    ]
    assert staged == expected


@pytest.mark.parametrize(
    "body",
    [
        "1,甲,南山区,1.5\n\n2,乙,,2\n",  # a blank line: Python yields a row, DuckDB skips it
        "\r\n1,甲,南山区,1.5\r\n",  # the same, first under the header, CRLF
        "1,甲,南山区,1.5\r2,乙,,2\r",  # a lone CR ends a record for Python only
        '1, "甲,x",南山区,1.5\n',  # Python: the quote is not first, so ' "甲' and 'x"'
        '1,"甲" ,南山区,1.5\n',  # Python keeps the space after the closing quote
    ],
)
def test_files_duckdb_would_read_differently_go_to_python(con, body):
    header = (
        "序号,项目名称,建设地点,总投资\r\n" if body.startswith("\r\n") else "序号,项目名称,建设地点,总投资\n"
    )
    assert read_csv_fast(con, (header + body).encode(), None, None, "t") is None


def test_a_repeated_header_keeps_its_first_place_and_its_last_value():
    """raw holds a row's non-empty cells under their headers; a header that repeats sits where its first
    non-empty cell is and holds its last non-empty one."""
    header = ["序号", "项目名称", "备注", "建设地点", "总投资（亿元）", "备注"]
    rows = [
        ["1", "甲", None, "南山区", "1.5", "y"],
        ["2", "乙", "x", "福田区", "2", None],
        ["3", "丙", "p", "", "3", "q"],
    ]
    table = RawTable(header, [RawRow(i + 2, cells) for i, cells in enumerate(rows)])
    normalized = normalize(table, SOURCE, staging())
    assert [p["raw"] for p in normalized.projects] == [
        '{"序号": "1", "项目名称": "甲", "建设地点": "南山区", "总投资（亿元）": "1.5", "备注": "y"}',
        '{"序号": "2", "项目名称": "乙", "备注": "x", "建设地点": "福田区", "总投资（亿元）": "2"}',
        '{"序号": "3", "项目名称": "丙", "备注": "q", "总投资（亿元）": "3"}',
    ]
    normalized.discard()


def test_many_declared_amounts_keep_their_exact_value():
    """Rows computed in Python reach DuckDB as text: a type guessed from some of the values must not round
    the others (non-project rows carry the amounts a 小计 row declares)."""
    rows = [["序号", "项目名称", "建设地点", "总投资（万元）"]]
    for n in range(2000):
        rows += [[str(n), f"项目{n}", "南山区", "1.5"], ["", "南山区小计", "", "1.5"]]
    rows += [["", "福田区小计", "", "0.00001"], ["", "福田区小计", "", "1.23456789"]]
    payload = "\n".join(",".join(r) for r in rows).encode()
    normalized = parse_publication(SOURCE, payload, staging(), limits())
    *_, small, last = normalized.non_projects
    assert small["declared_total_investment_wan"] == Decimal("0.00001")
    assert last["declared_total_investment_wan"] == Decimal("1.23456789")
    assert last["declared_total_investment_precision_wan"] == Decimal("0.00000001")
    normalized.discard()


def _differs_whole(body: bytes) -> bool:
    """The rule of etl.readers.csv_staging._read_differently, stated over the whole body at once."""
    return (
        body.startswith((b"\n", b"\r\n"))
        or any(pair in body for pair in (b"\n\n", b"\n\r\n", b' "', b'" ', b'\t"', b'"\t'))
        or body.count(b"\r") != body.count(b"\r\n")
    )


def test_the_chunked_scan_finds_what_a_whole_body_scan_finds_wherever_the_chunks_split():
    """A blank line, a lone CR or a blank beside a quote split over two chunks is still seen, and a CR
    that ends a chunk is not taken for a lone one when the next chunk starts with its LF."""
    rng = random.Random(20261202)
    alphabet = [b"a", b",", b'"', b" ", b"\t", b"\r", b"\n", b"\r\n", "甲".encode()]
    seen = {True: 0, False: 0}
    for _ in range(3000):
        body = b"".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        for chunk in (1, 2, 3, 5, 64):
            assert _read_differently(CsvPayload(data=body, chunk=chunk), 0) == _differs_whole(body), (
                body,
                chunk,
            )
        seen[_differs_whole(body)] += 1
    assert min(seen.values()) > 100  # both answers were exercised


def test_a_csv_is_staged_from_its_file_as_from_its_bytes(tmp_path):
    """A UTF-8 archived file is read a chunk at a time (never whole): the same rows as from the bytes."""
    text = "深圳市2023年重大项目计划（单位：万元）\n序号,项目名称,建设地点,总投资\n" + "".join(
        f'{i},"项目{i}",南山区,{i * 1.5}\r\n' for i in range(1, 400)
    )
    path = tmp_path / "list.csv"
    path.write_bytes(text.encode("utf-8"))
    here = Staging(tmp_path, settings().duckdb_memory_limit)
    from_file = parse_publication(SOURCE, path, here, limits())
    from_bytes = parse_publication(SOURCE, path.read_bytes(), here, limits())
    try:
        assert from_file.counts() == from_bytes.counts() == (399, 0, 0)
        assert from_file.projects == from_bytes.projects
    finally:
        from_file.discard()
        from_bytes.discard()


def test_a_small_list_failing_inside_its_transaction_raises_its_own_error_and_lets_the_file_go(tmp_path):
    """A small list is staged in the DuckDB the process keeps (etl.readers.staging.new_staging): a failure in the
    middle of its transaction must surface as itself, not as DuckDB refusing to detach a file with work
    outstanding, and the kept DuckDB must let the file go and stage the next list."""
    import duckdb
    import pytest

    from etl.readers import staging as st

    failed = tmp_path / "failed.duckdb"
    with (
        pytest.raises(duckdb.CatalogException, match="no_such_table"),
        st.new_staging(failed, "200MB", True) as con,
    ):
        con.execute("BEGIN TRANSACTION")
        con.execute("CREATE TABLE staged AS SELECT 1 AS a")
        con.execute("SELECT * FROM no_such_table")
    kept = st._reader("200MB", small=True)
    try:
        attached = [path for (path,) in kept.execute("SELECT path FROM duckdb_databases()").fetchall()]
    finally:
        kept.close()
    assert str(failed) not in attached
    with st.new_staging(tmp_path / "next.duckdb", "200MB", small=True) as con:
        con.execute("CREATE TABLE staged AS SELECT 2 AS a")
        assert con.execute("SELECT a FROM staged").fetchone() == (2,)


def test_the_kept_duckdb_is_let_go_after_a_list_of_many_rows(monkeypatch):
    """A reader keeps its DuckDB for small lists from one to the next only after a list of few rows: after a
    bigger one (KEPT_AFTER_ROWS) it lets go of it, with the memory its allocator held (docs/benchmarks.md)."""
    from etl import normalize
    from etl.fetching.catalog import parse_catalog
    from etl.readers import staging as st
    from etl.readers.parse import parse_with_frame
    from tests.entry import limits, staging

    source = parse_catalog({"sources": [{"id": "kept", "title": "t", "publisher": "p", "list_kind": "groundbreaking",
                                         "city": "深圳", "published": "2023-01-29", "location": "x.csv"}]})[0]  # fmt: skip
    rows = "\n".join(f"{n},甲区道路{n}号工程,深圳市南山区,{1000 + n}" for n in range(1, 7))
    payload = f"序号,项目名称,建设地点,总投资（万元）\n{rows}\n".encode()
    monkeypatch.setattr(normalize, "KEPT_AFTER_ROWS", 6)
    parse_with_frame(source, payload, staging(), limits())
    assert True in st._readers  # six rows: kept for the next list
    monkeypatch.setattr(normalize, "KEPT_AFTER_ROWS", 5)
    parse_with_frame(source, payload, staging(), limits())
    assert True not in st._readers
