"""The laptop side of office sync: the outbox, what was agreed with the hub, pulled rows
and conflicts, over the store's own connection (see the design in ``banso_desktop.sync``).

Nothing here talks to the network: the sync client asks :meth:`LocalSync.outgoing` for
the changes to push, reports what the hub acknowledged (:meth:`LocalSync.mark_acked`,
:meth:`LocalSync.requeue_after`), and hands pulled rows to :meth:`LocalSync.apply_pulled`.

How a push is built (``outgoing``)
---------------------------------
The unpushed outbox entries (in seq order, at most ``limit``) are grouped per row. A
column is in a change's ``fields`` when one of the row's entries changed it (an entry's
``new_json`` differs from its ``old_json``) and its newest value still differs from the
value before this laptop first changed it — that earlier value is the column's
``base``. Columns changed on the row only by pulled hub rows are never in an entry's
diff, so they are never sent back with a stale base. A change of only the bookkeeping
columns (or an edit that was undone) is no change: it is dropped (its entries are
marked ``pushed = 2``). A group that starts with an insert sends the whole row with
``base`` None; a snapshot entry (new hub) sends the whole row with the agreed row
(``sync_base``) as base — the hub must treat a field whose value equals its base as
unchanged by the laptop.

Changes are ordered upserts first, by table in ``SYNCED_TABLES`` order (parents before
children — that order is a topological order of the foreign keys), then by their first
entry; hard deletes come last, children before parents. Ordering by each row's last
entry would send a session before the company it belongs to whenever the company was
edited after the session was added.
"""

from __future__ import annotations

import json
import uuid
import sqlite3
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from banso_desktop.store.migrations import NOW_SQL, UUID4_SQL, json_row_sql, synced_columns
from banso_desktop.sync import BOOKKEEPING, SYNCED_TABLES

if TYPE_CHECKING:
    from banso_desktop.store.database import Store

TABLE_ORDER = {table: i for i, table in enumerate(SYNCED_TABLES)}
CHOICES = ("mine", "theirs", "combined")
# Conflict kinds: reported by the hub, or found here.
HUB_KINDS = ("field", "delete_edit", "edit_delete")
DUPLICATE = "duplicate"  # a pulled row clashes with a local row on a unique key
REJECTED = "rejected"    # a pulled row this file cannot hold (a CHECK or NOT NULL fails)

_STAMPS = ("updated_at", "updated_by")


def _loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def _entries(rows: Iterable[tuple]) -> list[dict[str, Any]]:
    return [
        {"seq": r[0], "change_id": r[1], "table": r[2], "row_id": r[3], "op": r[4],
         "new": _loads(r[5]), "old": _loads(r[6]), "snapshot": bool(r[7])}
        for r in rows
    ]


_ENTRY_COLUMNS = "seq, change_id, table_name, row_id, op, new_json, old_json, snapshot"


def _analyse(entries: list[dict[str, Any]]) -> tuple[bool, bool, dict[str, Any]]:
    """One row's entries in seq order → (starts with an insert, has a snapshot entry,
    {column: its value before this laptop first changed it})."""
    inserted = entries[0]["old"] is None and not entries[0]["snapshot"]
    snapshot = any(e["snapshot"] for e in entries)
    changed: dict[str, Any] = {}
    previous = None  # the row after the previous entry (for a deletion: before it)
    for e in entries:
        old = e["old"] if e["old"] is not None else previous
        if e["op"] == "upsert":
            for column, value in e["new"].items():
                if old is None:
                    changed.setdefault(column, None)
                elif column not in old or old[column] != value:
                    changed.setdefault(column, old.get(column))
            previous = e["new"]
        else:
            previous = old
    return inserted, snapshot, changed


def _coalesce(entries: list[dict[str, Any]]) -> dict[str, Any] | None:
    """One change for one row's entries, or None when they change nothing."""
    first, last = entries[0], entries[-1]
    change = {"change_id": last["change_id"], "seq_from": first["seq"], "seq_to": last["seq"],
              "table": last["table"], "row_id": last["row_id"]}
    inserted, snapshot, changed = _analyse(entries)
    if last["op"] == "delete":
        if inserted:
            base = None  # never reached the hub; the hub ignores it
        else:
            base = {**(last["old"] or {}), **changed}
        return {**change, "op": "delete", "fields": {}, "base": base}
    new = last["new"]
    if inserted or snapshot:
        fields = dict(new)
        base = None if inserted or first["old"] is None else {c: first["old"].get(c) for c in fields}
        return {**change, "op": "upsert", "fields": fields, "base": base}
    fields = {c: new[c] for c, before in changed.items()
              if c not in BOOKKEEPING and c in new and new[c] != before}
    if not fields:
        return None
    for c in BOOKKEEPING:
        if c in new and (c in _STAMPS or (c in changed and new[c] != changed[c])):
            fields[c] = new[c]
    origin = first["old"] or {}
    base = {c: changed[c] if c in changed else origin.get(c) for c in fields}
    return {**change, "op": "upsert", "fields": fields, "base": base}


