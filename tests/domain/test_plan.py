"""The action plan's rules (DOMAIN.md §7–§9): 付加価値額, due dates, referral follow-up,
KPI values as typed, and the bundled referral map."""

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from banso_desktop.data import referral_map
from banso_desktop.domain.plan import (
    ReferralMap,
    decimal_text,
    due_state,
    is_overdue,
    kpi_decimal,
    parse_kpi_value,
    referral_needs_attention,
    value_added_series,
    value_added_yen,
)
from banso_desktop.domain.rokaben_sheet import Label
from banso_desktop.domain.text import InputError

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
TODAY = date(2026, 10, 15)


def period(end, oi, labor, dep, months=12):
    return {"period_end": end, "months": months, "operating_income_yen": oi,
            "labor_cost_yen": labor, "depreciation_yen": dep}


# --- 付加価値額 --------------------------------------------------------------------------


def test_value_added_is_operating_income_plus_labour_plus_depreciation():
    assert value_added_yen(period("2025-03-31", 3_000_000, 20_000_000, 1_500_000)) == 24_500_000


def test_value_added_with_an_operating_loss():
    assert value_added_yen(period("2025-03-31", -8_000_000, 5_000_000, 1_000_000)) == -2_000_000


@pytest.mark.parametrize("missing", ["operating_income_yen", "labor_cost_yen", "depreciation_yen"])
def test_value_added_is_none_when_a_part_is_missing(missing):
    p = period("2025-03-31", 1, 2, 3)
    p[missing] = None
    assert value_added_yen(p) is None
    del p[missing]
    assert value_added_yen(p) is None


def test_zero_parts_are_not_missing():
    assert value_added_yen(period("2025-03-31", 0, 0, 0)) == 0


def test_series_oldest_first_with_change_and_rate():
    series = value_added_series([
        period("2025-03-31", 2_000_000, 9_000_000, 1_000_000),  # 12,000,000
        period("2024-03-31", 1_000_000, 8_000_000, 1_000_000),  # 10,000,000
        period("2026-03-31", 1_000_000, 9_000_000, 1_000_000),  # 11,000,000
    ])
    assert [s["period_end"] for s in series] == ["2024-03-31", "2025-03-31", "2026-03-31"]
    assert [s["value_added_yen"] for s in series] == [10_000_000, 12_000_000, 11_000_000]
    assert [s["change_yen"] for s in series] == [None, 2_000_000, -1_000_000]
    assert series[0]["change_rate"] is None
    assert series[1]["change_rate"] == Decimal("0.2")
    assert series[2]["change_rate"] == Decimal("-0.083333")  # −1/12, rounded half up to six places
    assert all(s["months"] == 12 for s in series)


def test_series_change_is_none_next_to_a_missing_period():
    series = value_added_series([
        period("2024-03-31", 1_000_000, 8_000_000, 1_000_000),
        period("2025-03-31", None, 8_000_000, 1_000_000),
        period("2026-03-31", 1_000_000, 8_000_000, 2_000_000),
    ])
    assert [s["value_added_yen"] for s in series] == [10_000_000, None, 11_000_000]
    assert [s["change_yen"] for s in series] == [None, None, None]
    assert [s["change_rate"] for s in series] == [None, None, None]


def test_series_rate_is_none_from_a_base_of_zero_or_less():
    series = value_added_series([
        period("2024-03-31", -3_000_000, 1_000_000, 0),   # -2,000,000
        period("2025-03-31", -1_000_000, 1_000_000, 0),   # 0
        period("2026-03-31", 500_000, 1_000_000, 0),      # 1,500,000
        period("2027-03-31", 0, 1_000_000, 500_000),      # 1,500,000
    ])
    assert [s["change_yen"] for s in series] == [None, 2_000_000, 1_500_000, 0]
    assert [s["change_rate"] for s in series] == [None, None, None, Decimal("0")]


def test_series_of_nothing_and_of_one_period():
    assert value_added_series([]) == []
    (only,) = value_added_series([period("2025-03-31", 1, 1, 1, months=9)])
    assert only == {"period_end": "2025-03-31", "months": 9, "value_added_yen": 3,
                    "change_yen": None, "change_rate": None}


# --- 施策 due dates --------------------------------------------------------------------------


def action(due, status="todo", **more):
    return {"due_date": due, "status": status, **more}


