"""Malformed input never crashes the app (issue 9: 10,000 cases → 0 crashes).

Two kinds of input come from outside the app's control:

* what a consultant types into the 決算書 grid (and the other typed fields that share
  its parsers): Japanese number formats mixed with junk, straight into the domain
  parsers, and a smaller number through the real ロカベン tab's statements model on a
  real database file;
* files handed to the benchmark import (and the JSON the ``banso rokaben --input``
  command reads): random bytes, mutated valid CSVs, wrong encodings, damaged workbooks.

The contract everywhere: a value (or None), or the app's ``UserError`` with a short,
one-line message that renders in English and Japanese. Any other exception is a crash.

``BANSO_FULL_BATTERY=1`` runs the full counts (≥ 10,000 hypothesis cases in all); the
normal suite runs a few hundred. ``pytest -s`` prints how many cases each test ran.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import random
import sqlite3
import time
import unicodedata
import zipfile
from collections import Counter
from datetime import date
from decimal import Decimal, localcontext
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from banso_desktop.benchmarks import (
    _UNITS,
    ParsedBenchmarks,
    canonical_json,
    parse_meti_workbook,
    parse_tidy_csv,
    read_benchmark_file,
    rows_from_json,
)
from banso_desktop.cli_rokaben import run_rokaben
from banso_desktop.domain.company import COMPANY_FIELDS, clean_company_field
from banso_desktop.domain.industries import Scale
from banso_desktop.domain.japanese import (
    MAX_YEN,
    format_yen_as_thousands,
    parse_count,
    parse_date,
    parse_money,
    parse_time,
    parse_year,
)
from banso_desktop.domain.plan import parse_kpi_value
from banso_desktop.domain.rokaben import Indicator, PeriodFigures, assess
from banso_desktop.domain.statements import (
    FIELDS_BY_KEY,
    STATEMENT_FIELDS,
    clean_statement_field,
    show_statement_field,
)
from banso_desktop.domain.text import UserError
from banso_desktop.i18n import translator
from banso_desktop.store import open_store
from banso_desktop.ui.statements_model import GRID_ROWS
from tests.helpers import run_banso
from tests.reliability.battery import FULL, battery_count
from tests.store.test_benchmarks import HEADER, SYNTHETIC, synthetic_csv
from tests.ui.conftest import isolated_qsettings, open_window, qapp  # noqa: F401 - the app's own Qt start-up

pytestmark = pytest.mark.reliability

JA = translator("ja")
MESSAGE_LIMIT = 400  # characters: a reason fits a tooltip or one line of a terminal
CASES: Counter[str] = Counter()  # test → cases run
ACCEPTED: Counter[str] = Counter()  # test → cases whose input was accepted (the rest refused)


def battery(full: int, normal: int, **extra) -> settings:
    """Hypothesis settings for one test's share of the battery."""
    return settings(
        max_examples=battery_count(full, normal),
        deadline=None,
        derandomize=not FULL,  # the normal suite is the same every run; the full one explores
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                               HealthCheck.function_scoped_fixture, HealthCheck.filter_too_much],
        print_blob=True,
        **extra,
    )


@pytest.fixture(scope="module", autouse=True)
def case_report():
    """Print how many hypothesis cases each test of this file ran (visible with -s)."""
    started = time.perf_counter()
    yield
    seconds = time.perf_counter() - started
    width = max((len(name) for name in CASES), default=0)
    print("\n\nmalformed-input battery" + (" (full)" if FULL else " (normal)") + ": cases (accepted)")
    for name, count in sorted(CASES.items()):
        accepted = f"({ACCEPTED[name]:,})" if name in ACCEPTED else ""
        print(f"  {name:<{width}}  {count:>6,} {accepted}")
    print(f"  {'total':<{width}}  {sum(CASES.values()):>6,} cases in {seconds:.1f} s")


def check_user_error(exc: UserError) -> str:
    """A refusal must say why, briefly, on one line, in English and in Japanese."""
    rendered = ""
    for translate in (None, JA):
        rendered = exc.render(translate)
        assert isinstance(rendered, str) and rendered.strip(), exc.message
        assert len(rendered) <= MESSAGE_LIMIT, rendered[:200]
        assert "\n" not in rendered and "\r" not in rendered, rendered
    return rendered


def outcome(fn, *args, **kwargs):
    """(True, value) or (False, the rendered refusal); any other exception is a crash."""
    try:
        return True, fn(*args, **kwargs)
    except UserError as exc:
        return False, check_user_error(exc)


# --- what consultants type ------------------------------------------------------------------

NUMBER_PIECES = [
    "0", "1", "7", "12", "345", "1,000", "12,345,678", "０", "１", "９", "１２３", "１，０００", ",", "，",
    ".", "．", "、", "千", "万", "百万", "千万", "億", "円", "千円", "万円", "百万円", "億円", "¥", "￥",
    "▲", "△", "-", "−", "ー", "‐", "–", "―", "(", ")", "（", "）", "+", "＋",
]
DATE_PIECES = [
    "R", "H", "S", "T", "M", "r", "Ｒ", "令和", "平成", "昭和", "大正", "明治", "令", "平", "元", "年", "月", "日",
    "/", "／", "-", ".", "2025", "1868", "1867", "0000", "9999", "20250331", "3", "31", "12", "29", "2", "30",
]
OTHER_PIECES = [":", "：", "時", "分", "人", "名", "社", "件", "か月", "ヶ月", "カ月", "月", "%", "％", "〒"]
JUNK_PIECES = [
    "1e400", "1E+400", "-1e-400", "1e999999999", "NaN", "nan", "-NaN", "sNaN", "Infinity", "-Infinity",
    "inf", "∞", "0x1F", "1_000", "0b1", "½", "²", "¹²³", "①", "⑳", "Ⅻ", "十", "〇", "二千", "٣", "߁", "𝟙", "१२",
    "\x00", "\x07", "\x1b", "\x7f", "\x85", "\u200b", "\u200e", "\u200f", "\u202e", "\u2066", "\u2069",
    "\ufeff", "\xa0", "\u2028", "\u2029", "\u3000", " ", "\t", "\n", "\r", "\u0301", "🙂", "👨\u200d👩\u200d👧",
    "e", "E", "#REF!", "=SUM(A1:A2)", "'", '"', "{", "}", "{text}", "{0}", "%1", "%s", "<b>", "&amp;", "\\",
    "ｱｲｳ", "株式会社", "Ω", "ß", "İ", "ﬀ", "㍻", "㍼", "㋿", "㈱", "ℵ", "\U000e0041", "\U0010fffd",
]
UNICODE = st.characters(exclude_categories=["Cs"])  # Qt text never holds lone surrogates

