"""ロカベン scoring: every binding rule of DOMAIN.md §3, on small synthetic tables."""

from datetime import date
from decimal import Decimal as D

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from banso_desktop.domain.industries import Scale
from banso_desktop.domain.rokaben import (
    INDICATORS,
    BenchmarkSet,
    Cuts,
    Indicator,
    PeriodFigures,
    Reason,
    assess,
    compute_value,
    points,
    rank,
    score_period,
    with_previous_sales,
)

# A synthetic benchmark row: cut-points chosen so each value below lands on a known band.
HIGHER = Cuts(median=D("0.02"), iv=D("-0.10"), iii=D("0.00"), ii=D("0.05"), i=D("0.10"))
LOWER = Cuts(median=D("5"), iv=D("20"), iii=D("8"), ii=D("3"), i=D("1"))
ROW = {
    Indicator.SALES_GROWTH_RATE: HIGHER,
    Indicator.OPERATING_MARGIN: HIGHER,
    Indicator.LABOR_PRODUCTIVITY: Cuts(median=D("300"), iv=D("-500"), iii=D("0"), ii=D("500"), i=D("1500")),
    Indicator.EBITDA_DEBT_RATIO: LOWER,
    Indicator.WORKING_CAPITAL_MONTHS: Cuts(median=D("1.5"), iv=D("3"), iii=D("1.5"), ii=D("0.5"), i=D("0")),
    Indicator.EQUITY_RATIO: Cuts(median=D("0.3"), iv=D("-0.2"), iii=D("0.1"), ii=D("0.4"), i=D("0.7")),
}
END = date(2025, 3, 31)


def close(a, b):
    return abs(a - b) < D("1E-25")


def figures(**kw):
    base = dict(
        period_end=END, sales=D(120000), previous_sales=D(110000), operating_income=D(4800),
        depreciation=D(1200), employees=10, borrowings=D(30000), cash_and_deposits=D(15000),
        receivables=D(18000), inventories=D(2000), payables=D(10000), net_assets=D(24000), total_assets=D(80000),
    )
    base.update(kw)
    return PeriodFigures(**base)


# --- the six formulas ------------------------------------------------------------------


def test_the_six_formulas():
    f = figures()
    assert close(compute_value(Indicator.SALES_GROWTH_RATE, f)[0], D(120000) / D(110000) - 1)
    assert compute_value(Indicator.OPERATING_MARGIN, f)[0] == D("0.04")
    assert compute_value(Indicator.LABOR_PRODUCTIVITY, f)[0] == D(480)  # 千円 per person
    assert compute_value(Indicator.EBITDA_DEBT_RATIO, f)[0] == D("2.5")  # (30000-15000)/(4800+1200)
    assert compute_value(Indicator.WORKING_CAPITAL_MONTHS, f)[0] == D(1)  # (18000+2000-10000)/(120000/12)
    assert compute_value(Indicator.EQUITY_RATIO, f)[0] == D("0.3")


# --- points against ⅳ ⅲ ⅱ ⅰ --------------------------------------------------------------


@pytest.mark.parametrize(
    "value, expected",
    [("0.10", 5), ("0.0999", 4), ("0.05", 4), ("0.0499", 3), ("0", 3), ("-0.0001", 2), ("-0.10", 2), ("-0.1001", 1)],
)
def test_higher_is_better_uses_greater_or_equal(value, expected):
    assert points(Indicator.OPERATING_MARGIN, D(value), HIGHER) == expected


@pytest.mark.parametrize(
    "value, expected", [("1", 5), ("1.0001", 4), ("3", 4), ("3.01", 3), ("8", 3), ("8.5", 2), ("20", 2), ("20.01", 1)]
)
def test_lower_is_better_uses_less_or_equal(value, expected):
    assert points(Indicator.EBITDA_DEBT_RATIO, D(value), LOWER) == expected


def test_full_precision_decides_at_the_boundary():
    cut = Cuts(median=D(0), iv=D(-1), iii=D(0), ii=D("0.0353"), i=D(1))
    just_below = D("0.0353") - D("1E-25")
    assert points(Indicator.OPERATING_MARGIN, just_below, cut) == 3
    assert points(Indicator.OPERATING_MARGIN, D("0.0353"), cut) == 4


