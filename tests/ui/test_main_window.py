"""The desktop shell driven like a consultant would, on a real SQLite file."""

import re
import sqlite3
import threading

from PySide6.QtCore import QSettings, Qt

from banso_desktop.demo import create_demo
from banso_desktop.store import open_store
from tests.ui.typing import ime_type


def list_names(window):
    model = window.list_panel.model
    return [model.data(model.index(i)) for i in range(model.rowCount())]


def field(window, name):
    return window.workspace.form.rows[name]


def stored(db_path, company_id):
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    row = conn.execute("SELECT * FROM company WHERE id = ?", (company_id,)).fetchone()
    conn.close()
    return dict(row) if row else {}


def drafts(db_path, company_id):
    conn = sqlite3.connect(db_path)
    rows = conn.execute(
        "SELECT field, raw_text FROM field_draft WHERE table_name = 'company' AND row_id = ?", (company_id,)
    ).fetchall()
    conn.close()
    return dict(rows)


def test_first_start_shows_the_welcome(open_window, db_path):
    window = open_window(db_path)
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.title.text() == "ようこそ Banso Desktop へ"
    assert window.welcome.add_button.isVisible()
    assert str(db_path) in window.db_label.text()


def test_create_a_company_by_typing_and_find_it_after_a_restart(qtbot, open_window, db_path):
    window = open_window(db_path)
    qtbot.mouseClick(window.list_panel.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workspace.company_id is not None)
    name = field(window, "name").editor
    qtbot.waitUntil(name.hasFocus, timeout=1000)
    ime_type(name, "株式会社テスト商事")
    ime_type(field(window, "name_kana").editor, "てすとしょうじ", composing="てすとしょうじ")
    ime_type(field(window, "employees").editor, "１２")
    company_id = window.workspace.company_id
    # Saved by itself, without any Save button, well within a second.
    qtbot.waitUntil(lambda: stored(db_path, company_id).get("employees") == 12, timeout=2000)
    row = stored(db_path, company_id)
    assert row["name"] == "株式会社テスト商事"
    assert row["name_kana"] == "テストショウジ"
    qtbot.waitUntil(lambda: "株式会社テスト商事" in list_names(window))
    assert window.workspace.title.text() == "株式会社テスト商事"
    assert re.fullmatch(r"保存済み \d\d:\d\d:\d\d", window.save_label.text())
    window.close()

    again = open_window(db_path)
    assert "株式会社テスト商事" in list_names(again)
    assert again.workspace.company_id == company_id  # the last company reopens
    assert field(again, "name").text() == "株式会社テスト商事"
    assert field(again, "employees").text() == "12"


def test_invalid_input_is_explained_and_kept(qtbot, open_window, db_path):
    window = open_window(db_path)
    window.new_company()
    qtbot.waitUntil(lambda: window.workspace.company_id is not None)
    company_id = window.workspace.company_id
    ime_type(field(window, "name").editor, "検証株式会社")
    number = field(window, "corporate_number")
    qtbot.keyClicks(number.editor, "8000012050002")  # check digit should be 7
    assert number.message.isVisible()
    assert "7" in number.message.text()
    ime_type(field(window, "capital_yen").editor, "1,000万円")
    assert "10,000,000" in field(window, "capital_yen").message.text()
    window.flush()
    assert stored(db_path, company_id)["corporate_number"] is None
    assert stored(db_path, company_id)["capital_yen"] == 10_000_000
    assert drafts(db_path, company_id) == {"corporate_number": "8000012050002"}
    window.close()

    again = open_window(db_path)
    number = field(again, "corporate_number")
    assert number.text() == "8000012050002"  # what was typed is still there
    assert number.message.isVisible()
    number.editor.clear()
    qtbot.keyClicks(number.editor, "7000012050002")
    assert not number.message.isVisible()
    again.flush()
    assert stored(db_path, company_id)["corporate_number"] == "7000012050002"
    assert drafts(db_path, company_id) == {}


def test_empty_name_is_flagged_not_saved(qtbot, open_window, db_path):
    store = open_store(db_path)
    company_id = store.companies.create({"name": "消さない名前"})
    store.close()
    window = open_window(db_path)
    window.open_company(company_id)
    name = field(window, "name")
    name.editor.selectAll()
    qtbot.keyClick(name.editor, Qt.Key.Key_Delete)
    assert name.message.isVisible() and "商号" in name.message.text()
    window.flush()
    assert stored(db_path, company_id)["name"] == "消さない名前"


