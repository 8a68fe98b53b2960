"""行動計画: the company's 課題, their 施策 with KPIs, and referrals (とりつなぎ).

Four tables edited in place. Every keystroke autosaves like everywhere else; every
finished cell edit, choice, added or removed row is also a command on the tab's
QUndoStack, so Ctrl+Z / Ctrl+Shift+Z step back and forth through them. Overdue
施策 and referrals waiting past their follow-up date stand out in red.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from banso_desktop.data import referral_map
from banso_desktop.domain.interview import ACTION_ROLES, ACTION_STATUSES, ISSUE_SIDES, ISSUE_STATUSES, WALLS
from banso_desktop.domain.japanese import format_wareki
from banso_desktop.domain.plan import due_state, parse_kpi_value, referral_needs_attention
from banso_desktop.domain.text import InputError
from banso_desktop.store import Store
from banso_desktop.store.database import new_id
from banso_desktop.ui import labels
from banso_desktop.ui.autosave import AutosaveBuffer, Edit
from banso_desktop.ui.cells import LiveCells, date_edit, short_day
from banso_desktop.ui.ops import Writer
from banso_desktop.ui.referral_dialog import ReferralMapDialog

translate = QCoreApplication.translate
OVERDUE = QColor("#fde7e9")
SOON = QColor("#fff8e1")


def _actuals_text(actuals: list[dict[str, Any]]) -> str:
    return "、".join(f"{short_day(x['as_of'])}: {x['value']}" for x in actuals)


def _local_day(utc_iso: str | None) -> str:
    """A UTC timestamp as the local day it fell on, in 和暦 (R8.11.21)."""
    if not utc_iso:
        return ""
    moment = datetime.fromisoformat(utc_iso.replace("Z", "+00:00"))
    return format_wareki(moment.astimezone().date(), "short")


def kpi_edit(text: str, unit: str = "") -> Edit:
    """A KPI figure in the KPI's own unit (120万円 into a 万円 KPI is 120)."""
    try:
        return Edit(text, parse_kpi_value(text, unit))
    except InputError as exc:
        return Edit(text, error=exc.render(translate))


@dataclass(frozen=True)
class Column:
    field: str
    header: str
    kind: str = "text"  # text, date, number, choice, check, readonly
    choices: Callable[[], list[tuple[str, Any]]] | None = None
    width: int | None = None


