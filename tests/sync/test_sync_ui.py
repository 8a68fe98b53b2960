"""Office sync in the app, for real: the main window on a laptop file, a PostgreSQL hub
the tests start, a second laptop syncing through the engine, an in-memory keyring.

Expected texts go through the app's translator, so the tests hold in Japanese whether or
not a string has its translation yet."""

from __future__ import annotations

import time
from pathlib import Path

import keyring
import keyring.backends.fail
import psycopg
import pytest
from psycopg.conninfo import conninfo_to_dict
from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSettings
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit

from banso_desktop.store import open_store
from banso_desktop.sync import client as sync_client
from banso_desktop.sync import credentials, hub
from banso_desktop.sync.local import LocalSync
from banso_desktop.ui.sync_view import HubSettings, HubSettingsDialog
from tests.sync.accounts import TWO
from tests.ui import conftest as ui_fixtures

# The GUI tests' fixtures (the app's own start-up in Japanese, isolated settings, windows
# closed and flushed at the end); this file sits in tests/sync for the PostgreSQL ones.
qapp = ui_fixtures.qapp
isolated_qsettings = ui_fixtures.isolated_qsettings
open_window = ui_fixtures.open_window

PASSWORDS = TWO
SHOTS = Path("/tmp")
WAIT_MS = 30_000



def counted(qtbot, status):
    """Read the status bar's counts again and wait for them (they are read on a thread)."""
    status.refresh()
    qtbot.waitUntil(lambda: not status.reading)

def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


@pytest.fixture(autouse=True)
def no_password_in_the_environment(monkeypatch):
    monkeypatch.delenv(credentials.ENV, raising=False)


@pytest.fixture
def office(pg_cluster, hub_db):
    """A hub with one organisation and two consultants; yields (cluster, superuser dsn, dbname)."""
    hub.init(hub_db)
    hub.add_user(hub_db, "みどり市商工会", "tanaka", PASSWORDS["tanaka"])
    hub.add_user(hub_db, "みどり市商工会", "suzuki", PASSWORDS["suzuki"])
    return pg_cluster, hub_db, conninfo_to_dict(hub_db)["dbname"]


def configure(cluster, dbname: str, user: str = "tanaka") -> HubSettings:
    settings = HubSettings(host="127.0.0.1", port=cluster.port, database=dbname, user=user, sslmode="prefer")
    settings.save()
    return settings


class Prompt:
    """Stands in for QInputDialog.getText: answers with the given passwords, records each ask."""

    def __init__(self, monkeypatch, *answers: str) -> None:
        self.answers = list(answers)
        self.asked: list[tuple] = []
        monkeypatch.setattr(QInputDialog, "getText", self)

    def __call__(self, parent, title, label, echo=None, *args, **kwargs):
        self.asked.append((title, label, echo))
        if not self.answers:
            return "", False
        return self.answers.pop(0), True


def laptop(path: Path, *names: str) -> list[str]:
    store = open_store(path)
    try:
        return [store.companies.create({"name": n}) for n in names]
    finally:
        store.close()


def run_engine(path: Path, dsn: str, user: str):
    """The other laptop syncs through the engine, as `banso sync` does."""
    store = open_store(path)
    try:
        conn = sync_client.connect(dsn, user, PASSWORDS[user])
        try:
            return sync_client.sync(store, conn)
        finally:
            conn.close()
    finally:
        store.close()


def hub_names(dsn: str) -> list[str]:
    with psycopg.connect(dsn) as conn:
        return sorted(d["name"] for (d,) in conn.execute(
            "SELECT data FROM banso.row WHERE table_name = 'company' AND NOT data ? '_purged'"
            " AND data->>'deleted_at' IS NULL"))


def list_names(window) -> list[str]:
    model = window.list_panel.model
    return [model.data(model.index(i)) for i in range(model.rowCount())]


def sync_and_wait(qtbot, window, status: str = "ok"):
    before = window.sync.last_outcome
    window.sync_action.trigger()
    qtbot.waitUntil(lambda: window.sync.last_outcome is not before and not window.sync.running, timeout=WAIT_MS)
    outcome = window.sync.last_outcome
    assert outcome.status == status, (outcome.status, outcome.error)
    return outcome


