"""和暦 ⇄ 西暦, 明治 to 令和, including 元年."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from banso_desktop.domain.japanese import (
    format_date_en,
    format_date_ja,
    format_wareki,
    parse_date,
    parse_year,
    to_wareki,
    wareki_year_label,
)
from banso_desktop.domain.text import InputError


@pytest.mark.parametrize(
    "day, long, short",
    [
        (date(2025, 3, 31), "令和7年3月31日", "R7.3.31"),
        (date(2019, 5, 1), "令和元年5月1日", "R1.5.1"),
        (date(2019, 4, 30), "平成31年4月30日", "H31.4.30"),
        (date(1989, 1, 8), "平成元年1月8日", "H1.1.8"),
        (date(1989, 1, 7), "昭和64年1月7日", "S64.1.7"),
        (date(1926, 12, 25), "昭和元年12月25日", "S1.12.25"),
        (date(1926, 12, 24), "大正15年12月24日", "T15.12.24"),
        (date(1912, 7, 30), "大正元年7月30日", "T1.7.30"),
        (date(1912, 7, 29), "明治45年7月29日", "M45.7.29"),
        (date(1868, 1, 1), "明治元年1月1日", "M1.1.1"),
    ],
)
def test_era_boundaries(day, long, short):
    assert format_wareki(day) == long
    assert format_wareki(day, "short") == short
    assert parse_date(long) == day
    assert parse_date(short) == day


@pytest.mark.parametrize(
    "typed",
    [
        "令和7年3月31日", "R7.3.31", "r7.3.31", "R07/03/31", "R7-3-31", "令7.3.31", "令和７年３月３１日",
        "2025/3/31", "2025-03-31", "2025.3.31", "2025年3月31日", "20250331", "２０２５／３／３１", "㋿7.3.31",
    ],
)
def test_parse_date_formats(typed):
    assert parse_date(typed) == date(2025, 3, 31)


def test_dates_written_past_an_era_end_convert_by_year_count():
    assert parse_date("平成31年5月1日") == date(2019, 5, 1)
    assert parse_date("平成32年1月1日") == date(2020, 1, 1)


@pytest.mark.parametrize(
    "typed, reason",
    [
        ("令和元年4月30日", "before it"),
        ("令和0年5月1日", "元年"),
        ("R7.2.30", "not a day"),
        ("7.3.31", "not a date"),
        ("tomorrow", "not a date"),
        ("1867/12/31", "before 1868"),
    ],
)
def test_parse_date_refuses_with_reason(typed, reason):
    with pytest.raises(InputError) as info:
        parse_date(typed)
    assert reason in info.value.render()


def test_display_forms():
    assert format_date_ja(date(2025, 3, 31)) == "令和7年3月31日（2025年3月31日）"
    assert format_date_en(date(2025, 3, 31)) == "31 Mar 2025 (Reiwa 7)"
    assert wareki_year_label(1989) == "平成元年"
    assert wareki_year_label(2019) == "令和元年"
    assert wareki_year_label(1975) == "昭和50年"


@pytest.mark.parametrize(
    "typed, year",
    [("1975", 1975), ("1975年", 1975), ("昭和50年", 1975), ("S50", 1975), ("昭和50", 1975),
     ("平成元年", 1989), ("H1", 1989), ("令和元年", 2019), ("明治45年", 1912), ("大正元年", 1912)],
)
def test_parse_year(typed, year):
    assert parse_year(typed) == year


def test_parse_year_limits():
    with pytest.raises(InputError):
        parse_year("2999", latest=2026)
    with pytest.raises(InputError):
        parse_year("75")


@given(st.dates(min_value=date(1868, 1, 1), max_value=date(2200, 12, 31)))
def test_round_trip_every_day(day):
    era, year = to_wareki(day)
    assert year >= 1
    assert parse_date(format_wareki(day)) == day
    assert parse_date(format_wareki(day, "short")) == day


@given(st.text(max_size=30))
def test_parse_date_never_crashes(text):
    try:
        parse_date(text)
    except InputError as exc:
        assert exc.render()
