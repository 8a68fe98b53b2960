"""面談 (sessions), their notes, and the 課題 / 施策 decided in them.

A session is ``open`` while its interview runs and ``closed`` once its summary is
done. Notes are written as they are typed (one row per note, its body updated by
autosave); "send to" copies a note into a ロカベン or design-sheet field, or makes a
課題 of it, and records where it went on the note.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from banso_desktop.domain.interview import (
    ACTION_FIELDS,
    ISSUE_FIELDS,
    NOTE_FIELDS,
    SELF_RELIANCE_ITEMS,
    SESSION_FIELDS,
    SendTarget,
    self_reliance_total,
)
from banso_desktop.store.database import dict_rows

if TYPE_CHECKING:
    from banso_desktop.store.database import Store


@dataclass(frozen=True)
class SessionSummary:
    id: str
    date: str
    start_time: str | None
    end_time: str | None
    place_kind: str | None
    theme: str
    attendees: list[dict[str, str]]
    consultant_name: str
    note_count: int
    status: str = "closed"
    next_visit_date: str | None = None
    summary: str = ""
    self_reliance: dict[str, int | None] = field(default_factory=dict)

    @property
    def self_reliance_total(self) -> int | None:
        return self_reliance_total(self.self_reliance)


def _check(fields, allowed: frozenset[str], what: str) -> None:
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"not {what} fields: {sorted(unknown)}")


class Sessions:
    """面談 and their notes, 課題 and 施策."""

    def __init__(self, store: "Store") -> None:
        self.store = store

    # --- sessions -----------------------------------------------------------------

    _SR = ", ".join(f"s.sr_{k}" for k in SELF_RELIANCE_ITEMS)
    _SUMMARY = f"""
        SELECT s.id, s.date, s.start_time, s.end_time, s.place_kind, s.theme, s.attendees,
               coalesce(k.name, ''),
               (SELECT count(*) FROM note n WHERE n.session_id = s.id AND n.deleted_at IS NULL),
               s.status, s.next_visit_date, s.summary, {_SR}
        FROM session s LEFT JOIN consultant k ON k.id = s.consultant_id
        WHERE {{where}} AND s.deleted_at IS NULL
        ORDER BY s.date DESC, s.start_time DESC
    """

    def _summaries(self, where: str, value: str) -> list[SessionSummary]:
        cur = self.store.conn.execute(self._SUMMARY.format(where=where), (value,))
        return [
            SessionSummary(
                r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6] or "[]"), r[7], r[8],
                r[9], r[10], r[11], dict(zip(SELF_RELIANCE_ITEMS, r[12:])),
            )
            for r in cur
        ]

    def for_company(self, company_id: str) -> list[SessionSummary]:
        """Live sessions of a company, newest first, with how many notes each holds."""
        return self._summaries("s.company_id = ?", company_id)

    def summary(self, session_id: str) -> SessionSummary | None:
        """One live session's summary."""
        found = self._summaries("s.id = ?", session_id)
        return found[0] if found else None

    def get(self, session_id: str) -> dict[str, Any] | None:
        """One live session's row (attendees decoded)."""
        rows = dict_rows(self.store.conn.execute(
            "SELECT * FROM session WHERE id = ? AND deleted_at IS NULL", (session_id,)
        ))
        if not rows:
            return None
        row = rows[0]
        row["attendees"] = json.loads(row["attendees"] or "[]")
        return row

    def start(self, company_id: str, date: str, *, start_time: str | None = None,
              place_kind: str | None = None, attendees: list[dict[str, str]] | None = None,
              theme: str = "", stage: str = "P0", session_id: str | None = None) -> str:
        """Begin a session now (status open, the timer starts); returns its id."""
        return self.store.insert_row("session", {
            "company_id": company_id, "consultant_id": self.store.local_consultant_id or None,
            "date": date, "start_time": start_time, "place_kind": place_kind,
            "attendees": json.dumps(attendees or [], ensure_ascii=False), "theme": theme,
            "stage": stage, "status": "open", "started_at": self.store.now(),
        }, session_id)

    def update(self, session_id: str, changes: dict[str, Any]) -> bool:
        """Store changed session fields; False when the session is gone."""
        _check(changes, SESSION_FIELDS, "session")
        if "attendees" in changes and not isinstance(changes["attendees"], str):
            changes = {**changes, "attendees": json.dumps(changes["attendees"], ensure_ascii=False)}
        return self.store.update_row("session", session_id, changes)

    def close(self, session_id: str, end_time: str | None) -> bool:
        """End the interview: status closed, with its end time (a session closed before
        and reopened later keeps the end time it had)."""
        with self.store.write() as conn:
            row = conn.execute("SELECT end_time FROM session WHERE id = ?", (session_id,)).fetchone()
            end = row[0] if row and row[0] else end_time
            return self.store.update_row("session", session_id, {"status": "closed", "end_time": end})

    def reopen(self, session_id: str) -> bool:
        """Carry on with a closed session (its summary stays)."""
        return self.store.update_row("session", session_id, {"status": "open"})

    def delete(self, session_id: str) -> bool:
        """Remove a session with its notes (tombstones)."""
        with self.store.write() as conn:
            now = self.store.now()
            conn.execute(
                "UPDATE note SET deleted_at = ?, updated_at = ?, updated_by = ?"
                " WHERE session_id = ? AND deleted_at IS NULL",
                (now, now, self.store.local_consultant_id, session_id),
            )
            return self.store.tombstone("session", session_id)

    def open_sessions(self, company_id: str | None = None) -> list[dict[str, Any]]:
        """Interviews not closed yet (of one company or all), newest first."""
        where, args = ("AND s.company_id = ?", (company_id,)) if company_id else ("", ())
        return dict_rows(self.store.conn.execute(
            "SELECT s.id, s.company_id, s.date, s.start_time, s.theme, c.name AS company_name"
            " FROM session s JOIN company c ON c.id = s.company_id"
            f" WHERE s.status = 'open' AND s.deleted_at IS NULL AND c.deleted_at IS NULL {where}"
            " ORDER BY s.date DESC, s.started_at DESC",
            args,
        ))

    # --- notes ------------------------------------------------------------------------

    def notes(self, session_id: str) -> list[dict[str, Any]]:
        """Live notes of a session in the order they were written."""
        return dict_rows(
            self.store.conn.execute(
                "SELECT id, stage, kind, body, issue_side, wall, linked_to, created_at FROM note"
                " WHERE session_id = ? AND deleted_at IS NULL ORDER BY position",
                (session_id,),
            )
        )

    def note(self, note_id: str) -> dict[str, Any] | None:
        rows = dict_rows(self.store.conn.execute(
            "SELECT id, session_id, company_id, stage, kind, body, issue_side, wall, linked_to, created_at"
            " FROM note WHERE id = ? AND deleted_at IS NULL", (note_id,),
        ))
        return rows[0] if rows else None

    def add_note(self, session_id: str, *, kind: str = "note", body: str = "", stage: str | None = None,
                 issue_side: str | None = None, wall: str | None = None,
                 note_id: str | None = None) -> str:
        """Append a note to a session; returns its id."""
        store = self.store
        with store.write() as conn:
            row = conn.execute(
                "SELECT company_id, stage, (SELECT max(position) FROM note WHERE session_id = s.id)"
                " FROM session s WHERE id = ? AND deleted_at IS NULL", (session_id,),
            ).fetchone()
            if row is None:
                raise LookupError(f"session {session_id} is not in the database")
            company_id, session_stage, last = row
            return store.insert_row("note", {
                "session_id": session_id, "company_id": company_id, "position": (last or 0.0) + 1.0,
                "stage": stage or session_stage, "kind": kind, "body": body,
                "issue_side": issue_side, "wall": wall,
            }, note_id)

    def update_note(self, note_id: str, changes: dict[str, Any]) -> bool:
        _check(changes, NOTE_FIELDS, "note")
        return self.store.update_row("note", note_id, changes)

    def delete_note(self, note_id: str) -> bool:
        return self.store.tombstone("note", note_id)

    def send_note(self, note_id: str, target: SendTarget, *, move: bool = False,
                  issue: dict[str, Any] | None = None) -> str | None:
        """Put a note's text where it belongs and record the link on the note.

        ``rokaben:<key>`` and ``design:<key>`` append the text to that field (on a new
        line); ``issue`` creates a 課題 from ``issue`` (title, wall, side, owner's words)
        and returns its id. With ``move`` the note leaves the session's log.
        """
        store = self.store
        with store.write():
            note = self.note(note_id)
            if note is None:
                raise LookupError(f"note {note_id} is not in the database")
            company_id, text = note["company_id"], note["body"].strip()
            made = None
            if target.kind == "rokaben":
                current = store.rokaben.texts(company_id).get(target.key, "")
                store.rokaben.set_text(company_id, target.key, _append(current, text))
                link = target.ref
            elif target.kind == "design":
                sheet_id = store.design.current_sheet(company_id)
                if sheet_id is None:
                    # This year's sheet starts from the newest earlier one, as 新しい年を作る does.
                    from datetime import date

                    earlier = [s["year"] for s in store.design.sheets(company_id) if s["year"] < date.today().year]
                    sheet_id = store.design.create_year(company_id, date.today().year,
                                                        copy_from_year=max(earlier) if earlier else None)
                current = store.design.texts(sheet_id).get(target.key, "")
                store.design.set_text(sheet_id, target.key, _append(current, text))
                link = target.ref
            else:
                values = {"title": text, "issue_side": note["issue_side"], "wall": note["wall"],
                          "owner_words": text if note["kind"] == "owner_quote" else ""}
                values.update(issue or {})
                made = self.add_issue(company_id, note["session_id"], note_id=note_id, **values)
                link = f"issue:{made}"
            links = (note["linked_to"] or "").split()
            changes: dict[str, Any] = {"linked_to": " ".join(links + [link] if link not in links else links)}
            if move:
                changes["deleted_at"] = store.now()
            store.update_row("note", note_id, changes)
            return made

    # --- 課題 and 施策 ----------------------------------------------------------------

    def _next_position(self, table: str, company_id: str) -> float:
        row = self.store.conn.execute(
            f"SELECT max(position) FROM {table} WHERE company_id = ?", (company_id,)
        ).fetchone()
        return (row[0] or 0.0) + 1.0

    def _add_with_status(self, table: str, fields: frozenset[str], row_id: str | None,
                         row: dict[str, Any], values: dict[str, Any]) -> str:
        """Insert a 課題 or 施策 at the end of its company's list (its status dated)."""
        _check(values, fields, table)
        store = self.store
        with store.write():
            if "status" in values:
                values = {**values, "status_changed_at": store.now()}
            return store.insert_row(table, {
                **row, "position": self._next_position(table, row["company_id"]), **values,
            }, row_id)

    def _update_with_status(self, table: str, fields: frozenset[str], row_id: str,
                            changes: dict[str, Any]) -> bool:
        """Store changed fields; a status that really changes is dated (an autosave
        resending the same status leaves its date alone)."""
        _check(changes, fields, table)
        store = self.store
        with store.write() as conn:
            if "status" in changes:
                row = conn.execute(f"SELECT status FROM {table} WHERE id = ?", (row_id,)).fetchone()
                if row is None or row[0] != changes["status"]:
                    changes = {**changes, "status_changed_at": store.now()}
            return store.update_row(table, row_id, changes)

    def add_issue(self, company_id: str, session_id: str | None, *, note_id: str | None = None,
                  issue_id: str | None = None, **values: Any) -> str:
        """A new 課題 of a company, raised in ``session_id``; returns its id."""
        return self._add_with_status("issue", ISSUE_FIELDS, issue_id, {
            "company_id": company_id, "session_id": session_id, "note_id": note_id}, values)

    def update_issue(self, issue_id: str, changes: dict[str, Any]) -> bool:
        return self._update_with_status("issue", ISSUE_FIELDS, issue_id, changes)

    def issues(self, company_id: str, session_id: str | None = None) -> list[dict[str, Any]]:
        """Live 課題 of a company (or only those raised in one session), in order."""
        where, args = ("AND session_id = ?", (company_id, session_id)) if session_id else ("", (company_id,))
        return dict_rows(self.store.conn.execute(
            "SELECT id, session_id, note_id, title, issue_side, wall, owner_words, status, status_changed_at"
            f" FROM issue WHERE company_id = ? AND deleted_at IS NULL {where} ORDER BY position",
            args,
        ))

    def add_action(self, company_id: str, session_id: str | None, *, action_id: str | None = None,
                   **values: Any) -> str:
        """A new 施策 (who does what by when); returns its id."""
        return self._add_with_status("action", ACTION_FIELDS, action_id, {
            "company_id": company_id, "session_id": session_id}, values)

    def update_action(self, action_id: str, changes: dict[str, Any]) -> bool:
        return self._update_with_status("action", ACTION_FIELDS, action_id, changes)

    def actions(self, company_id: str, session_id: str | None = None) -> list[dict[str, Any]]:
        """Live 施策 of a company (or only those decided in one session), in order."""
        where, args = ("AND session_id = ?", (company_id, session_id)) if session_id else ("", (company_id,))
        return dict_rows(self.store.conn.execute(
            "SELECT id, session_id, issue_id, what, owner_role, owner_name, due_date, status, status_changed_at"
            f" FROM action WHERE company_id = ? AND deleted_at IS NULL {where} ORDER BY position",
            args,
        ))

    def remove(self, table: str, row_id: str) -> bool:
        """Delete a 課題 or 施策 (a tombstone)."""
        if table not in ("issue", "action"):
            raise ValueError(table)
        return self.store.tombstone(table, row_id)

    # --- everything about one session, for the CLI and the timeline ----------------------

    def export(self, company_id: str) -> list[dict[str, Any]]:
        """Every live session of a company, oldest first, with its notes, 課題 and 施策."""
        issues, actions = self.issues(company_id), self.actions(company_id)
        out = []
        for s in reversed(self.for_company(company_id)):
            out.append({
                "id": s.id, "date": s.date, "start_time": s.start_time, "end_time": s.end_time,
                "place_kind": s.place_kind, "attendees": s.attendees, "consultant": s.consultant_name,
                "theme": s.theme, "status": s.status, "summary": s.summary,
                "next_visit_date": s.next_visit_date,
                "self_reliance": {**s.self_reliance, "total": s.self_reliance_total},
                "notes": [
                    {"id": n["id"], "stage": n["stage"], "kind": n["kind"], "text": n["body"],
                     "issue_side": n["issue_side"], "wall": n["wall"], "linked_to": n["linked_to"],
                     "created_at": n["created_at"]}
                    for n in self.notes(s.id)
                ],
                "issues": [i for i in issues if i["session_id"] == s.id],
                "actions": [a for a in actions if a["session_id"] == s.id],
            })
        return out


def _append(current: str, text: str) -> str:
    """Add a paragraph to a field's text (a paragraph already there is not doubled)."""
    if not current.strip():
        return text
    if text in (line.strip() for line in current.splitlines()):
        return current
    return current.rstrip("\n") + "\n" + text
