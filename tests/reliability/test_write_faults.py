"""Writes that fail after the window is up: the disk fills, the file turns read-only.

Every fault here is real, not a stand-in for the database or the writer:

- a full disk: a 8 MiB tmpfs, mounted in a private mount namespace of the child
  process that runs the window (``unshare --mount``), filled up with a file while the
  consultant types; SQLite meets ENOSPC (SQLITE_FULL). Skipped where mounting is not
  allowed;
- a file-size limit: the child's RLIMIT_FSIZE lowered with SIGXFSZ ignored, so the
  kernel refuses writes (EFBIG, "disk I/O error"); runs anywhere on Linux;
- a file that turns read-only: ``chattr +i`` on the database and its WAL while they are
  open (it binds root too; EPERM, "disk I/O error"). Skipped on file systems without it;
- a folder and file made read-only (chmod) under an unprivileged user (``setpriv``
  without the capabilities that bypass permissions): SQLite keeps writing through the
  files it has open, so nothing fails and nothing is lost until the next start;
- SQLite's own limit ``PRAGMA max_page_count`` on the writer's connection (SQLITE_FULL)
  for closing the window with unsaved text.

Each test asserts what the person sees (status bar, banner), that the text stays in the
editor and the autosave buffer, and that once the fault clears every typed character
is in the file (read with a fresh connection) in the order typed, and the file is sound.
"""

from __future__ import annotations

import errno
import json
import os
import queue
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from banso_desktop.store import open_store
from banso_desktop.store.write_errors import _ADVICE, _HEADLINES, BUSY, DISK, FULL, READ_ONLY
from tests.helpers import ROOT
from tests.ui.conftest import isolated_qsettings, open_window, qapp  # noqa: F401 - the app in Japanese, windows
from tests.ui.typing import ime_type

pytestmark = [pytest.mark.reliability,
              pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux faults")]

SHOT = Path("/tmp/diskfull.png")


# --- what the person should see ------------------------------------------------------

def tr(context, text):
    return QCoreApplication.translate(context, text)


def headline_of(kind):
    return tr("store", _HEADLINES[kind])


def advice_of(kind, folder):
    return tr("store", _ADVICE[kind]).format(folder=folder)


def status_text(kind):
    return tr("MainWindow", "Not saved yet, retrying: %1").replace("%1", headline_of(kind))


def banner_headline(kind):
    return tr("SaveProblemBanner", "Not saved yet: %1").replace("%1", headline_of(kind))


RAW = ("database or disk is full", "disk I/O error", "readonly database", "OperationalError", "Traceback")


def assert_told(state_or_texts, kind, folder):
    """The status bar and the banner(s) say what happened and what to do, in words."""
    state = state_or_texts
    assert state["save_label"] == status_text(kind), state["save_label"]
    banners = [state["banner"]] + ([state["interview"]["banner"]] if state.get("interview") else [])
    for banner in banners:
        assert banner and banner["visible"], state
        assert banner["headline"] == banner_headline(kind), banner
        assert banner["advice"] == advice_of(kind, folder), banner
    shown = json.dumps(state, ensure_ascii=False)
    for raw in RAW:
        assert raw not in shown, raw


# --- the child process -------------------------------------------------------------

class Child:
    """The real main window in a child process (tests/reliability/fault_child.py)."""

    def __init__(self, argv, env=None):
        self.proc = subprocess.Popen(
            argv, cwd=ROOT, env=env or child_env(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True, encoding="utf-8")
        self.replies: queue.Queue = queue.Queue()
        self.stderr: list[str] = []
        threading.Thread(target=self._pump, args=(self.proc.stdout, self.replies.put), daemon=True).start()
        threading.Thread(target=self._pump, args=(self.proc.stderr, self.stderr.append), daemon=True).start()
        first = self._reply(90)
        assert first == {"ready": True}, (first, self.log())

    @staticmethod
    def _pump(stream, put):
        for line in stream:
            put(line)

    def _reply(self, timeout):
        try:
            line = self.replies.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"the child did not answer in {timeout} s:\n{self.log()}") from None
        return json.loads(line)

    def send(self, cmd, timeout=60, **args):
        self.proc.stdin.write(json.dumps({"cmd": cmd, **args}, ensure_ascii=False) + "\n")
        self.proc.stdin.flush()
        reply = self._reply(timeout)
        assert "harness_error" not in reply, reply["harness_error"]
        return reply

    def wait_for(self, check, timeout, what):
        deadline = time.monotonic() + timeout
        while True:
            state = self.send("state")
            if check(state):
                return state
            if time.monotonic() > deadline:
                raise AssertionError(f"{what}: not within {timeout} s; last state {state}\n{self.log()}")
            time.sleep(0.1)

    def cpu_seconds(self):
        fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def log(self):
        return "".join(self.stderr)

    def finish(self):
        """Close the window (nothing may be left unsaved) and let the process end."""
        reply = self.send("close", answer="keep")
        assert reply["closed"] and reply["asked"] == [], reply
        self.proc.stdin.close()
        assert self.proc.wait(timeout=60) == 0, self.log()
        time.sleep(0.2)  # the last of stderr
        assert "Traceback" not in self.log(), self.log()

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=30)


