"""Opening the user's SQLite file: WAL, foreign keys, busy timeout, schema ladder."""

from __future__ import annotations

import sqlite3
import uuid
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from functools import cached_property
from typing import TYPE_CHECKING, Any, Iterator

from banso_desktop.domain.text import QT_TRANSLATE_NOOP
from banso_desktop.store.errors import StoreError
from banso_desktop.store.integrity import GARBLED_SCHEMA, access_error, check_before_open, damaged, is_damage
from banso_desktop.store.migrations import LATEST, migrate, newer_file_error, schema_version

if TYPE_CHECKING:
    import sqlite_utils

    from banso_desktop.store.benchmarks import Benchmarks
    from banso_desktop.store.companies import Companies
    from banso_desktop.store.design import DesignSheets
    from banso_desktop.store.people import People
    from banso_desktop.store.plan import Plan
    from banso_desktop.store.records import Drafts, FiscalPeriods
    from banso_desktop.store.rokaben import RokabenSheets
    from banso_desktop.store.search import Search
    from banso_desktop.store.sessions import Sessions

# local_meta key: the interview open in this file (reopened after a crash or a quit).
META_OPEN_INTERVIEW = "interview.session"

BUSY_TIMEOUT_S = 10.0


def utc_now() -> str:
    """Current time as ISO 8601 UTC with milliseconds, the form every timestamp column uses."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def dict_rows(cur: sqlite3.Cursor) -> list[dict[str, Any]]:
    """A query's rows as dicts keyed by column name."""
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def new_id() -> str:
    """A new UUID for a synced row (made on the laptop, unique across the organisation)."""
    return str(uuid.uuid4())