def test_combos_and_memo_autosave(qtbot, open_window, db_path):
    window = open_window(db_path)
    window.new_company()
    qtbot.waitUntil(lambda: window.workspace.company_id is not None)
    company_id = window.workspace.company_id
    industry = field(window, "industry_code").editor
    industry.setCurrentIndex(industry.findData("0501"))
    industry.activated.emit(industry.currentIndex())
    qtbot.keyClicks(field(window, "employees").editor, "6")
    assert "中規模" in field(window, "scale_override").message.text()
    memo = field(window, "memo").editor
    memo.setFocus()
    ime_type(memo, "二代目への承継を検討中")
    qtbot.waitUntil(lambda: stored(db_path, company_id).get("memo") == "二代目への承継を検討中", timeout=2000)
    assert stored(db_path, company_id)["industry_code"] == "0501"


def test_search_sort_and_filter(qtbot, open_window, db_path):
    store = open_store(db_path)
    create_demo(store, companies=60, seed=3)
    target = store.companies.search()[10]
    store.close()
    window = open_window(db_path)
    assert window.list_panel.model.rowCount() == 60
    ime_type(window.list_panel.search, target.name)
    assert target.name in list_names(window)
    assert window.list_panel.model.rowCount() < 60
    window.list_panel.search.clear()
    unassigned = window.list_panel.consultant_filter.count() - 1
    window.list_panel.consultant_filter.setCurrentIndex(unassigned)
    assert window.list_panel.model.rowCount() < 60
    window.list_panel.consultant_filter.setCurrentIndex(0)
    window.list_panel.set_sort("updated")
    assert window.list_panel.model.rowCount() == 60


def test_trash_and_restore(qtbot, open_window, db_path):
    store = open_store(db_path)
    a = store.companies.create({"name": "残る会社", "name_kana": "ノコルカイシャ"})
    b = store.companies.create({"name": "消す会社", "name_kana": "ケスカイシャ"})
    store.close()
    window = open_window(db_path)
    window.open_company(b)
    qtbot.mouseClick(window.workspace.trash_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "消す会社" not in list_names(window))
    assert window.workspace.company_id == a
    assert stored(db_path, b)["deleted_at"] is not None

    dialog = window.trash_dialog()
    qtbot.addWidget(dialog)
    assert dialog.items.count() == 1 and "消す会社" in dialog.items.item(0).text()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "消す会社" in list_names(window))
    assert window.workspace.company_id == b
    assert dialog.items.count() == 0
    assert stored(db_path, b)["deleted_at"] is None


def test_tabs_show_sessions_and_statements(qtbot, open_window, db_path):
    store = open_store(db_path)
    create_demo(store, companies=5, seed=9)
    company = store.companies.search()[0]
    sessions = store.sessions.for_company(company.id)
    store.close()
    window = open_window(db_path)
    window.open_company(company.id, "sessions")
    view = window.workspace.sessions
    assert view.sessions.topLevelItemCount() == len(sessions)
    assert "令和" in view.sessions.topLevelItem(0).text(0) or "平成" in view.sessions.topLevelItem(0).text(0)
    assert view.notes.toPlainText().strip()
    window.workspace.show_tab("rokaben")
    grid = window.workspace.rokaben.financial.model
    assert grid.columnCount() >= 2
    assert "月期" in grid.headerData(0, Qt.Orientation.Horizontal)
    assert grid.index(2, 0).data()  # 売上高 shown in 千円
    for key in ("design", "plan", "export"):
        window.workspace.show_tab(key)
        assert window.workspace.current_tab() == key


def test_window_geometry_is_remembered(qtbot, open_window, db_path):
    window = open_window(db_path)
    window.resize(700, 500)  # inside the offscreen screen (800×600), which restore clamps to
    window.close()
    assert QSettings().value("window/geometry") is not None
    again = open_window(db_path)
    assert (again.width(), again.height()) == (700, 500)


def test_welcome_names_are_saved(qtbot, open_window, db_path):
    window = open_window(db_path)
    ime_type(window.welcome.your_name, "伴走 花子")
    ime_type(window.welcome.organization, "みどり市商工会")
    window.flush()
    store = open_store(db_path)
    assert store.people.local_consultant().name == "伴走 花子"
    assert store.people.organization_name() == "みどり市商工会"
    store.close()