class EditableTable(QTableWidget):
    """Rows of one table; cells are edited in place and reported to the plan tab."""

    def __init__(self, tab: "PlanTab", table: str, columns: list[Column]) -> None:
        super().__init__(0, len(columns))
        self.tab, self.table, self.columns = tab, table, columns
        self.ids: list[str] = []
        self.values: dict[tuple[str, str], str] = {}  # (row id, field) → raw text shown
        self._loading = False
        self.setObjectName(f"plan_{table}")
        self.setHorizontalHeaderLabels([c.header for c in columns])
        self.verticalHeader().setVisible(False)
        self.setWordWrap(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.horizontalHeader()
        for i, c in enumerate(columns):
            if c.width:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Fixed)
                self.setColumnWidth(i, c.width)
            else:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
        self.setItemDelegate(LiveCells(self._typed, self))
        self.itemChanged.connect(self._committed)

    def column(self, field: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.field == field)

    # --- rows ---------------------------------------------------------------------

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        """Show these rows; the row that was selected stays selected."""
        selected, column = self.current_id(), max(0, self.currentColumn())
        self._loading = True
        try:
            self.setRowCount(0)
            self.ids, self.values = [], {}
            for row in rows:
                self._append(row)
            if selected in self.ids:
                self.setCurrentCell(self.ids.index(selected), column)
        finally:
            self._loading = False
        self.fit()

    def fit(self) -> None:
        """As tall as its rows (within reason), so the page scrolls rather than each table."""
        self.resizeRowsToContents()
        rows = sum(self.rowHeight(r) for r in range(self.rowCount()))
        height = self.horizontalHeader().height() + rows + 2 * self.frameWidth() + 40
        self.setFixedHeight(max(110, min(height, 420)))

    def _append(self, row: dict[str, Any]) -> None:
        r = self.rowCount()
        self.insertRow(r)
        self.ids.append(row["id"])
        for i, c in enumerate(self.columns):
            self._set_cell(r, i, c, row)

    def _set_cell(self, r: int, i: int, c: Column, row: dict[str, Any]) -> None:
        value = row.get(c.field)
        if c.kind == "choice":
            combo = QComboBox()
            for text, data in (c.choices() if c.choices else []):
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            row_id = row["id"]
            combo.setProperty("last", combo.currentData())
            combo.currentIndexChanged.connect(lambda _i, cb=combo, rid=row_id, f=c.field: self._chosen(cb, rid, f))
            self.setCellWidget(r, i, combo)
            return
        if c.kind == "check":
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            self.values[(row["id"], c.field)] = "1" if value else ""
            self.setItem(r, i, item)
            return
        text = short_day(value) if c.kind == "date" and value and len(str(value)) == 10 and str(value)[4] == "-" \
            else ("" if value is None else str(value))
        item = QTableWidgetItem(text)
        if c.kind == "readonly":
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setForeground(QBrush(QColor("#5f6368")))
        self.values[(row["id"], c.field)] = text
        self.setItem(r, i, item)

    def add_row(self, row: dict[str, Any]) -> None:
        self._loading, was = True, self._loading
        try:
            self._append(row)
        finally:
            self._loading = was
        self.fit()

    def drop_row(self, row_id: str) -> None:
        if row_id in self.ids:
            r = self.ids.index(row_id)
            self.removeRow(r)
            self.ids.pop(r)
            self.fit()

    def current_id(self) -> str | None:
        r = self.currentRow()
        return self.ids[r] if 0 <= r < len(self.ids) else None

    # --- edits ------------------------------------------------------------------------

    def _typed(self, r: int, i: int, text: str) -> None:
        """A keystroke in a cell: autosaved now (the undo step is made when the cell closes)."""
        if r < len(self.ids):
            self.tab.save(self.table, self.ids[r], self.columns[i], text, typing=True)

    def _committed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        r, i = item.row(), item.column()
        c = self.columns[i]
        row_id = self.ids[r]
        new = ("1" if item.checkState() == Qt.CheckState.Checked else "") if c.kind == "check" else item.text()
        old = self.values.get((row_id, c.field), "")
        if new != old:
            self.tab.push(CellCommand(self, row_id, c, old, new))

    def _chosen(self, combo: QComboBox, row_id: str, field: str) -> None:
        if self._loading:
            return
        c = self.columns[self.column(field)]
        old, new = combo.property("last"), combo.currentData()
        combo.setProperty("last", new)
        self.tab.push(CellCommand(self, row_id, c, old, new))

    def show_value(self, row_id: str, c: Column, value: Any) -> None:
        """Put a value back into its cell (undo / redo), without making a new step."""
        if row_id not in self.ids:
            return
        r, i = self.ids.index(row_id), self.column(c.field)
        self._loading, was = True, self._loading
        try:
            if c.kind == "choice":
                combo = self.cellWidget(r, i)
                combo.setCurrentIndex(max(0, combo.findData(value)))
                combo.setProperty("last", value)
            elif c.kind == "check":
                self.item(r, i).setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
                self.values[(row_id, c.field)] = value or ""
            else:
                self.item(r, i).setText(value or "")
                self.values[(row_id, c.field)] = value or ""
        finally:
            self._loading = was

    def editing_row(self) -> int:
        """The row whose cell editor is open (-1 when none): its items must not change
        under it, or Qt puts the editor back to the item's old text."""
        return self.currentRow() if self.state() == QAbstractItemView.State.EditingState else -1

    def mark(self, row_id: str, colour: QColor | None, tip: str = "") -> None:
        if row_id not in self.ids:
            return
        r = self.ids.index(row_id)
        if r == self.editing_row():
            return
        for i in range(self.columnCount()):
            item = self.item(r, i)
            if item is not None:
                item.setBackground(QBrush(colour) if colour else QBrush())
                item.setToolTip(tip)


