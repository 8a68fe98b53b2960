"""決算書 figures of one fiscal period: the inputs, their checks, and the totals ロカベン uses.

A period is a mapping with the ``fiscal_period`` columns: amounts in whole yen
(``*_yen``, None when not entered), ``employees``, the 借入金 include flags and
``period_end`` (ISO date). A total is None only when none of its components was entered.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Mapping

from banso_desktop.domain.japanese import (
    format_amount,
    format_yen_as_thousands,
    parse_count,
    parse_date,
    parse_money,
    thousands_to_yen,
    yen_to_thousands,
)
from banso_desktop.domain.rokaben import PeriodFigures
from banso_desktop.domain.text import QT_TRANSLATE_NOOP, InputError

Period = Mapping[str, Any]

BORROWING_PARTS = ("short_term_loans_yen", "long_term_loans_yen", "bonds_yen", "lease_obligations_yen", "officer_loans_yen")
INCLUDE_FLAGS = {
    "bonds_yen": "include_bonds",
    "lease_obligations_yen": "include_lease_obligations",
    "officer_loans_yen": "include_officer_loans",
}
RECEIVABLE_PARTS = ("accounts_receivable_yen", "notes_receivable_yen", "electronic_receivables_yen")
PAYABLE_PARTS = ("accounts_payable_yen", "notes_payable_yen", "electronic_payables_yen")


@dataclass(frozen=True)
class StatementField:
    """One input line of the statements grid."""

    key: str  # fiscal_period column
    label: str  # English source text (context "statements")
    kind: str  # "money" | "count" | "date" | "months"
    can_be_negative: bool = False
    part_of: str | None = None  # "borrowings" | "receivables" | "payables"


STATEMENT_FIELDS: tuple[StatementField, ...] = (
    StatementField("period_end", QT_TRANSLATE_NOOP("statements", "Fiscal year end"), "date"),
    StatementField("months", QT_TRANSLATE_NOOP("statements", "Months in the period"), "months"),
    StatementField("sales_yen", QT_TRANSLATE_NOOP("statements", "Sales"), "money"),
    StatementField("gross_profit_yen", QT_TRANSLATE_NOOP("statements", "Gross profit"), "money", True),
    StatementField("operating_income_yen", QT_TRANSLATE_NOOP("statements", "Operating income"), "money", True),
    StatementField("depreciation_yen", QT_TRANSLATE_NOOP("statements", "Depreciation"), "money"),
    StatementField("labor_cost_yen", QT_TRANSLATE_NOOP("statements", "Labour cost"), "money"),
    StatementField("employees", QT_TRANSLATE_NOOP("statements", "Employees (full-time)"), "count"),
    StatementField("short_term_loans_yen", QT_TRANSLATE_NOOP("statements", "Short-term loans"), "money", part_of="borrowings"),
    StatementField("long_term_loans_yen", QT_TRANSLATE_NOOP("statements", "Long-term loans"), "money", part_of="borrowings"),
    StatementField("bonds_yen", QT_TRANSLATE_NOOP("statements", "Bonds"), "money", part_of="borrowings"),
    StatementField("lease_obligations_yen", QT_TRANSLATE_NOOP("statements", "Lease obligations"), "money", part_of="borrowings"),
    StatementField("officer_loans_yen", QT_TRANSLATE_NOOP("statements", "Loans from officers"), "money", part_of="borrowings"),
    StatementField("cash_and_deposits_yen", QT_TRANSLATE_NOOP("statements", "Cash and deposits"), "money"),
    StatementField("accounts_receivable_yen", QT_TRANSLATE_NOOP("statements", "Accounts receivable"), "money", part_of="receivables"),
    StatementField("notes_receivable_yen", QT_TRANSLATE_NOOP("statements", "Notes receivable"), "money", part_of="receivables"),
    StatementField("electronic_receivables_yen", QT_TRANSLATE_NOOP("statements", "Electronically recorded receivables"), "money", part_of="receivables"),
    StatementField("inventories_yen", QT_TRANSLATE_NOOP("statements", "Inventories"), "money"),
    StatementField("accounts_payable_yen", QT_TRANSLATE_NOOP("statements", "Accounts payable"), "money", part_of="payables"),
    StatementField("notes_payable_yen", QT_TRANSLATE_NOOP("statements", "Notes payable"), "money", part_of="payables"),
    StatementField("electronic_payables_yen", QT_TRANSLATE_NOOP("statements", "Electronically recorded payables"), "money", part_of="payables"),
    StatementField("net_assets_yen", QT_TRANSLATE_NOOP("statements", "Net assets"), "money", True),
    StatementField("total_liabilities_yen", QT_TRANSLATE_NOOP("statements", "Total liabilities"), "money"),
    StatementField("total_assets_yen", QT_TRANSLATE_NOOP("statements", "Total assets (= liabilities + net assets)"), "money"),
)
FIELDS_BY_KEY = {f.key: f for f in STATEMENT_FIELDS}
EDITABLE_PERIOD_COLUMNS = frozenset(FIELDS_BY_KEY) | frozenset(INCLUDE_FLAGS.values())


def clean_statement_field(key: str, raw: str) -> Any:
    """The value to store for one grid cell from what was typed (InputError with a reason)."""
    spec = FIELDS_BY_KEY[key]
    if spec.kind == "date":
        day = parse_date(raw)
        if day is None:
            raise InputError(QT_TRANSLATE_NOOP("input", "Enter the fiscal year end (for example R7.3.31)."))
        return day.isoformat()
    if spec.kind == "months":
        months = parse_count(raw)
        if months is None or not 1 <= months <= 24:
            raise InputError(QT_TRANSLATE_NOOP("input", "A fiscal period has 1 to 24 months."))
        return months
    if spec.kind == "count":
        return parse_count(raw)
    value = parse_money(raw)
    if value is None:
        return None
    if value < 0 and not spec.can_be_negative:
        raise InputError(QT_TRANSLATE_NOOP("input", "This cannot be negative."))
    return thousands_to_yen(value)


def show_statement_field(key: str, value: Any) -> str:
    """A stored value as the grid shows it: 千円 with separators and ▲, 和暦-free dates."""
    if value is None:
        return ""
    spec = FIELDS_BY_KEY[key]
    if spec.kind == "money":
        return format_yen_as_thousands(value)
    if spec.kind == "count":
        return f"{value:,}"
    return str(value)


def _sum(period: Period, fields: tuple[str, ...] | list[str]) -> int | None:
    values = [period.get(f) for f in fields]
    present = [v for v in values if v is not None]
    return sum(present) if present else None


def borrowings_yen(period: Period) -> int | None:
    """借入金: 短期 + 長期借入金, plus 社債 / リース債務 / 役員借入金 where the consultant included them."""
    fields = ["short_term_loans_yen", "long_term_loans_yen"]
    fields += [part for part, flag in INCLUDE_FLAGS.items() if period.get(flag)]
    return _sum(period, fields)


def receivables_yen(period: Period) -> int | None:
    """売上債権: 売掛金 + 受取手形 + 電子記録債権."""
    return _sum(period, RECEIVABLE_PARTS)


def payables_yen(period: Period) -> int | None:
    """買入債務: 買掛金 + 支払手形 + 電子記録債務."""
    return _sum(period, PAYABLE_PARTS)


def _thousands(yen: int | None) -> Decimal | None:
    return None if yen is None else yen_to_thousands(yen)


def figures_from_period(period: Period) -> PeriodFigures:
    """The ロカベン inputs of a stored period, in 千円."""
    return PeriodFigures(
        period_end=date.fromisoformat(period["period_end"]),
        months=period.get("months") or 12,
        sales=_thousands(period.get("sales_yen")),
        operating_income=_thousands(period.get("operating_income_yen")),
        depreciation=_thousands(period.get("depreciation_yen")),
        employees=period.get("employees"),
        borrowings=_thousands(borrowings_yen(period)),
        cash_and_deposits=_thousands(period.get("cash_and_deposits_yen")),
        receivables=_thousands(receivables_yen(period)),
        inventories=_thousands(period.get("inventories_yen")),
        payables=_thousands(payables_yen(period)),
        net_assets=_thousands(period.get("net_assets_yen")),
        total_assets=_thousands(period.get("total_assets_yen")),
    )


@dataclass(frozen=True)
class Problem:
    """A cross-check that fails for stored values: shown next to the cell, nothing discarded."""

    message: str  # English source (context "statements") with {named} fields
    params: dict[str, str]


def statement_problems(period: Period) -> dict[str, Problem]:
    """Field → problem for values that cannot all be right together."""
    problems: dict[str, Problem] = {}
    assets, liabilities, net = (period.get(k) for k in ("total_assets_yen", "total_liabilities_yen", "net_assets_yen"))
    if assets is not None and liabilities is not None and net is not None and assets != liabilities + net:
        problems["total_assets_yen"] = Problem(
            QT_TRANSLATE_NOOP("statements", "Total assets ({assets}) differ from liabilities + net assets ({sum})."),
            {"assets": format_amount(yen_to_thousands(assets)), "sum": format_amount(yen_to_thousands(liabilities + net))},
        )
    if assets is not None and net is not None and net > assets:
        problems["net_assets_yen"] = Problem(
            QT_TRANSLATE_NOOP("statements", "Net assets ({net}) cannot exceed total assets ({assets})."),
            {"net": format_amount(yen_to_thousands(net)), "assets": format_amount(yen_to_thousands(assets))},
        )
    return problems
