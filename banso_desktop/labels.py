"""Display names for the domain's codes (context ``labels``), free of Qt.

The GUI binds them to Qt's translator (``ui/labels.py``); the CLI and the PDFs bind them
to the Qt-free catalogue reader (``i18n.translator``), so every surface shows the same words.
"""

from __future__ import annotations

from datetime import date
from typing import Callable

from banso_desktop.domain.japanese import MONTHS_EN, format_date_en, format_date_ja, format_wareki

Translate = Callable[[str, str], str]


class Labels:
    """Names for codes in one language: ``translate`` is ``(context, English) → shown text``."""

    def __init__(self, translate: Translate, lang: str = "ja") -> None:
        self.translate = translate
        self._lang = lang

    @property
    def lang(self) -> str:
        return self._lang

    def long_date(self, day: date) -> str:
        """A date as the user reads it: 和暦 with 西暦 in Japanese, with the era year in English."""
        return format_date_ja(day) if self.lang == "ja" else format_date_en(day)

    @staticmethod
    def short_date(day: date) -> str:
        """Compact date for lists: R7.3.31 (2025-03-31)."""
        return f"{format_wareki(day, 'short')} ({day.isoformat()})"

    def fiscal_period(self, end: date, two_lines: bool = False) -> str:
        """A fiscal period by its end: 令和6年3月期 / FY ending Mar 2024 (for narrow
        column headers on two lines: 令和6年 / 3月期)."""
        if self.lang == "ja":
            try:
                year = format_wareki(end, "year")
            except ValueError:  # before 明治: a slip in the data, shown as typed
                year = f"{end.year}年"
            return f"{year}{chr(10) if two_lines else ''}{end.month}月期"
        return f"FY ending{chr(10) if two_lines else ' '}{MONTHS_EN[end.month - 1]} {end.year}"

    @staticmethod
    def wall_key(code: str | None) -> str:
        """A wall with its shortcut, for the editor's buttons."""
        from banso_desktop.domain.interview import WALLS

        return f"Alt+{WALLS.index(code) + 1}" if code in WALLS else ""

    def place_kind(self, code: str | None) -> str:
        return {
            "visit": self.translate("labels", "Visit"),
            "counter": self.translate("labels", "At the office"),
            "online": self.translate("labels", "Online"),
            "phone": self.translate("labels", "Phone"),
        }.get(code or "", "")

    def note_kind(self, code: str) -> str:
        return {
            "note": self.translate("labels", "Note"),
            "owner_quote": self.translate("labels", "Owner's words"),
            "fact": self.translate("labels", "Fact"),
            "assessment": self.translate("labels", "Consultant's view"),
            "insight": self.translate("labels", "Insight"),
            "issue_candidate": self.translate("labels", "Issue candidate"),
        }.get(code, code)

    def stage(self, code: str | None) -> str:
        return {
            "P0": self.translate("labels", "P0 Preparation"),
            "P1": self.translate("labels", "P1 Rapport (dialogue and listening)"),
            "P2": self.translate("labels", "P2 Review and put into words"),
            "P3": self.translate("labels", "P3 Set the essential issue"),
            "P4": self.translate("labels", "P4 Solutions and action plan"),
            "P5": self.translate("labels", "P5 Execution support and monitoring"),
            "P6": self.translate("labels", "P6 Reflection and self-reliance"),
        }.get(code or "", code or "")

    def wall(self, code: str | None) -> str:
        return {
            "mienai": self.translate("labels", "Cannot see"),
            "mukiawanai": self.translate("labels", "Not facing it"),
            "jikkou_dekinai": self.translate("labels", "Cannot act"),
            "tsuitekonai": self.translate("labels", "Staff don't follow"),
            "tarinai": self.translate("labels", "Lacking resources"),
        }.get(code or "", "")

    def issue_side(self, code: str | None) -> str:
        return {"surface": self.translate("labels", "Surface issue"), "core": self.translate("labels", "Core issue")}.get(code or "", "")

    def attendee_role(self, code: str) -> str:
        return {
            "owner": self.translate("labels", "Owner"),
            "successor": self.translate("labels", "Successor"),
            "staff": self.translate("labels", "Staff"),
            "bank": self.translate("labels", "Bank"),
        }.get(code, code)

    def scale(self, code: str | None) -> str:
        return {"small": self.translate("labels", "Small business (小規模事業者)"), "medium": self.translate("labels", "Medium business (中規模事業者)")}.get(
            code or "", ""
        )









    def indicator(self, code: str, short: bool = False) -> str:
        """The six ロカベン indicators, with their circled number unless ``short``."""
        names = {
            "sales_growth_rate": (self.translate("labels", "① Sales growth"), self.translate("labels", "Sales growth")),
            "operating_margin": (self.translate("labels", "② Operating margin"), self.translate("labels", "Operating margin")),
            "labor_productivity": (self.translate("labels", "③ Labour productivity"), self.translate("labels", "Labour productivity")),
            "ebitda_debt_ratio": (self.translate("labels", "④ Debt to EBITDA"), self.translate("labels", "Debt/EBITDA")),
            "working_capital_months": (self.translate("labels", "⑤ Working capital (months)"), self.translate("labels", "Working capital")),
            "equity_ratio": (self.translate("labels", "⑥ Equity ratio"), self.translate("labels", "Equity ratio")),
        }
        long_name, short_name = names[code]
        return short_name if short else long_name

    def self_reliance_item(self, code: str) -> str:
        """The 自走化 checklist's items (research-banso-method.md §2.8)."""
        return {
            "core_issue": self.translate("labels", "States the core issue in their own words, consistently"),
            "next_action": self.translate("labels", "Sets the next action and deadline unprompted"),
            "tracks_figures": self.translate("labels", "Tracks monthly figures (sales, gross profit, cash)"),
            "involves_people": self.translate("labels", "Involves staff or the successor"),
            "updates_plan": self.translate("labels", "Updates the plan when things change"),
            "seeks_resources": self.translate("labels", "Seeks outside resources on their own"),
            "kpis_move": self.translate("labels", "Outcome KPIs move (sales, gross profit, value added)"),
        }.get(code, code)

    def action_role(self, code: str | None) -> str:
        return {
            "owner": self.translate("labels", "Owner"),
            "staff": self.translate("labels", "Staff"),
            "consultant": self.translate("labels", "Consultant"),
            "external": self.translate("labels", "Outside body"),
        }.get(code or "", "")

    def action_status(self, code: str | None) -> str:
        return {
            "todo": self.translate("labels", "Not started"),
            "doing": self.translate("labels", "In progress"),
            "done": self.translate("labels", "Done"),
            "cancelled": self.translate("labels", "Stopped"),
        }.get(code or "", "")

    def issue_status(self, code: str | None) -> str:
        return {
            "candidate": self.translate("labels", "Candidate"),
            "agreed": self.translate("labels", "Agreed"),
            "resolved": self.translate("labels", "Resolved"),
            "dropped": self.translate("labels", "Dropped"),
        }.get(code or "", "")

    def session_status(self, code: str | None) -> str:
        return {"open": self.translate("labels", "In progress"), "closed": self.translate("labels", "Closed")}.get(code or "", "")
