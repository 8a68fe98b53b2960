"""Every copy of a row ends the same as the hub's (hub schema 3). Found by the cut-sync
battery (tests/reliability/test_sync_cuts.py); each test failed on a schema-2 hub:

* a row put in the trash on two laptops is one decision, not a conflict — but a laptop
  whose trash reached the hub second kept its own date and stamps for ever when it had
  pulled the other's already (its push changed nothing: no version to pull), and a
  laptop that restored a row and put it in the trash again before pushing saw its
  newer date dropped;
* a laptop whose edit reached the hub after the row had been changed and changed back
  there never got the hub's newer stamps (updated_at, updated_by): the version was
  marked as one it already held, so its pulls skipped it.
"""

from __future__ import annotations

import psycopg
import pytest

from banso_desktop.store import open_store
from banso_desktop.sync import hub
from banso_desktop.sync.client import connect, sync
from banso_desktop.sync.local import LocalSync
from tests.sync.accounts import TWO, run_sync

PASSWORDS = TWO
COMPARED = ("name", "memo", "deleted_at", "updated_at", "updated_by")


@pytest.fixture
def office(pg_cluster, hub_db, tmp_path):
    hub.init(hub_db)
    for user, password in PASSWORDS.items():
        hub.add_user(hub_db, "みどり市商工会", user, password)
    dbname = psycopg.conninfo.conninfo_to_dict(hub_db)["dbname"]
    dsn = f"host=127.0.0.1 port={pg_cluster.port} dbname={dbname}"
    a = open_store(tmp_path / "a.sqlite3")
    b = open_store(tmp_path / "b.sqlite3")
    yield dsn, hub_db, a, b
    a.close()
    b.close()


def hub_row(admin_dsn, row_id):
    with psycopg.connect(admin_dsn) as conn:
        return conn.execute("SELECT data FROM banso.row WHERE row_id = %s", (row_id,)).fetchone()[0]


def row(store, row_id):
    company = store.companies.get(row_id)
    return {c: company[c] for c in COMPARED}


def test_trashed_on_two_laptops_every_copy_ends_with_the_same_row(office):
    dsn, admin_dsn, a, b = office
    company = a.companies.create({"name": "両方で削除する会社"})
    run_sync(a, dsn, "tanaka")
    run_sync(b, dsn, "suzuki")
    a.companies.trash(company)
    run_sync(a, dsn, "tanaka")

    def trash_while_syncing(phase, done, total):
        # B's consultant puts it in the trash too while B's sync runs: after its push,
        # before its pull brings A's trash (B's own stays pending, to be pushed next).
        if phase == "pull" and done == 0:
            b.companies.trash(company)

    conn = connect(dsn, "suzuki", PASSWORDS["suzuki"])
    try:
        sync(b, conn, progress=trash_while_syncing)
    finally:
        conn.close()
    assert LocalSync(b).pending_count() == 1
    assert run_sync(b, dsn, "suzuki").conflicts == 0  # the same decision: no conflict
    run_sync(a, dsn, "tanaka")
    hub_data = hub_row(admin_dsn, company)
    assert hub_data["deleted_at"] is not None
    assert row(a, company) == row(b, company) == {c: hub_data.get(c) for c in COMPARED}
    # And quiet: nothing more to send or fetch.
    for store, user in ((a, "tanaka"), (b, "suzuki")):
        again = run_sync(store, dsn, user)
        assert (again.pushed, again.pulled) == (0, 0)
        assert LocalSync(store).pending_count() == 0


def test_restored_and_trashed_again_before_a_push_the_newer_date_is_everywhere(office):
    dsn, admin_dsn, a, b = office
    company = a.companies.create({"name": "戻してまた削除する会社"})
    a.companies.trash(company)
    run_sync(a, dsn, "tanaka")
    run_sync(b, dsn, "suzuki")
    first = hub_row(admin_dsn, company)["deleted_at"]
    a.companies.restore(company)
    a.companies.trash(company)  # one outbox entry: from the first date to a newer one
    assert a.companies.get(company)["deleted_at"] != first
    run_sync(a, dsn, "tanaka")
    run_sync(b, dsn, "suzuki")
    assert hub_row(admin_dsn, company)["deleted_at"] == a.companies.get(company)["deleted_at"] > first
    assert row(a, company) == row(b, company)


@pytest.mark.parametrize("edit", ["phone", "trash"])  # merged as a set / one by one on the hub
def test_an_edit_pushed_after_a_change_undone_on_the_hub_gets_the_hub_stamps(office, edit):
    dsn, admin_dsn, a, b = office
    company = a.companies.create({"name": "戻された会社", "memo": "元のメモ"})
    run_sync(a, dsn, "tanaka")
    run_sync(b, dsn, "suzuki")
    if edit == "phone":  # typed on A, not pushed yet
        a.companies.update(company, {"phone": "0277-11-2222"})
    else:
        a.companies.trash(company)
    b.companies.update(company, {"memo": "書きかけ"})
    run_sync(b, dsn, "suzuki")
    b.companies.update(company, {"memo": "元のメモ"})  # B takes it back: the data is as A saw it
    run_sync(b, dsn, "suzuki")
    run_sync(a, dsn, "tanaka")
    run_sync(b, dsn, "suzuki")
    hub_data = hub_row(admin_dsn, company)
    assert hub_data["memo"] == "元のメモ"
    assert hub_data["phone"] == "0277-11-2222" if edit == "phone" else hub_data["deleted_at"] is not None
    assert row(a, company) == row(b, company) == {c: hub_data.get(c) for c in COMPARED}