def status_bar_shot(qtbot, window, name: str) -> None:
    qtbot.wait(100)  # the status bar lays its widgets out again after a text changes
    bar = window.statusBar()
    top = bar.mapTo(window, QPoint(0, 0)).y()
    window.grab(QRect(0, top - 120, window.width(), window.height() - top + 120)).save(str(SHOTS / name))


def open_laptop(open_window, qtbot, path: Path):
    window = open_window(path)
    window.resize(1366, 768)
    qtbot.wait(50)
    return window


# --- the tests -------------------------------------------------------------------------


def test_sync_sends_the_laptops_companies_and_says_so(qtbot, open_window, office, memory_keyring,
                                                      monkeypatch, tmp_path):
    cluster, dsn, dbname = office
    path = tmp_path / "a" / "banso.sqlite3"
    path.parent.mkdir()
    laptop(path, "株式会社アルファ", "ベータ商店")
    settings = configure(cluster, dbname)
    window = open_laptop(open_window, qtbot, path)
    prompt = Prompt(monkeypatch, PASSWORDS["tanaka"])
    # Never synced: the status says so, with what waits to be sent.
    counted(qtbot, window.sync.status)
    text = window.sync.status.plain_text()
    assert tr("SyncStatus", "Not synced yet") in text and tr("SyncStatus", "%1 to send").replace("%1", "2") in text

    outcome = sync_and_wait(qtbot, window)

    assert len(prompt.asked) == 1 and prompt.asked[0][2] == QLineEdit.EchoMode.Password  # asked once
    assert hub_names(dsn) == ["ベータ商店", "株式会社アルファ"]
    assert outcome.result.pushed > 0 and outcome.result.new_hub
    expected = (tr("SyncController", "Synced %1: sent %2 · received %3")
                .replace("%2", str(outcome.result.pushed)).replace("%3", str(outcome.result.pulled)))
    head, tail = expected.split("%1")
    text = window.sync.status.plain_text()
    assert text.startswith(head) and tail in text, text
    qtbot.waitUntil(lambda: not window.sync.status.reading)
    assert window.sync.status.pending == 0 and window.sync.status.conflicts == 0
    assert not window.sync.dialog.isVisible()  # nothing to read: the progress closed by itself
    status_bar_shot(qtbot, window, "sync_status_bar.png")
    # The password that worked is in the keyring (never in the settings); the next sync asks nothing.
    assert credentials.get_password(settings.dsn(), "tanaka") == PASSWORDS["tanaka"]
    assert PASSWORDS["tanaka"] not in Path(QSettings().fileName()).read_text(encoding="utf-8")
    sync_and_wait(qtbot, window)
    assert len(prompt.asked) == 1
    # The last sync time, in local time, once the session's outcome is not shown any more.
    window.sync.status.outcome = ""
    counted(qtbot, window.sync.status)
    assert LocalSync(window.store).state()["last_sync_at"]
    last = tr("SyncStatus", "Last sync %1").split("%1")[0]
    assert window.sync.status.plain_text().startswith(last)


def test_a_colleagues_edit_appears_after_the_sync(qtbot, open_window, office, memory_keyring, monkeypatch,
                                                  tmp_path):
    cluster, dsn, dbname = office
    path_a, path_b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    (alpha,) = laptop(path_a, "株式会社アルファ")
    settings = configure(cluster, dbname)
    credentials.save_password(settings.dsn(), "tanaka", PASSWORDS["tanaka"])
    window = open_laptop(open_window, qtbot, path_a)
    window.open_company(alpha)
    sync_and_wait(qtbot, window)
    # Suzuki, on the other laptop, renames the company and adds one.
    run_engine(path_b, dsn, "suzuki")
    b = open_store(path_b)
    b.companies.update(alpha, {"name": "株式会社アルファ工業", "memo": "鈴木が訪問"})
    b.companies.create({"name": "ガンマ食堂"})
    b.close()
    run_engine(path_b, dsn, "suzuki")

    outcome = sync_and_wait(qtbot, window)

    assert outcome.result.pulled >= 2
    assert sorted(list_names(window)) == ["ガンマ食堂", "株式会社アルファ工業"]
    # The open company shows what was received.
    assert window.workspace.company_id == alpha
    assert window.workspace.title.text() == "株式会社アルファ工業"
    assert window.workspace.form.rows["memo"].text() == "鈴木が訪問"