piece = st.one_of(
    st.sampled_from(NUMBER_PIECES),
    st.sampled_from(DATE_PIECES),
    st.sampled_from(OTHER_PIECES),
    st.sampled_from(JUNK_PIECES),
    st.integers(0, 10**40).map(str),
    st.text(UNICODE, max_size=3),
)
mixed = st.lists(piece, max_size=14).map("".join)
long_text = st.tuples(st.lists(piece, min_size=1, max_size=3).map("".join), st.integers(50, 3000)).map(
    lambda t: t[0] * t[1]
)
typed_text = st.one_of(
    mixed,
    mixed,
    mixed,
    st.text(UNICODE, max_size=30),
    long_text,
    st.sampled_from(["", " ", "\u3000", "\t\n", "\u3000 \u3000", "\r\n"]),
)


def _money_text(yen_thousands: Decimal) -> st.SearchStrategy[str]:
    """Ways a consultant writes an amount given in 千円 (from a 決算書)."""
    negative = yen_thousands < 0
    magnitude = abs(yen_thousands)
    plain = format(magnitude, "f")
    whole, _, fraction = plain.partition(".")
    grouped = f"{int(whole):,}" + (f".{fraction}" if fraction else "")
    forms = [plain, grouped, grouped.translate(str.maketrans("0123456789,.", "０１２３４５６７８９，．"))]
    signs = ["-", "▲", "△", "−", "ー", "()"] if negative else [""]
    return st.tuples(st.sampled_from(forms), st.sampled_from(signs), st.sampled_from(["", " ", "\u3000"])).map(
        lambda t: (f"({t[0]})" if t[1] == "()" else t[1] + t[0]) + t[2]
    )


# --- the domain parsers -----------------------------------------------------------------------


def _sane_money(value):
    """An amount in 千円 that is a whole number of yen within the app's range."""
    if value is None:
        return
    assert isinstance(value, Decimal) and value.is_finite()
    yen = value * 1000
    assert yen == yen.to_integral_value(), value  # a whole number of yen
    assert abs(yen) <= MAX_YEN


@battery(3000, 60)
@given(text=typed_text, unit=st.sampled_from([1000, 1]))
@example(text="1" * 5000, unit=1000)
@example(text="1.0000000000000000000000000001", unit=1000)
@example(text="0." + "0" * 40 + "1", unit=1)
@example(text="9" * 17 + "億" + "9" * 17 + "万", unit=1000)
@example(text="▲" * 3 + "1", unit=1000)
@example(text="()", unit=1000)
def test_money_typed_any_way_is_a_value_or_a_reason(text, unit):
    CASES["money (parse_money)"] += 1
    ok, value = outcome(parse_money, text, unit)
    ACCEPTED["money (parse_money)"] += ok
    if ok:
        _sane_money(value)
        # A bare number is exactly what was typed, in the default unit: nothing rounded away.
        folded = unicodedata.normalize("NFKC", text)
        if value is not None and not any(u in folded for u in "円千万億¥"):
            digits = "".join(c for c in folded if c.isdigit() or c == ".")
            with localcontext() as ctx:
                ctx.prec = len(digits) + 10
                assert abs(value) * 1000 == Decimal(digits) * unit, text


@battery(1000, 30)
@given(st.data())
def test_amounts_written_as_on_a_kessansho_parse_exactly(data):
    CASES["money written correctly"] += 1
    yen = data.draw(st.integers(-MAX_YEN, MAX_YEN))
    thousands = Decimal(yen) / 1000
    text = data.draw(_money_text(thousands))
    assert parse_money(text) == thousands, text
    assert clean_statement_field("net_assets_yen", text) == yen, text


@battery(2000, 50)
@given(text=typed_text, allow_negative=st.booleans())
def test_counts_dates_years_and_times(text, allow_negative):
    CASES["count/date/year/time"] += 1
    ok, count = outcome(parse_count, text, allow_negative)
    if ok and count is not None:
        assert isinstance(count, int) and abs(count) < 10**17 and (allow_negative or count >= 0)
    ok, day = outcome(parse_date, text)
    if ok and day is not None:
        assert isinstance(day, date) and day >= date(1868, 1, 1)
        assert parse_date(day.isoformat()) == day
    ok, year = outcome(parse_year, text)
    if ok and year is not None:
        assert isinstance(year, int) and year >= 500
    ok, year = outcome(parse_year, text, 1900, 2100)
    if ok and year is not None:
        assert 1900 <= year <= 2100
    ok, hhmm = outcome(parse_time, text)
    if ok and hhmm is not None:
        hours, minutes = hhmm.split(":")
        assert 0 <= int(hours) <= 23 and 0 <= int(minutes) <= 59 and len(hhmm) == 5
        assert parse_time(hhmm) == hhmm


@battery(2500, 60)
@given(key=st.sampled_from(sorted(FIELDS_BY_KEY)), text=typed_text)
def test_every_statement_cell_takes_any_text(key, text):
    CASES["statement cells (clean/show)"] += 1
    spec = FIELDS_BY_KEY[key]
    ok, value = outcome(clean_statement_field, key, text)
    ACCEPTED["statement cells (clean/show)"] += ok
    if not ok or value is None:
        return
    if spec.kind == "money":
        assert isinstance(value, int) and abs(value) <= MAX_YEN and (spec.can_be_negative or value >= 0)
    elif spec.kind == "date":
        assert date.fromisoformat(value) >= date(1868, 1, 1)
    elif spec.kind == "months":
        assert isinstance(value, int) and 1 <= value <= 24
    else:
        assert isinstance(value, int) and 0 <= value < 10**17
    # What the grid shows for a stored value, typed back, is the same value.
    shown = show_statement_field(key, value)
    assert clean_statement_field(key, shown) == value, (text, shown)


