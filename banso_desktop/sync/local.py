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
from pathlib import Path
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from banso_desktop.domain.company import SEARCHED_FIELDS, company_search_text
from banso_desktop.domain.text import QT_TRANSLATE_NOOP, UserError
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
DISMISSED = "dismissed"  # resolution of a conflict naming a table or column this file does not sync
ROW_KINDS = ("delete_edit", "edit_delete")
# What apply_pulled counts ("skipped" stays 0: rows of unknown tables are deferred now).
STATS = ("written", "unchanged", "merged", "deferred", "duplicates", "deduplicated", "rejected", "skipped",
         "conflicts")
CHUNK = 500  # ids per ``IN (...)``: well within SQLite's limit on parameters

# What to do with one pulled row (see LocalSync._apply_one).
_PUT = "put"          # insert it, or update the columns that differ
_DELETE = "delete"    # the hub no longer has it: to the trash here
_BASE = "base"        # deleted here, not pushed yet: only the agreed base follows the hub
_DEFER = "defer"      # its parent row is not here: wait in sync_inbox
_CLASHED = "clashed"  # could not be written: a conflict (or deduplicated)

_STAMPS = ("updated_at", "updated_by")


class ResolveError(UserError):
    """A conflict could not be resolved as asked (it stays open); the message says why."""

    context = "sync"


def _loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


_dumps = json.JSONEncoder(ensure_ascii=False).encode  # = json.dumps(value, ensure_ascii=False), made once


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
    # (What _analyse returns first, without walking the rows: a new row needs no more.)
    inserted = first["old"] is None and not first["snapshot"]
    snapshot = any(e["snapshot"] for e in entries)
    if last["op"] == "delete":
        if inserted:
            base = None  # never reached the hub; the hub ignores it
        else:
            base = {**(last["old"] or {}), **_analyse(entries)[2]}
        return {**change, "op": "delete", "fields": {}, "base": base}
    new = last["new"]
    if inserted or snapshot:
        fields = dict(new)
        base = None if inserted or first["old"] is None else {c: first["old"].get(c) for c in fields}
        return {**change, "op": "upsert", "fields": fields, "base": base}
    changed = _analyse(entries)[2]
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


def _empty_stats() -> dict[str, int]:
    return dict.fromkeys(STATS, 0)