@pytest.mark.parametrize("due, status, expected", [
    ("2026-10-14", "todo", True),      # yesterday
    ("2026-10-14", "doing", True),
    ("2026-10-15", "todo", False),     # today is not late yet
    ("2026-10-16", "todo", False),
    ("2026-10-01", "done", False),
    ("2026-10-01", "cancelled", False),
    (None, "todo", False),
    ("", "todo", False),
])
def test_is_overdue(due, status, expected):
    assert is_overdue(action(due, status), TODAY) is expected


def test_a_removed_action_is_not_overdue():
    assert is_overdue(action("2026-10-01", deleted_at="2026-10-02T00:00:00.000Z"), TODAY) is False


@pytest.mark.parametrize("due, status, expected", [
    ("2026-10-14", "todo", "overdue"),
    ("2026-10-15", "todo", "due_soon"),   # due today
    ("2026-10-15", "doing", "due_soon"),
    ("2026-10-22", "todo", "due_soon"),   # today + 7: still soon
    ("2026-10-23", "todo", None),         # today + 8
    ("2026-10-15", "done", None),
    ("2026-10-14", "cancelled", None),
    (None, "todo", None),
])
def test_due_state(due, status, expected):
    assert due_state(action(due, status), TODAY) == expected


def test_due_state_with_a_wider_window():
    assert due_state(action("2026-10-29"), TODAY, soon_days=14) == "due_soon"
    assert due_state(action("2026-10-30"), TODAY, soon_days=14) is None
    assert due_state(action("2026-10-15"), TODAY, soon_days=0) == "due_soon"


# --- referrals -------------------------------------------------------------------------------


def referral(**values):
    return {"follow_up_date": "2026-10-14", "outcome": "", "outcome_date": None, "deleted_at": None, **values}


def test_referral_past_its_follow_up_without_outcome_needs_attention():
    assert referral_needs_attention(referral(), TODAY) is True


@pytest.mark.parametrize("values", [
    {"follow_up_date": "2026-10-15"},                   # follow-up is today: not yet
    {"follow_up_date": "2026-10-20"},
    {"follow_up_date": None},
    {"outcome": "融資が決まった"},
    {"outcome_date": "2026-10-10"},
    {"deleted_at": "2026-10-11T00:00:00.000Z"},
])
def test_referral_does_not_need_attention(values):
    assert referral_needs_attention(referral(**values), TODAY) is False


def test_a_blank_outcome_is_no_outcome():
    assert referral_needs_attention(referral(outcome="  \n "), TODAY) is True
    assert referral_needs_attention(referral(outcome=None), TODAY) is True


# --- KPI values ----------------------------------------------------------------------------


@pytest.mark.parametrize("typed, expected", [
    ("１２，０００", "12000"),
    ("12,000", "12000"),
    ("▲5", "-5"),
    ("△5", "-5"),
    ("−5", "-5"),
    ("(5)", "-5"),
    ("12.5%", "12.5"),
    ("１２．５％", "12.5"),
    ("0.50", "0.5"),
    ("0", "0"),
    ("▲0", "0"),
    (" 3件 ", "3"),
    ("12,000千円", "12000"),   # money in 千円 unless the KPI's unit says otherwise
    ("120万円", "1200"),
    ("1億2,000万円", "120000"),
    ("12345678901234567", "12345678901234567"),
])
def test_parse_kpi_value(typed, expected):
    assert parse_kpi_value(typed) == expected


@pytest.mark.parametrize("typed, unit, expected", [
    ("120万円", "万円", "120"),
    ("120万円", "円", "1200000"),
    ("12,000千円", "千円", "12000"),
    ("1.5百万円", "百万円", "1.5"),
    ("3件", "件", "3"),
    ("8人日", "人日", "8"),
    ("25％", "%", "25"),
])
def test_parse_kpi_value_in_the_kpis_unit(typed, unit, expected):
    assert parse_kpi_value(typed, unit) == expected


@pytest.mark.parametrize("typed", [None, "", "   ", "　"])
def test_blank_kpi_value_is_none(typed):
    assert parse_kpi_value(typed) is None


@pytest.mark.parametrize("typed, unit", [
    ("abc", ""), ("12abc", ""), ("1,2", ""), ("12.", ""), ("▲▲5", ""), ("1.5.2", ""),
    ("5件", "%"), ("12万円", "%"), ("123456789012345678", ""),
])
def test_parse_kpi_value_refuses(typed, unit):
    with pytest.raises(InputError) as caught:
        parse_kpi_value(typed, unit)
    assert caught.value.render()  # a message for the person, not a traceback


