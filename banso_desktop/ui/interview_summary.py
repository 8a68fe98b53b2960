"""Closing a session: the dialogue's gist, agreed 課題, 施策 decided (who / what / when),
the next visit, and the 自走化 checklist. Everything autosaves as it is typed."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from banso_desktop.domain.interview import (
    ACTION_ROLES,
    ISSUE_SIDES,
    SELF_RELIANCE_ITEMS,
    SELF_RELIANCE_MAX,
    WALLS,
    self_reliance_total,
)
from banso_desktop.store import Store
from banso_desktop.store.database import new_id
from banso_desktop.ui import labels
from banso_desktop.ui.autosave import AutosaveBuffer, Edit
from banso_desktop.ui.cells import LiveCells, date_edit, short_day

translate = QCoreApplication.translate


class SummaryPage(QScrollArea):
    back = Signal()
    close_session = Signal()

    def __init__(self, store: Store, autosave: AutosaveBuffer, session_id: str, company_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.autosave = store, autosave
        self.session_id, self.company_id = session_id, company_id
        autosave.register("issue", lambda s, row_id, changes: s.sessions.update_issue(row_id, changes))
        autosave.register("action", lambda s, row_id, changes: s.sessions.update_action(row_id, changes))
        self.setObjectName("sessionSummary")
        self.setWidgetResizable(True)
        self._loading = False
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 12)

        heading = self.tr("Closing the session")
        title = QLabel(f"<h2>{escape(heading)}</h2>")
        back = QPushButton(self.tr("Back to the interview"))
        back.clicked.connect(self.back.emit)
        self.finish = QPushButton(self.tr("Close the session"))
        self.finish.setObjectName("closeSession")
        self.finish.setDefault(True)
        self.finish.setToolTip("Ctrl+Enter")
        self.finish.setShortcut("Ctrl+Return")
        self.finish.setStyleSheet("QPushButton { background: #0b57d0; color: white; padding: 6px 14px; }")
        self.finish.clicked.connect(self.close_session.emit)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(back)
        top.addWidget(self.finish)
        layout.addLayout(top)

        self.gist = QPlainTextEdit()
        self.gist.setObjectName("sessionGist")
        self.gist.setTabChangesFocus(True)
        self.gist.setPlaceholderText(self.tr("The gist of today's dialogue, in a few lines"))
        self.gist.setFixedHeight(64)
        self.gist.textChanged.connect(
            lambda: self._loading or self._put("session", self.session_id, "summary", self.gist.toPlainText())
        )
        layout.addWidget(QLabel(self.tr("Gist of the dialogue")))
        layout.addWidget(self.gist)

        issues_box = QGroupBox(self.tr("Agreed issues"))
        self.issues = QTableWidget(0, 5)
        self.issues.setObjectName("summaryIssues")
        self.issues.setHorizontalHeaderLabels(
            [self.tr("Issue"), self.tr("Surface / core"), self.tr("Wall"), self.tr("Owner's words"), self.tr("Agreed")]
        )
        self._table_style(self.issues, {1: 120, 2: 150, 4: 70})
        self.issues.itemChanged.connect(self._issue_cell)
        self.issues.setItemDelegate(LiveCells(self._issue_text, self))
        add_issue = QPushButton(self.tr("Add an &issue"))
        add_issue.clicked.connect(self.add_issue)
        box = QVBoxLayout(issues_box)
        box.addWidget(self.issues)
        box.addWidget(add_issue, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(issues_box)

        actions_box = QGroupBox(self.tr("Actions decided (who, what, by when)"))
        self.actions = QTableWidget(0, 4)
        self.actions.setObjectName("summaryActions")
        self.actions.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("Who"), self.tr("Name"), self.tr("By when")]
        )
        self._table_style(self.actions, {1: 130, 2: 160, 3: 150})
        self.actions.itemChanged.connect(self._action_cell)
        self.actions.setItemDelegate(LiveCells(self._action_text, self))
        add_action = QPushButton(self.tr("Add an &action"))
        add_action.setObjectName("addAction")
        add_action.clicked.connect(self.add_action)
        box = QVBoxLayout(actions_box)
        box.addWidget(self.actions)
        box.addWidget(add_action, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(actions_box)

        self.next_visit = QLineEdit()
        self.next_visit.setObjectName("nextVisit")
        self.next_visit.setPlaceholderText(self.tr("e.g. R8.1.15 or 2026/1/15"))
        self.next_visit.textEdited.connect(self._next_visit_typed)
        self.next_visit_note = QLabel()
        visit = QHBoxLayout()
        visit.addWidget(QLabel(self.tr("Next visit")))
        visit.addWidget(self.next_visit)
        visit.addWidget(self.next_visit_note, 1)
        layout.addLayout(visit)

        checklist = QGroupBox(self.tr("Self-reliance checklist (0 = not yet, 1 = partly, 2 = yes)"))
        grid = QGridLayout(checklist)
        self.scores: dict[str, QButtonGroup] = {}
        self.previous_labels: dict[str, QLabel] = {}
        for row, key in enumerate(SELF_RELIANCE_ITEMS):
            grid.addWidget(QLabel(f"{row + 1}. {labels.self_reliance_item(key)}"), row, 0)
            group = QButtonGroup(self)
            for value in (0, 1, 2):
                radio = QRadioButton(str(value))
                radio.setObjectName(f"sr_{key}_{value}")
                group.addButton(radio, value)
                grid.addWidget(radio, row, 1 + value)
            group.idClicked.connect(lambda value, k=key: self._score(k, value))
            previous = QLabel()
            previous.setStyleSheet("color: #5f6368;")
            grid.addWidget(previous, row, 4)
            self.scores[key] = group
            self.previous_labels[key] = previous
        grid.setColumnStretch(0, 1)
        self.total = QLabel()
        self.total.setObjectName("selfRelianceTotal")
        grid.addWidget(self.total, len(SELF_RELIANCE_ITEMS), 0, 1, 5)
        layout.addWidget(checklist)
        layout.addStretch(1)
        self._issue_ids: list[str] = []
        self._action_ids: list[str] = []
        self._previous_total: int | None = None

    @staticmethod
    def _table_style(table: QTableWidget, widths: dict[int, int]) -> None:
        """Text columns share the width; the others get a fixed one that fits their combo."""
        table.verticalHeader().setVisible(False)
        table.setMinimumHeight(110)
        table.setWordWrap(True)
        table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = table.horizontalHeader()
        for col in range(table.columnCount()):
            if col in widths:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
                table.setColumnWidth(col, widths[col])
            else:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)

    def _put(self, table: str, row_id: str, field: str, value: Any, raw: str | None = None) -> None:
        self.autosave.put(table, row_id, field, Edit(raw if raw is not None else str(value or ""), value))

    # --- loading -----------------------------------------------------------------------

    def load(self) -> None:
        """Read the session, its issues and actions, and the previous session's checklist."""
        self._loading = True
        try:
            session = self.store.sessions.get(self.session_id) or {}
            pending = self.autosave.pending("session", self.session_id)
            gist = pending["summary"].raw if "summary" in pending else session.get("summary") or ""
            self.gist.setPlainText(gist)
            drafts = self.store.drafts.for_row("session", self.session_id)
            visit = pending["next_visit_date"].raw if "next_visit_date" in pending else drafts.get(
                "next_visit_date", short_day(session.get("next_visit_date")))
            self.next_visit.setText(visit)
            self._next_visit_typed(visit, save=False)
            self.issues.setRowCount(0)
            self._issue_ids = []
            for issue in self.store.sessions.issues(self.company_id, self.session_id):
                self._issue_row(self._with_pending("issue", issue))
            self.actions.setRowCount(0)
            self._action_ids = []
            for action in self.store.sessions.actions(self.company_id, self.session_id):
                self._action_row(self._with_pending("action", action))
            # The last checklist of a session before this one (by date, then start time).
            here = (session.get("date") or "9999", session.get("start_time") or "")
            previous = next((s for s in self.store.sessions.for_company(self.company_id)
                             if s.id != self.session_id and (s.date, s.start_time or "") < here
                             and s.self_reliance_total is not None), None)
            for key, group in self.scores.items():
                value = pending[f"sr_{key}"].value if f"sr_{key}" in pending else session.get(f"sr_{key}")
                group.setExclusive(False)
                for button in group.buttons():
                    button.setChecked(group.id(button) == value)
                group.setExclusive(True)
                before = previous.self_reliance.get(key) if previous else None
                self.previous_labels[key].setText(
                    self.tr("last time: %1").replace("%1", str(before)) if before is not None else "")
            self._previous_total = previous.self_reliance_total if previous else None
            self._update_total()
        finally:
            self._loading = False

    def _with_pending(self, table: str, row: dict[str, Any]) -> dict[str, Any]:
        """A row as read, with edits still on their way to the file laid over it (the
        due date is laid over as typed by the row itself, with its draft)."""
        return {**self.autosave.overlay(table, row), "due_date": row.get("due_date")}

    def focus_first(self) -> None:
        self.gist.setFocus()

    # --- issues ---------------------------------------------------------------------

    def _issue_row(self, issue: dict[str, Any]) -> None:
        self._loading, was = True, self._loading
        row = self.issues.rowCount()
        self.issues.insertRow(row)
        self._issue_ids.append(issue["id"])
        self.issues.setItem(row, 0, QTableWidgetItem(issue.get("title") or ""))
        self.issues.setCellWidget(row, 1, self._combo(
            [(self.tr("(not set)"), None)] + [(labels.issue_side(c), c) for c in ISSUE_SIDES],
            issue.get("issue_side"), lambda v, i=issue["id"]: self._put("issue", i, "issue_side", v)))
        self.issues.setCellWidget(row, 2, self._combo(
            [(self.tr("(not set)"), None)] + [(labels.wall(c), c) for c in WALLS],
            issue.get("wall"), lambda v, i=issue["id"]: self._put("issue", i, "wall", v)))
        self.issues.setItem(row, 3, QTableWidgetItem(issue.get("owner_words") or ""))
        agreed = QTableWidgetItem()
        agreed.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        agreed.setCheckState(Qt.CheckState.Checked if issue.get("status") in ("agreed", "resolved")
                             else Qt.CheckState.Unchecked)
        self.issues.setItem(row, 4, agreed)
        self.issues.resizeRowsToContents()
        self._loading = was

    def _combo(self, items: list[tuple[str, Any]], current: Any, changed) -> QComboBox:
        combo = QComboBox()
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.currentIndexChanged.connect(lambda _i: self._loading or changed(combo.currentData()))
        return combo

    _ISSUE_TEXT = {0: "title", 3: "owner_words"}

    def _issue_text(self, row: int, column: int, text: str) -> None:
        if column in self._ISSUE_TEXT and row < len(self._issue_ids):
            self._put("issue", self._issue_ids[row], self._ISSUE_TEXT[column], text)

    def _issue_cell(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        issue_id = self._issue_ids[item.row()]
        if item.column() in self._ISSUE_TEXT:
            self._issue_text(item.row(), item.column(), item.text())
        elif item.column() == 4:
            status = "agreed" if item.checkState() == Qt.CheckState.Checked else "candidate"
            self._put("issue", issue_id, "status", status)

    def add_issue(self) -> None:
        issue_id, company_id, session_id = new_id(), self.company_id, self.session_id
        # Made through the autosave buffer: kept (and made again) while the disk is full,
        # so what is typed into the new row is never lost.
        self.autosave.create("issue", issue_id, lambda s: s.sessions.add_issue(
            company_id, session_id, issue_id=issue_id, status="agreed"), context={"company_id": company_id})
        self._issue_row({"id": issue_id, "status": "agreed"})
        self.issues.setCurrentCell(self.issues.rowCount() - 1, 0)
        self.issues.editItem(self.issues.item(self.issues.rowCount() - 1, 0))

    # --- actions --------------------------------------------------------------------

    def _action_row(self, action: dict[str, Any]) -> None:
        self._loading, was = True, self._loading
        row = self.actions.rowCount()
        self.actions.insertRow(row)
        self._action_ids.append(action["id"])
        drafts = self.store.drafts.for_row("action", action["id"])
        self.actions.setItem(row, 0, QTableWidgetItem(action.get("what") or ""))
        self.actions.setCellWidget(row, 1, self._combo(
            [(self.tr("(not set)"), None)] + [(labels.action_role(c), c) for c in ACTION_ROLES],
            action.get("owner_role"), lambda v, i=action["id"]: self._put("action", i, "owner_role", v)))
        self.actions.setItem(row, 2, QTableWidgetItem(action.get("owner_name") or ""))
        typed = self.autosave.pending("action", action["id"]).get("due_date")
        if typed is not None:
            drafts["due_date"] = typed.raw
        due = QTableWidgetItem(drafts.get("due_date", short_day(action.get("due_date"))))
        self.actions.setItem(row, 3, due)
        if "due_date" in drafts:
            self._mark_date(due, date_edit(due.text()))
        self._loading = was

    def _mark_date(self, item: QTableWidgetItem, edit: Edit) -> None:
        item.setForeground(Qt.GlobalColor.red if edit.error else Qt.GlobalColor.black)
        item.setToolTip(edit.error or "")

    def _action_text(self, row: int, column: int, text: str) -> None:
        if row >= len(self._action_ids):
            return
        action_id = self._action_ids[row]
        if column == 0:
            self._put("action", action_id, "what", text)
        elif column == 2:
            self._put("action", action_id, "owner_name", text)
        elif column == 3:
            edit = date_edit(text)
            self.autosave.put("action", action_id, "due_date", edit)
            item = self.actions.item(row, 3)
            if item is not None:
                self._loading, was = True, self._loading
                self._mark_date(item, edit)
                self._loading = was

    def _action_cell(self, item: QTableWidgetItem) -> None:
        if not self._loading:
            self._action_text(item.row(), item.column(), item.text())

    def add_action(self) -> None:
        action_id, company_id, session_id = new_id(), self.company_id, self.session_id
        self.autosave.create("action", action_id, lambda s: s.sessions.add_action(
            company_id, session_id, action_id=action_id, owner_role="owner"), context={"company_id": company_id})
        self._action_row({"id": action_id, "owner_role": "owner"})
        self.actions.setCurrentCell(self.actions.rowCount() - 1, 0)
        self.actions.editItem(self.actions.item(self.actions.rowCount() - 1, 0))

    # --- next visit and the checklist ---------------------------------------------------

    def _next_visit_typed(self, text: str, save: bool = True) -> None:
        edit = date_edit(text)
        if edit.error:
            self.next_visit_note.setStyleSheet("color: #b3261e;")
            self.next_visit_note.setText(edit.error)
        else:
            self.next_visit_note.setStyleSheet("color: #5f6368;")
            self.next_visit_note.setText(labels.long_date(date.fromisoformat(edit.value)) if edit.value else "")
        if save:
            self.autosave.put("session", self.session_id, "next_visit_date", edit)

    def _score(self, key: str, value: int) -> None:
        if not self._loading:
            self._put("session", self.session_id, f"sr_{key}", value, str(value))
        self._update_total()

    def values(self) -> dict[str, int | None]:
        return {k: (g.checkedId() if g.checkedId() >= 0 else None) for k, g in self.scores.items()}

    def _update_total(self) -> None:
        total = self_reliance_total(self.values())
        text = self.tr("Total: %1 / %2").replace("%1", "—" if total is None else str(total)).replace(
            "%2", str(SELF_RELIANCE_MAX))
        if self._previous_total is not None:
            text += "　" + self.tr("(last time %1)").replace("%1", str(self._previous_total))
        self.total.setText(f"<b>{escape(text)}</b>")
