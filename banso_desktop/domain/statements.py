"""決算書 figures of one fiscal period: the totals ロカベン uses, from their components.

A period is a mapping with the ``fiscal_period`` columns (amounts in whole yen, None
when not entered). A total is None only when none of its components was entered.
"""

from __future__ import annotations

from typing import Any, Mapping

Period = Mapping[str, Any]


def _sum(period: Period, fields: list[str]) -> int | None:
    values = [period.get(f) for f in fields]
    present = [v for v in values if v is not None]
    return sum(present) if present else None


def borrowings_yen(period: Period) -> int | None:
    """借入金: 短期 + 長期借入金, plus 社債 / リース債務 / 役員借入金 where the consultant included them."""
    fields = ["short_term_loans_yen", "long_term_loans_yen"]
    for flag, field in (
        ("include_bonds", "bonds_yen"),
        ("include_lease_obligations", "lease_obligations_yen"),
        ("include_officer_loans", "officer_loans_yen"),
    ):
        if period.get(flag):
            fields.append(field)
    return _sum(period, fields)


def receivables_yen(period: Period) -> int | None:
    """売上債権: 売掛金 + 受取手形 + 電子記録債権."""
    return _sum(period, ["accounts_receivable_yen", "notes_receivable_yen", "electronic_receivables_yen"])


def payables_yen(period: Period) -> int | None:
    """買入債務: 買掛金 + 支払手形 + 電子記録債務."""
    return _sum(period, ["accounts_payable_yen", "notes_payable_yen", "electronic_payables_yen"])
