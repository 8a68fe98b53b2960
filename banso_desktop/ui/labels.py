"""Display names for the domain's codes in the interface language, through Qt's translator.

The names themselves live in :mod:`banso_desktop.labels` (Qt-free, shared with the CLI
and the PDFs); this module binds them to the running application.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from banso_desktop.labels import Labels


def language() -> str:
    """The interface language chosen at start-up ('ja' or 'en')."""
    app = QCoreApplication.instance()
    lang = app.property("banso_language") if app else None
    return lang if lang in ("ja", "en") else "ja"


class _AppLabels(Labels):
    @property
    def lang(self) -> str:
        return language()


_labels = _AppLabels(QCoreApplication.translate)

place_kind = _labels.place_kind
note_kind = _labels.note_kind
stage = _labels.stage
wall = _labels.wall
issue_side = _labels.issue_side
attendee_role = _labels.attendee_role
scale = _labels.scale
long_date = _labels.long_date
short_date = _labels.short_date
fiscal_period = _labels.fiscal_period
indicator = _labels.indicator
self_reliance_item = _labels.self_reliance_item
action_role = _labels.action_role
action_status = _labels.action_status
issue_status = _labels.issue_status
session_status = _labels.session_status
wall_key = _labels.wall_key


# --- synced tables and their columns (the conflicts dialog, the unsaved-text file) ---


def table_name(table: str) -> str:
    """A synced table's name for people (conflicts, unsaved text)."""
    return {
        "organization": QCoreApplication.translate("ConflictsDialog", "Organisation"),
        "consultant": QCoreApplication.translate("ConflictsDialog", "Consultant"),
        "benchmark_set": QCoreApplication.translate("ConflictsDialog", "Benchmark table"),
        "referral_contact": QCoreApplication.translate("ConflictsDialog", "Referral contact"),
        "company": QCoreApplication.translate("ConflictsDialog", "Company"),
        "fiscal_period": QCoreApplication.translate("ConflictsDialog", "Financial statements"),
        "session": QCoreApplication.translate("ConflictsDialog", "Session"),
        "note": QCoreApplication.translate("ConflictsDialog", "Session note"),
        "rokaben_text": QCoreApplication.translate("ConflictsDialog", "Local Benchmark"),
        "business_flow_step": QCoreApplication.translate("ConflictsDialog", "Business flow"),
        "commercial_party": QCoreApplication.translate("ConflictsDialog", "Commercial flow"),
        "issue": QCoreApplication.translate("ConflictsDialog", "Issue"),
        "action": QCoreApplication.translate("ConflictsDialog", "Action"),
        "kpi": QCoreApplication.translate("ConflictsDialog", "KPI"),
        "kpi_actual": QCoreApplication.translate("ConflictsDialog", "KPI actual"),
        "referral": QCoreApplication.translate("ConflictsDialog", "Referral"),
        "design_sheet": QCoreApplication.translate("ConflictsDialog", "Design sheet"),
        "design_text": QCoreApplication.translate("ConflictsDialog", "Design sheet"),
        "design_transition": QCoreApplication.translate("ConflictsDialog", "Transition strategy"),
    }.get(table, table)

def field_name(table: str, column: str | None) -> str:
    """A column's name for people (conflicts, unsaved text)."""
    if not column:
        return ""
    if table == "company" and column == "name":
        return QCoreApplication.translate("ConflictsDialog", "Company name")
    names = {
        "name": QCoreApplication.translate("ConflictsDialog", "Name"),
        "name_kana": QCoreApplication.translate("ConflictsDialog", "Reading (katakana)"),
        "corporate_number": QCoreApplication.translate("ConflictsDialog", "Corporate number"),
        "postal_code": QCoreApplication.translate("ConflictsDialog", "Postal code"),
        "address": QCoreApplication.translate("ConflictsDialog", "Address"),
        "representative_title": QCoreApplication.translate("ConflictsDialog", "Representative's title"),
        "representative_name": QCoreApplication.translate("ConflictsDialog", "Representative"),
        "industry_code": QCoreApplication.translate("ConflictsDialog", "Industry"),
        "scale_override": QCoreApplication.translate("ConflictsDialog", "Business scale"),
        "employees": QCoreApplication.translate("ConflictsDialog", "Employees"),
        "capital_yen": QCoreApplication.translate("ConflictsDialog", "Capital (yen)"),
        "fiscal_month": QCoreApplication.translate("ConflictsDialog", "Fiscal year ends in"),
        "founded_year": QCoreApplication.translate("ConflictsDialog", "Founded (year)"),
        "phone": QCoreApplication.translate("ConflictsDialog", "Phone"),
        "email": QCoreApplication.translate("ConflictsDialog", "Email"),
        "assigned_consultant_id": QCoreApplication.translate("ConflictsDialog", "Assigned consultant"),
        "memo": QCoreApplication.translate("ConflictsDialog", "Memo"),
        "body": QCoreApplication.translate("ConflictsDialog", "Text"),
        "title": QCoreApplication.translate("ConflictsDialog", "Issue"),
        "owner_words": QCoreApplication.translate("ConflictsDialog", "Owner's words"),
        "status": QCoreApplication.translate("ConflictsDialog", "Status"),
        "what": QCoreApplication.translate("ConflictsDialog", "What"),
        "owner_role": QCoreApplication.translate("ConflictsDialog", "Who"),
        "owner_name": QCoreApplication.translate("ConflictsDialog", "Person"),
        "due_date": QCoreApplication.translate("ConflictsDialog", "Due"),
        "theme": QCoreApplication.translate("ConflictsDialog", "Theme"),
        "summary": QCoreApplication.translate("ConflictsDialog", "Summary"),
        "date": QCoreApplication.translate("ConflictsDialog", "Date"),
        "next_visit_date": QCoreApplication.translate("ConflictsDialog", "Next visit"),
        "place_kind": QCoreApplication.translate("ConflictsDialog", "Where"),
        "stage": QCoreApplication.translate("ConflictsDialog", "Stage"),
        "kind": QCoreApplication.translate("ConflictsDialog", "Kind"),
        "issue_side": QCoreApplication.translate("ConflictsDialog", "Surface or core"),
        "wall": QCoreApplication.translate("ConflictsDialog", "Wall"),
        "institution": QCoreApplication.translate("ConflictsDialog", "Institution"),
        "contact": QCoreApplication.translate("ConflictsDialog", "Contact"),
        "reason": QCoreApplication.translate("ConflictsDialog", "Reason"),
        "outcome": QCoreApplication.translate("ConflictsDialog", "Outcome"),
        "content": QCoreApplication.translate("ConflictsDialog", "Content"),
        "differentiation": QCoreApplication.translate("ConflictsDialog", "How it differs"),
        "description": QCoreApplication.translate("ConflictsDialog", "Description"),
        "unit": QCoreApplication.translate("ConflictsDialog", "Unit"),
        "baseline": QCoreApplication.translate("ConflictsDialog", "Baseline"),
        "target": QCoreApplication.translate("ConflictsDialog", "Target"),
        "value": QCoreApplication.translate("ConflictsDialog", "Value"),
        "as_of": QCoreApplication.translate("ConflictsDialog", "As of"),
        "by_when": QCoreApplication.translate("ConflictsDialog", "By when"),
        "who": QCoreApplication.translate("ConflictsDialog", "Who"),
        "deleted_at": QCoreApplication.translate("ConflictsDialog", "Deleted"),
        "label": QCoreApplication.translate("ConflictsDialog", "Name"),
        "category": QCoreApplication.translate("ConflictsDialog", "Category"),
    }
    return names.get(column, column)
