"""One read of everything the office figures need, grouped by company.

A few queries over the whole file (not one per company), so the yearly report and the
early warnings of 10,000 companies take a fraction of a second. Trashed companies and
trashed rows are left out.

Dates: a row's own date (面談日, 紹介日, 決算期末) is used as typed; where only a
timestamp exists (when 決算 figures were entered, when a 課題 was marked 解決) it is
read as a date in Japan time (UTC+9), so the fiscal year a figure falls into is the
same on every laptop and on the hub.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any, Callable

from banso_desktop.store.companies import UNASSIGNED
from banso_desktop.store.database import dict_rows

JST = timezone(timedelta(hours=9))


def jst_date(timestamp: str | None) -> date | None:
    """The Japan-time date of a stored UTC timestamp (``2025-03-31T15:00:00Z`` is 4/1)."""
    if not timestamp:
        return None
    try:
        moment = datetime.fromisoformat(timestamp.replace("Z", "+00:00"))
    except ValueError:
        try:
            return date.fromisoformat(timestamp[:10])
        except ValueError:
            return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(JST).date()


def iso_date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


@dataclass
class CompanyHistory:
    """One company's rows, oldest first."""

    company: dict[str, Any]
    periods: list[dict[str, Any]] = field(default_factory=list)   # by period_end
    sessions: list[dict[str, Any]] = field(default_factory=list)  # by date, with "day"
    actions: list[dict[str, Any]] = field(default_factory=list)   # with "made" (date)
    referrals: list[dict[str, Any]] = field(default_factory=list)
    issues: list[dict[str, Any]] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.company["id"]

    @property
    def consultant_id(self) -> str | None:
        """The consultant the company is assigned to (担当), or None."""
        return self.company.get("assigned_consultant_id") or None

    @property
    def name(self) -> str:
        return self.company["name"]

    def plan_date(self) -> date | None:
        """When the company's first 施策 was agreed: the first plan (事業計画策定)."""
        days = [a["made"] for a in self.actions if a["made"] is not None]
        return min(days) if days else None

    def periods_until(self, last_day: date | None = None) -> list[dict[str, Any]]:
        """The periods whose figures are entered (売上高 at least) and that had closed by
        ``last_day`` (oldest first). A period just added with 決算期を追加 and still empty
        is not yet the company's latest: it would read as a collapse to nothing."""
        return [p for p in self.periods
                if p.get("sales_yen") is not None and (last_day is None or p["end"] <= last_day)]


_COMPANY_COLUMNS = ("id, name, name_kana, industry_code, scale_override, employees, "
                    "assigned_consultant_id")


@dataclass(frozen=True)
class Scope:
    """One consultant's companies (担当), or nobody's (``UNASSIGNED``), as a report names them."""

    consultant_id: str  # a consultant's id, or UNASSIGNED
    name: str = ""  # as recorded; "" when the person has no name yet
    mine: bool = False  # this laptop's own consultant

    def label(self, translate: Callable[[str, str], str]) -> str:
        """The name printed on a report, in ``translate``'s language."""
        if self.consultant_id == UNASSIGNED:
            return translate("office", "Unassigned")
        if self.name:
            return self.name
        return translate("office", "Mine") if self.mine else translate("office", "(no name)")

    def to_json(self) -> dict[str, Any]:
        unassigned = self.consultant_id == UNASSIGNED
        return {"id": None if unassigned else self.consultant_id, "name": self.name or None, "unassigned": unassigned}


def scope_of(store, consultant: str | None) -> Scope | None:
    """The Scope of a consultant's id (or UNASSIGNED); None for every company or an id not
    in the file."""
    if not consultant:
        return None
    if consultant == UNASSIGNED:
        return Scope(UNASSIGNED)
    person = store.people.consultant(consultant)
    if person is None:
        return None
    return Scope(person.id, (person.name or "").strip(), person.id == store.local_consultant_id)


def for_consultant(histories: dict[str, CompanyHistory], consultant: str | None) -> dict[str, CompanyHistory]:
    """The histories of one consultant's companies (``UNASSIGNED``: of nobody's), as the
    company list filters them; all of them for None."""
    if not consultant:
        return histories
    wanted = None if consultant == UNASSIGNED else consultant
    return {cid: h for cid, h in histories.items() if h.consultant_id == wanted}


def load_history(conn: sqlite3.Connection, company_ids: list[str] | None = None) -> dict[str, CompanyHistory]:
    """Every live company's history (or only those of ``company_ids``), keyed by id,
    in フリガナ order."""
    where, args = "", ()
    if company_ids is not None:
        marks = ",".join("?" * len(company_ids))
        where, args = f" AND company_id IN ({marks})", tuple(company_ids)
    only = f" AND id IN ({','.join('?' * len(company_ids))})" if company_ids is not None else ""
    # One read transaction: a sync committing between the queries cannot mix two states.
    begun = not conn.in_transaction
    if begun:
        conn.execute("BEGIN")
    try:
        return _load(conn, where, only, args)
    finally:
        if begun:
            conn.execute("COMMIT")


def _load(conn: sqlite3.Connection, where: str, only: str, args: tuple) -> dict[str, CompanyHistory]:
    companies = dict_rows(conn.execute(
        f"SELECT {_COMPANY_COLUMNS} FROM company WHERE deleted_at IS NULL{only} ORDER BY name_kana, name, id", args))
    out = {c["id"]: CompanyHistory(c) for c in companies}

    def rows(sql: str) -> list[dict[str, Any]]:
        return [r for r in dict_rows(conn.execute(sql, args)) if r["company_id"] in out]

    for p in rows("SELECT * FROM fiscal_period WHERE deleted_at IS NULL" + where + " ORDER BY company_id, period_end"):
        p["end"] = iso_date(p["period_end"])
        p["entered"] = jst_date(p["created_at"])
        if p["end"] is not None:
            out[p["company_id"]].periods.append(p)
    sessions = rows("SELECT id, company_id, date, status, stage, theme FROM session WHERE deleted_at IS NULL"
                    + where + " ORDER BY company_id, date, start_time, id")
    session_day: dict[str, date] = {}
    for s in sessions:
        s["day"] = iso_date(s["date"])
        if s["day"] is None:
            continue
        session_day[s["id"]] = s["day"]
        out[s["company_id"]].sessions.append(s)
    # A 施策 in the plan: live and under a live 課題 (or none), as the plan tab counts it.
    for a in rows("SELECT id, company_id, session_id, what, status, due_date, created_at FROM action a"
                  " WHERE deleted_at IS NULL AND (issue_id IS NULL OR EXISTS (SELECT 1 FROM issue i"
                  " WHERE i.id = a.issue_id AND i.deleted_at IS NULL))" + where + " ORDER BY company_id, position"):
        # A 施策 is made on the day of the session it was agreed in (or when it was typed).
        a["made"] = session_day.get(a["session_id"]) or jst_date(a["created_at"])
        out[a["company_id"]].actions.append(a)
    for r in rows("SELECT id, company_id, date, institution, category, outcome, outcome_date FROM referral"
                  " WHERE deleted_at IS NULL" + where + " ORDER BY company_id, date, id"):
        r["day"], r["closed"] = iso_date(r["date"]), iso_date(r["outcome_date"])
        out[r["company_id"]].referrals.append(r)
    for i in rows("SELECT id, company_id, title, status, status_changed_at FROM issue"
                  " WHERE deleted_at IS NULL" + where + " ORDER BY company_id, position"):
        i["changed"] = jst_date(i["status_changed_at"])
        out[i["company_id"]].issues.append(i)
    return out

