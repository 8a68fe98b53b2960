"""The laptop side of sync on real SQLite files: change capture, coalescing, acks,
snapshots, joining the hub's organisation, applying pulled rows, resolving conflicts."""

from __future__ import annotations

import json
import sqlite3
import time

import pytest
import sqlite_utils

from banso_desktop.demo import create_demo
from banso_desktop.store import open_store
from banso_desktop.store.migrations import LATEST, STEPS, migrate, schema_version
from banso_desktop.sync import SYNCED_TABLES
from banso_desktop.sync.local import LocalSync


@pytest.fixture
def sync(store):
    return LocalSync(store)


def outbox(store, pushed=0):
    cur = store.conn.execute(
        "SELECT seq, table_name, row_id, op, new_json, old_json FROM sync_outbox WHERE pushed = ? ORDER BY seq",
        (pushed,),
    )
    return [
        {"seq": s, "table": t, "row_id": r, "op": op, "new": json.loads(n) if n else None,
         "old": json.loads(o) if o else None}
        for s, t, r, op, n, o in cur
    ]


def clear_outbox(store, sync):
    """Pretend everything so far reached the hub."""
    top = store.conn.execute("SELECT coalesce(max(seq), 0) FROM sync_outbox").fetchone()[0]
    sync.mark_acked(top)


def company_with_session(store):
    cid = store.companies.create({"name": "株式会社山田製作所", "name_kana": "ヤマダセイサクショ"})
    sid = store.sessions.start(cid, "2025-04-01", theme="初回")
    return cid, sid


def row_of(store, table, row_id):
    cur = store.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
    names = [d[0] for d in cur.description]
    r = cur.fetchone()
    return dict(zip(names, r)) if r else None


def hub_row(store, table, row_id, **changes):
    """The row as the hub would send it: synced columns only, with changes."""
    data = {k: v for k, v in row_of(store, table, row_id).items() if k not in ("seq", "search_text")}
    data.update(changes)
    return {"table": table, "row_id": row_id, "data": data, "version": 1}


# --- the schema step -------------------------------------------------------------------


def test_new_file_has_one_sync_state_row_and_an_empty_outbox(store, sync):
    state = sync.state()
    assert len(state["client_id"]) == 36 and state["client_id"][14] == "4"
    assert (state["applying"], state["pull_cursor"], state["acked_seq"]) == (0, 0, 0)
    assert state["hub_epoch"] is None and state["org_id"] is None and state["last_sync_at"] is None
    # The local organisation and consultant were made before the triggers existed.
    assert outbox(store) == [] and sync.pending_count() == 0
    assert sync.conflicts() == []


def test_every_synced_table_has_its_three_triggers_and_no_local_columns_in_them(store):
    names = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    for table in SYNCED_TABLES:
        for suffix in ("ai", "au", "ad", "rekey"):
            assert f"{table}_sync_{suffix}" in names
    (sql,) = store.conn.execute("SELECT sql FROM sqlite_master WHERE name = 'company_sync_ai'").fetchone()
    assert "'name', NEW.name" in sql and "seq" not in sql.replace("sync_", "") and "search_text" not in sql


def test_synced_tables_are_listed_parents_before_children(store):
    position = {t: i for i, t in enumerate(SYNCED_TABLES)}
    for table in SYNCED_TABLES:
        for fk in store.conn.execute(f"PRAGMA foreign_key_list({table})"):
            assert position[fk[2]] < position[table], f"{table} → {fk[2]}"


def test_a_v5_file_with_data_migrates_without_queueing_anything(db_path):
    conn = sqlite3.connect(db_path)
    migrate(sqlite_utils.Database(conn), "2025-01-01T00:00:00.000Z", steps=STEPS[:5])
    assert schema_version(conn) == 5
    conn.execute(
        "INSERT INTO company (id, name, name_kana, created_at, updated_at)"
        " VALUES ('c1', '株式会社旧版', 'キュウハン', 'x', 'x')"
    )
    conn.commit()
    conn.close()

    store = open_store(db_path)  # migrates, then reindexes every company's search text
    try:
        assert schema_version(store.conn) == LATEST == 8
        assert store.companies.get("c1")["name"] == "株式会社旧版"
        sync = LocalSync(store)
        assert sync.pending_count() == 0 and outbox(store) == []
        assert sync.state()["client_id"]
        store.companies.update("c1", {"name": "株式会社新版"})
        assert [e["row_id"] for e in outbox(store)] == ["c1"]
        assert [r.id for r in store.companies.search("新版")] == ["c1"]
    finally:
        store.close()


def test_each_file_gets_its_own_client_id(tmp_path):
    a, b = open_store(tmp_path / "a.sqlite3"), open_store(tmp_path / "b.sqlite3")
    try:
        assert LocalSync(a).state()["client_id"] != LocalSync(b).state()["client_id"]
    finally:
        a.close()
        b.close()


# --- change capture --------------------------------------------------------------------


def test_inserts_updates_and_tombstones_through_the_store_are_captured(store, sync):
    cid, sid = company_with_session(store)
    entries = outbox(store)
    assert [(e["table"], e["op"], e["old"] is None) for e in entries] == [
        ("company", "upsert", True), ("session", "upsert", True)]
    company = entries[0]["new"]
    assert company["id"] == cid and company["name"] == "株式会社山田製作所"
    assert "seq" not in company and "search_text" not in company and "updated_by" in company
    assert len({e["seq"] for e in entries}) == 2

    store.companies.update(cid, {"name": "株式会社山田精機"})  # also reindexes search_text
    # Never handed to a push: the insert's entry now holds the newest row (step 7).
    entries = outbox(store)
    assert len(entries) == 2 and entries[0]["old"] is None and entries[0]["new"]["name"] == "株式会社山田精機"
    sync.outgoing()  # handed to a push: later changes get entries of their own
    store.companies.update(cid, {"name": "株式会社山田製作所"})
    update = outbox(store)[-1]
    assert len(outbox(store)) == 3, "the search_text reindex is not a change"
    assert update["old"]["name"] == "株式会社山田精機" and update["new"]["name"] == "株式会社山田製作所"

    store.companies.trash(cid)
    last = outbox(store)[-1]
    assert len(outbox(store)) == 3, "the trash continues the same run of updates"
    assert last["op"] == "upsert" and last["new"]["deleted_at"] and last["old"]["deleted_at"] is None


