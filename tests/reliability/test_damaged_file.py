"""A damaged database file: the app says so and names it, offers the newest automatic
backup, opens it on request, and never changes or deletes the damaged file.

Real files damaged the ways they get damaged — cut off (a copy interrupted, a full
disk), a zeroed or garbled header, whole pages overwritten — then opened by the real
``open_store``, the real recovery dialog (offscreen) and the real ``banso`` command.
BANSO_DAMAGE_TRIALS sets the number of random damages per kind (5; 50 with
BANSO_FULL_BATTERY=1)."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from banso_desktop.demo import create_demo
from banso_desktop.store import StoreError, open_store
from banso_desktop.store import integrity
from banso_desktop.store.backup import backup_dir, format_when, list_backups, make_backup
from banso_desktop.store.errors import DamagedFileError
from tests.helpers import ROOT, run_banso
from tests.reliability.battery import battery_count
from tests.ui.conftest import isolated_qsettings, qapp  # noqa: F401 - fixtures

TRIALS = battery_count(50, 5, env="BANSO_DAMAGE_TRIALS")
OLDER = datetime(2025, 11, 20, 17, 30, 0)
NEWEST = datetime(2025, 11, 21, 9, 15, 0)
IN_NEWEST = "最新バックアップ商店"
AFTER_BACKUP = "バックアップ後に追加した会社"

pytestmark = pytest.mark.reliability


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def names(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM company WHERE deleted_at IS NULL")}
    finally:
        conn.close()


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A file with demo companies and two automatic backups; one company was added after
    the newest backup (it lives only in the file). VACUUMed: every page is in use."""
    folder = tmp_path_factory.mktemp("template")
    db = folder / "banso.sqlite3"
    store = open_store(db)
    create_demo(store, companies=15, seed=3)
    store.close()
    make_backup(db, now=OLDER)
    store = open_store(db)
    store.companies.create({"name": IN_NEWEST})
    store.close()
    make_backup(db, now=NEWEST)
    store = open_store(db)
    store.companies.create({"name": AFTER_BACKUP})
    store.close()
    conn = sqlite3.connect(db)
    conn.execute("VACUUM")
    conn.close()
    return db


@pytest.fixture
def history(template, tmp_path):
    """A fresh copy of the template's file and its backups folder."""
    db = tmp_path / template.name
    shutil.copy2(template, db)
    shutil.copytree(backup_dir(template), backup_dir(db))
    return db


# --- the kinds of damage -----------------------------------------------------------------


