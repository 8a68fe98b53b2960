"""Office sync in the app: the hub's settings, 今すぐ同期 with progress and 中止, the
status in the status bar, and the conflicts to resolve (issue 7; the engine is
``banso_desktop.sync``).

Threads. A sync runs on its own thread with **its own store** on the same file
(``open_store``; SQLite's WAL lets it work beside the UI's reader and the Writer), so
the window never freezes and typing goes on during a sync: those edits are captured and
go with the next sync. Before it starts, the window's pending autosaves are flushed, so
what is on screen is what is sent. The thread ends by closing its store. Progress and
the outcome come back to the UI thread as queued signals.

Resolving a conflict is a small local write like any edit, so it goes through the
window's Writer (``ui/ops.py``), in order with the autosaves: an edit typed before the
choice commits before it. The choice is sent to the hub by the next sync.

The password is never stored in settings: ``BANSO_HUB_PASSWORD``, the OS keyring, or
asked for (and kept in the keyring after it worked, when there is one).
"""

from __future__ import annotations

import json
import logging
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from banso_desktop.data import design_sheet, rokaben_sheet
from banso_desktop.domain.text import UserError
from banso_desktop.store import Store, open_store
from banso_desktop.sync import BOOKKEEPING, SYNCED_TABLES
from banso_desktop.sync import client as sync_client
from banso_desktop.sync import credentials
from banso_desktop.sync.local import LocalSync, read_status
from banso_desktop.ui import labels
from banso_desktop.ui.ops import Writer

log = logging.getLogger(__name__)

STATUS_REFRESH_MS = 30_000  # the status bar's counts are read again this often
SHUTDOWN_WAIT_S = 20.0  # closing the window waits this long for a sync to stop
ERROR_STYLE = "color: #b3261e;"
GREY = "#5f6368"
SSL_MODES = ("disable", "prefer", "require", "verify-full")
SETTINGS_GROUP = "sync"
REFUSED = "The hub refused the user name or password."  # the engine's message (context "sync")


# --- settings ------------------------------------------------------------------------


@dataclass
class HubSettings:
    """Where the office hub is and who this consultant is on it (never the password)."""

    host: str = ""
    port: int = 5432
    database: str = ""
    user: str = ""
    sslmode: str = "prefer"
    ca_file: str = ""

    @classmethod
    def load(cls, settings: QSettings | None = None) -> "HubSettings":
        s = settings or QSettings()
        try:
            port = int(s.value(f"{SETTINGS_GROUP}/port", 5432) or 5432)
        except (TypeError, ValueError):
            port = 5432
        mode = str(s.value(f"{SETTINGS_GROUP}/sslmode", "prefer") or "prefer")
        return cls(
            host=str(s.value(f"{SETTINGS_GROUP}/host", "") or ""),
            port=port,
            database=str(s.value(f"{SETTINGS_GROUP}/database", "") or ""),
            user=str(s.value(f"{SETTINGS_GROUP}/user", "") or ""),
            sslmode=mode if mode in SSL_MODES else "prefer",
            ca_file=str(s.value(f"{SETTINGS_GROUP}/ca_file", "") or ""),
        )

    def save(self, settings: QSettings | None = None) -> None:
        s = settings or QSettings()
        for key, value in (("host", self.host), ("port", self.port), ("database", self.database),
                           ("user", self.user), ("sslmode", self.sslmode), ("ca_file", self.ca_file)):
            s.setValue(f"{SETTINGS_GROUP}/{key}", value)
        s.sync()

    @property
    def configured(self) -> bool:
        return bool(self.host and self.database and self.user)

    def dsn(self) -> str:
        """The connection string (without user and password, which connect() adds)."""
        from psycopg.conninfo import make_conninfo

        return make_conninfo(
            "", host=self.host or None, port=str(self.port), dbname=self.database or None,
            sslmode=self.sslmode, sslrootcert=self.ca_file or None,
        )