def test_plain_sql_changes_and_hard_deletes_are_captured(store, sync):
    cid, sid = company_with_session(store)
    clear_outbox(store, sync)
    conn = store.conn
    conn.execute("BEGIN")
    conn.execute("UPDATE company SET name = '手入力の社名' WHERE id = ?", (cid,))
    conn.execute("COMMIT")
    (e,) = outbox(store)
    assert (e["table"], e["row_id"], e["op"], e["new"]["name"]) == ("company", cid, "upsert", "手入力の社名")

    with store.write() as w:
        w.execute("DELETE FROM session WHERE id = ?", (sid,))
    d = outbox(store)[-1]
    assert (d["table"], d["row_id"], d["op"], d["new"]) == ("session", sid, "delete", None)
    assert d["old"]["theme"] == "初回"


def test_an_update_that_changes_nothing_or_only_stamps_is_not_captured(store, sync):
    cid, _ = company_with_session(store)
    clear_outbox(store, sync)
    store.companies.update(cid, {"name": "株式会社山田製作所"})  # same name, new updated_at
    with store.write() as w:
        w.execute("UPDATE company SET name = name WHERE id = ?", (cid,))
    assert outbox(store) == []


def test_a_changed_id_is_a_delete_and_an_insert(store, sync):
    cid, _ = company_with_session(store)
    org = store.people.local_organization_id()
    clear_outbox(store, sync)
    store.insert_row("referral_contact", {"organization_id": org, "category": "finance", "institution": "信金"},
                     "rc-1")
    clear_outbox(store, sync)
    with store.write() as w:
        w.execute("UPDATE referral_contact SET id = 'rc-2' WHERE id = 'rc-1'")
    ops = sorted((e["row_id"], e["op"], e["old"] is None) for e in outbox(store))
    assert ops == [("rc-1", "delete", False), ("rc-2", "upsert", True)]


def test_nothing_is_captured_while_applying(store, sync):
    cid, _ = company_with_session(store)
    clear_outbox(store, sync)
    with store.write() as w:
        w.execute("UPDATE sync_state SET applying = 1")
        w.execute("UPDATE company SET name = 'x' WHERE id = ?", (cid,))
        w.execute("UPDATE sync_state SET applying = 0")
    assert outbox(store) == []
    store.companies.update(cid, {"name": "y"})
    assert len(outbox(store)) == 1


# --- coalescing ------------------------------------------------------------------------


def test_twenty_autosaves_of_a_note_push_as_one_change_with_the_original_base(store, sync):
    cid, sid = company_with_session(store)
    nid = store.sessions.add_note(sid, body="社長")
    clear_outbox(store, sync)
    text = "社長は後継者の育成を最大の課題と考えている。"
    for i in range(3, 23):
        store.sessions.update_note(nid, {"body": text[:i]})
    assert len(outbox(store)) == 1, "a run of autosaves is one entry (step 7)"
    assert sync.pending_count() == 1
    (change,) = sync.outgoing()
    assert change["table"] == "note" and change["row_id"] == nid and change["op"] == "upsert"
    assert change["fields"]["body"] == text
    assert set(change["fields"]) == {"body", "updated_at", "updated_by"}
    assert change["base"]["body"] == "社長"
    entries = outbox(store)
    assert (change["seq_from"], change["seq_to"]) == (entries[0]["seq"], entries[-1]["seq"])
    assert change["change_id"] == store.conn.execute(
        "SELECT change_id FROM sync_outbox WHERE seq = ?", (entries[-1]["seq"],)).fetchone()[0]


def test_an_insert_then_edits_pushes_the_whole_newest_row_without_base(store, sync):
    cid, sid = company_with_session(store)
    store.companies.update(cid, {"memo": "メモ"})
    changes = sync.outgoing()
    company = next(c for c in changes if c["table"] == "company")
    assert company["base"] is None and company["fields"]["memo"] == "メモ"
    assert company["fields"]["name"] == "株式会社山田製作所" and "search_text" not in company["fields"]
    # Parents first: the company although it was edited after its session was added.
    assert [c["table"] for c in changes] == ["company", "session"]


def test_an_edit_undone_before_the_push_is_dropped(store, sync):
    cid, _ = company_with_session(store)
    clear_outbox(store, sync)
    store.companies.update(cid, {"memo": "一時"})
    store.companies.update(cid, {"memo": ""})
    assert sync.outgoing() == []
    assert sync.pending_count() == 0  # marked pushed = 2


def test_an_insert_then_hard_delete_is_a_delete_without_base(store, sync):
    cid, _ = company_with_session(store)
    org = store.people.local_organization_id()
    clear_outbox(store, sync)
    rc = store.insert_row("referral_contact", {"organization_id": org, "category": "x", "institution": "y"})
    with store.write() as w:
        w.execute("DELETE FROM referral_contact WHERE id = ?", (rc,))
    (change,) = sync.outgoing()
    assert (change["op"], change["base"], change["fields"]) == ("delete", None, {})


def test_a_hard_delete_of_an_agreed_row_carries_the_row_before_local_edits(store, sync):
    cid, sid = company_with_session(store)
    clear_outbox(store, sync)
    store.sessions.update(sid, {"theme": "二回目"})
    with store.write() as w:
        w.execute("DELETE FROM session WHERE id = ?", (sid,))
    (change,) = sync.outgoing()
    assert change["op"] == "delete" and change["base"]["theme"] == "初回"


def test_limit_caps_entries_and_the_next_batch_starts_from_the_first_ones_result(store, sync):
    cid, _ = company_with_session(store)
    clear_outbox(store, sync)
    for memo in ("a", "b", "c"):
        store.companies.update(cid, {"memo": memo})
        sync.outgoing()  # each edit handed to a push (that never finished): three entries
    assert len(outbox(store)) == 3
    (first,) = sync.outgoing(limit=2)
    assert (first["fields"]["memo"], first["base"]["memo"]) == ("b", "")
    sync.mark_acked(first["seq_to"])
    (second,) = sync.outgoing(limit=2)
    assert (second["fields"]["memo"], second["base"]["memo"]) == ("c", "b")


def test_pulled_changes_between_local_edits_are_not_sent_back(store, sync):
    cid, _ = company_with_session(store)
    clear_outbox(store, sync)
    store.companies.update(cid, {"memo": "ローカル"})
    sync.apply_pulled([hub_row(store, "company", cid, phone="03-0000-0000", memo="")], [], cursor=5)
    store.companies.update(cid, {"memo": "ローカル２"})
    (change,) = sync.outgoing()
    assert "phone" not in change["fields"]
    assert (change["fields"]["memo"], change["base"]["memo"]) == ("ローカル２", "")


# --- acknowledgements ------------------------------------------------------------------