def _stored_values(spec) -> st.SearchStrategy:
    if spec.kind == "money":
        return st.integers(-MAX_YEN if spec.can_be_negative else 0, MAX_YEN)
    if spec.kind == "date":
        return st.dates(date(1868, 1, 1), date(9999, 12, 31)).map(date.isoformat)
    if spec.kind == "months":
        return st.integers(1, 24)
    return st.integers(0, 10**17 - 1)


@battery(1000, 30)
@given(st.data())
def test_shown_values_type_back_to_themselves(data):
    CASES["statement show→clean round trip"] += 1
    spec = data.draw(st.sampled_from(STATEMENT_FIELDS))
    value = data.draw(_stored_values(spec))
    shown = show_statement_field(spec.key, value)
    assert clean_statement_field(spec.key, shown) == value, shown
    if spec.kind == "money":
        assert shown == format_yen_as_thousands(value)


@battery(700, 20)
@given(field=st.sampled_from(sorted(COMPANY_FIELDS)), text=typed_text, unit=st.sampled_from(["", "%", "千円", "件", "人", "回"]))
def test_other_typed_fields_sharing_the_parsers(field, text, unit):
    """The company form and the KPI cells take typed text through the same parsers."""
    CASES["company fields / KPI values"] += 1
    outcome(clean_company_field, field, text)
    ok, kpi = outcome(parse_kpi_value, text, unit)
    if ok and kpi is not None:
        assert Decimal(kpi).is_finite()


# --- benchmark files ----------------------------------------------------------------------------

COLUMNS = HEADER.strip().split(",")
MINORS = ["0201_建設業", "0201", "０２０１_建設業", "201", "02011_x", "9999_不明", "0201建設業", "_0201", " 0201", "0501_食料品製造業"]
SCALES = ["小規模事業者", "中規模事業者", "small", "medium", "Small", "小規模", "ｓｍａｌｌ", " 小規模事業者 "]
INDICATORS = [*SYNTHETIC, "Sales_Growth_Rate", "sales growth rate", "売上増加率", "equity"]
UNITS = ["ratio", "percent", "yen_per_employee", "thousand_yen_per_employee", "times", "months", "%", "円", "RATIO"]
BETTER = ["higher", "lower", "", "HIGHER", "up"]
NUMBER_JUNK = [
    "1e999999999", "-1e999999999", "1e-999999999", "1E+400", "NaN", "sNaN", "-nan", "Infinity", "-Infinity",
    "inf", "-0", "0E+3", "1_0", "0x10", " 0.5 ", "+1", "1e6", "", "１２", "٣", "=1+1", "=A1/0", "'0.5", '"0.5"',
    "#DIV/0!", "0,5", "1,000", "9" * 60, "0." + "0" * 60 + "1", "1" * 5000, "1.234567890123456789012345678901",
    "12345678901234567890123", "-12e10", "5e-7",
]
HUGE_FIELD = "9" * 140_000  # past the csv module's field limit

junk_field = st.one_of(
    typed_text,
    st.sampled_from(NUMBER_JUNK),
    st.sampled_from(MINORS + SCALES + INDICATORS + UNITS + BETTER),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.floats().map(repr),
    st.just(HUGE_FIELD),
)


def valid_table(minors=("0201_建設業",), scales=("小規模事業者", "中規模事業者")) -> list[list[str]]:
    """A valid tidy CSV as rows of fields (the header first)."""
    rows = [list(COLUMNS)]
    for minor in minors:
        for scale in scales:
            for indicator, (unit, median, iv, iii, ii, i) in SYNTHETIC.items():
                better = "lower" if indicator in ("ebitda_debt_ratio", "working_capital_months") else "higher"
                rows.append(["02_建設業", minor, scale, indicator, unit, better, median, "1", iv, iii, ii, i])
    return rows


def csv_text(rows: list[list[str]], quoted: bool, newline: str) -> str:
    if quoted:
        out = io.StringIO()
        csv.writer(out, lineterminator=newline).writerows(rows)
        return out.getvalue()
    return "".join(",".join(r) + newline for r in rows)


@st.composite
def mutated_csv(draw) -> str:
    """A valid table with a few things done to it, as a person or a broken export would."""
    rows = valid_table(*draw(st.sampled_from([
        (("0201_建設業",), ("小規模事業者", "中規模事業者")),
        (("0201_建設業", "0501_食料品製造業"), ("small",)),
        (("0201_建設業",), ("中規模事業者",)),
    ])))
    for _ in range(draw(st.integers(0, 4))):
        op = draw(st.sampled_from(["field", "field", "field", "drop_row", "dup_row", "swap", "drop_col",
                                   "header", "extra", "blank", "short"]))
        r = draw(st.integers(0, len(rows) - 1)) if rows else 0
        if not rows:
            break
        if op == "field":
            c = draw(st.integers(0, max(0, len(rows[r]) - 1)))
            if rows[r]:
                rows[r][c] = draw(junk_field)
        elif op == "drop_row":
            del rows[r]
        elif op == "dup_row":
            rows.insert(r, list(rows[r]))
        elif op == "swap":
            s = draw(st.integers(0, len(rows) - 1))
            rows[r], rows[s] = rows[s], rows[r]
        elif op == "drop_col":
            c = draw(st.integers(0, len(COLUMNS) - 1))
            for row in (rows if draw(st.booleans()) else rows[:1]):
                if c < len(row):
                    del row[c]
        elif op == "header":
            c = draw(st.integers(0, len(rows[0]) - 1)) if rows[0] else 0
            if rows[0]:
                rows[0][c] = draw(st.sampled_from(["Median", " median", "ｍｅｄｉａｎ", "cut_v", "", "minor", "\ufeffmajor"]))
        elif op == "extra":
            rows[r].append(draw(junk_field))
        elif op == "blank":
            rows.insert(r, [""] * draw(st.integers(0, 12)))
        elif op == "short":
            rows[r] = rows[r][: draw(st.integers(0, len(rows[r])))]
    text = csv_text(rows, draw(st.booleans()), draw(st.sampled_from(["\n", "\r\n", "\r"])))
    for _ in range(draw(st.integers(0, 2))):
        op = draw(st.sampled_from(["insert", "truncate", "cut", "quote"]))
        at = draw(st.integers(0, len(text)))
        if op == "insert":
            text = text[:at] + draw(st.one_of(st.text(UNICODE, max_size=5), st.sampled_from(JUNK_PIECES))) + text[at:]
        elif op == "truncate":
            text = text[:at]
        elif op == "cut":
            text = text[:at] + text[at + draw(st.integers(1, 40)):]
        else:
            text = text[:at] + '"' + text[at:]
    return text


