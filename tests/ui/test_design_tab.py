"""The 経営デザインシート tab driven like a consultant: filling forecast and backcast
with the keyboard (Japanese through the IME), the 移行戦略 rows, next year's sheet
beside last year's, and reading it all back."""

import sqlite3
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QPlainTextEdit

from banso_desktop.store import open_store
from banso_desktop.ui.design_view import DesignTab
from tests.ui.typing import ime_type

THIS_YEAR = date.today().year
PAST = ["past.value", "past.business_model", "past.resources"]
FUTURE = ["future.value", "future.business_model", "future.resources"]
FORECAST = ["purpose", "environment", *PAST, *FUTURE]
BACKCAST = ["purpose", "environment", *FUTURE, *PAST]
TEXTS = {
    "purpose": "地域の食卓に、造り手の顔が見えるお酒を届ける。",
    "environment": "人口減少で来店客が減る。地酒ブームで「体験」への需要が伸びる。",
    "past.value": "近隣の家庭と飲食店に、すぐ配達する安心感。",
    "past.business_model": "店頭販売と飲食店への配達（売上の6割）。粗利率は約22％。",
    "past.resources": "飲食店40軒との取引、配達用トラック2台、利き酒師の店主。",
    "future.value": "県内の小さな酒蔵の酒を、物語と一緒に届ける。",
    "future.business_model": "酒蔵との直接取引で粗利率30％。角打ちと定期便を柱にする。",
    "future.resources": "酒蔵5社との契約、試飲カウンター（未）、ECサイト（未）。",
}
ROWS = [("県内の酒蔵5社と直接取引の契約を結ぶ", "令和8年3月", "店主"),
        ("自社サイトで定期便を始める", "令和9年3月", "長男")]


def make_company(db_path, name):
    store = open_store(db_path)
    company_id = store.companies.create({"name": name})
    store.close()
    return company_id


@pytest.fixture
def design(qtbot, open_window, db_path):
    """A window on the file (its store, writer and autosave) and the tab beside it."""

    def opener(name="株式会社武蔵酒店", company_id=None):
        company_id = company_id or make_company(db_path, name)
        window = open_window(db_path)
        tab = DesignTab(window.store, window.writer, window.autosave)
        qtbot.addWidget(tab)
        tab.resize(1100, 720)
        tab.show()
        qtbot.waitExposed(tab)
        tab.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
        tab.load(company_id)
        return window, tab, company_id

    return opener


def db_rows(db_path, sql, *args):
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def saved_texts(db_path, company_id, year):
    return dict(db_rows(
        db_path,
        "SELECT t.key, t.body FROM design_text t JOIN design_sheet s ON s.id = t.sheet_id"
        " WHERE s.company_id = ? AND s.year = ? AND t.deleted_at IS NULL AND s.deleted_at IS NULL",
        company_id, year))


def saved_transitions(db_path, company_id, year):
    return db_rows(
        db_path,
        "SELECT t.what, t.by_when, t.who FROM design_transition t JOIN design_sheet s ON s.id = t.sheet_id"
        " WHERE s.company_id = ? AND s.year = ? AND t.deleted_at IS NULL ORDER BY t.position",
        company_id, year)


def make_first_sheet(qtbot, tab):
    assert tab.pages.currentIndex() == 0  # the empty state
    assert tab.empty_button.isVisible() and str(THIS_YEAR) in tab.empty_button.text()
    qtbot.mouseClick(tab.empty_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.sheet_id is not None and tab.pages.currentIndex() == 1)
    assert tab.year == THIS_YEAR


def shown_order(tab):
    """Section keys top to bottom as laid out on the page."""
    QApplication.processEvents()
    body = tab.scroll.widget()
    boxes = {**{k: b for k, b in tab.section_boxes.items()}, "transition": tab.transition_box}
    return sorted(boxes, key=lambda k: boxes[k].mapTo(body, QPoint(0, 0)).y())