def test_mark_acked_sets_the_agreed_base_and_requeue_after_sends_again(store, sync):
    cid, sid = company_with_session(store)
    store.companies.update(cid, {"memo": "1"})
    top = max(c["seq_to"] for c in sync.outgoing())
    sync.mark_acked(top)
    assert sync.state()["acked_seq"] == top and sync.pending_count() == 0 and sync.outgoing() == []
    (base,) = store.conn.execute(
        "SELECT data_json FROM sync_base WHERE table_name = 'company' AND row_id = ?", (cid,)).fetchone()
    assert json.loads(base)["memo"] == "1"
    sync.mark_acked(top - 1)  # never backwards
    assert sync.state()["acked_seq"] == top

    with store.write() as w:
        w.execute("DELETE FROM session WHERE id = ?", (sid,))
    sync.mark_acked(top + 1)
    assert store.conn.execute(
        "SELECT count(*) FROM sync_base WHERE table_name = 'session'").fetchone()[0] == 0

    assert sync.requeue_after(0) == 3  # the company (its memo merged into the insert), the session twice
    assert sync.state()["acked_seq"] == 0 and sync.pending_count() == 2
    tables = [(c["table"], c["op"]) for c in sync.outgoing()]
    assert tables == [("company", "upsert"), ("session", "delete")]
    sync.hub_acked(top + 1)
    assert sync.pending_count() == 0


# --- snapshot for a new hub ------------------------------------------------------------


def test_snapshot_for_a_new_hub_queues_every_row_without_the_old_base_and_is_fast(store, sync):
    create_demo(store, companies=20)
    cid = store.conn.execute("SELECT id FROM company LIMIT 1").fetchone()[0]
    store.companies.trash(cid)
    sync.mark_acked(10)  # some rows have an agreed base
    rows = sum(store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in SYNCED_TABLES)
    t0 = time.perf_counter()
    count = sync.snapshot(hub_epoch="epoch-2")
    elapsed = time.perf_counter() - t0
    assert count == rows == sync.pending_count()
    assert elapsed < 2.0
    state = sync.state()
    assert (state["hub_epoch"], state["acked_seq"], state["pull_cursor"]) == ("epoch-2", 0, 0)
    assert store.conn.execute("SELECT count(*) FROM sync_outbox WHERE snapshot = 0").fetchone()[0] == 0
    changes = sync.outgoing()
    assert len(changes) == rows
    order = [SYNCED_TABLES.index(c["table"]) for c in changes]
    assert order == sorted(order)
    trashed = next(c for c in changes if c["row_id"] == cid)
    assert trashed["fields"]["deleted_at"]
    # A new hub: what was agreed with the old one is no base (differences become conflicts).
    assert all(c["base"] is None for c in changes)
    assert store.conn.execute("SELECT count(*) FROM sync_base").fetchone()[0] == 0
    assert all(set(c["fields"]) >= {"id", "created_at"} for c in changes)


# --- joining the hub's organisation ----------------------------------------------------


def test_adopt_organization_rekeys_every_reference_and_keeps_foreign_keys_valid(store, sync):
    create_demo(store, companies=5)
    old = store.people.local_organization_id()
    store.insert_row("referral_contact", {"organization_id": old, "category": "a", "institution": "b"})
    with store.write() as w:
        w.execute("UPDATE organization SET name = '' WHERE id = ?", (old,))
    before = len(outbox(store))
    sync.adopt_organization("org-hub", "みどり商工会")
    sync.adopt_organization("org-hub", "別名")  # idempotent
    conn = store.conn
    assert store.people.local_organization_id() == "org-hub"
    assert store.people.organization_name() == "みどり商工会"
    for table in ("consultant", "company", "referral_contact"):
        assert conn.execute(f"SELECT count(*) FROM {table} WHERE organization_id = ?", (old,)).fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM company WHERE organization_id = 'org-hub'").fetchone()[0] == 5
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert sync.state()["org_id"] == "org-hub"
    assert len(outbox(store)) == before  # not captured
    # Pending entries follow the new id, so nothing pushes the old one.
    assert all(old not in json.dumps(e["new"]) for e in outbox(store))


# --- pulled rows -----------------------------------------------------------------------


def test_apply_pulled_inserts_and_updates_rows_without_capturing_them(store, sync):
    cid, sid = company_with_session(store)
    clear_outbox(store, sync)
    new_company = dict(hub_row(store, "company", cid)["data"], id="c-hub", name="株式会社北斗運輸",
                       name_kana="ホクトウンユ", unknown_future_column=1)
    rows = [
        {"table": "company", "row_id": "c-hub", "data": new_company, "version": 7},
        hub_row(store, "session", sid, theme="二回目の面談"),
        {"table": "no_such_table", "row_id": "x", "data": {}, "version": 8},
    ]
    stats = sync.apply_pulled(rows, [], cursor=8)
    # A table this version does not know: kept for the version that does (not dropped).
    assert (stats["written"], stats["deferred"], stats["skipped"]) == (2, 1, 0)
    assert sync.inbox_count() == 1
    assert store.companies.get("c-hub")["name"] == "株式会社北斗運輸"
    assert [r.id for r in store.companies.search("北斗")] == ["c-hub"]  # search text and FTS kept
    assert store.sessions.get(sid)["theme"] == "二回目の面談"
    assert outbox(store) == []
    state = sync.state()
    assert state["pull_cursor"] == 8 and state["applying"] == 0 and state["last_sync_at"]
    (base,) = store.conn.execute("SELECT data_json FROM sync_base WHERE row_id = 'c-hub'").fetchone()
    assert json.loads(base)["name"] == "株式会社北斗運輸"
    # The same rows again change nothing.
    assert sync.apply_pulled(rows[:2], [], cursor=9)["unchanged"] == 2


def test_apply_pulled_merges_with_pending_local_edits(store, sync):
    cid, _ = company_with_session(store)
    clear_outbox(store, sync)
    store.companies.update(cid, {"memo": "ローカルのメモ"})
    pulled = hub_row(store, "company", cid, memo="ハブのメモ", phone="03-1111-2222")
    assert sync.apply_pulled([pulled], [], cursor=3)["merged"] == 1
    company = store.companies.get(cid)
    assert company["memo"] == "ローカルのメモ"  # changed here, not pushed yet: kept
    assert company["phone"] == "03-1111-2222"  # taken from the hub
    (change,) = sync.outgoing()
    assert change["fields"]["memo"] == "ローカルのメモ" and "phone" not in change["fields"]
    assert change["base"]["memo"] == ""  # the hub sees both changed memo: a conflict there