@pytest.mark.parametrize(
    "total, expected", [(30, "A"), (24, "A"), (23, "B"), (18, "B"), (17, "C"), (12, "C"), (11, "D"), (0, "D")]
)
def test_rank_bands(total, expected):
    assert rank(total) == expected


def test_total_is_the_sum_and_ranked():
    result = score_period(figures(), ROW)
    # growth 9.1% ≥ ⅱ → 4; margin 4% ≥ ⅲ → 3; 480千円 ≥ ⅲ → 3; 2.5倍 ≤ ⅱ → 4;
    # 1.0ヶ月 ≤ ⅲ → 3; 30% ≥ ⅲ → 3.
    assert [result.results[i].score for i in INDICATORS] == [4, 3, 3, 4, 3, 3]
    assert (result.total, result.rank) == (20, "B")


# --- not computable: no value, 0 points, a reason --------------------------------------------


@pytest.mark.parametrize(
    "changes, indicator, reason",
    [
        ({"previous_sales": None}, Indicator.SALES_GROWTH_RATE, Reason.PREVIOUS_SALES_MISSING),
        ({"previous_sales": D(0)}, Indicator.SALES_GROWTH_RATE, Reason.PREVIOUS_SALES_ZERO),
        ({"sales": D(0)}, Indicator.OPERATING_MARGIN, Reason.SALES_ZERO),
        ({"sales": D(0)}, Indicator.WORKING_CAPITAL_MONTHS, Reason.SALES_ZERO),
        ({"employees": None}, Indicator.LABOR_PRODUCTIVITY, Reason.EMPLOYEES_MISSING),
        ({"employees": 0}, Indicator.LABOR_PRODUCTIVITY, Reason.EMPLOYEES_ZERO),
        ({"total_assets": D(0)}, Indicator.EQUITY_RATIO, Reason.TOTAL_ASSETS_ZERO),
        ({"borrowings": None}, Indicator.EBITDA_DEBT_RATIO, Reason.BORROWINGS_MISSING),
        ({"inventories": None}, Indicator.WORKING_CAPITAL_MONTHS, Reason.WORKING_CAPITAL_MISSING),
    ],
)
def test_not_computable_scores_zero_with_a_reason(changes, indicator, reason):
    result = score_period(figures(**changes), ROW).results[indicator]
    assert result.value is None and result.score == 0 and result.reason is reason
    assert reason.message


@pytest.mark.parametrize("operating_income, depreciation", [(D(-3000), D(1500)), (D(-1200), D(1200))])
def test_ebitda_zero_or_negative_scores_one_point(operating_income, depreciation):
    # A naive ratio would be ≤ 0 for this loss-making, indebted firm and score 5.
    result = score_period(figures(operating_income=operating_income, depreciation=depreciation), ROW)
    ebitda = result.results[Indicator.EBITDA_DEBT_RATIO]
    assert ebitda.value is None and ebitda.score == 1 and ebitda.reason is Reason.EBITDA_NOT_POSITIVE


def test_net_cash_with_positive_ebitda_scores_five_naturally():
    result = score_period(figures(borrowings=D(10000), cash_and_deposits=D(40000)), ROW)
    ebitda = result.results[Indicator.EBITDA_DEBT_RATIO]
    assert ebitda.value == D(-5) and ebitda.score == 5 and ebitda.reason is None


def test_negative_net_assets_keep_their_negative_ratio():
    result = score_period(figures(net_assets=D(-5000), total_assets=D(30000)), ROW)
    equity = result.results[Indicator.EQUITY_RATIO]
    assert close(equity.value, D(-5000) / D(30000)) and equity.value < 0
    assert equity.score == points(Indicator.EQUITY_RATIO, equity.value, ROW[Indicator.EQUITY_RATIO]) == 2


def test_negative_working_capital_is_valid():
    result = score_period(figures(receivables=D(500), inventories=D(800), payables=D(2500), sales=D(60000)), ROW)
    months = result.results[Indicator.WORKING_CAPITAL_MONTHS]
    assert months.value == D("-0.24") and months.score == 5


def test_without_a_benchmark_values_show_and_scores_do_not():
    result = score_period(figures(), None)
    assert result.results[Indicator.OPERATING_MARGIN].value == D("0.04")
    assert all(r.score is None for r in result.results.values())
    assert result.total is None and result.rank is None


