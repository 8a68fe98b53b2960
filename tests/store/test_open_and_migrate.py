"""Opening real SQLite files: pragmas, the migration ladder, refusing the wrong files."""

import hashlib
import sqlite3
import threading
import time

import pytest
import sqlite_utils

from banso_desktop.store import StoreError, open_store
from banso_desktop.store.migrations import LATEST, STEPS, migrate, schema_version

SYNCED_TABLES = [
    "organization", "consultant", "company", "fiscal_period", "session", "note",
    "benchmark_set", "rokaben_text", "business_flow_step", "commercial_party",
]


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_is_wal_with_foreign_keys_and_busy_timeout(store):
    conn = store.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    assert schema_version(conn) == LATEST
    assert store.local_consultant_id and store.database_id
    assert isinstance(store.db, sqlite_utils.Database)


def test_default_location_is_created_in_the_user_data_folder(isolated_user_folders, monkeypatch):
    from banso_desktop.paths import default_db_path

    monkeypatch.delenv("BANSO_DB")
    path = default_db_path()
    assert str(path).startswith(str(isolated_user_folders / "data"))
    s = open_store(path)
    assert path.exists()
    s.close()


def test_every_synced_table_has_the_sync_columns(store):
    for table in SYNCED_TABLES:
        columns = store.db.table(table).columns_dict
        for name in ("id", "created_at", "updated_at", "updated_by", "deleted_at"):
            assert name in columns, f"{table}.{name}"
        assert columns["id"] is str


def test_foreign_keys_are_enforced(store):
    with pytest.raises(sqlite3.IntegrityError):
        with store.write() as conn:
            conn.execute(
                "INSERT INTO fiscal_period (id, company_id, period_end, created_at, updated_at)"
                " VALUES ('p', 'no-such-company', '2025-03-31', 'x', 'x')"
            )


def test_migrates_a_previous_version_file_keeping_its_data(db_path):
    conn = sqlite3.connect(db_path)
    db = sqlite_utils.Database(conn)
    migrate(db, "2025-01-01T00:00:00.000Z", steps=STEPS[:1])
    assert schema_version(conn) == 1
    conn.execute(
        "INSERT INTO company (id, name, name_kana, created_at, updated_at)"
        " VALUES ('c1', '株式会社旧版', 'キュウハン', 'x', 'x')"
    )
    conn.commit()
    conn.close()

    store = open_store(db_path)
    assert schema_version(store.conn) == LATEST
    assert store.companies.get("c1")["name"] == "株式会社旧版"
    assert "note" in store.db.table_names()
    assert [r.id for r in store.companies.search("旧版")] == ["c1"]
    store.close()


def test_refuses_a_newer_file_and_leaves_it_untouched(db_path):
    # A newer app's file, as it might come back from a colleague: not in WAL mode.
    open_store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.commit()
    conn.close()
    before = _digest(db_path)
    with pytest.raises(StoreError) as info:
        open_store(db_path)
    assert "newer Banso Desktop" in info.value.render()
    assert _digest(db_path) == before
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_refuses_another_programs_sqlite_file_untouched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE things (x)")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(StoreError) as info:
        open_store(path)
    assert "not a Banso Desktop database" in info.value.render()
    assert _digest(path) == before
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_refuses_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("これはデータベースではありません" * 100, encoding="utf-8")
    with pytest.raises(StoreError) as info:
        open_store(path)
    assert "not a Banso Desktop database" in info.value.render()


def test_missing_file_is_not_created_when_asked_not_to(tmp_path):
    with pytest.raises(StoreError):
        open_store(tmp_path / "missing.sqlite3", create=False)
    assert not (tmp_path / "missing.sqlite3").exists()


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(StoreError):
        open_store(tmp_path)


def test_a_failing_step_leaves_the_file_at_the_previous_version(db_path):
    def broken(db, now):
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("power cut")

    conn = sqlite3.connect(db_path)
    db = sqlite_utils.Database(conn)
    with pytest.raises(RuntimeError):
        migrate(db, "now", steps=[*STEPS, broken])
    assert schema_version(conn) == LATEST
    assert "half_done" not in db.table_names()
    conn.close()


def test_two_processes_opening_at_once_migrate_once(db_path):
    errors, stores = [], []

    def opener():
        try:
            stores.append(open_store(db_path))
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=opener) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    ids = {s.local_consultant_id for s in stores}
    assert len(ids) == 1  # one local identity, created by the one migration that ran
    for s in stores:
        s.close()


def test_a_writer_waits_for_another_instead_of_failing(db_path):
    a, b = open_store(db_path), open_store(db_path)
    a.conn.execute("BEGIN IMMEDIATE")
    a.conn.execute("UPDATE organization SET name = 'A'")
    released = threading.Timer(0.5, lambda: a.conn.execute("COMMIT"))
    released.start()
    started = time.perf_counter()
    b.companies.create({"name": "待つ会社"})
    assert time.perf_counter() - started >= 0.4
    assert b.companies.count() == 1
    released.join()
    a.close()
    b.close()


def test_a_failed_commit_is_rolled_back_and_later_writes_still_commit(db_path):
    store = open_store(db_path)
    with pytest.raises(sqlite3.IntegrityError):
        with store.write() as conn:
            # A deferred foreign-key violation makes COMMIT itself fail.
            conn.execute("PRAGMA defer_foreign_keys = ON")
            conn.execute(
                "INSERT INTO fiscal_period (id, company_id, period_end, created_at, updated_at)"
                " VALUES ('p', 'no-such-company', '2025-03-31', 'x', 'x')"
            )
    assert not store.conn.in_transaction
    store.companies.create({"name": "後から保存"})
    other = sqlite3.connect(db_path)
    assert other.execute("SELECT name FROM company").fetchall() == [("後から保存",)]
    assert other.execute("SELECT count(*) FROM fiscal_period").fetchone()[0] == 0
    other.close()
    store.close()


def test_statements_outside_write_never_leave_a_transaction_open(store):
    store.conn.execute("UPDATE organization SET name = 'autocommitted'")
    assert not store.conn.in_transaction
    with store.write():
        with store.write():  # nested: joins
            store.conn.execute("UPDATE organization SET name = 'nested'")
        assert store.conn.in_transaction
    assert not store.conn.in_transaction