def test_a_pulled_child_waits_for_its_parent(store, sync):
    cid, sid = company_with_session(store)
    clear_outbox(store, sync)
    session = hub_row(store, "session", sid)["data"]
    child = {"table": "session", "row_id": "s-new", "data": dict(session, id="s-new", company_id="c-later"),
             "version": 4}
    assert sync.apply_pulled([child], [], cursor=4)["deferred"] == 1
    assert sync.inbox_count() == 1 and store.sessions.get("s-new") is None
    parent_data = dict(hub_row(store, "company", cid)["data"], id="c-later", name="後から来た会社")
    stats = sync.apply_pulled([{"table": "company", "row_id": "c-later", "data": parent_data, "version": 9}],
                              [], cursor=9)
    assert stats["written"] == 2 and sync.inbox_count() == 0
    assert store.sessions.get("s-new")["company_id"] == "c-later"
    assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_pulled_row_clashing_on_a_unique_key_becomes_a_duplicate_conflict(store, sync):
    cid, _ = company_with_session(store)
    mine = store.periods.create(cid, "2025-03-31", {"sales_yen": 100})
    clear_outbox(store, sync)
    theirs = dict(hub_row(store, "fiscal_period", mine)["data"], id="p-hub", sales_yen=200)
    other = hub_row(store, "company", cid, memo="その後の行")
    stats = sync.apply_pulled(
        [{"table": "fiscal_period", "row_id": "p-hub", "data": theirs, "version": 5}, other], [], cursor=6)
    assert stats["duplicates"] == 1 and stats["written"] == 1
    assert store.companies.get(cid)["memo"] == "その後の行"  # the batch went on
    assert sync.state()["pull_cursor"] == 6
    (c,) = sync.conflicts()
    assert (c["kind"], c["table_name"], c["row_id"], c["hub_id"]) == ("duplicate", "fiscal_period", "p-hub", None)
    assert c["mine"]["id"] == mine and c["theirs"]["sales_yen"] == 200
    # Pulled again: still one conflict.
    sync.apply_pulled([{"table": "fiscal_period", "row_id": "p-hub", "data": theirs, "version": 7}], [], cursor=7)
    assert len(sync.conflicts()) == 1


def test_hub_conflicts_are_stored_once_and_follow_the_hubs_resolution(store, sync):
    cid, _ = company_with_session(store)
    conflict = {"id": 42, "table": "company", "row_id": cid, "field": "memo", "kind": "field",
                "mine": "私の", "theirs": "彼らの", "base": "", "created_at": "2025-05-01T00:00:00.000Z",
                "resolved": False}
    assert sync.apply_pulled([], [conflict], cursor=1)["conflicts"] == 1
    sync.apply_pulled([], [conflict], cursor=2)
    (c,) = sync.conflicts()
    assert (c["hub_id"], c["mine"], c["theirs"], c["base"]) == ("42", "私の", "彼らの", "")
    sync.record_conflicts([dict(conflict, resolved=True)])
    assert sync.conflicts() == [] and sync.conflicts(include_resolved=True)[0]["resolution"] == "hub"
    assert sync.unreported_resolutions() == []


def test_a_failure_mid_apply_writes_nothing_of_the_batch_nor_the_cursor(store, sync, monkeypatch):
    cid, sid = company_with_session(store)
    clear_outbox(store, sync)
    sync.set_cursor(3)
    real = LocalSync._apply_one
    calls = []

    def failing(self, conn, row, *args):
        calls.append(row["row_id"])
        if len(calls) == 2:
            raise RuntimeError("disk unplugged")
        return real(self, conn, row, *args)

    monkeypatch.setattr(LocalSync, "_apply_one", failing)
    rows = [hub_row(store, "company", cid, memo="ハブ"), hub_row(store, "session", sid, theme="ハブ")]
    with pytest.raises(RuntimeError):
        sync.apply_pulled(rows, [{"id": 1, "table": "company", "row_id": cid, "field": "memo",
                                  "kind": "field", "mine": "a", "theirs": "b", "base": ""}], cursor=9)
    assert store.companies.get(cid)["memo"] == ""
    state = sync.state()
    assert (state["pull_cursor"], state["applying"], state["last_sync_at"]) == (3, 0, None)
    assert sync.conflicts() == []
    assert store.conn.execute("SELECT count(*) FROM sync_base WHERE row_id = ?", (cid,)).fetchone()[0] == 1
    assert not store.conn.in_transaction
    # Capture works again afterwards.
    store.companies.update(cid, {"memo": "後で"})
    assert len(outbox(store)) == 1


def test_a_hub_deletion_moves_the_row_to_the_trash_here(store, sync):
    cid, sid = company_with_session(store)
    clear_outbox(store, sync)
    sync.apply_pulled([{"table": "session", "row_id": sid, "data": None, "version": 3}], [], cursor=3)
    assert row_of(store, "session", sid)["deleted_at"] is not None
    assert outbox(store) == []


def test_a_batch_with_one_clashing_row_writes_all_the_others(store, sync):
    cid, _ = company_with_session(store)
    mine = store.periods.create(cid, "2025-03-31", {"sales_yen": 100})
    clear_outbox(store, sync)
    data = hub_row(store, "fiscal_period", mine)["data"]
    rows = [{"table": "fiscal_period", "row_id": f"p-{n}", "version": 10 + n,
             "data": dict(data, id=f"p-{n}", period_end=end, sales_yen=n)}
            for n, end in enumerate(["2022-03-31", "2023-03-31", "2025-03-31", "2024-03-31"])]
    stats = sync.apply_pulled(rows, [], cursor=20)
    assert (stats["written"], stats["duplicates"]) == (3, 1)
    live = dict(store.conn.execute("SELECT id, sales_yen FROM fiscal_period WHERE deleted_at IS NULL"))
    assert live == {mine: 100, "p-0": 0, "p-1": 1, "p-3": 3}
    (c,) = sync.conflicts()
    assert (c["row_id"], c["mine"]["id"]) == ("p-2", mine)
    bases = {r[0] for r in store.conn.execute("SELECT row_id FROM sync_base WHERE table_name = 'fiscal_period'")}
    assert bases == {mine, "p-0", "p-1", "p-3"}  # no base for the row that was not written


@pytest.mark.parametrize("trash_first", [True, False])
def test_pulled_rows_of_a_table_with_a_unique_key_are_written_in_version_order(store, sync, trash_first):
    """The hub trashed our period and a new one took its key: in version order that
    fits; the other way round the new one clashes (as it would one row at a time)."""
    cid, _ = company_with_session(store)
    mine = store.periods.create(cid, "2025-03-31", {"sales_yen": 100})
    clear_outbox(store, sync)
    trashed = dict(hub_row(store, "fiscal_period", mine)["data"], deleted_at="2025-06-01T00:00:00.000Z")
    new = dict(trashed, id="p-new", deleted_at=None, sales_yen=300)
    rows = [{"table": "fiscal_period", "row_id": mine, "data": trashed, "version": 5 if trash_first else 6},
            {"table": "fiscal_period", "row_id": "p-new", "data": new, "version": 6 if trash_first else 5}]
    stats = sync.apply_pulled(rows, [], cursor=6)
    live = store.conn.execute("SELECT id FROM fiscal_period WHERE deleted_at IS NULL").fetchall()
    if trash_first:
        assert (stats["written"], stats["duplicates"]) == (2, 0) and live == [("p-new",)]
    else:
        assert (stats["written"], stats["duplicates"]) == (1, 1) and live == []
        assert sync.conflicts()[0]["row_id"] == "p-new"