def child_env(**extra):
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), **extra}


def companies(path, *names):
    store = open_store(path)
    ids = [store.companies.create({"name": name}) for name in names]
    store.close()
    return ids


READ_BACK = """
import json, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.row_factory = sqlite3.Row
print(json.dumps([conn.execute("PRAGMA integrity_check").fetchone()[0],
                  [r["body"] for r in conn.execute(
                      "SELECT body FROM note WHERE deleted_at IS NULL ORDER BY session_id, position")],
                  {r["id"]: dict(r) for r in conn.execute("SELECT * FROM company")}]))
"""


def read_back_in(pid, db):
    """``read_back`` in another process inside the child's mount namespace (SQLite
    resolves /proc/PID/root to this process's own root, where that drive is not)."""
    result = subprocess.run(["nsenter", "--target", str(pid), "--mount", "--", sys.executable, "-c", READ_BACK,
                             str(db)], capture_output=True, text=True, timeout=60, check=True)
    check, notes, rows = json.loads(result.stdout)
    assert check == "ok"
    return notes, rows


def read_back(db):
    """With a fresh connection: the file is sound; notes, company fields as stored."""
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        notes = [r["body"] for r in conn.execute(
            "SELECT body FROM note WHERE deleted_at IS NULL ORDER BY session_id, position")]
        rows = {r["id"]: dict(r) for r in conn.execute("SELECT * FROM company")}
    finally:
        conn.close()
    return notes, rows