def tab_chain(tab):
    """The item editors in the order Tab walks them (from the year selector)."""
    editors = {e: k for k, e in tab.editors.items()}
    seen, widget = [], tab.years.nextInFocusChain()
    while widget is not tab.years and len(seen) < len(editors):
        if widget in editors:
            seen.append(editors[widget])
        widget = widget.nextInFocusChain()
    return seen


def fill_by_tabbing(qtbot, tab, expected):
    """Start in (A) and type each field where Tab leads, checking it is the expected one."""
    tab.editors["purpose"].setFocus()
    for key in expected:
        focused = QApplication.focusWidget()
        assert focused is tab.editors[key], f"Tab led to {focused.objectName()}, expected {key}"
        ime_type(focused, TEXTS[key])
        qtbot.keyClick(focused, Qt.Key.Key_Tab)


def open_cell_editor(qtbot, table, row, column):
    table.setCurrentCell(row, column)
    table.editItem(table.item(row, column))
    editors = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    return editors[0]


def add_rows(qtbot, tab, db_path, company_id, year):
    for n, row in enumerate(ROWS):
        qtbot.mouseClick(tab.add_transition_button, Qt.MouseButton.LeftButton)
        assert tab.transitions.rowCount() == n + 1
        for column, text in enumerate(row):
            editor = open_cell_editor(qtbot, tab.transitions, n, column)
            ime_type(editor, text)
        # Saved as typed: the last cell's editor is still open.
        qtbot.waitUntil(lambda: saved_transitions(db_path, company_id, year)[n:] == [row], timeout=3000)
        assert editor.isVisible()
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: saved_transitions(db_path, company_id, year) == ROWS, timeout=3000)


def test_forecast_fills_until_now_first(qtbot, design, db_path):
    window, tab, company_id = design()
    make_first_sheet(qtbot, tab)
    assert tab.forecast.isChecked() and not tab.backcast.isChecked()
    assert tab.order_hint.text() == tab.extras.fill_orders["forecast"].hint.ja
    assert shown_order(tab) == ["purpose", "environment", "past", "future", "transition"]
    assert tab_chain(tab) == FORECAST
    assert tab.section_boxes["past"].title().startswith("3.")
    assert tab.transition_box.title() == "5. 移行戦略"

    fill_by_tabbing(qtbot, tab, FORECAST)
    qtbot.waitUntil(lambda: saved_texts(db_path, company_id, THIS_YEAR) == TEXTS, timeout=3000)
    written = [k for (k,) in db_rows(db_path, "SELECT key FROM design_text ORDER BY rowid")]
    assert written == FORECAST  # これまで reached the file before これから
    add_rows(qtbot, tab, db_path, company_id, THIS_YEAR)
    window.flush()
    assert db_rows(db_path, "SELECT fill_order FROM design_sheet") == [("forecast",)]

    store = open_store(db_path)
    try:
        out = store.design.export(company_id)
    finally:
        store.close()
    assert out["year"] == THIS_YEAR and out["fill_order"] == "forecast" and out["previous"] is None
    assert out["texts"] == TEXTS
    assert out["transitions"] == [dict(zip(("what", "by_when", "who"), r)) for r in ROWS]


