"""The office dashboard's series, without Qt: companies by ロカベン rank, the spread of the
scores per fiscal year, the 付加価値額 trend and the sessions per month.

``dashboard_data`` is a pure function of the histories (``history.load_history``), so it
runs on a worker thread and the dashboard widget only paints what it returns.

How each series is read from the file:

- Companies by rank: the rank of each live company's latest period against the active
  benchmark set (A ≥ 24, B 18–23, C 12–17, D ≤ 11). "not scored": no period, no
  benchmark set, or no benchmark row for its industry and 事業規模.
- Scores per fiscal year: the 総合評価点 of every scored period, grouped by the fiscal
  year (4/1–3/31, named by the year it starts in) its 決算期末 falls in; per year the
  smallest, the quartiles and the largest. The quartiles are Python's
  ``statistics.quantiles(scores, n=4, method="inclusive")``: linear interpolation at
  (n − 1)·p of the sorted scores, as Excel's QUARTILE.INC and numpy's default (so Q2 is
  the median; one score is its own quartiles). Only years with a score are given.
- 付加価値額 per fiscal year: one value per company, that of its latest period ending in
  the year that has one (営業利益 + 人件費 + 減価償却費, ``plan.value_added_yen``); per
  year the median over the companies (the mean of the two middle values for an even
  count), the total and the number of companies. Only years with a value are given.
- Sessions per month: for the last ``months`` calendar months up to today's month
  (today's included), the sessions held (by 面談日) and the distinct companies met.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterable

from banso_desktop.domain.plan import value_added_yen
from banso_desktop.domain.rokaben import BenchmarkSet
from banso_desktop.office.alerts import assess_history, settled_scores
from banso_desktop.office.history import CompanyHistory
from banso_desktop.office.kpi import FiscalYear

RANKS = ("A", "B", "C", "D")
NOT_SCORED = "not_scored"
RANK_KEYS = RANKS + (NOT_SCORED,)
QUARTILE_METHOD = "inclusive"  # statistics.quantiles(..., method="inclusive")


@dataclass(frozen=True)
class ScoreYear:
    """The spread of the scored periods ending in one fiscal year (a box of the box plot)."""

    fiscal_year: int
    count: int
    minimum: float
    q1: float
    median: float
    q3: float
    maximum: float

    def to_json(self) -> dict[str, Any]:
        return {"fiscal_year": self.fiscal_year, "count": self.count, "min": _number(self.minimum),
                "q1": _number(self.q1), "median": _number(self.median), "q3": _number(self.q3),
                "max": _number(self.maximum)}


@dataclass(frozen=True)
class ValueAddedYear:
    """付加価値額 of the companies with a value for a period ending in one fiscal year."""

    fiscal_year: int
    companies: int
    median_yen: float  # a whole yen, or .5 when the two middle values' mean is half a yen
    total_yen: int

    def to_json(self) -> dict[str, Any]:
        return {"fiscal_year": self.fiscal_year, "companies": self.companies,
                "median_yen": _number(self.median_yen), "total_yen": self.total_yen}


@dataclass(frozen=True)
class MonthSessions:
    """Sessions held in one calendar month and the distinct companies they were with."""

    year: int
    month: int
    sessions: int
    companies: int

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    def to_json(self) -> dict[str, Any]:
        return {"month": f"{self.year:04d}-{self.month:02d}", "sessions": self.sessions,
                "companies": self.companies}


@dataclass(frozen=True)
class DashboardData:
    """Everything the dashboard shows; built by :func:`dashboard_data`."""

    today: date
    has_benchmark: bool               # False: no active benchmark set, so no ranks or scores
    company_count: int                # live companies read
    ranks: dict[str, int]             # "A" "B" "C" "D" "not_scored" → companies (sums to company_count)
    scores: list[ScoreYear] = field(default_factory=list)            # oldest year first
    value_added: list[ValueAddedYear] = field(default_factory=list)  # oldest year first
    sessions: list[MonthSessions] = field(default_factory=list)      # oldest month first, `months` of them

    @property
    def scored_companies(self) -> int:
        return sum(self.ranks[r] for r in RANKS)

    def to_json(self) -> dict[str, Any]:
        return {
            "today": self.today.isoformat(),
            "has_benchmark": self.has_benchmark,
            "company_count": self.company_count,
            "ranks": dict(self.ranks),
            "quartile_method": QUARTILE_METHOD,
            "scores": [s.to_json() for s in self.scores],
            "value_added": [v.to_json() for v in self.value_added],
            "sessions": [m.to_json() for m in self.sessions],
        }


def _number(value: float) -> int | float:
    """A whole number as an int in JSON (12 rather than 12.0)."""
    return int(value) if float(value).is_integer() else value


def quartiles(values: Iterable[float]) -> tuple[float, float, float, float, float]:
    """(min, Q1, median, Q3, max) of at least one value, by the inclusive method."""
    data = sorted(values)
    if not data:
        raise ValueError("quartiles of no values")
    if len(data) == 1:
        q1 = median = q3 = data[0]
    else:
        q1, median, q3 = statistics.quantiles(data, n=4, method=QUARTILE_METHOD)
    return (float(data[0]), float(q1), float(median), float(q3), float(data[-1]))


def last_months(today: date, months: int) -> list[tuple[int, int]]:
    """(year, month) of the ``months`` calendar months up to today's, oldest first."""
    if months < 1:
        raise ValueError("months must be at least 1")
    now = today.year * 12 + today.month - 1
    return [(index // 12, index % 12 + 1) for index in range(now - months + 1, now + 1)]


def dashboard_data(histories: dict[str, CompanyHistory] | Iterable[CompanyHistory],
                   benchmark: BenchmarkSet | None, today: date, months: int = 24,
                   assessments: dict[str, Any] | None = None) -> DashboardData:
    """The dashboard's series from the companies' histories (see the module's notes);
    ``assessments``: each company's ロカベン already scored against ``benchmark``."""
    companies = list(histories.values()) if isinstance(histories, dict) else list(histories)
    window = last_months(today, months)
    in_window = set(window)

    ranks = dict.fromkeys(RANK_KEYS, 0)
    scores: dict[int, list[int]] = {}
    value_added: dict[int, list[int]] = {}
    sessions = {key: 0 for key in window}
    met: dict[tuple[int, int], set[str]] = {key: set() for key in window}

    for h in companies:
        assessment = assessments[h.id] if assessments is not None else assess_history(h, benchmark, today)
        # A newest period still being typed in (inputs its predecessor had are missing)
        # neither sets the rank nor sits in the box plot as a collapse to a few points.
        scored = settled_scores(assessment)
        latest_rank = scored[-1].rank if scored else None
        ranks[latest_rank if latest_rank in RANKS else NOT_SCORED] += 1
        for period in scored:
            scores.setdefault(FiscalYear.of(period.period_end).year, []).append(period.total)

        latest_value: dict[int, int] = {}  # fiscal year → the company's latest value in it
        for p in h.periods_until(today):  # oldest first: a later period of the same year replaces
            value = value_added_yen(p)
            if value is not None:
                latest_value[FiscalYear.of(p["end"]).year] = value
        for year, value in latest_value.items():
            value_added.setdefault(year, []).append(value)

        for s in h.sessions:
            key = (s["day"].year, s["day"].month)
            if key in in_window:
                sessions[key] += 1
                met[key].add(h.id)

    score_years = []
    for year in sorted(scores):
        low, q1, median, q3, high = quartiles(scores[year])
        score_years.append(ScoreYear(year, len(scores[year]), low, q1, median, q3, high))
    value_years = [
        ValueAddedYear(year, len(values), float(statistics.median(values)), sum(values))
        for year, values in sorted(value_added.items())
    ]
    month_rows = [MonthSessions(y, m, sessions[(y, m)], len(met[(y, m)])) for y, m in window]
    return DashboardData(today, benchmark is not None, len(companies), ranks, score_years, value_years, month_rows)
