"""“Join both” on a conflict whose field accepts only some values (an interview's stage,
P0–P6) used to end in a raw sqlite3.IntegrityError (“CHECK constraint failed”) — in
the app, a technical line instead of a reason. Found by the cut-sync battery
(tests/reliability/test_sync_cuts.py). Now it is a ResolveError saying what to do, the
conflict stays open and nothing of the attempt is kept."""

from __future__ import annotations

import psycopg
import pytest

from banso_desktop.store import open_store
from banso_desktop.sync import hub
from banso_desktop.sync.local import LocalSync, ResolveError
from tests.sync.accounts import TWO, run_sync

PASSWORDS = TWO


@pytest.fixture
def stage_conflict(pg_cluster, hub_db, tmp_path):
    """Laptop B holds a field conflict on a session's stage: its P3 against A's P2."""
    hub.init(hub_db)
    for user, password in PASSWORDS.items():
        hub.add_user(hub_db, "みどり市商工会", user, password)
    dsn = f"host=127.0.0.1 port={pg_cluster.port} dbname={psycopg.conninfo.conninfo_to_dict(hub_db)['dbname']}"
    a = open_store(tmp_path / "a.sqlite3")
    b = open_store(tmp_path / "b.sqlite3")
    company = a.companies.create({"name": "株式会社段階"})
    session = a.sessions.start(company, "2025-06-01", theme="定例")
    run_sync(a, dsn, "tanaka")
    run_sync(b, dsn, "suzuki")
    a.sessions.update(session, {"stage": "P2"})
    b.sessions.update(session, {"stage": "P3"})
    run_sync(a, dsn, "tanaka")
    assert run_sync(b, dsn, "suzuki").conflicts == 1
    yield dsn, a, b, session
    a.close()
    b.close()


def state(store, session):
    conn = store.conn
    return (conn.execute("SELECT stage, updated_at FROM session WHERE id = ?", (session,)).fetchone(),
            conn.execute("SELECT count(*), max(seq) FROM sync_outbox").fetchone(),
            conn.execute("SELECT data_json FROM sync_base WHERE row_id = ?", (session,)).fetchone())


def test_joining_two_stages_is_refused_with_a_reason_and_changes_nothing(stage_conflict):
    dsn, a, b, session = stage_conflict
    local = LocalSync(b)
    (conflict,) = local.conflicts()
    assert (conflict["field"], conflict["mine"], conflict["theirs"]) == ("stage", "P3", "P2")
    before = state(b, session)
    with pytest.raises(ResolveError) as refused:
        local.resolve(conflict["id"], "combined", "P2 / P3")
    text = refused.value.render()
    assert "P2 / P3" in text and "keep one of the two versions" in text
    assert state(b, session) == before  # not a byte of the attempt is kept
    assert [c["id"] for c in local.conflicts()] == [conflict["id"]]  # still open
    assert not b.conn.in_transaction
    # A value the field accepts, typed over the joined text, resolves it and reaches A.
    local.resolve(conflict["id"], "combined", "P4")
    run_sync(b, dsn, "suzuki")
    run_sync(a, dsn, "tanaka")
    assert a.sessions.get(session)["stage"] == b.sessions.get(session)["stage"] == "P4"
    assert local.conflicts() == []
