"""Companies in a real SQLite file: editing, trash, search."""

import pytest

from banso_desktop.store.companies import UNASSIGNED


@pytest.fixture
def three(store):
    ids = {
        "yamada": store.companies.create({"name": "株式会社山田製作所", "name_kana": "ヤマダセイサクショ",
                                          "corporate_number": "7000012050002", "address": "埼玉県秩父市本町1-1"}),
        "sakura": store.companies.create({"name": "有限会社さくら商店", "name_kana": "サクラショウテン",
                                          "address": "東京都千代田区大手町2-2", "representative_name": "山田 花子"}),
        "kyowa": store.companies.create({"name": "協和運輸株式会社", "name_kana": "キョウワウンユ",
                                         "assigned_consultant_id": None}),
    }
    return ids


def test_create_stamps_sync_columns_and_assigns_me(store):
    cid = store.companies.create({"name": "株式会社テスト"})
    row = store.companies.get(cid)
    assert len(cid) == 36 and row["created_at"] == row["updated_at"]
    assert row["updated_by"] == store.local_consultant_id
    assert row["assigned_consultant_id"] == store.local_consultant_id
    assert row["organization_id"] == store.people.local_organization_id()
    assert row["deleted_at"] is None


def test_update_changes_only_given_fields(store, three):
    before = store.companies.get(three["yamada"])
    assert store.companies.update(three["yamada"], {"employees": 12, "capital_yen": 10_000_000})
    after = store.companies.get(three["yamada"])
    assert after["employees"] == 12 and after["capital_yen"] == 10_000_000
    assert after["name"] == before["name"]
    assert after["updated_at"] >= before["updated_at"]
    assert not store.companies.update("no-such-id", {"employees": 1})
    with pytest.raises(ValueError):
        store.companies.update(three["yamada"], {"deleted_at": "x"})


def test_database_constraints_back_up_the_domain(store, three):
    import sqlite3

    with pytest.raises(sqlite3.IntegrityError):
        store.companies.update(three["yamada"], {"fiscal_month": 13})
    with pytest.raises(sqlite3.IntegrityError):
        store.companies.update(three["yamada"], {"employees": -1})


def names(rows):
    return sorted(r.name for r in rows)


def test_search_short_and_long_terms(store, three):
    assert names(store.companies.search("山田")) == ["有限会社さくら商店", "株式会社山田製作所"]
    assert names(store.companies.search("製作所")) == ["株式会社山田製作所"]
    assert names(store.companies.search("秩父")) == ["株式会社山田製作所"]


def test_search_by_reading_in_hiragana_or_halfwidth(store, three):
    assert names(store.companies.search("さくら")) == ["有限会社さくら商店"]
    assert names(store.companies.search("きょうわ")) == ["協和運輸株式会社"]
    assert names(store.companies.search("ｷｮｳﾜ")) == ["協和運輸株式会社"]


def test_search_by_corporate_number_with_hyphens(store, three):
    assert names(store.companies.search("7000-0120-50002")) == ["株式会社山田製作所"]
    assert names(store.companies.search("７０００")) == ["株式会社山田製作所"]


def test_all_terms_must_match(store, three):
    assert names(store.companies.search("山田 千代田")) == ["有限会社さくら商店"]
    assert names(store.companies.search("山田 運輸")) == []


def test_search_follows_edits(store, three):
    store.companies.update(three["kyowa"], {"name": "協和物流株式会社"})
    assert names(store.companies.search("協和運輸")) == []
    assert names(store.companies.search("協和物流")) == ["協和物流株式会社"]


def test_special_characters_do_not_break_search(store, three):
    for text in ['"', "%", "_", "a\"b c", "AND", "NEAR(", "*", "\\"]:
        store.companies.search(text)


def test_consultant_filter_and_sort(store, three):
    mine = store.companies.search(consultant=store.local_consultant_id)
    assert names(mine) == ["有限会社さくら商店", "株式会社山田製作所"]
    assert names(store.companies.search(consultant=UNASSIGNED)) == ["協和運輸株式会社"]
    by_kana = [r.name_kana for r in store.companies.search(sort="kana")]
    assert by_kana == sorted(by_kana)
    newest = store.companies.search(sort="created")
    assert newest[0].id == three["kyowa"]


def test_trash_and_restore(store, three):
    assert store.companies.trash(three["sakura"])
    assert not store.companies.trash(three["sakura"])  # already there
    assert names(store.companies.search()) == ["協和運輸株式会社", "株式会社山田製作所"]
    assert [t["name"] for t in store.companies.trashed()] == ["有限会社さくら商店"]
    assert store.companies.get(three["sakura"])["deleted_at"]
    assert store.companies.restore(three["sakura"])
    assert store.companies.count() == 3
    assert store.companies.trashed() == []


def test_drafts_keep_what_could_not_be_stored(store, three):
    store.drafts.put("company", three["yamada"], "corporate_number", "1234567890123")
    store.drafts.put("company", three["yamada"], "corporate_number", "1234567890124")
    assert store.drafts.for_row("company", three["yamada"]) == {"corporate_number": "1234567890124"}
    store.drafts.clear("company", three["yamada"], "corporate_number")
    assert store.drafts.for_row("company", three["yamada"]) == {}


def test_people(store):
    store.people.rename_local_consultant(" 伴走 太郎 ")
    store.people.rename_organization("みどり市商工会")
    other = store.people.add_consultant("中島 恵美")
    assert store.people.local_consultant().name == "伴走 太郎"
    assert store.people.organization_name() == "みどり市商工会"
    assert [c.id for c in store.people.consultants()][0] == store.local_consultant_id
    assert other in [c.id for c in store.people.consultants()]


@pytest.mark.parametrize(
    "stored, typed",
    [
        ("株式会社ＡＢＣ商事", "ABC"),
        ("株式会社ＡＢＣ商事", "ＡＢＣ商事"),
        ("株式会社ABC商事", "ａｂｃ"),
        ("㈱山田", "㈱山田"),
        ("㈱山田", "(株)山田"),
        ("（有）さくら", "（有）さくら"),
        ("（有）さくら", "サクラ"),
        ("ｻｸﾗ珈琲", "サクラ"),
    ],
)
def test_search_matches_across_full_and_half_width(store, stored, typed):
    cid = store.companies.create({"name": stored})
    assert [r.id for r in store.companies.search(typed)] == [cid]


def test_search_in_a_full_width_address(store):
    cid = store.companies.create({"name": "芝商店", "address": "東京都港区芝１－２－３ つくばビル"})
    for typed in ("芝1-2-3", "芝１－２－３", "ツクバ", "つくば"):
        assert [r.id for r in store.companies.search(typed)] == [cid], typed


def test_reindex_catches_up_with_rows_written_by_plain_sql(store):
    cid = store.companies.create({"name": "旧社名株式会社"})
    store.conn.execute("UPDATE company SET name = '新社名株式会社' WHERE id = ?", (cid,))
    assert store.companies.search("新社名") == []
    assert store.companies.reindex() == 1
    assert [r.id for r in store.companies.search("新社名")] == [cid]
    assert store.companies.search("旧社名") == []