class Store:
    """One open database file and the repositories over it.

    A Store is used from one thread at a time; the GUI keeps one for reading on the
    UI thread and another for writing on its writer thread (WAL lets them overlap).
    """

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn: sqlite3.Connection = conn
        self.path = path
        self._depth = 0  # nesting of write()
        self.local_consultant_id: str = self.meta("local_consultant_id") or ""
        self.database_id: str = self.meta("database_id") or ""

    # The repositories, each made (and its module imported) on first use: the window's
    # start needs only the company list.

    @cached_property
    def companies(self) -> Companies:
        from banso_desktop.store.companies import Companies

        return Companies(self)

    @cached_property
    def people(self) -> People:
        from banso_desktop.store.people import People

        return People(self)

    @cached_property
    def drafts(self) -> Drafts:
        from banso_desktop.store.records import Drafts

        return Drafts(self)

    @cached_property
    def periods(self) -> FiscalPeriods:
        from banso_desktop.store.records import FiscalPeriods

        return FiscalPeriods(self)

    @cached_property
    def sessions(self) -> Sessions:
        from banso_desktop.store.sessions import Sessions

        return Sessions(self)

    @cached_property
    def benchmarks(self) -> Benchmarks:
        from banso_desktop.store.benchmarks import Benchmarks

        return Benchmarks(self)

    @cached_property
    def rokaben(self) -> RokabenSheets:
        from banso_desktop.store.rokaben import RokabenSheets

        return RokabenSheets(self)

    @cached_property
    def design(self) -> DesignSheets:
        from banso_desktop.store.design import DesignSheets

        return DesignSheets(self)

    @cached_property
    def plan(self) -> Plan:
        from banso_desktop.store.plan import Plan

        return Plan(self)

    @cached_property
    def search(self) -> Search:
        from banso_desktop.store.search import Search

        return Search(self)

    now = staticmethod(utc_now)

    @cached_property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over this connection, made on first use: importing it costs
        ~50 ms, which the app's start does without."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn, execute_plugins=False)

    def meta(self, key: str) -> str | None:
        """A value from this file's local (never synced) metadata."""
        row = self.conn.execute("SELECT value FROM local_meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str | None) -> None:
        """Set (or with None, remove) a local metadata value."""
        with self.write() as conn:
            if value is None:
                conn.execute("DELETE FROM local_meta WHERE key = ?", (key,))
            else:
                conn.execute(
                    "INSERT INTO local_meta (key, value) VALUES (?, ?)"
                    " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (key, value),
                )

    # --- rows of synced tables: every write stamps updated_at / updated_by ----------

    def insert_row(self, table: str, values: dict[str, Any], row_id: str | None = None) -> str:
        """Insert a synced row with a new (or given) UUID and its stamps; returns the id."""
        now = self.now()
        row = {"id": row_id or new_id(), **values, "created_at": now, "updated_at": now,
               "updated_by": self.local_consultant_id}
        with self.write() as conn:
            conn.execute(
                f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
                list(row.values()),
            )
        return row["id"]

    def update_row(self, table: str, row_id: str, changes: dict[str, Any], live_only: bool = True) -> bool:
        """Change columns of one row (and its stamps); False when there is no such row."""
        if not changes:
            return self.conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)).fetchone() is not None
        sets = ", ".join(f"{name} = ?" for name in changes)
        live = " AND deleted_at IS NULL" if live_only else ""
        with self.write() as conn:
            cur = conn.execute(
                f"UPDATE {table} SET {sets}, updated_at = ?, updated_by = ? WHERE id = ?{live}",
                [*changes.values(), self.now(), self.local_consultant_id, row_id],
            )
        return cur.rowcount == 1

    def tombstone(self, table: str, row_id: str) -> bool:
        """Mark a live row deleted (kept for sync and restore)."""
        return self.update_row(table, row_id, {"deleted_at": self.now()})

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (``BEGIN IMMEDIATE``); nested calls join the outer one.

        The connection is in autocommit mode, so no statement outside ``write()`` can
        leave a transaction open for a later write to join by mistake; a failed COMMIT
        is rolled back and raised, never left pending.
        """
        if self._depth:
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        finally:
            self._depth = 0

    def close(self) -> None:
        """Close the connection (the WAL is checkpointed by SQLite on the last close)."""
        self.conn.close()


def _connect(path: Path) -> sqlite3.Connection:
    # isolation_level=None: autocommit; transactions are only the explicit ones.
    # check_same_thread=False: a Store may be created on one thread and then used
    # (only) by another, as the GUI's writer thread does.
    conn = sqlite3.connect(
        str(path), timeout=BUSY_TIMEOUT_S, check_same_thread=False, isolation_level=None
    )
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _refuse_unknown_files(conn: sqlite3.Connection, path: Path) -> None:
    """Before changing anything: refuse another program's file or a newer app's."""
    version = schema_version(conn)
    if version == 0 and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
        raise StoreError(
            QT_TRANSLATE_NOOP("store", "{path} is not a Banso Desktop database file."), path=path
        )
    if version > LATEST:
        raise newer_file_error(version)


def _tune(conn: sqlite3.Connection) -> None:
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode.lower() != "wal":
        raise sqlite3.OperationalError(f"journal_mode is {mode}")
    # FULL: each commit reaches the disk, so a power cut keeps what was autosaved.
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA cache_size = -32768")  # 32 MiB: searches over 10,000 companies stay in memory


def open_store(path: str | Path, create: bool = True) -> Store:
    """Open (and create or upgrade) the database file at ``path``.

    Raises :class:`StoreError` with a message for the user when the file is missing
    (and ``create`` is false), is not a database, cannot be opened, or was made by a
    newer version of the app.
    """
    path = Path(path).expanduser()
    if path.is_dir():
        raise StoreError(
            QT_TRANSLATE_NOOP("store", "{path} is a folder, not a database file."), path=path
        )
    if not path.exists():
        if not create:
            raise StoreError(QT_TRANSLATE_NOOP("store", "There is no database at {path}."), path=path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                QT_TRANSLATE_NOOP("store", "Cannot create the folder for {path}: {reason}"),
                path=path,
                reason=exc.strerror or str(exc),
            ) from None
    # Permissions, a damaged file: found before any connection that could write to it.
    check_before_open(path)
    conn = None
    try:
        conn = _connect(path)
        _refuse_unknown_files(conn, path)
        _tune(conn)
        before = migrate(conn, utc_now())
        store = Store(conn, path)
        if 0 < before < LATEST:
            # Folding rules may have changed with the upgrade: recompute search text.
            store.companies.reindex()
        return store
    except StoreError:
        if conn is not None:
            conn.close()  # closing twice is harmless
        raise
    except UnicodeDecodeError:
        if conn is not None:
            conn.close()
        raise damaged(path, GARBLED_SCHEMA) from None  # SQLite quoted garbled bytes
    except sqlite3.DatabaseError as exc:
        if conn is not None:
            conn.close()
        if is_damage(exc):
            raise damaged(path, exc) from None
        problem = access_error(path, exc)
        if problem is not None:
            raise problem from None
        raise StoreError(
            QT_TRANSLATE_NOOP("store", "Cannot open {path}: {reason}"), path=path, reason=str(exc)
        ) from None