def slow_engine(monkeypatch):
    """A slow engine: one outbox entry per push, and a pause after each batch; returns
    the real sync to put back."""
    monkeypatch.setattr(sync_client, "PUSH_BATCH", 1)
    real_sync = sync_client.sync

    def slow_sync(store, conn, progress=None, cancel=None):
        def report(phase, done, total):
            progress(phase, done, total)
            time.sleep(0.03)
        return real_sync(store, conn, progress=report, cancel=cancel)

    monkeypatch.setattr(sync_client, "sync", slow_sync)
    return real_sync


def slow_sync_started(qtbot, open_window, office, monkeypatch, tmp_path, names):
    """A laptop with ``names`` whose password is stored, its window open, and a slow
    sync just started; returns (window, the real sync to put back, the file, the settings)."""
    cluster, _dsn, dbname = office
    path = tmp_path / "a.sqlite3"
    laptop(path, *names)
    settings = configure(cluster, dbname)
    credentials.save_password(settings.dsn(), "tanaka", PASSWORDS["tanaka"])
    window = open_laptop(open_window, qtbot, path)
    real_sync = slow_engine(monkeypatch)
    window.sync_action.trigger()
    return window, real_sync, path, settings


def test_stop_keeps_what_was_sent_and_a_later_sync_finishes(qtbot, open_window, office, memory_keyring,
                                                            monkeypatch, tmp_path):
    dsn = office[1]
    names = [f"中止テスト{n:02d}" for n in range(40)]
    window, real_sync, _path, _settings = slow_sync_started(qtbot, open_window, office, monkeypatch, tmp_path, names)
    dialog = window.sync.dialog
    qtbot.waitUntil(lambda: dialog.bar.maximum() > 1 and dialog.bar.value() >= 5, timeout=WAIT_MS)
    assert dialog.phase.text() == tr("SyncProgressDialog", "Sending…")
    assert dialog.cancel_button.isVisible() and dialog.cancel_button.isEnabled()
    dialog.grab().save(str(SHOTS / "sync_progress.png"))
    qtbot.mouseClick(dialog.cancel_button, qtbot_left())
    qtbot.waitUntil(lambda: not window.sync.running and window.sync.last_outcome is not None, timeout=WAIT_MS)

    assert window.sync.last_outcome.status == "cancelled"
    sent = hub_names(dsn)
    assert 0 < len(sent) < len(names)  # stopped between batches; what was sent stays
    qtbot.waitUntil(lambda: not window.sync.status.reading)
    assert window.sync.status.pending > 0
    stopped = tr("SyncController", "Sync stopped %1; what was done so far is kept").split("%1")[0]
    assert window.sync.status.plain_text().startswith(stopped)

    monkeypatch.setattr(sync_client, "sync", real_sync)
    monkeypatch.setattr(sync_client, "PUSH_BATCH", 500)
    sync_and_wait(qtbot, window)
    assert hub_names(dsn) == sorted(names)  # every company once: nothing lost, nothing doubled
    qtbot.waitUntil(lambda: not window.sync.status.reading)
    assert window.sync.status.pending == 0


