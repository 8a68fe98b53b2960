"""Japanese number input into exact 千円, and business formatting."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from banso_desktop.domain.japanese import (
    format_amount,
    parse_count,
    parse_money,
    thousands_to_yen,
    yen_to_thousands,
)
from banso_desktop.domain.text import InputError


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("1200", "1200"),
        ("1,200", "1200"),
        ("１，２００", "1200"),  # 全角 digits and comma
        ("１２００千円", "1200"),
        ("1,200千円", "1200"),
        ("12,345,678円", "12345.678"),
        ("¥12,345,678", "12345.678"),
        ("￥１２，３４５，６７８", "12345.678"),
        ("1,000万円", "10000"),
        ("1000万", "10000"),
        ("12百万円", "12000"),
        ("1.5億円", "150000"),
        ("1億2,000万円", "120000"),
        ("1万2千円", "12"),
        ("1千万円", "10000"),
        ("5千万", "50000"),
        ("2億5千万円", "250000"),
        ("１億２千万円", "120000"),
        ("3億5千5百万円", None),  # 千 then 百万: see the refusals below
        ("3千円", "3"),
        ("▲1,200", "-1200"),
        ("△1,200", "-1200"),
        ("-1,200", "-1200"),
        ("−1,200", "-1200"),  # U+2212 MINUS SIGN
        ("－１，２００", "-1200"),  # full-width hyphen-minus
        ("ー1200", "-1200"),  # what a Japanese IME makes of "-"
        ("(1,200)", "-1200"),
        ("（１，２００）", "-1200"),
        ("▲ 1,200 千円", "-1200"),
        ("▲500円", "-0.5"),
        ("1,234.5", "1234.5"),
        ("0", "0"),
        ("▲0", "0"),
    ],
)
def test_parse_money_reads_what_consultants_type(typed, expected):
    if expected is None:
        with pytest.raises(InputError):
            parse_money(typed)
        return
    assert parse_money(typed) == Decimal(expected)


@pytest.mark.parametrize("typed", ["", "   ", "　", None])
def test_blank_is_none(typed):
    assert parse_money(typed) is None


@pytest.mark.parametrize(
    "typed, reason",
    [
        ("abc", "is not a number"),
        ("12a", "is not a number"),
        ("1,2", "groups of three"),
        ("1,2000", "groups of three"),
        ("1.2345", "fraction of a yen"),
        ("0.5円", "fraction of a yen"),
        ("1万2億円", "out of order"),
        ("1億2000", "Add the unit"),
        ("▲-100", "one minus"),
        ("--100", "one minus"),
        ("円", "is not a number"),
        ("1.2.3", "is not a number"),
    ],
)
def test_parse_money_refuses_with_a_reason(typed, reason):
    with pytest.raises(InputError) as info:
        parse_money(typed)
    assert reason in info.value.render()


def test_default_unit_yen_for_fields_kept_in_yen():
    assert parse_money("1,234", default_unit_yen=1) == Decimal("1.234")


@pytest.mark.parametrize(
    "value, decimals, text",
    [
        (Decimal(1200), 0, "1,200"),
        (Decimal(-1200), 0, "▲1,200"),
        (Decimal("1234.5"), 0, "1,235"),  # 四捨五入
        (Decimal("-1234.5"), 0, "▲1,235"),
        (Decimal("1234.5"), 1, "1,234.5"),
        (0, 0, "0"),
        (None, 0, ""),
    ],
)
def test_format_amount(value, decimals, text):
    assert format_amount(value, decimals) == text


@given(st.integers(min_value=-10**15, max_value=10**15))
def test_yen_round_trip_is_exact(yen):
    assert thousands_to_yen(yen_to_thousands(yen)) == yen


@given(st.integers(min_value=-10**15, max_value=10**15))
def test_formatted_amounts_parse_back_exactly(yen):
    value = yen_to_thousands(yen)
    assert parse_money(format_amount(value, decimals=3)) == value
    assert parse_money(f"{yen:,}円") == value


@given(st.text(max_size=40))
def test_any_text_gives_an_amount_none_or_a_reason(text):
    try:
        result = parse_money(text)
    except InputError as exc:
        assert exc.render()
    else:
        assert result is None or isinstance(result, Decimal)


@pytest.mark.parametrize(
    "typed, expected", [("12", 12), ("１２人", 12), ("1,200名", 1200), ("3ケ月", 3), ("3ヶ月", 3), ("", None)]
)
def test_parse_count(typed, expected):
    assert parse_count(typed) == expected


@pytest.mark.parametrize("typed", ["-3", "▲3", "2.5", "three", "人", "ヶ月"])
def test_parse_count_refuses(typed):
    with pytest.raises(InputError):
        parse_count(typed)


@given(st.text(max_size=20))
def test_parse_count_never_crashes(text):
    try:
        result = parse_count(text)
    except InputError:
        return
    assert result is None or (isinstance(result, int) and result >= 0)


def test_display_width_and_pad():
    from banso_desktop.domain.text import display_width, pad

    assert display_width("abc") == 3
    assert display_width("株式会社ABC") == 11
    assert display_width("ｶﾀｶﾅ") == 4  # half-width kana take one column
    assert display_width("１２３") == 6
    assert pad("売上高", 10) == "売上高    " and pad("sales", 10) == "sales     "
    assert pad("支援事業者数", 4) == "支援事業者数"  # never cut
