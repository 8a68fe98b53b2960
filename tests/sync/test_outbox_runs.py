"""The outbox does not grow with every autosave: a run of updates of one row is one
entry until a push is handed it, and never merges across a pulled row or into an
entry a push is carrying (which would lose or misattribute an edit)."""

from __future__ import annotations

import sqlite3

import sqlite_utils

from banso_desktop.store import open_store
from banso_desktop.store.migrations import STEPS, migrate, schema_version
from banso_desktop.sync.local import LocalSync


def entries(store, row_id):
    return store.conn.execute(
        "SELECT seq, op, old_json IS NULL, pushed FROM sync_outbox WHERE row_id = ? ORDER BY seq", (row_id,)
    ).fetchall()


def outbox_bytes(store):
    return store.conn.execute(
        "SELECT coalesce(sum(length(new_json) + coalesce(length(old_json), 0)), 0) FROM sync_outbox"
    ).fetchone()[0]


def test_an_hour_of_autosaves_is_one_entry(tmp_path):
    store = open_store(tmp_path / "a.sqlite3")
    company = store.companies.create({"name": "株式会社オートセーブ"})
    text = "売上が落ちた理由を社長と話した。" * 200  # 3,200 characters
    for second in range(600):  # ten minutes of typing, saved every second
        store.update_row("company", company, {"memo": text[: 5 * (second + 1)]})
    # Never pushed: the insert and every update are one entry holding the latest row.
    assert [e[1:] for e in entries(store, company)] == [("upsert", 1, 0)]
    assert outbox_bytes(store) < 4 * len(text.encode())
    (change,) = LocalSync(store).outgoing()
    assert change["base"] is None and change["fields"]["memo"] == text[:3000]
    store.close()


def test_runs_stop_at_a_push_and_at_a_pulled_row(tmp_path):
    store = open_store(tmp_path / "a.sqlite3")
    sync = LocalSync(store)
    company = store.companies.create({"name": "元の名前", "memo": "一"})
    sync.mark_acked(sync.outgoing()[0]["seq_to"])  # the hub has it
    store.update_row("company", company, {"memo": "二"})
    store.update_row("company", company, {"memo": "三"})
    assert len([e for e in entries(store, company) if e[3] == 0]) == 1
    # A push is handed the entry (and may be cut before its answer): later typing goes
    # into a new entry, so the acknowledged one is exactly what the hub got.
    (sent,) = sync.outgoing()
    store.update_row("company", company, {"memo": "四"})
    pending = [e for e in entries(store, company) if e[3] == 0]
    assert len(pending) == 2
    sync.mark_acked(sent["seq_to"])
    (later,) = sync.outgoing()
    assert later["fields"]["memo"] == "四" and later["base"]["memo"] == "三"
    # A pulled row in between: the next edit starts a new entry, so the pulled name is
    # never sent back as if this laptop had typed it.
    sync.mark_acked(later["seq_to"])
    store.update_row("company", company, {"memo": "五"})
    hub_row = {**store.companies.get(company), "name": "ハブの名前", "memo": "五"}
    hub_row = {k: v for k, v in hub_row.items() if k in sync.columns("company")}
    sync.apply_pulled([{"table": "company", "row_id": company, "data": hub_row, "version": 9}])
    store.update_row("company", company, {"memo": "六"})
    changes = sync.outgoing()
    assert [c["fields"].get("name") for c in changes] == [None]
    assert changes[0]["fields"]["memo"] == "六"
    store.close()


def test_a_file_of_step_6_gets_the_merging_triggers(tmp_path):
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    migrate(sqlite_utils.Database(conn), "2026-01-01T00:00:00.000Z", steps=STEPS[:6])
    conn.close()
    store = open_store(path)
    assert schema_version(store.conn) == len(STEPS) == 8
    company = store.companies.create({"name": "古いファイル"})
    for n in range(20):
        store.update_row("company", company, {"memo": str(n)})
    assert len(entries(store, company)) == 1
    store.close()
