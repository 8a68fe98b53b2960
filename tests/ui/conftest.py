"""Real widgets, offscreen, with the app's own start-up (font, translations, Fusion)."""

import subprocess
import sys
from pathlib import Path

import pytest

I18N = Path(__file__).resolve().parents[2] / "i18n"


def _compile_translations() -> None:
    """`make` compiles the .qm files; do it here too when pytest is run directly."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in I18N.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture(scope="session")
def qapp():
    """The QApplication as the app creates it, in Japanese (the users' language)."""
    from banso_desktop.app import create_application

    _compile_translations()
    return create_application("ja")


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path):
    from PySide6.QtCore import QSettings

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    QSettings().clear()
    yield


@pytest.fixture
def open_window(qtbot, monkeypatch):
    """Open a MainWindow on a path; windows left open are closed (and flushed) at the end.

    Closing a window with unsaved text asks the person (ui/save_state.py); here it is
    answered "close and lose it" and recorded, and the test fails if that happened. The
    answer is in place from the start, as pytest-qt closes the test's widgets before the
    fixtures end: a failing test that left unsaved text must fail, not wait on a dialog.
    Tests that close with unsaved text on purpose patch their own answer over it."""
    from PySide6.QtWidgets import QMessageBox

    from banso_desktop.ui.main_window import MainWindow
    from banso_desktop.ui.save_state import DISCARD, UnsavedTextSaver

    windows = []
    unsaved = []

    def lose_it(_saver, reason):
        unsaved.append(reason)
        return DISCARD

    monkeypatch.setattr(UnsavedTextSaver, "ask_before_closing", lose_it)

    def opener(path):
        window = MainWindow(path)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield opener

    def refuse_to_block(*args, **kwargs):
        # Any other question at closing: a test must never leave one open.
        unsaved.append(args[2] if len(args) > 2 else "")
        return QMessageBox.StandardButton.Discard

    original = QMessageBox.warning
    QMessageBox.warning = refuse_to_block
    try:
        for window in windows:
            if window.isVisible():
                window.close()
    finally:
        QMessageBox.warning = original
    assert not unsaved, f"a window closed with unsaved changes: {unsaved}"
