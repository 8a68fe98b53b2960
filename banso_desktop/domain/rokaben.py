"""ローカルベンチマーク, financial part: the six indicators, 1–5 points, total and rank.

Binding rules (DOMAIN.md §3), each pinned by a test in tests/domain/test_rokaben.py:

- ① 売上増加率 = 売上高 ÷ 前期売上高 − 1; ② 営業利益率 = 営業利益 ÷ 売上高;
  ③ 労働生産性 = 営業利益 ÷ 従業員数 (千円/人); ④ EBITDA有利子負債倍率 =
  (借入金 − 現預金) ÷ (営業利益 + 減価償却費); ⑤ 営業運転資本回転期間 =
  (売上債権 + 棚卸資産 − 買入債務) ÷ (売上高 ÷ 12); ⑥ 自己資本比率 = 純資産 ÷ 総資産.
- Points against the cut-points ⅳ ⅲ ⅱ ⅰ of the benchmark row for 小分類 × 事業規模:
  higher-is-better 5 if v ≥ ⅰ, 4 if v ≥ ⅱ, 3 if v ≥ ⅲ, 2 if v ≥ ⅳ, else 1; lower-is-better
  with ≤. Compared at full precision (exact decimals); rounded only for display.
- 総合評価点 = the sum of the six (max 30); rank A ≥ 24, B 18–23, C 12–17, D ≤ 11.
- Not computable → no value, 0 points, and the reason: previous sales missing or 0 (①),
  sales 0 (②⑤), employees missing or 0 (③), total assets 0 (⑥), an input not entered.
  Beyond the brief: ① also needs a period ending a year earlier, and both 12 months long
  (a 変則決算 cannot be compared); ⑤'s 月商 is 売上高 ÷ the period's months.
- EBITDA ≤ 0 → ④ has no value and scores **1 point** (a naive division would give a
  loss-making, indebted firm the best score). Net cash with EBITDA > 0 gives a ratio ≤ 0,
  which scores 5 by the ordinary rule. Negative 純資産 keeps its negative ratio; negative
  working capital is valid.

Amounts are :class:`~decimal.Decimal` 千円; values are Decimal (ratios as decimals,
労働生産性 in 千円 per person, 倍, ヶ月).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal, localcontext
from enum import Enum
from typing import Mapping

from banso_desktop.domain.industries import Scale
from banso_desktop.domain.japanese import format_amount
from banso_desktop.domain.text import QT_TRANSLATE_NOOP


class Indicator(str, Enum):
    SALES_GROWTH_RATE = "sales_growth_rate"
    OPERATING_MARGIN = "operating_margin"
    LABOR_PRODUCTIVITY = "labor_productivity"
    EBITDA_DEBT_RATIO = "ebitda_debt_ratio"
    WORKING_CAPITAL_MONTHS = "working_capital_months"
    EQUITY_RATIO = "equity_ratio"

    @property
    def higher_is_better(self) -> bool:
        return self not in (Indicator.EBITDA_DEBT_RATIO, Indicator.WORKING_CAPITAL_MONTHS)

    @property
    def is_ratio(self) -> bool:
        """Shown as a percentage."""
        return self in (Indicator.SALES_GROWTH_RATE, Indicator.OPERATING_MARGIN, Indicator.EQUITY_RATIO)


INDICATORS: tuple[Indicator, ...] = tuple(Indicator)
MAX_TOTAL = 30


class Reason(str, Enum):
    """Why an indicator has no value (its text is translatable, context ``rokaben``)."""

    PREVIOUS_SALES_MISSING = "previous_sales_missing"
    PREVIOUS_SALES_ZERO = "previous_sales_zero"
    NO_PREVIOUS_PERIOD = "no_previous_period"
    IRREGULAR_PERIOD = "irregular_period"
    SALES_MISSING = "sales_missing"
    SALES_ZERO = "sales_zero"
    OPERATING_INCOME_MISSING = "operating_income_missing"
    EMPLOYEES_MISSING = "employees_missing"
    EMPLOYEES_ZERO = "employees_zero"
    DEPRECIATION_MISSING = "depreciation_missing"
    BORROWINGS_MISSING = "borrowings_missing"
    CASH_MISSING = "cash_missing"
    EBITDA_NOT_POSITIVE = "ebitda_not_positive"
    WORKING_CAPITAL_MISSING = "working_capital_missing"
    NET_ASSETS_MISSING = "net_assets_missing"
    TOTAL_ASSETS_MISSING = "total_assets_missing"
    TOTAL_ASSETS_ZERO = "total_assets_zero"

    @property
    def message(self) -> str:
        """English source text of the reason (translate in context ``rokaben``)."""
        return REASON_TEXT[self]


REASON_TEXT: dict[Reason, str] = {
    Reason.PREVIOUS_SALES_MISSING: QT_TRANSLATE_NOOP("rokaben", "The previous period's sales are not entered."),
    Reason.PREVIOUS_SALES_ZERO: QT_TRANSLATE_NOOP("rokaben", "The previous period's sales are 0."),
    Reason.NO_PREVIOUS_PERIOD: QT_TRANSLATE_NOOP(
        "rokaben", "There is no period ending a year earlier to compare with (add it, sales alone are enough)."
    ),
    Reason.IRREGULAR_PERIOD: QT_TRANSLATE_NOOP(
        "rokaben", "This or the previous period is not 12 months long, so the sales cannot be compared."
    ),
    Reason.SALES_MISSING: QT_TRANSLATE_NOOP("rokaben", "Sales are not entered."),
    Reason.SALES_ZERO: QT_TRANSLATE_NOOP("rokaben", "Sales are 0."),
    Reason.OPERATING_INCOME_MISSING: QT_TRANSLATE_NOOP("rokaben", "Operating income is not entered."),
    Reason.EMPLOYEES_MISSING: QT_TRANSLATE_NOOP("rokaben", "The number of employees is not entered."),
    Reason.EMPLOYEES_ZERO: QT_TRANSLATE_NOOP("rokaben", "The number of employees is 0."),
    Reason.DEPRECIATION_MISSING: QT_TRANSLATE_NOOP(
        "rokaben", "Depreciation is not entered (enter 0 if there is none)."
    ),
    Reason.BORROWINGS_MISSING: QT_TRANSLATE_NOOP(
        "rokaben", "Borrowings are not entered (enter 0 if there are none)."
    ),
    Reason.CASH_MISSING: QT_TRANSLATE_NOOP("rokaben", "Cash and deposits are not entered."),
    Reason.EBITDA_NOT_POSITIVE: QT_TRANSLATE_NOOP(
        "rokaben", "EBITDA (operating income + depreciation) is 0 or less, so the ratio has no meaning: 1 point."
    ),
    Reason.WORKING_CAPITAL_MISSING: QT_TRANSLATE_NOOP(
        "rokaben", "Receivables, inventories or payables are not entered (enter 0 for none)."
    ),
    Reason.NET_ASSETS_MISSING: QT_TRANSLATE_NOOP("rokaben", "Net assets are not entered."),
    Reason.TOTAL_ASSETS_MISSING: QT_TRANSLATE_NOOP("rokaben", "Total assets are not entered."),
    Reason.TOTAL_ASSETS_ZERO: QT_TRANSLATE_NOOP("rokaben", "Total assets are 0."),
}

# Reasons whose indicator still scores (the EBITDA rule); all others score 0.
FORCED_SCORE: dict[Reason, int] = {Reason.EBITDA_NOT_POSITIVE: 1}


@dataclass(frozen=True)
class PeriodFigures:
    """One fiscal period's inputs in 千円 (None = not entered).

    ``months`` is the length of the period (12 unless a 変則決算); ``previous_months``
    that of the period ``previous_sales`` comes from; ``previous_found`` is False when
    the history holds no period ending a year earlier (None: not looked up).
    """

    period_end: date
    sales: Decimal | None = None
    previous_sales: Decimal | None = None
    operating_income: Decimal | None = None
    depreciation: Decimal | None = None
    employees: int | None = None
    borrowings: Decimal | None = None
    cash_and_deposits: Decimal | None = None
    receivables: Decimal | None = None
    inventories: Decimal | None = None
    payables: Decimal | None = None
    net_assets: Decimal | None = None
    total_assets: Decimal | None = None
    months: int = 12
    previous_months: int | None = None
    previous_found: bool | None = None


@dataclass(frozen=True)
class Cuts:
    """One benchmark row for one indicator, in the indicator's own unit."""

    median: Decimal
    iv: Decimal
    iii: Decimal
    ii: Decimal
    i: Decimal
    std: Decimal | None = None

    def ordered(self) -> tuple[Decimal, Decimal, Decimal, Decimal]:
        """(ⅳ, ⅲ, ⅱ, ⅰ): the thresholds for 2, 3, 4 and 5 points."""
        return (self.iv, self.iii, self.ii, self.i)


