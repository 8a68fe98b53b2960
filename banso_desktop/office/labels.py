"""Names of the office figures and warnings, for the screen, the PDF, the workbook and
the CLI: English sources in the ``office`` context, translated through the catalogue
(``translate("office", text)``, or ``QCoreApplication.translate`` in the GUI)."""

from __future__ import annotations

from typing import Any, Callable

from banso_desktop.domain.japanese import format_amount, yen_to_thousands
from banso_desktop.domain.text import QT_TRANSLATE_NOOP

Translate = Callable[[str, str], str]

FIGURE_NAMES: dict[str, str] = {
    "supported_companies": QT_TRANSLATE_NOOP("office", "Companies supported"),
    "analysed_companies": QT_TRANSLATE_NOOP("office", "Companies with a management analysis"),
    "planned_companies": QT_TRANSLATE_NOOP("office", "Companies with a business plan made"),
    "follow_up_companies": QT_TRANSLATE_NOOP("office", "Companies followed up"),
    "follow_up_sessions": QT_TRANSLATE_NOOP("office", "Follow-up sessions in all"),
    "sales_increased": QT_TRANSLATE_NOOP("office", "of which sales increased"),
    "sales_decreased": QT_TRANSLATE_NOOP("office", "of which sales decreased"),
    "sales_flat": QT_TRANSLATE_NOOP("office", "of which sales unchanged"),
    "sales_unknown": QT_TRANSLATE_NOOP("office", "of which sales unknown"),
    "gross_profit_increased": QT_TRANSLATE_NOOP("office", "of which gross profit increased"),
    "gross_profit_decreased": QT_TRANSLATE_NOOP("office", "of which gross profit decreased"),
    "gross_profit_flat": QT_TRANSLATE_NOOP("office", "of which gross profit unchanged"),
    "gross_profit_unknown": QT_TRANSLATE_NOOP("office", "of which gross profit unknown"),
    "value_added_yen": QT_TRANSLATE_NOOP("office", "Value added (latest periods, total)"),
    "value_added_increase_yen": QT_TRANSLATE_NOOP("office", "Increase in value added (total)"),
    "value_added_increased_companies": QT_TRANSLATE_NOOP("office", "Companies whose value added increased"),
    "referrals_made": QT_TRANSLATE_NOOP("office", "Referrals made"),
    "referrals_closed": QT_TRANSLATE_NOOP("office", "Referrals closed (outcome confirmed)"),
    "issues_resolved": QT_TRANSLATE_NOOP("office", "Issues resolved"),
}

# The unit each figure is counted in.
UNIT_COMPANIES = QT_TRANSLATE_NOOP("office", "companies")
UNIT_TIMES = QT_TRANSLATE_NOOP("office", "times")
UNIT_CASES = QT_TRANSLATE_NOOP("office", "cases")
UNIT_THOUSAND_YEN = QT_TRANSLATE_NOOP("office", "thousand yen")
FIGURE_UNITS: dict[str, str] = {
    **{key: UNIT_COMPANIES for key in FIGURE_NAMES},
    "follow_up_sessions": UNIT_TIMES,
    "referrals_made": UNIT_CASES,
    "referrals_closed": UNIT_CASES,
    "issues_resolved": UNIT_CASES,
    "value_added_yen": UNIT_THOUSAND_YEN,
    "value_added_increase_yen": UNIT_THOUSAND_YEN,
}