class HubSettingsDialog(QDialog):
    """同期の設定: server, database, user name, TLS. Saved in the settings on OK."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hubSettings")
        self.setWindowTitle(self.tr("Sync settings"))
        self.setMinimumWidth(520)
        current = HubSettings.load()
        self.host = QLineEdit(current.host)
        self.host.setObjectName("hubHost")
        self.host.setPlaceholderText(self.tr("e.g. hub.example.or.jp"))
        self.port = QSpinBox()
        self.port.setObjectName("hubPort")
        self.port.setRange(1, 65535)
        self.port.setValue(current.port)
        self.database = QLineEdit(current.database)
        self.database.setObjectName("hubDatabase")
        self.database.setPlaceholderText(self.tr("e.g. banso"))
        self.user = QLineEdit(current.user)
        self.user.setObjectName("hubUser")
        self.user.setPlaceholderText(self.tr("your user name on the hub"))
        self.sslmode = QComboBox()
        self.sslmode.setObjectName("hubSslmode")
        for mode, text in (
            ("disable", self.tr("Off (disable)")),
            ("prefer", self.tr("When the server offers it (prefer)")),
            ("require", self.tr("Always, without checking the certificate (require)")),
            ("verify-full", self.tr("Always, checking the certificate and host name (verify-full)")),
        ):
            self.sslmode.addItem(text, mode)
        self.sslmode.setCurrentIndex(max(self.sslmode.findData(current.sslmode), 0))
        self.ca_file = QLineEdit(current.ca_file)
        self.ca_file.setObjectName("hubCaFile")
        self.ca_file.setPlaceholderText(self.tr("the office's CA certificate (.crt / .pem), if it has one"))
        choose = QPushButton(self.tr("Choose…"))
        choose.setObjectName("hubChooseCa")
        choose.clicked.connect(self._choose_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(choose)

        form = QFormLayout()
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Encryption (TLS)"), self.sslmode)
        form.addRow(self.tr("CA file"), ca_row)

        note = QLabel(self.tr(
            "The password is never written into the settings: it is asked for at the first sync "
            "and kept in this computer's keyring."))
        note.setWordWrap(True)
        note.setStyleSheet(f"color: {GREY};")
        self.forget_button = QPushButton(self.tr("Forget the stored password"))
        self.forget_button.setObjectName("hubForgetPassword")
        self.forget_button.clicked.connect(self.forget_password)
        self.message = QLabel()
        self.message.setObjectName("hubSettingsMessage")
        self.message.setWordWrap(True)
        forget_row = QHBoxLayout()
        forget_row.addWidget(self.forget_button)
        forget_row.addWidget(self.message, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addLayout(forget_row)
        layout.addWidget(buttons)

    def values(self) -> HubSettings:
        return HubSettings(
            host=self.host.text().strip(), port=self.port.value(), database=self.database.text().strip(),
            user=self.user.text().strip(), sslmode=self.sslmode.currentData() or "prefer",
            ca_file=self.ca_file.text().strip(),
        )

    def _choose_ca(self) -> None:
        start = self.ca_file.text() or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("The office's CA certificate"), start,
            self.tr("Certificates (*.crt *.pem *.cer);;All files (*)"))
        if path:
            self.ca_file.setText(path)

    def forget_password(self) -> None:
        """Remove the password kept in the keyring for this server and user."""
        hub = self.values()
        credentials.forget_password(hub.dsn(), hub.user)
        self.message.setText(self.tr("The stored password was removed; the next sync asks for it."))

    def accept(self) -> None:
        self.values().save()
        super().accept()


# --- the sync thread ---------------------------------------------------------------


@dataclass
class SyncJob:
    db_path: Path
    dsn: str
    user: str
    password: str
    save_password: bool  # typed by the user: keep it in the keyring once it worked
    stored: bool = False  # the password came from the keyring
    cancel: threading.Event = field(default_factory=threading.Event)


@dataclass
class SyncOutcome:
    status: str  # "ok" | "cancelled" | "failed"
    result: Any = None  # SyncResult when ok
    error: BaseException | None = None  # when failed (rendered on the UI thread)
    keyring: bool | None = None  # False: the typed password could not be kept


class SyncRunner(QObject):
    """One sync at a time, on its own thread with its own store on the same file."""

    progress = Signal(str, int, int)  # phase ("connect" | "push" | "pull"), done, total
    finished = Signal(object)  # SyncOutcome

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job: SyncJob | None = None
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, job: SyncJob) -> None:
        if self.running:
            raise RuntimeError("a sync is already running")
        if self._thread is not None:
            self._thread.join()  # the last one has said it finished; it is ending
        self.job = job
        self._thread = threading.Thread(target=self._run, args=(job,), name="banso-sync", daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        """Stop at the next batch boundary; what was sent or received is kept."""
        if self.job is not None:
            self.job.cancel.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the thread to end; True when it has."""
        if self._thread is not None:
            self._thread.join(timeout)
        return not self.running

    def _emit(self, signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the window was closed meanwhile
            pass

    def _run(self, job: SyncJob) -> None:
        outcome = SyncOutcome("failed")
        store: Store | None = None
        try:
            self._emit(self.progress, "connect", 0, 0)
            store = open_store(job.db_path, create=False)
            conn = sync_client.connect(job.dsn, job.user, job.password)
            try:
                if job.save_password:
                    outcome.keyring = credentials.save_password(job.dsn, job.user, job.password)
                result = sync_client.sync(
                    store, conn,
                    progress=lambda phase, done, total: self._emit(self.progress, phase, done, total),
                    cancel=job.cancel.is_set,
                )
            finally:
                conn.close()
            outcome.status, outcome.result = "ok", result
        except sync_client.Cancelled:
            outcome.status = "cancelled"
        except Exception as exc:  # noqa: BLE001 - said to the user in one line, never a traceback
            if not isinstance(exc, UserError):
                log.error("sync failed", exc_info=exc)
            outcome.error = exc
        finally:
            if store is not None:
                try:
                    store.close()
                except Exception:  # noqa: BLE001 - closing must not hide the outcome
                    log.exception("closing the sync thread's store failed")
        self._emit(self.finished, outcome)


def error_text(exc: BaseException | None) -> str:
    """One line for the user: a UserError in their language, anything else by its name."""
    if isinstance(exc, UserError):
        return exc.render(QCoreApplication.translate)
    if exc is None:
        return ""
    return f"{type(exc).__name__}: {exc}".splitlines()[0]


def local_time(stamp: str | None) -> datetime | None:
    """A stored UTC timestamp (2025-05-12T01:42:00.000Z) in local time."""
    if not stamp:
        return None
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone()


def when_text(moment: datetime | None) -> str:
    """10:42 today, 2025-05-12 10:42 on another day."""
    if moment is None:
        return ""
    if moment.date() == datetime.now().astimezone().date():
        return moment.strftime("%H:%M")
    return moment.strftime("%Y-%m-%d %H:%M")


# --- progress ------------------------------------------------------------------------


class SyncProgressDialog(QDialog):
    """Phase, a bar with done/total and 中止; the outcome when it needs reading."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncProgress")
        self.setWindowTitle(self.tr("Sync with the office hub"))
        self.setMinimumWidth(440)
        self.phase = QLabel()
        self.phase.setObjectName("syncPhase")
        self.bar = QProgressBar()
        self.bar.setObjectName("syncBar")
        self.bar.setTextVisible(False)
        self.count = QLabel()
        self.count.setObjectName("syncCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.message = QLabel()
        self.message.setObjectName("syncMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel()
        self.note.setObjectName("syncKeyringNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {GREY};")
        self.cancel_button = QPushButton(self.tr("Stop"))
        self.cancel_button.setObjectName("syncCancel")
        self.cancel_button.setToolTip(self.tr("Stop after the current batch; what was sent or received so far is kept."))
        self.cancel_button.clicked.connect(self._cancel)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("syncClose")
        self.close_button.clicked.connect(self.hide)
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.count)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.phase)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.start()

    def start(self) -> None:
        """A new sync: empty bar, 中止 available."""
        self.show_phase("connect", 0, 0)
        self.message.clear()
        self.message.setStyleSheet("")
        self.message.hide()
        self.note.clear()
        self.note.hide()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.close_button.hide()

    def phase_text(self, phase: str) -> str:
        return {
            "connect": self.tr("Connecting to the hub…"),
            "push": self.tr("Sending…"),
            "pull": self.tr("Receiving…"),
        }.get(phase, phase)

    def show_phase(self, phase: str, done: int, total: int) -> None:
        if self.cancel_button.isEnabled() or phase == "connect":
            self.phase.setText(self.phase_text(phase))
        if phase == "connect":
            self.bar.setRange(0, 0)  # busy until the hub answers
            self.count.clear()
            return
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, total) if total else 0)
        self.count.setText(self.tr("%1 / %2").replace("%1", str(done)).replace("%2", str(total)))

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.phase.setText(self.tr("Stopping after the current batch…"))
        self.cancel_requested.emit()

    def show_outcome(self, text: str, failed: bool, note: str = "") -> None:
        """Keep the dialog open with the outcome to read and 閉じる."""
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if failed else "")
        self.message.show()
        if note:
            self.note.setText(note)
            self.note.show()
        self.phase.setText(self.tr("Sync failed") if failed else self.tr("Sync finished"))
        if failed:
            self.bar.setRange(0, 1)
            self.bar.setValue(0)
        else:
            self.bar.setRange(0, 1)
            self.bar.setValue(1)
        self.cancel_button.hide()
        self.close_button.show()
        self.close_button.setFocus()


# --- status bar ----------------------------------------------------------------------


class SyncStatus(QWidget):
    """Last sync, changes waiting, conflicts (a link) and the 同期 button."""

    sync_requested = Signal()
    conflicts_requested = Signal()
    settings_requested = Signal()
    _counted = Signal(object)  # the reading thread's future: (pending, conflicts, last sync)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.store = store
        self.label = QLabel()
        self.label.setObjectName("syncStatusLabel")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.label.linkActivated.connect(self._link)
        self.button = QToolButton()
        self.button.setObjectName("syncButton")
        self.button.setText(self.tr("Sync"))
        self.button.setToolTip(self.tr("Sync with the office hub now (Ctrl+Shift+Y)"))
        self.button.setAutoRaise(False)
        self.button.clicked.connect(self.sync_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self.configured = False
        self.running_text = ""  # while a sync runs: its phase and counts
        self.outcome = ""  # the last sync of this session, shown until the next
        self.outcome_failed = False
        self.pending = 0
        self.conflicts = 0
        self.last_sync: datetime | None = None
        self.reading = False  # a count is being read on its thread
        self._read_again = False
        self._reader: ThreadPoolExecutor | None = ThreadPoolExecutor(1, thread_name_prefix="banso-sync-status")
        self._counted.connect(self._counted_future, Qt.ConnectionType.QueuedConnection)
        self._timer = QTimer(self)
        self._timer.setInterval(STATUS_REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        QTimer.singleShot(0, self.refresh)  # off the window's start-up

    def refresh(self) -> None:
        """Read the counts again and show them. The counts are read on a thread of
        their own: on a laptop that never synced, counting 300,000 waiting changes
        takes ~0.1 s, which the window must not stall for."""
        self.configured = HubSettings.load().configured
        self.render()
        if self.reading:
            self._read_again = True
            return
        if self._reader is None:
            return  # stopped: the window is closing
        self.reading = True
        self._read_again = False
        future = self._reader.submit(read_status, self.store.path)
        # Back on the UI thread through a queued signal, as the writer's results come.
        future.add_done_callback(lambda f: self._counted.emit(f))

    def _counted_future(self, future) -> None:
        if self._reader is None:
            return  # arrived after stop()
        try:
            counts = future.result()
        except Exception as exc:  # noqa: BLE001 - a status line must never break the window
            log.warning("reading the sync status failed: %s", exc)
            counts = None
        self._show_counts(counts)

    def _show_counts(self, counts: tuple[int, int, str | None] | None) -> None:
        self.reading = False
        if counts is not None:
            self.pending, self.conflicts, last = counts
            self.last_sync = local_time(last)
        self.render()
        if self._read_again:
            self.refresh()

    def render(self) -> None:
        sep = escape(self.tr(" · "))
        parts: list[str] = []
        if self.running_text:
            parts.append(escape(self.running_text))
        elif self.outcome:
            text = escape(self.outcome)
            parts.append(f"<span style='{ERROR_STYLE}'>{text}</span>" if self.outcome_failed else text)
        elif not self.configured and self.last_sync is None:
            unset = escape(self.tr("Sync not set up"))
            parts.append(f"<a href='settings'>{unset}</a>")
        elif self.last_sync is None:
            parts.append(escape(self.tr("Not synced yet")))
        else:
            parts.append(escape(self.tr("Last sync %1").replace("%1", when_text(self.last_sync))))
        if self.pending:
            parts.append(escape(self.tr("%1 to send").replace("%1", str(self.pending))))
        if self.conflicts:
            link = self.tr("Conflicts %1").replace("%1", str(self.conflicts))
            parts.append(f"<a href='conflicts' style='color: #b3261e;'>{escape(link)}</a>")
        # pre: a full-width space (　) in a translation is kept, not folded into one space
        self.label.setText("<span style='white-space: pre;'>" + sep.join(parts) + "</span>")
        tips = []
        if self.last_sync is not None:
            tips.append(self.tr("Last sync: %1").replace("%1", self.last_sync.strftime("%Y-%m-%d %H:%M")))
        tips.append(self.tr("Changes waiting to be sent: %1").replace("%1", str(self.pending)))
        tips.append(self.tr("Conflicts to resolve: %1").replace("%1", str(self.conflicts)))
        self.label.setToolTip("\n".join(tips))

    def plain_text(self) -> str:
        """What the label says, without markup (for tests and accessibility)."""
        from PySide6.QtGui import QTextDocument

        doc = QTextDocument()
        doc.setHtml(self.label.text())
        return doc.toPlainText()

    def stop(self) -> None:
        self._timer.stop()
        reader, self._reader = self._reader, None
        if reader is not None:
            reader.shutdown(wait=True)  # a count under way ends before the file is let go of

    def _link(self, target: str) -> None:
        if target == "conflicts":
            self.conflicts_requested.emit()
        elif target == "settings":
            self.settings_requested.emit()


# --- the controller ------------------------------------------------------------------


class SyncController(QObject):
    """今すぐ同期: settings, password, the sync thread, progress, status and views.

    ``window`` is the MainWindow: its store (read), writer, ``flush()`` and
    ``reload_after_sync()``.
    """

    synced = Signal(object)  # SyncResult, after a sync that finished
    data_changed = Signal()  # rows of the file changed underneath the views

    def __init__(self, window, parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self.window = window
        self.store: Store = window.store
        self.writer: Writer = window.writer
        self.status = SyncStatus(self.store)
        self.status.sync_requested.connect(self.sync_now)
        self.status.conflicts_requested.connect(self.show_conflicts)
        self.status.settings_requested.connect(self.show_settings)
        self.runner = SyncRunner(self)
        self.runner.progress.connect(self._progress)
        self.runner.finished.connect(self._finished)
        self.dialog: SyncProgressDialog | None = None
        self.conflicts_dialog: ConflictsDialog | None = None
        self.keyring_note_shown = False
        self.last_outcome: SyncOutcome | None = None
        self._active = False  # from start until its outcome has been shown
        self._received = 0  # rows received by the running sync (applied as they came)

    @property
    def running(self) -> bool:
        return self._active or self.runner.running

    # --- settings ---

    def show_settings(self) -> bool:
        """The settings dialog; True when it was saved."""
        dialog = HubSettingsDialog(self.window)
        saved = dialog.exec() == QDialog.DialogCode.Accepted
        self.status.refresh()
        return saved

    # --- syncing ---

    def sync_now(self) -> None:
        """Flush what was typed, get the password, and sync on the sync thread."""
        if self.running:
            self._show_dialog()
            return
        hub = HubSettings.load()
        if not hub.configured:
            if not self.show_settings():
                return
            hub = HubSettings.load()
            if not hub.configured:
                return
        self.window.flush()  # what is on screen is what is sent
        dsn = hub.dsn()
        password = credentials.get_password(dsn, hub.user)
        stored = bool(password) and not os.environ.get(credentials.ENV)
        typed = False
        if not password:
            text, ok = QInputDialog.getText(
                self.window,
                self.tr("Sync with the office hub"),
                self.tr("Password of %1 on %2:").replace("%1", hub.user).replace("%2", hub.host),
                QLineEdit.EchoMode.Password,
            )
            if not ok or not text:
                return
            password, typed = text, True
        self._received = 0
        self._active = True
        self.runner.start(SyncJob(Path(self.store.path), dsn, hub.user, password, typed, stored))
        self.status.outcome = ""
        self.status.running_text = self.tr("Syncing…")
        self.status.render()
        dialog = self._show_dialog()
        dialog.start()

    def _show_dialog(self) -> SyncProgressDialog:
        if self.dialog is None:
            self.dialog = SyncProgressDialog(self.window)
            self.dialog.cancel_requested.connect(self.cancel)
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def cancel(self) -> None:
        self.runner.cancel()
        self.status.running_text = self.tr("Stopping the sync…")
        self.status.render()

    def _progress(self, phase: str, done: int, total: int) -> None:
        if phase == "pull":
            self._received = max(self._received, done)
        if self.dialog is not None:
            self.dialog.show_phase(phase, done, total)
        if self.runner.job is not None and self.runner.job.cancel.is_set():
            return
        text = self.dialog.phase_text(phase) if self.dialog is not None else ""
        if phase != "connect":
            text += " " + self.tr("%1 / %2").replace("%1", str(done)).replace("%2", str(total))
        self.status.running_text = text
        self.status.render()

    def _finished(self, outcome: SyncOutcome) -> None:
        self._active = False
        self.last_outcome = outcome
        self.status.running_text = ""
        now = datetime.now().strftime("%H:%M")
        dialog = self.dialog
        if outcome.status == "ok":
            r = outcome.result
            self.status.outcome = (
                self.tr("Synced %1: sent %2 · received %3")
                .replace("%1", now).replace("%2", str(r.pushed)).replace("%3", str(r.pulled))
            )
            self.status.outcome_failed = False
            note = ""
            if outcome.keyring is False and not self.keyring_note_shown:
                self.keyring_note_shown = True
                note = self.tr(
                    "This computer has no keyring to keep the password in, so it is asked for at every sync.")
            if dialog is not None:
                if note or r.conflicts:
                    text = self.status.outcome
                    if r.conflicts:
                        text += "\n" + self.tr(
                            "Conflicts to resolve: %1 (Sync → Resolve conflicts…)").replace("%1", str(r.conflicts))
                    dialog.show_outcome(text, failed=False, note=note)
                else:
                    dialog.hide()
        elif outcome.status == "cancelled":
            self.status.outcome = self.tr("Sync stopped %1; what was done so far is kept").replace("%1", now)
            self.status.outcome_failed = False
            if dialog is not None:
                dialog.hide()
        else:
            message = error_text(outcome.error)
            self.status.outcome = self.tr("Sync failed: %1").replace("%1", message)
            self.status.outcome_failed = True
            note = ""
            job = self.runner.job
            if job is not None and job.stored and isinstance(outcome.error, UserError) \
                    and outcome.error.message == REFUSED:
                note = self.tr("If the password was changed on the hub, remove the stored one "
                               "(Sync → Sync settings…) and sync again.")
            if dialog is not None:
                dialog.show_outcome(message, failed=True, note=note)
        self.status.refresh()
        if self._received or (outcome.status == "ok" and (outcome.result.pulled or outcome.result.new_hub)):
            self.data_changed.emit()  # pulled rows changed the file (also before a stop or failure)
        if self.conflicts_dialog is not None and self.conflicts_dialog.isVisible():
            self.conflicts_dialog.load()
        if outcome.status == "ok":
            self.synced.emit(outcome.result)

    # --- conflicts ---

    def show_conflicts(self) -> "ConflictsDialog":
        self.window.flush()
        if self.conflicts_dialog is None:
            self.conflicts_dialog = ConflictsDialog(self.store, self.writer, self.window)
            self.conflicts_dialog.resolved.connect(self._resolved)
        self.conflicts_dialog.load()
        self.conflicts_dialog.show()
        self.conflicts_dialog.raise_()
        self.conflicts_dialog.activateWindow()
        return self.conflicts_dialog

    def _resolved(self) -> None:
        self.status.refresh()
        self.data_changed.emit()

    # --- closing ---

    def shutdown(self) -> None:
        """The window closes: stop a running sync at its next batch and wait for it."""
        if self.running:
            self.runner.cancel()
            if not self.runner.wait(SHUTDOWN_WAIT_S):
                log.warning("the sync thread did not stop within %s s", SHUTDOWN_WAIT_S)
        self.status.stop()


# --- conflicts -----------------------------------------------------------------------


_HIDDEN_COLUMNS = frozenset({"id", "seq", "search_text", "organization_id", "company_id", "session_id",
                             "sheet_id", "issue_id", "action_id", "kpi_id", "note_id", "position"})


class ConflictsDialog(QDialog):
    """Open conflicts in a list; the selected one side by side with 自分の版を残す /
    相手の版を残す / 両方をつなげる. Resolving goes through the Writer."""

    resolved = Signal()  # a conflict was resolved (rows of this file may have changed)

    def __init__(self, store: Store, writer: Writer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.writer = store, writer
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Resolve sync conflicts"))
        self.resize(980, 600)
        self.conflicts: list[dict[str, Any]] = []
        self.current: dict[str, Any] | None = None
        self._busy = False

        self.list = QListWidget()
        self.list.setObjectName("conflictList")
        self.list.setWordWrap(True)
        self.list.setStyleSheet(
            "QListWidget::item { padding: 6px 4px; border-bottom: 1px solid #eceff1; }"
            "QListWidget::item:selected { background: #d3e3fd; color: black; }"
        )
        self.list.currentRowChanged.connect(self._select)
        self.empty = QLabel(self.tr("No conflicts to resolve."))
        self.empty.setObjectName("conflictsEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet(f"color: {GREY};")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.empty)

        self.title = QLabel()
        self.title.setObjectName("conflictTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.explain = QLabel()
        self.explain.setObjectName("conflictExplain")
        self.explain.setTextFormat(Qt.TextFormat.RichText)
        self.explain.setWordWrap(True)
        self.mine = QPlainTextEdit()
        self.mine.setObjectName("conflictMine")
        self.mine.setReadOnly(True)
        self.theirs = QPlainTextEdit()
        self.theirs.setObjectName("conflictTheirs")
        self.theirs.setReadOnly(True)
        mine_box = QGroupBox(self.tr("My version (this computer)"))
        QVBoxLayout(mine_box).addWidget(self.mine)
        theirs_box = QGroupBox(self.tr("Their version (the hub)"))
        QVBoxLayout(theirs_box).addWidget(self.theirs)
        sides = QHBoxLayout()
        sides.addWidget(mine_box, 1)
        sides.addWidget(theirs_box, 1)

        self.keep_mine = QPushButton(self.tr("Keep my version"))
        self.keep_mine.setObjectName("keepMine")
        self.keep_mine.clicked.connect(lambda: self.resolve("mine"))
        self.keep_theirs = QPushButton(self.tr("Keep their version"))
        self.keep_theirs.setObjectName("keepTheirs")
        self.keep_theirs.clicked.connect(lambda: self.resolve("theirs"))
        self.combine = QPushButton(self.tr("Join both"))
        self.combine.setObjectName("combineBoth")
        self.combine.setToolTip(self.tr("Put both texts together and edit them before saving"))
        self.combine.clicked.connect(self._start_combining)
        choice_row = QHBoxLayout()
        choice_row.addWidget(self.keep_mine)
        choice_row.addWidget(self.keep_theirs)
        choice_row.addWidget(self.combine)
        choice_row.addStretch(1)

        self.combined_box = QGroupBox(self.tr("Both joined (edit as you like, then save)"))
        self.combined_box.setObjectName("combinedBox")
        self.combined = QPlainTextEdit()
        self.combined.setObjectName("conflictCombined")
        self.save_combined = QPushButton(self.tr("Save"))
        self.save_combined.setObjectName("saveCombined")
        self.save_combined.clicked.connect(lambda: self.resolve("combined", self.combined.toPlainText()))
        cancel_combined = QPushButton(self.tr("Cancel"))
        cancel_combined.clicked.connect(lambda: self.combined_box.hide())
        combined_buttons = QHBoxLayout()
        combined_buttons.addStretch(1)
        combined_buttons.addWidget(cancel_combined)
        combined_buttons.addWidget(self.save_combined)
        combined_layout = QVBoxLayout(self.combined_box)
        combined_layout.addWidget(self.combined)
        combined_layout.addLayout(combined_buttons)
        self.combined_box.hide()

        self.note = QLabel(self.tr("Your choice is sent to the hub at the next sync."))
        self.note.setObjectName("conflictNote")
        self.note.setStyleSheet(f"color: {GREY};")
        self.message = QLabel()
        self.message.setObjectName("conflictMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.explain)
        right_layout.addLayout(sides, 1)
        right_layout.addLayout(choice_row)
        right_layout.addWidget(self.combined_box, 1)
        right_layout.addWidget(self.message)
        right_layout.addWidget(self.note)
        self.detail = right

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([320, 640])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        lang = labels.language()
        self._item_names = {i.key: i.label.text(lang) for p in rokaben_sheet().perspectives for i in p.items}
        self._item_names.update({i.key: i.label.text(lang) for i in rokaben_sheet().summary})
        self._item_names.update({i.key: i.label.text(lang) for i in design_sheet().items()})

    # --- loading ---

    def load(self) -> None:
        """Read the open conflicts again, keeping the selected one when it is still open."""
        keep = self.current["id"] if self.current else None
        joining = self.combined.toPlainText() if self.combined_box.isVisible() else None
        self.conflicts = LocalSync(self.store).conflicts()
        self.list.blockSignals(True)
        self.list.clear()
        select = 0
        for i, c in enumerate(self.conflicts):
            item = QListWidgetItem(self.describe(c))
            item.setData(Qt.ItemDataRole.UserRole, c["id"])
            self.list.addItem(item)
            if c["id"] == keep:
                select = i
        self.list.blockSignals(False)
        has = bool(self.conflicts)
        self.empty.setVisible(not has)
        self.detail.setEnabled(has)
        if has:
            self.list.setCurrentRow(select)
            self._select(select)
            if joining is not None and self.conflicts[select]["id"] == keep:
                self.combined.setPlainText(joining)  # a sync ended while both were being joined
                self.combined_box.show()
        else:
            self.current = None
            self.title.setText(self.tr("No conflicts to resolve."))
            self.explain.clear()
            self.mine.clear()
            self.theirs.clear()
            self.combined_box.hide()

    # --- describing a conflict ---

    table_name = staticmethod(labels.table_name)
    field_name = staticmethod(labels.field_name)

    def _local_row(self, table: str, row_id: str) -> dict[str, Any] | None:
        if table not in SYNCED_TABLES:
            return None
        try:
            for row in self.store.db[table].rows_where("id = ?", [row_id], limit=1):
                return row
        except Exception:  # noqa: BLE001 - a description must never fail
            return None
        return None

    def _row_of(self, c: dict[str, Any]) -> dict[str, Any]:
        """What is known of the conflict's row: here, else either side's copy."""
        row = self._local_row(c["table_name"], c["row_id"]) or {}
        for side in (c.get("theirs"), c.get("mine"), c.get("base")):
            if isinstance(side, dict):
                row = {**side, **row}
        return row

    def company_name(self, c: dict[str, Any]) -> str:
        """The name of the company the conflict's row belongs to ("" for office data)."""
        row = self._row_of(c)
        if c["table_name"] == "company":
            return row.get("name") or self.tr("(no name yet)")
        company_id = row.get("company_id")
        if not company_id:
            return ""
        company = self.store.companies.get(company_id)
        return (company or {}).get("name") or self.tr("(no name yet)")

    def where(self, c: dict[str, Any]) -> str:
        """事業者「株式会社アルファ」 › 商号, 事業者「…」 › ロカベン › 経営者：ビジョン, 支援者 › 名称 …"""
        table = c["table_name"]
        crumbs: list[str] = []
        company = self.company_name(c)
        if company:
            crumbs.append(self.table_name("company") + self.tr("“%1”").replace("%1", company))
        if table != "company":
            crumbs.append(self.table_name(table))
        if table in ("rokaben_text", "design_text"):
            key = self._row_of(c).get("key")
            if key:
                crumbs.append(self._item_names.get(key, key))
            if c["kind"] == "field" and c.get("field") and c["field"] != "body":
                crumbs.append(self.field_name(table, c["field"]))
        elif c["kind"] == "field" and c.get("field"):
            crumbs.append(self.field_name(table, c["field"]))
        return " › ".join(crumbs)

    def kind_text(self, c: dict[str, Any]) -> str:
        return {
            "field": self.tr("Changed on both sides"),
            "delete_edit": self.tr("Deleted here, changed by someone else"),
            "edit_delete": self.tr("Changed here, deleted by someone else"),
            "duplicate": self.tr("Made on both sides"),
            "rejected": self.tr("Could not be stored here"),
        }.get(c["kind"], c["kind"])

    def describe(self, c: dict[str, Any]) -> str:
        return self.where(c) + "\n" + self.kind_text(c)

    def explanation(self, c: dict[str, Any]) -> str:
        return {
            "field": self.tr("This field was changed on this computer and by someone else since the last sync. "
                             "Choose which version to keep, or join both."),
            "delete_edit": self.tr("You deleted this on this computer; someone else changed it meanwhile. "
                                   "Keep my version = it stays deleted; keep theirs = it comes back with their changes."),
            "edit_delete": self.tr("You changed this on this computer; someone else deleted it meanwhile. "
                                   "Keep my version = it stays, with your changes; keep theirs = it is deleted."),
            "duplicate": self.tr("The same item (for example the same fiscal period) was made here and by someone else. "
                                 "Keep my version = yours stays and theirs goes to the trash; keep theirs = the other way round."),
            "rejected": self.tr("A row from the hub could not be stored in this file. "
                                "Keep my version = leave it out; keep theirs = try to store it again."),
        }.get(c["kind"], "")

    def value_text(self, value: Any) -> str:
        if value is None or value == "":
            return self.tr("(empty)")
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if isinstance(value, (dict, list)):
            return json.dumps(value, ensure_ascii=False, indent=1)
        return str(value)

    def row_text(self, table: str, row: dict[str, Any], base: Any = None) -> str:
        """A row's fields one per line (those that differ from ``base`` when it is given)."""
        shown = [k for k in row if k not in BOOKKEEPING and k not in _HIDDEN_COLUMNS and k != "deleted_at"
                 and not k.startswith("_")]
        if isinstance(base, dict):
            changed = [k for k in shown if k in base and base.get(k) != row.get(k)]
            shown = changed or shown
        lines = []
        for k in shown:
            value = row.get(k)
            if value is None or value == "":
                continue
            lines.append(self.field_name(table, k) + self.tr(": ") + self.value_text(value))
        return "\n".join(lines)

    def sides(self, c: dict[str, Any]) -> tuple[str, str]:
        """The text of each side, for the two boxes."""
        kind, table = c["kind"], c["table_name"]
        mine, theirs, base = c.get("mine"), c.get("theirs"), c.get("base")
        if kind == "field":
            return self.value_text(mine), self.value_text(theirs)
        if kind == "delete_edit":
            left = self.tr("Deleted on this computer.")
            right = self.tr("Changed by someone else:")
            changes = self.row_text(table, theirs, base) if isinstance(theirs, dict) else ""
            return left, right + ("\n" + changes if changes else "")
        if kind == "edit_delete":
            left = self.tr("Changed on this computer:")
            changes = self.row_text(table, mine, base) if isinstance(mine, dict) else ""
            return left + ("\n" + changes if changes else ""), self.tr("Deleted by someone else.")
        if kind == "rejected":
            error = mine.get("error") if isinstance(mine, dict) else ""
            left = self.tr("Not stored here: %1").replace("%1", str(error or ""))
            return left, self.row_text(table, theirs) if isinstance(theirs, dict) else self.value_text(theirs)
        # duplicate
        left = self.row_text(table, mine) if isinstance(mine, dict) else self.tr("(no longer here)")
        return left, self.row_text(table, theirs) if isinstance(theirs, dict) else self.value_text(theirs)

    def _select(self, index: int) -> None:
        self.combined_box.hide()
        self.message.hide()
        if not (0 <= index < len(self.conflicts)):
            return
        c = self.conflicts[index]
        self.current = c
        self.title.setText(self.where(c))
        self.explain.setText("<p style='line-height: 130%;'>" + escape(self.explanation(c)) + "</p>")
        mine, theirs = self.sides(c)
        self.mine.setPlainText(mine)
        self.theirs.setPlainText(theirs)
        self.combine.setEnabled(self.can_combine(c))
        self._enable()

    @staticmethod
    def can_combine(c: dict[str, Any]) -> bool:
        """Only text fields can be joined (a number or a choice cannot)."""
        mine, theirs = c.get("mine"), c.get("theirs")
        texts = all(v is None or isinstance(v, str) for v in (mine, theirs))
        return c["kind"] == "field" and texts and (isinstance(mine, str) or isinstance(theirs, str))

    def _start_combining(self) -> None:
        c = self.current
        if c is None or not self.can_combine(c):
            return
        self.combined.setPlainText("\n".join(t for t in (c.get("mine"), c.get("theirs")) if t))
        self.combined_box.show()
        self.combined.setFocus()

    def _enable(self) -> None:
        on = self.current is not None and not self._busy
        for button in (self.keep_mine, self.keep_theirs, self.save_combined):
            button.setEnabled(on)
        self.combine.setEnabled(on and self.current is not None and self.can_combine(self.current))

    # --- resolving ---

    def resolve(self, choice: str, value: Any = None) -> None:
        """Resolve the selected conflict on the writer thread; the list reloads after."""
        c = self.current
        if c is None or self._busy:
            return
        conflict_id = int(c["id"])
        self._busy = True
        self._enable()
        self.message.hide()

        def run(store: Store) -> list[str]:
            return LocalSync(store).resolve(conflict_id, choice, value)

        self.writer.submit(run, self._done, self._failed)

    def _done(self, _hub_ids: list[str]) -> None:
        self._busy = False
        self.current = None
        self.load()
        self.resolved.emit()

    def _failed(self, message: str) -> None:
        self._busy = False
        self._enable()
        self.message.setText(self.tr("Could not resolve it: %1").replace("%1", message))
        self.message.show()