def test_unit_mismatch_message_names_the_unit():
    with pytest.raises(InputError) as caught:
        parse_kpi_value("5件", "%")
    assert caught.value.message == "“{text}” is not in this KPI's unit ({unit})."
    assert caught.value.render() == "“5件” is not in this KPI's unit (%)."


def test_decimal_text_is_plain_and_exact():
    assert decimal_text(Decimal("1.2E+4")) == "12000"
    assert decimal_text(Decimal("12.50")) == "12.5"
    assert decimal_text(Decimal("-0.00")) == "0"
    assert decimal_text(Decimal("0.0000001")) == "0.0000001"
    assert kpi_decimal(3) == "3" and kpi_decimal(" 2.50 ") == "2.5" and kpi_decimal(None) is None
    assert kpi_decimal("１２") == "12"  # kept as ASCII
    with pytest.raises(ValueError):
        kpi_decimal("12,000")  # the store takes decimal text; typed text goes through parse_kpi_value
    with pytest.raises(ValueError):
        kpi_decimal("NaN")


# --- the referral map ------------------------------------------------------------------------

DOMAIN_CATEGORIES = {
    "founding": {"商工会・商工会議所", "市区町村", "日本政策金融公庫"},
    "sales_channels": {"よろず支援拠点", "商工会・商工会議所", "JETRO"},
    "turnaround_finance": {"中小企業活性化協議会", "金融機関", "信用保証協会"},
    "succession": {"事業承継・引継ぎ支援センター"},
    "ip": {"知財総合支援窓口"},
    "subcontracting": {"下請かけこみ寺"},
    "labour": {"働き方改革推進支援センター", "社会保険労務士"},
    "it_dx": {"よろず支援拠点", "ITコーディネータ"},
    "unclear": {"商工会・商工会議所", "よろず支援拠点"},
}


def test_referral_map_json_has_every_domain_category_with_ja_and_en():
    data = json.loads((RESOURCES / "referral_map.json").read_text(encoding="utf-8"))
    assert data["source"].strip()
    keys = [c["key"] for c in data["categories"]]
    assert keys == list(DOMAIN_CATEGORIES)
    institutions = {i["key"]: i for i in data["institutions"]}
    assert len(institutions) == len(data["institutions"])
    for item in [*data["categories"], *data["institutions"]]:
        assert item["ja"].strip() and item["en"].strip(), item
        assert item["ja"] != item["en"]
    for c in data["categories"]:
        assert c["institutions"], c["key"]
        assert all(k in institutions for k in c["institutions"]), c["key"]


def test_referral_map_names_the_domain_institutions():
    bundled = referral_map()
    assert isinstance(bundled, ReferralMap)
    assert [c.key for c in bundled.categories] == list(DOMAIN_CATEGORIES)
    for key, expected in DOMAIN_CATEGORIES.items():
        names = [i.label.ja for i in bundled.category(key).institutions]
        for name in expected:
            assert any(n.startswith(name) for n in names), (key, name, names)
    founding = bundled.category("founding")
    assert founding.label == Label("創業", "Starting a business")
    assert bundled.category("nope") is None
    assert bundled.institution("yorozu").label.en == "Yorozu Support Center"
    assert len({i.key for i in bundled.institutions()}) == len(bundled.institutions())
    assert referral_map() is bundled  # loaded once


def test_referral_map_refuses_an_unknown_institution(tmp_path):
    path = tmp_path / "map.json"
    path.write_text(json.dumps({"institutions": [], "categories": [
        {"key": "founding", "ja": "創業", "en": "Founding", "institutions": ["nowhere"]}]}), encoding="utf-8")
    with pytest.raises(ValueError, match="nowhere"):
        ReferralMap.load(path)


def test_value_added_change_is_not_told_across_an_irregular_period():
    from banso_desktop.domain.plan import value_added_series

    def period(end, months, yen):
        return {"period_end": end, "months": months, "operating_income_yen": yen,
                "labor_cost_yen": 0, "depreciation_yen": 0}

    series = value_added_series([period("2024-03-31", 12, 42_000_000), period("2024-09-30", 6, 21_000_000),
                                 period("2025-09-30", 12, 40_000_000), period("2027-09-30", 12, 50_000_000)])
    assert [s["change_yen"] for s in series] == [None, None, None, None]
    series = value_added_series([period("2024-03-31", 12, 8_100_000), period("2025-03-31", 12, 9_100_000)])
    assert series[1]["change_yen"] == 1_000_000
    assert series[1]["change_rate"] == Decimal("0.123457")  # 1/8.1, six places, rounded once