def fill(path):
    """Write zeros until the file system says it is full (ENOSPC), to the last page."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (1 << 20, 1 << 16, 1 << 12, 1 << 9):
            block = b"\0" * size
            try:
                while True:
                    os.write(fd, block)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC, exc
        os.fsync(fd)
    finally:
        os.close(fd)


def can_mount_privately():
    if shutil.which("unshare") is None or shutil.which("nsenter") is None or os.geteuid() != 0:
        return False
    script = 'd=$(mktemp -d) && mount -t tmpfs -o size=1m t "$d" && umount "$d"; rc=$?; rmdir "$d"; exit $rc'
    probe = subprocess.run(["unshare", "--mount", "--propagation", "private", "sh", "-c", script],
                           capture_output=True, timeout=30)
    return probe.returncode == 0


def can_make_immutable(folder):
    if shutil.which("chattr") is None:
        return False
    probe = folder / "probe"
    probe.write_text("x")
    made = subprocess.run(["chattr", "+i", str(probe)], capture_output=True).returncode == 0
    if made:
        subprocess.run(["chattr", "-i", str(probe)], check=True)
    probe.unlink()
    return made


# --- a full disk ---------------------------------------------------------------------

@pytest.mark.slow
def test_a_disk_that_fills_up_while_typing_loses_nothing(tmp_path, qapp):
    if not can_mount_privately():
        pytest.skip("mounting a tmpfs in a private mount namespace is not allowed here")
    source = tmp_path / "banso.sqlite3"
    a, b = companies(source, "株式会社満杯商事", "有限会社余白工務店")
    drive = tmp_path / "drive"  # the child's own 8 MiB drive is mounted here, for it alone
    drive.mkdir()
    child = Child(["unshare", "--mount", "--propagation", "private", "sh", "-c",
                   'mount -t tmpfs -o size=8m,mode=0755 banso-test "$1" && cp "$2" "$1/" '
                   '&& exec "$3" -m tests.reliability.fault_child "$1/banso.sqlite3"',
                   "sh", str(drive), str(source), sys.executable])
    seen = Path(f"/proc/{child.proc.pid}/root") / drive.relative_to("/")  # the drive as the child sees it
    try:
        # Before: what is typed is saved within the second.
        child.send("open_company", id=a)
        child.send("type_field", field="memo", text="満杯の前のメモ。")
        child.send("start_interview", company=a)
        child.send("note", text="一つ目：満杯の前に書いたメモ。", enter=True)
        child.send("note", text="二つ目は途中まで")
        child.wait_for(lambda s: not s["has_unsaved"], 5, "saved before the fault")
        child.send("checkpoint")  # the log file is empty: the next write needs new room

        fill(seen / "filler")
        assert os.statvfs(seen).f_bavail * os.statvfs(seen).f_frsize < 4096

        # During: the disk is full. Typing goes on, in interview mode and in the window.
        child.send("note", text="、満杯の間に続きを書いた。", enter=True)
        child.send("note", text="三つ目：満杯の間に書き始めたメモ。", enter=True)
        child.send("note", text="四つ目：書きかけ")
        child.send("type_field", field="memo", text="満杯の間の追記。")
        child.send("open_company", id=b)
        child.send("type_field", field="representative_name", text="満杯 太郎")
        state = child.wait_for(lambda s: s["in_trouble"] and (s["banner"] or {}).get("visible")
                               and s["interview"]["banner"] and s["interview"]["banner"]["visible"],
                               10, "the full disk is said")
        assert_told(state, FULL, drive)
        # Newer text for a field whose older text already failed to save.
        child.send("type_field", field="representative_name", text="満杯 次郎", replace=True)
        state = child.send("flush")
        assert state["interview"]["editor"] == "四つ目：書きかけ"
        assert state["fields"]["representative_name"] == "満杯 次郎"
        assert [n[1] for n in state["interview"]["notes"]] == [
            "一つ目：満杯の前に書いたメモ。", "二つ目は途中まで、満杯の間に続きを書いた。",
            "三つ目：満杯の間に書き始めたメモ。", "四つ目：書きかけ"]
        unsaved = {(t, f): text for t, _r, f, text in state["unsaved"]}
        assert unsaved[("company", "memo")] == "満杯の前のメモ。満杯の間の追記。"
        assert unsaved[("company", "representative_name")] == "満杯 次郎"
        bodies = [text for t, _r, f, text in state["unsaved"] if t == "note" and f == "body"]
        assert bodies == ["二つ目は途中まで、満杯の間に続きを書いた。", "三つ目：満杯の間に書き始めたメモ。", "四つ目：書きかけ"]
        child.send("open_company", id=a)
        child.send("screenshot", path=str(SHOT))
        child.send("screenshot", path=str(SHOT.with_name("diskfull-interview.png")), which="interview")

        # Left alone, the retries back off and keep the computer idle.
        cpu, started = child.cpu_seconds(), time.monotonic()
        time.sleep(8)
        idle = child.send("state")
        assert idle["in_trouble"]
        busy = (child.cpu_seconds() - cpu) / (time.monotonic() - started)
        assert busy < 0.25, f"the retries keep the CPU {busy:.0%} busy"
        assert child.log().count("cannot write to") == 1, child.log()  # logged once, with details
        assert "SQLITE_FULL" in child.log() and "database or disk is full" in child.log()

        # After: room again. Everything is saved by itself within the back-off.
        freed = time.monotonic()
        (seen / "filler").unlink()
        state = child.wait_for(lambda s: not s["has_unsaved"], 15, "saved once there is room")
        took = time.monotonic() - freed
        assert not state["in_trouble"] and state["last_error"] is None
        assert state["save_label"].startswith(tr("MainWindow", "Saved %1").replace("%1", ""))
        assert state["banner"]["headline"] == tr(
            "SaveProblemBanner", "Saved: everything you typed is in the database file now.")
        print(f"\nsaved {took:.1f} s after the disk had room; CPU while waiting {busy:.1%}")

        notes, rows = read_back_in(child.proc.pid, drive / "banso.sqlite3")
        assert notes == ["一つ目：満杯の前に書いたメモ。", "二つ目は途中まで、満杯の間に続きを書いた。",
                         "三つ目：満杯の間に書き始めたメモ。", "四つ目：書きかけ"]
        assert rows[a]["memo"] == "満杯の前のメモ。満杯の間の追記。"
        assert rows[b]["representative_name"] == "満杯 次郎"
        child.finish()
    finally:
        child.kill()


@pytest.mark.slow
def test_a_file_size_limit_while_typing_loses_nothing(tmp_path, qapp):
    """RLIMIT_FSIZE: the kernel refuses to make the file longer (EFBIG). Needs no
    privilege, so it runs wherever the full-disk test cannot."""
    db = tmp_path / "banso.sqlite3"
    (a,) = companies(db, "株式会社上限製作所")
    child = Child([sys.executable, "-m", "tests.reliability.fault_child", str(db)])
    try:
        child.send("start_interview", company=a)
        child.send("note", text="上限の前のメモ。", enter=True)
        child.send("note", text="途中まで")
        child.wait_for(lambda s: not s["has_unsaved"], 5, "saved before the fault")
        child.send("checkpoint")
        child.send("fsize", limit=32)  # the log file's header fits, no page of text does

        child.send("note", text="、上限の間に続きを書いた。", enter=True)
        child.send("note", text="上限の間に始めたメモ。")
        child.send("type_field", field="memo", text="上限の間のメモ欄。")
        state = child.wait_for(lambda s: s["in_trouble"] and (s["banner"] or {}).get("visible"), 10,
                               "the refused write is said")
        assert_told(state, DISK, tmp_path)  # SQLite: "disk I/O error"; the folder is writable, not full
        assert state["interview"]["editor"] == "上限の間に始めたメモ。"
        assert state["fields"]["memo"] == "上限の間のメモ欄。"

        child.send("fsize", limit=None)
        state = child.wait_for(lambda s: not s["has_unsaved"], 15, "saved once the limit is lifted")
        assert not state["in_trouble"]
        notes, rows = read_back(db)
        assert notes == ["上限の前のメモ。", "途中まで、上限の間に続きを書いた。", "上限の間に始めたメモ。"]
        assert rows[a]["memo"] == "上限の間のメモ欄。"
        assert "SQLITE_IOERR_WRITE" in child.log() and "errno" in child.log()
        child.finish()
    finally:
        child.kill()


# --- a file that turns read-only -------------------------------------------------------

def field(window, name):
    return window.workspace.form.rows[name]


def test_a_file_that_turns_read_only_while_typing_loses_nothing(qtbot, open_window, db_path, caplog):
    if not can_make_immutable(db_path.parent):
        pytest.skip("this file system has no immutable flag (chattr +i)")
    a, b = companies(db_path, "株式会社読取専用", "合同会社書込")
    window = open_window(db_path)
    window.open_company(a)
    ime_type(field(window, "memo").editor, "読み取り専用になる前。")
    window.flush()
    assert not window.autosave.has_unsaved()
    files = [str(db_path), str(db_path) + "-wal"]
    subprocess.run(["chattr", "+i", *files], check=True)
    try:
        ime_type(field(window, "memo").editor, "なった後。")
        window.open_company(b)
        ime_type(field(window, "address").editor, "大阪市北区")
        qtbot.waitUntil(lambda: window.autosave.in_trouble and getattr(window, "save_banner", None) is not None
                        and window.save_banner.isVisible(), timeout=5000)
        ime_type(field(window, "address").editor, "梅田一丁目")  # typed while it is read-only
        window.autosave.flush()
        window.writer.flush()
        assert window.save_label.text() == status_text(READ_ONLY)
        assert window.save_banner.headline.text() == banner_headline(READ_ONLY)
        assert window.save_banner.advice.text() == advice_of(READ_ONLY, db_path.parent)
        assert field(window, "address").text() == "大阪市北区梅田一丁目"
        unsaved = {(u.row_id, u.field): u.text for u in window.autosave.unsaved()}
        assert unsaved == {(a, "memo"): "読み取り専用になる前。なった後。", (b, "address"): "大阪市北区梅田一丁目"}
        window.open_company(a)
        assert field(window, "memo").text() == "読み取り専用になる前。なった後。"
        logged = [r.getMessage() for r in caplog.records if r.name == "banso_desktop.ui.ops"]
        assert any("cannot write to" in m and "SQLITE_IOERR_WRITE" in m and "read-only" in m for m in logged), logged
        assert not any(r.exc_info for r in caplog.records if r.name == "banso_desktop.ui.ops")
    finally:
        subprocess.run(["chattr", "-i", *files], check=True)
    qtbot.waitUntil(lambda: not window.autosave.has_unsaved(), timeout=10000)
    assert not window.save_banner.advice.isVisible()
    _notes, rows = read_back(db_path)
    assert rows[a]["memo"] == "読み取り専用になる前。なった後。"
    assert rows[b]["address"] == "大阪市北区梅田一丁目"


def test_a_connection_sqlite_opened_read_only_is_replaced_once_the_file_can_be_written(
        qtbot, open_window, db_path):
    """SQLite opens a file it cannot write read-only, and that connection stays so: the
    writer opens a new one once the file can be written. (Made read-only with chattr,
    the writer's connection opened with mode=ro: the one way to get such a connection
    after the window is up, as the window refuses to open a read-only file.)"""
    if not can_make_immutable(db_path.parent):
        pytest.skip("this file system has no immutable flag (chattr +i)")
    (a,) = companies(db_path, "株式会社再接続")
    window = open_window(db_path)
    window.open_company(a)
    files = [str(db_path), str(db_path) + "-wal"]
    writer = window.writer

    def read_only_connection():
        from banso_desktop.store.database import Store

        writable = writer._store
        writer._store = Store(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, isolation_level=None,
                                              check_same_thread=False), db_path)
        writable.close()

    writer._pool.submit(read_only_connection).result()
    subprocess.run(["chattr", "+i", *files], check=True)
    try:
        ime_type(field(window, "memo").editor, "読み取り専用の接続で")
        qtbot.waitUntil(lambda: window.autosave.in_trouble, timeout=5000)
        assert window.save_label.text() == status_text(READ_ONLY)  # "attempt to write a readonly database"
        time.sleep(1.5)
        assert window.autosave.in_trouble  # the file still cannot be written: no new connection yet
    finally:
        subprocess.run(["chattr", "-i", *files], check=True)
    qtbot.waitUntil(lambda: not window.autosave.has_unsaved(), timeout=10000)
    _notes, rows = read_back(db_path)
    assert rows[a]["memo"] == "読み取り専用の接続で"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("setpriv") is None, reason="needs setpriv (util-linux)")
def test_a_folder_made_read_only_mid_session_does_not_stop_the_saving(tmp_path, qapp):
    """chmod while the window is open, as a user the permissions bind: SQLite writes
    through the files it has open, so the typing is saved (the next start says the
    folder is read-only)."""
    folder = tmp_path / "office"
    folder.mkdir()
    db = folder / "banso.sqlite3"
    (a,) = companies(db, "株式会社権限")
    prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"] if os.geteuid() == 0 else []
    home = tmp_path / "home"
    child = Child([*prefix, sys.executable, "-m", "tests.reliability.fault_child", str(db)],
                  env=child_env(XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config")))
    try:
        child.send("open_company", id=a)
        child.send("type_field", field="memo", text="権限を外す前。")
        child.wait_for(lambda s: not s["has_unsaved"], 5, "saved before the chmod")
        for path in folder.iterdir():
            path.chmod(0o444)
        folder.chmod(0o555)
        child.send("type_field", field="memo", text="外した後。")
        child.send("start_interview", company=a)
        child.send("note", text="読み取り専用のフォルダで書いたメモ。", enter=True)
        state = child.wait_for(lambda s: not s["has_unsaved"], 5, "saved through the open files")
        assert not state["in_trouble"] and state["banner"] is None
        child.finish()
    finally:
        child.kill()
        folder.chmod(0o755)
        for path in folder.iterdir():
            path.chmod(0o644)
    notes, rows = read_back(db)
    assert rows[a]["memo"] == "権限を外す前。外した後。"
    assert notes == ["読み取り専用のフォルダで書いたメモ。"]


# --- closing with text that could not be saved --------------------------------------------

def fill_the_page_limit(window):
    """SQLite's own SQLITE_FULL: the writer's connection may not make the file larger."""
    window.writer.submit(lambda s: s.conn.execute(
        "PRAGMA max_page_count = " + str(s.conn.execute("PRAGMA page_count").fetchone()[0])))
    window.writer.flush()


def lift_the_page_limit(window):
    window.writer.submit(lambda s: s.conn.execute("PRAGMA max_page_count = 1073741823"))


LONG = "満杯のときに書いた長いメモ。" * 400  # more than a page: the file must grow
OTHER = "もう一社のメモ。" * 600


@pytest.mark.parametrize("suffix", [".txt", ".json"])
def test_closing_with_unsaved_text_asks_and_can_save_it_to_a_file(qtbot, open_window, db_path, tmp_path,
                                                                  monkeypatch, suffix):
    from banso_desktop.ui.save_state import KEEP, SAVE_TO_FILE, UnsavedTextSaver

    a, b = companies(db_path, "株式会社閉じる前", "株式会社もう一社")
    window = open_window(db_path)
    window.open_company(a)
    window.flush()
    fill_the_page_limit(window)
    ime_type(field(window, "memo").editor, LONG)
    window.open_company(b)
    ime_type(field(window, "memo").editor, OTHER)
    window.flush()
    assert window.autosave.in_trouble

    answers, asked = [KEEP], []
    monkeypatch.setattr(UnsavedTextSaver, "ask_before_closing",
                        lambda _s, reason: asked.append(reason) or answers.pop(0))
    assert not window.close()  # kept open: nothing lost, still retrying
    assert window.isVisible() and len(asked) == 1
    assert asked[0].startswith(headline_of(FULL) + "\n")
    assert asked[0].endswith(advice_of(FULL, db_path.parent))

    # Save to a file, but the first place cannot be written: asked again, then a good one.
    refused = tmp_path / "gone" / ("unsaved" + suffix)  # a folder that is not there (a removed stick)
    kept = tmp_path / "keep" / ("unsaved" + suffix)
    kept.parent.mkdir()
    places, warned = [refused, kept], []
    monkeypatch.setattr(UnsavedTextSaver, "choose_path", lambda _s: places.pop(0))
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    answers[:] = [SAVE_TO_FILE, SAVE_TO_FILE]
    assert window.close()
    assert len(warned) == 1 and str(refused) in warned[0]
    assert not refused.parent.exists() and not places
    saved = kept.read_text(encoding="utf-8")
    assert [p.name for p in kept.parent.iterdir()] == [kept.name]  # no temporary file left
    if suffix == ".json":
        data = json.loads(saved)
        assert data["database"] == str(db_path) and data["reason"] == headline_of(FULL)
        items = {(i["company"], i["field"]): i["text"] for i in data["items"]}
        assert items == {("株式会社閉じる前", "memo"): LONG, ("株式会社もう一社", "memo"): OTHER}
    else:
        assert "■ 株式会社閉じる前" in saved and LONG in saved
        assert "■ 株式会社もう一社" in saved and OTHER in saved
        assert headline_of(FULL) in saved and str(db_path) in saved
    _notes, rows = read_back(db_path)
    assert not rows[a]["memo"] and not rows[b]["memo"]  # not in the database: in the file the person chose


@pytest.mark.parametrize("click", ["Keep the window open", "Save the text to a file, then close…", "Close and lose it"])
def test_the_question_on_closing_is_a_real_dialog_keeping_the_window_by_default(qtbot, qapp, db_path, click):
    """The question itself (not answered by a stand-in): three buttons, Esc and Enter keep
    the window open."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

    from banso_desktop.ui.save_state import DISCARD, KEEP, SAVE_TO_FILE, UnsavedTextSaver

    parent = QWidget()
    qtbot.addWidget(parent)
    store = open_store(db_path)
    saver = UnsavedTextSaver(store, None, parent)
    seen = {}

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen["buttons"] = [b.text() for b in box.buttons()]
        seen["default"] = box.defaultButton().text()
        seen["escape"] = box.escapeButton().text()
        seen["text"] = box.text() + "\n" + box.informativeText()
        next(b for b in box.buttons() if b.text() == tr("UnsavedTextSaver", click)).click()

    QTimer.singleShot(20, answer)
    try:
        got = saver.ask_before_closing("理由の見出し\n理由の説明")
    finally:
        store.close()
    assert got == {"Keep the window open": KEEP, "Save the text to a file, then close…": SAVE_TO_FILE,
                   "Close and lose it": DISCARD}[click]
    assert sorted(seen["buttons"]) == sorted(tr("UnsavedTextSaver", t) for t in (
        "Keep the window open", "Save the text to a file, then close…", "Close and lose it"))
    assert seen["default"] == seen["escape"] == tr("UnsavedTextSaver", "Keep the window open")
    assert "理由の見出し\n理由の説明" in seen["text"]


