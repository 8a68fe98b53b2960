"""The 経営デザインシート tab: one sheet per year, filled forecast (これまで first) or
backcast (これから first), last year's text beside each field, and the 移行戦略.

Every text and cell is autosaved through the window's buffer as it is typed."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from banso_desktop.data import design_sheet
from banso_desktop.domain.design_sheet import FILL_ORDERS, DesignSheetExtras, section_order
from banso_desktop.domain.japanese import wareki_year_label
from banso_desktop.paths import resources_dir
from banso_desktop.store import Store
from banso_desktop.store.database import new_id
from banso_desktop.store.design import YEARS
from banso_desktop.ui import labels
from banso_desktop.ui.autosave import AutosaveBuffer, Edit
from banso_desktop.ui.cells import LiveCells
from banso_desktop.ui.ops import Writer

TEXTS = "design_text"  # row id = sheet id, fields = item keys
SHEET = "design_sheet"  # row id = sheet id, field fill_order
TRANSITIONS = "design_transition"  # row id = transition id
COLUMNS = ("what", "by_when", "who")
GREY = "#5f6368"


@lru_cache(maxsize=1)
def design_extras() -> DesignSheetExtras:
    """移行戦略 column labels and the fill orders from ``resources/design_sheet.json``."""
    return DesignSheetExtras.load(resources_dir() / "design_sheet.json")


def year_label(year: int) -> str:
    """2025年（令和7年） in Japanese, 2025 in English."""
    return f"{year}年（{wareki_year_label(year)}）" if labels.language() == "ja" else str(year)


def year_short(year: int) -> str:
    """2025年 in Japanese, 2025 in English."""
    return f"{year}年" if labels.language() == "ja" else str(year)


def _set_texts(store: Store, sheet_id: str, changes: dict[str, str]) -> bool:
    with store.write():
        if store.design.get(sheet_id) is None:
            return False
        for key, body in changes.items():
            store.design.set_text(sheet_id, key, body)
    return True


class DesignTab(QWidget):
    """A company's design sheets: year selector, fill order, the fields and 移行戦略."""

    def __init__(self, store: Store, writer: Writer, autosave: AutosaveBuffer,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("designTab")
        self.store, self.writer, self.autosave = store, writer, autosave
        autosave.register(TEXTS, _set_texts)
        autosave.register(SHEET, lambda s, row_id, changes: s.design.set_fill_order(row_id, changes["fill_order"]))
        autosave.register(TRANSITIONS, lambda s, row_id, changes: s.design.update_transition(row_id, changes))
        self.company_id: str | None = None
        self.sheet_id: str | None = None
        self.year: int | None = None
        self.order = "forecast"
        self._years: list[int] = []
        self._transition_ids: list[str] = []
        self._loading = False
        lang = labels.language()
        self.structure = design_sheet()
        self.extras = design_extras()

        # --- the empty state ----------------------------------------------------------
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("designEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_button = QPushButton()
        self.empty_button.setObjectName("makeFirstSheet")
        self.empty_button.clicked.connect(self.make_first_sheet)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignCenter)
        self.empty_message = QLabel()
        self.empty_message.setStyleSheet("color: #b3261e;")
        self.empty_message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_message.setWordWrap(True)
        empty_layout.addWidget(self.empty_message)
        empty_layout.addStretch(2)

        # --- the bar: year, new year, comparison, fill order ---------------------------
        self.years = QComboBox()
        self.years.setObjectName("designYear")
        self.years.setMinimumContentsLength(14)
        self.years.currentIndexChanged.connect(self._year_chosen)
        year_label_widget = QLabel(self.tr("&Year"))
        year_label_widget.setBuddy(self.years)
        self.new_year_button = QPushButton(self.tr("Make a new year…"))
        self.new_year_button.setObjectName("newDesignYear")
        self.new_year_button.setToolTip(self.tr("Makes the next year's sheet, starting from a copy of the one shown"))
        self.new_year_button.clicked.connect(self.new_year)
        self.compare = QCheckBox(self.tr("Show last year"))
        self.compare.setObjectName("showLastYear")
        self.compare.setChecked(True)
        self.compare.toggled.connect(self._show_previous)
        top = QHBoxLayout()
        top.addWidget(year_label_widget)
        top.addWidget(self.years)
        top.addWidget(self.new_year_button)
        top.addStretch(1)

        self.order_group = QButtonGroup(self)
        self.order_buttons: dict[str, QRadioButton] = {}
        order_row = QHBoxLayout()
        order_row.addWidget(QLabel(self.tr("Order of filling")))
        for n, key in enumerate(FILL_ORDERS):
            # The short name on the button (the full one in its tooltip and the hint below),
            # so the tab stays usable on a narrow window.
            full = self.extras.fill_orders[key].label.text(lang)
            radio = QRadioButton(full.split("（")[0].split(" (")[0])
            radio.setToolTip(full)
            radio.setObjectName(f"fillOrder_{key}")
            self.order_group.addButton(radio, n)
            self.order_buttons[key] = radio
            order_row.addWidget(radio)
        order_row.addStretch(1)
        order_row.addWidget(self.compare)
        self.order_group.idClicked.connect(lambda n: self.set_fill_order(FILL_ORDERS[n]))
        self.forecast, self.backcast = self.order_buttons["forecast"], self.order_buttons["backcast"]
        self.order_hint = QLabel()
        self.order_hint.setObjectName("fillOrderHint")
        self.order_hint.setWordWrap(True)
        self.order_hint.setStyleSheet(f"color: {GREY};")
        self.message = QLabel()
        self.message.setObjectName("designMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.hide()

        # --- the sections, one box each; their order follows the fill order ---------------
        self.editors: dict[str, QPlainTextEdit] = {}
        self.previous_views: dict[str, QPlainTextEdit] = {}
        self.previous_captions: dict[str, QLabel] = {}
        self.current_captions: dict[str, QLabel] = {}
        self._previous: dict | None = None
        self._grids: list[QGridLayout] = []
        self.section_boxes: dict[str, QGroupBox] = {}
        self._section_titles = {s.key: s.label.text(lang) for s in self.structure.sections}
        line = self.fontMetrics().lineSpacing()
        for section in self.structure.sections:
            box = QGroupBox()
            box.setObjectName(f"designSection_{section.key}")
            grid = QGridLayout(box)
            grid.setColumnStretch(0, 1)
            grid.setColumnStretch(1, 1)
            self._grids.append(grid)
            grid.setHorizontalSpacing(12)
            row = 0
            for item in section.items:
                title = item.label.text(lang)
                hint = item.hint.text(lang)
                parts = [] if title == section.label.text(lang) else [f"<b>{escape(title)}</b>"]
                if hint:
                    parts.append(f"<span style='color:{GREY}'>{escape(hint)}</span>")
                caption = QLabel("　".join(parts))
                caption.setWordWrap(True)
                caption.setTextFormat(Qt.TextFormat.RichText)
                grid.addWidget(caption, row, 0, 1, 2)
                editor = QPlainTextEdit()
                editor.setObjectName(f"design_{item.key}")
                editor.setAccessibleName(title)
                editor.setTabChangesFocus(True)
                editor.setFixedHeight(line * 4 + 14)  # four lines; longer text scrolls inside
                editor.textChanged.connect(lambda k=item.key: self._edited(k))
                self.editors[item.key] = editor
                current_caption = QLabel()
                current_caption.setStyleSheet(f"color: {GREY}; font-size: small;")
                cell = QVBoxLayout()
                cell.setSpacing(2)
                cell.addWidget(current_caption)
                cell.addWidget(editor)
                grid.addLayout(cell, row + 1, 0)
                self.current_captions[item.key] = current_caption
                previous = QPlainTextEdit()
                previous.setObjectName(f"previous_{item.key}")
                previous.setReadOnly(True)
                previous.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                previous.setFixedHeight(line * 4 + 14)
                previous.setFrameShape(QFrame.Shape.NoFrame)
                previous.setPlaceholderText(self.tr("(not filled in)"))
                previous.setStyleSheet(f"QPlainTextEdit {{ color: {GREY}; background: #f1f3f4; }}")
                previous_caption = QLabel()
                previous_caption.setStyleSheet(f"color: {GREY}; font-size: small;")
                cell = QVBoxLayout()
                cell.setSpacing(2)
                cell.addWidget(previous_caption)
                cell.addWidget(previous)
                grid.addLayout(cell, row + 1, 1)
                self.previous_views[item.key] = previous
                self.previous_captions[item.key] = previous_caption
                row += 2
            self.section_boxes[section.key] = box

        # --- 移行戦略 -----------------------------------------------------------------------
        self.transition_box = QGroupBox()
        self.transition_box.setObjectName("designSection_transition")
        self.transitions = QTableWidget(0, len(COLUMNS))
        self.transitions.setObjectName("designTransitions")
        self.transitions.setHorizontalHeaderLabels([self.extras.columns[c].text(lang) for c in COLUMNS])
        self.transitions.verticalHeader().setVisible(False)
        self.transitions.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.transitions.verticalHeader().setMinimumSectionSize(int(line * 1.9))
        self.transitions.setWordWrap(True)
        self.transitions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.transitions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.transitions.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.transitions.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.transitions.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 170), (2, 170)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            self.transitions.setColumnWidth(col, width)
        self.transitions.setItemDelegate(LiveCells(self._cell_typed, self))
        self.transitions.itemChanged.connect(self._cell_changed)
        self.add_transition_button = QPushButton(self.tr("＋ Add a row"))
        self.add_transition_button.setObjectName("addTransition")
        self.add_transition_button.clicked.connect(self.add_transition)
        self.remove_transition_button = QPushButton(self.tr("Delete the row"))
        self.remove_transition_button.setObjectName("removeTransition")
        self.remove_transition_button.clicked.connect(self.remove_transition)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_transition_button)
        buttons.addWidget(self.remove_transition_button)
        buttons.addStretch(1)
        self.previous_transitions = QLabel()
        self.previous_transitions.setObjectName("previousTransitions")
        self.previous_transitions.setWordWrap(True)
        self.previous_transitions.setTextFormat(Qt.TextFormat.RichText)
        self.previous_transitions.setStyleSheet(f"color: {GREY}; background: #f1f3f4; padding: 6px;")
        box = QVBoxLayout(self.transition_box)
        box.addWidget(self.transitions)
        box.addLayout(buttons)
        box.addWidget(self.previous_transitions)

        body = QWidget()
        body.setObjectName("designBody")
        self.sections_layout = QVBoxLayout(body)
        self.sections_layout.setContentsMargins(4, 4, 12, 12)
        self.sections_layout.setSpacing(10)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("designScroll")
        self.scroll.setWidget(body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        sheet_page = QWidget()
        sheet_layout = QVBoxLayout(sheet_page)
        sheet_layout.setContentsMargins(0, 0, 0, 0)
        sheet_layout.addLayout(top)
        sheet_layout.addLayout(order_row)
        sheet_layout.addWidget(self.order_hint)
        sheet_layout.addWidget(self.message)
        sheet_layout.addWidget(self.scroll, 1)

        self.pages = QStackedWidget()
        self.pages.addWidget(empty)
        self.pages.addWidget(sheet_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.pages)
        self._apply_order("forecast")
        self._update_remove_button()
        self.transitions.itemSelectionChanged.connect(self._update_remove_button)

    # --- loading -----------------------------------------------------------------------

    def load(self, company_id: str) -> None:
        """Show a company's sheets (keeping the year shown when it is the same company)."""
        keep = self.sheet_id if company_id == self.company_id else None
        self.company_id = company_id
        self._say("")
        sheets = self.store.design.sheets(company_id)
        self._years = [s["year"] for s in sheets]
        self._loading = True
        try:
            self.years.clear()
            for s in sheets:
                self.years.addItem(year_label(s["year"]), s["id"])
        finally:
            self._loading = False
        if not sheets:
            self.sheet_id = self.year = None
            this_year = date.today().year
            self.empty_label.setText(
                "<h3>" + escape(self.tr("No design sheet yet")) + "</h3><p>"
                + escape(self.tr("The sheet puts the company's purpose, これまで (until now) and これから "
                                 "(5–10 years ahead) side by side, with the moves to get there."))
                + "</p>")
            self.empty_button.setText(self.tr("Make the %1 sheet").replace("%1", str(this_year)))
            self.empty_message.setText("")
            self.pages.setCurrentIndex(0)
            return
        ids = [s["id"] for s in sheets]
        self.pages.setCurrentIndex(1)
        self.show_sheet(keep if keep in ids else ids[0])

    def show_sheet(self, sheet_id: str) -> None:
        """Show one of the company's sheets, with the previous year's beside it."""
        sheet = self.store.design.get(sheet_id)
        if sheet is None:
            return
        self.sheet_id, self.year = sheet_id, sheet["year"]
        self._loading = True
        try:
            self.years.setCurrentIndex(max(0, self.years.findData(sheet_id)))
            pending_order = self.autosave.pending(SHEET, sheet_id).get("fill_order")
            self.order = pending_order.value if pending_order else sheet["fill_order"]
            self.order_buttons[self.order].setChecked(True)
            self._apply_order(self.order)
            texts = self.store.design.texts(sheet_id)
            pending = self.autosave.pending(TEXTS, sheet_id)
            for key, editor in self.editors.items():
                text = pending[key].raw if key in pending else texts.get(key, "")
                if editor.toPlainText() != text:  # a reload keeps the cursor where it is
                    editor.setPlainText(text)
            self._fill_transitions(self.store.design.transitions(sheet_id))
            previous = self.store.design.previous(self.company_id, self.year)
            self._previous = previous
            before = self.store.design.texts(previous["id"]) if previous else {}
            for key, view in self.previous_views.items():
                view.setPlainText(before.get(key, ""))
                self.previous_captions[key].setText(
                    self.tr("%1 (for comparison)").replace("%1", year_short(previous["year"])) if previous else "")
                self.current_captions[key].setText(year_short(self.year))
            self._previous_transitions_text(previous)
            self.compare.setEnabled(previous is not None)
            self.compare.setToolTip("" if previous else self.tr("There is no earlier year's sheet to compare with."))
            self._show_previous()
        finally:
            self._loading = False

    def _year_chosen(self, index: int) -> None:
        if self._loading or index < 0:
            return
        self._say("")
        self.show_sheet(self.years.itemData(index))

    def _show_previous(self, _checked: bool = False) -> None:
        shown = self.compare.isChecked() and getattr(self, "_previous", None) is not None
        for key in self.previous_views:
            self.previous_views[key].setVisible(shown)
            self.previous_captions[key].setVisible(shown)
            self.current_captions[key].setVisible(shown)
        for grid in self._grids:
            grid.setColumnStretch(1, 1 if shown else 0)
        self.previous_transitions.setVisible(shown)

    def _previous_transitions_text(self, previous: dict | None) -> None:
        if previous is None:
            self.previous_transitions.setText("")
            return
        rows = self.store.design.transitions(previous["id"])
        heading = self.tr("%1 (for comparison)").replace("%1", year_short(previous["year"]))
        if not rows:
            lines = [escape(self.tr("(no rows)"))]
        else:
            lines = ["・" + escape(r["what"]) + (
                "　<i>" + escape("／".join(x for x in (r["by_when"], r["who"]) if x)) + "</i>"
                if r["by_when"] or r["who"] else "") for r in rows]
        self.previous_transitions.setText(f"<b>{escape(heading)}</b><br>" + "<br>".join(lines))

    # --- fill order: which sections come first ---------------------------------------------

    def set_fill_order(self, order: str) -> None:
        """Forecast or backcast: stored with the sheet, and the sections follow it."""
        if order not in FILL_ORDERS:
            return
        changed = order != self.order
        self.order = order
        self.order_buttons[order].setChecked(True)
        self._apply_order(order)
        if changed and not self._loading and self.sheet_id is not None:
            self.autosave.put(SHEET, self.sheet_id, "fill_order", Edit(order, order))

    def section_keys(self, order: str | None = None) -> list[str]:
        """The section keys in the order they are shown (移行戦略 as ``transition``, last)."""
        keys = section_order(order or self.order, [s.key for s in self.structure.sections])
        return keys + ["transition"]

    def editor_order(self, order: str | None = None) -> list[str]:
        """The item keys in the order they are shown and tabbed through."""
        by_section = {s.key: [i.key for i in s.items] for s in self.structure.sections}
        return [k for s in self.section_keys(order)[:-1] for k in by_section[s]]

    def _apply_order(self, order: str) -> None:
        lang = labels.language()
        layout = self.sections_layout
        while layout.count():
            layout.takeAt(0)
        keys = self.section_keys(order)[:-1]
        for n, key in enumerate(keys, start=1):
            box = self.section_boxes[key]
            box.setTitle(f"{n}. {self._section_titles[key]}")
            layout.addWidget(box)
        self.transition_box.setTitle(f"{len(keys) + 1}. {self.extras.transition.text(lang)}")
        layout.addWidget(self.transition_box)
        layout.addStretch(1)
        self.order_hint.setText(self.extras.fill_orders[order].hint.text(lang))
        # Tab walks the fields in the order they are shown, then the 移行戦略.
        chain = [self.years, self.new_year_button, self.compare, self.forecast, self.backcast]
        chain += [self.editors[k] for k in self.editor_order(order)]
        chain += [self.transitions, self.add_transition_button, self.remove_transition_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # --- texts -----------------------------------------------------------------------------

    def _edited(self, key: str) -> None:
        if self._loading or self.sheet_id is None:
            return
        text = self.editors[key].toPlainText()
        self.autosave.put(TEXTS, self.sheet_id, key, Edit(text, text))

    # --- 移行戦略 -----------------------------------------------------------------------------

    def _fill_transitions(self, rows: list[dict]) -> None:
        was, self._loading = self._loading, True
        self.transitions.setRowCount(0)
        self._transition_ids = []
        for row in rows:
            pending = self.autosave.pending(TRANSITIONS, row["id"])
            self._transition_row({**row, **{f: e.raw for f, e in pending.items()}})
        self._loading = was
        self._fit_table()
        self._update_remove_button()

    def _transition_row(self, row: dict) -> int:
        was, self._loading = self._loading, True
        n = self.transitions.rowCount()
        self.transitions.insertRow(n)
        self._transition_ids.append(row["id"])
        for col, field in enumerate(COLUMNS):
            self.transitions.setItem(n, col, QTableWidgetItem(str(row.get(field) or "")))
        self._loading = was
        return n

    def _fit_table(self) -> None:
        """As tall as its rows (at least three), so the page scrolls, not the table."""
        table = self.transitions
        table.resizeRowsToContents()
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        rows += max(0, 3 - table.rowCount()) * table.verticalHeader().minimumSectionSize()
        header = table.horizontalHeader().sizeHint().height()
        table.setFixedHeight(header + rows + 2 * table.frameWidth())

    def _cell_typed(self, row: int, column: int, text: str) -> None:
        if self._loading or not 0 <= row < len(self._transition_ids) or column >= len(COLUMNS):
            return
        self.autosave.put(TRANSITIONS, self._transition_ids[row], COLUMNS[column], Edit(text, text))

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        if not self._loading:
            self._cell_typed(item.row(), item.column(), item.text())
            self._fit_table()

    def add_transition(self) -> str | None:
        """A new 移行戦略 row at the end, its first cell open for typing."""
        if self.sheet_id is None:
            return None
        self._say("")
        sheet_id, transition_id = self.sheet_id, new_id()
        # Through the autosave: made again with its cells if the disk refuses it now.
        self.autosave.create(TRANSITIONS, transition_id,
                             lambda s: s.design.add_transition(sheet_id, transition_id=transition_id),
                             context={"company_id": self.company_id})
        n = self._transition_row({"id": transition_id})
        self._fit_table()
        self.transitions.setFocus()
        self.transitions.setCurrentCell(n, 0)
        self.transitions.editItem(self.transitions.item(n, 0))
        return transition_id

    def remove_transition(self) -> None:
        n = self.transitions.currentRow()
        if n < 0 or n >= len(self._transition_ids):
            self._say(self.tr("Select the row of the transition strategy to delete."))
            return
        self._say("")
        transition_id = self._transition_ids.pop(n)
        self.autosave.discard(TRANSITIONS, transition_id)
        self.writer.submit(lambda s: s.design.remove_transition(transition_id), on_error=self._say)
        was, self._loading = self._loading, True
        self.transitions.removeRow(n)
        self._loading = was
        self._fit_table()
        self._update_remove_button()

    def _update_remove_button(self) -> None:
        self.remove_transition_button.setEnabled(self.transitions.rowCount() > 0)

    # --- years -----------------------------------------------------------------------------

    def make_first_sheet(self) -> str | None:
        """The empty state's button: this year's sheet."""
        return self.create_year(date.today().year)

    def new_year(self) -> str | None:
        """Ask for the new sheet's year (next year by default) and copy the one shown into it."""
        if self.company_id is None:
            return None
        if self.sheet_id is None:
            return self.make_first_sheet()
        year = self._ask_year(max(self._years) + 1 if self._years else date.today().year)
        if year is None:
            return None
        return self.create_year(year, copy_from_year=self.year)

    def _ask_year(self, default: int) -> int | None:
        year, ok = QInputDialog.getInt(
            self, self.tr("New year's sheet"),
            self.tr("Year of the new sheet (it starts as a copy of %1):").replace("%1", str(self.year)),
            default, YEARS.start, YEARS.stop - 1)
        return year if ok else None

    def create_year(self, year: int, copy_from_year: int | None = None) -> str | None:
        """Make ``year``'s sheet (a copy of ``copy_from_year``'s) and show it once written."""
        if self.company_id is None:
            return None
        if year in self._years or self.store.design.sheet(self.company_id, year) is not None:
            self._say(self.tr("There is already a sheet for %1.").replace("%1", str(year)))
            return None
        if year not in YEARS:
            self._say(self.tr("%1 is not a year for a design sheet.").replace("%1", str(year)))
            return None
        self._say("")
        self.autosave.flush()  # the copy takes what was typed up to now
        company_id, sheet_id = self.company_id, new_id()
        self.new_year_button.setEnabled(False)
        self.empty_button.setEnabled(False)

        def done(_result) -> None:
            self._enable_year_buttons()
            if company_id == self.company_id:
                self.sheet_id = sheet_id
                self.load(company_id)

        def failed(message: str) -> None:
            self._enable_year_buttons()
            self._say(message)

        self.writer.submit(lambda s: s.design.create_year(company_id, year, copy_from_year, sheet_id=sheet_id),
                           done, failed)
        return sheet_id

    def _enable_year_buttons(self) -> None:
        self.new_year_button.setEnabled(True)
        self.empty_button.setEnabled(True)

    def _say(self, message: str) -> None:
        """A problem for the user, shown above the sheet (or on the empty page)."""
        self.message.setText(message)
        self.message.setVisible(bool(message))
        self.empty_message.setText(message)
