"""Everything the owner's documents print, read from the store in one go.

Reading is separate from laying out: the app gathers on its own thread (what the
screen shows, just saved) and a worker thread turns the :class:`Content` into PDF bytes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from banso_desktop.assessment import company_assessment
from banso_desktop.documents.base import iso_day, missing_glyphs
from banso_desktop.domain.rokaben import Assessment
from banso_desktop.domain.text import QT_TRANSLATE_NOOP, UserError


class DocumentError(UserError):
    context = "pdf"


@dataclass
class Content:
    """One company's data for the 行動計画書, ロカベンシート and 経営デザインシート."""

    today: date
    company: dict[str, Any]
    consultant: str
    organization: str
    assessment: Assessment
    scale_rule: str  # "given" / "derived" / "unknown" (assessment.decide_scale)
    periods: list[dict[str, Any]]  # stored fiscal periods, oldest first (amounts in yen)
    plan: dict[str, Any]  # store.plan.export: issues → actions → kpis, referrals, design_sheet, value_added
    rokaben_texts: dict[str, str] = field(default_factory=dict)
    flow_steps: list[dict[str, Any]] = field(default_factory=list)
    parties: list[dict[str, Any]] = field(default_factory=list)
    next_visit: date | None = None

    @property
    def company_name(self) -> str:
        return self.company.get("name") or ""

    @property
    def representative(self) -> str:
        """代表取締役 松本 博"""
        company = self.company
        return " ".join(x for x in (company.get("representative_title"), company.get("representative_name")) if x)

    @property
    def design(self) -> dict[str, Any] | None:
        return self.plan.get("design_sheet")

    def strings(self) -> Iterator[str]:
        """Every piece of text the documents may print that came from the user."""
        def walk(value: Any) -> Iterator[str]:
            if isinstance(value, str):
                yield value
            elif isinstance(value, dict):
                for item in value.values():
                    yield from walk(item)
            elif isinstance(value, (list, tuple)):
                for item in value:
                    yield from walk(item)

        yield from walk([self.company, self.consultant, self.organization, self.plan,
                         self.rokaben_texts, self.flow_steps, self.parties])

    def missing_glyphs(self) -> str:
        """The characters typed that the documents' font cannot show, sorted ("" if none)."""
        return "".join(sorted(missing_glyphs("".join(self.strings()))))


def _consultant_name(store, company: dict[str, Any]) -> str:
    assigned = company.get("assigned_consultant_id")
    person = store.people.consultant(assigned) if assigned else None
    person = person or store.people.local_consultant()
    return person.name if person else ""


def gather(store, company_id: str, today: date | None = None) -> Content:
    """Read one live company's documents' content (raises DocumentError if there is none)."""
    today = today or date.today()
    company = store.companies.get(company_id)
    if company is None or company.get("deleted_at"):
        raise DocumentError(QT_TRANSLATE_NOOP("pdf", "There is no company with the id {id}."), id=company_id)
    company = dict(company)
    assessment, rule = company_assessment(store, company)
    periods = sorted(store.periods.for_company(company_id), key=lambda p: p["period_end"])
    next_visit = None
    for session in store.sessions.for_company(company_id):  # newest first
        if session.next_visit_date:
            day = iso_day(session.next_visit_date)
            if day is None:
                continue  # not a date (imported or typed by hand outside the app)
            # A visit date already past is no longer the next visit: leave it 未定.
            next_visit = day if day >= today else None
            break
    return Content(
        today=today,
        company=company,
        consultant=_consultant_name(store, company),
        organization=store.people.organization_name(),
        assessment=assessment,
        scale_rule=rule,
        periods=periods,
        plan=store.plan.export(company_id, today),
        rokaben_texts=store.rokaben.texts(company_id),
        flow_steps=store.rokaben.flow_steps(company_id),
        parties=store.rokaben.parties(company_id),
        next_visit=next_visit,
    )
