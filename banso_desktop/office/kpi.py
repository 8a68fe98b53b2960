"""The yearly report: 経営発達支援事業 and よろず-style figures for one fiscal year.

A fiscal year runs 4/1–3/31 and is named by the year it starts in (2025 = 2025/4/1–
2026/3/31, 令和7年度). How each figure is read from the file (DOMAIN.md §9):

- 経営状況分析事業者数: companies whose 決算 figures (a period with 売上高) were entered
  in the year: the ロカベン analysis.
- 事業計画策定事業者数: companies that agreed at least one 施策 in the year (the day of
  the session it was agreed in).
- フォローアップ実施事業者数 / 延べ回数: sessions in the year held after the company's first
  plan (its first 施策), counted by company and in all.
- 売上高・粗利 増加／減少／横ばい／不明 (うち of the follow-up companies): the latest 決算
  closed by the year's end against the one before. 不明 when either figure is missing or
  the two are not comparable (both 12 months, about a year apart; as ロカベン's 売上高増加率).
- 付加価値額 (営業利益＋人件費＋減価償却費) of the companies supported in the year (a session,
  an analysis or a plan): the total of their latest values and of their increases.
- 紹介 made (紹介日 in the year) and closed (結果の確認日 in the year); 課題 resolved (marked
  解決 in the year).

Every figure keeps the rows behind it, so each one drills down to its companies.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from banso_desktop.domain.plan import a_year_apart, value_added_yen
from banso_desktop.office.history import CompanyHistory, Scope, load_history

# Figure keys in report order; the labels live in the UI, the PDF, the workbook and the CLI.
FIGURES = (
    "supported_companies",
    "analysed_companies",
    "planned_companies",
    "follow_up_companies",
    "follow_up_sessions",
    "sales_increased", "sales_decreased", "sales_flat", "sales_unknown",
    "gross_profit_increased", "gross_profit_decreased", "gross_profit_flat", "gross_profit_unknown",
    "value_added_yen",
    "value_added_increase_yen",
    "value_added_increased_companies",
    "referrals_made",
    "referrals_closed",
    "issues_resolved",
)
MONEY = frozenset({"value_added_yen", "value_added_increase_yen"})
TRENDS = ("increased", "decreased", "flat", "unknown")


@dataclass(frozen=True)
class FiscalYear:
    year: int

    @property
    def start(self) -> date:
        return date(self.year, 4, 1)

    @property
    def end(self) -> date:
        return date(self.year + 1, 3, 31)

    def holds(self, day: date | None) -> bool:
        return day is not None and self.start <= day <= self.end

    @staticmethod
    def of(day: date) -> "FiscalYear":
        return FiscalYear(day.year if day.month >= 4 else day.year - 1)


@dataclass
class Figure:
    key: str
    value: int = 0
    rows: list[dict[str, Any]] = field(default_factory=list)  # the companies (or records) behind it

    @property
    def companies(self) -> list[str]:
        """The distinct companies behind the figure, in row order."""
        return list(dict.fromkeys(r["company_id"] for r in self.rows))


@dataclass
class YearReport:
    fiscal_year: FiscalYear
    figures: dict[str, Figure]
    company_count: int  # live companies in the file, or the consultant's
    scope: Scope | None = None  # the consultant (担当) the report is limited to; None for all

    def __getitem__(self, key: str) -> Figure:
        return self.figures[key]

    def to_json(self) -> dict[str, Any]:
        return {
            "fiscal_year": self.fiscal_year.year,
            "start": self.fiscal_year.start.isoformat(),
            "end": self.fiscal_year.end.isoformat(),
            "companies_in_file": self.company_count,
            "consultant": self.scope.to_json() if self.scope else None,
            "figures": {
                key: {"value": f.value, "companies": len(f.companies), "rows": [_json_row(r) for r in f.rows]}
                for key, f in self.figures.items()
            },
        }


def _json_row(row: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in row.items()}


def _row(h: CompanyHistory, day: date | None, **detail: Any) -> dict[str, Any]:
    return {"company_id": h.id, "company_name": h.name, "date": day, **detail}


def compare(h: CompanyHistory, last_day: date, column: str) -> tuple[str, dict[str, Any]]:
    """(increased | decreased | flat | unknown, detail) for ``column`` of the latest
    period closed by ``last_day`` against the period before it."""
    periods = h.periods_until(last_day)
    if not periods:
        return "unknown", {"period_end": None}
    latest = periods[-1]
    detail: dict[str, Any] = {"period_end": latest["period_end"], "latest_yen": latest.get(column)}
    if len(periods) < 2:
        return "unknown", detail
    previous = periods[-2]
    detail.update(previous_period_end=previous["period_end"], previous_yen=previous.get(column))
    if detail["latest_yen"] is None or detail["previous_yen"] is None or not a_year_apart(previous, latest):
        return "unknown", detail
    change = detail["latest_yen"] - detail["previous_yen"]
    detail["change_yen"] = change
    return ("increased" if change > 0 else "decreased" if change < 0 else "flat"), detail


def value_added(h: CompanyHistory, last_day: date) -> dict[str, Any] | None:
    """The latest 付加価値額 closed by ``last_day`` with its change from the period before
    (None when not comparable); None when the latest period lacks a part."""
    periods = h.periods_until(last_day)
    if not periods:
        return None
    latest = periods[-1]
    value = value_added_yen(latest)
    if value is None:
        return None
    change = None
    if len(periods) >= 2 and a_year_apart(periods[-2], latest):
        previous = value_added_yen(periods[-2])
        if previous is not None:
            change = value - previous
    return {"period_end": latest["period_end"], "value_added_yen": value, "change_yen": change}


def year_report(histories: dict[str, CompanyHistory], fiscal_year: int | FiscalYear,
                scope: Scope | None = None) -> YearReport:
    """The figures of ``histories`` (every company, or one consultant's: ``scope``, named on
    the report) for a fiscal year."""
    fy = fiscal_year if isinstance(fiscal_year, FiscalYear) else FiscalYear(int(fiscal_year))
    figures = {key: Figure(key) for key in FIGURES}
    for h in histories.values():
        analysed = [p for p in h.periods if fy.holds(p["entered"]) and p.get("sales_yen") is not None]
        if analysed:
            first = min(analysed, key=lambda p: p["entered"])
            figures["analysed_companies"].rows.append(
                _row(h, first["entered"], period_end=first["period_end"], periods_entered=len(analysed)))
        made = [a for a in h.actions if fy.holds(a["made"])]
        if made:
            figures["planned_companies"].rows.append(
                _row(h, min(a["made"] for a in made), actions=len(made)))
        plan_day = h.plan_date()
        follow_ups = [s for s in h.sessions if fy.holds(s["day"]) and plan_day is not None and s["day"] > plan_day]
        if follow_ups:
            figures["follow_up_companies"].rows.append(
                _row(h, follow_ups[-1]["day"], sessions=len(follow_ups), plan_date=plan_day))
            for s in follow_ups:
                figures["follow_up_sessions"].rows.append(_row(h, s["day"], theme=s["theme"] or ""))
            for column, prefix in (("sales_yen", "sales"), ("gross_profit_yen", "gross_profit")):
                trend, detail = compare(h, fy.end, column)
                figures[f"{prefix}_{trend}"].rows.append(_row(h, None, **detail))
        in_year_sessions = [s for s in h.sessions if fy.holds(s["day"])]
        if in_year_sessions or analysed or made:
            days = [s["day"] for s in in_year_sessions]
            figures["supported_companies"].rows.append(
                _row(h, min(days) if days else None, sessions=len(in_year_sessions)))
            va = value_added(h, fy.end)
            if va is not None:
                figures["value_added_yen"].rows.append(_row(h, None, **va))
                if va["change_yen"] is not None:
                    figures["value_added_increase_yen"].rows.append(_row(h, None, **va))
                    if va["change_yen"] > 0:
                        figures["value_added_increased_companies"].rows.append(_row(h, None, **va))
        for r in h.referrals:
            if fy.holds(r["day"]):
                figures["referrals_made"].rows.append(
                    _row(h, r["day"], institution=r["institution"], outcome=r["outcome"] or ""))
            if fy.holds(r["closed"]):
                figures["referrals_closed"].rows.append(
                    _row(h, r["closed"], institution=r["institution"], outcome=r["outcome"] or "",
                         referred=r["day"]))
        for i in h.issues:
            if i["status"] == "resolved" and fy.holds(i["changed"]):
                figures["issues_resolved"].rows.append(_row(h, i["changed"], title=i["title"]))
    for key, figure in figures.items():
        if key == "value_added_yen":
            figure.value = sum(r["value_added_yen"] for r in figure.rows)
        elif key == "value_added_increase_yen":
            figure.value = sum(r["change_yen"] for r in figure.rows)
        elif key in ("follow_up_sessions", "referrals_made", "referrals_closed", "issues_resolved"):
            figure.value = len(figure.rows)  # 延べ: one row per session / referral / 課題
        else:
            figure.value = len(figure.companies)
    return YearReport(fy, figures, len(histories), scope)


def report_for(conn: sqlite3.Connection, fiscal_year: int) -> YearReport:
    return year_report(load_history(conn), fiscal_year)


def years_with_data(histories: dict[str, CompanyHistory], today: date) -> list[int]:
    """The fiscal years anything was recorded in, newest first, always with the current one."""
    years = {FiscalYear.of(today).year}
    for h in histories.values():
        days = ([p["entered"] for p in h.periods] + [s["day"] for s in h.sessions] + [a["made"] for a in h.actions]
                + [r["day"] for r in h.referrals] + [r["closed"] for r in h.referrals]
                + [i["changed"] for i in h.issues if i["status"] == "resolved"])
        years.update(FiscalYear.of(d).year for d in days if d is not None and d <= today)
    return sorted(years, reverse=True)
