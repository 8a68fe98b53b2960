"""Two laptops and one hub, for real: a PostgreSQL the tests start, SQLite files, the
sync client and the CLI. Nothing may be lost, doubled, overwritten or resolved silently."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest

from banso_desktop.store import open_store
from banso_desktop.sync import client as sync_client
from banso_desktop.sync import hub
from banso_desktop.sync.client import SyncError
from banso_desktop.sync.local import LocalSync
from tests.helpers import run_banso
from tests.sync.accounts import PASSWORDS, run_sync


@pytest.fixture
def office(pg_cluster, hub_db):
    """A hub with organisation みどり市商工会 (tanaka, suzuki) and, apart, 信用金庫 (banker)."""
    hub.init(hub_db)
    hub.add_user(hub_db, "みどり市商工会", "tanaka", PASSWORDS["tanaka"])
    hub.add_user(hub_db, "みどり市商工会", "suzuki", PASSWORDS["suzuki"])
    hub.add_user(hub_db, "みどり市商工会", "sato", PASSWORDS["sato"])
    hub.add_user(hub_db, "信用金庫", "banker", PASSWORDS["banker"])
    return pg_cluster, hub_db


@pytest.fixture
def laptops(tmp_path):
    a = open_store(tmp_path / "a" / "banso.sqlite3")
    b = open_store(tmp_path / "b" / "banso.sqlite3")
    yield a, b
    a.close()
    b.close()


def hub_rows(dsn, table=None):
    with psycopg.connect(dsn) as conn:
        sql = "SELECT table_name, row_id, data FROM banso.row" + (" WHERE table_name = %s" if table else "")
        return {(t, r): d for t, r, d in conn.execute(sql, (table,) if table else ())}


def names(store):
    return {r[0] for r in store.conn.execute("SELECT name FROM company WHERE deleted_at IS NULL")}


def test_edits_on_two_laptops_reach_each_other(office, laptops):
    _cluster, dsn = office
    a, b = laptops
    alpha = a.companies.create({"name": "株式会社アルファ"})
    b.companies.create({"name": "ベータ商店"})
    first = run_sync(a, dsn, "tanaka")
    assert first.new_hub and first.pushed > 0
    run_sync(b, dsn, "suzuki")
    run_sync(a, dsn, "tanaka")
    assert {"株式会社アルファ", "ベータ商店"} <= names(a) and names(a) == names(b)
    # Both laptops joined the hub's organisation: one organisation row, the same id.
    org = a.conn.execute("SELECT organization_id FROM company WHERE id = ?", (alpha,)).fetchone()[0]
    assert org == b.conn.execute("SELECT organization_id FROM company WHERE id = ?", (alpha,)).fetchone()[0]
    assert a.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    # Field-by-field merge: different fields of the same company, edited on each laptop.
    run_sync(b, dsn, "suzuki")
    a.companies.update(alpha, {"phone": "0277-11-2222"})
    b.companies.update(alpha, {"address": "群馬県みどり市"})
    run_sync(a, dsn, "tanaka")
    result = run_sync(b, dsn, "suzuki")
    run_sync(a, dsn, "tanaka")
    assert result.conflicts == 0
    for store in (a, b):
        row = store.companies.get(alpha)
        assert (row["phone"], row["address"]) == ("0277-11-2222", "群馬県みどり市")


def test_the_same_field_edited_on_both_is_kept_both_ways_and_resolvable(office, laptops):
    _cluster, dsn = office
    a, b = laptops
    company = a.companies.create({"name": "元の名前"})
    run_sync(a, dsn, "tanaka")
    run_sync(b, dsn, "suzuki")
    a.companies.update(company, {"name": "田中が直した名前"})
    b.companies.update(company, {"name": "鈴木が直した名前"})
    run_sync(a, dsn, "tanaka")
    result = run_sync(b, dsn, "suzuki")
    assert result.conflicts == 1
    (conflict,) = LocalSync(b).conflicts()
    assert conflict["table_name"] == "company" and conflict["field"] == "name"
    assert conflict["mine"] == "鈴木が直した名前"
    assert conflict["theirs"] == "田中が直した名前"
    # Nothing resolved silently: B's own words are kept in the conflict until chosen.
    LocalSync(b).resolve(conflict["id"], "mine")
    run_sync(b, dsn, "suzuki")
    run_sync(a, dsn, "tanaka")
    assert a.companies.get(company)["name"] == b.companies.get(company)["name"] == "鈴木が直した名前"
    assert LocalSync(b).conflicts() == []
    with psycopg.connect(dsn) as conn:
        assert conn.execute("SELECT count(*) FROM banso.conflict WHERE NOT resolved").fetchone()[0] == 0


def test_a_delete_against_an_edit_is_surfaced(office, laptops):
    _cluster, dsn = office
    a, b = laptops
    company = a.companies.create({"name": "消すか直すか"})
    run_sync(a, dsn, "tanaka")
    run_sync(b, dsn, "suzuki")
    a.companies.update(company, {"memo": "まだ取引がある"})
    b.companies.trash(company)
    run_sync(a, dsn, "tanaka")
    result = run_sync(b, dsn, "suzuki")
    assert result.conflicts == 1
    (conflict,) = LocalSync(b).conflicts()
    assert conflict["kind"] == "delete_edit"
    # The hub kept the edited company alive; nothing was dropped without a choice.
    assert hub_rows(dsn, "company")[("company", company)].get("deleted_at") is None


def test_an_edit_made_with_plain_sql_is_synced(office, laptops):
    _cluster, dsn = office
    a, b = laptops
    company = a.companies.create({"name": "SQLで直す会社"})
    run_sync(a, dsn, "tanaka")
    run_sync(b, dsn, "suzuki")
    a.conn.execute("UPDATE company SET memo = 'sqlite3 で直接' WHERE id = ?", (company,))
    a.conn.commit()
    run_sync(a, dsn, "tanaka")
    run_sync(b, dsn, "suzuki")
    assert b.companies.get(company)["memo"] == "sqlite3 で直接"


@pytest.mark.parametrize("cut", ["before_commit", "after_commit"])
def test_a_push_cut_midway_then_retried_loses_and_doubles_nothing(office, laptops, monkeypatch, cut):
    cluster, dsn = office
    a, _b = laptops
    run_sync(a, dsn, "tanaka")
    for n in range(30):
        a.companies.create({"name": f"切断テスト{n:02d}"})
    real_call = sync_client._call
    cuts = []

    def cutting_call(conn, function, *args):
        if function == "push" and not cuts:
            cuts.append(function)
            if cut == "after_commit":
                real_call(conn, function, *args)  # the hub commits, the answer never arrives
            cluster.terminate_backends(psycopg.conninfo.conninfo_to_dict(dsn)["dbname"])
            return real_call(conn, function, *args)  # the connection is gone: fails
        return real_call(conn, function, *args)

    monkeypatch.setattr(sync_client, "_call", cutting_call)
    with pytest.raises(SyncError):
        run_sync(a, dsn, "tanaka")
    monkeypatch.setattr(sync_client, "_call", real_call)
    run_sync(a, dsn, "tanaka")
    rows = hub_rows(dsn, "company")
    hub_names = sorted(d["name"] for d in rows.values())
    assert hub_names == sorted(names(a))  # every company once: nothing lost, nothing doubled
    assert LocalSync(a).pending_count() == 0


def test_a_hub_restored_from_an_older_dump_gets_back_what_it_lost(office, laptops, tmp_path):
    cluster, dsn = office
    a, b = laptops
    dbname = psycopg.conninfo.conninfo_to_dict(dsn)["dbname"]
    a.companies.create({"name": "ダンプ前の会社"})
    run_sync(a, dsn, "tanaka")
    dump = cluster.dump(dbname, tmp_path / "hub.dump")
    late_a = a.companies.create({"name": "ダンプ後にAが送った会社"})
    run_sync(a, dsn, "tanaka")
    late_b = b.companies.create({"name": "ダンプ後にBが送った会社"})
    run_sync(b, dsn, "suzuki")
    cluster.restore(dbname, dump)  # the office restores last night's backup
    assert ("company", late_a) not in hub_rows(dsn, "company")
    result_a = run_sync(a, dsn, "tanaka")
    run_sync(b, dsn, "suzuki")
    run_sync(a, dsn, "tanaka")
    assert result_a.resent > 0
    rows = hub_rows(dsn, "company")
    assert ("company", late_a) in rows and ("company", late_b) in rows
    assert {"ダンプ前の会社", "ダンプ後にAが送った会社", "ダンプ後にBが送った会社"} <= names(a) == names(b)


def test_an_empty_new_hub_never_deletes_local_data(office, laptops, pg_cluster):
    _cluster, dsn = office
    a, _b = laptops
    for n in range(5):
        a.companies.create({"name": f"大事な会社{n}"})
    run_sync(a, dsn, "tanaka")
    before = names(a)
    fresh = pg_cluster.create_database("hub_fresh_empty")
    try:
        hub.init(fresh)
        hub.add_user(fresh, "みどり市商工会", "tanaka", PASSWORDS["tanaka"])
        result = run_sync(a, fresh, "tanaka")
        assert result.new_hub
        assert names(a) == before  # nothing deleted because the hub was empty
        assert {d["name"] for d in hub_rows(fresh, "company").values()} == before  # everything sent
    finally:
        pg_cluster.drop_database("hub_fresh_empty")


def test_another_organisation_reads_nothing_even_with_direct_sql(office, laptops, tmp_path):
    cluster, dsn = office
    a, _b = laptops
    a.companies.create({"name": "商工会の顧客"})
    run_sync(a, dsn, "tanaka")
    bank = open_store(tmp_path / "bank.sqlite3")
    try:
        run_sync(bank, dsn, "banker")
        assert "商工会の顧客" not in names(bank)
    finally:
        bank.close()
    dbname = psycopg.conninfo.conninfo_to_dict(dsn)["dbname"]
    banker_dsn = cluster.dsn(dbname, user="banker", password=PASSWORDS["banker"])
    with psycopg.connect(banker_dsn, autocommit=True) as conn:
        for query in ("SELECT * FROM banso.row", "SELECT * FROM banso.conflict", "SELECT * FROM banso.org"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(query)
        # Through the API: none of the other organisation's rows.
        answer = conn.execute("SELECT banso_api.pull('bank-laptop', 1, 0, 1000)").fetchone()[0]
        assert all("商工会の顧客" not in json.dumps(r["data"], ensure_ascii=False) for r in answer["rows"])


def test_a_newer_protocol_is_refused_with_a_message(office, laptops, monkeypatch):
    _cluster, dsn = office
    a, _b = laptops
    monkeypatch.setattr(sync_client, "PROTOCOL", 99)
    with pytest.raises(SyncError) as caught:
        run_sync(a, dsn, "tanaka")
    assert "banso hub init" in caught.value.render(lambda _c, text: text)


def test_cli_hub_init_add_user_sync_and_conflicts(office, tmp_path, memory_keyring):
    cluster, _dsn = office
    dsn = cluster.create_database("hub_cli")
    try:
        done = run_banso("hub", "init", "--dsn", dsn, "--json")
        assert done.returncode == 0, done.stderr
        added = run_banso("hub", "add-user", "--dsn", dsn, "--org", "よろず", "--user", "yamada", "--password-stdin",
                          input_text="yamada-secret-9\n")
        assert added.returncode == 0, added.stderr
        db = tmp_path / "cli.sqlite3"
        store = open_store(db)
        store.companies.create({"name": "CLIの会社"})
        store.close()
        hub_dsn = cluster.dsn("hub_cli").replace(f"user={cluster.superuser}", "").replace(
            f"password={cluster.password}", "")
        synced = run_banso("sync", "--db", str(db), "--dsn", hub_dsn, "--user", "yamada", "--json",
                           env={"BANSO_HUB_PASSWORD": "yamada-secret-9"})
        assert synced.returncode == 0, synced.stderr
        assert json.loads(synced.stdout)["pushed"] > 0
        listed = run_banso("conflicts", "--db", str(db), "--json")
        assert listed.returncode == 0 and json.loads(listed.stdout) == []
        wrong = run_banso("sync", "--db", str(db), "--dsn", hub_dsn, "--user", "yamada",
                          env={"BANSO_HUB_PASSWORD": "wrong"})
        assert wrong.returncode == 2 and "Traceback" not in wrong.stderr
        # No password in any file of the data folder.
        for path in Path(tmp_path).rglob("*"):
            if path.is_file():
                assert b"yamada-secret-9" not in path.read_bytes(), path
    finally:
        cluster.drop_database("hub_cli")


# --- regressions found by review (each lost or resurrected data before its fix) -------------


def test_an_edit_between_two_edits_of_another_row_is_not_dropped(office, laptops):
    _cluster, dsn = office
    a, b = laptops
    x = a.companies.create({"name": "X社"})
    y = a.companies.create({"name": "Y社"})
    run_sync(a, dsn, "tanaka")
    run_sync(b, dsn, "suzuki")
    a.companies.update(x, {"memo": "X 1回目"})
    a.companies.update(y, {"memo": "Y の大事なメモ"})  # inside X's range of outbox entries
    a.companies.update(x, {"memo": "X 2回目"})
    run_sync(a, dsn, "tanaka")
    run_sync(b, dsn, "suzuki")
    assert hub_rows(dsn, "company")[("company", y)]["memo"] == "Y の大事なメモ"
    assert b.companies.get(y)["memo"] == "Y の大事なメモ" and b.companies.get(x)["memo"] == "X 2回目"


def test_a_row_deleted_with_plain_sql_goes_everywhere_and_an_edit_of_it_is_a_conflict(office, laptops, tmp_path):
    _cluster, dsn = office
    a, b = laptops
    gone = a.companies.create({"name": "消える会社"})
    run_sync(a, dsn, "tanaka")
    run_sync(b, dsn, "suzuki")
    a.conn.execute("DELETE FROM company WHERE id = ?", (gone,))
    a.conn.commit()
    run_sync(a, dsn, "tanaka")
    run_sync(b, dsn, "suzuki")
    assert "消える会社" not in names(b)
    c = open_store(tmp_path / "c.sqlite3")
    try:
        run_sync(c, dsn, "tanaka")
        assert "消える会社" not in names(c)  # a new laptop is not given the deleted company
    finally:
        c.close()
    b.conn.execute("UPDATE company SET memo = 'まだ使う', deleted_at = NULL WHERE id = ?", (gone,))
    b.conn.commit()
    assert run_sync(b, dsn, "suzuki").conflicts == 1  # edit vs delete: surfaced, not resurrected
    assert hub_rows(dsn, "company")[("company", gone)].get("_purged") is True


def test_a_laptop_file_restored_from_its_own_backup_loses_no_new_work(office, laptops, tmp_path):
    _cluster, dsn = office
    a, _b = laptops
    backup = tmp_path / "backup.sqlite3"
    a.companies.create({"name": "バックアップ前"})
    run_sync(a, dsn, "tanaka")
    a.conn.execute("VACUUM INTO ?", (str(backup),))
    for n in range(3):
        a.companies.create({"name": f"バックアップ後{n}"})
    run_sync(a, dsn, "tanaka")
    restored = open_store(backup)  # the disk died; last week's copy comes back
    try:
        restored.companies.create({"name": "復元後に入力"})
        run_sync(restored, dsn, "tanaka")
        assert "復元後に入力" in {d["name"] for d in hub_rows(dsn, "company").values()}
        assert {"バックアップ後0", "バックアップ後1", "バックアップ後2"} <= names(restored)
    finally:
        restored.close()


def test_a_stale_laptop_on_a_new_hub_raises_a_conflict_instead_of_overwriting(office, laptops, pg_cluster):
    _cluster, dsn = office
    a, b = laptops
    company = a.companies.create({"name": "メモの会社", "memo": "v1"})
    run_sync(a, dsn, "tanaka")
    run_sync(b, dsn, "suzuki")
    a.companies.update(company, {"memo": "v2"})
    run_sync(a, dsn, "tanaka")  # B never pulls v2
    fresh = pg_cluster.create_database("hub_fresh_stale")
    try:
        hub.init(fresh)
        hub.add_user(fresh, "みどり市商工会", "tanaka", PASSWORDS["tanaka"])
        hub.add_user(fresh, "みどり市商工会", "suzuki", PASSWORDS["suzuki"])
        run_sync(b, fresh, "suzuki")  # B's stale v1 reaches the new hub first
        result = run_sync(a, fresh, "tanaka")
        assert result.conflicts == 1  # A's v2 is kept in a conflict, not silently lost
        (conflict,) = LocalSync(a).conflicts()
        assert (conflict["mine"], conflict["theirs"]) == ("v2", "v1")
    finally:
        pg_cluster.drop_database("hub_fresh_stale")


def test_after_a_restore_versions_handed_out_again_still_reach_every_laptop(office, laptops, tmp_path):
    cluster, dsn = office
    a, b = laptops
    c = open_store(tmp_path / "c.sqlite3")
    try:
        dbname = psycopg.conninfo.conninfo_to_dict(dsn)["dbname"]
        a.companies.create({"name": "ダンプ前"})
        for store, user in ((a, "tanaka"), (b, "suzuki"), (c, "sato")):
            run_sync(store, dsn, user)
        dump = cluster.dump(dbname, tmp_path / "hub.dump")
        for n in range(5):
            a.companies.create({"name": f"Aダンプ後{n}"})
        run_sync(a, dsn, "tanaka")
        run_sync(c, dsn, "sato")  # C's cursor moves past the versions the dump lacks
        cluster.restore(dbname, dump)
        for n in range(5):
            b.companies.create({"name": f"B復元後{n}"})
        run_sync(b, dsn, "suzuki")  # gets the same version numbers again
        run_sync(a, dsn, "tanaka")  # sends its five again
        for store, user in ((c, "sato"), (b, "suzuki"), (a, "tanaka")):
            run_sync(store, dsn, user)
        assert names(a) == names(b) == names(c)
        assert len(names(c)) == 11
    finally:
        c.close()


def test_the_same_row_put_in_the_trash_on_two_laptops_is_no_conflict(office, laptops):
    _cluster, dsn = office
    a, b = laptops
    company = a.companies.create({"name": "両方で削除"})
    run_sync(a, dsn, "tanaka")
    run_sync(b, dsn, "suzuki")
    a.companies.trash(company)
    b.companies.trash(company)
    run_sync(a, dsn, "tanaka")
    assert run_sync(b, dsn, "suzuki").conflicts == 0
    assert "両方で削除" not in names(a) | names(b)


def test_edits_typed_after_a_conflict_survive_choosing_their_version(office, laptops):
    _cluster, dsn = office
    a, b = laptops
    company = a.companies.create({"name": "会社"})
    run_sync(a, dsn, "tanaka")
    run_sync(b, dsn, "suzuki")
    a.companies.trash(company)
    b.companies.update(company, {"name": "鈴木が改名"})
    run_sync(b, dsn, "suzuki")
    run_sync(a, dsn, "tanaka")  # delete vs edit: the company is live again on A
    assert a.companies.get(company)["deleted_at"] is None
    a.companies.update(company, {"memo": "競合のあとで書いたメモ"})  # work goes on before choosing
    (conflict,) = LocalSync(a).conflicts()
    LocalSync(a).resolve(conflict["id"], "theirs")
    run_sync(a, dsn, "tanaka")
    run_sync(b, dsn, "suzuki")
    for store in (a, b):
        row = store.companies.get(company)
        assert (row["name"], row["memo"]) == ("鈴木が改名", "競合のあとで書いたメモ")


def test_a_backup_taken_mid_edit_and_restored_surfaces_the_difference(office, laptops, tmp_path):
    """Autosaves of one row merge into one outbox entry until a push takes it; a backup
    taken before the last of them, restored after the push, must not have its new typing
    taken as already sent (the hub acknowledged that entry with other content)."""
    _cluster, dsn = office
    a, _b = laptops
    company = a.companies.create({"name": "株式会社復元", "memo": "v0"})
    run_sync(a, dsn, "tanaka")
    a.companies.update(company, {"memo": "v1"})
    backup = tmp_path / "backup.sqlite3"
    a.conn.execute("VACUUM INTO ?", (str(backup),))
    a.companies.update(company, {"memo": "v2"})  # the same outbox entry as v1
    run_sync(a, dsn, "tanaka")
    restored = open_store(backup)
    try:
        restored.companies.update(company, {"memo": "v3 復元後に入力"})
        result = run_sync(restored, dsn, "tanaka")
        assert result.conflicts == 1  # v2 on the hub, v3 here: shown, not silently dropped
        (conflict,) = LocalSync(restored).conflicts()
        assert (conflict["field"], conflict["mine"], conflict["theirs"]) == ("memo", "v3 復元後に入力", "v2")
        LocalSync(restored).resolve(conflict["id"], "mine")
        run_sync(restored, dsn, "tanaka")
        assert hub_rows(dsn, "company")[("company", company)]["memo"] == "v3 復元後に入力"
    finally:
        restored.close()