def _chunks(items: list[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


class _Context:
    """What applying one pulled batch knows (per batch, and per table being applied)."""

    def __init__(self, any_pending: bool, open_duplicates: bool, open_row_conflicts: bool, now: str) -> None:
        self.any_pending = any_pending
        self.open_duplicates = open_duplicates
        self.open_row_conflicts = open_row_conflicts
        self.now = now
        self.local: dict[str, dict[str, Any]] = {}  # the table's rows here, by id
        self.search_text: dict[str, str] = {}  # company.search_text here, by id
        self.pending: dict[str, list[dict[str, Any]]] = {}  # unpushed outbox entries, by row id
        self.reindex: dict[str, None] = {}  # companies whose search text is still to be computed


class _Plan:
    """One pulled row, what is here of it, and what to do (``kind``) with what outcome."""

    __slots__ = ("row", "row_id", "data", "local", "pending", "kind", "outcome", "hub", "after",
                 "trash", "indexed")

    def __init__(self, row: dict[str, Any], row_id: str, data: Any, local: dict[str, Any] | None,
                 pending: list[dict[str, Any]]) -> None:
        self.row, self.row_id, self.data, self.local, self.pending = row, row_id, data, local, pending
        self.kind, self.outcome = _PUT, "written"
        self.hub: dict[str, Any] = {}
        self.after: dict[str, Any] = {}
        self.trash = False  # _DELETE: the live row here goes to the trash
        self.indexed = False  # a company whose search text is written with the row


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
        self._unique: dict[str, bool] = {}
        self._statements: dict[tuple[str, str, tuple[str, ...]], str] = {}

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
        return pending_count(self.conn)

    def inbox_count(self) -> int:
        """Pulled rows waiting for their parent row, or for a version of the app that
        knows their table (applied on a later pull)."""
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

        Groups that change nothing are marked ``pushed = 2`` here and left out.

        The entries read are frozen first (``sync_state.frozen_seq``): typing that goes on
        while they are being pushed starts new entries instead of rewriting one in flight
        (see ``store.migrations.sync_triggers``), so an acknowledged entry is exactly what the hub got."""
        with self.store.write() as w:
            w.execute("UPDATE sync_state SET frozen_seq ="
                      " max(frozen_seq, (SELECT coalesce(max(seq), 0) FROM sync_outbox))")
            (acked, frozen) = w.execute("SELECT acked_seq, frozen_seq FROM sync_state").fetchone()
        conn = self.conn
        sql = (f"SELECT {_ENTRY_COLUMNS} FROM sync_outbox WHERE seq > ? AND seq <= ? AND pushed = 0"
               " ORDER BY seq")
        params: list[Any] = [acked, frozen]
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
          every later pull; so does a row of a table this version of the app does not
          know (it applies after the upgrade that adds the table). Both count as
          ``deferred``.
        * a row that clashes with a local one on a unique key becomes a ``duplicate``
          conflict — unless both hold the same content (see :meth:`_deduplicate`):
          then the smaller id is kept on every laptop and the other goes to the trash
          (``deduplicated``). One this file cannot hold becomes a ``rejected`` conflict.

        The agreed base of each written row becomes the hub's data. Returns counts.

        Rows are applied table by table (parents first) and written in batches, with
        the same outcome as writing them one at a time in version order.
        """
        stats = _empty_stats()
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
        # Rows of tables this version does not know stay where they are (not read again
        # on every pull: there may be many).
        known = list(TABLE_ORDER)
        tables = f"table_name IN ({', '.join('?' * len(known))})"
        for table, row_id, data, version in conn.execute(
            f"SELECT table_name, row_id, data_json, version FROM sync_inbox WHERE {tables}", known
        ).fetchall():
            batch[(table, row_id)] = {"table": table, "row_id": row_id, "data": _loads(data), "version": version}
        conn.execute(f"DELETE FROM sync_inbox WHERE {tables}", known)
        for row in rows:
            key = (row["table"], str(row["row_id"]))
            if key not in batch or (row.get("version") or 0) >= (batch[key].get("version") or 0):
                batch[key] = row
        ordered = sorted(batch.values(), key=lambda r: (TABLE_ORDER.get(r["table"], len(TABLE_ORDER)),
                                                         r.get("version") or 0))
        (acked,) = conn.execute("SELECT acked_seq FROM sync_state").fetchone()
        ctx = _Context(
            any_pending=conn.execute(
                "SELECT 1 FROM sync_outbox WHERE seq > ? AND pushed = 0 LIMIT 1", (acked,)
            ).fetchone() is not None,
            open_duplicates=conn.execute(
                "SELECT 1 FROM sync_conflict WHERE kind = ? AND resolved_at IS NULL LIMIT 1", (DUPLICATE,)
            ).fetchone() is not None,
            open_row_conflicts=conn.execute(
                "SELECT 1 FROM sync_conflict WHERE kind IN ('delete_edit', 'edit_delete') AND resolved_at IS NULL"
                " LIMIT 1"
            ).fetchone() is not None,
            now=self.store.now(),
        )
        start = 0
        while start < len(ordered):
            # Rows are sorted by table: one group per table, parents' groups first.
            table = ordered[start]["table"]
            end = start
            while end < len(ordered) and ordered[end]["table"] == table:
                end += 1
            group = ordered[start:end]
            start = end
            if table in TABLE_ORDER:
                self._apply_table(conn, table, group, ctx, stats)
            else:
                # A table this version of the app does not know: kept (never dropped) for
                # the version that does; retried on every pull like a row waiting for its
                # parent.
                self._to_inbox(conn, [(r, None if r.get("deleted") else r.get("data")) for r in group],
                               newer_only=True)
                stats["deferred"] += len(group)
        if ctx.reindex:
            self._reindex_companies(conn, list(ctx.reindex))

    def _apply_table(self, conn: sqlite3.Connection, table: str, group: list[dict[str, Any]],
                     ctx: "_Context", stats: dict[str, int]) -> None:
        """Apply the pulled rows of one table (in version order; the rows of every parent
        table are already written)."""
        ids = [str(r["row_id"]) for r in group]
        ctx.local, ctx.search_text = self._rows_by_id(conn, table, ids)
        ctx.pending = self._pending_by_id(conn, table, ids) if ctx.any_pending else {}
        plans = [self._apply_one(conn, row, ctx) for row in group]
        self._check_parents(conn, table, plans)
        self._write_plans(conn, table, plans, ctx)
        bases: list[tuple[str, str, str]] = []
        unbased: list[tuple[str, str]] = []
        resolved: list[tuple[str, str, str, str]] = []
        purged: list[tuple[str, str, str]] = []
        deferred: list[tuple[dict[str, Any], Any]] = []
        for plan in plans:
            outcome = plan.outcome
            stats[outcome] += 1
            if plan.kind == _DELETE:
                unbased.append((table, plan.row_id))
                if ctx.open_row_conflicts:
                    purged.append((_dumps(plan.data), table, plan.row_id))
            elif plan.kind == _DEFER:
                deferred.append((plan.row, plan.data))
            elif plan.kind in (_BASE, _PUT):
                bases.append((table, plan.row_id, _dumps(plan.data)))
                if plan.kind == _PUT and ctx.open_duplicates:
                    resolved.append((ctx.now, DUPLICATE, table, plan.row_id))
            if table == "company" and outcome in ("written", "merged") and not plan.indexed:
                ctx.reindex[plan.row_id] = None
        if unbased:
            conn.executemany("DELETE FROM sync_base WHERE table_name = ? AND row_id = ?", unbased)
        if purged:
            # The hub's side of an open delete/edit conflict is now: gone. Choosing it
            # must not bring back the copy the conflict was recorded with.
            conn.executemany(
                "UPDATE sync_conflict SET theirs_json = ? WHERE table_name = ? AND row_id = ?"
                " AND kind IN ('delete_edit', 'edit_delete') AND resolved_at IS NULL", purged)
        if bases:
            conn.executemany(
                "INSERT OR REPLACE INTO sync_base (table_name, row_id, data_json) VALUES (?, ?, ?)", bases)
        if resolved:
            conn.executemany(
                "UPDATE sync_conflict SET resolved_at = ?, resolution = 'applied', reported = 1"
                " WHERE kind = ? AND table_name = ? AND row_id = ? AND resolved_at IS NULL", resolved)
        if deferred:
            self._to_inbox(conn, deferred)

    def _apply_one(self, conn: sqlite3.Connection, row: dict[str, Any], ctx: "_Context") -> "_Plan":
        """What to do with one pulled row (nothing is written here; see
        :meth:`_write_plans`)."""
        table, row_id, data = row["table"], str(row["row_id"]), row.get("data")
        local = ctx.local.get(row_id)
        pending = ctx.pending.get(row_id, [])
        plan = _Plan(row, row_id, data, local, pending)
        if data is None or row.get("deleted") or (isinstance(data, dict) and data.get("_purged")):
            plan.kind, plan.outcome = _DELETE, "written"
            plan.trash = local is not None and not pending and local.get("deleted_at") is None
            return plan
        known = self.column_set(table)
        hub = dict(data) if known.issuperset(data) else {c: v for c, v in data.items() if c in known}
        hub["id"] = row_id
        if pending:
            if pending[-1]["op"] == "delete":
                plan.kind, plan.outcome = _BASE, "merged"  # deleted here, not pushed yet: the push decides
                return plan
            inserted, _, changed = _analyse(pending)
            if local is not None:
                keep = set(self.columns(table)) if inserted else {
                    c for c, before in changed.items()
                    if c not in BOOKKEEPING and c in local and local[c] != before
                }
                hub.update({c: local[c] for c in keep if c in local})
            plan.outcome = "merged"
        plan.kind, plan.hub, plan.after = _PUT, hub, {**(local or {}), **hub}
        return plan

    def _check_parents(self, conn: sqlite3.Connection, table: str, plans: list["_Plan"]) -> None:
        """Rows whose parent row is not here wait (``_DEFER``): one query per parent
        table and chunk of ids."""
        for parent, column, key in self.parents(table):
            wanted = {plan.after.get(column) for plan in plans if plan.kind == _PUT} - {None}
            if not wanted:
                continue
            present: set[Any] = set()
            texts = [v for v in wanted if isinstance(v, str)]
            for chunk in _chunks(texts):
                present.update(r[0] for r in conn.execute(
                    f"SELECT {key} FROM {parent} WHERE {key} IN ({', '.join('?' * len(chunk))})", chunk))
            for value in wanted:
                if not isinstance(value, str) and conn.execute(
                        f"SELECT 1 FROM {parent} WHERE {key} = ?", (value,)).fetchone() is not None:
                    present.add(value)
            for plan in plans:
                if plan.kind == _PUT:
                    value = plan.after.get(column)
                    if value is not None and value not in present:
                        plan.kind, plan.outcome = _DEFER, "deferred"

    def _write_plans(self, conn: sqlite3.Connection, table: str, plans: list["_Plan"], ctx: "_Context") -> None:
        """Write the table's rows: consecutive statements of the same shape at once.

        A statement of the batch that fails (a unique key, a CHECK) undoes the batch
        (savepoint), which is then written row by row, as the rows would have been
        one at a time. In a table without a unique key other than ``id`` the order of
        the rows cannot change any outcome, so its statements are grouped by shape."""
        ops: list[tuple[str, list[Any], _Plan]] = []
        for plan in plans:
            if plan.kind == _DELETE and plan.trash:
                ops.append((f"UPDATE {table} SET deleted_at = ?, updated_at = ? WHERE id = ?",
                            [ctx.now, ctx.now, plan.row_id], plan))
            elif plan.kind == _PUT:
                statement = self._put_statement(table, plan, ctx)
                if statement is None:
                    plan.outcome = "unchanged"
                else:
                    ops.append((*statement, plan))
        if not ops:
            return
        if not self._unique_keys(table):
            first: dict[str, int] = {}
            for sql, _, _ in ops:
                first.setdefault(sql, len(first))
            ops.sort(key=lambda op: first[op[0]])
        start = 0
        while start < len(ops):
            sql = ops[start][0]
            end = start + 1
            while end < len(ops) and ops[end][0] == sql:
                end += 1
            run = ops[start:end]
            start = end
            if len(run) > 1:
                conn.execute("SAVEPOINT banso_apply")
                try:
                    conn.executemany(sql, [params for _, params, _ in run])
                except sqlite3.IntegrityError:
                    conn.execute("ROLLBACK TO banso_apply")
                    conn.execute("RELEASE banso_apply")
                else:
                    conn.execute("RELEASE banso_apply")
                    continue
            for sql_one, params, plan in run:
                if plan.kind == _DELETE:
                    conn.execute(sql_one, params)
                    continue
                try:
                    # A failing statement is undone by SQLite with what its triggers did
                    # (ABORT), and the transaction goes on.
                    conn.execute(sql_one, params)
                except sqlite3.IntegrityError as exc:
                    plan.indexed = False
                    plan.kind = _CLASHED
                    plan.outcome = self._clash(conn, table, plan.row_id, plan.data, plan.after, exc, plan)

    def _put_statement(self, table: str, plan: "_Plan", ctx: "_Context") -> tuple[str, list[Any]] | None:
        """The INSERT (no local row) or UPDATE (of the columns that differ) that makes
        the row the plan's; None when nothing differs. A company's search text is
        written with it."""
        values, local = plan.hub, plan.local
        if local is None:
            if table == "company" and all(f in values for f in SEARCHED_FIELDS):
                values = {**values, "search_text": company_search_text(values)}
                plan.indexed = True
            return self._sql(table, "insert", tuple(values)), list(values.values())
        diff = {c: v for c, v in values.items() if c != "id" and (c not in local or local[c] != v)}
        if not diff:
            return None
        if table == "company":
            text = company_search_text(plan.after)
            if text != ctx.search_text.get(plan.row_id):
                diff["search_text"] = text
            plan.indexed = True
        return self._sql(table, "update", tuple(diff)), [*diff.values(), plan.row_id]

    def _sql(self, table: str, verb: str, names: tuple[str, ...]) -> str:
        """The INSERT of these columns, or the UPDATE of them by id (made once per shape;
        the names are synced columns of a synced table)."""
        key = (table, verb, names)
        sql = self._statements.get(key)
        if sql is None:
            if verb == "insert":
                sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
            else:
                sql = f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in names)} WHERE id = ?"
            self._statements[key] = sql
        return sql

    def _to_inbox(self, conn: sqlite3.Connection, rows: list[tuple[dict[str, Any], Any]],
                  newer_only: bool = False) -> None:
        """Keep pulled rows (with their data) for a later pull; ``newer_only``: a row
        waiting already stays unless this version is as new or newer."""
        conn.executemany(
            "INSERT INTO sync_inbox (table_name, row_id, data_json, version) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (table_name, row_id) DO UPDATE SET data_json = excluded.data_json,"
            " version = excluded.version" + (" WHERE excluded.version >= sync_inbox.version" if newer_only else ""),
            [(r["table"], str(r["row_id"]), _dumps(data), r.get("version") or 0)
             for r, data in rows],
        )

    def _reindex_companies(self, conn: sqlite3.Connection, ids: list[str]) -> None:
        """``store.companies.reindex(ids)``, writing only the search texts that change."""
        fields = ", ".join(SEARCHED_FIELDS)
        changed = []
        for chunk in _chunks(ids):
            for row in conn.execute(f"SELECT id, search_text, {fields} FROM company"
                                    f" WHERE id IN ({', '.join('?' * len(chunk))})", chunk):
                text = company_search_text(dict(zip(SEARCHED_FIELDS, row[2:])))
                if text != row[1]:
                    changed.append((text, row[0]))
        if changed:
            conn.executemany("UPDATE company SET search_text = ? WHERE id = ?", changed)

    def _clash(self, conn: sqlite3.Connection, table: str, row_id: str, data: dict[str, Any],
               after: dict[str, Any], exc: sqlite3.IntegrityError, plan: "_Plan | None" = None) -> str:
        """A pulled row that cannot be written: record it as a conflict (never drop it),
        or, for a duplicate of the same content, keep one of the two (:meth:`_deduplicate`)."""
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
            if (mine is not None and plan is not None and not plan.pending and self._dedupable(table)
                    and _same_content(after, mine, self.columns(table))
                    and self._nothing_else_to_lose(conn, table, plan, mine)
                    and self._deduplicate(conn, table, plan, mine)):
                return "deduplicated"
        else:
            kind, mine = REJECTED, {"error": message}
        values = (json.dumps(mine, ensure_ascii=False), _dumps(data))
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

    def _deduplicate(self, conn: sqlite3.Connection, table: str, plan: "_Plan", mine: dict[str, Any]) -> bool:
        """Inside ``_applying``: the pulled row and the live local row ``mine`` hold the
        same natural key and the same content (every synced column but ``id`` and the
        bookkeeping ones). Every laptop decides the same way, with no one asked: the
        row with the smaller id stays, the other goes to the trash through the captured
        path, so the hub learns it (the same row trashed on two laptops is no conflict
        there). Only for tables no synced table refers to (see :meth:`_dedupable`).
        False (nothing changed) when the row still cannot be written."""
        store, row_id = self.store, plan.row_id
        conn.execute("SAVEPOINT banso_dedupe")
        try:
            if row_id < mine["id"]:
                # The pulled row stays; ours goes to the trash as if the user did it.
                with self._capturing(conn):
                    store.tombstone(table, mine["id"])
                self._put(conn, table, row_id, plan.hub, plan.local)
                self._set_base(conn, table, row_id, plan.data)
                survivor, loser = row_id, mine["id"]
            else:
                self._trash_hub_row(conn, table, row_id, plan.data, plan.local)
                survivor, loser = mine["id"], row_id
        except sqlite3.IntegrityError:
            conn.execute("ROLLBACK TO banso_dedupe")
            conn.execute("RELEASE banso_dedupe")
            return False
        conn.execute("RELEASE banso_dedupe")
        if table == "benchmark_set":
            # The active set (local, never synced) follows its twin.
            conn.execute("UPDATE local_meta SET value = ? WHERE key = 'active_benchmark_set' AND value = ?",
                         (survivor, loser))
        conn.execute(
            "UPDATE sync_conflict SET resolved_at = ?, resolution = 'deduplicated', reported = 1"
            " WHERE kind = ? AND table_name = ? AND row_id = ? AND resolved_at IS NULL",
            (store.now(), DUPLICATE, table, row_id),
        )
        return True

    def _nothing_else_to_lose(self, conn: sqlite3.Connection, table: str, plan: "_Plan",
                              mine: dict[str, Any]) -> bool:
        """Equal columns are not all a row holds: settling a duplicate alone also needs the
        pulled row to carry no column this version does not know (a newer app's text),
        no typed-but-unstored draft on either row (``field_draft``, local), and no
        unpushed edit of ours (typing may be going on in it right now). Otherwise the
        user decides."""
        if any(key not in self.column_set(table) for key in plan.data):
            return False
        ids = (plan.row_id, mine["id"])
        if conn.execute("SELECT 1 FROM field_draft WHERE table_name = ? AND row_id IN (?, ?) LIMIT 1",
                        (table, *ids)).fetchone():
            return False
        return conn.execute("SELECT 1 FROM sync_outbox WHERE table_name = ? AND row_id = ? AND pushed = 0 LIMIT 1",
                            (table, mine["id"])).fetchone() is None

    def _trash_hub_row(self, conn: sqlite3.Connection, table: str, row_id: str, theirs: dict[str, Any],
                       local: dict[str, Any] | None) -> None:
        """The hub's live row comes here in the trash (its base: the hub's row), and that
        deletion is queued for the hub."""
        hub = {k: v for k, v in theirs.items() if k in self.column_set(table)}
        now = self.store.now()
        with self._applying(conn):
            self._put(conn, table, row_id, {**hub, "id": row_id, "deleted_at": now, "updated_at": now,
                                             "updated_by": self.store.local_consultant_id}, local)
            self._set_base(conn, table, row_id, theirs)
        self._enqueue(conn, table, row_id, hub)

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

        A conflict naming a table this file does not sync, or (a field conflict) a column
        it does not sync or ``id``, is resolved as ``dismissed`` without touching any data:
        such names (they may come from the hub) never reach SQL, and the conflict does not
        stay open for ever.
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
                if not self._known_target(c):
                    kind, choice = None, DISMISSED
                elif choice == "combined" and (kind != "field" or value is None):
                    raise ValueError("'combined' needs a field conflict and the combined value")
                if kind == "field":
                    self._resolve_field(conn, c, choice, value)
                elif kind in ROW_KINDS:
                    self._resolve_row(conn, c, choice)
                elif kind == DUPLICATE:
                    self._resolve_duplicate(conn, c, choice)
                elif kind == REJECTED and choice == "theirs" and isinstance(_loads(c["theirs_json"]), dict):
                    with self._applying(conn):
                        self._put_hub_row(conn, c["table_name"], c["row_id"], _loads(c["theirs_json"]))
                conn.execute(
                    "UPDATE sync_conflict SET resolved_at = ?, resolution = ?, reported = ? WHERE id = ?",
                    (store.now(), choice, 0 if c["hub_id"] else 1, c["id"]),
                )
                if kind in (DUPLICATE, REJECTED):
                    # Rows that waited for the hub's row (its children) may fit now.
                    with self._applying(conn):
                        self._apply_rows(conn, [], _empty_stats())
            elif c["reported"]:
                return []
        return [c["hub_id"]] if c["hub_id"] else []

    def _known_target(self, c: dict[str, Any]) -> bool:
        """Whether the conflict's table (and, for a field conflict, its field) is one this
        file syncs — the only names ever put into SQL."""
        table = c["table_name"]
        if table not in TABLE_ORDER:
            return False
        if c["kind"] == "field":
            return c["field"] in self.column_set(table) and c["field"] != "id"
        return True

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
            try:
                self.store.update_row(table, row_id, {field: mine if choice == "mine" else value}, live_only=False)
            except sqlite3.IntegrityError:
                if choice != "combined":
                    raise
                # A joined text the column refuses (two stages joined, an empty name): the
                # whole resolution is undone and the conflict stays open, with a reason.
                raise ResolveError(QT_TRANSLATE_NOOP(
                    "sync", "This field cannot hold “{value}”: keep one of the two versions, or edit the "
                            "joined text into a value the field accepts."), value=value) from None
        if table == "company":
            self.store.companies.reindex([row_id])

    def _resolve_row(self, conn: sqlite3.Connection, c: dict[str, Any], choice: str) -> None:
        store = self.store
        table, row_id = c["table_name"], c["row_id"]
        columns = self.columns(table)
        recorded = _loads(c["theirs_json"])  # the hub's row when the conflict was recorded
        theirs = None if _gone(recorded) else recorded
        # The hub's row as last agreed: every pulled version of it updates this, so it may
        # be newer than the copy in the conflict (the hub's row changed again since).
        agreed = self._base(conn, table, row_id)
        local = self._row(conn, table, row_id)
        # This laptop's side: the row as it is here, unless a pull already gave it the hub's
        # (the copy in the conflict, or a version pulled since).
        shown = local is not None and any(_same(local, hub, columns) for hub in (recorded, agreed)
                                          if isinstance(hub, dict))
        mine = local if local is not None and not shown else _loads(c["mine_json"])
        want_deleted = mine is None or bool(isinstance(mine, dict) and mine.get("deleted_at"))
        if choice == "theirs" and self._pending(conn, table, row_id):
            # Edits typed here after the conflict was shown are the user's newest word:
            # keep them (they go to the hub on the next sync) rather than the stored copy.
            return
        # The resolution decides the row: earlier unpushed edits of it are superseded.
        conn.execute("UPDATE sync_outbox SET pushed = 2 WHERE pushed = 0 AND table_name = ? AND row_id = ?",
                     (table, row_id))
        if choice == "theirs":
            # The newest hub row this laptop has: never back to an older version, nor
            # back to life when the hub deleted the row since (a pulled deletion also
            # marks the conflict's copy as gone). The conflict's copy when there is no
            # agreed row, or when the agreed row is only this laptop's own side as it was
            # pushed (acknowledged, but not taken: the hub kept its row and reported this
            # conflict; the pull that follows brings the hub's row anyway).
            if agreed is None or self._own_side(conn, table, row_id, agreed, _loads(c["mine_json"]), columns):
                hub = theirs
            else:
                hub = None if _gone(agreed) else agreed
            with self._applying(conn):
                if hub is not None:
                    self._put_hub_row(conn, table, row_id, hub)
                else:
                    conn.execute("DELETE FROM sync_base WHERE table_name = ? AND row_id = ?", (table, row_id))
                    if local is not None and local.get("deleted_at") is None:
                        now = store.now()
                        conn.execute(f"UPDATE {table} SET deleted_at = ?, updated_at = ? WHERE id = ?",
                                     (now, now, row_id))
        else:
            with self._applying(conn):
                if theirs is not None:
                    self._put_hub_row(conn, table, row_id, theirs)
                else:
                    conn.execute("DELETE FROM sync_base WHERE table_name = ? AND row_id = ?", (table, row_id))
            here = self._row(conn, table, row_id)
            if want_deleted:
                if here is not None and here.get("deleted_at") is None:
                    store.tombstone(table, row_id)
            else:
                values = {k: v for k, v in mine.items() if k in columns and k not in BOOKKEEPING and k != "id"}
                values["deleted_at"] = None
                if theirs is not None:
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
            self._trash_hub_row(conn, table, row_id, theirs, self._row(conn, table, row_id))

    # --- helpers ----------------------------------------------------------------------

    @contextmanager
    def _capturing(self, conn: sqlite3.Connection) -> Iterator[None]:
        """Inside ``_applying``: capture on again, for a change this laptop makes as the
        user would (it is pushed like theirs)."""
        conn.execute("UPDATE sync_state SET applying = 0")
        try:
            yield
        finally:
            if conn.in_transaction:
                conn.execute("UPDATE sync_state SET applying = 1")

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
        """The synced columns of ``table`` (a name from ``SYNCED_TABLES``: any other is a
        ValueError, never put into SQL)."""
        if table not in self._columns:
            if table not in TABLE_ORDER:
                raise ValueError(f"not a synced table: {table!r}")
            self._columns[table] = synced_columns(self.conn, table)
        return self._columns[table]

    def column_set(self, table: str) -> frozenset[str]:
        if table not in self._column_sets:
            self._column_sets[table] = frozenset(self.columns(table))
        return self._column_sets[table]

    def parents(self, table: str) -> list[tuple[str, str, str]]:
        """``(parent table, column, parent column)`` of each foreign key of ``table`` (a
        synced table, or ValueError)."""
        if table not in self._parents:
            if table not in TABLE_ORDER:
                raise ValueError(f"not a synced table: {table!r}")
            self._parents[table] = [(r[2], r[3], r[4] or "id")
                                    for r in self.conn.execute(f"PRAGMA foreign_key_list({table})")]
        return self._parents[table]

    def _unique_keys(self, table: str) -> bool:
        """Whether ``table`` has a unique index on something else than ``id`` (then the
        order in which its pulled rows are written can matter)."""
        if table not in self._unique:
            found = False
            self.columns(table)  # a synced table
            for index in self.conn.execute(f"PRAGMA index_list({table})").fetchall():
                if index[2]:
                    cols = [r[2] for r in self.conn.execute(f"PRAGMA index_info('{index[1]}')")]
                    found = found or cols != ["id"]
            self._unique[table] = found
        return self._unique[table]

    def _dedupable(self, table: str) -> bool:
        """Whether a duplicate of the same content may be settled without asking: only in
        a table no synced table refers to. (``design_sheet`` is referred to by its texts,
        which arrive after it: the laptop cannot know yet whether trashing one sheet
        would hide texts typed on another laptop, nor whether moving them to the other
        sheet would clash with its texts.)"""
        return not any(parent == table for child in SYNCED_TABLES for parent, _, _ in self.parents(child))

    def seen_rows(self, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], Any]:
        """``{(table, row_id): row}`` as last agreed with the hub (``sync_base``), for the
        given rows that have one (a push's ``seen``); one query per table and 500 rows."""
        by_table: dict[str, dict[str, None]] = {}
        for table, row_id in keys:
            by_table.setdefault(table, {})[row_id] = None
        seen: dict[tuple[str, str], Any] = {}
        for table, ids in by_table.items():
            for chunk in _chunks(list(ids)):
                for row_id, data in self.conn.execute(
                    "SELECT row_id, data_json FROM sync_base WHERE table_name = ?"
                    f" AND row_id IN ({', '.join('?' * len(chunk))})", [table, *chunk],
                ):
                    seen[(table, row_id)] = json.loads(data)
        return seen

    def _rows_by_id(self, conn: sqlite3.Connection, table: str,
                    ids: list[str]) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
        """The rows here with these ids (synced columns), and for companies their search
        text; one query per 500 ids."""
        columns = self.columns(table)
        extra = ", search_text" if table == "company" else ""
        rows: dict[str, dict[str, Any]] = {}
        texts: dict[str, str] = {}
        n = len(columns)
        for chunk in _chunks(ids):
            for r in conn.execute(f"SELECT {', '.join(columns)}{extra} FROM {table}"
                                  f" WHERE id IN ({', '.join('?' * len(chunk))})", chunk):
                row = dict(zip(columns, r[:n]))
                rows[row["id"]] = row
                if extra:
                    texts[row["id"]] = r[n]
        return rows, texts

    def _pending_by_id(self, conn: sqlite3.Connection, table: str, ids: list[str]) -> dict[str, list[dict[str, Any]]]:
        """The unpushed outbox entries of these rows, in seq order, by row id."""
        pending: dict[str, list[dict[str, Any]]] = {}
        for chunk in _chunks(ids):
            for entry in _entries(conn.execute(
                f"SELECT {_ENTRY_COLUMNS} FROM sync_outbox WHERE table_name = ? AND pushed = 0"
                f" AND row_id IN ({', '.join('?' * len(chunk))}) ORDER BY seq", [table, *chunk],
            )):
                pending.setdefault(entry["row_id"], []).append(entry)
        return pending

    @staticmethod
    def _rows(conn: sqlite3.Connection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
        cur = conn.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]

    def _row(self, conn: sqlite3.Connection, table: str, row_id: str) -> dict[str, Any] | None:
        found = self._rows(conn, f"SELECT {', '.join(self.columns(table))} FROM {table} WHERE id = ?", [row_id])
        return found[0] if found else None

    def _own_side(self, conn: sqlite3.Connection, table: str, row_id: str, agreed: dict[str, Any], mine: Any,
                  columns: list[str]) -> bool:
        """Whether the agreed row (``sync_base``) is this laptop's side of a conflict on
        the row: it holds the values of the conflict's ``mine`` (when that is a row) and
        was set by an acknowledgement — it is, to the byte, a pushed entry's row (a pulled
        row is written in another JSON form). The second test reads the outbox (no index
        on pushed entries: up to ~80 ms for 200,000 entries), so it comes last."""
        if isinstance(mine, dict) and any(agreed.get(k) != v for k, v in mine.items()
                                          if k in columns and k not in BOOKKEEPING):
            return False
        return conn.execute(
            "SELECT 1 FROM sync_base b JOIN sync_outbox o ON o.table_name = b.table_name"
            " AND o.row_id = b.row_id AND o.new_json = b.data_json"
            " WHERE b.table_name = ? AND b.row_id = ? AND o.pushed = 1 LIMIT 1", (table, row_id),
        ).fetchone() is not None

    def _base(self, conn: sqlite3.Connection, table: str, row_id: str) -> Any:
        """The row as last agreed with the hub (``sync_base``), or None."""
        found = conn.execute("SELECT data_json FROM sync_base WHERE table_name = ? AND row_id = ?",
                             (table, row_id)).fetchone()
        return _loads(found[0]) if found else None

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
            (table, row_id, _dumps(data)),
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


