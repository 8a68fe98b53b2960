"""The dashboard's series, on a small file whose every number is known."""

import json
import statistics
from datetime import date

import pytest

from banso_desktop.office.dashboard import (
    MonthSessions,
    ScoreYear,
    ValueAddedYear,
    dashboard_data,
    last_months,
    quartiles,
)
from banso_desktop.office.history import load_history
from tests.store.test_benchmarks import synthetic_csv

TODAY = date(2025, 11, 15)
BUILDER = {"industry_code": "0201", "scale_override": "small"}  # the synthetic table covers 0201


def full(sales, income, labor, employees, *, borrowings=0, cash=1_000_000, receivables=0, net_assets=8_000_000):
    """A period with every ロカベン input (総資産 10,000,000 yen, no depreciation)."""
    return {
        "sales_yen": sales, "operating_income_yen": income, "depreciation_yen": 0, "labor_cost_yen": labor,
        "employees": employees, "short_term_loans_yen": borrowings, "long_term_loans_yen": 0,
        "cash_and_deposits_yen": cash, "accounts_receivable_yen": receivables, "inventories_yen": 0,
        "accounts_payable_yen": 0, "net_assets_yen": net_assets, "total_assets_yen": 10_000_000,
    }


@pytest.fixture
def office(store, tmp_path):
    """Against the synthetic cut-points (tests/store/test_benchmarks.py), ⑤ 0 months and
    ④ net cash score 5 each:

    - アルファ: FY2022 sales only (0 points, D); FY2023 margin 10 %, 5,000千円 a head,
      sales flat (3+5+5+5+5+5 = 28, A); FY2024 sales +10 % (30, A). Latest A.
    - イプシロン: one FY2025 period: growth none (0), margin 5 % (4), 500千円 a head (4),
      debt 3 × EBITDA (4), 1.5 months (3), equity 40 % (4) = 19, B.
    - ベータ: FY2024 and FY2025: a loss (margin −1 % 2, −500千円 a head 2, EBITDA < 0 1,
      equity 10 % 3, 5) = 13, then sales flat +3 = 16. Latest C.
    - エイチ: one FY2025 period with sales only: 0, D.
    - ガンマ: no industry (not scored); two periods in FY2024, the later one counts for
      付加価値額. デルタ: no period (not scored). A trashed company is left out.
    """
    store.benchmarks.import_file(synthetic_csv(tmp_path / "bench.csv"))
    c = store.companies.create
    alpha = c({"name": "アルファ", "name_kana": "アルファ", **BUILDER})
    store.periods.create(alpha, "2023-03-31", {"sales_yen": 100_000_000})
    store.periods.create(alpha, "2024-03-31", full(100_000_000, 10_000_000, 30_000_000, 2))
    store.periods.create(alpha, "2025-03-31", full(110_000_000, 11_000_000, 30_000_000, 2))
    epsilon = c({"name": "イプシロン", "name_kana": "イプシロン", **BUILDER})
    store.periods.create(epsilon, "2025-12-31", full(100_000_000, 5_000_000, 20_000_001, 10, borrowings=20_000_000,
                                                     cash=5_000_000, receivables=12_500_000, net_assets=4_000_000))
    beta = c({"name": "ベータ", "name_kana": "ベータ", **BUILDER})
    store.periods.create(beta, "2024-06-30", full(100_000_000, -1_000_000, 20_000_000, 2, net_assets=1_000_000))
    store.periods.create(beta, "2025-06-30", full(100_000_000, -1_000_000, 20_000_000, 2, net_assets=1_000_000))
    h = c({"name": "エイチ", "name_kana": "エイチ", **BUILDER})
    store.periods.create(h, "2026-01-31", {"sales_yen": 50_000_000})
    gamma = c({"name": "ガンマ", "name_kana": "ガンマ"})
    store.periods.create(gamma, "2024-09-30", {"operating_income_yen": 2_000_000, "labor_cost_yen": 3_000_000,
                                               "depreciation_yen": 500_001})
    store.periods.create(gamma, "2025-03-31", {"months": 6, "operating_income_yen": 1_000_000,
                                               "labor_cost_yen": 2_000_000, "depreciation_yen": 0})
    delta = c({"name": "デルタ", "name_kana": "デルタ", **BUILDER})
    gone = c({"name": "ゴミ箱", "name_kana": "ゴミバコ", **BUILDER})
    store.periods.create(gone, "2025-03-31", full(100_000_000, 10_000_000, 30_000_000, 2))

    start = store.sessions.start
    for day in ("2025-08-31", "2025-09-01", "2025-09-20", "2025-11-30"):  # 8/31: before the window
        start(alpha, day)
    start(beta, "2025-09-10")
    start(beta, "2025-10-31")
    store.sessions.delete(start(beta, "2025-10-01"))  # deleted: not counted
    start(delta, "2025-12-01")  # after today's month
    start(gone, "2025-09-05")
    store.companies.trash(gone)
    return store