def test_a_row_this_file_cannot_hold_is_rejected_and_the_batch_goes_on(store, sync):
    cid, _ = company_with_session(store)
    clear_outbox(store, sync)
    base = hub_row(store, "company", cid)["data"]
    rows = [{"table": "company", "row_id": f"c-{n}", "version": n,
             "data": dict(base, id=f"c-{n}", name=f"会社{n}", employees=-1 if n == 2 else n)}
            for n in range(1, 5)]
    rows.append(hub_row(store, "company", cid, employees=-5))  # an update this file cannot hold
    stats = sync.apply_pulled(rows, [], cursor=9)
    assert (stats["written"], stats["rejected"]) == (3, 2)
    assert {c["row_id"] for c in sync.conflicts()} == {"c-2", cid}
    assert all(c["kind"] == "rejected" for c in sync.conflicts())
    assert [r.id for r in store.companies.search("会社4")] == ["c-4"]
    assert store.companies.get(cid)["employees"] is None


def test_a_child_of_a_row_that_clashed_in_the_same_batch_waits(store, sync):
    cid, _ = company_with_session(store)
    sheet = store.design.current_sheet(cid, create=True, year=2025)
    clear_outbox(store, sync)
    theirs = dict(hub_row(store, "design_sheet", sheet)["data"], id="ds-hub")
    text = {"id": "dt-hub", "sheet_id": "ds-hub", "company_id": cid, "key": "vision", "body": "ハブの文",
            "created_at": "2025-01-01T00:00:00.000Z", "updated_at": "2025-01-01T00:00:00.000Z",
            "updated_by": None, "deleted_at": None}
    stats = sync.apply_pulled([{"table": "design_text", "row_id": "dt-hub", "data": text, "version": 3},
                               {"table": "design_sheet", "row_id": "ds-hub", "data": theirs, "version": 2}],
                              [], cursor=3)
    # A sheet only differs from another by its texts, which come after it: never settled
    # without asking (see LocalSync._dedupable).
    assert (stats["duplicates"], stats["deferred"]) == (1, 1)
    assert sync.inbox_count() == 1
    (conflict,) = sync.conflicts()
    sync.resolve(conflict["id"], "theirs")
    assert sync.inbox_count() == 0
    assert store.design.texts("ds-hub") == {"vision": "ハブの文"}


def test_pulled_companies_keep_their_search_text_even_when_it_was_stale(store, sync):
    cid, _ = company_with_session(store)
    clear_outbox(store, sync)
    with store.write() as w:  # plain SQL: search_text not recomputed
        w.execute("UPDATE company SET name = '株式会社手入力' WHERE id = ?", (cid,))
    clear_outbox(store, sync)
    assert store.companies.search("手入力") == []
    sync.apply_pulled([hub_row(store, "company", cid, memo="ハブ")], [], cursor=2)  # the name as it is
    assert [r.id for r in store.companies.search("手入力")] == [cid]
    trashed = store.companies.create({"name": "消える商店"})
    clear_outbox(store, sync)
    sync.apply_pulled([{"table": "company", "row_id": trashed, "data": None, "version": 3}], [], cursor=3)
    assert store.companies.search("消える") == []


def test_rows_of_a_table_this_version_does_not_know_wait_for_the_version_that_does(store, sync, monkeypatch):
    import banso_desktop.sync.local as local

    cid, _ = company_with_session(store)
    org = store.people.local_organization_id()
    clear_outbox(store, sync)
    contact = {"id": "rc-hub", "organization_id": org, "category": "finance", "institution": "みどり信金",
               "created_at": "2025-01-01T00:00:00.000Z", "updated_at": "2025-01-01T00:00:00.000Z"}
    # This "older version" of the app does not know referral_contact.
    monkeypatch.setattr(local, "TABLE_ORDER", {t: i for i, t in enumerate(SYNCED_TABLES) if t != "referral_contact"})
    older = LocalSync(store)
    stats = older.apply_pulled([{"table": "referral_contact", "row_id": "rc-hub", "data": contact, "version": 4},
                                hub_row(store, "company", cid, memo="同じ回")], [], cursor=4)
    assert (stats["written"], stats["deferred"], stats["skipped"]) == (1, 1, 0)
    assert store.companies.get(cid)["memo"] == "同じ回"
    # Still waiting while the cursor moves on; an older version of it does not replace it.
    stale = dict(contact, institution="古い名前")
    older.apply_pulled([{"table": "referral_contact", "row_id": "rc-hub", "data": stale, "version": 2}], [], cursor=5)
    assert older.inbox_count() == 1 and older.state()["pull_cursor"] == 5
    monkeypatch.undo()  # the app is upgraded
    stats = LocalSync(store).apply_pulled([], [], cursor=6)
    assert (stats["written"], stats["deferred"]) == (1, 0)
    assert row_of(store, "referral_contact", "rc-hub")["institution"] == "みどり信金"
    assert sync.inbox_count() == 0 and outbox(store) == []


# --- resolving -------------------------------------------------------------------------


def field_conflict(store, sync, cid, mine="私のメモ", theirs="ハブのメモ", hub_id="c1"):
    """This laptop pushed memo=mine; the hub kept theirs and reported it."""
    store.companies.update(cid, {"memo": mine})
    clear_outbox(store, sync)
    sync.record_conflicts([{"id": hub_id, "table": "company", "row_id": cid, "field": "memo",
                            "kind": "field", "mine": mine, "theirs": theirs, "base": ""}])
    return sync.conflicts()[0]["id"]


def test_resolve_theirs_takes_the_hubs_value_without_pushing(store, sync):
    cid, _ = company_with_session(store)
    conflict = field_conflict(store, sync, cid)
    assert sync.resolve(conflict, "theirs") == ["c1"]
    assert store.companies.get(cid)["memo"] == "ハブのメモ"
    assert sync.outgoing() == []
    assert sync.conflicts() == [] and sync.unreported_resolutions() == ["c1"]
    sync.mark_reported(["c1"])
    assert sync.unreported_resolutions() == []
    assert sync.resolve(conflict, "theirs") == []  # already resolved and reported


@pytest.mark.parametrize("choice, value, expected", [
    ("mine", None, "私のメモ"), ("combined", "私のメモ／ハブのメモ", "私のメモ／ハブのメモ")])
