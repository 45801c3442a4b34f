"""Amount cells that used to load silently wrong, or crash the run, and the one rule that reads them.

parse_amount (etl/rules/units.py) is the one definition of reading an amount cell; SQL casts only the plain
numbers of its first branch (sql/staging/000_amount_macros.sql). The differential test below runs a few
thousand generated cells through the real normalizer and requires what SQL stored to be what
parse_amount says, value for value and reason for reason. Every cell here is generated in the test.
"""

from __future__ import annotations

import random
from decimal import Decimal

import duckdb
import pytest

from etl import warehouse
from etl.fetching.catalog import Source, parse_catalog
from etl.normalize import normalize
from etl.readers.table import RawRow, RawTable
from etl.rules.units import AmountError, last_digit_wan, parse_amount
from tests.entry import staging, warehouse_config
from tests.warehouse_fixture import load_payload

# (cell, what the reason must say) — each was loaded wrong, loaded as NULL, or crashed the run.
REFUSED = [
    ("1,2,3", "groups of three"),
    ("12,34", "groups of three"),
    ("1,2345", "groups of three"),
    ("1 2 3", "groups of three"),
    ("12 34", "groups of three"),
    ("12，345，6", "groups of three"),  # full-width commas fold to ','
    ("1.234,5", "decimal comma"),
    ("1.234.567,89", "decimal comma"),
    ("¹²", "'¹'"),
    ("1²", "'²'"),
    ("₁₂", "'₁'"),
    ("①", "'①'"),
    ("١٢", "'١'"),  # Arabic-Indic digits: Decimal would read them
    ("NaN", "NaN"),
    ("nan", "NaN"),
    ("-sNaN", "NaN"),
    ("Infinity", "not a finite number"),
    ("-inf", "not a finite number"),
    ("1e308", "too large to store"),
    ("1E+400000000000", "too large to store"),
    ("1" * 27, "too large to store"),
    ("9" * 17, "too large to store"),
    ("1e-30", "more decimals than can be stored"),
    ("1e-99999999999", "more decimals than can be stored"),
]
KEPT = [
    ("1,234,567.5", Decimal("1234567.5")),
    ("12,345", Decimal("12345")),
    (" 1 234 567.5 ", Decimal("1234567.5")),
    ("１２３．４", Decimal("123.4")),
    ("１，２３４．５", Decimal("1234.5")),
    ("3.5亿", Decimal("35000")),
    ("约1,234亿元", Decimal("12340000")),
    ("12万", Decimal("12")),
    ("1e3", Decimal("1000")),
    ("0e-1000000", Decimal("0")),
    ("9" * 16, Decimal("9" * 16)),
]


@pytest.mark.parametrize(("text", "reason"), REFUSED)
def test_amounts_that_cannot_be_read_rightly_are_refused_naming_the_value(text, reason):
    with pytest.raises(AmountError, match="has|is") as refused:
        parse_amount(text, "万元")
    message = str(refused.value)
    assert reason in message and (repr(text.strip()) in message or repr(text.replace("，", ",")) in message)


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_amounts_that_read_one_way_still_read(text, expected):
    value, _ = parse_amount(text, "万元")
    assert value == expected


@pytest.mark.parametrize(
    ("text", "unit", "last_digit"),
    [("535.7", "亿元", "1000"), ("约 3 295.3 亿元", None, "1000"), ("1,234.56", "万元", "0.01"), ("１２．５", "元", "0.00001"),
     ("3295.3", "亿元", "1000"), ("12345678.12", "元", "0.000001")],
)  # fmt: skip
def test_the_printed_precision_is_kept(text, unit, last_digit):
    """A total row's declared amount is checked to the last digit it prints (etl/validate/reconcile.py)."""
    value, used = parse_amount(text, unit)
    assert last_digit_wan(value, used) == Decimal(last_digit)


@pytest.mark.parametrize("placeholder", ["——", "--", "", "  ", None, "－", "无"])
def test_placeholders_stay_unknown_amounts(placeholder):
    assert parse_amount(placeholder, "万元") == (None, "万元")


# --- the SQL path and parse_amount agree --------------------------------------------------------

UNITS = ["", "万", "万元", "亿", "亿元", "元", "万亿"]
ODD = [
    "¹",
    "²",
    "①",
    "١",
    "５",
    "．",
    "，",
    ",",
    ".",
    "e",
    "E",
    "-",
    "+",
    " ",
    "NaN",
    "inf",
    "约",
    "多",
    "——",
]


def _plain(rng: random.Random) -> str:
    digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 12)))
    decimals = "".join(rng.choice("0123456789") for _ in range(rng.randint(0, 10)))
    return ("-" if rng.random() < 0.1 else "") + digits + (f".{decimals}" if decimals else "")


def _grouped(rng: random.Random) -> str:
    groups = [str(rng.randint(1, 999))] + [f"{rng.randint(0, 999):03d}" for _ in range(rng.randint(1, 4))]
    if rng.random() < 0.5:  # a group of the wrong size
        i = rng.randrange(1, len(groups))
        groups[i] = groups[i][: rng.randint(1, 2)] if rng.random() < 0.5 else groups[i] + "5"
    text = ",".join(groups)
    return text + (f".{rng.randint(0, 99)}" if rng.random() < 0.5 else "")


def _mixed(rng: random.Random) -> str:
    return "".join(rng.choice([*"0123456789", *ODD]) for _ in range(rng.randint(1, 8)))


