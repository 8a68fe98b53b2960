"""After a large upload the hub analyses its tables itself (hub schema step 4).

Found by ``banso bench``: right after a laptop's first sync had uploaded part of a
10,000-company file, PostgreSQL still planned for a small table until its autovacuum got
round to it, and the next push of 10,000 edited rows took 30 s instead of 1.2 s."""

from __future__ import annotations

import psycopg

from banso_desktop.store import open_store
from banso_desktop.sync import hub
from banso_desktop.sync.client import connect, sync

PASSWORD = "statistics-secret-1"


def known_rows(hub_db) -> float:
    with psycopg.connect(hub_db) as conn:
        return conn.execute("SELECT reltuples FROM pg_class WHERE oid = 'banso.row'::regclass").fetchone()[0]


def push(store, pg_cluster, hub_db):
    dbname = psycopg.conninfo.conninfo_to_dict(hub_db)["dbname"]
    conn = connect(f"host=127.0.0.1 port={pg_cluster.port} dbname={dbname}", "tanaka", PASSWORD)
    try:
        return sync(store, conn)
    finally:
        conn.close()


def add_companies(store, first: int, count: int) -> None:
    with store.write() as conn:
        conn.executemany(
            "INSERT INTO company (id, organization_id, name, created_at, updated_at)"
            " VALUES (?, (SELECT organization_id FROM consultant LIMIT 1), ?, '2026-11-21', '2026-11-21')",
            [(f"stat-{n:05d}", f"統計商店{n}") for n in range(first, first + count)])


def test_a_large_upload_leaves_the_planner_knowing_the_rows(pg_cluster, hub_db, tmp_path):
    hub.init(hub_db)
    hub.add_user(hub_db, "みどり市商工会", "tanaka", PASSWORD)
    with psycopg.connect(hub_db, autocommit=True) as conn:
        conn.execute("ALTER TABLE banso.row SET (autovacuum_enabled = false)")  # only the hub's own analysis
    store = open_store(tmp_path / "a.sqlite3")
    try:
        push(store, pg_cluster, hub_db)
        assert known_rows(hub_db) < 100  # a new hub: never analysed (-1) or nearly empty
        add_companies(store, 0, 3000)
        assert push(store, pg_cluster, hub_db).pushed >= 3000
        assert known_rows(hub_db) >= 3000
        # A small push after it does not analyse again (the table grew by far less than half).
        before = known_rows(hub_db)
        add_companies(store, 3000, 20)
        push(store, pg_cluster, hub_db)
        assert known_rows(hub_db) == before
    finally:
        store.close()
