"""Search every company's notes and fields as you type (Ctrl+Shift+F).

Queries run on a search thread with its own read connection, so a slow one (a rare
one- or two-character term scans every note) never stalls typing; only the answer to
the newest query is shown.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from banso_desktop.data import design_sheet, rokaben_sheet
from banso_desktop.store import Store
from banso_desktop.store.search import SearchHit
from banso_desktop.ui import labels
from banso_desktop.ui.keys import ArrowsTo
from banso_desktop.ui.store_thread import StoreThread, tell_failure

# Each keystroke asks at once (the next turn of the event loop): the search thread skips
# a query a newer one has replaced, so fast typing costs no more than the last query.
SEARCH_DELAY_MS = 0
LIMIT = 100


class Searcher(QObject):
    """One background thread answering queries; stale ones are skipped."""

    found = Signal(int, str, list)  # generation, query, hits (delivered on the UI thread)
    failed = Signal(str)  # a message for the user

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._thread = StoreThread(path, "banso-search")
        # The notes are searched at the same time on a second thread and connection: a
        # rare one- or two-character term scans every note *and* every field, and SQLite
        # lets the two scans run side by side (~95 ms → ~55 ms on 10,000 companies).
        self._notes_thread = StoreThread(path, "banso-search-notes")
        self.generation = 0
        self.closed = False

    def search(self, text: str, limit: int) -> int:
        """Ask for ``text``; the answer comes through ``found`` with the returned number."""
        self.generation += 1
        generation = self.generation
        self._thread.submit(self._run, generation, text, limit)
        return generation

    def _run(self, generation: int, text: str, limit: int) -> None:
        if generation != self.generation or self.closed:
            return  # a newer query is waiting
        try:
            notes = self._notes_thread.submit(lambda: self._notes_thread.store().search.notes(text, limit))
            hits = self._thread.store().search.everything(text, limit, notes=notes.result)
        except Exception as exc:  # noqa: BLE001 - said in the dialog, never a silent stop
            tell_failure(exc, self.failed, "search")
            return
        self.found.emit(generation, text, hits)

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        self._thread.close()
        self._notes_thread.close()


class SearchDialog(QDialog):
    """A query box over a result list; Enter (or a double-click) opens the hit."""

    hit_chosen = Signal(object)  # SearchHit

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Search notes and fields"))
        self.setObjectName("searchDialog")
        self.resize(760, 560)
        self.query = QLineEdit()
        self.query.setObjectName("searchQuery")
        self.query.setPlaceholderText(self.tr("Words from notes, issues, actions, sheets or company names"))
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.setWordWrap(True)
        self.results.setStyleSheet(
            "QListWidget::item { padding: 6px 4px; border-bottom: 1px solid #eceff1; }"
            "QListWidget::item:selected { background: #d3e3fd; color: black; }"
        )
        self.status = QLabel()
        self.status.setStyleSheet("color: #5f6368;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.run)
        self.searcher = Searcher(store.path, self)
        self.searcher.found.connect(self._show)
        self.searcher.failed.connect(
            lambda message: self.status.setText(self.tr("The search failed: %1").replace("%1", message)))
        self._shown_query: str | None = None
        self.query.textChanged.connect(lambda _t: self._timer.start(SEARCH_DELAY_MS))
        self.query.returnPressed.connect(self._open_current)
        ArrowsTo(self.query, self.results)
        self.results.itemActivated.connect(self._open)
        lang = labels.language()
        self._field_names = {i.key: i.label.text(lang) for p in rokaben_sheet().perspectives for i in p.items}
        self._field_names.update({i.key: i.label.text(lang) for i in rokaben_sheet().summary})
        self._field_names.update({i.key: i.label.text(lang) for i in design_sheet().items()})

    def run(self) -> None:
        """Search (on the search thread) for what is in the box now."""
        self._timer.stop()
        self.searcher.search(self.query.text(), LIMIT)

    def _show(self, generation: int, text: str, hits: list[SearchHit]) -> None:
        if generation != self.searcher.generation:
            return  # the box has changed since; its own answer is on the way
        self._shown_query = text
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem(self._describe(hit))
            item.setData(Qt.ItemDataRole.UserRole, hit)
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
        if not text.strip():
            self.status.setText("")
        elif not hits:
            self.status.setText(self.tr("Nothing found."))
        else:
            self.status.setText(self.tr("%n result(s)", "", len(hits)))

    def _describe(self, hit: SearchHit) -> str:
        where = {
            "company": self.tr("Company"),
            "note": labels.note_kind(hit.key or "note"),
            "rokaben_text": self.tr("Local Benchmark") + " › " + self._field_names.get(hit.key or "", hit.key or ""),
            "design_text": self.tr("Design sheet") + " › " + self._field_names.get(hit.key or "", hit.key or ""),
            "issue": self.tr("Issue"),
            "action": self.tr("Action"),
            "session": self.tr("Session"),
            "referral": self.tr("Referral"),
            "kpi": self.tr("KPI"),
        }.get(hit.source, hit.source)
        day = labels.short_date(date.fromisoformat(hit.date)) if hit.date else ""
        head = "　".join(x for x in (hit.company_name, where, day) if x)
        return f"{head}\n{hit.text}" if hit.text else head

    def _open_current(self) -> None:
        """Enter: open the selected hit; if the list is not for this text yet, search now."""
        self._timer.stop()
        if self._shown_query != self.query.text():
            self.searcher.generation += 1  # whatever is on its way is stale
            self._show(self.searcher.generation, self.query.text(),
                       self.store.search.everything(self.query.text(), LIMIT))
        item = self.results.currentItem()
        if item is not None:
            self._open(item)

    def _open(self, item: QListWidgetItem) -> None:
        self.hit_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