def check_parsed(parsed: ParsedBenchmarks) -> None:
    """A table that was accepted is complete, ordered, finite and stable."""
    assert parsed.rows and parsed.row_count == len(parsed.rows)
    for (code, _scale), indicators in parsed.rows.items():
        assert len(code) == 4 and code.isascii() and code.isdigit()
        assert set(indicators) == set(Indicator)
        for cuts in indicators.values():
            values = [cuts.median, *cuts.ordered()] + ([cuts.std] if cuts.std is not None else [])
            assert all(v.is_finite() and abs(v) < 10**13 for v in values), cuts
    assert rows_from_json(canonical_json(parsed.rows)) == parsed.rows


@battery(2000, 50)
@given(text=mutated_csv())
@example(text=HEADER + "a,0201,small,sales_growth_rate,percent,,1e999999999,,0,0,0,0\n")
@example(text=HEADER + '"' + HUGE_FIELD + '"\n')
@example(text=HEADER + "\x00\n")
@example(text="")
@example(text="\ufeff")
def test_a_damaged_tidy_csv_is_parsed_or_refused_with_a_reason(text):
    CASES["tidy CSV text (parse_tidy_csv)"] += 1
    ok, parsed = outcome(parse_tidy_csv, text)
    ACCEPTED["tidy CSV text (parse_tidy_csv)"] += ok
    if ok:
        check_parsed(parsed)
        again = parse_tidy_csv(text)
        assert again.content_hash == parsed.content_hash


NUMBER_COLUMNS = ["median", "std", "cut_iv", "cut_iii", "cut_ii", "cut_i"]


@battery(800, 20)
@given(st.data())
def test_numbers_in_a_table_are_kept_exactly_or_refused(data):
    """A cut-point is what the file says (in the app's unit), never a rounded neighbour."""
    CASES["tidy CSV numbers exact"] += 1
    rows = valid_table()
    r = data.draw(st.integers(1, len(rows) - 1))
    column = COLUMNS.index(data.draw(st.sampled_from(NUMBER_COLUMNS)))
    text = data.draw(st.one_of(
        st.decimals(allow_nan=False, allow_infinity=False).map(str),
        st.sampled_from(NUMBER_JUNK),
        st.integers(-(10**30), 10**30).map(str),
        st.floats(allow_nan=False, allow_infinity=False).map(repr),
    ))
    rows[r][column] = text
    ok, parsed = outcome(parse_tidy_csv, csv_text(rows, True, "\n"))
    ACCEPTED["tidy CSV numbers exact"] += ok
    if not ok:
        return
    check_parsed(parsed)
    indicator = Indicator(rows[r][3])
    cuts = parsed.rows[("0201", Scale.SMALL if rows[r][2] == "小規模事業者" else Scale.MEDIUM)][indicator]
    stored = {"median": cuts.median, "std": cuts.std, "cut_iv": cuts.iv, "cut_iii": cuts.iii,
              "cut_ii": cuts.ii, "cut_i": cuts.i}[COLUMNS[column]]
    if text.strip():
        with localcontext() as ctx:
            ctx.prec = 200
            assert stored == Decimal(text.strip()) * _UNITS[indicator][rows[r][4]], text


# --- benchmark files through the store import ---------------------------------------------------


def _workbook_bytes(rows: list[list]) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "表紙"
    book.active.append(["ローカルベンチマーク"])
    sheet = book.create_sheet("業種平均")
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


WORKBOOK_NAMES = {"sales_growth_rate": "売上増加率", "operating_margin": "営業利益率", "labor_productivity": "労働生産性",
                  "ebitda_debt_ratio": "ＥＢＴＤＡ有利子負債倍率", "working_capital_months": "営業運転資本回転期間",
                  "equity_ratio": "自己資本比率"}


def meti_rows() -> list[list]:
    """A small workbook laid out like METI's (header, then one row per 小分類 × 規模)."""
    header = ["大分類", "小分類", "事業規模"]
    for name in WORKBOOK_NAMES.values():
        header += [f"{name}_{part}" for part in ("中央値", "標準偏差", "ⅳ", "ⅲ", "ⅱ", "ⅰ")]
    rows = [header]
    for scale in ("小規模事業者", "中規模事業者"):
        row = ["02_建設業", "0201_建設業", scale]
        for code in WORKBOOK_NAMES:
            _unit, median, iv, iii, ii, i = SYNTHETIC[code]
            row += [float(median), 1.0, float(iv), float(iii), float(ii), float(i)]
        rows.append(row)
    return rows


VALID_WORKBOOK = _workbook_bytes(meti_rows())
VALID_MEMBERS = {info.filename: zipfile.ZipFile(io.BytesIO(VALID_WORKBOOK)).read(info.filename)
                 for info in zipfile.ZipFile(io.BytesIO(VALID_WORKBOOK)).infolist()}

def _without_dimension(workbook: bytes) -> bytes:
    """The workbook without the sheets' <dimension> (other programs leave it out; then
    openpyxl hands rows over as long as they are, not padded to the header)."""
    import re

    source = zipfile.ZipFile(io.BytesIO(workbook))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name in source.namelist():
            data = source.read(name)
            z.writestr(name, re.sub(rb"<dimension[^>]*/>", b"", data) if name.startswith("xl/worksheets/") else data)
    return out.getvalue()


