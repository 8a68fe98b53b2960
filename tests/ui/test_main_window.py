"""The desktop shell driven like a consultant would, on a real SQLite file."""

import sqlite3

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
    return dict(row)


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
    assert name.hasFocus()
    ime_type(name, "株式会社テスト商事")
    ime_type(field(window, "name_kana").editor, "てすとしょうじ", composing="てすとしょうじ")
    ime_type(field(window, "employees").editor, "１２")
    company_id = window.workspace.company_id
    # Saved by itself, without any Save button, well within a second.
    qtbot.waitUntil(lambda: stored(db_path, company_id)["employees"] == 12, timeout=2000)
    row = stored(db_path, company_id)
    assert row["name"] == "株式会社テスト商事"
    assert row["name_kana"] == "テストショウジ"
    qtbot.waitUntil(lambda: "株式会社テスト商事" in list_names(window))
    assert window.workspace.title.text() == "株式会社テスト商事"
    assert "保存" in window.save_label.text()
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
    assert open_store(db_path).drafts.for_row("company", company_id) == {}


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
    qtbot.waitUntil(lambda: stored(db_path, company_id)["memo"] == "二代目への承継を検討中", timeout=2000)
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


def test_trash_and_restore(qtbot, open_window, db_path, monkeypatch):
    store = open_store(db_path)
    a = store.companies.create({"name": "残る会社", "name_kana": "ノコルカイシャ"})
    b = store.companies.create({"name": "消す会社", "name_kana": "ケスカイシャ"})
    store.close()
    window = open_window(db_path)
    window.open_company(b)
    qtbot.mouseClick(window.workspace.trash_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "消す会社" not in list_names(window))
    assert window.workspace.company_id == a

    from banso_desktop.ui.trash import TrashDialog

    dialog = TrashDialog(window.store, window.writer, window)
    qtbot.addWidget(dialog)
    assert dialog.items.count() == 1 and "消す会社" in dialog.items.item(0).text()
    restored = []
    dialog.restored.connect(restored.append)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: restored == [b])
    assert dialog.items.count() == 0


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
    table = window.workspace.statements.table
    assert table.columnCount() >= 2
    assert "月期" in table.horizontalHeaderItem(0).text()
    assert table.item(0, 0).text()  # 売上高 shown in 千円
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