def _same_content(pulled: dict[str, Any], mine: dict[str, Any], columns: list[str]) -> bool:
    """Two rows that clash on a natural key say the same thing: every synced column but
    ``id`` and the bookkeeping ones (created_at, updated_at, updated_by) is equal — also
    ``deleted_at`` (both live). A column the pulled row lacks counts as different. None
    of the tables with a natural key has another timestamp column."""
    return all(c in pulled and pulled[c] == mine.get(c) for c in columns if c != "id" and c not in BOOKKEEPING)


def _gone(data: Any) -> bool:
    """The hub's side of a row is that it no longer has it."""
    return data is None or (isinstance(data, dict) and bool(data.get("_purged")))


def _same(a: dict[str, Any] | None, b: dict[str, Any] | None, columns: list[str]) -> bool:
    """Two states of a row hold the same values (bookkeeping aside)."""
    if a is None or b is None:
        return a is b
    return all(a.get(c) == b.get(c) for c in columns if c not in BOOKKEEPING)


def pending_count(conn: sqlite3.Connection) -> int:
    """How many rows have changes waiting to be pushed (20 autosaves of one note count once)."""
    (acked,) = conn.execute("SELECT acked_seq FROM sync_state").fetchone()
    return conn.execute(
        "SELECT count(*) FROM (SELECT DISTINCT table_name, row_id FROM sync_outbox"
        " WHERE seq > ? AND pushed = 0)", (acked,)
    ).fetchone()[0]


def read_status(path: Path) -> tuple[int, int, str | None]:
    """(rows waiting to be pushed, open conflicts, last sync time) read on a connection
    of its own, read-only, so the status bar can count on another thread."""
    from banso_desktop.store.integrity import read_only_uri

    conn = sqlite3.connect(read_only_uri(path, live=True), uri=True, timeout=10)
    try:
        pending = pending_count(conn)
        (conflicts,) = conn.execute("SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL").fetchone()
        (last,) = conn.execute("SELECT last_sync_at FROM sync_state WHERE id = 1").fetchone()
        return pending, conflicts, last
    finally:
        conn.close()
