"""A background thread with its own connection to the file, for reads that must not hold
the UI: the search, the office view. SQLite's WAL lets it read beside the UI's connection
and the Writer's."""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, SignalInstance

from banso_desktop.domain.text import UserError
from banso_desktop.store import Store, open_store

log = logging.getLogger(__name__)


class StoreThread:
    """One thread; its connection is opened there on first use and closed there at the end."""

    def __init__(self, path: Path, name: str) -> None:
        self.path = Path(path)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._store: Store | None = None

    def store(self) -> Store:
        """The thread's connection (call it on the thread only)."""
        if self._store is None:
            self._store = open_store(self.path, create=False)
        return self._store

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future:
        return self._pool.submit(fn, *args)

    def wait(self) -> None:
        """Block until the work asked so far is done (tests, screenshots)."""
        self._pool.submit(lambda: None).result()

    def close(self) -> None:
        """Close the connection after the work asked so far, and end the thread."""
        self._pool.submit(lambda: self._store and self._store.close())
        self._pool.shutdown(wait=True)


def tell_failure(exc: Exception, failed: SignalInstance, what: str) -> None:
    """Say ``exc`` through ``failed`` (a message for the user): a UserError in their words,
    anything else logged and named — never a silent stop."""
    if isinstance(exc, UserError):
        failed.emit(exc.render(QCoreApplication.translate))
        return
    log.error("%s failed", what, exc_info=exc)
    failed.emit(f"{type(exc).__name__}: {exc}")