def generated_cells(n: int = 3000, seed: int = 23) -> list[str]:
    """Plain numbers (both sides of the SQL path's bounds), thousands groups right and wrong, decimal
    commas, superscripts, NaN / Infinity, huge and tiny exponents, full-width digits, units, words, and
    random mixes of all of these."""
    rng = random.Random(seed)
    fixed = [t for t, _ in REFUSED] + [t for t, _ in KEPT] + ["12345678", "123456789", "1.12345678"]
    cells = list(fixed)
    while len(cells) < n:
        kind = rng.randrange(7)
        if kind == 0:
            text = _plain(rng)
        elif kind == 1:
            text = _grouped(rng)
        elif kind == 2:
            text = f"{rng.randint(1, 9)}.{rng.randint(100, 999)},{rng.randint(0, 99)}"
        elif kind == 3:
            text = _plain(rng).translate(str.maketrans("0123456789.", "０１２３４５６７８９．"))
        elif kind == 4:
            text = f"{rng.randint(1, 9)}e{rng.randint(-40, 40)}"
        else:
            text = _mixed(rng)
        cells.append(text + (rng.choice(UNITS) if rng.random() < 0.3 else ""))
    return cells


def _source(unit: str | None = None) -> Source:
    entry = {"id": "amounts", "title": "t", "publisher": "p", "list_kind": "provincial_plan", "city": "广东省",
             "published": "2023-02-01", "location": "lists/amounts.xlsx"}  # fmt: skip
    return parse_catalog({"sources": [{**entry, **({"unit": unit} if unit else {})}]})[0]


@pytest.mark.slow  # a few thousand generated cells staged through DuckDB (~1 s each)
@pytest.mark.parametrize(
    ("total_header", "annual_header", "units"),
    [
        ("总投资（亿元）", "2023年计划投资（元）", ("亿元", "元")),
        ("总投资", "2023年计划投资（万元）", (None, "万元")),
    ],
)
def test_sql_stores_what_parse_amount_says(total_header, annual_header, units):
    """Each generated cell in both amount columns (units from the header, or none): the staged value,
    unit and reason equal parse_amount's. The second layout has no unit for the total, so every total
    goes through parse_amount and plain numbers are refused for lack of a unit."""
    cells = generated_cells()
    rows = [RawRow(i + 2, [str(i + 1), f"项目{i}", "广州市", text, text]) for i, text in enumerate(cells)]
    table = RawTable(["序号", "项目名称", "建设地点", total_header, annual_header], rows)
    normalized = normalize(table, _source(), staging())
    try:
        with normalized.connect() as con:
            staged = con.execute(
                """SELECT total_investment_wan, total_investment_unit, annual_plan_wan, annual_plan_unit, reasons
                   FROM candidates ORDER BY row_number"""
            ).fetchall()
    finally:
        normalized.discard()
    assert len(staged) == len(cells)
    mismatches = []
    for text, (total, total_unit, annual, annual_unit, reasons) in zip(cells, staged, strict=True):
        for column, unit, value, used in (("total_investment", units[0], total, total_unit),
                                          ("annual_plan", units[1], annual, annual_unit)):  # fmt: skip
            said = [r for r in reasons if r.startswith(f"unreadable_{column}:")]
            try:
                expected = (*parse_amount(text, unit), [])
            except AmountError as exc:
                expected = (None, None, [f"unreadable_{column}: {exc}"])
            if (value, used, said) != expected:
                mismatches.append((text, column, (value, used, said), expected))
    assert not mismatches, mismatches[:10]


def test_the_generated_cells_reach_every_class():
    """The generator is not degenerate: it reaches both paths, and refusals of every new kind."""
    refused, read = [], []
    for text in generated_cells():
        try:
            read.append(parse_amount(text, "万元"))
        except AmountError as exc:
            refused.append(str(exc))
    assert len(read) > 800 and len(refused) > 800
    for kind in (
        "groups of three",
        "decimal comma",
        "which is not 0-9",
        "NaN",
        "finite",
        "too large",
        "decimals",
    ):
        assert any(kind in r for r in refused), kind


# --- end to end: the bad cells beside good rows, loaded into a warehouse ----------------------


@pytest.mark.slow  # loads a list into a fresh warehouse (~4 s)
def test_a_list_with_every_bad_amount_loads_its_good_rows_and_quarantines_the_rest(tmp_path, data_dir):
    good = [[str(i + 1), f"良好项目{i}", "广州市", f"{100 + i}.5"] for i in range(600)]
    bad = [[str(601 + i), f"问题项目{i}", "深圳市", text] for i, (text, _) in enumerate(REFUSED)]
    lines = ["序号,项目名称,建设地点,总投资（万元）"] + [
        ",".join(f'"{c}"' for c in row) for row in good + bad
    ]
    source = _source().model_copy(update={"location": "lists/amounts.csv"})
    with warehouse.connect(tmp_path / "warehouse.duckdb", warehouse_config()) as con:
        version = load_payload(con, source, ("\n".join(lines) + "\n").encode("utf-8"))
    con = duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True)
    try:
        loaded = con.execute(
            "SELECT count(*), sum(total_investment_wan) FROM projects WHERE source_id = 'amounts' AND version = ?",
            [version],
        ).fetchone()
        quarantined = dict(
            con.execute("SELECT project_name, reasons FROM quarantine WHERE source_id = 'amounts'").fetchall()
        )
    finally:
        con.close()
    assert loaded == (600, sum(Decimal(f"{100 + i}.5") for i in range(600)))
    assert len(quarantined) == len(REFUSED)
    for i, (text, reason) in enumerate(REFUSED):
        (message,) = quarantined[f"问题项目{i}"]
        assert reason in message and "unreadable_total_investment" in message, (text, message)
