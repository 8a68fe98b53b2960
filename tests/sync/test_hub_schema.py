"""The hub's schema steps: an older hub upgraded in place keeps its data and goes on
syncing, and the set-based push of schema 2 decides every change exactly as the
one-by-one push of schema 1 did (same rows, same conflicts)."""

from __future__ import annotations

import json
import uuid

import psycopg
import pytest

from banso_desktop.store import open_store
from banso_desktop.sync import PROTOCOL, hub
from banso_desktop.sync.client import connect, sync

PASSWORD = "schema-secret-1"


def _hub(pg_cluster, hub_db, steps=hub.STEPS):
    hub.init(hub_db, steps=steps)
    hub.add_user(hub_db, "みどり市商工会", "tanaka", PASSWORD)
    port = pg_cluster.port
    return f"host=127.0.0.1 port={port} dbname={psycopg.conninfo.conninfo_to_dict(hub_db)['dbname']}"


def _sync(store, user_dsn):
    conn = connect(user_dsn, "tanaka", PASSWORD)
    try:
        return sync(store, conn)
    finally:
        conn.close()


def test_an_older_hub_is_upgraded_in_place_and_keeps_its_rows(pg_cluster, hub_db, tmp_path):
    user_dsn = _hub(pg_cluster, hub_db, steps=hub.STEPS[:1])
    with psycopg.connect(hub_db) as conn:
        assert hub.schema_version(conn.cursor()) == 1
    laptop = open_store(tmp_path / "a.sqlite3")
    company = laptop.companies.create({"name": "株式会社アップグレード"})
    _sync(laptop, user_dsn)
    with psycopg.connect(hub_db) as conn:
        epoch = conn.execute("SELECT epoch FROM banso.meta").fetchone()[0]
    result = hub.init(hub_db)
    assert result["upgraded_from"] == 1 and result["schema_version"] == len(hub.STEPS) == 4
    assert hub.init(hub_db)["upgraded_from"] == 4  # again: nothing to do
    with psycopg.connect(hub_db) as conn:
        # Same hub (same epoch): laptops carry on, nothing is sent again.
        assert conn.execute("SELECT epoch FROM banso.meta").fetchone()[0] == epoch
        assert conn.execute("SELECT count(*) FROM banso.row WHERE row_id = %s", (company,)).fetchone()[0] == 1
    laptop.companies.update(company, {"phone": "0277-00-1111"})
    again = _sync(laptop, user_dsn)
    assert not again.new_hub and again.pushed == 1
    with psycopg.connect(hub_db) as conn:
        data = conn.execute("SELECT data FROM banso.row WHERE row_id = %s", (company,)).fetchone()[0]
    assert data["phone"] == "0277-00-1111" and data["name"] == "株式会社アップグレード"
    laptop.close()


# Hub rows before the push: (row id, data).
START = {
    "r1": {"id": "r1", "name": "元", "memo": "メモ", "phone": None, "updated_at": "2026-01-01"},
    "r2": {"id": "r2", "name": "ハブで直した", "memo": "メモ", "updated_at": "2026-01-05"},
    "r3": {"id": "r3", "name": "元", "memo": "メモ", "deleted_at": "2026-01-03", "updated_at": "2026-01-03"},
    "r4": {"id": "r4", "name": "元", "memo": "メモ", "updated_at": "2026-02-01"},
    "r5": {"id": "r5", "name": "元", "updated_at": "2026-01-01"},
    "r6": {"id": "r6", "name": "元", "memo": "ハブのメモ", "updated_at": "2026-01-01"},
    "r7": {"id": "r7", "name": "元", "updated_at": "2026-01-01"},
}
SEEN = {**START, "r2": {**START["r2"], "name": "元"}, "r3": {**START["r3"], "deleted_at": None},
        "r6": {**START["r6"], "memo": "メモ"}}
# (row id, fields, base): every branch of the field-by-field merge.
CHANGES = [
    ("r1", {"name": "直した", "updated_at": "2026-01-10", "updated_by": "c1"}, {"name": "元"}),        # clean
    ("r2", {"name": "ノートで直した", "updated_at": "2026-01-10"}, {"name": "元"}),                  # both changed: conflict
    ("r2", {"memo": "別の欄", "updated_at": "2026-01-10"}, {"memo": "メモ"}),                         # other field: merges
    ("r3", {"memo": "ゴミ箱の行を編集", "updated_at": "2026-01-10"}, {"memo": "メモ"}),                # edit vs trash
    ("r4", {"name": "古い時計", "updated_at": "2026-01-10"}, {"name": "元"}),                       # older stamp kept
    ("r5", {"phone": "090", "updated_at": "2026-01-10"}, {"phone": None}),                         # field the hub lacks
    ("r6", {"memo": "ハブのメモ", "updated_at": "2026-01-10"}, {"memo": "メモ"}),                     # same value: no change
    ("r7", {"name": "元", "updated_at": "2026-01-10"}, {"name": "元"}),                             # equal to base: nothing
    ("r7", {"deleted_at": "2026-01-11", "updated_at": "2026-01-11"}, {"deleted_at": None}),       # trash (second push)
    ("r9", {"name": "ハブにない行", "updated_at": "2026-01-10"}, {"name": "元"}),                    # the hub lost it
]


