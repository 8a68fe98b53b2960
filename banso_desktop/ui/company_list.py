"""The company list on the left: incremental search, sort, filter by consultant."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QIcon, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from banso_desktop.data import industries
from banso_desktop.store import Store
from banso_desktop.store.companies import UNASSIGNED, CompanyListRow
from banso_desktop.ui import labels

ID_ROLE = Qt.ItemDataRole.UserRole
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 1
WARNINGS_ROLE = Qt.ItemDataRole.UserRole + 2  # the early warnings' names (a list, empty when none)


class CompanyListModel(QAbstractListModel):
    """The current search as row keys only; rows are read a page at a time when painted.

    10,000 companies cost a list of 10,000 integers, and a keystroke costs the key query
    (~4 ms), not reading and wrapping every row."""

    PAGE = 100

    def __init__(self, store: Store, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self._keys: list[int] = []
        self._position: dict[int, int] | None = None  # key → row, made when first asked
        self._rows: dict[int, CompanyListRow] = {}  # key → row, the pages read so far
        self._industries = industries()
        self._warnings: dict[str, list[str]] = {}  # company id → its warnings' names

    def set_warnings(self, warnings: dict[str, list[str]]) -> None:
        """The early warnings of every company (id → names), shown as a badge."""
        self._warnings = warnings
        if self._keys:
            self.dataChanged.emit(self.index(0), self.index(len(self._keys) - 1), [WARNINGS_ROLE])

    def set_company_warnings(self, company_id: str, names: list[str]) -> None:
        if self._warnings.get(company_id, []) == names:
            return
        if names:
            self._warnings[company_id] = names
        else:
            self._warnings.pop(company_id, None)
        i = self.row_of(company_id)
        if i is not None:
            self.dataChanged.emit(self.index(i), self.index(i), [WARNINGS_ROLE])

    def warnings(self, company_id: str) -> list[str]:
        return self._warnings.get(company_id, [])

    def set_keys(self, keys: list[int]) -> None:
        self.beginResetModel()
        self._keys = keys
        self._position = None
        self._rows = {}
        self.endResetModel()

    def row(self, i: int) -> CompanyListRow | None:
        """The company shown at row ``i``, reading its page when it is not read yet."""
        key = self._keys[i]
        found = self._rows.get(key)
        if found is None:
            start = i - i % self.PAGE
            page = [k for k in self._keys[start:start + self.PAGE] if k not in self._rows]
            self._rows.update(self.store.companies.rows_by_key(page))
            found = self._rows.get(key)
        return found

    def replace_row(self, row: CompanyListRow) -> None:
        """Show a company's edited name etc. without re-running the search."""
        key = self.store.companies.key_of(row.id)
        i = self._index().get(key) if key is not None else None
        if i is not None:
            self._rows[key] = row
            index = self.index(i)
            self.dataChanged.emit(index, index)

    def _index(self) -> dict[int, int]:
        if self._position is None:
            self._position = {k: i for i, k in enumerate(self._keys)}
        return self._position

    def row_of(self, company_id: str) -> int | None:
        key = self.store.companies.key_of(company_id)
        return self._index().get(key) if key is not None else None

    def company_id(self, row: int) -> str:
        found = self.row(row)
        return found.id if found else ""

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._keys)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.row(index.row())
        if row is None:  # deleted from the file since the search ran
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name or self.tr("(no name yet)")
        if role == ID_ROLE:
            return row.id
        if role == SUBTITLE_ROLE:
            industry = self._industries.get(row.industry_code)
            parts = [industry.label(labels.language()) if industry else "", row.address]
            return "  ·  ".join(p for p in parts if p)
        if role == WARNINGS_ROLE:
            return self._warnings.get(row.id, [])
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{row.name}\n{row.name_kana}\n{row.address}".strip()
            names = self._warnings.get(row.id)
            return tip + "\n⚠ " + "、".join(names) if names else tip
        return None


def warning_icon(widget: QWidget | None) -> QIcon:
    style = widget.style() if widget is not None else QApplication.style()
    return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