def truncate(db: Path, rng: random.Random) -> str:
    size = db.stat().st_size
    cut = rng.choice([rng.randrange(1, 100), rng.randrange(100, size - 1), rng.randrange(size // 2, size - 1)])
    with open(db, "r+b") as f:
        f.truncate(cut)
    return f"cut to {cut} of {size} bytes"


def zero_header(db: Path, rng: random.Random) -> str:
    length = rng.choice([16, 100, 4096])
    with open(db, "r+b") as f:
        f.write(b"\0" * length)
    return f"first {length} bytes zeroed"


def garble_header(db: Path, rng: random.Random) -> str:
    with open(db, "r+b") as f:
        f.write(rng.randbytes(100))
    return "header garbled"


def corrupt_pages(db: Path, rng: random.Random) -> str:
    pages = db.stat().st_size // 4096
    chosen = sorted(rng.sample(range(2, pages + 1), rng.randint(1, 3)))
    with open(db, "r+b") as f:
        for page in chosen:
            f.seek((page - 1) * 4096)
            f.write(rng.randbytes(4096))
    return f"pages {chosen} overwritten"


def empty(db: Path, rng: random.Random) -> str:
    db.write_bytes(b"")
    return "emptied"


KINDS = {"truncated": truncate, "zeroed header": zero_header, "garbled header": garble_header,
         "corrupted pages": corrupt_pages, "empty": empty}

def _tr(text: str) -> str:
    """The dialog's words as the running app shows them (the tests run it in Japanese)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("RecoveryDialog", text)

CASES = [(kind, seed) for kind in KINDS for seed in range(1 if kind == "empty" else TRIALS)]


# --- the app -------------------------------------------------------------------------------


def answer_recovery(qtbot, click: str, seen: dict, within_s: float = 20) -> None:
    """When the recovery dialog shows, note what it says and click a button."""
    from banso_desktop.ui.recovery_dialog import RecoveryDialog

    deadline = time.perf_counter() + within_s

    def look():
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, RecoveryDialog) and w.isVisible()]
        if not dialogs:
            if time.perf_counter() < deadline:
                QTimer.singleShot(20, look)
            return
        dialog = dialogs[0]
        seen.update(heading=dialog.heading.text(), message=dialog.message.text(),
                    backup=dialog.backup_text.text(), keep=dialog.keep_text.text(),
                    open_visible=dialog.open_button.isVisible(), dialog=dialog)
        qtbot.mouseClick(getattr(dialog, click), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, look)


def open_like_run_gui(path: Path):
    """What ``run_gui`` does: the window, or on a problem the recovery path."""
    from banso_desktop.ui.main_window import MainWindow
    from banso_desktop.ui.recovery_dialog import recover_at_start

    try:
        return MainWindow(path)
    except (StoreError, sqlite3.DatabaseError) as exc:
        return recover_at_start(exc, path, MainWindow)


def window_names(window) -> set[str]:
    model = window.list_panel.model
    return {model.data(model.index(i)) for i in range(model.rowCount())}


@pytest.mark.parametrize("kind,seed", CASES)
def test_damaged_file_is_reported_and_the_newest_backup_opens(kind, seed, history, qapp, qtbot):  # noqa: F811
    rng = random.Random(f"{kind}-{seed}")
    what = KINDS[kind](history, rng)
    before = digest(history)
    others = sorted(p.name for p in history.parent.iterdir())

    # The store refuses it with a message that says "damaged" and names the file …
    with pytest.raises(DamagedFileError) as info:
        open_store(history)
    message = info.value.render()
    assert str(history) in message and "damaged" in message, what
    assert digest(history) == before, what  # … and has not touched it
    assert sorted(p.name for p in history.parent.iterdir()) == others, what

    # The app offers the newest backup; opening it shows that backup's companies.
    seen: dict = {}
    answer_recovery(qtbot, "open_button", seen)
    window = open_like_run_gui(history)
    assert window is not None, what
    qtbot.addWidget(window)
    assert seen["heading"] == _tr("The database file is damaged")
    assert str(history) in seen["message"]
    assert format_when(NEWEST, "ja") in seen["backup"], seen["backup"]
    assert str(list_backups(history)[0].path) in seen["backup"]
    shown = window_names(window)
    assert IN_NEWEST in shown and AFTER_BACKUP not in shown, what

    # The damaged file is kept, byte for byte, beside the restored one, and the app says where.
    kept = [p for p in history.parent.iterdir() if p.name.startswith("banso.sqlite3.damaged-")]
    assert len(kept) == 1, what
    assert digest(kept[0]) == before, what
    assert f"{history.name}.damaged-…" in seen["keep"]
    told = window.restored_message
    qtbot.waitUntil(told.isVisible, timeout=2000)
    assert str(kept[0]) in told.text() and format_when(NEWEST, "ja") in told.text()
    told.accept()
    window.close()
    assert IN_NEWEST in names(history) and AFTER_BACKUP not in names(history)


@pytest.mark.parametrize("kind", ["truncated", "corrupted pages"])
def test_without_a_backup_the_damaged_file_is_left_alone(kind, history, qapp, qtbot):  # noqa: F811
    shutil.rmtree(backup_dir(history))
    KINDS[kind](history, random.Random(kind))
    before = digest(history)
    seen: dict = {}
    answer_recovery(qtbot, "close_button", seen)
    assert open_like_run_gui(history) is None
    assert not seen["open_visible"]
    assert _tr("No automatic backup of this file was found in %1.").split("%1")[-1] in seen["backup"]
    assert seen["keep"] == _tr("The damaged file has been left exactly as it is. Keep it: a specialist may be able to "
                               "recover data from it (for example with the sqlite3 tool's .recover command).")
    assert digest(history) == before
    assert sorted(p.name for p in history.parent.iterdir()) == [history.name]


def test_quit_in_the_dialog_keeps_everything_as_it_was(history, qapp, qtbot):  # noqa: F811
    truncate(history, random.Random(1))
    before = digest(history)
    listing = sorted(p.name for p in history.parent.rglob("*"))
    seen: dict = {}
    answer_recovery(qtbot, "close_button", seen)
    assert open_like_run_gui(history) is None
    assert seen["open_visible"]
    assert digest(history) == before
    assert sorted(p.name for p in history.parent.rglob("*")) == listing


def test_damage_found_by_the_background_backup_offers_the_backup(history, qapp, qtbot, monkeypatch):  # noqa: F811
    """A file too big to check every page at open: the backup made a moment after the
    window is up reads every page, finds the damage, and the window reopens on the backup."""
    from banso_desktop.ui.backups import BackupKeeper
    from banso_desktop.ui.main_window import MainWindow

    monkeypatch.setattr(integrity, "FULL_CHECK_MAX_BYTES", 0)
    conn = sqlite3.connect(history)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'note'").fetchone()[0]
    conn.close()
    with open(history, "r+b") as f:  # the notes: not read until a session is opened
        f.seek((root - 1) * 4096)
        f.write(random.Random(7).randbytes(4096))
    before = digest(history)
    window = MainWindow(history)
    window.show()
    keeper = BackupKeeper(history, window, open_window=MainWindow, delay_ms=0)
    with qtbot.waitSignal(keeper.damage_found, timeout=10_000):
        pass
    dialog = keeper.recovery
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    assert dialog.heading.text() == _tr("A check found damage in the database file")
    assert format_when(NEWEST, "ja") in dialog.backup_text.text()
    assert len(list_backups(history)) == 2  # the damaged copy was not kept
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: keeper.window is not window, timeout=5000)
    new = keeper.window
    qtbot.addWidget(new)
    assert not shiboken6.isValid(window)  # closed, then deleted
    assert new.isVisible()
    assert IN_NEWEST in window_names(new) and AFTER_BACKUP not in window_names(new)
    kept = [p for p in history.parent.iterdir() if p.name.startswith("banso.sqlite3.damaged-")]
    assert len(kept) == 1 and digest(kept[0]) == before
    new.restored_message.accept()
    new.close()
    keeper.finish()


@pytest.mark.parametrize("seed", range(TRIALS))
def test_a_big_file_with_damaged_pages_is_caught_at_open_or_by_the_first_backup(
        seed, history, qapp, qtbot, monkeypatch):  # noqa: F811
    """Above the full-check size the damage shows wherever it is first read: at open, in
    the window's first reads, or in the background backup's check. Each way ends on the
    newest backup, with the damaged file kept unchanged; none ends in a crash."""
    from banso_desktop.ui.backups import BackupKeeper
    from banso_desktop.ui.main_window import MainWindow

    monkeypatch.setattr(integrity, "FULL_CHECK_MAX_BYTES", 0)
    what = corrupt_pages(history, random.Random(f"big-{seed}"))
    before = digest(history)
    seen: dict = {}
    answer_recovery(qtbot, "open_button", seen)
    window = open_like_run_gui(history)
    assert window is not None, what
    keeper = BackupKeeper(history, window, open_window=MainWindow, delay_ms=0)
    if "dialog" not in seen:  # opened: the background backup must find it
        with qtbot.waitSignal(keeper.damage_found, timeout=10_000):
            pass
        qtbot.waitUntil(lambda: keeper.window is not window, timeout=10_000)
        assert seen["heading"] == _tr("A check found damage in the database file"), what
        window = keeper.window
    qtbot.addWidget(window)
    shown = window_names(window)
    assert IN_NEWEST in shown and AFTER_BACKUP not in shown, what
    kept = [p for p in history.parent.iterdir() if p.name.startswith("banso.sqlite3.damaged-")
            and not p.name.endswith(("-wal", "-shm"))]  # the window's log, when it had opened
    assert len(kept) == 1 and digest(kept[0]) == before, what
    window.restored_message.accept()
    window.close()
    keeper.finish()


def test_a_flagged_file_is_checked_in_full_at_its_next_open(history, monkeypatch):
    """Damage found in the background is remembered: the next open reads every page,
    whatever the file's size, and refuses it."""
    monkeypatch.setattr(integrity, "FULL_CHECK_MAX_BYTES", 0)
    conn = sqlite3.connect(history)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'note'").fetchone()[0]
    conn.close()
    with open(history, "r+b") as f:
        f.seek((root - 1) * 4096)
        f.write(random.Random(8).randbytes(4096))
    open_store(history).close()  # big file, damage away from what the open reads: not seen yet
    with pytest.raises(DamagedFileError):
        make_backup(history)
    with pytest.raises(DamagedFileError):
        open_store(history)


# --- the command line ----------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["truncated", "zeroed header", "corrupted pages"])
def test_the_cli_names_the_damage_and_the_backup(kind, history):
    KINDS[kind](history, random.Random(f"cli-{kind}"))
    before = digest(history)
    result = run_banso("companies", "--db", str(history))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1  # as every problem at the command line
    assert lines[0].startswith(f"banso: {history} is damaged")
    newest = f"The latest automatic backup is {list_backups(history)[0].path} ({format_when(NEWEST, 'en')})"
    assert newest in lines[0]
    assert digest(history) == before
    assert sorted(p.name for p in history.parent.iterdir()) == sorted([history.name, backup_dir(history).name])


def test_the_cli_reports_damage_found_past_the_open_checks(history):
    """A big file (no full check at open) whose damage shows when a command reads it."""
    conn = sqlite3.connect(history)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'company'").fetchone()[0]
    conn.close()
    with open(history, "r+b") as f:
        f.seek((root - 1) * 4096)
        f.write(random.Random(9).randbytes(4096))
    code = (
        "import sys; from banso_desktop.store import integrity; integrity.FULL_CHECK_MAX_BYTES = 0; "
        "from banso_desktop.cli import main; sys.exit(main(sys.argv[1:]))"
    )
    result = subprocess.run([sys.executable, "-c", code, "companies", "--db", str(history)],
                            capture_output=True, text=True, cwd=ROOT, env={**os.environ, "BANSO_LANG": "en"},
                            timeout=60)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert f"{history} is damaged" in result.stderr
    assert str(list_backups(history)[0].path) in result.stderr
