"""経営デザインシート in the store: sheets per year, copying a year, fill order,
移行戦略 rows and the export read by the CLI and the PDF."""

import sqlite3

import pytest

from banso_desktop.domain.design_sheet import DesignSheetExtras, section_order
from banso_desktop.domain.text import UserError
from banso_desktop.i18n import translator
from banso_desktop.paths import resources_dir
from banso_desktop.store import open_store


@pytest.fixture
def company(store):
    return store.companies.create({"name": "株式会社武蔵酒店"})


def fill(store, sheet_id, texts, transitions):
    for key, body in texts.items():
        store.design.set_text(sheet_id, key, body)
    for what, by_when, who in transitions:
        store.design.add_transition(sheet_id, what=what, by_when=by_when, who=who)


def test_sheets_are_per_year_newest_first(store, company):
    assert store.design.sheets(company) == []
    assert store.design.sheet(company, 2025) is None
    first = store.design.create_year(company, 2024)
    second = store.design.create_year(company, 2025, sheet_id="a-given-id")
    assert second == "a-given-id"
    assert store.design.sheets(company) == [
        {"id": second, "year": 2025, "fill_order": "forecast"},
        {"id": first, "year": 2024, "fill_order": "forecast"},
    ]
    assert store.design.sheet(company, 2024) == {"id": first, "year": 2024, "fill_order": "forecast"}
    assert store.design.current_sheet(company, year=2025) == second
    assert store.design.previous(company, 2025)["id"] == first
    assert store.design.previous(company, 2024) is None


def test_a_year_that_has_a_sheet_is_refused(store, company):
    store.design.create_year(company, 2025)
    with pytest.raises(ValueError) as caught:
        store.design.create_year(company, 2025)
    assert isinstance(caught.value, UserError)
    assert "2025" in caught.value.render(translator("ja"))  # a message for the user, in either language
    assert "2025" in caught.value.render()
    with pytest.raises(ValueError):
        store.design.create_year(company, 2026, copy_from_year=2019)
    with pytest.raises(ValueError):
        store.design.create_year(company, 99999)
    assert [s["year"] for s in store.design.sheets(company)] == [2025]  # nothing half-made


def test_a_new_year_copies_texts_transitions_and_fill_order(store, company):
    old = store.design.create_year(company, 2025)
    store.design.set_fill_order(old, "backcast")
    fill(store, old, {"purpose": "地域の食卓に造り手の顔が見えるお酒を届ける", "past.value": "すぐ届く安心感"},
         [("酒蔵と直接取引する", "令和8年3月", "店主"), ("試飲カウンターを作る", "令和8年9月", "店主・商工会")])
    new = store.design.create_year(company, 2026, copy_from_year=2025)
    assert store.design.sheet(company, 2026)["fill_order"] == "backcast"
    assert store.design.texts(new) == store.design.texts(old)
    assert [(t["what"], t["by_when"], t["who"]) for t in store.design.transitions(new)] == [
        ("酒蔵と直接取引する", "令和8年3月", "店主"), ("試飲カウンターを作る", "令和8年9月", "店主・商工会")]
    # The copy is its own: editing it leaves last year's sheet as it was.
    store.design.set_text(new, "purpose", "町の酒の案内所になる")
    store.design.update_transition(store.design.transitions(new)[0]["id"], {"who": "長男"})
    assert store.design.texts(old)["purpose"] == "地域の食卓に造り手の顔が見えるお酒を届ける"
    assert store.design.transitions(old)[0]["who"] == "店主"
    assert store.design.texts(new)["purpose"] == "町の酒の案内所になる"


def test_fill_order(store, company):
    sheet = store.design.create_year(company, 2025)
    assert store.design.set_fill_order(sheet, "backcast")
    assert store.design.get(sheet)["fill_order"] == "backcast"
    with pytest.raises(ValueError):
        store.design.set_fill_order(sheet, "sideways")
    assert not store.design.set_fill_order("no-such-sheet", "forecast")


def test_transitions_add_update_remove_in_order(store, company):
    sheet = store.design.create_year(company, 2025)
    a = store.design.add_transition(sheet, what="A")
    b = store.design.add_transition(sheet, transition_id="given", what="B", who="店主")
    assert b == "given"
    assert [t["what"] for t in store.design.transitions(sheet)] == ["A", "B"]
    assert store.design.update_transition(a, {"by_when": "令和8年3月", "position": 3.0})
    rows = store.design.transitions(sheet)
    assert [t["what"] for t in rows] == ["B", "A"] and rows[1]["by_when"] == "令和8年3月"
    with pytest.raises(ValueError):
        store.design.update_transition(a, {"sheet_id": "elsewhere"})
    with pytest.raises(ValueError):
        store.design.add_transition(sheet, colour="red")
    with pytest.raises(LookupError):
        store.design.add_transition("no-such-sheet", what="x")
    assert store.design.remove_transition(a)
    assert not store.design.remove_transition(a)
    assert [t["id"] for t in store.design.transitions(sheet)] == [b]
    assert not store.design.update_transition("nothing", {"what": "x"})


def test_set_text_on_a_missing_sheet_is_refused(store):
    with pytest.raises(LookupError):
        store.design.set_text("no-such-sheet", "purpose", "x")


def test_export_newest_with_previous(store, company, db_path):
    assert store.design.export(company) is None
    old = store.design.create_year(company, 2024)
    fill(store, old, {"purpose": "旧の理念"}, [("配達を週3日に集約", "令和6年9月", "長男")])
    only = store.design.export(company)
    assert only == {"year": 2024, "fill_order": "forecast", "texts": {"purpose": "旧の理念"},
                    "transitions": [{"what": "配達を週3日に集約", "by_when": "令和6年9月", "who": "長男"}],
                    "previous": None}
    new = store.design.create_year(company, 2025, copy_from_year=2024)
    store.design.set_fill_order(new, "backcast")
    store.design.set_text(new, "future.value", "県内の酒蔵の酒を物語と一緒に届ける")
    store.design.add_transition(new, what="定期便を始める", by_when="令和9年3月", who="長男")
    store.close()

    again = open_store(db_path)
    try:
        out = again.design.export(company)
    finally:
        again.close()
    assert out["year"] == 2025 and out["fill_order"] == "backcast"
    assert out["texts"] == {"purpose": "旧の理念", "future.value": "県内の酒蔵の酒を物語と一緒に届ける"}
    assert [t["what"] for t in out["transitions"]] == ["配達を週3日に集約", "定期便を始める"]
    assert out["previous"] == {"year": 2024, "fill_order": "forecast", "texts": {"purpose": "旧の理念"},
                               "transitions": [{"what": "配達を週3日に集約", "by_when": "令和6年9月", "who": "長男"}]}
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*) FROM design_transition WHERE deleted_at IS NULL").fetchone() == (3,)
    conn.close()


def test_structure_extras_and_section_orders():
    extras = DesignSheetExtras.load(resources_dir() / "design_sheet.json")
    assert extras.transition.ja == "移行戦略"
    assert [extras.columns[c].ja for c in ("what", "by_when", "who")] == ["何を変えるか", "いつまでに", "誰が"]
    assert set(extras.fill_orders) == {"forecast", "backcast"}
    assert all(f.hint.ja and f.label.ja for f in extras.fill_orders.values())
    keys = ["purpose", "environment", "past", "future"]
    assert section_order("forecast", keys) == ["purpose", "environment", "past", "future"]
    assert section_order("backcast", keys) == ["purpose", "environment", "future", "past"]
