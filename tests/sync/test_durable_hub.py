"""A push the hub confirmed survives a crash of the hub, whatever the server's
synchronous_commit (the test clusters run with it off, as some offices tune theirs).

Found by the cut-sync battery (tests/reliability/test_sync_cuts.py): on such a hub a
crash (``pg_ctl stop -m immediate``) undid pushes it had confirmed and handed their
version numbers out again; a laptop that had pulled them never received the rows that
reused them (a company missing on one laptop for good). ``banso hub init`` and ``hub
add-user`` now make every consultant's login commit durably."""

from __future__ import annotations

import psycopg

from banso_desktop.store import open_store
from banso_desktop.sync import hub
from banso_desktop.sync.client import connect, sync
from banso_desktop.sync.local import LocalSync

PASSWORD = "durable-secret-1"


def user_dsn(pg_cluster, hub_db):
    return f"host=127.0.0.1 port={pg_cluster.port} dbname={psycopg.conninfo.conninfo_to_dict(hub_db)['dbname']}"


def consultant_setting(pg_cluster, hub_db):
    with psycopg.connect(user_dsn(pg_cluster, hub_db), user="tanaka", password=PASSWORD) as conn:
        return conn.execute("SHOW synchronous_commit").fetchone()[0]


def test_consultants_commit_durably_on_a_server_that_does_not(pg_cluster, hub_db):
    with pg_cluster.connect() as admin:
        assert admin.execute("SHOW synchronous_commit").fetchone()[0] == "off"  # the server's default here
    hub.init(hub_db)
    hub.add_user(hub_db, "みどり市商工会", "tanaka", PASSWORD)
    assert consultant_setting(pg_cluster, hub_db) == "on"
    # A consultant added by an older version of the app: the next hub init sees to it.
    with pg_cluster.connect() as admin:
        admin.execute("ALTER ROLE tanaka RESET synchronous_commit")
    assert consultant_setting(pg_cluster, hub_db) == "off"
    hub.init(hub_db)
    assert consultant_setting(pg_cluster, hub_db) == "on"


def test_a_push_confirmed_just_before_the_hub_crashes_is_kept(pg_cluster, hub_db, tmp_path):
    hub.init(hub_db)
    hub.add_user(hub_db, "みどり市商工会", "tanaka", PASSWORD)
    laptop = open_store(tmp_path / "a.sqlite3")
    try:
        made = {laptop.companies.create({"name": f"落ちる直前の会社{n}"}) for n in range(20)}
        conn = connect(user_dsn(pg_cluster, hub_db), "tanaka", PASSWORD)
        try:
            sync(laptop, conn)
        finally:
            conn.close()
        pg_cluster.restart(mode="immediate")  # the hub's power cable, at once
        with psycopg.connect(hub_db) as admin:
            held = {r for (r,) in admin.execute("SELECT row_id FROM banso.row WHERE table_name = 'company'")}
            client = admin.execute("SELECT acked_seq FROM banso.client").fetchone()
        assert len(made - held) == 0, f"{len(made - held)} of 20 confirmed companies lost in the crash"
        assert client is not None and client[0] == LocalSync(laptop).state()["acked_seq"]
    finally:
        laptop.close()