def test_notes_begun_while_the_disk_is_full_are_kept_in_order(qtbot, open_window, db_path):
    """Interview mode in the same window: notes begun while nothing can be written come
    back in the order they were typed, and the banner is over the notes."""
    (a,) = companies(db_path, "株式会社順番")
    window = open_window(db_path)
    window.open_company(a)
    window._start(a, {"date": "2026-11-21", "start_time": "10:00", "place_kind": "visit",
                      "attendees": [], "theme": ""})
    interview = window.interview
    ime_type(interview.editor, "満杯の前。")
    interview.finish_note()
    window.flush()
    fill_the_page_limit(window)
    for text in ("一つ目" + "長" * 3000, "二つ目", "三つ目" + "長" * 3000):
        ime_type(interview.editor, text)
        interview.finish_note()
    ime_type(interview.editor, "書きかけ")
    window.flush()
    assert interview.save_banner is not None and interview.save_banner.isVisible()
    assert interview.save_banner.headline.text() == banner_headline(FULL)
    assert interview.editor.toPlainText() == "書きかけ"
    lift_the_page_limit(window)
    qtbot.waitUntil(lambda: not window.autosave.has_unsaved(), timeout=10000)
    notes, _rows = read_back(db_path)
    assert notes == ["満杯の前。", "一つ目" + "長" * 3000, "二つ目", "三つ目" + "長" * 3000, "書きかけ"]