def test_resolve_mine_or_combined_pushes_the_value_over_the_hubs(store, sync, choice, value, expected):
    cid, _ = company_with_session(store)
    conflict = field_conflict(store, sync, cid)
    store.companies.update(cid, {"phone": "03"})  # an unrelated pending edit
    assert sync.resolve(conflict, choice, value) == ["c1"]
    assert store.companies.get(cid)["memo"] == expected
    (change,) = sync.outgoing()
    assert (change["fields"]["memo"], change["base"]["memo"]) == (expected, "ハブのメモ")
    assert change["fields"]["phone"] == "03"
    assert sync.conflicts(include_resolved=True)[0]["resolution"] == choice


def test_resolve_rejects_unknown_choices_and_combined_without_value(store, sync):
    cid, _ = company_with_session(store)
    conflict = field_conflict(store, sync, cid)
    with pytest.raises(ValueError):
        sync.resolve(conflict, "both")
    with pytest.raises(ValueError):
        sync.resolve(conflict, "combined")
    with pytest.raises(KeyError):
        sync.resolve(999, "mine")


def test_resolve_delete_edit(store, sync):
    """This laptop trashed the session; the hub has an edited one."""
    cid, sid = company_with_session(store)
    clear_outbox(store, sync)
    hub_session = dict(hub_row(store, "session", sid)["data"], theme="ハブで編集")
    store.sessions.delete(sid)
    clear_outbox(store, sync)
    conflict = {"id": "d1", "table": "session", "row_id": sid, "field": None, "kind": "delete_edit",
                "mine": None, "theirs": hub_session, "base": None}
    sync.record_conflicts([conflict, dict(conflict, id="d2")])
    first, second = (c["id"] for c in sync.conflicts())

    assert sync.resolve(first, "mine") == ["d1"]  # keep the deletion
    (change,) = sync.outgoing()
    assert change["fields"]["deleted_at"] and change["base"]["deleted_at"] is None
    clear_outbox(store, sync)

    assert sync.resolve(second, "theirs") == ["d2"]  # keep the hub's edited row
    row = store.sessions.get(sid)
    assert row["deleted_at"] is None and row["theme"] == "ハブで編集"
    assert sync.outgoing() == []


def test_resolve_edit_delete(store, sync):
    """This laptop edited the session; the hub trashed it."""
    cid, sid = company_with_session(store)
    clear_outbox(store, sync)
    hub_session = dict(hub_row(store, "session", sid)["data"], deleted_at="2025-05-01T00:00:00.000Z")
    store.sessions.update(sid, {"theme": "ここで編集"})
    clear_outbox(store, sync)
    mine = hub_row(store, "session", sid)["data"]
    conflict = {"id": "e1", "table": "session", "row_id": sid, "field": None, "kind": "edit_delete",
                "mine": mine, "theirs": hub_session, "base": None}
    sync.record_conflicts([conflict])
    assert sync.resolve("e1", "mine") == ["e1"]  # by hub id too
    row = store.sessions.get(sid)
    assert row["deleted_at"] is None and row["theme"] == "ここで編集"
    (change,) = sync.outgoing()
    assert change["fields"]["deleted_at"] is None and change["base"]["deleted_at"] == "2025-05-01T00:00:00.000Z"

    clear_outbox(store, sync)
    sync.record_conflicts([dict(conflict, id="e2")])
    sync.resolve("e2", "theirs")
    assert row_of(store, "session", sid)["deleted_at"] == "2025-05-01T00:00:00.000Z"
    assert sync.outgoing() == []


def test_resolve_edit_delete_when_the_hub_no_longer_has_the_row_sends_it_whole(store, sync):
    cid, sid = company_with_session(store)
    store.sessions.update(sid, {"theme": "ここで編集"})
    clear_outbox(store, sync)
    sync.record_conflicts([{"id": "h1", "table": "session", "row_id": sid, "kind": "edit_delete",
                            "mine": hub_row(store, "session", sid)["data"], "theirs": None, "base": None}])
    sync.resolve("h1", "mine")
    (change,) = sync.outgoing()
    assert change["base"] is None and change["fields"]["theme"] == "ここで編集" and change["fields"]["company_id"] == cid


@pytest.mark.parametrize("choice", ["mine", "theirs"])
def test_resolve_duplicate(store, sync, choice):
    cid, _ = company_with_session(store)
    mine = store.periods.create(cid, "2025-03-31", {"sales_yen": 100})
    clear_outbox(store, sync)
    theirs = dict(hub_row(store, "fiscal_period", mine)["data"], id="p-hub", sales_yen=200)
    sync.apply_pulled([{"table": "fiscal_period", "row_id": "p-hub", "data": theirs, "version": 5}], [], cursor=5)
    (conflict,) = sync.conflicts()
    assert sync.resolve(conflict["id"], choice) == []  # local: nothing to tell the hub
    live = store.conn.execute(
        "SELECT id, sales_yen FROM fiscal_period WHERE deleted_at IS NULL").fetchall()
    both = {r[0] for r in store.conn.execute("SELECT id FROM fiscal_period")}
    assert both == {mine, "p-hub"}
    (change,) = sync.outgoing()
    assert change["fields"]["deleted_at"] and change["base"]["deleted_at"] is None
    if choice == "mine":
        assert live == [(mine, 100)] and change["row_id"] == "p-hub"
    else:
        assert live == [("p-hub", 200)] and change["row_id"] == mine
    assert sync.conflicts() == []


def test_search_indexes_follow_pulled_rows(store, sync):
    cid, sid = company_with_session(store)
    nid = store.sessions.add_note(sid, body="最初の記録")
    clear_outbox(store, sync)
    note = dict(hub_row(store, "note", nid)["data"], id="n-hub", body="資金繰りの相談を受けた")
    sync.apply_pulled([{"table": "note", "row_id": "n-hub", "data": note, "version": 2},
                       hub_row(store, "note", nid, body="更新された記録"),
                       hub_row(store, "session", sid, summary="事業承継の話")], [], cursor=2)
    assert [h.row_id for h in store.search.notes("資金繰り")] == ["n-hub"]
    assert [h.row_id for h in store.search.notes("更新された")] == [nid]
    assert store.search.notes("最初の記録") == []
    assert [h.company_id for h in store.search.fields("事業承継")] == [cid]
    assert outbox(store) == []


def test_prune_forgets_old_pushed_entries_only(store, sync):
    cid, _ = company_with_session(store)
    clear_outbox(store, sync)
    store.companies.update(cid, {"memo": "未送信"})
    top = store.conn.execute("SELECT max(seq) FROM sync_outbox").fetchone()[0]
    assert sync.prune(before_seq=top + 1) == 2
    assert [e["new"]["memo"] for e in outbox(store)] == ["未送信"]