@dataclass(frozen=True)
class BenchmarkSet:
    """An imported benchmark table: (小分類 code, 事業規模) → indicator → cut-points."""

    id: str
    label: str
    rows: Mapping[tuple[str, Scale], Mapping[Indicator, Cuts]]

    def row(self, industry_code: str | None, scale: Scale | None) -> Mapping[Indicator, Cuts] | None:
        if industry_code is None or scale is None:
            return None
        return self.rows.get((industry_code, Scale(scale)))


@dataclass(frozen=True)
class IndicatorResult:
    indicator: Indicator
    value: Decimal | None
    reason: Reason | None
    score: int | None  # None when there is no benchmark row to score against
    cuts: Cuts | None = None

    @property
    def next_cut(self) -> Decimal | None:
        """The cut-point to reach for one more point (None at 5 points or unscored)."""
        if self.cuts is None or self.score is None or self.value is None or self.score >= 5:
            return None
        return self.cuts.ordered()[self.score - 1]


@dataclass(frozen=True)
class PeriodScore:
    period_end: date
    results: dict[Indicator, IndicatorResult] = field(default_factory=dict)
    total: int | None = None
    rank: str | None = None


def _ratio(numerator: Decimal, denominator: Decimal) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = 34  # far beyond any cut-point's precision; exact enough to compare
        return numerator / denominator