cell_junk = st.one_of(
    st.none(), st.booleans(), st.integers(-(10**20), 10**20), st.floats(), st.text(UNICODE, max_size=12),
    st.sampled_from(NUMBER_JUNK[:30] + ["=1/0", "=A1", "=SUM(D2:D3)", "=NA()", "#N/A"] + MINORS + SCALES),
    st.datetimes(), st.dates(),
)


@st.composite
def damaged_workbook(draw) -> bytes:
    """The METI layout with odd cells, or a valid workbook damaged as a file."""
    kind = draw(st.sampled_from(["cells", "truncated", "bytes", "member", "member", "zip"]))
    if kind == "cells":
        rows = meti_rows()
        for _ in range(draw(st.integers(1, 6))):
            r = draw(st.integers(0, len(rows) - 1))
            op = draw(st.sampled_from(["cell", "cell", "cell", "short", "dup", "drop"]))
            if op == "cell" and rows[r]:
                value = draw(cell_junk)
                if isinstance(value, str) and any(c in value for c in "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f"):
                    value = "".join(c if c.isprintable() or c in "\t\n" else "?" for c in value)  # openpyxl refuses to write them
                rows[r][draw(st.integers(0, len(rows[r]) - 1))] = value
            elif op == "short":
                rows[r] = rows[r][: draw(st.integers(0, len(rows[r])))]
            elif op == "dup":
                rows.append(list(rows[r]))
            elif len(rows) > 1:
                del rows[r]
        try:
            data = _workbook_bytes(rows)
        except (ValueError, TypeError):  # openpyxl will not write this cell: not a file anyone has
            assume(False)
        return _without_dimension(data) if draw(st.booleans()) else data
    if kind == "truncated":
        return VALID_WORKBOOK[: draw(st.integers(0, len(VALID_WORKBOOK) - 1))]
    if kind == "bytes":
        data = bytearray(VALID_WORKBOOK)
        for _ in range(draw(st.integers(1, 8))):
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        return bytes(data)
    members = dict(VALID_MEMBERS)
    if kind == "member":
        name = draw(st.sampled_from(sorted(members)))
        data = bytearray(members[name])
        op = draw(st.sampled_from(["flip", "truncate", "junk", "drop", "xml"]))
        if op == "flip" and data:
            for _ in range(draw(st.integers(1, 6))):
                data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        elif op == "truncate":
            data = data[: draw(st.integers(0, len(data)))]
        elif op == "junk":
            data = bytearray(draw(st.binary(max_size=200)))
        elif op == "xml":
            text = data.decode("utf-8", "replace")
            at = draw(st.integers(0, len(text)))
            text = text[:at] + draw(st.sampled_from(["<", ">", "&", "<x>", "</c>", '"', "<!ENTITY", "\x00", "ÿ"])) + text[at:]
            data = bytearray(text.encode("utf-8"))
        if op == "drop":
            del members[name]
        else:
            members[name] = bytes(data)
    else:  # a zip that is not a workbook
        members = {draw(st.sampled_from(["a.txt", "xl/workbook.xml", "[Content_Types].xml"])): draw(st.binary(max_size=300))}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return out.getvalue()


@battery(800, 25)
@given(data=damaged_workbook())
@example(data=b"")
@example(data=b"PK\x03\x04 not really")
@example(data=VALID_WORKBOOK)
@example(data=_without_dimension(_workbook_bytes([meti_rows()[0], meti_rows()[1][:1], meti_rows()[2]])))
def test_a_damaged_workbook_is_parsed_or_refused_with_a_reason(tmp_path, data):
    CASES["METI workbook (parse_meti_workbook)"] += 1
    path = tmp_path / "kijunchi.xlsx"
    path.write_bytes(data)
    ok, parsed = outcome(parse_meti_workbook, path)
    ACCEPTED["METI workbook (parse_meti_workbook)"] += ok
    if ok:
        check_parsed(parsed)


ENCODINGS = ["utf-8", "utf-8-sig", "cp932", "shift_jis", "euc_jp", "iso2022_jp", "utf-16", "utf-16-le",
             "utf-16-be", "utf-32", "latin-1", "cp1252", "gb18030"]


@st.composite
def benchmark_file(draw) -> tuple[str, bytes]:
    """(suffix, bytes) of a file someone might pick in the import dialog."""
    kind = draw(st.sampled_from(["csv", "csv", "csv", "encoded", "bytes", "workbook", "workbook"]))
    if kind == "csv":
        return ".csv", draw(mutated_csv()).encode("utf-8", "surrogatepass")
    if kind == "encoded":
        encoding = draw(st.sampled_from(ENCODINGS))
        text = csv_text(valid_table(), draw(st.booleans()), "\r\n") if draw(st.booleans()) else draw(mutated_csv())
        return ".csv", text.encode(encoding, "replace")
    if kind == "bytes":
        head = draw(st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"PK\x03\x04", HEADER.encode()]))
        return draw(st.sampled_from([".csv", ".xlsx", ".xlsm", ".CSV", ".txt", ""])), head + draw(st.binary(max_size=600))
    return draw(st.sampled_from([".xlsx", ".xlsm", ".XLSX"])), draw(damaged_workbook())


@pytest.fixture
def store_with_active_set(tmp_path):
    """A real database with one benchmark set imported and active."""
    store = open_store(tmp_path / "bench.sqlite3")
    set_id, created = store.benchmarks.import_file(synthetic_csv(tmp_path / "first.csv"))
    assert created and store.benchmarks.active_id() == set_id
    yield store
    store.close()


def benchmark_state(db: Path) -> tuple:
    """The active set and every stored set, read straight from the file."""
    conn = sqlite3.connect(db)
    try:
        active = conn.execute("SELECT value FROM local_meta WHERE key = 'active_benchmark_set'").fetchone()
        sets = conn.execute("SELECT id, content_hash, rows_json FROM benchmark_set ORDER BY id").fetchall()
    finally:
        conn.close()
    return active, sets