def test_backcast_fills_from_now_on_first_and_the_toggle_moves_the_sections(qtbot, design, db_path):
    window, tab, company_id = design("株式会社三河酒造")
    make_first_sheet(qtbot, tab)
    qtbot.mouseClick(tab.backcast, Qt.MouseButton.LeftButton)
    assert tab.backcast.isChecked()
    assert tab.order_hint.text() == tab.extras.fill_orders["backcast"].hint.ja
    assert shown_order(tab) == ["purpose", "environment", "future", "past", "transition"]
    assert tab_chain(tab) == BACKCAST
    assert tab.section_boxes["future"].title().startswith("3.")
    assert tab.section_boxes["past"].title().startswith("4.")
    qtbot.waitUntil(lambda: db_rows(db_path, "SELECT fill_order FROM design_sheet") == [("backcast",)], timeout=3000)

    fill_by_tabbing(qtbot, tab, BACKCAST)
    qtbot.waitUntil(lambda: saved_texts(db_path, company_id, THIS_YEAR) == TEXTS, timeout=3000)
    written = [k for (k,) in db_rows(db_path, "SELECT key FROM design_text ORDER BY rowid")]
    assert written == BACKCAST  # これから reached the file before これまで
    add_rows(qtbot, tab, db_path, company_id, THIS_YEAR)

    # Back to forecast and again to backcast: the page and Tab follow each time.
    qtbot.mouseClick(tab.forecast, Qt.MouseButton.LeftButton)
    assert shown_order(tab)[2:4] == ["past", "future"] and tab_chain(tab) == FORECAST
    tab.editors["past.resources"].setFocus()
    qtbot.keyClick(tab.editors["past.resources"], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.editors["future.value"]
    qtbot.mouseClick(tab.backcast, Qt.MouseButton.LeftButton)
    tab.editors["future.resources"].setFocus()
    qtbot.keyClick(tab.editors["future.resources"], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.editors["past.value"]
    window.flush()

    store = open_store(db_path)
    try:
        out = store.design.export(company_id)
    finally:
        store.close()
    assert out["fill_order"] == "backcast"
    assert out["texts"] == TEXTS
    assert [(t["what"], t["by_when"], t["who"]) for t in out["transitions"]] == ROWS

    # A new tab on the same file shows the sheet as it was left.
    again = DesignTab(window.store, window.writer, window.autosave)
    qtbot.addWidget(again)
    again.load(company_id)
    assert again.backcast.isChecked() and again.section_keys()[2] == "future"
    assert {k: e.toPlainText() for k, e in again.editors.items()} == TEXTS
    assert [again.transitions.item(0, c).text() for c in range(3)] == list(ROWS[0])


def test_next_year_starts_from_this_year_and_shows_it_for_comparison(qtbot, design, db_path, monkeypatch):
    window, tab, company_id = design()
    make_first_sheet(qtbot, tab)
    assert not tab.compare.isEnabled()  # nothing to compare with yet
    assert not any(v.isVisible() for v in tab.previous_views.values())
    fill_by_tabbing(qtbot, tab, FORECAST)
    add_rows(qtbot, tab, db_path, company_id, THIS_YEAR)

    asked = []
    monkeypatch.setattr(QInputDialog, "getInt",
                        lambda *args, **kw: (asked.append(args[3]) or (THIS_YEAR + 1, True)))
    qtbot.mouseClick(tab.new_year_button, Qt.MouseButton.LeftButton)
    assert asked == [THIS_YEAR + 1]  # next year is offered
    qtbot.waitUntil(lambda: tab.year == THIS_YEAR + 1, timeout=3000)
    assert tab.years.count() == 2 and tab.years.currentIndex() == 0  # newest first
    assert str(THIS_YEAR + 1) in tab.years.currentText()
    # The new sheet starts as a copy, with last year's text beside each field in grey.
    assert {k: e.toPlainText() for k, e in tab.editors.items()} == TEXTS
    assert tab.compare.isEnabled() and tab.compare.isChecked()
    for key, view in tab.previous_views.items():
        assert view.isVisible() and view.isReadOnly() and view.toPlainText() == TEXTS[key]
        assert view.focusPolicy() == Qt.FocusPolicy.NoFocus  # Tab skips it
        assert str(THIS_YEAR) in tab.previous_captions[key].text()
    assert tab.transitions.rowCount() == 2
    assert ROWS[0][0] in tab.previous_transitions.text()

    # This year's changes do not touch last year's sheet.
    purpose = tab.editors["purpose"]
    purpose.selectAll()
    ime_type(purpose, "町の酒の案内所になる。")
    tab.editors["future.value"].moveCursor(tab.editors["future.value"].textCursor().MoveOperation.End)
    ime_type(tab.editors["future.value"], "海外の飲み手にも。")
    assert tab.previous_views["purpose"].toPlainText() == TEXTS["purpose"]
    qtbot.waitUntil(lambda: saved_texts(db_path, company_id, THIS_YEAR + 1).get("purpose") == "町の酒の案内所になる。",
                    timeout=3000)
    assert saved_texts(db_path, company_id, THIS_YEAR) == TEXTS

    qtbot.mouseClick(tab.compare, Qt.MouseButton.LeftButton)
    assert not tab.compare.isChecked()
    assert not any(v.isVisible() for v in tab.previous_views.values())
    qtbot.mouseClick(tab.compare, Qt.MouseButton.LeftButton)
    assert tab.previous_views["purpose"].isVisible()

    # Last year's sheet is one choice away, and a refresh keeps the year shown.
    tab.years.setCurrentIndex(1)
    assert tab.year == THIS_YEAR and tab.editors["purpose"].toPlainText() == TEXTS["purpose"]
    assert not tab.previous_views["purpose"].isVisible()
    tab.load(company_id)
    assert tab.year == THIS_YEAR
    tab.years.setCurrentIndex(0)
    assert tab.editors["purpose"].toPlainText() == "町の酒の案内所になる。"
    window.flush()

    store = open_store(db_path)
    try:
        out = store.design.export(company_id)
    finally:
        store.close()
    assert out["year"] == THIS_YEAR + 1
    assert out["texts"] == {**TEXTS, "purpose": "町の酒の案内所になる。",
                            "future.value": TEXTS["future.value"] + "海外の飲み手にも。"}
    assert out["previous"]["year"] == THIS_YEAR and out["previous"]["texts"] == TEXTS
    rows = [dict(zip(("what", "by_when", "who"), r)) for r in ROWS]
    assert out["transitions"] == rows and out["previous"]["transitions"] == rows


def test_invalid_steps_are_told_not_raised(qtbot, design, db_path, monkeypatch):
    window, tab, company_id = design()
    make_first_sheet(qtbot, tab)
    assert not tab.remove_transition_button.isEnabled()
    tab.remove_transition()  # nothing selected: a message, nothing removed
    assert tab.message.isVisible() and tab.message.text()

    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (THIS_YEAR, True))
    qtbot.mouseClick(tab.new_year_button, Qt.MouseButton.LeftButton)  # a year that has its sheet
    assert tab.message.isVisible() and str(THIS_YEAR) in tab.message.text()
    assert db_rows(db_path, "SELECT count(*) FROM design_sheet") == [(1,)]
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (0, False))  # cancelled
    qtbot.mouseClick(tab.new_year_button, Qt.MouseButton.LeftButton)
    assert db_rows(db_path, "SELECT count(*) FROM design_sheet") == [(1,)]

    # The store refuses a duplicate too; through the writer it comes back as a message.
    tab._years = []
    monkeypatch.setattr(tab.store.design, "sheet", lambda *a: None)
    tab.create_year(THIS_YEAR)
    qtbot.waitUntil(lambda: tab.message.isVisible() and str(THIS_YEAR) in tab.message.text(), timeout=3000)
    assert tab.new_year_button.isEnabled()
    assert db_rows(db_path, "SELECT count(*) FROM design_sheet") == [(1,)]
    monkeypatch.undo()

    # A row added then removed is gone from the file; removing clears the message.
    tab.add_transition()
    editor = open_cell_editor(qtbot, tab.transitions, 0, 0)
    ime_type(editor, "消す行")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    tab.transitions.setCurrentCell(0, 0)
    qtbot.mouseClick(tab.remove_transition_button, Qt.MouseButton.LeftButton)
    assert tab.transitions.rowCount() == 0 and not tab.message.isVisible()
    window.flush()
    assert saved_transitions(db_path, company_id, THIS_YEAR) == []


def test_a_reload_keeps_text_still_on_its_way(qtbot, design, db_path):
    window, tab, company_id = design()
    make_first_sheet(qtbot, tab)
    editor = tab.editors["environment"]
    ime_type(editor, "原材料高が続く。")
    tab.load(company_id)  # e.g. the interview sent a note to the sheet
    assert editor.toPlainText() == "原材料高が続く。"
    assert all(isinstance(e, QPlainTextEdit) and e.tabChangesFocus() for e in tab.editors.values())
    qtbot.waitUntil(lambda: saved_texts(db_path, company_id, THIS_YEAR) == {"environment": "原材料高が続く。"},
                    timeout=3000)