def compute_value(indicator: Indicator, f: PeriodFigures) -> tuple[Decimal | None, Reason | None]:
    """One indicator's value for a period, or the reason it cannot be computed."""
    if indicator is Indicator.SALES_GROWTH_RATE:
        if f.sales is None:
            return None, Reason.SALES_MISSING
        if f.previous_sales is None:
            return None, Reason.NO_PREVIOUS_PERIOD if f.previous_found is False else Reason.PREVIOUS_SALES_MISSING
        if f.months != 12 or f.previous_months not in (None, 12):
            return None, Reason.IRREGULAR_PERIOD
        if f.previous_sales == 0:
            return None, Reason.PREVIOUS_SALES_ZERO
        return _ratio(f.sales, f.previous_sales) - 1, None
    if indicator is Indicator.OPERATING_MARGIN:
        if f.sales is None:
            return None, Reason.SALES_MISSING
        if f.sales == 0:
            return None, Reason.SALES_ZERO
        if f.operating_income is None:
            return None, Reason.OPERATING_INCOME_MISSING
        return _ratio(f.operating_income, f.sales), None
    if indicator is Indicator.LABOR_PRODUCTIVITY:
        if f.operating_income is None:
            return None, Reason.OPERATING_INCOME_MISSING
        if f.employees is None:
            return None, Reason.EMPLOYEES_MISSING
        if f.employees == 0:
            return None, Reason.EMPLOYEES_ZERO
        return _ratio(f.operating_income, Decimal(f.employees)), None
    if indicator is Indicator.EBITDA_DEBT_RATIO:
        if f.operating_income is None:
            return None, Reason.OPERATING_INCOME_MISSING
        if f.depreciation is None:
            return None, Reason.DEPRECIATION_MISSING
        ebitda = f.operating_income + f.depreciation
        if ebitda <= 0:
            return None, Reason.EBITDA_NOT_POSITIVE
        if f.borrowings is None:
            return None, Reason.BORROWINGS_MISSING
        if f.cash_and_deposits is None:
            return None, Reason.CASH_MISSING
        return _ratio(f.borrowings - f.cash_and_deposits, ebitda), None
    if indicator is Indicator.WORKING_CAPITAL_MONTHS:
        if f.sales is None:
            return None, Reason.SALES_MISSING
        if f.sales == 0:
            return None, Reason.SALES_ZERO
        if f.receivables is None or f.inventories is None or f.payables is None:
            return None, Reason.WORKING_CAPITAL_MISSING
        # 月商 = 売上高 ÷ the period's months (÷ 12 for an ordinary year).
        return _ratio((f.receivables + f.inventories - f.payables) * f.months, f.sales), None
    if indicator is Indicator.EQUITY_RATIO:
        if f.net_assets is None:
            return None, Reason.NET_ASSETS_MISSING
        if f.total_assets is None:
            return None, Reason.TOTAL_ASSETS_MISSING
        if f.total_assets == 0:
            return None, Reason.TOTAL_ASSETS_ZERO
        return _ratio(f.net_assets, f.total_assets), None
    raise ValueError(indicator)  # pragma: no cover - the enum is closed