def test_next_cut_is_the_threshold_for_one_more_point():
    result = score_period(figures(), ROW).results[Indicator.OPERATING_MARGIN]  # 0.04 → 3 points
    assert result.score == 3 and result.next_cut == HIGHER.ii
    top = score_period(figures(operating_income=D(20000)), ROW).results[Indicator.OPERATING_MARGIN]
    assert top.score == 5 and top.next_cut is None


# --- periods -----------------------------------------------------------------------------------


def test_an_irregular_period_is_not_compared():
    assert compute_value(Indicator.SALES_GROWTH_RATE, figures(months=9))[1] is Reason.IRREGULAR_PERIOD
    assert compute_value(Indicator.SALES_GROWTH_RATE, figures(previous_months=15))[1] is Reason.IRREGULAR_PERIOD
    # 月商 of a 6-month period is its sales ÷ 6.
    assert compute_value(Indicator.WORKING_CAPITAL_MONTHS, figures(months=6))[0] == D("0.5")


def test_previous_sales_come_from_the_period_a_year_before():
    older = PeriodFigures(period_end=date(2024, 3, 31), sales=D(110000))
    latest = figures(previous_sales=None)
    filled = with_previous_sales([latest, older])
    assert [p.period_end for p in filled] == [date(2024, 3, 31), END]
    assert filled[1].previous_sales == D(110000)
    gap = with_previous_sales([PeriodFigures(period_end=date(2023, 3, 31), sales=D(1)), figures(previous_sales=None)])
    assert gap[1].previous_sales is None  # two years apart: not a previous period
    assert compute_value(Indicator.SALES_GROWTH_RATE, gap[1])[1] is Reason.NO_PREVIOUS_PERIOD


def test_assess_uses_the_row_for_industry_and_scale():
    bench = BenchmarkSet("b", "test", {("0201", Scale.SMALL): ROW})
    found = assess([figures()], "0201", Scale.SMALL, bench)
    assert found.benchmark_row_found and found.periods[0].total is not None
    other = assess([figures()], "0201", Scale.MEDIUM, bench)
    assert not other.benchmark_row_found and other.periods[0].total is None


# --- properties ----------------------------------------------------------------------------------

amounts = st.one_of(st.none(), st.decimals(min_value=-10**9, max_value=10**9, places=3, allow_nan=False))


@given(
    sales=amounts, previous_sales=amounts, operating_income=amounts, depreciation=amounts,
    employees=st.one_of(st.none(), st.integers(0, 10**6)), borrowings=amounts, cash=amounts,
    receivables=amounts, inventories=amounts, payables=amounts, net_assets=amounts, total_assets=amounts,
)
def test_no_input_crashes_the_scoring(sales, previous_sales, operating_income, depreciation, employees,
                                      borrowings, cash, receivables, inventories, payables, net_assets, total_assets):
    f = PeriodFigures(END, sales, previous_sales, operating_income, depreciation, employees, borrowings, cash,
                      receivables, inventories, payables, net_assets, total_assets)
    result = score_period(f, ROW)
    for r in result.results.values():
        assert 0 <= r.score <= 5
        assert (r.value is None) == (r.reason is not None)
        if r.value is None:
            assert r.score == (1 if r.reason is Reason.EBITDA_NOT_POSITIVE else 0)
    assert 0 <= result.total <= 30 and result.rank == rank(result.total)


cuts_strategy = st.lists(st.decimals(min_value=-1000, max_value=1000, places=4), min_size=4, max_size=4).map(sorted)


@given(st.sampled_from(INDICATORS), cuts_strategy, st.decimals(-2000, 2000, places=4), st.decimals(-2000, 2000, places=4))
def test_points_are_monotone_in_each_indicator(indicator, ascending, a, b):
    assume(a <= b)
    ordered = ascending if indicator.higher_is_better else ascending[::-1]
    cuts = Cuts(median=ordered[1], iv=ordered[0], iii=ordered[1], ii=ordered[2], i=ordered[3])
    low, high = points(indicator, a, cuts), points(indicator, b, cuts)
    assert 1 <= low <= 5 and 1 <= high <= 5
    if indicator.higher_is_better:
        assert low <= high
    else:
        assert low >= high
