"""The running app's automatic backups: made off the UI thread, and after the window closes.

:class:`BackupKeeper` makes one verified backup (``store/backup.py``) a few seconds after
the window is up, on its own thread with its own read-only connection (a 470 MB file takes
~2.5 s there; the writer and the UI carry on), unless the file is exactly the state of the
last verified backup. After the window has closed (``finish``) it makes another when the
file changed during the session. When a backup's check shows the file itself is damaged,
it offers the latest good backup (``ui/recovery_dialog.py``) and, if asked, reopens the
window on it.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from banso_desktop.store.backup import BackupResult, make_backup, needs_backup, restore_latest
from banso_desktop.store.errors import DamagedFileError, StoreError

log = logging.getLogger(__name__)

START_DELAY_MS = 3000  # after the window is up: its first reads come first
STATUS_MS = 8000

WindowFactory = Callable[[Path], QMainWindow]


def _main_window(path: Path) -> QMainWindow:
    from banso_desktop.ui.main_window import MainWindow

    return MainWindow(path)


def _lower_priority() -> None:
    """Backups yield the CPU to the UI and the writer (Linux: per thread; elsewhere as is)."""
    if sys.platform.startswith("linux"):
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
        except OSError:
            pass


class BackupKeeper(QObject):
    """Automatic backups of one database file while the app runs on it."""

    backed_up = Signal(object)  # BackupResult
    failed = Signal(str)  # no backup was made (the message is for the user)
    damage_found = Signal(object)  # DamagedFileError: the file itself is damaged
    _done = Signal(object)  # the finished future, emitted on the backup thread

    def __init__(self, db_path: Path, window: QMainWindow | None = None,
                 open_window: WindowFactory | None = None, delay_ms: int = START_DELAY_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.window: QMainWindow | None = None
        self.open_window = open_window or _main_window
        self.delay_ms = delay_ms
        self.last_result: BackupResult | None = None
        self.recovery = None  # the RecoveryDialog offered after damage was found
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="banso-backup")
        self._running: Future | None = None
        self._finished = False
        self._done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        if window is not None:
            self.attach(window)

    def attach(self, window: QMainWindow) -> None:
        """Follow ``window`` and make the start backup ``delay_ms`` after now."""
        self.window = window
        QTimer.singleShot(self.delay_ms, self, self.start)

    @property
    def running(self) -> bool:
        return self._running is not None and not self._running.done()

    def start(self) -> bool:
        """Start a backup in the background when the file may differ from the last one."""
        if self._finished or self.running or not needs_backup(self.db_path):
            return False
        self._running = self._pool.submit(self._make)
        self._running.add_done_callback(self._done.emit)
        return True

    def _make(self) -> BackupResult:
        _lower_priority()
        return make_backup(self.db_path)

    @Slot(object)
    def _deliver(self, future: Future) -> None:
        exc = future.exception()
        if exc is None:
            self.last_result = future.result()
            log.info("backup %s: copy %.2f s, check %.2f s", self.last_result.backup.path,
                     self.last_result.copy_seconds, self.last_result.check_seconds)
            self.backed_up.emit(self.last_result)
            return
        if isinstance(exc, DamagedFileError):
            log.error("backup found damage: %s", exc)
            self.damage_found.emit(exc)
            if not self._finished:
                self._offer_recovery(exc)
            return
        message = exc.render(QCoreApplication.translate) if isinstance(exc, StoreError) else str(exc)
        if not isinstance(exc, StoreError):
            log.error("backup failed", exc_info=exc)
        self.failed.emit(message)
        if self.window is not None and self.window.isVisible():
            self.window.statusBar().showMessage(message, STATUS_MS)

    def wait(self) -> None:
        """Block until the running backup (if any) has ended and its result is delivered."""
        future = self._running
        if future is None:
            return
        try:
            future.result()
        except Exception:  # noqa: BLE001 - delivered below like any other result
            pass
        QCoreApplication.sendPostedEvents(self)

    # --- damage found while running --------------------------------------------------

    def _offer_recovery(self, error: DamagedFileError) -> None:
        from banso_desktop.ui.recovery_dialog import RecoveryDialog

        if self.recovery is not None or self.window is None:
            return
        self.recovery = RecoveryDialog(error, self.db_path, running=True, parent=self.window)
        # After the dialog has closed: the window it belongs to may be replaced.
        self.recovery.accepted.connect(lambda: QTimer.singleShot(0, self, self.reopen_on_backup))
        self.recovery.open()

    def reopen_on_backup(self) -> QMainWindow | None:
        """Close the window, put the latest backup in the damaged file's place (kept aside)
        and open a new window on it. None when the window stayed open or nothing was restored."""
        from banso_desktop.ui.recovery_dialog import announce_restore

        old = self.window
        app = QApplication.instance()
        quit_when_closed = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # the app goes on between the two windows
        try:
            if old is not None:
                old.close()
                if old.isVisible():
                    return None  # the person chose to stay (unsaved changes)
            self.wait()
            try:
                result = restore_latest(self.db_path)
                window = self.open_window(self.db_path)
            except StoreError as exc:
                QMessageBox.critical(None, QCoreApplication.applicationName(),
                                     exc.render(QCoreApplication.translate))
                app.quit()
                return None
            window.show()
            self.recovery = None
            self.attach(window)
            announce_restore(window, result)
            if old is not None:
                old.deleteLater()
            return window
        finally:
            app.setQuitOnLastWindowClosed(quit_when_closed)

    # --- quitting --------------------------------------------------------------------

    def finish(self) -> BackupResult | None:
        """After the window has closed: wait for a running backup, then make a last one
        when the file changed; stop the thread. Never raises (the app is quitting)."""
        if self._finished:
            return None
        self._finished = True
        self.wait()
        result = None
        try:
            if self.db_path.exists() and needs_backup(self.db_path):
                result = self._pool.submit(make_backup, self.db_path).result()
                self.last_result = result
        except Exception:  # noqa: BLE001 - logged; a failed last backup must not stop quitting
            log.exception("backup at quit failed")
        finally:
            self._pool.shutdown(wait=True)
        return result
