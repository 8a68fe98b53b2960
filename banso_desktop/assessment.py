"""A company's ロカベン assessment from what is stored: the glue between store and domain."""

from __future__ import annotations

from banso_desktop.data import industries
from banso_desktop.domain.industries import Scale
from banso_desktop.domain.rokaben import PeriodFigures


def decide_scale(code: str | None, scale: Scale | None, periods: list[PeriodFigures],
                 company_employees: int | None = None) -> tuple[Scale | None, str]:
    """(事業規模, rule): the given scale ("given"), else the DOMAIN.md default on the latest
    period's 従業員数, or the company's when the periods have none ("derived");
    ("unknown") without an industry or a headcount."""
    if scale is not None:
        return scale, "given"
    latest = max(periods, key=lambda p: p.period_end, default=None)
    employees = latest.employees if latest and latest.employees is not None else company_employees
    decision = industries().decide_scale(code, employees)
    return decision.scale, "derived" if decision.scale else "unknown"