# --- autosave under pressure: a slow disk, a locked file, quick switching ------------


def hold_writer(window):
    """Keep the writer thread busy (as a slow disk would) until the gate opens."""
    gate = threading.Event()
    window.writer.submit(lambda store: gate.wait(10))
    return gate


def lock_database(window, db_path):
    """Another process holds the write lock; the writer gives up after 0.1 s per try."""
    window.writer.submit(lambda store: store.conn.execute("PRAGMA busy_timeout = 100"))
    window.writer.flush()
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


def two_companies(db_path):
    store = open_store(db_path)
    a = store.companies.create({"name": "株式会社A", "name_kana": "エー"})
    b = store.companies.create({"name": "株式会社B", "name_kana": "ビー"})
    store.close()
    return a, b


def test_typing_right_after_new_company_goes_to_the_new_company(qtbot, open_window, db_path):
    a, _b = two_companies(db_path)
    window = open_window(db_path)
    window.open_company(a)
    gate = hold_writer(window)
    window.new_company()  # the writer cannot create the row yet
    new = window.workspace.company_id
    assert new != a
    ime_type(field(window, "name").editor, "新規株式会社")
    window.autosave.flush()
    gate.set()
    qtbot.waitUntil(lambda: "新規株式会社" in list_names(window), timeout=3000)
    assert stored(db_path, new)["name"] == "新規株式会社"
    assert stored(db_path, a)["name"] == "株式会社A"
    assert window.list_panel.current_id() == new


def test_switching_back_quickly_shows_what_was_typed(qtbot, open_window, db_path):
    a, b = two_companies(db_path)
    window = open_window(db_path)
    window.open_company(a)
    gate = hold_writer(window)
    memo = field(window, "memo").editor
    ime_type(memo, "新しいメモ")
    window.open_company(b)
    window.open_company(a)  # the save of the memo is still waiting for the disk
    assert field(window, "memo").text() == "新しいメモ"
    gate.set()
    window.flush()
    assert stored(db_path, a)["memo"] == "新しいメモ"


def test_failed_saves_are_retried_even_after_switching_company(qtbot, open_window, db_path):
    a, b = two_companies(db_path)
    window = open_window(db_path)
    window.open_company(a)
    other = lock_database(window, db_path)
    ime_type(field(window, "memo").editor, "Aのメモ")
    window.open_company(b)
    ime_type(field(window, "representative_name").editor, "B代表")
    window.flush()
    assert window.autosave.has_unsaved()
    assert "まだ保存できていません" in window.save_label.text()
    other.execute("COMMIT")
    other.close()
    qtbot.waitUntil(lambda: not window.autosave.has_unsaved(), timeout=5000)
    assert stored(db_path, a)["memo"] == "Aのメモ"
    assert stored(db_path, b)["representative_name"] == "B代表"


def test_a_retry_never_overwrites_newer_text(qtbot, open_window, db_path):
    a, _b = two_companies(db_path)
    window = open_window(db_path)
    window.open_company(a)
    other = lock_database(window, db_path)
    address = field(window, "address").editor
    form = window.autosave
    ime_type(address, "東京都")
    form.flush()  # will fail: locked
    address.clear()
    ime_type(address, "大阪府")
    form.flush()  # queued behind it; will fail too
    window.writer.flush()  # both failures come back, the older first
    other.execute("COMMIT")
    other.close()
    qtbot.waitUntil(lambda: not window.autosave.has_unsaved(), timeout=5000)
    window.flush()
    assert stored(db_path, a)["address"] == "大阪府"


def test_closing_with_unsaved_changes_asks_first(qtbot, open_window, db_path, monkeypatch):
    from banso_desktop.ui.save_state import KEEP, UnsavedTextSaver

    a, _b = two_companies(db_path)
    window = open_window(db_path)
    window.open_company(a)
    other = lock_database(window, db_path)
    ime_type(field(window, "memo").editor, "閉じる前のメモ")
    asked = []

    def answer(_saver, reason):
        asked.append(reason)
        return KEEP

    monkeypatch.setattr(UnsavedTextSaver, "ask_before_closing", answer)
    assert not window.close()  # cancelled: the window stays open
    assert window.isVisible() and asked
    other.execute("COMMIT")
    other.close()
    assert window.close()
    assert stored(db_path, a)["memo"] == "閉じる前のメモ"