def test_closing_the_window_mid_sync_stops_it_and_loses_nothing(qtbot, open_window, office, memory_keyring,
                                                                monkeypatch, tmp_path):
    dsn = office[1]
    names = [f"閉じるテスト{n:02d}" for n in range(30)]
    window, real_sync, path, settings = slow_sync_started(qtbot, open_window, office, monkeypatch, tmp_path, names)
    qtbot.waitUntil(lambda: window.sync.dialog.bar.value() >= 3, timeout=WAIT_MS)
    window.close()
    assert not window.sync.runner.running  # stopped at a batch boundary before the window went
    monkeypatch.setattr(sync_client, "sync", real_sync)
    monkeypatch.setattr(sync_client, "PUSH_BATCH", 500)
    store = open_store(path)
    try:
        conn = sync_client.connect(settings.dsn(), "tanaka", PASSWORDS["tanaka"])
        try:
            sync_client.sync(store, conn)
        finally:
            conn.close()
        assert LocalSync(store).pending_count() == 0
    finally:
        store.close()
    assert hub_names(dsn) == sorted(names)


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_a_wrong_password_is_said_in_one_line_and_the_app_goes_on(qtbot, open_window, office, memory_keyring,
                                                                  monkeypatch, tmp_path):
    cluster, dsn, dbname = office
    path = tmp_path / "a.sqlite3"
    laptop(path, "株式会社アルファ")
    settings = configure(cluster, dbname)
    window = open_laptop(open_window, qtbot, path)
    Prompt(monkeypatch, "not-the-password")

    sync_and_wait(qtbot, window, "failed")

    refused = tr("sync", "The hub refused the user name or password.")
    dialog = window.sync.dialog
    assert dialog.isVisible() and dialog.message.text() == refused
    assert "Traceback" not in dialog.message.text() and "\n" not in dialog.message.text()
    assert refused in window.sync.status.plain_text()
    dialog.grab().save(str(SHOTS / "sync_failed.png"))
    assert credentials.get_password(settings.dsn(), "tanaka") is None  # a wrong password is not kept
    assert hub_names(dsn) == []
    # The app goes on: the right password syncs.
    qtbot.mouseClick(dialog.close_button, qtbot_left())
    Prompt(monkeypatch, PASSWORDS["tanaka"])
    sync_and_wait(qtbot, window)
    assert hub_names(dsn) == ["株式会社アルファ"]


def test_a_stored_password_the_hub_refuses_says_how_to_forget_it(qtbot, open_window, office, memory_keyring,
                                                                 tmp_path):
    cluster, dsn, dbname = office
    path = tmp_path / "a.sqlite3"
    laptop(path, "株式会社アルファ")
    settings = configure(cluster, dbname)
    credentials.save_password(settings.dsn(), "tanaka", "changed-since")
    window = open_laptop(open_window, qtbot, path)
    sync_and_wait(qtbot, window, "failed")
    dialog = window.sync.dialog
    assert dialog.message.text() == tr("sync", "The hub refused the user name or password.")
    assert dialog.note.isVisible() and dialog.note.text() == tr(
        "SyncController",
        "If the password was changed on the hub, remove the stored one (Sync → Sync settings…) and sync again.")


def test_without_a_keyring_the_password_is_asked_each_time_and_why_is_said_once(
        qtbot, open_window, office, monkeypatch, tmp_path):
    cluster, dsn, dbname = office
    path = tmp_path / "a.sqlite3"
    laptop(path, "株式会社アルファ")
    configure(cluster, dbname)
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        window = open_laptop(open_window, qtbot, path)
        prompt = Prompt(monkeypatch, PASSWORDS["tanaka"], PASSWORDS["tanaka"])
        sync_and_wait(qtbot, window)
        note = tr("SyncController",
                  "This computer has no keyring to keep the password in, so it is asked for at every sync.")
        dialog = window.sync.dialog
        assert dialog.isVisible() and dialog.note.text() == note
        qtbot.mouseClick(dialog.close_button, qtbot_left())
        sync_and_wait(qtbot, window)
        assert len(prompt.asked) == 2
        assert not dialog.isVisible()  # said once
    finally:
        keyring.set_keyring(previous)


def make_conflict(qtbot, window, path_b: Path, dsn: str, company: str, field: str, mine: str, theirs: str):
    """Both laptops change the same field of ``company``; the other one syncs first."""
    run_engine(path_b, dsn, "suzuki")
    window.writer.submit(lambda store: store.companies.update(company, {field: mine}))
    window.writer.flush()
    b = open_store(path_b)
    b.companies.update(company, {field: theirs})
    b.close()
    run_engine(path_b, dsn, "suzuki")
    outcome = sync_and_wait(qtbot, window)
    assert outcome.result.conflicts == 1