# What each figure counts, one line (the report's notes and the screen's tooltip).
FIGURE_RULES: dict[str, str] = {
    "supported_companies": QT_TRANSLATE_NOOP("office", "A session, an analysis or a plan in the year."),
    "analysed_companies": QT_TRANSLATE_NOOP("office", "Financial figures (a period with sales) entered in the year."),
    "planned_companies": QT_TRANSLATE_NOOP("office", "At least one action agreed in the year."),
    "follow_up_companies": QT_TRANSLATE_NOOP("office", "A session in the year after the company's first plan."),
    "follow_up_sessions": QT_TRANSLATE_NOOP("office", "Sessions in the year after the company's first plan, each counted."),
    "sales_increased": QT_TRANSLATE_NOOP("office", "Followed-up companies: the latest period closed by the year's end against the one before."),
    "value_added_yen": QT_TRANSLATE_NOOP("office", "Operating income + labour cost + depreciation of the latest period closed by the year's end."),
    "value_added_increase_yen": QT_TRANSLATE_NOOP("office", "Against the period before, where both are 12 months about a year apart."),
    "referrals_made": QT_TRANSLATE_NOOP("office", "Referral date in the year."),
    "referrals_closed": QT_TRANSLATE_NOOP("office", "Outcome confirmed in the year."),
    "issues_resolved": QT_TRANSLATE_NOOP("office", "Issues marked resolved in the year."),
}
for _prefix in ("sales", "gross_profit"):
    for _trend in ("increased", "decreased", "flat", "unknown"):
        FIGURE_RULES.setdefault(f"{_prefix}_{_trend}", FIGURE_RULES["sales_increased"])
FIGURE_RULES["value_added_increased_companies"] = FIGURE_RULES["value_added_increase_yen"]

ALERT_NAMES: dict[str, str] = {
    "sales_down": QT_TRANSLATE_NOOP("office", "Sales falling"),
    "insolvent": QT_TRANSLATE_NOOP("office", "Liabilities exceed assets"),
    "score_drop": QT_TRANSLATE_NOOP("office", "Local Benchmark score fell"),
    "ebitda_not_positive": QT_TRANSLATE_NOOP("office", "EBITDA zero or below"),
    "working_capital_up": QT_TRANSLATE_NOOP("office", "Working capital period up"),
    "no_session": QT_TRANSLATE_NOOP("office", "No session while actions are open"),
}

# The editable parameter of each rule, as the rules editor labels it.
PARAMETER_NAMES: dict[str, str] = {
    "sales_down": QT_TRANSLATE_NOOP("office", "periods running"),
    "score_drop": QT_TRANSLATE_NOOP("office", "points or more"),
    "working_capital_up": QT_TRANSLATE_NOOP("office", "times the period before"),
    "no_session": QT_TRANSLATE_NOOP("office", "months"),
}


def thousands_text(yen: Any) -> str:
    """Whole yen as 千円 with ▲ for negatives (1,234 / ▲56), rounded half up as every
    document of the app prints 千円; — for none."""
    return "—" if yen is None else format_amount(yen_to_thousands(int(yen)))


def alert_reason(kind: str, detail: dict[str, Any], translate: Translate,
                 day: Callable[[Any], str] = str) -> str:
    """Why the warning is there, with its figures, in one sentence; ``day`` writes its
    dates (ISO by default, 和暦 on screen)."""
    if kind == "sales_down":
        figures = " → ".join(thousands_text(v) for v in detail["sales_yen"])
        return translate("office", "Sales fell %1 periods running: %2 thousand yen.").replace(
            "%1", str(detail["times"])).replace("%2", figures)
    if kind == "insolvent":
        return translate("office", "Net assets are %1 thousand yen (period ending %2).").replace(
            "%1", thousands_text(detail["net_assets_yen"])).replace("%2", day(detail["period_end"]))
    if kind == "score_drop":
        return translate("office", "The Local Benchmark total fell from %1 (%2) to %3 (%4) points.").replace(
            "%1", str(detail["from"])).replace("%2", detail.get("from_rank") or "—").replace(
            "%3", str(detail["to"])).replace("%4", detail.get("to_rank") or "—")
    if kind == "ebitda_not_positive":
        return translate("office", "Operating income + depreciation is %1 thousand yen (period ending %2).").replace(
            "%1", thousands_text(detail["ebitda_yen"])).replace("%2", day(detail["period_end"]))
    if kind == "working_capital_up":
        return translate("office", "Working capital period rose from %1 to %2 months.").replace(
            "%1", str(detail["from"])).replace("%2", str(detail["to"]))
    if kind == "no_session":
        if detail.get("last_session") is None:
            return translate("office", "%1 actions are open and there has been no session.").replace(
                "%1", str(detail["open_actions"]))
        return translate("office", "%1 actions are open; the last session was %2 (over %3 months ago).").replace(
            "%1", str(detail["open_actions"])).replace("%2", day(detail["last_session"])).replace(
            "%3", str(detail["months"]))
    return kind