def _push(conn, client, changes, start_seq):
    payload = []
    for n, (row_id, fields, base) in enumerate(changes, start=start_seq):
        payload.append({"change_id": str(uuid.uuid4()), "seq_from": n, "seq_to": n, "table": "company",
                        "row_id": row_id, "op": "upsert", "fields": fields, "base": base,
                        "seen": SEEN.get(row_id, {"id": row_id, "name": "元"})})
    return conn.execute("SELECT banso_api.push(%s, %s, %s)",
                        (client, PROTOCOL, json.dumps(payload, ensure_ascii=False))).fetchone()[0]


def _outcome(admin_dsn, user_dsn):
    # One change per row per push (as the laptop sends them): the second r2 and r7 changes
    # go in separate pushes.
    conn = psycopg.connect(user_dsn, user="tanaka", password=PASSWORD, autocommit=True)
    client = "laptop-" + uuid.uuid4().hex[:8]
    _push(conn, client, [(r, {k: v for k, v in d.items() if k != "id"} | {"id": r}, None) for r, d in START.items()], 1)
    first, second = [], []
    for change in CHANGES:
        (second if any(c[0] == change[0] for c in first) else first).append(change)
    answers = [_push(conn, client, first, 100), _push(conn, client, second, 200)]
    conn.close()
    with psycopg.connect(admin_dsn) as admin:
        rows = {r: d for r, d in admin.execute("SELECT row_id, data FROM banso.row WHERE table_name = 'company'")}
        conflicts = sorted(admin.execute(
            "SELECT row_id, coalesce(field, ''), kind, mine::text, theirs::text FROM banso.conflict").fetchall())
        echoes = {r for (r,) in admin.execute("SELECT row_id FROM banso.row WHERE origin_client IS NOT NULL")}
    return [(a["applied"], a["conflicts"]) for a in answers], rows, conflicts, echoes


@pytest.fixture
def hubs_by_schema(pg_cluster):
    """Hubs of schema 1 (one by one), 2 (set-based) and the newest."""
    names = []
    dsns = []
    for step_count in (1, 2, len(hub.STEPS)):
        name = f"hub_equiv_{step_count}_{uuid.uuid4().hex[:6]}"
        admin = pg_cluster.create_database(name)
        names.append(name)
        dsns.append((admin, _hub(pg_cluster, admin, steps=hub.STEPS[:step_count])))
    yield dsns
    for name in names:
        pg_cluster.drop_database(name)


def test_the_set_based_push_decides_exactly_as_the_one_by_one_push(hubs_by_schema):
    (old_admin, old_user), (v2_admin, v2_user), (new_admin, new_user) = hubs_by_schema
    old = _outcome(old_admin, old_user)
    assert _outcome(v2_admin, v2_user) == old
    new = _outcome(new_admin, new_user)
    # Schema 3 decides the same, but no longer marks as held by the laptop a version
    # whose stamps are the hub's newer ones (r4: the laptop is sent them).
    assert new[:3] == old[:3] and new[3] == old[3] - {"r4"}
    answers, rows, conflicts, echoes = new
    # And what that outcome is, so the test says what it checks.
    assert rows["r1"]["name"] == "直した" and rows["r1"]["updated_by"] == "c1"
    assert rows["r7"]["deleted_at"] == "2026-01-11" and rows["r6"]["memo"] == "ハブのメモ"
    assert rows["r2"]["name"] == "ハブで直した" and rows["r2"]["memo"] == "別の欄"
    assert rows["r4"]["name"] == "古い時計" and rows["r4"]["updated_at"] == "2026-02-01"
    assert rows["r5"]["phone"] == "090" and rows["r9"]["name"] == "ハブにない行"
    assert [(c[0], c[1], c[2]) for c in conflicts] == [("r2", "name", "field"), ("r3", "deleted_at", "edit_delete")]
    # Versions the laptop holds exactly (its pulls skip them): not r2, which it lacks.
    assert "r1" in echoes and "r2" not in echoes and "r4" not in echoes