def test_a_same_field_conflict_is_shown_and_keep_mine_settles_it(qtbot, open_window, office, memory_keyring,
                                                                 tmp_path):
    cluster, dsn, dbname = office
    path_a, path_b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    (company,) = laptop(path_a, "元の名前")
    settings = configure(cluster, dbname)
    credentials.save_password(settings.dsn(), "tanaka", PASSWORDS["tanaka"])
    window = open_laptop(open_window, qtbot, path_a)
    window.open_company(company)
    sync_and_wait(qtbot, window)
    make_conflict(qtbot, window, path_b, dsn, company, "name", "田中が直した名前", "鈴木が直した名前")

    status = window.sync.status
    qtbot.waitUntil(lambda: not status.reading)
    assert status.conflicts == 1
    assert tr("SyncStatus", "Conflicts %1").replace("%1", "1") in status.plain_text()
    status_bar_shot(qtbot, window, "sync_status_conflict.png")
    status.label.linkActivated.emit("conflicts")  # the status bar's link
    dialog = window.sync.conflicts_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.list.count() == 1
    assert dialog.mine.toPlainText() == "田中が直した名前"
    assert dialog.theirs.toPlainText() == "鈴木が直した名前"
    item = dialog.list.item(0).text()
    assert tr("ConflictsDialog", "Company") in item and tr("ConflictsDialog", "Company name") in item
    assert dialog.note.text() == tr("ConflictsDialog", "Your choice is sent to the hub at the next sync.")
    dialog.resize(1100, 640)
    qtbot.wait(50)
    dialog.grab().save(str(SHOTS / "sync_conflicts.png"))

    qtbot.mouseClick(dialog.keep_mine, qtbot_left())
    qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=5000)
    assert dialog.empty.isVisible()
    qtbot.waitUntil(lambda: not window.sync.status.reading and window.sync.status.conflicts == 0)
    assert window.workspace.title.text() == "田中が直した名前"

    sync_and_wait(qtbot, window)
    run_engine(path_b, dsn, "suzuki")
    b = open_store(path_b)
    try:
        assert b.companies.get(company)["name"] == "田中が直した名前"
        assert LocalSync(b).conflicts() == []
    finally:
        b.close()
    assert hub_names(dsn) == ["田中が直した名前"]
    with psycopg.connect(dsn) as conn:
        assert conn.execute("SELECT count(*) FROM banso.conflict WHERE NOT resolved").fetchone()[0] == 0


def test_join_both_texts_then_save(qtbot, open_window, office, memory_keyring, tmp_path):
    cluster, dsn, dbname = office
    path_a, path_b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    (company,) = laptop(path_a, "メモの会社")
    settings = configure(cluster, dbname)
    credentials.save_password(settings.dsn(), "tanaka", PASSWORDS["tanaka"])
    window = open_laptop(open_window, qtbot, path_a)
    sync_and_wait(qtbot, window)
    make_conflict(qtbot, window, path_b, dsn, company, "memo", "田中：社長と面談", "鈴木：銀行と同行")

    dialog = window.sync.show_conflicts()
    assert dialog.combine.isEnabled()
    qtbot.mouseClick(dialog.combine, qtbot_left())
    assert dialog.combined_box.isVisible()
    assert dialog.combined.toPlainText() == "田中：社長と面談\n鈴木：銀行と同行"
    dialog.combined.setPlainText("田中：社長と面談\n鈴木：銀行と同行（両方）")
    qtbot.wait(50)
    dialog.grab().save(str(SHOTS / "sync_conflicts_join.png"))
    qtbot.mouseClick(dialog.save_combined, qtbot_left())
    qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=5000)

    sync_and_wait(qtbot, window)
    run_engine(path_b, dsn, "suzuki")
    b = open_store(path_b)
    try:
        assert b.companies.get(company)["memo"] == "田中：社長と面談\n鈴木：銀行と同行（両方）"
    finally:
        b.close()
    assert window.store.companies.get(company)["memo"] == "田中：社長と面談\n鈴木：銀行と同行（両方）"