def test_rows_added_to_the_summary_while_the_file_is_read_only_keep_what_is_typed(qtbot, open_window, db_path):
    """施策 rows added in the closing summary while nothing can be written (chattr +i):
    the rows are made, in order, with what was typed into them, once the file can be."""
    if not can_make_immutable(db_path.parent):
        pytest.skip("this file system has no immutable flag (chattr +i)")
    (a,) = companies(db_path, "株式会社施策")
    window = open_window(db_path)
    window.open_company(a)
    window._start(a, {"date": "2026-11-21", "start_time": "10:00", "place_kind": "visit",
                      "attendees": [], "theme": ""})
    interview = window.interview
    interview.show_summary()
    summary = interview.summary
    texts = ["主要顧客10社に社長が電話する", "資金繰り表を毎月作る", "後継者と面談する"]
    files = [str(db_path), str(db_path) + "-wal"]
    subprocess.run(["chattr", "+i", *files], check=True)
    try:
        for text in texts:
            summary.add_action()
            summary.actions.item(summary.actions.rowCount() - 1, 0).setText(text)
        window.flush()
        assert window.autosave.in_trouble and interview.save_banner.isVisible()
        assert interview.save_banner.headline.text() == banner_headline(READ_ONLY)
        assert [summary.actions.item(r, 0).text() for r in range(summary.actions.rowCount())] == texts
    finally:
        subprocess.run(["chattr", "-i", *files], check=True)
    qtbot.waitUntil(lambda: not window.autosave.has_unsaved(), timeout=10000)
    conn = sqlite3.connect(db_path)
    stored = [r[0] for r in conn.execute("SELECT what FROM action WHERE session_id = ? ORDER BY position",
                                         (interview.session_id,))]
    conn.close()
    assert stored == texts


