"""Automatic backups while the app runs: after the window is up, off the UI thread, while
the writer writes, and at quit only when something changed; the recovery dialog's words."""

from __future__ import annotations

import sqlite3
import threading
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from banso_desktop.store import open_store
from banso_desktop.store.backup import backup_dir, list_backups, make_backup, needs_backup
from banso_desktop.store.errors import DamagedFileError
from banso_desktop.ui.backups import BackupKeeper


def _companies(path):
    conn = sqlite3.connect(path)
    try:
        live = conn.execute("SELECT count(*) FROM company WHERE deleted_at IS NULL").fetchone()[0]
        recorded = conn.execute("SELECT value FROM local_meta WHERE key = 'test.count'").fetchone()
        return live, int(recorded[0]) if recorded else None, conn.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        conn.close()


def test_the_first_backup_is_made_off_the_ui_thread_while_the_writer_writes(qtbot, open_window, db_path):
    window = open_window(db_path)
    threads = []

    def add(n):
        def op(store):
            with store.write():
                store.companies.create({"name": f"書き込み中{n}"})
                store.set_meta("test.count", str(store.companies.count()))
        return op

    for n in range(30):
        window.writer.submit(add(n))
    # The backup must start while the writer writes, after its first commit: a snapshot
    # taken before any commit would be consistent but empty, and prove nothing.
    qtbot.waitUntil(lambda: _companies(db_path)[0] > 0, timeout=10_000)
    keeper = BackupKeeper(db_path, delay_ms=0)
    keeper.backed_up.connect(lambda _r: threads.append(threading.current_thread().name))
    original = keeper._make
    keeper._make = lambda: (threads.append(threading.current_thread().name), original())[1]
    started = time.perf_counter()
    keeper.attach(window)
    qtbot.wait(1)  # the timer fires: the backup starts in the background
    assert time.perf_counter() - started < 0.5
    for n in range(30, 200):
        window.writer.submit(add(n))
    with qtbot.waitSignal(keeper.backed_up, timeout=10_000) as blocker:
        pass
    result = blocker.args[0]
    assert threads[0].startswith("banso-backup") and threads[1] == threading.main_thread().name
    live, recorded, check = _companies(result.backup.path)
    assert check == "ok" and live == recorded and live > 0
    window.flush()
    keeper.finish()


def test_no_backup_at_start_when_the_file_is_its_last_backup(qtbot, open_window, db_path):
    store = open_store(db_path)
    store.companies.create({"name": "株式会社浪速企画"})
    store.close()
    make_backup(db_path)
    window = open_window(db_path)
    keeper = BackupKeeper(db_path, window, delay_ms=0)
    qtbot.wait(200)
    assert not keeper.running and keeper.last_result is None
    assert len(list_backups(db_path)) == 1
    window.close()
    assert keeper.finish() is None  # nothing changed during the session
    assert len(list_backups(db_path)) == 1


def test_a_backup_at_quit_when_something_changed(qtbot, open_window, db_path):
    store = open_store(db_path)
    store.close()
    make_backup(db_path)
    window = open_window(db_path)
    keeper = BackupKeeper(db_path, window, delay_ms=60_000)
    window.writer.submit(lambda s: s.companies.create({"name": "終了前に追加"}))
    window.close()
    assert needs_backup(db_path)
    result = keeper.finish()
    assert result is not None and len(list_backups(db_path)) == 2
    conn = sqlite3.connect(result.backup.path)
    assert conn.execute("SELECT name FROM company").fetchall() == [("終了前に追加",)]
    conn.close()
    assert not needs_backup(db_path)  # the next start makes none


def test_the_recovery_dialog_in_japanese_with_a_backup(qapp, qtbot, db_path, tmp_path):
    from banso_desktop.ui.recovery_dialog import RecoveryDialog

    store = open_store(db_path)
    store.companies.create({"name": "株式会社浪速企画"})
    store.close()
    make_backup(db_path)
    error = DamagedFileError("{path} is damaged: the file is shorter than the database it holds.", path=db_path)
    dialog = RecoveryDialog(error, db_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.open_button.isVisible() and dialog.open_button.isDefault()
    assert "令和" in dialog.backup_text.text() and "事業者 1 件" in dialog.backup_text.text()
    assert str(list_backups(db_path)[0].path) in dialog.backup_text.text()
    assert "banso.sqlite3.damaged-" in dialog.keep_text.text()
    assert dialog.close_button.text() in ("Quit", "終了")
    assert dialog.grab().save(str(tmp_path / "recovery.png"))


def test_run_gui_on_a_damaged_file_opens_the_backup_and_backs_up_at_quit(qapp, qtbot, db_path):
    """The whole start: run_gui, the dialog, the window on the backup, a backup at quit."""
    from banso_desktop.app import run_gui
    from banso_desktop.ui.main_window import MainWindow
    from banso_desktop.ui.recovery_dialog import RecoveryDialog

    store = open_store(db_path)
    store.companies.create({"name": "バックアップにある会社"})
    store.close()
    make_backup(db_path)
    with open(db_path, "r+b") as f:
        f.truncate(8192)
    steps = []

    def drive():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, RecoveryDialog) and widget.isVisible() and "dialog" not in steps:
                steps.append("dialog")
                qtbot.mouseClick(widget.open_button, Qt.MouseButton.LeftButton)
            elif isinstance(widget, MainWindow) and widget.isVisible() and "dialog" in steps:
                box = getattr(widget, "restored_message", None)
                if box is not None and box.isVisible():
                    steps.append(box.text())
                    box.accept()
                    widget.close()
                    return
        if time.perf_counter() < deadline:
            QTimer.singleShot(20, drive)
        else:  # never hang the suite: close whatever is open
            for widget in QApplication.topLevelWidgets():
                widget.close()

    deadline = time.perf_counter() + 20
    QTimer.singleShot(0, drive)
    code = run_gui(db_path=db_path)
    assert code == 0
    assert steps[0] == "dialog" and "damaged-" in steps[1]
    backups = list_backups(db_path)
    assert len(backups) == 2  # the restored file changed when opened: backed up at quit
    assert [p.name for p in db_path.parent.iterdir() if ".damaged-" in p.name]
    conn = sqlite3.connect(backups[0].path)
    assert conn.execute("SELECT name FROM company").fetchall() == [("バックアップにある会社",)]
    conn.close()
    assert backup_dir(db_path).is_dir()