def test_the_dashboard_of_a_known_file(office):
    data = dashboard_data(load_history(office.conn), office.benchmarks.active(), TODAY, months=3)

    assert data.has_benchmark and data.company_count == 6
    # イプシロン's and エイチ's only periods end after TODAY (2025-11-15): figures for a year
    # not yet closed are not the company's results, so neither is scored.
    assert data.ranks == {"A": 1, "B": 0, "C": 1, "D": 0, "not_scored": 4}
    assert data.scored_companies == 2
    assert data.scores == [
        ScoreYear(2022, 1, 0, 0, 0, 0, 0),  # アルファ's oldest, sales-only period stays where it is
        ScoreYear(2023, 1, 28, 28, 28, 28, 28),
        # 13 and 30: inclusive quartiles interpolate at 1/4, 1/2, 3/4 of the way
        ScoreYear(2024, 2, 13, 17.25, 21.5, 25.75, 30),
        ScoreYear(2025, 1, 16, 16, 16, 16, 16),  # ベータ alone
    ]
    assert data.value_added == [
        ValueAddedYear(2023, 1, 40_000_000, 40_000_000),
        # アルファ 41,000,000; ベータ 19,000,000 (ガンマ's periods have no 売上高: not entered)
        ValueAddedYear(2024, 2, 30_000_000, 60_000_000),
        ValueAddedYear(2025, 1, 19_000_000, 19_000_000),
    ]
    assert data.sessions == [
        MonthSessions(2025, 9, 3, 2),
        MonthSessions(2025, 10, 1, 1),
        MonthSessions(2025, 11, 1, 1),
    ]


def test_without_a_benchmark_nothing_is_scored(office):
    office.benchmarks.set_active(None)
    data = dashboard_data(load_history(office.conn), office.benchmarks.active(), TODAY, months=3)
    assert not data.has_benchmark
    assert data.ranks == {"A": 0, "B": 0, "C": 0, "D": 0, "not_scored": 6}
    assert data.scores == []
    assert [v.fiscal_year for v in data.value_added] == [2023, 2024, 2025]  # needs no benchmark
    assert [m.sessions for m in data.sessions] == [3, 1, 1]


def test_json(office):
    data = dashboard_data(load_history(office.conn), office.benchmarks.active(), TODAY, months=3)
    out = json.loads(json.dumps(data.to_json()))
    assert out["today"] == "2025-11-15" and out["has_benchmark"] is True and out["company_count"] == 6
    assert out["quartile_method"] == "inclusive"
    assert out["ranks"] == {"A": 1, "B": 0, "C": 1, "D": 0, "not_scored": 4}
    assert out["scores"][2] == {"fiscal_year": 2024, "count": 2, "min": 13, "q1": 17.25, "median": 21.5,
                                "q3": 25.75, "max": 30}
    assert out["value_added"][1] == {"fiscal_year": 2024, "companies": 2, "median_yen": 30000000,
                                     "total_yen": 60000000}
    assert out["sessions"][0] == {"month": "2025-09", "sessions": 3, "companies": 2}


def test_default_window_is_24_months_up_to_today(office):
    data = dashboard_data(load_history(office.conn), office.benchmarks.active(), TODAY)
    assert len(data.sessions) == 24
    assert (data.sessions[0].year, data.sessions[0].month) == (2023, 12)
    assert (data.sessions[-1].year, data.sessions[-1].month) == (2025, 11)
    assert sum(m.sessions for m in data.sessions) == 6  # 8/31 counts now; 12/1 and the deleted ones not
    assert data.sessions[-4] == MonthSessions(2025, 8, 1, 1)


def test_an_empty_file(store):
    data = dashboard_data(load_history(store.conn), None, TODAY, months=2)
    assert data.company_count == 0 and data.ranks == dict.fromkeys(("A", "B", "C", "D", "not_scored"), 0)
    assert data.scores == [] and data.value_added == []
    assert data.sessions == [MonthSessions(2025, 10, 0, 0), MonthSessions(2025, 11, 0, 0)]


def test_quartiles_are_the_inclusive_ones():
    # Linear interpolation at (n − 1)·p, as Excel's QUARTILE.INC (the exclusive method
    # would give 2.25 and 6.75).
    assert quartiles([8, 1, 7, 2, 6, 3, 5, 4]) == (1, 2.75, 4.5, 6.25, 8)
    assert quartiles([5]) == (5, 5, 5, 5, 5)
    assert quartiles([1, 2, 3, 4, 5]) == (1, 2, 3, 4, 5)
    values = [12, 25, 7, 18, 18, 30, 3]
    assert quartiles(values)[1:4] == tuple(statistics.quantiles(values, n=4, method="inclusive"))
    with pytest.raises(ValueError):
        quartiles([])


def test_last_months_cross_the_year():
    assert last_months(date(2025, 2, 28), 3) == [(2024, 12), (2025, 1), (2025, 2)]
    assert last_months(date(2025, 1, 1), 1) == [(2025, 1)]
    with pytest.raises(ValueError):
        last_months(date(2025, 1, 1), 0)
