"""The non-financial ロカベン sheet: 4つの視点 with まとめ, and 業務フロー / 商流.

Every text is autosaved through the window's buffer as it is typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from banso_desktop.data import rokaben_sheet
from banso_desktop.store import Store
from banso_desktop.store.database import new_id
from banso_desktop.ui import labels
from banso_desktop.ui.autosave import AutosaveBuffer, Edit
from banso_desktop.ui.ops import Writer

TEXTS = "rokaben_text"
STEPS = "business_flow_step"
PARTIES = "commercial_party"


def _set_texts(store: Store, company_id: str, changes: dict[str, str]) -> bool:
    with store.write():
        for key, body in changes.items():
            store.rokaben.set_text(company_id, key, body)
    return True


class PerspectivesPage(QScrollArea):
    """4つの視点 (every sub-item) and まとめ: 現状認識 / 将来目標 / 課題 / 対応策."""

    def __init__(self, store: Store, autosave: AutosaveBuffer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.autosave = autosave
        autosave.register(TEXTS, _set_texts)
        self.company_id: str | None = None
        self.editors: dict[str, QPlainTextEdit] = {}
        self._loading = False
        lang = labels.language()
        structure = rokaben_sheet()
        body = QWidget()
        outer = QVBoxLayout(body)
        outer.setContentsMargins(12, 8, 12, 12)
        for perspective in structure.perspectives:
            box = QGroupBox(perspective.label.text(lang))
            grid = QGridLayout(box)
            grid.setColumnStretch(1, 1)
            for row, item in enumerate(perspective.items):
                label = QLabel(item.label.text(lang))
                label.setWordWrap(True)
                label.setMaximumWidth(260)
                grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(self._editor(item.key, self.fontMetrics().lineSpacing() * 3 + 12), row, 1)
            outer.addWidget(box)
        summary = QGroupBox(self.tr("Summary"))
        grid = QGridLayout(summary)
        for n, item in enumerate(structure.summary):
            cell = QVBoxLayout()
            cell.addWidget(QLabel(f"<b>{item.label.text(lang)}</b>"))
            cell.addWidget(self._editor(item.key, self.fontMetrics().lineSpacing() * 5 + 12))
            grid.addLayout(cell, n // 2, n % 2)
        outer.addWidget(summary)
        outer.addStretch(1)
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _editor(self, key: str, height: int) -> QPlainTextEdit:
        editor = QPlainTextEdit()
        editor.setObjectName(f"text_{key}")
        editor.setFixedHeight(height)  # a few lines; longer text scrolls inside
        editor.setTabChangesFocus(True)
        editor.textChanged.connect(lambda k=key: self._edited(k))
        self.editors[key] = editor
        return editor

    def load(self, company_id: str) -> None:
        self.company_id = company_id
        texts = self.store.rokaben.texts(company_id)
        pending = self.autosave.pending(TEXTS, company_id)
        self._loading = True
        for key, editor in self.editors.items():
            editor.setPlainText(pending[key].raw if key in pending else texts.get(key, ""))
        self._loading = False

    def _edited(self, key: str) -> None:
        if self._loading or self.company_id is None:
            return
        text = self.editors[key].toPlainText()
        self.autosave.put(TEXTS, self.company_id, key, Edit(text, text))


class _RowsTable(QTableWidget):
    """An editable table whose rows are synced rows (id in the first column's data)."""

    def __init__(self, headers: list[str], fields: list[str | None], parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.fields = fields  # row field per column; None = read-only
        self.setHorizontalHeaderLabels(headers)
        self.setWordWrap(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for col in range(len(headers)):
            self.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)

    def fill(self, rows: list[dict], first: callable = None) -> None:
        self.blockSignals(True)
        self.setRowCount(0)
        for row in rows:
            self.add(row, first)
        self.blockSignals(False)

    def add(self, row: dict, first: callable = None) -> int:
        blocked = self.blockSignals(True)
        n = self.rowCount()
        self.insertRow(n)
        for col, field in enumerate(self.fields):
            text = (first(row) if first else "") if field is None else str(row.get(field) or "")
            item = QTableWidgetItem(text)
            if field is None:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if col == 0:
                item.setData(Qt.ItemDataRole.UserRole, row["id"])
            self.setItem(n, col, item)
        self.blockSignals(blocked)
        return n

    def row_id(self, n: int) -> str:
        return self.item(n, 0).data(Qt.ItemDataRole.UserRole)


class FlowPage(QWidget):
    """業務フロー (ordered steps with 差別化ポイント) and 商流 (parties by role, with reasons)."""

    def __init__(self, store: Store, writer: Writer, autosave: AutosaveBuffer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.writer = writer
        self.autosave = autosave
        autosave.register(STEPS, lambda s, row_id, changes: s.rokaben.update_step(row_id, changes))
        autosave.register(PARTIES, lambda s, row_id, changes: s.rokaben.update_party(row_id, changes))
        self.company_id: str | None = None
        self.structure = rokaben_sheet()
        lang = labels.language()

        self.steps = _RowsTable(
            [self.tr("Step"), self.tr("What is done"), self.tr("What makes it different")],
            ["name", "content", "differentiation"],
        )
        self.steps.setObjectName("flowSteps")
        self.default_steps = QPushButton(self.tr("Start with the usual five steps"))
        self.default_steps.setObjectName("defaultSteps")
        self.add_step = QPushButton(self.tr("＋ Step"))
        self.remove_step = QPushButton(self.tr("Delete step"))
        self.step_up = QPushButton("↑")
        self.step_down = QPushButton("↓")
        step_buttons = QHBoxLayout()
        for button in (self.add_step, self.remove_step, self.step_up, self.step_down):
            step_buttons.addWidget(button)
        step_buttons.addStretch(1)
        flow_box = QGroupBox(self.tr("Business flow"))
        flow_layout = QVBoxLayout(flow_box)
        flow_layout.addLayout(step_buttons)
        flow_layout.addWidget(self.steps)
        flow_layout.addWidget(self.default_steps, 0, Qt.AlignmentFlag.AlignLeft)

        self.parties = _RowsTable(
            [self.tr("Role"), self.tr("Name"), self.tr("What they do / supply"), self.tr("Why (chosen / choosing us)")],
            [None, "name", "description", "reason"],
        )
        self.parties.setObjectName("commercialParties")
        party_buttons = QHBoxLayout()
        self.add_party = QPushButton(self.tr("＋ Add"))
        self.add_party.setObjectName("addParty")
        menu = QMenu(self.add_party)
        for role in self.structure.party_roles:
            action = menu.addAction(role.label.text(lang))
            action.setToolTip(role.reason.text(lang))
            action.triggered.connect(lambda _c=False, r=role.key: self.new_party(r))
        self.add_party.setMenu(menu)
        party_buttons.addWidget(self.add_party)
        self.remove_party = QPushButton(self.tr("Delete"))
        party_buttons.addWidget(self.remove_party)
        party_buttons.addStretch(1)
        party_box = QGroupBox(self.tr("Commercial flow"))
        party_layout = QVBoxLayout(party_box)
        party_layout.addLayout(party_buttons)
        party_layout.addWidget(self.parties)

        layout = QVBoxLayout(self)
        layout.addWidget(flow_box, 1)
        layout.addWidget(party_box, 1)

        self.steps.itemChanged.connect(lambda item: self._cell_edited(self.steps, STEPS, item))
        self.parties.itemChanged.connect(lambda item: self._cell_edited(self.parties, PARTIES, item))
        self.default_steps.clicked.connect(self.start_default_steps)
        self.add_step.clicked.connect(lambda: self.new_step(""))
        self.remove_step.clicked.connect(lambda: self._remove(self.steps, STEPS))
        self.remove_party.clicked.connect(lambda: self._remove(self.parties, PARTIES))
        self.step_up.clicked.connect(lambda: self._move(-1))
        self.step_down.clicked.connect(lambda: self._move(1))

    def _role_label(self, row: dict) -> str:
        return self.structure.role(row["role"]).label.text(labels.language())

    def load(self, company_id: str) -> None:
        self.company_id = company_id
        self.steps.fill(self._with_pending(STEPS, self.store.rokaben.flow_steps(company_id)))
        self.parties.fill(self._with_pending(PARTIES, self.store.rokaben.parties(company_id)), self._role_label)
        self.default_steps.setVisible(self.steps.rowCount() == 0)

    def _with_pending(self, table: str, rows: list[dict]) -> list[dict]:
        for row in rows:
            for field, edit in self.autosave.pending(table, row["id"]).items():
                row[field] = edit.raw
        return rows

    def _cell_edited(self, table_widget: _RowsTable, table: str, item: QTableWidgetItem) -> None:
        field = table_widget.fields[item.column()]
        if field is None:
            return
        text = item.text()
        self.autosave.put(table, table_widget.row_id(item.row()), field, Edit(text, text))

    # --- steps -----------------------------------------------------------------------------

    def new_step(self, name: str) -> str:
        company_id, step_id = self.company_id, new_id()
        # Through the autosave: made again with its text if the disk refuses it now.
        self.autosave.create(STEPS, step_id, lambda s: s.rokaben.add_step(company_id, name, step_id=step_id),
                             context={"company_id": company_id})
        n = self.steps.add({"id": step_id, "name": name})
        self.steps.setCurrentCell(n, 0)
        self.default_steps.setVisible(False)
        return step_id

    def start_default_steps(self) -> None:
        lang = labels.language()
        for step in self.structure.flow_steps:
            self.new_step(step.text(lang))

    def _move(self, delta: int) -> None:
        n = self.steps.currentRow()
        other = n + delta
        if n < 0 or not 0 <= other < self.steps.rowCount():
            return
        self.autosave.flush()  # texts first, then the new order
        ids = [self.steps.row_id(r) for r in range(self.steps.rowCount())]
        ids[n], ids[other] = ids[other], ids[n]

        def reorder(store: Store) -> None:
            with store.write():
                for position, step_id in enumerate(ids, start=1):
                    store.rokaben.update_step(step_id, {"position": float(position)})

        rows = []
        for r in range(self.steps.rowCount()):
            rows.append({"id": self.steps.row_id(r), **{f: self.steps.item(r, c).text()
                         for c, f in enumerate(self.steps.fields) if f}})
        rows[n], rows[other] = rows[other], rows[n]
        self.writer.submit(reorder)
        self.steps.fill(rows)
        self.steps.setCurrentCell(other, 0)

    # --- parties ---------------------------------------------------------------------------

    def new_party(self, role: str) -> str:
        company_id, party_id = self.company_id, new_id()
        self.autosave.create(PARTIES, party_id, lambda s: s.rokaben.add_party(company_id, role, party_id=party_id),
                             context={"company_id": company_id})
        n = self.parties.add({"id": party_id, "role": role}, self._role_label)
        self.parties.setCurrentCell(n, 1)
        return party_id

    def _remove(self, table_widget: _RowsTable, table: str) -> None:
        n = table_widget.currentRow()
        if n < 0:
            return
        row_id = table_widget.row_id(n)
        self.autosave.discard(table, row_id)
        self.writer.submit(lambda s: s.rokaben.remove(table, row_id))
        table_widget.removeRow(n)
        self.default_steps.setVisible(self.steps.rowCount() == 0)