def points(indicator: Indicator, value: Decimal, cuts: Cuts) -> int:
    """1–5 points for a value against the cut-points ⅳ ⅲ ⅱ ⅰ (≥ or ≤ by direction)."""
    score = 1
    for threshold in cuts.ordered():
        if (value >= threshold) if indicator.higher_is_better else (value <= threshold):
            score += 1
        else:
            break
    return score


def rank(total: int) -> str:
    """A ≥ 24, B 18–23, C 12–17, D ≤ 11."""
    if total >= 24:
        return "A"
    if total >= 18:
        return "B"
    if total >= 12:
        return "C"
    return "D"


def score_period(figures: PeriodFigures, row: Mapping[Indicator, Cuts] | None) -> PeriodScore:
    """All six indicators of a period; scored, totalled and ranked when a benchmark row
    is given (else values and reasons only: 基準値未登録)."""
    results: dict[Indicator, IndicatorResult] = {}
    for indicator in INDICATORS:
        value, reason = compute_value(indicator, figures)
        cuts = row.get(indicator) if row is not None else None
        if cuts is None:
            score = None
        elif value is not None:
            score = points(indicator, value, cuts)
        else:
            score = FORCED_SCORE.get(reason, 0)  # type: ignore[arg-type]
        results[indicator] = IndicatorResult(indicator, value, reason, score, cuts)
    if row is None or any(r.score is None for r in results.values()):
        return PeriodScore(figures.period_end, results)
    total = sum(r.score or 0 for r in results.values())
    return PeriodScore(figures.period_end, results, total, rank(total))


def with_previous_sales(periods: list[PeriodFigures]) -> list[PeriodFigures]:
    """Periods sorted oldest first, each given the sales (and length) of the period that
    ended about a year before it (11–13 months), unless it already carries
    ``previous_sales``; ``previous_found`` says whether such a period exists."""
    ordered = sorted(periods, key=lambda p: p.period_end)
    result = []
    for n, period in enumerate(ordered):
        if period.previous_sales is None:
            before = ordered[n - 1] if n > 0 else None
            months = None if before is None else (
                (period.period_end.year - before.period_end.year) * 12
                + period.period_end.month - before.period_end.month
            )
            if before is not None and 11 <= months <= 13:
                period = replace(period, previous_sales=before.sales, previous_months=before.months,
                                 previous_found=True)
            else:
                period = replace(period, previous_found=False)
        result.append(period)
    return result


@dataclass(frozen=True)
class Assessment:
    """A company's ロカベン: every period scored against one benchmark row."""

    industry_code: str | None
    scale: Scale | None
    benchmark: BenchmarkSet | None
    periods: list[PeriodScore]  # oldest first

    @property
    def benchmark_row_found(self) -> bool:
        return self.benchmark is not None and self.benchmark.row(self.industry_code, self.scale) is not None


def assess(
    periods: list[PeriodFigures],
    industry_code: str | None,
    scale: Scale | None,
    benchmark: BenchmarkSet | None,
) -> Assessment:
    """Score all periods (oldest first; previous sales filled in from the period before)."""
    row = benchmark.row(industry_code, scale) if benchmark is not None else None
    scored = [score_period(p, row) for p in with_previous_sales(periods)]
    return Assessment(industry_code, scale, benchmark, scored)


UNITS = {
    "ja": {"ratio": "%", "labor_productivity": "千円", "ebitda_debt_ratio": "倍", "working_capital_months": "ヶ月"},
    "en": {"ratio": "%", "labor_productivity": " k¥", "ebitda_debt_ratio": "×", "working_capital_months": " mo"},
}


def unit(indicator: Indicator, lang: str = "ja") -> str:
    """The unit a value is shown in: %, 千円, 倍, ヶ月."""
    units = UNITS["ja" if lang == "ja" else "en"]
    return units["ratio"] if indicator.is_ratio else units[indicator.value].strip()


def format_value(indicator: Indicator, value: Decimal | None, lang: str = "ja") -> str:
    """A value as documents show it: 9.09%, 1,133千円, 2.50倍, ▲0.24ヶ月 (rounded for display only)."""
    if value is None:
        return "—"
    units = UNITS["ja" if lang == "ja" else "en"]
    if indicator.is_ratio:
        return format_amount(value * 100, 2) + units["ratio"]
    if indicator is Indicator.LABOR_PRODUCTIVITY:
        return format_amount(value, 0) + units["labor_productivity"]
    return format_amount(value, 2) + units[indicator.value]
