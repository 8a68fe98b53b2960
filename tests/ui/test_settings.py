"""設定 and the About box, driven as a user would (real widgets, offscreen)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from banso_desktop.app import choose_language
from banso_desktop.store import open_store


def _ok(dialog):
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_settings_save_language_font_and_names(open_window, qtbot, tmp_path):
    path = tmp_path / "banso.sqlite3"
    window = open_window(path)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(window, "settings_dialog", None) is not None)
    dialog = window.settings_dialog
    assert dialog.isVisible() and dialog.windowTitle() == "設定"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.font_size.setValue(22)
    dialog.consultant.setText("山田 花子")
    dialog.organization.setText("みどり市商工会")
    _ok(dialog)
    assert not dialog.isVisible()
    # The language applies at the next start (the dialog says so); it is what starts next.
    assert QSettings().value("ui/language") == "en" and choose_language(None) == "en"
    store = open_store(path)
    try:
        assert store.people.local_consultant().name == "山田 花子"
        assert store.people.organization_name() == "みどり市商工会"
    finally:
        store.close()
    # The interview editor takes the chosen size.
    from banso_desktop.ui.settings_dialog import interview_font_size

    assert interview_font_size(12) == 22


def test_settings_cancel_changes_nothing(open_window, tmp_path):
    window = open_window(tmp_path / "banso.sqlite3")
    before = window.store.people.local_consultant().name
    dialog = window.show_settings()
    dialog.consultant.setText("別の名前")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.reject()
    window.writer.flush()
    assert window.store.people.local_consultant().name == before
    assert not QSettings().value("ui/language")


def test_the_interview_editor_follows_the_setting(open_window, qtbot, tmp_path):
    window = open_window(tmp_path / "banso.sqlite3")
    company = window.store.companies.create({"name": "株式会社文字"})
    window.open_company(company)
    session = window.store.sessions.start(company, date="2026-11-21")
    QSettings().setValue("interview/font_size", 20.0)
    interview = window.open_interview(session)
    assert interview.editor.font().pointSizeF() == 20.0
    QSettings().setValue("interview/font_size", 28.0)
    window._settings_saved()
    assert interview.editor.font().pointSizeF() == 28.0


def test_about_names_version_fonts_and_licences(open_window, qtbot, tmp_path, monkeypatch):
    from banso_desktop import __version__
    from banso_desktop.ui import settings_dialog

    window = open_window(tmp_path / "banso.sqlite3")
    shown = []
    monkeypatch.setattr(settings_dialog.AboutDialog, "exec", lambda self: shown.append(self) or 0)
    window._about()
    (about,) = shown
    text = about.findChild(type(about.findChild(settings_dialog.QTextBrowser)), "aboutLicences").toPlainText()
    assert __version__ in about.findChild(settings_dialog.QLabel, "aboutTitle").text()
    for needle in ("BIZ UD", "SIL Open Font License 1.1", "PySide6", "LGPL-3.0", "ReportLab", "psycopg", "keyring"):
        assert needle in text
    QApplication.processEvents()