class CompanyDelegate(QStyledItemDelegate):
    """Two lines per company: the name, and industry · address in a quieter tone."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        line = option.fontMetrics.height()
        return QSize(200, int(line * 2.6) + 8)

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        text = option.text
        option.text = ""
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal
        main = option.palette.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        painter.save()
        rect = option.rect.adjusted(8, 4, -8, -4)
        line = option.fontMetrics.height()
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(main)
        top = QRect(rect.left(), rect.top(), rect.width(), line + 2)
        if index.data(WARNINGS_ROLE):
            # The early-warning badge at the end of the name's line (予兆管理).
            size = line
            badge = QRect(rect.right() - size, top.top() + (top.height() - size) // 2, size, size)
            warning_icon(option.widget).paint(painter, badge)
            top.setRight(badge.left() - 4)
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, top.width()))
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.85)
        painter.setFont(small)
        sub = option.palette.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText)
        painter.setPen(sub)
        bottom = QRect(rect.left(), top.bottom() + 2, rect.width(), line)
        subtitle = index.data(SUBTITLE_ROLE) or ""
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(subtitle, Qt.TextElideMode.ElideRight, bottom.width()))
        painter.restore()


def fill_consultants(box: QComboBox, store, current: str | None) -> str | None:
    """Fill a 担当 filter: every company, each consultant (this laptop's own first), nobody's;
    ``current`` stays chosen while it is there. Returns the choice (None: every company)."""
    box.blockSignals(True)
    box.clear()
    box.addItem(QCoreApplication.translate("CompanyListPanel", "All consultants"), None)
    for c in store.people.consultants():
        if c.id == store.local_consultant_id:
            label = (QCoreApplication.translate("CompanyListPanel", "Mine (%1)").replace("%1", c.name) if c.name
                     else QCoreApplication.translate("CompanyListPanel", "Mine"))
        else:
            label = c.name or QCoreApplication.translate("CompanyListPanel", "(no name)")
        box.addItem(label, c.id)
    box.addItem(QCoreApplication.translate("CompanyListPanel", "Unassigned"), UNASSIGNED)
    index = box.findData(current) if current else 0
    box.setCurrentIndex(max(index, 0))
    box.blockSignals(False)
    return box.currentData()


class CompanyListPanel(QWidget):
    """Search box, filters, the list and the "new company" button."""

    company_selected = Signal(str)  # company id
    new_company_requested = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.search = QLineEdit()
        self.search.setObjectName("companySearch")
        self.search.setPlaceholderText(self.tr("Search name, reading, corporate number, address…"))
        self.search.setClearButtonEnabled(True)
        self.consultant_filter = QComboBox()
        self.consultant_filter.setObjectName("consultantFilter")
        self.sort = QComboBox()
        self.sort.setObjectName("companySort")
        self.sort.addItem(self.tr("By reading"), "kana")
        self.sort.addItem(self.tr("Recently updated"), "updated")
        self.sort.addItem(self.tr("Recently added"), "created")
        self.model = CompanyListModel(store, self)
        self.view = QListView()
        self.view.setObjectName("companyList")
        self.view.setModel(self.model)
        self.view.setItemDelegate(CompanyDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.count_label = QLabel()
        self.count_label.setObjectName("companyCount")
        self.new_button = QPushButton(self.tr("＋ New company"))
        self.new_button.setObjectName("newCompany")
        self.new_button.setToolTip(self.tr("Add a company (Ctrl+N)"))

        filters = QHBoxLayout()
        filters.addWidget(self.consultant_filter, 3)
        filters.addWidget(self.sort, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

        self.reload_consultants()
        self.search.textChanged.connect(self.refresh)
        self.consultant_filter.currentIndexChanged.connect(self.refresh)
        self.sort.currentIndexChanged.connect(self.refresh)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.new_button.clicked.connect(self.new_company_requested)

    def reload_consultants(self) -> None:
        """Fill the consultant filter (after names change or a sync)."""
        fill_consultants(self.consultant_filter, self.store, self.consultant_filter.currentData())

    def set_sort(self, key: str) -> None:
        i = self.sort.findData(key)
        if i >= 0:
            self.sort.setCurrentIndex(i)

    def refresh(self) -> None:
        """Re-run the search, keeping the selected company selected when it still matches."""
        selected = self.current_id()
        keys = self.store.companies.search_keys(
            self.search.text(), consultant=self.consultant_filter.currentData(), sort=self.sort.currentData()
        )
        self.view.selectionModel().blockSignals(True)
        self.model.set_keys(keys)
        self.view.selectionModel().blockSignals(False)
        if selected is not None:
            self.select(selected, emit=False)
        self.count_label.setText(self.tr("%n companies", "", len(keys)))

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select(self, company_id: str, emit: bool = True) -> bool:
        """Select a company in the list; False when it is not among the rows shown."""
        row = self.model.row_of(company_id)
        if row is None:
            return False
        index = self.model.index(row)
        if not emit:
            self.view.selectionModel().blockSignals(True)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        if not emit:
            self.view.selectionModel().blockSignals(False)
        return True

    def update_company(self, company_id: str) -> None:
        row = self.store.companies.list_row(company_id)
        if row is not None:
            self.model.replace_row(row)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.company_selected.emit(current.data(ID_ROLE))
