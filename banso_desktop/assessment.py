"""A company's ロカベン assessment from what is stored: the glue between store and domain."""

from __future__ import annotations

from banso_desktop.data import industries
from banso_desktop.domain.industries import Scale
from banso_desktop.domain.rokaben import Assessment, BenchmarkSet, PeriodFigures, assess


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


def company_assessment(store, company: dict, benchmark: BenchmarkSet | None = None) -> tuple[Assessment, str]:
    """(assessment, scale rule) for a stored company: its periods scored against
    ``benchmark`` or, by default, the active benchmark set."""
    from banso_desktop.domain.statements import figures_from_period

    periods = [figures_from_period(p) for p in store.periods.for_company(company["id"])]
    benchmark = benchmark or store.benchmarks.active()
    code = company["industry_code"]
    override = Scale(company["scale_override"]) if company["scale_override"] else None
    scale, rule = decide_scale(code, override, periods, company["employees"])
    return assess(periods, code, scale, benchmark), rule