def test_a_delete_against_an_edit_says_who_deleted(qtbot, open_window, office, memory_keyring, tmp_path):
    cluster, dsn, dbname = office
    path_a, path_b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    (company,) = laptop(path_a, "消すか直すか")
    settings = configure(cluster, dbname)
    credentials.save_password(settings.dsn(), "tanaka", PASSWORDS["tanaka"])
    window = open_laptop(open_window, qtbot, path_a)
    sync_and_wait(qtbot, window)
    run_engine(path_b, dsn, "suzuki")
    b = open_store(path_b)
    b.companies.update(company, {"memo": "まだ取引がある"})
    b.close()
    run_engine(path_b, dsn, "suzuki")
    window.writer.submit(lambda store: store.companies.trash(company))
    window.writer.flush()
    outcome = sync_and_wait(qtbot, window)
    assert outcome.result.conflicts == 1

    dialog = window.sync.show_conflicts()
    assert dialog.mine.toPlainText() == tr("ConflictsDialog", "Deleted on this computer.")
    theirs = dialog.theirs.toPlainText()
    assert theirs.startswith(tr("ConflictsDialog", "Changed by someone else:")) and "まだ取引がある" in theirs
    assert not dialog.combine.isEnabled()
    qtbot.wait(50)
    dialog.grab().save(str(SHOTS / "sync_conflicts_delete.png"))
    qtbot.mouseClick(dialog.keep_theirs, qtbot_left())
    qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=5000)
    assert "消すか直すか" in list_names(window)  # it came back with their change


def test_the_settings_dialog_builds_the_connection_and_forgets_the_password(qtbot, memory_keyring, monkeypatch,
                                                                           tmp_path):
    ca = tmp_path / "office-ca.crt"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    dialog = HubSettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.port.value() == 5432 and dialog.sslmode.currentData() == "prefer"
    dialog.host.setText("hub.example.or.jp")
    dialog.database.setText("banso")
    dialog.user.setText("tanaka")
    dialog.sslmode.setCurrentIndex(dialog.sslmode.findData("verify-full"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(ca), ""))
    qtbot.mouseClick(dialog.findChild(type(dialog.forget_button), "hubChooseCa"), qtbot_left())
    assert dialog.ca_file.text() == str(ca)
    dialog.grab().save(str(SHOTS / "sync_settings.png"))
    dialog.accept()

    saved = HubSettings.load()
    assert saved == HubSettings("hub.example.or.jp", 5432, "banso", "tanaka", "verify-full", str(ca))
    parts = conninfo_to_dict(saved.dsn())
    assert parts == {"host": "hub.example.or.jp", "port": "5432", "dbname": "banso", "sslmode": "verify-full",
                     "sslrootcert": str(ca)}
    assert "password" not in Path(QSettings().fileName()).read_text(encoding="utf-8").lower()

    credentials.save_password(saved.dsn(), "tanaka", "secret")
    again = HubSettingsDialog()
    qtbot.addWidget(again)
    assert again.host.text() == "hub.example.or.jp" and again.sslmode.currentData() == "verify-full"
    qtbot.mouseClick(again.forget_button, qtbot_left())
    assert credentials.get_password(saved.dsn(), "tanaka") is None
    assert again.message.text()


def test_without_settings_the_sync_asks_for_them_first(qtbot, open_window, monkeypatch, tmp_path):
    window = open_laptop(open_window, qtbot, tmp_path / "a.sqlite3")
    counted(qtbot, window.sync.status)
    assert tr("SyncStatus", "Sync not set up") in window.sync.status.plain_text()
    shown = []
    monkeypatch.setattr(HubSettingsDialog, "exec", lambda self: shown.append(self) or 0)
    window.sync_action.trigger()
    assert len(shown) == 1 and not window.sync.running