def test_words_for_every_kind_of_refused_write():
    """Each kind has a headline and advice saying that the typed text is kept."""
    for kind in (FULL, READ_ONLY, DISK, BUSY):
        assert _HEADLINES[kind].endswith(".")
        assert "{folder}" in _ADVICE[kind] or kind == BUSY
        assert "kept" in _ADVICE[kind]


@pytest.mark.reliability
def test_the_banner_says_saved_then_goes_away(qtbot, open_window, db_path, monkeypatch):
    from banso_desktop.ui import save_state

    monkeypatch.setattr(save_state, "DONE_SHOWN_MS", 200)
    a, _b = companies(db_path, "株式会社バナー確認", "株式会社もう一社")
    window = open_window(db_path)
    window.open_company(a)
    window.flush()
    fill_the_page_limit(window)
    ime_type(field(window, "memo").editor, LONG)
    window.flush()
    qtbot.waitUntil(lambda: window.autosave.in_trouble, timeout=5000)
    banner = window.save_banner
    qtbot.waitUntil(banner.isVisible, timeout=5000)
    lift_the_page_limit(window)
    window.autosave.retry_now()
    qtbot.waitUntil(lambda: not window.autosave.has_unsaved(), timeout=10_000)
    assert banner.headline.text() == banner.tr("Saved: everything you typed is in the database file now.")
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=5000)  # it goes, and takes no room
    assert banner.height() == 0 or not banner.isVisibleTo(window)
