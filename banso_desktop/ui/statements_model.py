"""The statements grid: one column per fiscal period, one row per 決算書 line.

Cells take what consultants type from a 決算書 (全角, カンマ, ▲/△, 円 amounts); a cell
that cannot be used turns red with its reason and keeps the typed text (a draft),
and values that contradict each other (総資産 ≠ 負債 + 純資産) are flagged without
discarding anything. 借入金, 売上債権 and 買入債務 are shown as totals of their parts;
the check boxes on 社債, リース債務 and 役員借入金 say whether they count in 借入金.
Every change goes through the window's autosave buffer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from banso_desktop.domain.japanese import format_amount, format_wareki, month_end, yen_to_thousands
from banso_desktop.domain.rokaben import PeriodFigures
from banso_desktop.domain.statements import (
    FIELDS_BY_KEY,
    INCLUDE_FLAGS,
    STATEMENT_FIELDS,
    borrowings_yen,
    clean_statement_field,
    figures_from_period,
    payables_yen,
    receivables_yen,
    show_statement_field,
    statement_problems,
)
from banso_desktop.domain.text import QT_TRANSLATE_NOOP, InputError
from banso_desktop.store import Store
from banso_desktop.store.database import new_id
from banso_desktop.ui import labels
from banso_desktop.ui.autosave import AutosaveBuffer, Edit
from banso_desktop.ui.ops import Writer

TABLE = "fiscal_period"
PROBLEM = QColor("#fde7e9")
TOTAL = QColor("#eef1f5")
TOTALS = {
    "borrowings": (borrowings_yen, QT_TRANSLATE_NOOP("StatementsModel", "Borrowings (total)")),
    "receivables": (receivables_yen, QT_TRANSLATE_NOOP("StatementsModel", "Trade receivables (total)")),
    "payables": (payables_yen, QT_TRANSLATE_NOOP("StatementsModel", "Trade payables (total)")),
}


@dataclass(frozen=True)
class GridRow:
    key: str  # a fiscal_period column, or a TOTALS key
    is_total: bool = False


def _grid_rows() -> list[GridRow]:
    rows: list[GridRow] = []
    for spec in STATEMENT_FIELDS:
        rows.append(GridRow(spec.key))
        if spec.key in ("officer_loans_yen", "electronic_receivables_yen", "electronic_payables_yen"):
            rows.append(GridRow(spec.part_of, is_total=True))  # type: ignore[arg-type]
    return rows


GRID_ROWS = _grid_rows()


@dataclass
class PeriodColumn:
    id: str
    values: dict[str, Any]  # stored (or typed, valid) column values
    raw: dict[str, str]  # cells showing typed text that could not be stored
    errors: dict[str, str]  # cell → reason


class StatementsModel(QAbstractTableModel):
    """Periods of one company, editable; ``figures_changed`` after every edit."""

    figures_changed = Signal()
    period_failed = Signal(str)  # a new period could not be stored (message for the user)

    def __init__(self, store: Store, writer: Writer, autosave: AutosaveBuffer, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.writer = writer
        self.autosave = autosave
        autosave.register(TABLE, lambda s, row_id, changes: s.periods.update(row_id, changes))
        self.company_id: str | None = None
        self.columns: list[PeriodColumn] = []

    # --- loading -----------------------------------------------------------------------

    def load(self, company_id: str | None) -> None:
        self.beginResetModel()
        self.company_id = company_id
        self.columns = []
        if company_id is not None:
            for row in self.store.periods.for_company(company_id):
                column = PeriodColumn(row["id"], dict(row), {}, {})
                for field, raw in self.store.drafts.for_row(TABLE, row["id"]).items():
                    self._apply_typed(column, field, raw)
                for field, edit in self.autosave.pending(TABLE, row["id"]).items():
                    self._apply_edit(column, field, edit)
                self.columns.append(column)
            self._sort()
        self.endResetModel()
        self.figures_changed.emit()

    def _sort(self) -> None:
        self.columns.sort(key=lambda c: c.values.get("period_end") or "")

    # --- figures for scoring -------------------------------------------------------------

    def figures(self) -> list[PeriodFigures]:
        """Every period's ロカベン inputs as on screen: a cell showing text that cannot be
        used counts as not entered (never the hidden value it replaced)."""
        figures = []
        for c in self.columns:
            values = {**c.values, **{key: None for key in c.raw}}
            if values.get("period_end"):
                figures.append(figures_from_period(values))
        return figures

    # --- Qt model ------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(GRID_ROWS)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            if role == Qt.ItemDataRole.FontRole and orientation == Qt.Orientation.Vertical and GRID_ROWS[section].is_total:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if orientation == Qt.Orientation.Horizontal:
            end = self.columns[section].values.get("period_end")
            return labels.fiscal_period(date.fromisoformat(end), two_lines=True) if end else ""
        row = GRID_ROWS[section]
        if row.is_total:
            return QCoreApplication.translate("StatementsModel", TOTALS[row.key][1])
        spec = FIELDS_BY_KEY[row.key]
        text = QCoreApplication.translate("statements", spec.label)
        return f"　{text}" if spec.part_of else text

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = GRID_ROWS[index.row()]
        if row.is_total:
            return base
        base |= Qt.ItemFlag.ItemIsEditable
        if row.key in INCLUDE_FLAGS:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = GRID_ROWS[index.row()], self.columns[index.column()]
        if row.is_total:
            return self._total_data(row.key, column, role)
        key = row.key
        if role == Qt.ItemDataRole.DisplayRole:
            if key in column.raw:
                return column.raw[key]
            value = column.values.get(key)
            if key == "period_end" and value:
                return format_wareki(date.fromisoformat(value), "short")
            if FIELDS_BY_KEY[key].kind == "money" and value is not None:
                return format_amount(yen_to_thousands(value))  # whole 千円; the yen are in the tooltip
            return show_statement_field(key, value)
        if role == Qt.ItemDataRole.EditRole:
            if key in column.raw:
                return column.raw[key]
            value = column.values.get(key)
            return show_statement_field(key, value) if key != "period_end" else (value or "")
        if role == Qt.ItemDataRole.CheckStateRole and key in INCLUDE_FLAGS:
            return Qt.CheckState.Checked if column.values.get(INCLUDE_FLAGS[key]) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and key in column.errors:
            return QBrush(PROBLEM)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key in column.errors:
                return column.errors[key]
            value = column.values.get(key)
            if FIELDS_BY_KEY[key].kind == "money" and value is not None:
                return QCoreApplication.translate("StatementsModel", "%1 yen").replace("%1", f"{value:,}")
            if key in INCLUDE_FLAGS:
                return QCoreApplication.translate("StatementsModel", "Tick to count this in borrowings (借入金).")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _total_data(self, key: str, column: PeriodColumn, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            total = TOTALS[key][0](column.values)
            return "" if total is None else format_amount(yen_to_thousands(total))
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(TOTAL)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # --- editing -------------------------------------------------------------------------

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or GRID_ROWS[index.row()].is_total:
            return False
        key, column = GRID_ROWS[index.row()].key, self.columns[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and key in INCLUDE_FLAGS:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            edit = Edit("1" if checked else "0", 1 if checked else 0)
            self._apply_edit(column, INCLUDE_FLAGS[key], edit)
            self.autosave.put(TABLE, column.id, INCLUDE_FLAGS[key], edit)
        elif role == Qt.ItemDataRole.EditRole:
            edit = self._check(column, key, str(value))
            self._apply_edit(column, key, edit)
            self.autosave.put(TABLE, column.id, key, edit)
        else:
            return False
        self._refresh_column(column)
        return True

    def _check(self, column: PeriodColumn, key: str, raw: str) -> Edit:
        edit = Edit(raw)
        try:
            edit.value = clean_statement_field(key, raw)
            if key == "period_end" and any(
                c is not column and c.values.get("period_end") == edit.value for c in self.columns
            ):
                raise InputError(QT_TRANSLATE_NOOP("input", "Another period already ends on {day}."), day=edit.value)
        except InputError as exc:
            edit.value = None
            edit.error = exc.render(QCoreApplication.translate)
        return edit

    def _apply_typed(self, column: PeriodColumn, key: str, raw: str) -> None:
        self._apply_edit(column, key, self._check(column, key, raw))

    def _apply_edit(self, column: PeriodColumn, key: str, edit: Edit) -> None:
        if edit.error is None:
            column.values[key] = edit.value
            column.raw.pop(key, None)
            column.errors.pop(key, None)
        else:
            column.raw[key] = edit.raw
            column.errors[key] = edit.error
        self._recheck(column)

    def _recheck(self, column: PeriodColumn) -> None:
        """Cross-checks between cells: flagged, nothing discarded."""
        for key in ("total_assets_yen", "net_assets_yen"):
            if key not in column.raw:
                column.errors.pop(key, None)
        for key, problem in statement_problems(column.values).items():
            if key not in column.raw:
                column.errors[key] = QCoreApplication.translate("statements", problem.message).format(**problem.params)

    def _refresh_column(self, column: PeriodColumn) -> None:
        # A changed 決算期末日 may reorder the columns; the grid is small, redraw it all.
        self._sort()
        last = max(0, len(self.columns) - 1)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)
        self.dataChanged.emit(self.index(0, 0), self.index(len(GRID_ROWS) - 1, last))
        self.figures_changed.emit()

    def problems(self) -> list[tuple[str, str, str]]:
        """(period label, line label, reason) for every flagged cell."""
        found = []
        for column in self.columns:
            end = column.values.get("period_end")
            period = labels.fiscal_period(date.fromisoformat(end)) if end else ""
            for key, reason in column.errors.items():
                found.append((period, QCoreApplication.translate("statements", FIELDS_BY_KEY[key].label), reason))
        return found

    # --- periods -----------------------------------------------------------------------------

    def next_period_end(self, fiscal_month: int | None, today: date | None = None) -> date:
        """A year after the latest period; for the first, the last fiscal year end before today."""
        ends = [date.fromisoformat(c.values["period_end"]) for c in self.columns if c.values.get("period_end")]
        if ends:
            latest = max(ends)
            return month_end(latest.year + 1, latest.month)
        today = today or date.today()
        month = fiscal_month or 3
        end = month_end(today.year, month)
        return end if end < today else month_end(today.year - 1, month)

    def add_period(self, period_end: date) -> str:
        """A new column at once; the writer creates the row before any of its edits
        (and after every edit typed so far, so a changed 決算期末日 is in place first)."""
        if self.company_id is None:
            raise RuntimeError("no company")
        company_id, period_id = self.company_id, new_id()
        iso = period_end.isoformat()
        self.autosave.flush()
        self.writer.submit(
            lambda s: s.periods.create(company_id, iso, period_id=period_id),
            on_error=lambda message: self._create_failed(period_id, message),
        )
        self.beginResetModel()
        self.columns.append(PeriodColumn(period_id, {"period_end": iso, "months": 12}, {}, {}))
        self._sort()
        self.endResetModel()
        self.figures_changed.emit()
        return period_id

    def _create_failed(self, period_id: str, message: str) -> None:
        """The new period could not be stored: take its column away and say why."""
        self.autosave.discard(TABLE, period_id)
        self.beginResetModel()
        self.columns = [c for c in self.columns if c.id != period_id]
        self.endResetModel()
        self.figures_changed.emit()
        self.period_failed.emit(message)

    def delete_period(self, period_id: str) -> None:
        self.autosave.discard(TABLE, period_id)
        self.writer.submit(lambda s: s.periods.delete(period_id))
        self.beginResetModel()
        self.columns = [c for c in self.columns if c.id != period_id]
        self.endResetModel()
        self.figures_changed.emit()

