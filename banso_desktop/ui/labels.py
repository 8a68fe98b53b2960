"""Display names for the domain's codes, translated (context ``labels``)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from banso_desktop.domain.japanese import format_date_en, format_date_ja, format_wareki

translate = QCoreApplication.translate


def place_kind(code: str | None) -> str:
    return {
        "visit": translate("labels", "Visit"),
        "counter": translate("labels", "At the office"),
        "online": translate("labels", "Online"),
        "phone": translate("labels", "Phone"),
    }.get(code or "", "")


def note_kind(code: str) -> str:
    return {
        "note": translate("labels", "Note"),
        "owner_quote": translate("labels", "Owner's words"),
        "fact": translate("labels", "Fact"),
        "assessment": translate("labels", "Consultant's view"),
        "insight": translate("labels", "Insight"),
        "issue_candidate": translate("labels", "Issue candidate"),
    }.get(code, code)


def stage(code: str | None) -> str:
    return {
        "P0": translate("labels", "P0 Preparation"),
        "P1": translate("labels", "P1 Rapport (dialogue and listening)"),
        "P2": translate("labels", "P2 Review and put into words"),
        "P3": translate("labels", "P3 Set the essential issue"),
        "P4": translate("labels", "P4 Solutions and action plan"),
        "P5": translate("labels", "P5 Execution support and monitoring"),
        "P6": translate("labels", "P6 Reflection and self-reliance"),
    }.get(code or "", code or "")


def wall(code: str | None) -> str:
    return {
        "mienai": translate("labels", "Cannot see"),
        "mukiawanai": translate("labels", "Not facing it"),
        "jikkou_dekinai": translate("labels", "Cannot act"),
        "tsuitekonai": translate("labels", "Staff don't follow"),
        "tarinai": translate("labels", "Lacking resources"),
    }.get(code or "", "")


def issue_side(code: str | None) -> str:
    return {"surface": translate("labels", "Surface issue"), "core": translate("labels", "Core issue")}.get(code or "", "")


def attendee_role(code: str) -> str:
    return {
        "owner": translate("labels", "Owner"),
        "successor": translate("labels", "Successor"),
        "staff": translate("labels", "Staff"),
        "bank": translate("labels", "Bank"),
    }.get(code, code)


def scale(code: str | None) -> str:
    return {"small": translate("labels", "Small business (小規模事業者)"), "medium": translate("labels", "Medium business (中規模事業者)")}.get(
        code or "", ""
    )


def language() -> str:
    """The interface language chosen at start-up ('ja' or 'en')."""
    app = QCoreApplication.instance()
    lang = app.property("banso_language") if app else None
    return lang if lang in ("ja", "en") else "ja"


def long_date(day: date) -> str:
    """A date as the user reads it: 和暦 with 西暦 in Japanese, with the era year in English."""
    return format_date_ja(day) if language() == "ja" else format_date_en(day)


def short_date(day: date) -> str:
    """Compact date for lists: R7.3.31 (2025-03-31)."""
    return f"{format_wareki(day, 'short')} ({day.isoformat()})"


def fiscal_period(end: date, two_lines: bool = False) -> str:
    """A fiscal period by its end: 令和6年3月期 / FY ending Mar 2024 (for narrow
    column headers on two lines: 令和6年 / 3月期)."""
    if language() == "ja":
        return f"{format_wareki(end, 'year')}{chr(10) if two_lines else ''}{end.month}月期"
    return f"FY ending{chr(10) if two_lines else ' '}{end:%b %Y}"


def indicator(code: str, short: bool = False) -> str:
    """The six ロカベン indicators, with their circled number unless ``short``."""
    names = {
        "sales_growth_rate": (translate("labels", "① Sales growth"), translate("labels", "Sales growth")),
        "operating_margin": (translate("labels", "② Operating margin"), translate("labels", "Operating margin")),
        "labor_productivity": (translate("labels", "③ Labour productivity"), translate("labels", "Labour productivity")),
        "ebitda_debt_ratio": (translate("labels", "④ Debt to EBITDA"), translate("labels", "Debt/EBITDA")),
        "working_capital_months": (translate("labels", "⑤ Working capital (months)"), translate("labels", "Working capital")),
        "equity_ratio": (translate("labels", "⑥ Equity ratio"), translate("labels", "Equity ratio")),
    }
    long_name, short_name = names[code]
    return short_name if short else long_name


def self_reliance_item(code: str) -> str:
    """The 自走化 checklist's items (research-banso-method.md §2.8)."""
    return {
        "core_issue": translate("labels", "States the core issue in their own words, consistently"),
        "next_action": translate("labels", "Sets the next action and deadline unprompted"),
        "tracks_figures": translate("labels", "Tracks monthly figures (sales, gross profit, cash)"),
        "involves_people": translate("labels", "Involves staff or the successor"),
        "updates_plan": translate("labels", "Updates the plan when things change"),
        "seeks_resources": translate("labels", "Seeks outside resources on their own"),
        "kpis_move": translate("labels", "Outcome KPIs move (sales, gross profit, value added)"),
    }.get(code, code)


def action_role(code: str | None) -> str:
    return {
        "owner": translate("labels", "Owner"),
        "staff": translate("labels", "Staff"),
        "consultant": translate("labels", "Consultant"),
        "external": translate("labels", "Outside body"),
    }.get(code or "", "")


def action_status(code: str | None) -> str:
    return {
        "todo": translate("labels", "Not started"),
        "doing": translate("labels", "In progress"),
        "done": translate("labels", "Done"),
        "cancelled": translate("labels", "Stopped"),
    }.get(code or "", "")


def issue_status(code: str | None) -> str:
    return {
        "candidate": translate("labels", "Candidate"),
        "agreed": translate("labels", "Agreed"),
        "resolved": translate("labels", "Resolved"),
        "dropped": translate("labels", "Dropped"),
    }.get(code or "", "")


def session_status(code: str | None) -> str:
    return {"open": translate("labels", "In progress"), "closed": translate("labels", "Closed")}.get(code or "", "")


def wall_key(code: str | None) -> str:
    """A wall with its shortcut, for the editor's buttons."""
    from banso_desktop.domain.interview import WALLS

    return f"Alt+{WALLS.index(code) + 1}" if code in WALLS else ""