@battery(1500, 40)
@given(file=benchmark_file())
@example(file=(".csv", csv_text(valid_table(), False, "\n").encode("utf-16")))
@example(file=(".csv", csv_text(valid_table(), False, "\n").encode("cp932")))
@example(file=(".csv", csv_text(valid_table(), False, "\r\n").encode("utf-8-sig")))
def test_importing_any_file_stores_it_or_leaves_the_active_set_alone(store_with_active_set, tmp_path, file):
    CASES["benchmark file → store import"] += 1
    store = store_with_active_set
    suffix, data = file
    path = tmp_path / f"benchmarks{suffix}"
    path.write_bytes(data)
    before = benchmark_state(store.path)
    ok, result = outcome(store.benchmarks.import_file, path)
    ACCEPTED["benchmark file → store import"] += ok
    after = benchmark_state(store.path)
    if not ok:
        assert after == before, result  # nothing stored, the active set unchanged
        return
    set_id, created = result
    assert after[0] == (set_id,)
    assert len(after[1]) == len(before[1]) + created
    active = store.benchmarks.active()
    assert active is not None and active.id == set_id
    check_parsed(read_benchmark_file(path))
    assert dict(active.rows) == read_benchmark_file(path).rows
    # The imported table scores a company without trouble.
    figures = [PeriodFigures(period_end=date(2024, 3, 31), months=12, sales=Decimal(100_000), employees=8,
                             operating_income=Decimal(3_000), depreciation=Decimal(500), borrowings=Decimal(20_000),
                             cash_and_deposits=Decimal(5_000), receivables=Decimal(9_000), inventories=Decimal(1_000),
                             payables=Decimal(4_000), net_assets=Decimal(15_000), total_assets=Decimal(50_000))]
    for code, scale in active.rows:
        scored = assess(figures, code, scale, active)
        assert scored.periods[-1].total is not None


# --- the other file the app reads: `banso rokaben --input FILE.json` ----------------------------

JSON_KEYS = ["fiscal_year_end", "employees", "months", "sales", "previous_sales", "operating_income",
             "depreciation", "borrowings", "cash_and_deposits", "receivables", "inventories", "payables",
             "net_assets", "total_assets", "gross_profit", "labor_cost"]
json_leaf = st.one_of(
    st.none(), st.booleans(), st.integers(-(10**25), 10**25), st.floats(), typed_text,
    st.sampled_from(["R7.3.31", "2025-03-31", "令和6年3月31日", "12", "120,000", "▲1,200", "1億2,000万円", "0"]),
)
json_value = st.recursive(json_leaf, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(st.text(UNICODE, max_size=8), inner, max_size=3)), max_leaves=8)
json_amount = st.one_of(
    st.integers(0, 10**13), st.decimals(0, 10**12, places=3).map(str), st.none(),
    st.sampled_from(["120,000", "1億円", "12", "０", "1,234.567", "12,345,678円", 0.5, 1e-3]),
)
signed_amount = st.one_of(json_amount, st.integers(-(10**13), 0), st.sampled_from(["▲1,200", "(500)", "-0", -0.0]))
clean_period = st.fixed_dictionaries(  # what a script writes: right shapes, any sizes
    {"fiscal_year_end": st.dates(date(1868, 1, 1), date(2200, 12, 31)).map(date.isoformat)},
    optional={"employees": st.one_of(st.integers(0, 10**6), st.none()), "months": st.integers(1, 24),
              **{key: signed_amount if key in ("operating_income", "net_assets", "gross_profit") else json_amount
                 for key in JSON_KEYS[3:]}},
)
json_period = st.one_of(
    st.fixed_dictionaries(  # mostly right, as a script would write it
        {"fiscal_year_end": st.sampled_from(["R5.3.31", "2024-03-31", "令和7年3月31日", "R7.2.29", "2025/3/31"])},
        optional={key: st.one_of(st.integers(0, 10**9), st.sampled_from(["120,000", "▲1,200", "1億円", "12", None]),
                                 st.integers(0, 10**9), json_leaf) for key in JSON_KEYS[1:]},
    ),
    st.dictionaries(st.sampled_from(JSON_KEYS + ["junk", "", "Sales"]), st.one_of(json_leaf, json_value), max_size=10),
)


@st.composite
def rokaben_input(draw) -> bytes:
    """What `banso rokaben --input` may be handed: the documented object, mangled."""
    kind = draw(st.sampled_from(["clean", "clean", "object", "object", "any", "text", "bytes"]))
    if kind == "bytes":
        return draw(st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"{"])) + draw(st.binary(max_size=200))
    if kind == "text":
        return draw(st.sampled_from([
            "[" * 100_000, "{\"periods\": [" + "9" * 5000 + "]}", "{\"periods\": NaN}", "{\"periods\": [{\"sales\": Infinity}]}",
            "{\"periods\": [{\"sales\": 1e400}]}", "{\"periods\": [{\"sales\": -0.0}]}", "\ufeff{}", "{\"periods\": []}",
            "{\"periods\": [{\"fiscal_year_end\": \"R7.3.31\", \"sales\": 1e-400}]}", "null", "{\"a\":1,\"a\":2}",
        ])).encode("utf-8")
    if kind == "clean":
        document = {"industry": draw(st.sampled_from(["0201", "0201_建設業", None, "0501"])),
                    "periods": draw(st.lists(clean_period, min_size=1, max_size=4, unique_by=lambda p: p["fiscal_year_end"]))}
        return json.dumps(document, ensure_ascii=False).encode("utf-8")
    if kind == "any":
        document = draw(json_value)
    else:
        document = {"periods": draw(st.one_of(st.lists(json_period, max_size=4), json_value))}
        for key in ("industry", "scale"):
            if draw(st.booleans()):
                document[key] = draw(st.one_of(
                    st.sampled_from({"industry": ["0201", "0201_建設業", None, "0501"], "scale": ["small", "中規模事業者", None]}[key]),
                    st.sampled_from({"industry": ["9999", "建設業", 201], "scale": ["小規模", 1]}[key]),
                    json_leaf,
                ))
    text = json.dumps(document, ensure_ascii=draw(st.booleans()), allow_nan=True)
    if draw(st.integers(0, 3)) == 0 and text:
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(JUNK_PIECES + ["", "}", "]", ",", "\"", "\\u00"])) + text[at:]
    return text.encode(draw(st.sampled_from(["utf-8"] * 6 + ["utf-16", "cp932"])), "replace")


