"""Autosave for every editor: typed text kept until the database confirms it.

Editors put one :class:`Edit` per (table, row id, field) as the person types. The
buffer hands unsent edits to the writer 0.4 s after the last keystroke (and at once
on ``flush``), keeps each edit until its save is confirmed, resends it after a
failure only while it is still the newest for its field (so old text never overwrites
newer text), and stores text that cannot be used yet as a draft with its row. Editors
show ``pending()`` over what the database holds, so a save still on its way is never
hidden by a stale read.

A row that typing goes to but that the database does not have yet (a note begun in
interview mode, a new company) is made through :meth:`AutosaveBuffer.create`: kept
like an edit, made again after a failure in one transaction with its edits, and never
before a row of its table begun earlier (notes keep their order).

When the storage refuses writes (a full disk, a read-only drive), everything stays
here: typing goes on being sent as typed, and while nothing is typed the failed edits
are tried again after 1, 2, 4, then every 5 s, so they are saved within seconds of
the disk having room again without the retries keeping the computer busy. ``failed``
says what is wrong; ``recovered`` that everything that failed is saved now.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from typing import Any, Callable

from PySide6.QtCore import QObject, QTimer, Signal

from banso_desktop.domain.text import UserError
from banso_desktop.store import Store
from banso_desktop.ui.ops import Writer

AUTOSAVE_MS = 400  # after the last keystroke; well inside "lose at most one second"
MAX_WAIT_MS = 700  # while typing never pauses, save at least this often
RETRY_MS = 1000  # the first retry after a failure; each further one waits twice as long…
MAX_RETRY_MS = 5000  # …up to this

Apply = Callable[[Store, str, dict[str, Any]], bool]
Key = tuple[str, str]  # table, row id


@dataclass(eq=False)
class Edit:
    """One field's newest typed text, with the value to store or the reason it cannot be."""

    raw: str
    value: Any = None
    error: str | None = None
    sent: bool = False  # handed to the writer, not yet confirmed


@dataclass(eq=False)
class _Create:
    """A row to make before its edits: ``op(store)`` inserts it."""

    op: Callable[[Store], Any]
    on_done: Callable[[], None] | None = None
    context: dict[str, Any] = field(default_factory=dict)
    sent: bool = False


@dataclass(frozen=True)
class Unsaved:
    """One piece of typed text the database does not have yet (for saving it to a file)."""

    table: str
    row_id: str
    field: str
    text: str
    context: dict[str, Any]  # what the editor told about a row not yet made (company_id…)


_IDENTIFIER = re.compile(r"^[a-z_]+$")
_WAITING = "(waiting for a row begun earlier)"  # never shown: see _NotMadeYet


class _NotMadeYet(UserError):
    """A row begun earlier is not in the database yet (it failed to be made): this one
    waits for it. A UserError, so the writer passes it on without logging a bug; the
    buffer recognises it and says nothing (the earlier row's failure said why)."""

    def __init__(self) -> None:
        super().__init__(_WAITING)


@dataclass
class _Part:
    """One row's share of a save: its unsent edits and, when new, how to make it (after
    ``before``, the rows of its table begun earlier and not confirmed made)."""

    key: Key
    batch: dict[str, Edit]
    create: _Create | None = None
    before: tuple[str, ...] = ()
    made_first: bool = False  # the row is being made by an operation just before this one


def _save(apply: Apply | None, part: _Part, store: Store) -> None:
    """Writer-thread operation, one transaction: the row (when new), valid values
    through ``apply``, the rest as drafts."""
    table, row_id = part.key
    changes = {f: e.value for f, e in part.batch.items() if e.error is None}
    with store.write() as conn:
        if part.create is not None:
            for earlier in part.before:
                # A row begun earlier that could not be made (the disk was full) is made
                # first, so rows keep the order they were begun in (notes their order).
                if not _IDENTIFIER.match(table) or conn.execute(
                        f"SELECT 1 FROM {table} WHERE id = ?", (earlier,)).fetchone() is None:
                    raise _NotMadeYet()
            part.create.op(store)
        if changes and (apply is None or not apply(store, row_id, changes)):
            if part.made_first:
                raise _NotMadeYet()  # its making failed just before: these edits go with the retry
            raise LookupError(f"{table} {row_id} is not in the database")
        for name, edit in part.batch.items():
            if edit.error is None:
                store.drafts.clear(table, row_id, name)
            else:
                store.drafts.put(table, row_id, name, edit.raw)


