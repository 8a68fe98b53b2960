"""Writes off the UI thread: one writer thread with its own connection.

Every edit is a small operation ``fn(store) -> result`` run in order on the writer
thread (so an fsync never freezes typing); its result comes back on the UI thread.
The UI reads through its own connection; WAL lets reads and the writer overlap.

When the storage refuses a write (the disk is full, the file or its drive turned
read-only, the drive went away, another program holds the file), the operation fails
with a :class:`~banso_desktop.store.write_errors.WriteProblem` that says so in the
user's words; the details go to the log once (then at most once a minute while it
lasts). A connection SQLite opened read-only is replaced by a new one as soon as the
file can be written again, so saving resumes without a restart.
"""

from __future__ import annotations

import logging
import os
import time
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal, Slot

from banso_desktop.domain.text import UserError
from banso_desktop.store import Store, open_store
from banso_desktop.store.write_errors import WriteProblem, classify, is_read_only_connection_error, storage_state

log = logging.getLogger(__name__)

Operation = Callable[[Store], Any]
Callback = Callable[[Any], None]
Failure = Callable[[str], None]

LOG_EVERY_S = 60.0  # while a storage problem lasts, log it again at most this often


class Writer(QObject):
    """Serial background writer for one database file."""

    saved = Signal(datetime)  # a write committed (local time)
    failed = Signal(str)  # a write failed; the message is for the user
    _done = Signal(object)  # (future, on_done, on_error), emitted on the writer thread

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = Path(db_path)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="banso-writer")
        self._store: Store = self._pool.submit(open_store, db_path).result()
        self._closed = False
        # Writer-thread state: the storage problem going on, for the log and the reopening.
        self._reopen = False  # the connection is read-only: open a new one once the file can be written
        self._failing_since: float | None = None
        self._failed_writes = 0
        self._logged: tuple[str, float] | None = None  # (kind, when) of the last log entry
        self._recovery_logged_at = self._reopen_logged_at = -LOG_EVERY_S
        # Always queued, even when a future completes at once on the UI thread.
        self._done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def closed(self) -> bool:
        return self._closed

    def submit(self, op: Operation, on_done: Callback | None = None,
               on_error: Failure | None = None) -> None:
        """Run ``op(store)`` after every earlier operation; ``on_done(result)`` on the UI thread."""
        if self._closed:
            raise RuntimeError("writer is closed")
        future = self._pool.submit(self._run, op)
        future.add_done_callback(lambda f: self._done.emit((f, on_done, on_error)))

    # --- on the writer thread ------------------------------------------------------

    def _run(self, op: Operation) -> Any:
        if self._reopen:
            self._try_reopen()
        try:
            result = op(self._store)
        except UserError:
            raise
        except Exception as exc:
            problem = classify(exc, self.path)
            if problem is None:
                raise
            if is_read_only_connection_error(exc):
                self._reopen = True
            self._log_problem(problem, exc)
            raise problem from exc
        if self._failing_since is not None:
            # (While a disk fills, small writes may still go through between failures:
            # the log says so at most once a minute, like the failures.)
            now = time.monotonic()
            if now - self._recovery_logged_at >= LOG_EVERY_S:
                self._recovery_logged_at = now
                log.warning("writing to %s works again, after %d failed writes in %.0f s",
                            self.path, self._failed_writes, now - self._failing_since)
            self._failing_since, self._failed_writes = None, 0
        return result

    def _log_problem(self, problem: WriteProblem, exc: BaseException) -> None:
        now = time.monotonic()
        if self._failing_since is None:
            self._failing_since = now
        self._failed_writes += 1
        if self._logged is not None and self._logged[0] == problem.kind and now - self._logged[1] < LOG_EVERY_S:
            return
        self._logged = (problem.kind, now)
        try:
            free, read_only = storage_state(self.path.parent)
            mode = {True: "read-only", False: "writable", None: "writable?"}[read_only]
            room = f"{free} bytes free, file system {mode}"
        except OSError as err:
            room = f"folder unreachable: {err}"
        # The details for whoever reads the log; the person typing gets problem's words.
        log.error("cannot write to %s (%s): %s: %s [%s; errno %s; %s]; typed text is kept, retrying "
                  "(%d failed writes)", self.path, problem.kind, type(exc).__name__, exc,
                  getattr(exc, "sqlite_errorname", "-"), getattr(exc, "errno", None), room, self._failed_writes)

    def _try_reopen(self) -> None:
        """SQLite opened the file read-only (it could not be written then): once it can be,
        a new connection writes. Never creates a file: a vanished one stays an error."""
        if not os.access(self.path, os.W_OK):
            return
        try:
            store = open_store(self.path, create=False)
        except Exception as exc:  # still not usable: keep the old connection, try again later
            now = time.monotonic()
            if now - self._reopen_logged_at >= LOG_EVERY_S:
                self._reopen_logged_at = now
                log.warning("reopening %s for writing failed: %s", self.path, exc)
            return
        old, self._store, self._reopen = self._store, store, False
        try:
            old.close()
        except Exception:  # noqa: BLE001 - the old read-only connection is of no more use
            log.warning("closing the read-only connection to %s failed", self.path, exc_info=True)
        log.warning("reopened %s for writing (the connection was read-only)", self.path)

    # --- on the UI thread ----------------------------------------------------------

    @Slot(object)
    def _deliver(self, payload: tuple[Future, Callback | None, Failure | None]) -> None:
        future, on_done, on_error = payload
        exc = future.exception()
        if exc is None:
            self.saved.emit(datetime.now())
            if on_done is not None:
                on_done(future.result())
            return
        if isinstance(exc, UserError):
            message = exc.render(QCoreApplication.translate)
        else:
            log.error("write failed", exc_info=exc)
            message = f"{type(exc).__name__}: {exc}"
        if on_error is not None:
            on_error(message)
        self.failed.emit(message)

    def flush(self) -> None:
        """Wait until every submitted operation has committed and its callback has run."""
        if self._closed:
            return
        self._pool.submit(lambda: None).result()
        # The results were posted to this object as queued calls; run them now.
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)

    def close(self) -> None:
        """Flush, close the writer's connection and stop its thread."""
        if self._closed:
            return
        self.flush()
        self._closed = True
        self._pool.submit(lambda: self._store.close()).result()
        self._pool.shutdown(wait=True)