class CellCommand(QUndoCommand):
    """One finished edit of one field; undo puts the old value back (and saves it)."""

    def __init__(self, view: EditableTable, row_id: str, column: Column, old: Any, new: Any) -> None:
        super().__init__(translate("PlanTab", "Edit %1").replace("%1", column.header))
        self.view, self.row_id, self.column, self.old, self.new = view, row_id, column, old, new
        self.first = True

    def redo(self) -> None:
        if self.first:  # the edit is already on screen
            self.first = False
            self.view.values[(self.row_id, self.column.field)] = self.new if self.column.kind != "choice" else ""
            self.view.tab.save(self.view.table, self.row_id, self.column, self.new)
            return
        self.view.show_value(self.row_id, self.column, self.new)
        self.view.tab.save(self.view.table, self.row_id, self.column, self.new)

    def undo(self) -> None:
        self.view.show_value(self.row_id, self.column, self.old)
        self.view.tab.save(self.view.table, self.row_id, self.column, self.old)


class RowCommand(QUndoCommand):
    """Adding or removing a row; undo removes (a tombstone) or restores it."""

    def __init__(self, tab: "PlanTab", view: EditableTable, row: dict[str, Any], add: bool,
                 create: Callable[[Store], Any] | None = None) -> None:
        title = translate("PlanTab", "Add a row") if add else translate("PlanTab", "Remove a row")
        super().__init__(title)
        self.tab, self.view, self.row, self.add, self.create = tab, view, row, add, create

    def _show(self, present: bool) -> None:
        table, row_id = self.view.table, self.row["id"]
        if present:
            if self.create is not None:
                self.tab.writer.submit(self.create, None, lambda message: self.tab.insert_failed(self.view, row_id, message))
                self.create = None
            else:
                self.tab.writer.submit(lambda s: s.plan.restore(table, row_id))
            self.view.add_row(self.row)
        else:
            self.tab.autosave.flush()
            self.tab.writer.submit(lambda s: s.plan.remove(table, row_id))
            self.view.drop_row(row_id)
        self.tab.refresh_marks()

    def redo(self) -> None:
        self._show(self.add)

    def undo(self) -> None:
        self._show(not self.add)


class StepsCommand(QUndoCommand):
    """Several commands as one undo step (kept in Python: the steps are ours, in order)."""

    def __init__(self, title: str, steps: list[QUndoCommand]) -> None:
        super().__init__(title)
        self.steps = steps

    def redo(self) -> None:
        for step in self.steps:
            step.redo()

    def undo(self) -> None:
        for step in reversed(self.steps):
            step.undo()


class ActualDialog(QDialog):
    """A KPI's actual value on a date."""

    def __init__(self, kpi_name: str, parent: QWidget | None = None, unit: str = "") -> None:
        super().__init__(parent)
        self.unit = unit
        self.setWindowTitle(self.tr("Add an actual"))
        self.day = QLineEdit(short_day(date.today().isoformat()))
        self.value = QLineEdit()
        self.value.setObjectName("actualValue")
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("KPI"), QLabel(kpi_name))
        form.addRow(self.tr("As of"), self.day)
        form.addRow(self.tr("Value"), self.value)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.value.setFocus()
        self.result_values: tuple[str, str] | None = None

    def accept(self) -> None:  # noqa: D401 - Qt API
        day, value = date_edit(self.day.text()), kpi_edit(self.value.text(), self.unit)
        problem = day.error or value.error or (None if day.value and value.value else self.tr("Enter a date and a value."))
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        self.result_values = (day.value, value.value)
        super().accept()