class AutosaveBuffer(QObject):
    """The window's one buffer of unsaved edits, for all tables."""

    saved = Signal(str, str, list)  # table, row id, fields whose values were stored
    failed = Signal(str)  # message for the user (a storage problem: headline, line break, advice)
    recovered = Signal()  # every edit that had failed is saved now

    def __init__(self, writer: Writer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.writer = writer
        self._apply: dict[str, Apply] = {}
        self._pending: dict[Key, dict[str, Edit]] = {}
        self._creating: dict[Key, _Create] = {}
        self._failing: set[Key] = set()  # rows whose last save failed
        self.last_error: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)
        self._waiting_since: float | None = None  # first unsent edit since the last flush
        self._round = 0  # flushes so far; a failing round counts once for the back-off
        self._failed_round = -1
        self._retries = 0  # failed rounds in a row

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

    def create(self, table: str, row_id: str, op: Callable[[Store], Any],
               on_done: Callable[[], None] | None = None, context: dict[str, Any] | None = None) -> None:
        """A new row for typing to go to: ``op(store)`` makes it, sent at once (with any
        edit of the row already put) and kept until the database confirms it; after a
        failure it is made again, with its edits. ``context`` (company_id, …) describes
        the row while it is not in the database. ``on_done()`` runs once it is."""
        key = (table, row_id)
        self._creating[key] = _Create(op, on_done, dict(context or {}))
        self._pending.setdefault(key, {})
        self._send(key)

    def pending(self, table: str, row_id: str) -> dict[str, Edit]:
        """Edits of one row not yet confirmed saved (to show over what was read)."""
        return dict(self._pending.get((table, row_id), {}))

    def overlay(self, table: str, row: dict[str, Any], drafts: dict[str, str] | None = None,
                typed: frozenset[str] = frozenset()) -> dict[str, Any]:
        """A row as read, with what is still on its way laid over it: drafts (text that
        could not be stored yet), then unsaved edits — as typed for ``typed`` fields and
        for invalid text, as values for the rest (choices, plain text)."""
        shown = {**row, **(drafts or {})}
        for name, edit in self.pending(table, row["id"]).items():
            shown[name] = edit.raw if edit.error or name in typed else edit.value
        return shown

    def discard(self, table: str, row_id: str) -> None:
        """Forget unsaved edits of a row that is being deleted."""
        key = (table, row_id)
        self._pending.pop(key, None)
        self._creating.pop(key, None)
        self._failing.discard(key)
        self._check_recovered()

    def has_unsaved(self) -> bool:
        """True while some typed text is not confirmed saved (in flight or failed)."""
        return bool(self._creating) or any(self._pending.values())

    @property
    def in_trouble(self) -> bool:
        """True while the last save of some edit failed (it is being retried)."""
        return bool(self._failing)

    def unsaved(self) -> list[Unsaved]:
        """Everything typed that the database does not have yet, oldest row first."""
        items = []
        for (table, row_id), edits in self._pending.items():
            create = self._creating.get((table, row_id))
            context = dict(create.context) if create is not None else {}
            for name, edit in edits.items():
                items.append(Unsaved(table, row_id, name, edit.raw, context))
        return items

    def retry_now(self) -> None:
        """Try every unsaved edit again at once (and start the back-off afresh)."""
        self._retries = 0
        self.flush()

    def flush(self) -> None:
        """Hand every unsent edit to the writer (it commits them in order)."""
        self._timer.stop()
        self._waiting_since = None
        self._round += 1
        for key in list(self._pending):
            self._send(key)

    def _send(self, key: Key) -> None:
        if self.writer.closed:
            return
        create = self._creating.get(key)
        made_first = create is not None and create.sent
        if made_first:
            create = None  # on its way: the writer makes the row before these edits
        batch = {f: e for f, e in self._pending.get(key, {}).items() if not e.sent}
        if not batch and create is None:
            return
        before: tuple[str, ...] = ()
        if create is not None:
            begun = [k for k in self._creating if k[0] == key[0]]
            before = tuple(k[1] for k in begun[:begun.index(key)])
            create.sent = True
        for edit in batch.values():
            edit.sent = True
        part = _Part(key, batch, create, before, made_first)
        apply = self._apply[key[0]] if batch else None
        round_ = self._round
        self.writer.submit(
            lambda store: _save(apply, part, store),
            lambda _result: self._saved(part),
            lambda message: self._failed(part, message, round_),
        )

    def _saved(self, part: _Part) -> None:
        key, batch, create = part.key, part.batch, part.create
        made = create is not None and self._creating.get(key) is create
        if made:
            del self._creating[key]
        edits = self._pending.get(key, {})
        for name, edit in batch.items():
            if edits.get(name) is edit:  # nothing newer was typed meanwhile
                del edits[name]
        if not edits and key not in self._creating:
            self._pending.pop(key, None)
        self._failing.discard(key)
        if made and create.on_done is not None:
            create.on_done()
        self._check_recovered()
        self.saved.emit(key[0], key[1], [f for f, e in batch.items() if e.error is None])

    def _failed(self, part: _Part, message: str, round_: int) -> None:
        # Keep the text and send it again; an edit superseded meanwhile is not resent.
        key, batch, create = part.key, part.batch, part.create
        edits = self._pending.get(key, {})
        for name, edit in batch.items():
            if edits.get(name) is edit:
                edit.sent = False
        if create is not None and self._creating.get(key) is create:
            create.sent = False
        if key in self._pending:  # (not when the row was discarded meanwhile)
            self._failing.add(key)
        waiting = message == _WAITING or (create is None and key in self._creating)
        if not waiting and round_ != self._failed_round:  # the first failure of this round
            self._failed_round = round_
            self._retries += 1
        if not self._timer.isActive():
            self._timer.start(min(RETRY_MS * 2 ** max(self._retries - 1, 0), MAX_RETRY_MS))
        if waiting:
            return  # for a row not made yet, whose own failure said why
        self.last_error = message
        self.failed.emit(message)

    def _check_recovered(self) -> None:
        if self._failing or self.last_error is None:
            return
        self.last_error = None
        self._retries = 0
        if any(not e.sent for edits in self._pending.values() for e in edits.values()):
            self._timer.start(AUTOSAVE_MS)  # typed after the last retry went out
        self.recovered.emit()
