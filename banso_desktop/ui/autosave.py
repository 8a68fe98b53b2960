"""Autosave for every editor: typed text kept until the database confirms it.

Editors put one :class:`Edit` per (table, row id, field) as the person types. The
buffer hands unsent edits to the writer 0.4 s after the last keystroke (and at once
on ``flush``), keeps each edit until its save is confirmed, resends it after a
failure only while it is still the newest for its field (so old text never overwrites
newer text), and stores text that cannot be used yet as a draft with its row. Editors
show ``pending()`` over what the database holds, so a save still on its way is never
hidden by a stale read.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QObject, QTimer, Signal

from banso_desktop.store import Store
from banso_desktop.ui.ops import Writer

AUTOSAVE_MS = 400  # after the last keystroke; well inside "lose at most one second"
MAX_WAIT_MS = 700  # while typing never pauses, save at least this often
RETRY_MS = 1000

Apply = Callable[[Store, str, dict[str, Any]], bool]


@dataclass(eq=False)
class Edit:
    """One field's newest typed text, with the value to store or the reason it cannot be."""

    raw: str
    value: Any = None
    error: str | None = None
    sent: bool = False  # handed to the writer, not yet confirmed


def _save(apply: Apply, table: str, row_id: str, edits: dict[str, Edit], store: Store) -> list[str]:
    """Writer-thread operation: valid values through ``apply``, the rest as drafts."""
    changes = {f: e.value for f, e in edits.items() if e.error is None}
    with store.write():
        if changes and not apply(store, row_id, changes):
            raise LookupError(f"{table} {row_id} is not in the database")
        for field, edit in edits.items():
            if edit.error is None:
                store.drafts.clear(table, row_id, field)
            else:
                store.drafts.put(table, row_id, field, edit.raw)
    return list(changes)


class AutosaveBuffer(QObject):
    """The window's one buffer of unsaved edits, for all tables."""

    saved = Signal(str, str, list)  # table, row id, fields whose values were stored
    failed = Signal(str)  # message for the user

    def __init__(self, writer: Writer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.writer = writer
        self._apply: dict[str, Apply] = {}
        self._pending: dict[tuple[str, str], dict[str, Edit]] = {}
        self.last_error: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)
        self._waiting_since: float | None = None  # first unsent edit since the last flush

    def register(self, table: str, apply: Apply) -> None:
        """How valid values of ``table`` are stored: ``apply(store, row_id, changes) -> found``."""
        self._apply[table] = apply

    def put(self, table: str, row_id: str, field: str, edit: Edit) -> None:
        """Record what was just typed; it is saved shortly."""
        if table not in self._apply:
            raise KeyError(f"no autosave registered for {table}")
        self._pending.setdefault((table, row_id), {})[field] = edit
        now = time.monotonic()
        if self._waiting_since is None:
            self._waiting_since = now
        # Debounced, but a steady stream of typing is still saved every MAX_WAIT_MS.
        left = MAX_WAIT_MS - (now - self._waiting_since) * 1000
        self._timer.start(max(0, int(min(AUTOSAVE_MS, left))))

    def pending(self, table: str, row_id: str) -> dict[str, Edit]:
        """Edits of one row not yet confirmed saved (to show over what was read)."""
        return dict(self._pending.get((table, row_id), {}))

    def overlay(self, table: str, row: dict[str, Any], drafts: dict[str, str] | None = None,
                typed: frozenset[str] = frozenset()) -> dict[str, Any]:
        """A row as read, with what is still on its way laid over it: drafts (text that
        could not be stored yet), then unsaved edits — as typed for ``typed`` fields and
        for invalid text, as values for the rest (choices, plain text)."""
        shown = {**row, **(drafts or {})}
        for field, edit in self.pending(table, row["id"]).items():
            shown[field] = edit.raw if edit.error or field in typed else edit.value
        return shown

    def discard(self, table: str, row_id: str) -> None:
        """Forget unsaved edits of a row that is being deleted."""
        self._pending.pop((table, row_id), None)

    def has_unsaved(self) -> bool:
        """True while some typed text is not confirmed saved (in flight or failed)."""
        return any(self._pending.values())

    def flush(self) -> None:
        """Hand every unsent edit to the writer (it commits them in order)."""
        self._timer.stop()
        self._waiting_since = None
        if self.writer.closed:
            return
        for (table, row_id), edits in list(self._pending.items()):
            batch = {f: e for f, e in edits.items() if not e.sent}
            if not batch:
                continue
            for edit in batch.values():
                edit.sent = True
            apply = self._apply[table]
            self.writer.submit(
                lambda store, a=apply, t=table, r=row_id, b=batch: _save(a, t, r, b, store),
                lambda _fields, t=table, r=row_id, b=batch: self._saved(t, r, b),
                lambda message, t=table, r=row_id, b=batch: self._failed(t, r, b, message),
            )

    def _saved(self, table: str, row_id: str, batch: dict[str, Edit]) -> None:
        edits = self._pending.get((table, row_id), {})
        for field, edit in batch.items():
            if edits.get(field) is edit:  # nothing newer was typed meanwhile
                del edits[field]
        if not edits:
            self._pending.pop((table, row_id), None)
        self.last_error = None
        self.saved.emit(table, row_id, [f for f, e in batch.items() if e.error is None])

    def _failed(self, table: str, row_id: str, batch: dict[str, Edit], message: str) -> None:
        # Keep the text and send it again; an edit superseded meanwhile is not resent.
        edits = self._pending.get((table, row_id), {})
        for field, edit in batch.items():
            if edits.get(field) is edit:
                edit.sent = False
        self.last_error = message
        self._timer.start(RETRY_MS)
        self.failed.emit(message)