class PlanTab(QScrollArea):
    """The 行動計画 tab of one company."""

    TABLES = ("issue", "action", "kpi", "referral")

    def __init__(self, store: Store, writer: Writer, autosave: AutosaveBuffer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.writer, self.autosave = store, writer, autosave
        self.company_id: str | None = None
        self.today = date.today()
        self._kpi_action: dict[str, str] = {}
        autosave.register("issue", lambda s, row_id, changes: s.sessions.update_issue(row_id, changes))
        autosave.register("action", lambda s, row_id, changes: s.sessions.update_action(row_id, changes))
        autosave.register("kpi", lambda s, row_id, changes: s.plan.update_kpi(row_id, changes))
        autosave.register("referral", lambda s, row_id, changes: s.plan.update_referral(row_id, changes))
        self.undo = QUndoStack(self)
        self.setWidgetResizable(True)
        self.setObjectName("planTab")
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)

        none = (self.tr("(not set)"), None)
        self.issues = EditableTable(self, "issue", [
            Column("title", self.tr("Issue")),
            Column("issue_side", self.tr("Surface / core"), "choice",
                   lambda: [none] + [(labels.issue_side(c), c) for c in ISSUE_SIDES], 110),
            Column("wall", self.tr("Wall"), "choice", lambda: [none] + [(labels.wall(c), c) for c in WALLS], 140),
            Column("owner_words", self.tr("Owner's words")),
            Column("status", self.tr("Status"), "choice", lambda: [(labels.issue_status(c), c) for c in ISSUE_STATUSES], 110),
        ])
        self.actions = EditableTable(self, "action", [
            Column("issue_id", self.tr("Issue"), "choice", self._issue_choices, 170),
            Column("what", self.tr("Action")),
            Column("owner_role", self.tr("Who"), "choice", lambda: [none] + [(labels.action_role(c), c) for c in ACTION_ROLES], 95),
            Column("owner_name", self.tr("Name"), width=95),
            Column("due_date", self.tr("By when"), "date", width=100),
            Column("status", self.tr("Status"), "choice", lambda: [(labels.action_status(c), c) for c in ACTION_STATUSES], 90),
            Column("status_changed_at", self.tr("Status since"), "readonly", width=95),
        ])
        self.kpis = EditableTable(self, "kpi", [
            Column("action_name", self.tr("Action"), "readonly", width=220),
            Column("name", self.tr("KPI")),
            Column("unit", self.tr("Unit"), width=70),
            Column("baseline", self.tr("Baseline"), "number", width=90),
            Column("target", self.tr("Target"), "number", width=90),
            Column("actuals", self.tr("Actuals"), "readonly"),
        ])
        self.referrals = EditableTable(self, "referral", [
            Column("date", self.tr("Date"), "date", width=130),
            Column("category", self.tr("Management issue"), "choice", self._category_choices, 170),
            Column("institution", self.tr("Referred to"), width=170),
            Column("contact", self.tr("Contact"), width=150),
            Column("reason", self.tr("Reason")),
            Column("consent", self.tr("Owner's consent"), "check", width=90),
            Column("follow_up_date", self.tr("Follow up on"), "date", width=130),
            Column("outcome", self.tr("Outcome")),
            Column("outcome_date", self.tr("Outcome confirmed"), "date", width=130),
        ])

        tools = QHBoxLayout()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip("Ctrl+Z")
        self.undo_button.clicked.connect(self.undo.undo)
        self.redo_button = QPushButton(self.tr("Redo"))
        self.redo_button.setToolTip("Ctrl+Shift+Z")
        self.redo_button.clicked.connect(self.undo.redo)
        self.undo.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.summary = QLabel()
        self.summary.setObjectName("planSummary")
        tools.addWidget(self.summary, 1)
        tools.addWidget(self.undo_button)
        tools.addWidget(self.redo_button)
        layout.addLayout(tools)
        for title, view, adders in (
            (self.tr("Issues"), self.issues, [(self.tr("Add an issue"), self.add_issue)]),
            (self.tr("Actions"), self.actions, [(self.tr("Add an action"), self.add_action)]),
            (self.tr("KPIs"), self.kpis, [(self.tr("Add a KPI"), self.add_kpi), (self.tr("Add an actual…"), self.add_actual)]),
            (self.tr("Referrals"), self.referrals, [(self.tr("Refer from the map…"), self.refer_from_map),
                                                    (self.tr("Add a referral"), self.add_referral)]),
        ):
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            inner.addWidget(view)
            row = QHBoxLayout()
            for text, slot in adders:
                button = QPushButton(text)
                button.clicked.connect(slot)
                row.addWidget(button)
            remove = QPushButton(self.tr("Remove the selected row"))
            remove.clicked.connect(lambda _c=False, v=view: self.remove_row(v))
            row.addWidget(remove)
            row.addStretch(1)
            inner.addLayout(row)
            layout.addWidget(box)
        undo = self.undo.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        redo = self.undo.createRedoAction(self, self.tr("Redo"))
        redo.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Shift+Z")])
        redo.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(undo)
        self.addAction(redo)

    # --- choices ------------------------------------------------------------------------

    def _issue_choices(self) -> list[tuple[str, Any]]:
        return [(self.tr("(no issue)"), None)] + [(i["title"] or self.tr("(untitled)"), i["id"]) for i in self._issues]

    def _action_choices(self) -> list[tuple[str, Any]]:
        return [(a["what"] or self.tr("(untitled)"), a["id"]) for a in self._actions]

    def _category_choices(self) -> list[tuple[str, Any]]:
        lang = labels.language()
        return [(self.tr("(not set)"), None)] + [(c.label.text(lang), c.key) for c in referral_map().categories]

    # --- loading --------------------------------------------------------------------------

    def load(self, company_id: str) -> None:
        self.autosave.flush()
        self.writer.flush()
        self.company_id = company_id
        self.today = date.today()
        self.undo.clear()
        self._issues = self._pending("issue", self.store.sessions.issues(company_id))
        self._actions = self._pending("action", self.store.sessions.actions(company_id))
        for a in self._actions:
            a["status_changed_at"] = _local_day(a.get("status_changed_at"))
        kpis = self._pending("kpi", self.store.plan.kpis(company_id))
        names = {a["id"]: a.get("what") or "" for a in self._actions}
        self._kpi_action = {k["id"]: k["action_id"] for k in kpis}
        for k in kpis:
            k["action_name"] = names.get(k["action_id"], "")
            k["actuals"] = _actuals_text(k["actuals"])
        self.issues.set_rows(self._issues)
        self.actions.set_rows(self._actions)
        self.kpis.set_rows(kpis)
        self.referrals.set_rows(self._pending("referral", self.store.plan.referrals(company_id)))
        self.refresh_marks()

    def _pending(self, table: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Rows as read, with edits still on their way laid over them (dates as typed)."""
        dates = frozenset(c.field for view in self._views().values() for c in view.columns if c.kind == "date")
        return [self.autosave.overlay(table, row, self.store.drafts.for_row(table, row["id"]), dates) for row in rows]

    def _views(self) -> dict[str, EditableTable]:
        return {"issue": self.issues, "action": self.actions, "kpi": self.kpis, "referral": self.referrals}

    def refresh_marks(self) -> None:
        """Overdue 施策 and referrals past their follow-up stand out; the line on top counts them."""
        overdue = 0
        for a in self.store.sessions.actions(self.company_id) if self.company_id else []:
            state = due_state(a, self.today)
            if state == "overdue":
                overdue += 1
            colour = OVERDUE if state == "overdue" else SOON if state == "due_soon" else None
            tip = self.tr("Overdue") if state == "overdue" else self.tr("Due within a week") if state else ""
            self.actions.mark(a["id"], colour, tip)
        waiting = 0
        for r in self.store.plan.referrals(self.company_id) if self.company_id else []:
            late = referral_needs_attention(r, self.today)
            waiting += late
            self.referrals.mark(r["id"], OVERDUE if late else None,
                                self.tr("No outcome yet, past the follow-up date") if late else "")
        parts = []
        if overdue:
            parts.append(self.tr("%n action(s) overdue", "", overdue))
        if waiting:
            parts.append(self.tr("%n referral(s) need a follow-up", "", waiting))
        self.summary.setText(" ・ ".join(parts))
        self.summary.setStyleSheet("color: #b3261e; font-weight: bold;" if parts else "")

    # --- saving ---------------------------------------------------------------------------

    def save(self, table: str, row_id: str, column: Column, raw: Any, typing: bool = False) -> None:
        """Store one field's value (typed text is parsed by the column's kind). While
        ``typing`` the cell's editor is open: nothing on screen is touched."""
        if column.kind == "readonly":
            return
        if column.kind == "date":
            edit = date_edit(raw or "")
            if table == "referral" and column.field == "date" and edit.error is None and edit.value is None:
                edit = Edit("", error=self.tr("A referral needs the date it was made."))
        elif column.kind == "number":
            edit = kpi_edit(raw or "", self.kpis.values.get((row_id, "unit"), ""))
        elif column.kind == "check":
            edit = Edit("1" if raw else "", 1 if raw else 0)
        elif column.kind == "choice":
            edit = Edit(str(raw or ""), raw)
        else:
            edit = Edit(raw or "", raw or "")
        self.autosave.put(table, row_id, column.field, edit)
        if typing:
            return
        view = self._views()[table]
        if column.kind in ("date", "number"):
            r = view.ids.index(row_id) if row_id in view.ids else -1
            item = view.item(r, view.column(column.field)) if r >= 0 else None
            if item is not None:
                item.setForeground(QBrush(QColor("#b3261e") if edit.error else QColor("black")))
                item.setToolTip(edit.error or "")
        if table == "action" and column.field in ("due_date", "status"):
            self.autosave.flush()
            self.writer.submit(lambda s: None, lambda _r: self.refresh_marks())
        if table == "referral" and column.field in ("follow_up_date", "outcome", "outcome_date"):
            self.autosave.flush()
            self.writer.submit(lambda s: None, lambda _r: self.refresh_marks())

    def push(self, command: QUndoCommand) -> None:
        self.undo.push(command)

    def insert_failed(self, view: EditableTable, row_id: str, message: str) -> None:
        """A new row could not be stored (its 課題 or 施策 was removed meanwhile): say so
        and take it away, with anything typed into it."""
        self.autosave.discard(view.table, row_id)
        view.drop_row(row_id)
        self.undo.clear()
        self.summary.setText(self.tr("The row could not be added: %1").replace("%1", message))
        self.summary.setStyleSheet("color: #b3261e; font-weight: bold;")

    # --- rows -------------------------------------------------------------------------------

    def add_issue(self) -> None:
        issue_id, company_id = new_id(), self.company_id
        row = {"id": issue_id, "title": "", "status": "agreed"}
        self._issues.append(row)
        self.push(RowCommand(self, self.issues, row, True, lambda s: s.sessions.add_issue(
            company_id, None, issue_id=issue_id, status="agreed")))
        self._edit_first(self.issues, "title")

    def add_action(self) -> None:
        action_id, company_id = new_id(), self.company_id
        issue_id = self.issues.current_id() or (self.issues.ids[-1] if self.issues.ids else None)
        row = {"id": action_id, "issue_id": issue_id, "what": "", "owner_role": "owner", "status": "todo"}
        self._actions.append(row)
        self.push(RowCommand(self, self.actions, row, True, lambda s: s.sessions.add_action(
            company_id, None, action_id=action_id, issue_id=issue_id, owner_role="owner", status="todo")))
        self._edit_first(self.actions, "what")

    def add_kpi(self) -> None:
        action_id = self.actions.current_id() or (self.actions.ids[-1] if self.actions.ids else None)
        if action_id is None:
            self.summary.setText(self.tr("Add an action first: a KPI measures an action."))
            return
        kpi_id = new_id()
        self._kpi_action[kpi_id] = action_id
        names = {a["id"]: a.get("what") or "" for a in self._actions}
        row = {"id": kpi_id, "action_id": action_id, "action_name": self.actions.values.get((action_id, "what"), names.get(action_id, "")),
               "name": "", "unit": "", "actuals": ""}
        self.push(RowCommand(self, self.kpis, row, True, lambda s: s.plan.add_kpi(action_id, kpi_id=kpi_id)))
        self._edit_first(self.kpis, "name")

    def add_actual(self) -> None:
        kpi_id = self.kpis.current_id()
        if kpi_id is None:
            self.summary.setText(self.tr("Select a KPI first."))
            return
        name = self.kpis.values.get((kpi_id, "name"), "")
        self.actual_dialog = ActualDialog(name, self, self.kpis.values.get((kpi_id, "unit"), ""))
        self.actual_dialog.accepted.connect(lambda: self._actual_added(kpi_id))
        self.actual_dialog.open()

    def _actual_added(self, kpi_id: str) -> None:
        as_of, value = self.actual_dialog.result_values
        # Only the actuals cell changes; the rest of the tab (and its undo history) stays.
        self.writer.submit(lambda s: (s.plan.add_actual(kpi_id, as_of, value),
                                      next((k["actuals"] for k in s.plan.kpis(self.company_id) if k["id"] == kpi_id), []))[1],
                           lambda actuals: self.kpis.show_value(kpi_id, self.kpis.columns[self.kpis.column("actuals")],
                                                               _actuals_text(actuals)))

    def add_referral(self, category: str | None = None, institution: str = "", contact: str = "") -> None:
        """A new referral dated today (from the map: with its category, institution and contact)."""
        referral_id, company_id, today = new_id(), self.company_id, date.today().isoformat()
        values = {"category": category, "institution": institution, "contact": contact}
        row = {"id": referral_id, "date": today, "consent": 0, **values}
        self.push(RowCommand(self, self.referrals, row, True, lambda s: s.plan.add_referral(
            company_id, date=today, referral_id=referral_id, **values)))
        self._edit_first(self.referrals, "reason" if institution else "institution")

    def refer_from_map(self) -> None:
        """The referral map with the office's contacts; choosing an institution adds a referral."""
        self.map_dialog = ReferralMapDialog(self.store, self.writer, self)
        self.map_dialog.chosen.connect(lambda cat, inst, contact: self.add_referral(cat, inst, contact))
        self.map_dialog.open()

    @staticmethod
    def _snapshot(view: EditableTable, row_id: str) -> dict[str, Any]:
        """A row as shown, to put back on undo."""
        row: dict[str, Any] = {"id": row_id}
        r = view.ids.index(row_id)
        for i, c in enumerate(view.columns):
            widget = view.cellWidget(r, i)
            if isinstance(widget, QComboBox):
                row[c.field] = widget.currentData()
            elif c.kind == "check":
                row[c.field] = view.item(r, i).checkState() == Qt.CheckState.Checked
            else:
                row[c.field] = view.item(r, i).text() if view.item(r, i) else ""
        return row

    def remove_row(self, view: EditableTable) -> None:
        """Remove the selected row. A 課題 goes with its 施策, a 施策 with its KPIs, in one
        undo step, so no view shows a 施策 whose 課題 is gone."""
        row_id = view.current_id()
        if row_id is None:
            return
        if view is self.kpis:
            self.push(RowCommand(self, view, self._snapshot(view, row_id), False))
            return
        actions = [row_id] if view is self.actions else [
            a for a in self.actions.ids if self._action_issue(a) == row_id]
        kpis = [k for k in self.kpis.ids if self._kpi_action.get(k) in actions]
        steps: list[QUndoCommand] = [RowCommand(self, self.kpis, self._snapshot(self.kpis, k), False) for k in kpis]
        steps += [RowCommand(self, self.actions, self._snapshot(self.actions, a), False) for a in actions]
        if view is self.issues:
            steps.append(RowCommand(self, view, self._snapshot(view, row_id), False))
        self.push(StepsCommand(self.tr("Remove a row"), steps))

    def _action_issue(self, action_id: str) -> str | None:
        r = self.actions.ids.index(action_id)
        combo = self.actions.cellWidget(r, self.actions.column("issue_id"))
        return combo.currentData() if combo is not None else None

    def _edit_first(self, view: EditableTable, field: str) -> None:
        r = view.rowCount() - 1
        view.setCurrentCell(r, view.column(field))
        view.editItem(view.item(r, view.column(field)))
