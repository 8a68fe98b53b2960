"""The demo database: realistic, complete and reproducible."""

from datetime import date

import pytest

from banso_desktop.data import industries
from banso_desktop.demo import create_demo
from banso_desktop.domain.corporate_number import is_valid
from banso_desktop.store import StoreError, open_store


def test_demo_is_complete_and_plausible(store):
    result = create_demo(store, companies=150, seed=7, today=date(2026, 11, 21))
    assert result.companies == 150
    rows = store.companies.search()
    assert len(rows) == 150
    catalog = industries()
    kinds = set()
    for row in rows:
        company = store.companies.get(row.id)
        assert company["name"] and company["name_kana"]
        assert catalog.get(company["industry_code"]) is not None
        if company["corporate_number"] is not None:
            assert is_valid(company["corporate_number"])
        periods = store.periods.for_company(row.id)
        assert 2 <= len(periods) <= 4
        ends = [date.fromisoformat(p["period_end"]) for p in periods]
        assert ends == sorted(ends) and ends[-1] <= date(2026, 11, 21)
        for p in periods:
            assert p["sales_yen"] > 0 and p["total_assets_yen"] > 0
            assert p["total_liabilities_yen"] + p["net_assets_yen"] == p["total_assets_yen"]
        sessions = store.sessions.for_company(row.id)
        assert sessions and all(s.note_count >= 3 for s in sessions)
        for note in store.sessions.notes(sessions[0].id):
            kinds.add(note["kind"])
            assert any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in note["body"])
    assert {"owner_quote", "fact"} <= kinds
    assert len({r.industry_code for r in rows}) >= 15  # varied industries
    sizes = [store.companies.get(r.id)["employees"] for r in rows]
    assert min(sizes) <= 3 and max(sizes) >= 30  # varied sizes
    assert store.people.organization_name()
    assert len(store.people.consultants()) >= 3


def test_same_seed_same_data(tmp_path):
    names = []
    for n in range(2):
        s = open_store(tmp_path / f"{n}.sqlite3")
        create_demo(s, companies=30, seed=42, today=date(2026, 1, 1))
        names.append([(r.id, r.name) for r in s.companies.search(sort="created")])
        s.close()
    assert names[0] == names[1]


def test_demo_refuses_a_database_with_companies(store):
    store.companies.create({"name": "本物の会社"})
    with pytest.raises(StoreError):
        create_demo(store, companies=5)
    assert store.companies.count() == 1


def test_note_search_index_is_complete_after_bulk_load(store):
    create_demo(store, companies=40, seed=3)
    indexed = store.conn.execute(
        "SELECT count(*) FROM note_fts WHERE note_fts MATCH '\"値上げ\"'"
    ).fetchone()[0]
    scanned = store.conn.execute("SELECT count(*) FROM note WHERE body LIKE '%値上げ%'").fetchone()[0]
    assert indexed == scanned > 0
    triggers = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {"note_fts_ai", "company_fts_ai"} <= triggers