# --- a resolution takes the hub's newest row -------------------------------------------


def deleted_here_edited_there(store, sync):
    """This laptop trashed the session (pushed); the hub had it edited: a delete_edit
    conflict, and the pull that follows brings the hub's row back to life here."""
    cid, sid = company_with_session(store)
    clear_outbox(store, sync)
    hub_session = dict(hub_row(store, "session", sid)["data"], theme="ハブで編集")
    store.sessions.delete(sid)
    clear_outbox(store, sync)
    sync.apply_pulled([{"table": "session", "row_id": sid, "data": hub_session, "version": 10}],
                      [{"id": "d1", "table": "session", "row_id": sid, "field": "deleted_at",
                        "kind": "delete_edit", "mine": None, "theirs": hub_session, "base": None}], cursor=10)
    assert store.sessions.get(sid)["theme"] == "ハブで編集"
    return sid, hub_session


def test_resolve_theirs_keeps_a_hub_version_pulled_after_the_conflict(store, sync):
    sid, hub_session = deleted_here_edited_there(store, sync)
    newer = dict(hub_session, theme="別の人がさらに編集", updated_at="2025-06-02T00:00:00.000Z")
    sync.apply_pulled([{"table": "session", "row_id": sid, "data": newer, "version": 11}], [], cursor=11)
    assert sync.resolve("d1", "theirs") == ["d1"]
    row = store.sessions.get(sid)
    assert row["deleted_at"] is None and row["theme"] == "別の人がさらに編集"  # not back to the older copy
    (base,) = store.conn.execute("SELECT data_json FROM sync_base WHERE row_id = ?", (sid,)).fetchone()
    assert json.loads(base)["theme"] == "別の人がさらに編集"
    assert sync.outgoing() == []


def test_resolve_mine_after_a_newer_hub_version_still_keeps_my_deletion(store, sync):
    sid, hub_session = deleted_here_edited_there(store, sync)
    newer = dict(hub_session, theme="別の人がさらに編集")
    sync.apply_pulled([{"table": "session", "row_id": sid, "data": newer, "version": 11}], [], cursor=11)
    sync.resolve("d1", "mine")
    assert row_of(store, "session", sid)["deleted_at"] is not None
    (change,) = sync.outgoing()
    assert change["fields"]["deleted_at"] and change["base"]["deleted_at"] is None


@pytest.mark.parametrize("deletion", ["purged", "none"])
def test_resolve_theirs_after_the_hub_deleted_the_row_does_not_bring_it_back(store, sync, deletion):
    sid, hub_session = deleted_here_edited_there(store, sync)
    data = dict(hub_session, _purged=True) if deletion == "purged" else None
    sync.apply_pulled([{"table": "session", "row_id": sid, "data": data, "version": 11}], [], cursor=11)
    assert row_of(store, "session", sid)["deleted_at"] is not None
    (conflict,) = sync.conflicts()
    assert conflict["theirs"] == data  # the hub's side now: gone
    sync.resolve("d1", "theirs")
    assert row_of(store, "session", sid)["deleted_at"] is not None
    assert store.conn.execute("SELECT count(*) FROM sync_base WHERE row_id = ?", (sid,)).fetchone()[0] == 0
    assert sync.outgoing() == []


# --- names from conflicts never reach SQL unchecked --------------------------------------


def test_columns_refuses_a_table_that_does_not_sync(sync):
    assert "name" in sync.columns("company")
    for name in ("sqlite_master", "local_meta", "company; DROP TABLE note", "sync_outbox"):
        with pytest.raises(ValueError):
            sync.columns(name)
        with pytest.raises(ValueError):
            sync.parents(name)


@pytest.mark.parametrize("table, field, kind", [
    ("company; DROP TABLE note; --", "memo", "field"),
    ("sqlite_master", None, "delete_edit"),
    ("no_such_table", None, "duplicate"),
    ("company", "memo = 'x', name", "field"),
    ("company", "search_text", "field"),
    ("company", "id", "field"),
])
def test_a_conflict_naming_something_this_file_does_not_sync_is_dismissed(store, sync, table, field, kind):
    cid, _ = company_with_session(store)
    clear_outbox(store, sync)
    before = row_of(store, "company", cid)
    sync.record_conflicts([{"id": "x1", "table": table, "row_id": cid, "field": field, "kind": kind,
                            "mine": "私の", "theirs": "彼らの", "base": ""}])
    assert sync.resolve("x1", "theirs") == ["x1"]  # the hub is told: it stops sending it
    assert sync.conflicts() == []
    assert sync.conflicts(include_resolved=True)[0]["resolution"] == "dismissed"
    assert row_of(store, "company", cid) == before
    assert store.conn.execute("SELECT count(*) FROM note").fetchone()[0] == 0
    assert sync.outgoing() == []


# --- duplicates of the same content settle themselves ----------------------------------


def twin_period(store, sync, pulled_id, **changes):
    cid, _ = company_with_session(store)
    mine = store.periods.create(cid, "2025-03-31", {"sales_yen": 100, "employees": 4})
    clear_outbox(store, sync)
    theirs = dict(hub_row(store, "fiscal_period", mine)["data"], id=pulled_id,
                  created_at="2025-06-01T00:00:00.000Z", updated_at="2025-06-01T00:00:00.000Z",
                  updated_by="someone-else", **changes)
    stats = sync.apply_pulled([{"table": "fiscal_period", "row_id": pulled_id, "data": theirs, "version": 5}],
                              [], cursor=5)
    return mine, theirs, stats


def test_a_pulled_twin_with_the_smaller_id_replaces_ours_and_the_hub_is_told(store, sync):
    mine, theirs, stats = twin_period(store, sync, "00000000-0000-4000-8000-000000000000")
    assert (stats["deduplicated"], stats["duplicates"]) == (1, 0) and sync.conflicts() == []
    live = store.conn.execute("SELECT id FROM fiscal_period WHERE deleted_at IS NULL").fetchall()
    assert live == [(theirs["id"],)] and row_of(store, "fiscal_period", mine)["deleted_at"]
    (change,) = sync.outgoing()  # ours to the trash, as if the user had done it
    assert change["row_id"] == mine and change["fields"]["deleted_at"] and change["base"]["deleted_at"] is None
    (base,) = store.conn.execute("SELECT data_json FROM sync_base WHERE row_id = ?", (theirs["id"],)).fetchone()
    assert json.loads(base) == theirs