@battery(800, 25)
@given(data=rokaben_input(), with_table=st.booleans(), as_json=st.booleans())
def test_rokaben_input_files_are_scored_or_refused_with_a_reason(tmp_path, data, with_table, as_json):
    CASES["rokaben --input JSON (run_rokaben)"] += 1
    path = tmp_path / "periods.json"
    path.write_bytes(data)
    table = tmp_path / "table.csv"
    if with_table and not table.exists():
        synthetic_csv(table)
    args = argparse.Namespace(input=path, benchmarks=table if with_table else None, db=None, company=None, json=as_json)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        ok, code = outcome(run_rokaben, args, JA, open_store)
    ACCEPTED["rokaben --input JSON (run_rokaben)"] += ok
    if ok:
        assert code == 0
        if as_json:
            result = json.loads(out.getvalue())
            assert isinstance(result["periods"], list) and result["periods"]
        else:
            assert out.getvalue().strip()


# --- through the real command ----------------------------------------------------------------------


def _damaged_sheet_workbook() -> bytes:
    members = dict(VALID_MEMBERS)
    sheet = "xl/worksheets/sheet2.xml"
    members[sheet] = members[sheet][: len(members[sheet]) // 2]  # the header reads, the rows do not
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return out.getvalue()


def bad_files(folder: Path) -> dict[str, Path]:
    """Files a consultant might hand to `banso benchmarks import`, none of them a table."""
    rng = random.Random(9)
    valid = csv_text(valid_table(), False, "\r\n")
    files = {
        "random bytes.csv": bytes(rng.randrange(256) for _ in range(600)),
        "utf-16 without a BOM.csv": valid.encode("utf-16-le"),
        "euc-jp.csv": valid.encode("euc_jp"),
        "huge field.csv": (HEADER + '"' + HUGE_FIELD + '"\n').encode(),
        "1e999999999.csv": valid.replace(",0.02,", ",1e999999999,", 1).encode(),
        "nul.csv": valid.replace("\r\n", "\x00\r\n").encode(),
        "empty.csv": b"",
        "truncated.xlsx": VALID_WORKBOOK[: len(VALID_WORKBOOK) // 2],
        "damaged sheet.xlsx": _damaged_sheet_workbook(),
        "not a zip.xlsx": bytes(rng.randrange(256) for _ in range(300)),
        "table.txt": valid.encode(),
    }
    paths = {}
    for name, data in files.items():
        paths[name] = folder / name
        paths[name].write_bytes(data)
    (folder / "folder.csv").mkdir()
    paths["a folder.csv"] = folder / "folder.csv"
    paths["a name too long"] = folder / ("長" * 200 + ".csv")  # ENAMETOOLONG from the file system
    return paths


@pytest.mark.slow
def test_the_benchmarks_command_refuses_bad_files_in_one_line(tmp_path):
    db = tmp_path / "cli.sqlite3"
    first = run_banso("benchmarks", "import", str(synthetic_csv(tmp_path / "first.csv")), "--db", str(db))
    assert first.returncode == 0, first.stderr
    before = benchmark_state(db)
    for name, path in bad_files(tmp_path).items():
        CASES["`banso benchmarks import` (subprocess)"] += 1
        result = run_banso("benchmarks", "import", str(path), "--db", str(db))
        assert result.returncode == 2, (name, result.returncode, result.stderr)
        error = result.stderr.strip()
        assert error.startswith("banso: ") and len(error.splitlines()) == 1, (name, error)
        assert "Traceback" not in result.stderr and "unexpected error" not in error, (name, error)
        assert benchmark_state(db) == before, name
    # A table saved as UTF-16 with its byte-order mark (Excel's "Unicode text") is read.
    utf16 = tmp_path / "utf-16.csv"
    utf16.write_bytes(csv_text(valid_table(scales=("small",)), False, "\r\n").encode("utf-16"))
    result = run_banso("benchmarks", "import", str(utf16), "--db", str(db))
    assert result.returncode == 0 and "Imported 1 benchmark rows" in result.stdout, result.stderr
    # The Japanese messages are as clear.
    result = run_banso("benchmarks", "import", str(tmp_path / "damaged sheet.xlsx"), "--db", str(db),
                       env={"BANSO_LANG": "ja"})
    assert result.returncode == 2 and "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.slow
def test_the_rokaben_command_refuses_bad_input_files_in_one_line(tmp_path):
    inputs = {
        "cp932.json": '{"periods": [{"fiscal_year_end": "令和7年3月31日"}]}'.encode("cp932"),
        "deep.json": b"[" * 100_000,
        "big int.json": b'{"periods": [{"fiscal_year_end": "R7.3.31", "sales": ' + b"9" * 5000 + b"}]}",
        "nan.json": b'{"periods": [{"fiscal_year_end": "R7.3.31", "sales": NaN}]}',
        "control.json": json.dumps({"industry": "02\n01\u202e", "periods": [{"fiscal_year_end": "x" * 5000}]}).encode(),
    }
    for name, data in inputs.items():
        CASES["`banso rokaben --input` (subprocess)"] += 1
        path = tmp_path / name
        path.write_bytes(data)
        result = run_banso("rokaben", "--input", str(path))
        error = result.stderr.strip()
        assert result.returncode == 2 and error.startswith("banso: ") and len(error.splitlines()) == 1, (name, error)
        assert "Traceback" not in result.stderr and "unexpected error" not in error and len(error) < MESSAGE_LIMIT, (name, error)
    path = tmp_path / "periods.json"
    path.write_text(json.dumps({"periods": [{"fiscal_year_end": "R7.3.31", "sales": 1000}]}), encoding="utf-8")
    (tmp_path / "bad.xlsx").write_bytes(_damaged_sheet_workbook())
    result = run_banso("rokaben", "--input", str(path), "--benchmarks", str(tmp_path / "bad.xlsx"))
    assert result.returncode == 2 and "Excel" in result.stderr and "Traceback" not in result.stderr


# --- the real ロカベン tab ------------------------------------------------------------------------------

EDITABLE_ROWS = {row.key: n for n, row in enumerate(GRID_ROWS) if not row.is_total}
EDITABLE = list(EDITABLE_ROWS)
grid_text = st.one_of(typed_text, _money_text(Decimal("1234.5")), st.sampled_from(["R6.3.31", "令和7年3月31日", "12", "0"]))


def _open_rokaben(open_window, db_path):
    store = open_store(db_path)
    company_id = store.companies.create({"name": "株式会社入力検査", "industry_code": "0201", "employees": 10})
    store.benchmarks.import_file(synthetic_csv(db_path.parent / "bench.csv"))
    store.close()
    window = open_window(db_path)
    window.open_company(company_id, "rokaben")
    return window, window.workspace.rokaben.financial, company_id


def _stored(db_path, period_id):
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        row = dict(conn.execute("SELECT * FROM fiscal_period WHERE id = ?", (period_id,)).fetchone())
        drafts = dict(conn.execute(
            "SELECT field, raw_text FROM field_draft WHERE table_name = 'fiscal_period' AND row_id = ?", (period_id,)
        ).fetchall())
    finally:
        conn.close()
    return row, drafts


@pytest.mark.slow
def test_typing_anything_into_the_statements_grid(qtbot, open_window, db_path):
    """Arbitrary text through the statements model of a real window on a real file: no
    exception escapes (in setData or in the tab's slots), the text is kept as a value or
    as a draft with its reason, and what was stored before is never lost."""
    from PySide6.QtCore import Qt

    window, page, _company = _open_rokaben(open_window, db_path)
    page.add_period()
    page.add_period()
    model = page.model
    ids = [c.id for c in model.columns]
    window.flush()
    # What each cell holds: (last value stored, typed text kept as a draft or None).
    expected = {(pid, key): (_stored(db_path, pid)[0][key], None) for pid in ids for key in EDITABLE}

    def column_of(pid):
        return next(n for n, c in enumerate(model.columns) if c.id == pid)

    @battery(300, 20)
    @given(pid=st.sampled_from(ids), key=st.sampled_from(EDITABLE), text=grid_text, tick=st.booleans())
    @example(pid=ids[0], key="period_end", text=model.columns[1].values["period_end"], tick=False)
    @example(pid=ids[0], key="sales_yen", text="1" * 3000, tick=False)
    @example(pid=ids[1], key="employees", text="\x00\u202e12", tick=False)
    def type_into_a_cell(pid, key, text, tick):
        CASES["statements grid setData (real window)"] += 1
        column = model.columns[column_of(pid)]
        try:
            value, error = clean_statement_field(key, text), None
            if key == "period_end" and any(c is not column and c.values.get("period_end") == value for c in model.columns):
                error = "duplicate"
        except UserError as exc:
            value, error = None, exc
        with qtbot.captureExceptions() as raised:
            index = model.index(EDITABLE_ROWS[key], column_of(pid))
            assert model.setData(index, text, Qt.ItemDataRole.EditRole)
            if tick and key in ("bonds_yen", "lease_obligations_yen", "officer_loans_yen"):
                model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
            for row in range(model.rowCount()):  # every cell renders, with its reason where there is one
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
                    model.data(model.index(row, column_of(pid)), role)
            model.headerData(column_of(pid), Qt.Orientation.Horizontal)
            window.flush()
        expected[(pid, key)] = (value, None) if error is None else (expected[(pid, key)][0], text)
        assert not raised, raised
        index = model.index(EDITABLE_ROWS[key], column_of(pid))
        if error is None:
            ACCEPTED["statements grid setData (real window)"] += 1
            assert column.values[key] == value and key not in column.raw
            assert index.data(Qt.ItemDataRole.EditRole) == (value if key == "period_end" else show_statement_field(key, value))
        else:
            # PySide drops a leading byte-order mark when Qt hands a string to Python.
            assert column.raw[key] == text and index.data(Qt.ItemDataRole.EditRole) == text.removeprefix("\ufeff")
            reason = index.data(Qt.ItemDataRole.ToolTipRole)
            assert reason and len(reason) <= MESSAGE_LIMIT and "\n" not in reason, reason
        assert not window.autosave.has_unsaved()
        row, drafts = _stored(db_path, pid)
        for (other, field), (stored, draft) in expected.items():
            if other == pid:
                assert row[field] == stored, (field, row[field], stored)
                assert drafts.get(field) == draft, (field, drafts.get(field), draft)

    type_into_a_cell()
    window.close()
    # Reopened, every cell shows what was typed last: the value, or the draft text.
    window, page = open_window(db_path), None
    window.open_company(_company, "rokaben")
    model = window.workspace.rokaben.financial.model
    for (pid, key), (stored, draft) in expected.items():
        column = model.columns[column_of(pid)]
        if draft is not None:
            assert column.raw[key] == draft
        else:
            assert column.values.get(key) == stored and key not in column.raw



@pytest.mark.slow
def test_the_import_button_explains_a_bad_file_and_keeps_the_set(qtbot, open_window, db_path, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window, page, _company = _open_rokaben(open_window, db_path)
    before = benchmark_state(db_path)
    sets = page.benchmark_choice.count()
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kw: shown.append(args[2]))
    files = bad_files(tmp_path)
    for name in (files if FULL else ["damaged sheet.xlsx", "1e999999999.csv", "huge field.csv", "random bytes.csv"]):
        CASES["ロカベン tab import (real window)"] += 1
        shown.clear()
        page.import_benchmarks(str(files[name]))
        qtbot.waitUntil(lambda: bool(shown), timeout=5000)
        message = shown[0]
        assert message and "\n" not in message and "Error:" not in message and "Overflow" not in message, (name, message)
        assert page.import_button.isEnabled()
        assert benchmark_state(db_path) == before and page.benchmark_choice.count() == sets, name
        assert page.assessment.benchmark is not None