def _order(change: dict[str, Any]) -> tuple:
    rank = TABLE_ORDER.get(change["table"], len(TABLE_ORDER))
    if change["op"] == "delete":
        return (1, -rank, change["seq_from"])
    return (0, rank, change["seq_from"])


class LocalSync:
    """Sync bookkeeping of one open store (used from the thread that uses the store)."""

    def __init__(self, store: "Store") -> None:
        self.store = store
        self._columns: dict[str, list[str]] = {}
        self._column_sets: dict[str, frozenset[str]] = {}
        self._parents: dict[str, list[tuple[str, str, str]]] = {}

    @property
    def conn(self) -> sqlite3.Connection:
        return self.store.conn

    # --- reading ----------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        """The ``sync_state`` row."""
        cur = self.conn.execute("SELECT * FROM sync_state WHERE id = 1")
        names = [d[0] for d in cur.description]
        return dict(zip(names, cur.fetchone()))

    def pending_count(self) -> int:
        """How many rows have changes waiting to be pushed (20 autosaves of one note
        count once)."""
        (acked,) = self.conn.execute("SELECT acked_seq FROM sync_state").fetchone()
        return self.conn.execute(
            "SELECT count(*) FROM (SELECT DISTINCT table_name, row_id FROM sync_outbox"
            " WHERE seq > ? AND pushed = 0)", (acked,)
        ).fetchone()[0]

    def inbox_count(self) -> int:
        """Pulled rows waiting for their parent row (applied on a later pull)."""
        return self.conn.execute("SELECT count(*) FROM sync_inbox").fetchone()[0]

    def conflicts(self, include_resolved: bool = False) -> list[dict[str, Any]]:
        """Conflicts to show, oldest first; ``mine``/``theirs``/``base`` decoded."""
        where = "" if include_resolved else " WHERE resolved_at IS NULL"
        cur = self.conn.execute(f"SELECT * FROM sync_conflict{where} ORDER BY id")
        names = [d[0] for d in cur.description]
        out = []
        for r in cur.fetchall():
            row = dict(zip(names, r))
            for side in ("mine", "theirs", "base"):
                row[side] = _loads(row.pop(f"{side}_json"))
            out.append(row)
        return out

    def unreported_resolutions(self) -> list[str]:
        """Hub ids of conflicts resolved here that the hub has not been told of yet."""
        return [r[0] for r in self.conn.execute(
            "SELECT hub_id FROM sync_conflict WHERE hub_id IS NOT NULL AND resolved_at IS NOT NULL"
            " AND reported = 0 ORDER BY id"
        )]

    def outgoing(self, limit: int | None = None) -> list[dict[str, Any]]:
        """The next changes to push: the unpushed entries (at most ``limit`` of them, in
        seq order) coalesced per row, parents before children (see the module doc).

        Groups that change nothing are marked ``pushed = 2`` here and left out."""
        conn = self.conn
        (acked,) = conn.execute("SELECT acked_seq FROM sync_state").fetchone()
        sql = f"SELECT {_ENTRY_COLUMNS} FROM sync_outbox WHERE seq > ? AND pushed = 0 ORDER BY seq"
        params: list[Any] = [acked]
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for entry in _entries(conn.execute(sql, params)):
            groups.setdefault((entry["table"], entry["row_id"]), []).append(entry)
        changes, noop = [], []
        for entries in groups.values():
            change = _coalesce(entries)
            if change is None:
                noop.extend(e["seq"] for e in entries)
            else:
                changes.append(change)
        if noop:
            with self.store.write() as w:
                w.executemany("UPDATE sync_outbox SET pushed = 2 WHERE seq = ? AND pushed = 0",
                              [(s,) for s in noop])
        changes.sort(key=_order)
        return changes

    # --- what the hub acknowledged ----------------------------------------------------

    def mark_acked(self, acked_seq: int) -> None:
        """The hub has every entry up to ``acked_seq``: mark them pushed and make each
        acknowledged row's newest state its agreed base (a deletion removes it)."""
        with self.store.write() as conn:
            (current,) = conn.execute("SELECT acked_seq FROM sync_state").fetchone()
            if acked_seq <= current:
                return
            newest = (
                "SELECT max(seq) FROM sync_outbox WHERE seq > ? AND seq <= ? AND pushed = 0"
                " GROUP BY table_name, row_id"
            )
            conn.execute(
                "INSERT OR REPLACE INTO sync_base (table_name, row_id, data_json)"
                f" SELECT table_name, row_id, new_json FROM sync_outbox WHERE seq IN ({newest})"
                " AND op = 'upsert'",
                (current, acked_seq),
            )
            conn.execute(
                "DELETE FROM sync_base WHERE (table_name, row_id) IN (SELECT table_name, row_id"
                f" FROM sync_outbox WHERE seq IN ({newest}) AND op = 'delete')",
                (current, acked_seq),
            )
            conn.execute(
                "UPDATE sync_outbox SET pushed = 1 WHERE seq > ? AND seq <= ? AND pushed = 0",
                (current, acked_seq),
            )
            conn.execute("UPDATE sync_state SET acked_seq = ?", (acked_seq,))

    def requeue_after(self, acked_seq: int) -> int:
        """The hub has only up to ``acked_seq`` (restored from an older dump): every
        entry after it is pushed again. Returns how many entries were requeued.

        ``sync_base`` is left as it is: a push's bases come from the entries themselves."""
        with self.store.write() as conn:
            cur = conn.execute("UPDATE sync_outbox SET pushed = 0 WHERE seq > ? AND pushed = 1", (acked_seq,))
            conn.execute("UPDATE sync_state SET acked_seq = ?", (acked_seq,))
        return cur.rowcount

    def hub_acked(self, acked_seq: int) -> None:
        """What the hub's hello says it has of ours: acknowledge or requeue accordingly."""
        (current,) = self.conn.execute("SELECT acked_seq FROM sync_state").fetchone()
        if acked_seq > current:
            self.mark_acked(acked_seq)
        elif acked_seq < current:
            self.requeue_after(acked_seq)

    def prune(self, before_seq: int) -> int:
        """Forget pushed (or dropped) entries before ``before_seq``; returns how many.
        Keep those a hub restored from an older dump might still need again."""
        with self.store.write() as conn:
            return conn.execute("DELETE FROM sync_outbox WHERE seq < ? AND pushed != 0", (before_seq,)).rowcount

    def mark_reported(self, hub_ids: Iterable[str]) -> None:
        """The hub was told these conflicts are resolved."""
        with self.store.write() as conn:
            conn.executemany("UPDATE sync_conflict SET reported = 1 WHERE hub_id = ?", [(h,) for h in hub_ids])

    def set_cursor(self, cursor: int) -> None:
        """Pull from ``cursor`` next (e.g. lower it when the hub's max_version is below it)."""
        with self.store.write() as conn:
            conn.execute("UPDATE sync_state SET pull_cursor = ?", (cursor,))

    # --- a new hub --------------------------------------------------------------------

    def snapshot(self, hub_epoch: str | None = None) -> int:
        """Queue every row (live or in the trash) of every synced table for a new hub,
        with its agreed base; earlier entries are superseded (deleted). The acked seq
        and pull cursor start again from 0 (and ``hub_epoch`` is stored when given).
        Returns how many rows were queued."""
        with self.store.write() as conn:
            conn.execute("DELETE FROM sync_outbox")
            conn.execute("DELETE FROM sync_inbox")
            if hub_epoch is not None:
                # What was agreed with another hub is no base for this one: every value it
                # holds differently becomes a conflict, never a silent overwrite.
                conn.execute("DELETE FROM sync_base")
            count = 0
            for table in SYNCED_TABLES:
                count += conn.execute(
                    "INSERT INTO sync_outbox (change_id, table_name, row_id, op, new_json, old_json,"
                    " created_at, snapshot)"
                    f" SELECT {UUID4_SQL}, '{table}', r.id, 'upsert', {json_row_sql('r', self.columns(table))},"
                    f" b.data_json, {NOW_SQL}, 1 FROM {table} r"
                    f" LEFT JOIN sync_base b ON b.table_name = '{table}' AND b.row_id = r.id ORDER BY r.rowid"
                ).rowcount
            conn.execute(
                "UPDATE sync_state SET acked_seq = 0, pull_cursor = 0, hub_epoch = coalesce(?, hub_epoch)",
                (hub_epoch,),
            )
        return count

    def max_seq(self) -> int:
        """The highest outbox seq this file ever handed out (pushed or not)."""
        row = self.conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'sync_outbox'").fetchone()
        return row[0] if row else 0

    def new_identity(self) -> str:
        """This file is a copy (or an older backup) of a laptop the hub knows: from now on
        it is a laptop of its own, so its changes are never taken for the other's."""
        client_id = str(uuid.uuid4())
        with self.store.write() as conn:
            conn.execute("UPDATE sync_state SET client_id = ?, hub_epoch = NULL", (client_id,))
        return client_id

    def set_epoch(self, hub_epoch: str) -> None:
        with self.store.write() as conn:
            conn.execute("UPDATE sync_state SET hub_epoch = ?", (hub_epoch,))

    def adopt_organization(self, org_id: str, org_name: str) -> None:
        """Join the hub's organisation: the local organisation row (and every reference to
        it, here and in the outbox and bases) takes the hub's id; its name is set when
        empty. Not captured (the hub has its organisation). Idempotent; call it before
        :meth:`snapshot`."""
        store = self.store
        with store.write() as conn, self._applying(conn):
            local = store.people.local_organization_id()
            if local is not None and local != org_id:
                exists = conn.execute("SELECT 1 FROM organization WHERE id = ?", (org_id,)).fetchone()
                if exists:
                    self._repoint_organization(conn, local, org_id)
                    conn.execute("DELETE FROM organization WHERE id = ?", (local,))
                    conn.execute("DELETE FROM sync_base WHERE table_name = 'organization' AND row_id = ?", (local,))
                else:
                    conn.execute("UPDATE organization SET id = ? WHERE id = ?", (org_id, local))
                    self._repoint_organization(conn, local, org_id)
                    conn.execute(
                        "UPDATE OR REPLACE sync_base SET row_id = ?, data_json = json_set(data_json, '$.id', ?)"
                        " WHERE table_name = 'organization' AND row_id = ?",
                        (org_id, org_id, local),
                    )
                for column in ("new_json", "old_json"):
                    conn.execute(
                        f"UPDATE sync_outbox SET {column} = json_set({column}, '$.id', ?)"
                        f" WHERE pushed = 0 AND table_name = 'organization' AND row_id = ? AND {column} IS NOT NULL",
                        (org_id, local),
                    )
                conn.execute(
                    "UPDATE sync_outbox SET row_id = ? WHERE pushed = 0 AND table_name = 'organization'"
                    " AND row_id = ?", (org_id, local),
                )
            if conn.execute("SELECT 1 FROM organization WHERE id = ?", (org_id,)).fetchone():
                conn.execute("UPDATE organization SET name = ? WHERE id = ? AND name = ''", (org_name, org_id))
            conn.execute("UPDATE sync_state SET org_id = ?", (org_id,))

    def _repoint_organization(self, conn: sqlite3.Connection, old: str, new: str) -> None:
        for table in SYNCED_TABLES:
            for parent, column, _ in self.parents(table):
                if parent != "organization":
                    continue
                conn.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ?", (new, old))
                path = f"'$.{column}'"
                conn.execute(
                    f"UPDATE sync_base SET data_json = json_set(data_json, {path}, ?)"
                    f" WHERE table_name = ? AND json_extract(data_json, {path}) = ?",
                    (new, table, old),
                )
                for col in ("new_json", "old_json"):
                    conn.execute(
                        f"UPDATE sync_outbox SET {col} = json_set({col}, {path}, ?) WHERE pushed = 0"
                        f" AND table_name = ? AND json_extract({col}, {path}) = ?",
                        (new, table, old),
                    )

    # --- pulled rows ------------------------------------------------------------------

    def apply_pulled(self, rows: list[dict[str, Any]], conflicts: list[dict[str, Any]] = (),
                     cursor: int | None = None) -> dict[str, int]:
        """Write one pulled batch, in one transaction with capture off, and move the pull
        cursor with it. Each row ``{"table", "row_id", "data", "version"}``:

        * with local changes not pushed yet, the columns they changed keep the local
          value and the rest take the hub's (a locally hard-deleted row stays deleted);
        * otherwise the hub's row is written as is (columns this file lacks are ignored,
          columns the hub lacks keep their value). ``data`` None (or ``"deleted": true``)
          = the hub no longer has the row: it is moved to the trash here, not deleted.
        * a row whose parent row is missing waits in ``sync_inbox`` and is retried on
          every later pull; a row that clashes with a local one on a unique key becomes a
          ``duplicate`` conflict, one this file cannot hold a ``rejected`` one.

        The agreed base of each written row becomes the hub's data. Returns counts.
        """
        stats = {"written": 0, "unchanged": 0, "merged": 0, "deferred": 0, "duplicates": 0,
                 "rejected": 0, "skipped": 0, "conflicts": 0}
        with self.store.write() as conn, self._applying(conn):
            self._apply_rows(conn, rows, stats)
            stats["conflicts"] = self._record_conflicts(conn, conflicts)
            if cursor is not None:
                conn.execute("UPDATE sync_state SET pull_cursor = ?", (cursor,))
            conn.execute("UPDATE sync_state SET last_sync_at = ?", (self.store.now(),))
        return stats

    def record_conflicts(self, conflicts: list[dict[str, Any]]) -> int:
        """Store conflicts the hub reported (e.g. in a push's answer); returns how many."""
        with self.store.write() as conn:
            return self._record_conflicts(conn, conflicts)

    def _apply_rows(self, conn: sqlite3.Connection, rows: list[dict[str, Any]], stats: dict[str, int]) -> None:
        batch: dict[tuple[str, str], dict[str, Any]] = {}
        for table, row_id, data, version in conn.execute(
            "SELECT table_name, row_id, data_json, version FROM sync_inbox"
        ).fetchall():
            batch[(table, row_id)] = {"table": table, "row_id": row_id, "data": _loads(data), "version": version}
        conn.execute("DELETE FROM sync_inbox")
        for row in rows:
            key = (row["table"], str(row["row_id"]))
            if key not in batch or (row.get("version") or 0) >= (batch[key].get("version") or 0):
                batch[key] = row
        ordered = sorted(batch.values(), key=lambda r: (TABLE_ORDER.get(r["table"], len(TABLE_ORDER)),
                                                         r.get("version") or 0))
        (acked,) = conn.execute("SELECT acked_seq FROM sync_state").fetchone()
        any_pending = conn.execute(
            "SELECT 1 FROM sync_outbox WHERE seq > ? AND pushed = 0 LIMIT 1", (acked,)
        ).fetchone() is not None
        open_duplicates = conn.execute(
            "SELECT 1 FROM sync_conflict WHERE kind = ? AND resolved_at IS NULL LIMIT 1", (DUPLICATE,)
        ).fetchone() is not None
        companies: list[str] = []
        present: set[tuple[str, Any]] = set()
        for row in ordered:
            outcome = self._apply_one(conn, row, any_pending, open_duplicates, present)
            stats[outcome] += 1
            if row["table"] == "company" and outcome in ("written", "merged"):
                companies.append(str(row["row_id"]))
        if companies:
            self.store.companies.reindex(companies)

    def _apply_one(self, conn: sqlite3.Connection, row: dict[str, Any], any_pending: bool,
                   open_duplicates: bool, present: set[tuple[str, Any]]) -> str:
        table, row_id, data = row["table"], str(row["row_id"]), row.get("data")
        if table not in TABLE_ORDER:
            return "skipped"
        columns = self.columns(table)
        local = self._row(conn, table, row_id)
        pending = self._pending(conn, table, row_id) if any_pending else []
        if data is None or row.get("deleted") or (isinstance(data, dict) and data.get("_purged")):
            if local is not None and not pending and local.get("deleted_at") is None:
                now = self.store.now()
                conn.execute(f"UPDATE {table} SET deleted_at = ?, updated_at = ? WHERE id = ?", (now, now, row_id))
            conn.execute("DELETE FROM sync_base WHERE table_name = ? AND row_id = ?", (table, row_id))
            return "written"
        known = self.column_set(table)
        hub = {c: v for c, v in data.items() if c in known}
        hub["id"] = row_id
        outcome = "written"
        if pending:
            if pending[-1]["op"] == "delete":
                self._set_base(conn, table, row_id, data)
                return "merged"  # deleted here, not pushed yet: the push decides
            inserted, _, changed = _analyse(pending)
            if local is not None:
                keep = set(columns) if inserted else {
                    c for c, before in changed.items()
                    if c not in BOOKKEEPING and c in local and local[c] != before
                }
                hub.update({c: local[c] for c in keep if c in local})
            outcome = "merged"
        after = {**(local or {}), **hub}
        if self._missing_parent(conn, table, after, present):
            conn.execute(
                "INSERT OR REPLACE INTO sync_inbox (table_name, row_id, data_json, version) VALUES (?, ?, ?, ?)",
                (table, row_id, json.dumps(data, ensure_ascii=False), row.get("version") or 0),
            )
            return "deferred"
        try:
            # A failing statement is undone by SQLite with what its triggers did (ABORT),
            # and the transaction goes on: no savepoint needed.
            written = self._put(conn, table, row_id, hub, local)
        except sqlite3.IntegrityError as exc:
            return self._clash(conn, table, row_id, data, after, exc)
        self._set_base(conn, table, row_id, data)
        if open_duplicates:
            conn.execute(
                "UPDATE sync_conflict SET resolved_at = ?, resolution = 'applied', reported = 1"
                " WHERE kind = ? AND table_name = ? AND row_id = ? AND resolved_at IS NULL",
                (self.store.now(), DUPLICATE, table, row_id),
            )
        return outcome if written else "unchanged"

    def _clash(self, conn: sqlite3.Connection, table: str, row_id: str, data: dict[str, Any],
               after: dict[str, Any], exc: sqlite3.IntegrityError) -> str:
        """A pulled row that cannot be written: record it as a conflict (never drop it)."""
        message = str(exc)
        if message.startswith("UNIQUE constraint failed:"):
            kind, mine = DUPLICATE, None
            names = [n.strip().split(".")[-1] for n in message.split(":", 1)[1].split(",")]
            if all(n in after for n in names):
                where = " AND ".join(f"{n} IS ?" for n in names)
                found = self._rows(conn, f"SELECT {', '.join(self.columns(table))} FROM {table} WHERE {where}"
                                   " AND id != ? AND deleted_at IS NULL LIMIT 1",
                                   [after[n] for n in names] + [row_id])
                mine = found[0] if found else None
        else:
            kind, mine = REJECTED, {"error": message}
        values = (json.dumps(mine, ensure_ascii=False), json.dumps(data, ensure_ascii=False))
        existing = conn.execute(
            "SELECT id FROM sync_conflict WHERE kind = ? AND table_name = ? AND row_id = ? AND resolved_at IS NULL",
            (kind, table, row_id),
        ).fetchone()
        if existing:
            conn.execute("UPDATE sync_conflict SET mine_json = ?, theirs_json = ? WHERE id = ?", (*values, existing[0]))
        else:
            conn.execute(
                "INSERT INTO sync_conflict (kind, table_name, row_id, mine_json, theirs_json, created_at, reported)"
                " VALUES (?, ?, ?, ?, ?, ?, 1)",
                (kind, table, row_id, *values, self.store.now()),
            )
        return "duplicates" if kind == DUPLICATE else "rejected"

    def _record_conflicts(self, conn: sqlite3.Connection, conflicts: Iterable[dict[str, Any]]) -> int:
        now = self.store.now()
        n = 0
        for c in conflicts:
            resolved = c.get("resolved_at") or (now if c.get("resolved") else None)
            conn.execute(
                "INSERT INTO sync_conflict (hub_id, kind, table_name, row_id, field, mine_json, theirs_json,"
                " base_json, client_id, created_at, resolved_at, resolution, reported)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (hub_id) DO UPDATE SET"
                " resolved_at = coalesce(sync_conflict.resolved_at, excluded.resolved_at),"
                " resolution = coalesce(sync_conflict.resolution, excluded.resolution),"
                " reported = max(sync_conflict.reported, excluded.reported)",
                (
                    str(c["id"]), c.get("kind", "field"), c.get("table") or c.get("table_name"),
                    str(c["row_id"]), c.get("field"),
                    *(json.dumps(c.get(side), ensure_ascii=False) for side in ("mine", "theirs", "base")),
                    c.get("client_id"), c.get("created_at") or now, resolved,
                    "hub" if resolved else None, 1 if resolved else 0,
                ),
            )
            n += 1
        return n

    # --- resolving conflicts ----------------------------------------------------------

    def resolve(self, conflict_id: int | str, choice: str, value: Any = None) -> list[str]:
        """Resolve a conflict and return the hub ids to report as resolved.

        * ``field``: "theirs" keeps the hub's value (this row takes it if it still shows
          mine); "mine" / "combined" (``value`` = the combined text) write that value as
          an ordinary change whose base is the hub's value, so the hub takes it.
        * ``delete_edit`` / ``edit_delete``: "mine" = this laptop's side (the deletion, or
          the edited row), "theirs" = the hub's.
        * ``duplicate``: "mine" keeps the local row and moves the hub's to the trash,
          "theirs" the other way round. ``rejected``: "mine" dismisses, "theirs" retries.
        """
        if choice not in CHOICES:
            raise ValueError(f"choice must be one of {CHOICES}, not {choice!r}")
        store = self.store
        with store.write() as conn:
            # An int is this file's id (``conflicts()[i]["id"]``), a str the hub's id.
            by = "id" if isinstance(conflict_id, int) else "hub_id"
            found = self._rows(conn, f"SELECT * FROM sync_conflict WHERE {by} = ?", [conflict_id])
            if not found:
                raise KeyError(f"no conflict {conflict_id!r}")
            c = found[0]
            if c["resolved_at"] is None:
                kind = c["kind"]
                if choice == "combined" and (kind != "field" or value is None):
                    raise ValueError("'combined' needs a field conflict and the combined value")
                if kind == "field":
                    self._resolve_field(conn, c, choice, value)
                elif kind in ("delete_edit", "edit_delete"):
                    self._resolve_row(conn, c, choice)
                elif kind == DUPLICATE:
                    self._resolve_duplicate(conn, c, choice)
                elif kind == REJECTED and choice == "theirs":
                    with self._applying(conn):
                        self._put_hub_row(conn, c["table_name"], c["row_id"], _loads(c["theirs_json"]))
                conn.execute(
                    "UPDATE sync_conflict SET resolved_at = ?, resolution = ?, reported = ? WHERE id = ?",
                    (store.now(), choice, 0 if c["hub_id"] else 1, c["id"]),
                )
                if kind in (DUPLICATE, REJECTED):
                    # Rows that waited for the hub's row (its children) may fit now.
                    with self._applying(conn):
                        self._apply_rows(conn, [], dict.fromkeys(
                            ("written", "unchanged", "merged", "deferred", "duplicates", "rejected", "skipped"), 0))
            elif c["reported"]:
                return []
        return [c["hub_id"]] if c["hub_id"] else []

    def _resolve_field(self, conn: sqlite3.Connection, c: dict[str, Any], choice: str, value: Any) -> None:
        table, row_id, field = c["table_name"], c["row_id"], c["field"]
        mine, theirs = _loads(c["mine_json"]), _loads(c["theirs_json"])
        local = self._row(conn, table, row_id)
        if local is None or field not in self.columns(table):
            return
        path = f"$.{field}"
        with self._applying(conn):
            # Line this laptop up with the hub: the row, its base, and the field in
            # pending entries (so the chosen value is pushed with the hub's as base).
            if choice != "theirs" or local[field] == mine:
                conn.execute(f"UPDATE {table} SET {field} = ? WHERE id = ?", (theirs, row_id))
            conn.execute(
                "UPDATE sync_base SET data_json = json_set(data_json, ?, ?) WHERE table_name = ? AND row_id = ?",
                (path, theirs, table, row_id),
            )
            if choice != "theirs":
                for column in ("old_json", "new_json"):
                    conn.execute(
                        f"UPDATE sync_outbox SET {column} = json_set({column}, ?, ?) WHERE pushed = 0"
                        f" AND table_name = ? AND row_id = ? AND {column} IS NOT NULL",
                        (path, theirs, table, row_id),
                    )
        if choice != "theirs":
            self.store.update_row(table, row_id, {field: mine if choice == "mine" else value}, live_only=False)
        if table == "company":
            self.store.companies.reindex([row_id])

    def _resolve_row(self, conn: sqlite3.Connection, c: dict[str, Any], choice: str) -> None:
        store = self.store
        table, row_id = c["table_name"], c["row_id"]
        columns = self.columns(table)
        theirs = _loads(c["theirs_json"])
        local = self._row(conn, table, row_id)
        # This laptop's side: the row as it is here, unless a pull already gave it the hub's.
        mine = local if local is not None and not _same(local, theirs, columns) else _loads(c["mine_json"])
        want_deleted = mine is None or bool(isinstance(mine, dict) and mine.get("deleted_at"))
        if choice == "theirs" and self._pending(conn, table, row_id):
            # Edits typed here after the conflict was shown are the user's newest word:
            # keep them (they go to the hub on the next sync) rather than the stored copy.
            return
        # The resolution decides the row: earlier unpushed edits of it are superseded.
        conn.execute("UPDATE sync_outbox SET pushed = 2 WHERE pushed = 0 AND table_name = ? AND row_id = ?",
                     (table, row_id))
        with self._applying(conn):
            if isinstance(theirs, dict):
                self._put_hub_row(conn, table, row_id, theirs)
            else:
                conn.execute("DELETE FROM sync_base WHERE table_name = ? AND row_id = ?", (table, row_id))
                if choice == "theirs" and local is not None and local.get("deleted_at") is None:
                    now = store.now()
                    conn.execute(f"UPDATE {table} SET deleted_at = ?, updated_at = ? WHERE id = ?",
                                 (now, now, row_id))
        if choice == "mine":
            here = self._row(conn, table, row_id)
            if want_deleted:
                if here is not None and here.get("deleted_at") is None:
                    store.tombstone(table, row_id)
            else:
                values = {k: v for k, v in mine.items() if k in columns and k not in BOOKKEEPING and k != "id"}
                values["deleted_at"] = None
                if isinstance(theirs, dict):
                    store.update_row(table, row_id, values, live_only=False)  # captured, base = theirs
                else:
                    # The hub has no such row: queue it whole, as a new row.
                    now = store.now()
                    with self._applying(conn):
                        self._put(conn, table, row_id, {
                            **(here or {}), **values, "id": row_id, "updated_at": now,
                            "updated_by": store.local_consultant_id, "created_at": (here or {}).get("created_at") or now,
                        }, here)
                    self._enqueue(conn, table, row_id, None)
        if table == "company":
            store.companies.reindex([row_id])

    def _resolve_duplicate(self, conn: sqlite3.Connection, c: dict[str, Any], choice: str) -> None:
        store = self.store
        table, row_id = c["table_name"], c["row_id"]
        theirs = _loads(c["theirs_json"]) or {}
        recorded = _loads(c["mine_json"]) or {}
        mine = self._row(conn, table, recorded["id"]) if recorded.get("id") else None
        if choice == "theirs":
            if mine is not None and mine.get("deleted_at") is None:
                store.tombstone(table, mine["id"])
            with self._applying(conn):
                self._put_hub_row(conn, table, row_id, theirs)
        else:
            # Keep ours: the hub's row comes here in the trash (its base: the hub's live
            # row), and that deletion is queued for the hub.
            hub = {k: v for k, v in theirs.items() if k in self.columns(table)}
            now = store.now()
            with self._applying(conn):
                self._put(conn, table, row_id, {**hub, "id": row_id, "deleted_at": now, "updated_at": now,
                                                 "updated_by": store.local_consultant_id},
                          self._row(conn, table, row_id))
                self._set_base(conn, table, row_id, theirs)
            self._enqueue(conn, table, row_id, hub)

    # --- helpers ----------------------------------------------------------------------

    @contextmanager
    def _applying(self, conn: sqlite3.Connection) -> Iterator[None]:
        """Inside an open transaction: capture off (and foreign keys checked at commit)."""
        (before,) = conn.execute("SELECT applying FROM sync_state").fetchone()
        conn.execute("UPDATE sync_state SET applying = 1")
        conn.execute("PRAGMA defer_foreign_keys = ON")
        try:
            yield
        finally:
            if conn.in_transaction:
                conn.execute("UPDATE sync_state SET applying = ?", (before,))

    def columns(self, table: str) -> list[str]:
        """The synced columns of ``table``."""
        if table not in self._columns:
            self._columns[table] = synced_columns(self.conn, table)
        return self._columns[table]

    def column_set(self, table: str) -> frozenset[str]:
        if table not in self._column_sets:
            self._column_sets[table] = frozenset(self.columns(table))
        return self._column_sets[table]

    def parents(self, table: str) -> list[tuple[str, str, str]]:
        """``(parent table, column, parent column)`` of each foreign key of ``table``."""
        if table not in self._parents:
            self._parents[table] = [(r[2], r[3], r[4] or "id")
                                    for r in self.conn.execute(f"PRAGMA foreign_key_list({table})")]
        return self._parents[table]

    def _missing_parent(self, conn: sqlite3.Connection, table: str, row: dict[str, Any],
                        present: set[tuple[str, Any]] | None = None) -> bool:
        """Whether a row this row refers to is not here (``present``: parents already
        found in this transaction — rows are never removed while applying)."""
        for parent, column, key in self.parents(table):
            value = row.get(column)
            if value is None or (present is not None and (parent, value) in present):
                continue
            if conn.execute(f"SELECT 1 FROM {parent} WHERE {key} = ?", (value,)).fetchone() is None:
                return True
            if present is not None:
                present.add((parent, value))
        return False

    @staticmethod
    def _rows(conn: sqlite3.Connection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
        cur = conn.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]

    def _row(self, conn: sqlite3.Connection, table: str, row_id: str) -> dict[str, Any] | None:
        found = self._rows(conn, f"SELECT {', '.join(self.columns(table))} FROM {table} WHERE id = ?", [row_id])
        return found[0] if found else None

    def _pending(self, conn: sqlite3.Connection, table: str, row_id: str) -> list[dict[str, Any]]:
        return _entries(conn.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM sync_outbox WHERE table_name = ? AND row_id = ? AND pushed = 0"
            " ORDER BY seq", (table, row_id),
        ))

    def _put(self, conn: sqlite3.Connection, table: str, row_id: str, values: dict[str, Any],
             local: dict[str, Any] | None) -> bool:
        """Insert the row (``local`` None), or update the columns that differ from
        ``local``; False when nothing was written."""
        if local is None:
            names = list(values)
            conn.execute(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})",
                         [values[n] for n in names])
            return True
        diff = {c: v for c, v in values.items() if c != "id" and (c not in local or local[c] != v)}
        if not diff:
            return False
        conn.execute(f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in diff)} WHERE id = ?",
                     [*diff.values(), row_id])
        return True

    def _put_hub_row(self, conn: sqlite3.Connection, table: str, row_id: str, data: dict[str, Any]) -> None:
        """Inside ``_applying``: this row becomes the hub's ``data`` and agreed with it."""
        values = {c: v for c, v in data.items() if c in self.column_set(table)}
        values["id"] = row_id
        self._put(conn, table, row_id, values, self._row(conn, table, row_id))
        self._set_base(conn, table, row_id, data)

    def _set_base(self, conn: sqlite3.Connection, table: str, row_id: str, data: dict[str, Any]) -> None:
        conn.execute(
            "INSERT OR REPLACE INTO sync_base (table_name, row_id, data_json) VALUES (?, ?, ?)",
            (table, row_id, json.dumps(data, ensure_ascii=False)),
        )

    def _enqueue(self, conn: sqlite3.Connection, table: str, row_id: str, old: dict[str, Any] | None,
                 snapshot: bool = False) -> None:
        """Queue the row as it is now, as a change from ``old`` (None: the whole row)."""
        conn.execute(
            "INSERT INTO sync_outbox (change_id, table_name, row_id, op, new_json, old_json, created_at, snapshot)"
            f" SELECT {UUID4_SQL}, ?, id, 'upsert', {json_row_sql(table, self.columns(table))}, ?, {NOW_SQL}, ?"
            f" FROM {table} WHERE id = ?",
            (table, None if old is None else json.dumps(old, ensure_ascii=False), int(snapshot), row_id),
        )


def _same(a: dict[str, Any] | None, b: dict[str, Any] | None, columns: list[str]) -> bool:
    """Two states of a row hold the same values (bookkeeping aside)."""
    if a is None or b is None:
        return a is b
    return all(a.get(c) == b.get(c) for c in columns if c not in BOOKKEEPING)
