"""Writes off the UI thread: one writer thread with its own connection.

Every edit is a small operation ``fn(store) -> result`` run in order on the writer
thread (so an fsync never freezes typing); its result comes back on the UI thread.
The UI reads through its own connection; WAL lets reads and the writer overlap.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal, Slot

from banso_desktop.domain.text import UserError
from banso_desktop.store import Store, open_store

log = logging.getLogger(__name__)

Operation = Callable[[Store], Any]
Callback = Callable[[Any], None]
Failure = Callable[[str], None]


class Writer(QObject):
    """Serial background writer for one database file."""

    saved = Signal(datetime)  # a write committed (local time)
    failed = Signal(str)  # a write failed; the message is for the user
    _done = Signal(object)  # (future, on_done, on_error), emitted on the writer thread

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="banso-writer")
        self._store: Store = self._pool.submit(open_store, db_path).result()
        self._closed = False
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
        future = self._pool.submit(op, self._store)
        future.add_done_callback(lambda f: self._done.emit((f, on_done, on_error)))

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
        self._pool.submit(self._store.close).result()
        self._pool.shutdown(wait=True)
