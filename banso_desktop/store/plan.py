"""The action plan's KPIs, referrals (とりつなぎ) tracked to their outcome, the office's
contacts for the referral map, and the views across companies: what is due or overdue,
the next visits, referrals waiting for a follow-up (DOMAIN.md §7–§9).

課題 and 施策 themselves are written by :mod:`banso_desktop.store.sessions`; a 施策 whose
課題 was removed leaves the plan with it (and comes back when the 課題 is restored).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from banso_desktop.domain.plan import (
    OPEN_ACTION_STATUSES,
    decimal_text,
    due_state,
    is_overdue,
    kpi_decimal,
    referral_needs_attention,
    value_added_series,
)
from banso_desktop.store.database import dict_rows

if TYPE_CHECKING:
    from banso_desktop.store.database import Store

KPI_FIELDS = frozenset({"name", "unit", "baseline", "target"})
ACTUAL_FIELDS = frozenset({"as_of", "value"})
REFERRAL_FIELDS = frozenset({
    "date", "issue_id", "session_id", "category", "institution", "contact", "reason", "consent",
    "follow_up_date", "outcome", "outcome_date",
})
REMOVABLE = ("kpi", "kpi_actual", "referral", "referral_contact", "issue", "action")

_DATE_FIELDS = frozenset({"date", "as_of", "follow_up_date", "outcome_date"})
_TEXT_FIELDS = frozenset({"name", "unit", "institution", "contact", "reason", "outcome"})  # NOT NULL ''
_DECIMAL_FIELDS = frozenset({"baseline", "target", "value"})
_OPEN = "('" + "', '".join(OPEN_ACTION_STATUSES) + "')"
# A 施策 in the plan: live, of a live company, and under a live 課題 (or none).
_LIVE_ACTION = (
    "a.deleted_at IS NULL AND c.deleted_at IS NULL"
    " AND (a.issue_id IS NULL OR EXISTS"
    " (SELECT 1 FROM issue i WHERE i.id = a.issue_id AND i.deleted_at IS NULL))"
)
_REFERRAL_COLUMNS = (
    "r.id, r.company_id, r.issue_id, r.session_id, r.date, r.category, r.institution, r.contact,"
    " r.reason, r.consent, r.follow_up_date, r.outcome, r.outcome_date"
)


def _check(fields, allowed: frozenset[str], what: str) -> None:
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"not {what} fields: {sorted(unknown)}")


def _iso_date(value: Any, field: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    try:
        date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{field} is not an ISO date: {value!r}") from None
    return text


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    """Values as the columns keep them: ISO dates, decimal text, 0/1, '' for no text."""
    out = {}
    for name, value in values.items():
        if name in _DATE_FIELDS:
            value = _iso_date(value, name)
        elif name in _DECIMAL_FIELDS:
            value = kpi_decimal(value)
        elif name in _TEXT_FIELDS:
            value = "" if value is None else str(value)
        elif name == "consent":
            value = 1 if value else 0
        elif name in ("category", "issue_id", "session_id") and value == "":
            value = None
        out[name] = value
    return out


def _referral(row: dict[str, Any]) -> dict[str, Any]:
    row["consent"] = bool(row["consent"])
    return row


def _json_safe(value: Any) -> Any:
    if isinstance(value, Decimal):
        return decimal_text(value)
    if isinstance(value, dict):
        return {k: _json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_safe(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


class Plan:
    """KPIs with their actuals, referrals, office contacts, and the plan across companies."""

    def __init__(self, store: "Store") -> None:
        self.store = store

    # --- KPIs ------------------------------------------------------------------------------

    def kpis(self, company_id: str) -> list[dict[str, Any]]:
        """Live KPIs of the company's live 施策, in the 施策' order and then their own,
        each with its live actuals oldest first."""
        conn = self.store.conn
        kpis = dict_rows(conn.execute(
            "SELECT k.id, k.action_id, k.name, k.unit, k.baseline, k.target FROM kpi k"
            " JOIN action a ON a.id = k.action_id"
            " WHERE k.company_id = ? AND k.deleted_at IS NULL AND a.deleted_at IS NULL"
            " ORDER BY a.position, k.position",
            (company_id,),
        ))
        actuals: dict[str, list[dict[str, Any]]] = {k["id"]: [] for k in kpis}
        for row in dict_rows(conn.execute(
            "SELECT id, kpi_id, as_of, value FROM kpi_actual WHERE company_id = ? AND deleted_at IS NULL"
            " ORDER BY as_of, created_at",
            (company_id,),
        )):
            if row["kpi_id"] in actuals:
                actuals[row.pop("kpi_id")].append(row)
        for k in kpis:
            k["actuals"] = actuals[k["id"]]
        return kpis

    def add_kpi(self, action_id: str, *, name: str = "", unit: str = "", baseline: Any = None,
                target: Any = None, kpi_id: str | None = None) -> str:
        """A new KPI of a live 施策 (its company taken from the 施策); returns its id."""
        store = self.store
        with store.write() as conn:
            row = conn.execute(
                "SELECT company_id, (SELECT max(position) FROM kpi WHERE action_id = a.id)"
                " FROM action a WHERE id = ? AND deleted_at IS NULL",
                (action_id,),
            ).fetchone()
            if row is None:
                raise LookupError(f"action {action_id} is not in the database")
            company_id, last = row
            return store.insert_row("kpi", {
                "action_id": action_id, "company_id": company_id, "position": (last or 0.0) + 1.0,
                **_clean({"name": name, "unit": unit, "baseline": baseline, "target": target}),
            }, kpi_id)

    def update_kpi(self, kpi_id: str, changes: dict[str, Any]) -> bool:
        """Store changed KPI fields (name, unit, baseline, target); False when it is gone."""
        _check(changes, KPI_FIELDS, "KPI")
        return self.store.update_row("kpi", kpi_id, _clean(changes))

    def add_actual(self, kpi_id: str, as_of: str | date, value: Any, actual_id: str | None = None) -> str:
        """A KPI's actual value on a day; returns its id."""
        store = self.store
        values = _clean({"as_of": as_of, "value": value})
        if values["as_of"] is None or values["value"] is None:
            raise ValueError("an actual needs a date and a value")
        with store.write() as conn:
            row = conn.execute(
                "SELECT company_id FROM kpi WHERE id = ? AND deleted_at IS NULL", (kpi_id,)
            ).fetchone()
            if row is None:
                raise LookupError(f"KPI {kpi_id} is not in the database")
            return store.insert_row("kpi_actual", {"kpi_id": kpi_id, "company_id": row[0], **values}, actual_id)

    def update_actual(self, actual_id: str, changes: dict[str, Any]) -> bool:
        """Store a changed date or value of an actual; False when it is gone."""
        _check(changes, ACTUAL_FIELDS, "KPI actual")
        values = _clean(changes)
        if any(v is None for v in values.values()):
            raise ValueError("an actual needs a date and a value")
        return self.store.update_row("kpi_actual", actual_id, values)

    # --- removing and restoring (undo) ------------------------------------------------------

    def remove(self, table: str, row_id: str) -> bool:
        """Delete a KPI, an actual, a referral, a contact (or a 課題 / 施策): a tombstone."""
        if table not in REMOVABLE:
            raise ValueError(table)
        return self.store.tombstone(table, row_id)

    def restore(self, table: str, row_id: str) -> bool:
        """Bring back a removed row (undo); False when there is no such row."""
        if table not in REMOVABLE:
            raise ValueError(table)
        store = self.store
        with store.write() as conn:
            if conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)).fetchone() is None:
                return False
            conn.execute(
                f"UPDATE {table} SET deleted_at = NULL, updated_at = ?, updated_by = ?"
                " WHERE id = ? AND deleted_at IS NOT NULL",
                (store.now(), store.local_consultant_id, row_id),
            )
            return True

    # --- referrals ------------------------------------------------------------------------------

    def referrals(self, company_id: str) -> list[dict[str, Any]]:
        """Live referrals of a company, newest first (consent as a bool)."""
        return [_referral(r) for r in dict_rows(self.store.conn.execute(
            f"SELECT {_REFERRAL_COLUMNS} FROM referral r WHERE r.company_id = ? AND r.deleted_at IS NULL"
            " ORDER BY r.date DESC, r.created_at DESC",
            (company_id,),
        ))]

    def add_referral(self, company_id: str, *, date: str | Any, referral_id: str | None = None,
                     **values: Any) -> str:
        """Record a referral made on ``date``; returns its id."""
        _check(values, REFERRAL_FIELDS - {"date"}, "referral")
        row = _clean({"date": date, **values})
        if row["date"] is None:
            raise ValueError("a referral needs its date")
        return self.store.insert_row("referral", {"company_id": company_id, **row}, referral_id)

    def update_referral(self, referral_id: str, changes: dict[str, Any]) -> bool:
        """Store changed referral fields; False when it is gone."""
        _check(changes, REFERRAL_FIELDS, "referral")
        values = _clean(changes)
        if "date" in values and values["date"] is None:
            raise ValueError("a referral needs its date")
        return self.store.update_row("referral", referral_id, values)

    def needing_attention(self, today: date) -> list[dict[str, Any]]:
        """Referrals of live companies past their follow-up date without an outcome,
        oldest follow-up first, with ``company_name``."""
        rows = dict_rows(self.store.conn.execute(
            f"SELECT {_REFERRAL_COLUMNS}, c.name AS company_name"
            " FROM referral r JOIN company c ON c.id = r.company_id"
            " WHERE r.deleted_at IS NULL AND c.deleted_at IS NULL"
            " AND r.follow_up_date IS NOT NULL AND r.follow_up_date < ?"
            " AND r.outcome_date IS NULL"
            " ORDER BY r.follow_up_date, r.date, c.name",
            (today.isoformat(),),
        ))
        return [_referral(r) for r in rows if referral_needs_attention(r, today)]

    # --- across companies: the "today" view ------------------------------------------------------

    def due_actions(self, today: date, within_days: int = 14) -> list[dict[str, Any]]:
        """Open 施策 (未着手 / 進行中) of live companies due by ``today + within_days``,
        overdue first, then by due date; each with ``company_name``, ``issue_title`` and
        ``state`` ('overdue' or 'due_soon')."""
        rows = dict_rows(self.store.conn.execute(
            "SELECT a.id, a.company_id, c.name AS company_name, a.issue_id,"
            " (SELECT title FROM issue WHERE id = a.issue_id) AS issue_title, a.session_id,"
            " a.what, a.owner_role, a.owner_name, a.due_date, a.status"
            " FROM action a JOIN company c ON c.id = a.company_id"
            f" WHERE {_LIVE_ACTION} AND a.status IN {_OPEN}"
            " AND a.due_date IS NOT NULL AND a.due_date <= ?"
            " ORDER BY a.due_date, c.name, a.position",
            (_shift(today, within_days).isoformat(),),
        ))
        out = []
        for row in rows:
            state = due_state(row, today, soon_days=within_days)
            if state is not None:
                out.append({**row, "state": state})
        out.sort(key=lambda r: r["state"] != "overdue")  # stable: by due date within each
        return out

    def next_visits(self, today: date, within_days: int = 30) -> list[dict[str, Any]]:
        """For each live company, the next visit its latest session planned, when it falls
        from a week ago (a missed visit) to ``within_days`` ahead; by date."""
        return dict_rows(self.store.conn.execute(
            "SELECT s.company_id, c.name AS company_name, s.id AS session_id, s.date AS session_date,"
            " s.theme, s.next_visit_date"
            " FROM session s JOIN company c ON c.id = s.company_id"
            " WHERE s.deleted_at IS NULL AND c.deleted_at IS NULL"
            " AND s.next_visit_date BETWEEN ? AND ?"
            " AND s.id = (SELECT l.id FROM session l WHERE l.company_id = s.company_id"
            "   AND l.deleted_at IS NULL ORDER BY l.date DESC, l.start_time DESC, l.created_at DESC LIMIT 1)"
            " ORDER BY s.next_visit_date, c.name",
            (_shift(today, -7).isoformat(), _shift(today, within_days).isoformat()),
        ))

    def overdue_count(self, company_id: str, today: date) -> int:
        """How many of the company's open 施策 are past their due date."""
        return self.store.conn.execute(
            "SELECT count(*) FROM action a JOIN company c ON c.id = a.company_id"
            f" WHERE a.company_id = ? AND {_LIVE_ACTION} AND a.status IN {_OPEN}"
            " AND a.due_date IS NOT NULL AND a.due_date < ?",
            (company_id, today.isoformat()),
        ).fetchone()[0]

    # --- the office's contacts for the referral map ------------------------------------------------

    def contacts(self) -> list[dict[str, Any]]:
        """The local organisation's live contacts, by category and institution."""
        return dict_rows(self.store.conn.execute(
            "SELECT id, category, institution, contact FROM referral_contact"
            " WHERE organization_id IS ? AND deleted_at IS NULL ORDER BY category, institution",
            (self.store.people.local_organization_id(),),
        ))

    def set_contact(self, category: str, institution: str, contact: str) -> str:
        """Set the office's contact for an institution of a category; returns the row's id."""
        store = self.store
        org = store.people.local_organization_id()
        with store.write() as conn:
            found = conn.execute(
                "SELECT id FROM referral_contact WHERE organization_id IS ? AND category = ?"
                " AND institution = ? AND deleted_at IS NULL",
                (org, category, institution),
            ).fetchone()
            if found:
                store.update_row("referral_contact", found[0], {"contact": contact})
                return found[0]
            return store.insert_row("referral_contact", {
                "organization_id": org, "category": category, "institution": institution,
                "contact": contact,
            })

    # --- everything, for the CLI and the owner's PDF ---------------------------------------------------

    def export(self, company_id: str, today: date | None = None) -> dict[str, Any]:
        """The company's plan as JSON-safe data: 課題 with their 施策 (each with its KPIs
        and whether it is overdue on ``today``), 施策 without a 課題, referrals, the design
        sheet and 付加価値額 per period."""
        store = self.store
        today = today or date.today()
        kpis: dict[str, list[dict[str, Any]]] = {}
        for k in self.kpis(company_id):
            kpis.setdefault(k["action_id"], []).append(k)
        issues = store.sessions.issues(company_id)
        live_issues = {i["id"] for i in issues}
        by_issue: dict[str | None, list[dict[str, Any]]] = {}
        for a in store.sessions.actions(company_id):
            if a["issue_id"] is not None and a["issue_id"] not in live_issues:
                continue  # its 課題 was removed
            by_issue.setdefault(a["issue_id"], []).append(
                {**a, "kpis": kpis.get(a["id"], []), "overdue": is_overdue(a, today)}
            )
        design = store.design.export(company_id)
        return _json_safe({
            "today": today.isoformat(),
            "issues": [{**i, "actions": by_issue.get(i["id"], [])} for i in issues],
            "actions_without_issue": by_issue.get(None, []),
            "referrals": [
                {**r, "needs_attention": referral_needs_attention(r, today)} for r in self.referrals(company_id)
            ],
            "design_sheet": design,
            "value_added": value_added_series(store.periods.for_company(company_id)),
        })


def _shift(day: date, days: int) -> date:
    """``day`` moved by ``days``, held inside the calendar (9999-12-31 + 14 is 9999-12-31)."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min