def test_a_pulled_twin_with_the_larger_id_goes_to_the_trash_and_the_hub_is_told(store, sync):
    mine, theirs, stats = twin_period(store, sync, "ffffffff-ffff-4fff-bfff-ffffffffffff")
    assert (stats["deduplicated"], stats["duplicates"]) == (1, 0) and sync.conflicts() == []
    live = store.conn.execute("SELECT id FROM fiscal_period WHERE deleted_at IS NULL").fetchall()
    assert live == [(mine,)] and row_of(store, "fiscal_period", theirs["id"])["deleted_at"]
    (change,) = sync.outgoing()
    assert change["row_id"] == theirs["id"] and change["fields"]["deleted_at"]
    assert change["base"]["deleted_at"] is None


@pytest.mark.parametrize("changes", [{"sales_yen": 200}, {"employees": None}, {"months": 6}])
def test_a_pulled_twin_with_other_content_stays_a_conflict(store, sync, changes):
    mine, theirs, stats = twin_period(store, sync, "00000000-0000-4000-8000-000000000000", **changes)
    assert (stats["deduplicated"], stats["duplicates"]) == (0, 1)
    assert store.conn.execute("SELECT id FROM fiscal_period WHERE deleted_at IS NULL").fetchall() == [(mine,)]
    assert sync.outgoing() == []


def test_an_open_duplicate_conflict_settles_when_the_content_becomes_the_same(store, sync):
    mine, theirs, stats = twin_period(store, sync, "00000000-0000-4000-8000-000000000000", sales_yen=200)
    assert stats["duplicates"] == 1
    store.periods.update(mine, {"sales_yen": 200})  # corrected here
    clear_outbox(store, sync)
    stats = sync.apply_pulled([{"table": "fiscal_period", "row_id": theirs["id"], "data": theirs, "version": 6}],
                              [], cursor=6)
    assert stats["deduplicated"] == 1 and sync.conflicts() == []
    assert sync.conflicts(include_resolved=True)[0]["resolution"] == "deduplicated"


def test_twins_made_on_two_laptops_end_the_same_on_both(tmp_path):
    """Both laptops import the same 基準値 file (and make the same ロカベン text): after
    they see each other's rows, the same row is live on both and the other is in the
    trash on both, the active benchmark set included; no one is asked."""
    a, b = open_store(tmp_path / "a.sqlite3"), open_store(tmp_path / "b.sqlite3")
    try:
        sa, sb = LocalSync(a), LocalSync(b)
        company = a.companies.create({"name": "両方で作った会社"})
        b_rows = [hub_row(a, "organization", a.people.local_organization_id()),
                  hub_row(a, "consultant", a.local_consultant_id), hub_row(a, "company", company)]
        assert sb.apply_pulled(b_rows, [], cursor=1)["written"] == 3
        sets = {}
        for store, label in ((a, "Aで取込"), (b, "Bで取込")):
            sets[store] = store.insert_row("benchmark_set", {
                "label": "令和5年度", "source_name": "meti.xlsx", "source_format": "tidy_csv",
                "content_hash": "abc123", "row_count": 1, "rows_json": "[]"})
            store.benchmarks.set_active(sets[store])
            store.rokaben.set_text(company, "owner.vision", "地域一番の町工場")
        clear = {}
        for store, sync in ((a, sa), (b, sb)):
            clear[store] = [c for c in sync.outgoing() if c["table"] in ("benchmark_set", "rokaben_text")]
            sync.mark_acked(max(c["seq_to"] for c in clear[store]))
        # Each pulls the other's rows.
        for store, sync, other in ((a, sa, b), (b, sb, a)):
            pulled = [{"table": c["table"], "row_id": c["row_id"], "data": c["fields"], "version": 2}
                      for c in clear[other]]
            stats = sync.apply_pulled(pulled, [], cursor=2)
            assert (stats["deduplicated"], stats["duplicates"]) == (2, 0)
        for table in ("benchmark_set", "rokaben_text"):
            live_a = a.conn.execute(f"SELECT id FROM {table} WHERE deleted_at IS NULL").fetchall()
            live_b = b.conn.execute(f"SELECT id FROM {table} WHERE deleted_at IS NULL").fetchall()
            assert live_a == live_b and len(live_a) == 1
            assert live_a[0][0] == min(r[0] for r in a.conn.execute(f"SELECT id FROM {table}"))
        survivor = min(sets.values())
        assert a.benchmarks.active_id() == b.benchmarks.active_id() == survivor
        assert a.rokaben.texts(company) == b.rokaben.texts(company) == {"owner.vision": "地域一番の町工場"}
        # Each tells the hub the same thing: the loser to the trash (no conflict there).
        for sync in (sa, sb):
            trashed = {(c["table"], c["row_id"]) for c in sync.outgoing() if c["fields"].get("deleted_at")}
            assert ("benchmark_set", max(sets.values())) in trashed and len(trashed) == 2
    finally:
        a.close()
        b.close()


# --- a duplicate is settled alone only when nothing else could be lost ------------------


def _twin(store, sync, pulled_id, **changes):
    cid, _ = company_with_session(store)
    mine = store.periods.create(cid, "2025-03-31", {"sales_yen": 100})
    clear_outbox(store, sync)
    theirs = dict(hub_row(store, "fiscal_period", mine)["data"], id=pulled_id, updated_by="other", **changes)
    return mine, theirs


def _pull_twin(sync, theirs):
    return sync.apply_pulled([{"table": "fiscal_period", "row_id": theirs["id"], "data": theirs, "version": 5}], [], 5)


def test_a_twin_with_a_typed_draft_is_left_to_the_user(store, sync):
    mine, theirs = _twin(store, sync, "00000000-0000-4000-8000-000000000000")
    store.drafts.put("fiscal_period", mine, "employees", "１２人?")  # typed, not storable yet
    stats = _pull_twin(sync, theirs)
    assert stats["deduplicated"] == 0 and stats["duplicates"] == 1
    assert row_of(store, "fiscal_period", mine)["deleted_at"] is None
    assert store.drafts.for_row("fiscal_period", mine)


def test_a_twin_with_a_column_this_version_lacks_is_left_to_the_user(store, sync):
    mine, theirs = _twin(store, sync, "ffffffff-ffff-4fff-bfff-ffffffffffff", memo_v8="売上減は一時的")
    stats = _pull_twin(sync, theirs)
    assert stats["deduplicated"] == 0 and stats["duplicates"] == 1
    assert all(c["fields"].get("deleted_at") is None for c in sync.outgoing())


def test_a_twin_being_typed_into_is_left_to_the_user(store, sync):
    mine, theirs = _twin(store, sync, "00000000-0000-4000-8000-000000000000")
    store.update_row("fiscal_period", mine, {"employees": 12})
    theirs["employees"] = 12  # the same values, but ours has an edit not pushed yet
    stats = _pull_twin(sync, theirs)
    assert stats["deduplicated"] == 0 and stats["duplicates"] == 1
    assert row_of(store, "fiscal_period", mine)["deleted_at"] is None
