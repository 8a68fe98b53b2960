"""The office view (事務所): the yearly report, the companies that need attention and the
dashboard, over everything in the file (the whole office's companies after a sync).

Everything is read and computed on one background thread with its own connection
(``OfficeReader``); the window only paints what comes back, so 10,000 companies never
stall the UI. Exports are made on that thread too and written atomically.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from banso_desktop.domain.japanese import format_wareki
from banso_desktop.office.alerts import (
    KINDS,
    PARAMETERS,
    Alert,
    Rules,
    all_warnings,
    assess_all,
    load_rules,
    rules_text,
)
from banso_desktop.office.history import (
    CompanyHistory,
    Scope,
    for_consultant,
    load_history,
    scope_of,
)
from banso_desktop.office.kpi import (
    MONEY,
    FiscalYear,
    YearReport,
    year_report,
    years_with_data,
)
from banso_desktop.office.labels import (
    ALERT_NAMES,
    FIGURE_NAMES,
    FIGURE_RULES,
    FIGURE_UNITS,
    PARAMETER_NAMES,
    alert_reason,
    thousands_text,
)
from banso_desktop.store import Store
from banso_desktop.ui.store_thread import StoreThread, tell_failure

ID_ROLE = Qt.ItemDataRole.UserRole
RED = QColor("#b3261e")
OFFICE_TABS = ("report", "attention", "dashboard")


def office_tr(text: str) -> str:
    return QCoreApplication.translate("office", text)


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def fiscal_year_label(year: int) -> str:
    """令和7年度（2025年度） / fiscal year 2025 (Reiwa 7), as on the report."""
    from banso_desktop.office.workbook import fiscal_year_label as label
    from banso_desktop.ui import labels

    return label(FiscalYear(year), labels.language(), QCoreApplication.translate)


@dataclass
class OfficeSnapshot:
    """One read of the file: the histories and what the window shows of them."""

    today: date
    histories: dict[str, CompanyHistory]
    warnings: dict[str, list[Alert]]
    benchmark_present: bool
    years: list[int]
    dashboard: Any = None  # office.dashboard.DashboardData
    benchmark: Any = None  # the active BenchmarkSet: one consultant's dashboard is made from it
    assessments: Any = None  # every company scored once, when the dashboard was read


def dashboard_for(snapshot: OfficeSnapshot, histories: dict[str, CompanyHistory]):
    """The dashboard of some of the snapshot's companies (one consultant's)."""
    from banso_desktop.office.dashboard import dashboard_data

    return dashboard_data(histories, snapshot.benchmark, snapshot.today, assessments=snapshot.assessments)


def read_snapshot(store: Store, today: date, dashboard: bool = True) -> OfficeSnapshot:
    histories = load_history(store.conn)
    benchmark = store.benchmarks.active()
    rules = load_rules(store)
    # Scored once when both the warnings and the dashboard need it.
    assessments = assess_all(histories, benchmark, today) if dashboard and rules.on("score_drop") else None
    warnings = all_warnings(histories, benchmark, rules, today, assessments)
    snapshot = OfficeSnapshot(today, histories, warnings, benchmark is not None, years_with_data(histories, today),
                              benchmark=benchmark, assessments=assessments)
    if dashboard:
        snapshot.dashboard = dashboard_for(snapshot, histories)
    return snapshot


class ExportCancelled(Exception):
    """The person stopped an export."""


class OfficeReader(QObject):
    """One background thread and connection reading the file for the office view and
    the list's warning icons; stale answers (an older generation) are dropped."""

    snapshot_ready = Signal(int, object)  # generation, OfficeSnapshot
    report_ready = Signal(int, object)  # generation, YearReport
    dashboard_ready = Signal(int, object)  # generation, DashboardData (one consultant's)
    exported = Signal(str)  # the file written
    export_progress = Signal(int, int)  # rows done, rows in all
    export_cancelled = Signal()
    failed = Signal(str)  # a message for the user

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self._thread = StoreThread(path, "banso-office")
        self.generation = 0
        self.report_generation = 0
        self.dashboard_generation = 0
        self.closed = False
        self.cancel_export = False  # set from the UI thread; the export stops at its next progress call

    def _guarded(self, work: Callable[[], None]) -> None:
        if self.closed:
            return
        try:
            work()
        except Exception as exc:  # noqa: BLE001 - said in the window, never a silent stop
            tell_failure(exc, self.failed, "office view")

    def refresh(self, today: date, dashboard: bool = True) -> int:
        self.generation += 1
        generation = self.generation
        if self.closed:  # an answer queued before the window closed asks again: no more
            return generation

        def work() -> None:
            if generation != self.generation:
                return
            snapshot = read_snapshot(self._thread.store(), today, dashboard)
            self.snapshot_ready.emit(generation, snapshot)

        self._thread.submit(self._guarded, work)
        return generation

    def _latest(self, counter: str, signal: SignalInstance, compute: Callable[[], Any]) -> int:
        """Emit ``compute()`` from the reader's thread on ``signal`` with its generation
        (kept in the attribute ``counter``); a newer request makes an older one stale."""
        generation = getattr(self, counter) + 1
        setattr(self, counter, generation)
        if self.closed:
            return generation

        def work() -> None:
            if generation == getattr(self, counter):
                signal.emit(generation, compute())

        self._thread.submit(self._guarded, work)
        return generation

    def report(self, histories: dict[str, CompanyHistory], year: int, scope: Scope | None = None) -> int:
        return self._latest("report_generation", self.report_ready, lambda: year_report(histories, year, scope))

    def dashboard(self, snapshot: OfficeSnapshot, histories: dict[str, CompanyHistory]) -> int:
        """The dashboard of some of the snapshot's companies (one consultant's)."""
        return self._latest("dashboard_generation", self.dashboard_ready, lambda: dashboard_for(snapshot, histories))

    def export(self, make: Callable[[Callable[[int, int], None]], bytes], path: Path) -> None:
        """``make(progress)`` the file's bytes on the reader's thread and write them
        atomically to ``path``; ``cancel_export`` stops it (nothing is written)."""
        from banso_desktop.files import write_atomically

        if self.closed:
            return
        self.cancel_export = False

        def progress(done: int, total: int) -> None:
            if self.cancel_export or self.closed:
                raise ExportCancelled
            self.export_progress.emit(done, total)

        def work() -> None:
            try:
                data = make(progress)
            except ExportCancelled:
                self.export_cancelled.emit()
                return
            try:
                written = write_atomically(path, data)
            except OSError as exc:
                self.failed.emit(QCoreApplication.translate("OfficeWindow", "Could not write %1: %2").replace(
                    "%1", str(path)).replace("%2", exc.strerror or str(exc)))
                return
            self.exported.emit(str(written))

        self._thread.submit(self._guarded, work)

    def wait(self) -> None:
        """Block until the work asked so far is done (tests, screenshots)."""
        if not self.closed:
            self._thread.wait()

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        self._thread.close()


def _bold(item: QTreeWidgetItem, column: int = 0) -> None:
    font = QFont(item.font(column))
    font.setBold(True)
    item.setFont(column, font)


def short_day(value: Any) -> str:
    """A date (or ISO text) as short 和暦 (R8.3.31); blank for none."""
    if isinstance(value, date):
        try:
            return format_wareki(value, "short")
        except ValueError:
            return value.isoformat()
    if isinstance(value, str) and value:
        try:
            return format_wareki(date.fromisoformat(value[:10]), "short")
        except ValueError:
            return value
    return ""


# Report sections: a heading and the figures under it.
SECTIONS = (
    ("Management development support", (
        "supported_companies", "analysed_companies", "planned_companies", "follow_up_companies",
        "follow_up_sessions", "sales_increased", "sales_decreased", "sales_flat", "sales_unknown",
        "gross_profit_increased", "gross_profit_decreased", "gross_profit_flat", "gross_profit_unknown")),
    ("Value added of the companies supported", ("value_added_yen", "value_added_increase_yen", "value_added_increased_companies")),
    ("Referrals and issues", ("referrals_made", "referrals_closed", "issues_resolved")),
)

def _section_name(name: str) -> str:
    # Literal calls so lupdate finds them.
    names = {
        SECTIONS[0][0]: QCoreApplication.translate("office", "Management development support"),
        SECTIONS[1][0]: QCoreApplication.translate("office", "Value added of the companies supported"),
        SECTIONS[2][0]: QCoreApplication.translate("office", "Referrals and issues"),
    }
    return names[name]


def detail_text(key: str, row: dict[str, Any]) -> str:
    """What a drill-down row says about the company, in a few words."""
    if key == "analysed_companies":
        return translate("OfficeWindow", "Figures up to the period ending %1 entered").replace("%1", short_day(row.get("period_end")))
    if key == "planned_companies":
        return translate("OfficeWindow", "%1 actions agreed in the year").replace("%1", str(row.get("actions", 0)))
    if key == "follow_up_companies":
        return translate("OfficeWindow", "%1 follow-up sessions; first plan %2").replace(
            "%1", str(row.get("sessions", 0))).replace("%2", short_day(row.get("plan_date")))
    if key == "follow_up_sessions":
        return row.get("theme") or ""
    if key == "supported_companies":
        return translate("OfficeWindow", "%1 sessions in the year").replace("%1", str(row.get("sessions", 0)))
    if key.startswith(("sales_", "gross_profit_")):
        if row.get("previous_yen") is None and row.get("latest_yen") is None:
            return translate("OfficeWindow", "No figures")
        change = row.get("change_yen")
        text = translate("OfficeWindow", "%1 → %2 thousand yen").replace("%1", thousands_text(row.get("previous_yen"))).replace(
            "%2", thousands_text(row.get("latest_yen")))
        if change is None:
            text += " " + translate("OfficeWindow", "(not comparable)")
        return text
    if key.startswith("value_added"):
        text = translate("OfficeWindow", "%1 thousand yen").replace("%1", thousands_text(row.get("value_added_yen")))
        if row.get("change_yen") is not None:
            sign = "+" if row["change_yen"] >= 0 else ""
            text += translate("OfficeWindow", " (change %1)").replace("%1", sign + thousands_text(row["change_yen"]))
        return text
    if key in ("referrals_made", "referrals_closed"):
        return " ".join(x for x in (row.get("institution") or "", row.get("outcome") or "") if x)
    if key == "issues_resolved":
        return row.get("title") or ""
    return ""


FIT_ROWS = 300  # rows measured to size a column: the ones in sight, and this many in all


class RowsModel(QAbstractTableModel):
    """A long list (thousands of companies at a large office), each row formatted only when
    the view first asks for it: filling the list costs nothing on the UI thread, scrolling
    formats the few dozen rows that come into sight."""

    def __init__(self, headers: list[str], parent: QObject | None = None, red_column: int | None = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.red_column = red_column  # a column written in red (the warnings' names)
        self.rows: list[Any] = []
        self._format: Callable[[Any], tuple[str, ...]] = lambda _row: ()
        self._company: Callable[[Any], str] = lambda _row: ""
        self._texts: dict[int, tuple[str, ...]] = {}

    def set_rows(self, rows: list[Any], format_row: Callable[[Any], tuple[str, ...]],
                 company: Callable[[Any], str]) -> None:
        """Show ``rows``; ``format_row(row)`` gives a row's texts, ``company(row)`` its company's id."""
        self.beginResetModel()
        self.rows, self._format, self._company, self._texts = rows, format_row, company, {}
        self.endResetModel()

    def texts(self, row: int) -> tuple[str, ...]:
        texts = self._texts.get(row)
        if texts is None:
            texts = self._texts[row] = self._format(self.rows[row])
        return texts

    def company_id(self, row: int) -> str:
        return self._company(self.rows[row])

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole or (role == Qt.ItemDataRole.ToolTipRole
                                                   and index.column() == len(self.headers) - 1):
            return self.texts(index.row())[index.column()]
        if role == ID_ROLE:
            return self.company_id(index.row())
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.red_column:
            return QBrush(RED)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


def rows_view(name: str, model: RowsModel, chosen: Callable[[str], None], one_line: bool) -> QTreeView:
    """A flat list over ``model``; activating a row (double-click, Enter) calls ``chosen``
    with its company's id."""
    view = QTreeView()
    view.setObjectName(name)
    view.setModel(model)
    view.setRootIsDecorated(False)
    view.setAlternatingRowColors(True)
    view.setUniformRowHeights(one_line)  # a fixed row height: nothing measured ahead of sight
    view.activated.connect(lambda index: index.isValid() and chosen(model.company_id(index.row())))
    return view


def fit_columns(view: QTreeView, model: RowsModel, columns: tuple[int, ...]) -> None:
    """Columns as wide as their texts in the first FIT_ROWS rows (a longer one further down
    is cut with …): measured here, as Qt's own measure asks the model for every role."""
    metrics = view.fontMetrics()
    count = min(model.rowCount(), FIT_ROWS)
    for column in columns:
        texts = [model.headers[column]] + [model.texts(i)[column] for i in range(count)]
        view.setColumnWidth(column, max(metrics.horizontalAdvance(line) for t in texts for line in t.split("\n")) + 24)


class ReportTab(QWidget):
    """年次報告: the figures of a fiscal year; a figure's companies below it."""

    company_chosen = Signal(str)
    export_requested = Signal(str)  # "xlsx" / "pdf"
    year_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: YearReport | None = None
        self.year_box = QComboBox()
        self.year_box.setObjectName("officeYear")
        self.year_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.year_box.currentIndexChanged.connect(
            lambda _i: self.year_box.currentData() is not None and self.year_changed.emit(self.year_box.currentData()))
        self.xlsx_button = QPushButton(self.tr("Export to Excel…"))
        self.xlsx_button.setObjectName("officeXlsx")
        self.xlsx_button.clicked.connect(lambda: self.export_requested.emit("xlsx"))
        self.pdf_button = QPushButton(self.tr("Export to PDF…"))
        self.pdf_button.setObjectName("officePdf")
        self.pdf_button.clicked.connect(lambda: self.export_requested.emit("pdf"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Fiscal year")))
        top.addWidget(self.year_box)
        self.period_label = QLabel()
        top.addWidget(self.period_label, 1)
        top.addWidget(self.xlsx_button)
        top.addWidget(self.pdf_button)

        self.figures = QTreeWidget()
        self.figures.setObjectName("officeFigures")
        self.figures.setHeaderLabels([self.tr("Figure"), self.tr("Value"), self.tr("Unit")])
        self.figures.setRootIsDecorated(False)
        self.figures.setAlternatingRowColors(True)
        self.figures.currentItemChanged.connect(self._show_rows)
        self.rows_title = QLabel()
        self.rows_title.setObjectName("officeRowsTitle")
        self.rows_model = RowsModel([self.tr("Company"), self.tr("Date"), self.tr("Detail")], self)
        self.rows = rows_view("officeRows", self.rows_model, self.company_chosen.emit, one_line=True)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.rows_title)
        below_layout.addWidget(self.rows, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.figures)
        split.addWidget(below)
        split.setSizes([520, 560])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    def set_years(self, years: list[int], chosen: int | None) -> None:
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for year in years:
            self.year_box.addItem(fiscal_year_label(year), year)
        if chosen in years:
            self.year_box.setCurrentIndex(years.index(chosen))
        self.year_box.blockSignals(False)

    def show_report(self, report: YearReport) -> None:
        self.report = report
        fy = report.fiscal_year
        if report.scope:
            text = self.tr("%1 – %2 · consultant: %4 · %3 companies").replace("%4", report.scope.label(translate))
        else:
            text = self.tr("%1 – %2 · %3 companies in the file")
        self.period_label.setText(text.replace("%1", short_day(fy.start)).replace("%2", short_day(fy.end)).replace(
            "%3", f"{report.company_count:,}"))
        current = self.figures.currentItem()
        keep = current.data(0, ID_ROLE) if current else "analysed_companies"
        self.figures.blockSignals(True)  # the companies are listed once, for the figure chosen below
        self.figures.clear()
        chosen = None
        for name, keys in SECTIONS:
            head = QTreeWidgetItem([_section_name(name)])
            _bold(head)
            head.setFirstColumnSpanned(True)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.figures.addTopLevelItem(head)
            for key in keys:
                figure = report[key]
                value = thousands_text(figure.value) if key in MONEY else f"{figure.value:,}"
                label = office_tr(FIGURE_NAMES[key])
                indent = "　　" if key.startswith(("sales_", "gross_profit_")) else "　"
                item = QTreeWidgetItem([indent + label, value, office_tr(FIGURE_UNITS[key])])
                item.setData(0, ID_ROLE, key)
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(0, office_tr(FIGURE_RULES[key]))
                if key in MONEY and figure.value < 0:
                    item.setForeground(1, QBrush(RED))
                self.figures.addTopLevelItem(item)
                if key == keep:
                    chosen = item
        for col in range(3):
            self.figures.resizeColumnToContents(col)
        if chosen is not None:
            self.figures.setCurrentItem(chosen)
        self.figures.blockSignals(False)
        self._show_rows(self.figures.currentItem())

    def item_for(self, key: str) -> QTreeWidgetItem | None:
        for i in range(self.figures.topLevelItemCount()):
            item = self.figures.topLevelItem(i)
            if item.data(0, ID_ROLE) == key:
                return item
        return None

    def _show_rows(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        key = item.data(0, ID_ROLE) if item else None
        if self.report is None or not key:
            self.rows_title.setText("")
            self.rows_model.set_rows([], tuple, str)
            return
        figure = self.report[key]
        self.rows_title.setText(self.tr("<b>%1</b> — %2 companies").replace(
            "%1", office_tr(FIGURE_NAMES[key])).replace("%2", str(len(figure.companies))))
        no_name = self.tr("(no name yet)")

        def texts(row: dict[str, Any]) -> tuple[str, ...]:
            when = row.get("date") or row.get("period_end")
            return row["company_name"] or no_name, short_day(when), detail_text(key, row)

        self.rows_model.set_rows(figure.rows, texts, lambda row: row["company_id"])
        fit_columns(self.rows, self.rows_model, (0, 1))

    def row_texts(self) -> list[tuple[str, ...]]:
        """Every row's texts, as shown (tests; a screen formats only what is in sight)."""
        return [self.rows_model.texts(i) for i in range(self.rows_model.rowCount())]


class AttentionTab(QWidget):
    """要注意: every company with a warning, the most warnings first, with the reasons."""

    company_chosen = Signal(str)
    rules_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.snapshot: OfficeSnapshot | None = None
        self.histories: dict[str, CompanyHistory] = {}  # the companies shown
        self.heading = QLabel()
        self.heading.setObjectName("attentionHeading")
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("attentionKind")
        self.kind_box.addItem(self.tr("All warnings"), "")
        for kind in KINDS:
            self.kind_box.addItem(office_tr(ALERT_NAMES[kind]), kind)
        self.kind_box.currentIndexChanged.connect(lambda _i: self._fill())
        self.rules_button = QPushButton(self.tr("Rules…"))
        self.rules_button.setObjectName("attentionRules")
        self.rules_button.clicked.connect(self.rules_requested.emit)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.kind_box)
        top.addWidget(self.rules_button)
        self.note = QLabel()
        self.note.setObjectName("attentionNote")
        self.note.setWordWrap(True)
        self.model = RowsModel([self.tr("Company"), self.tr("Warnings"), self.tr("Why")], self, red_column=1)
        # Rows of one to six lines (one per warning): their heights are measured as they come in sight.
        self.tree = rows_view("attentionTree", self.model, self.company_chosen.emit, one_line=False)
        self.tree.setColumnWidth(0, 230)
        self._sized = False
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.tree, 1)

    def show_snapshot(self, snapshot: OfficeSnapshot, histories: dict[str, CompanyHistory] | None = None) -> None:
        """The snapshot's warnings, of ``histories``' companies only when given (one consultant's)."""
        self.snapshot = snapshot
        self.histories = snapshot.histories if histories is None else histories
        self.note.setVisible(not snapshot.benchmark_present)
        self.note.setText(self.tr("No benchmark set is imported: a falling Local Benchmark score is not judged."))
        self._fill()

    def _fill(self) -> None:
        snapshot = self.snapshot
        if snapshot is None:
            self.model.set_rows([], tuple, str)
            return
        kind = self.kind_box.currentData()
        shown = self.histories
        chosen = [(cid, ws) for cid, ws in snapshot.warnings.items()
                  if cid in shown and (not kind or any(w.kind == kind for w in ws))]
        chosen.sort(key=lambda x: -len(x[1]))  # stable: フリガナ order within a count
        self.heading.setText(self.tr("<b>%1 companies need attention</b> (as of %2, of %3)").replace(
            "%1", f"{len(chosen):,}").replace("%2", short_day(snapshot.today)).replace("%3", f"{len(shown):,}"))
        no_name = self.tr("(no name yet)")

        def texts(entry: tuple[str, list[Alert]]) -> tuple[str, ...]:
            cid, warnings = entry
            names = "\n".join(office_tr(ALERT_NAMES[w.kind]) for w in warnings)  # beside its reason
            why = "\n".join(alert_reason(w.kind, w.detail, translate, short_day) for w in warnings)
            return snapshot.histories[cid].name or no_name, names, why

        self.model.set_rows(chosen, texts, lambda entry: entry[0])
        if not self._sized:  # as wide as the longest warning's name, whichever rows are listed
            metrics = self.tree.fontMetrics()
            width = max(metrics.horizontalAdvance(office_tr(ALERT_NAMES[k])) for k in KINDS)
            self.tree.setColumnWidth(1, width + 24)
            self._sized = True

    def row_texts(self) -> list[tuple[str, ...]]:
        """Every row's texts, as shown (tests; a screen formats only what is in sight)."""
        return [self.model.texts(i) for i in range(self.model.rowCount())]

    def counts(self) -> Counter:
        """Warnings by kind, of the companies shown."""
        if self.snapshot is None:
            return Counter()
        return Counter(w.kind for cid, ws in self.snapshot.warnings.items() if cid in self.histories for w in ws)


class RulesDialog(QDialog):
    """The early-warning rules: each on or off, with its threshold."""

    def __init__(self, rules: Rules, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rulesDialog")
        self.setWindowTitle(self.tr("Early-warning rules"))
        grid = QGridLayout()
        self.checks: dict[str, QCheckBox] = {}
        self.spins: dict[str, QDoubleSpinBox] = {}
        for row, kind in enumerate(KINDS):
            check = QCheckBox(office_tr(ALERT_NAMES[kind]))
            check.setObjectName(f"rule_{kind}")
            check.setChecked(rules.on(kind))
            self.checks[kind] = check
            grid.addWidget(check, row, 0)
            spec = PARAMETERS[kind]
            if spec is None:
                continue
            name, _default, low, high = spec
            spin = QDoubleSpinBox()
            spin.setObjectName(f"rule_{kind}_{name}")
            spin.setDecimals(2 if name == "ratio" else 0)
            spin.setSingleStep(0.1 if name == "ratio" else 1)
            spin.setRange(float(low), float(high))
            spin.setValue(float(rules.value(kind)))
            check.toggled.connect(spin.setEnabled)
            spin.setEnabled(rules.on(kind))
            self.spins[kind] = spin
            grid.addWidget(spin, row, 1)
            grid.addWidget(QLabel(office_tr(PARAMETER_NAMES[kind])), row, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.RestoreDefaults)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self._defaults)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("A company is listed when any rule that is on finds it.")))
        layout.addLayout(grid)
        layout.addWidget(buttons)

    def _defaults(self) -> None:
        defaults = Rules()
        for kind, check in self.checks.items():
            check.setChecked(defaults.on(kind))
        for kind, spin in self.spins.items():
            spin.setValue(float(defaults.value(kind)))

    def rules(self) -> Rules:
        data = []
        for kind in KINDS:
            item: dict[str, Any] = {"kind": kind, "enabled": self.checks[kind].isChecked()}
            spec = PARAMETERS[kind]
            if spec is not None:
                value = round(self.spins[kind].value(), 2)
                item[spec[0]] = int(value) if spec[0] != "ratio" else str(value)
            data.append(item)
        return Rules.from_json(data)


class OfficeWindow(QWidget):
    """事務所: 年次報告 · 要注意 · ダッシュボード, for everything in the file."""

    company_chosen = Signal(str, str)  # company id, tab
    snapshot_read = Signal(object)  # OfficeSnapshot: every company's warnings, for the list's badges

    def __init__(self, store: Store, writer, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.store, self.writer = store, writer
        self.setObjectName("officeWindow")
        self.setWindowTitle(self.tr("Office"))
        self.resize(1200, 780)
        self.reader = OfficeReader(store.path, self)
        self.reader.snapshot_ready.connect(self._snapshot)
        self.reader.report_ready.connect(self._report)
        self.reader.dashboard_ready.connect(self._dashboard)
        self.reader.failed.connect(self._failed)
        self.reader.exported.connect(self._exported)
        self.reader.export_progress.connect(self._export_progress)
        self.reader.export_cancelled.connect(lambda: self._export_ended(self.tr("Export stopped; nothing was written.")))
        self.snapshot: OfficeSnapshot | None = None
        self.year: int | None = None
        # 担当: every company, one consultant's (a manager's view of each 指導員) or nobody's.
        self.consultant: str | None = QSettings().value("office/consultant", "", str) or None
        self.consultant_box = QComboBox()
        self.consultant_box.setObjectName("officeConsultant")
        self.consultant_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.reload_consultants()
        self.consultant_box.currentIndexChanged.connect(self._consultant_chosen)
        self.report_tab = ReportTab()
        self.report_tab.year_changed.connect(self._year_chosen)
        self.report_tab.export_requested.connect(self.ask_export)
        self.report_tab.company_chosen.connect(lambda cid: self.company_chosen.emit(cid, "overview"))
        self.attention_tab = AttentionTab()
        self.attention_tab.company_chosen.connect(lambda cid: self.company_chosen.emit(cid, "overview"))
        self.attention_tab.rules_requested.connect(self.edit_rules)
        from banso_desktop.ui.dashboard_view import DashboardView

        self.dashboard = DashboardView()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("officeTabs")
        self.tabs.addTab(self.report_tab, self.tr("Yearly report"))
        self.tabs.addTab(self.attention_tab, self.tr("Needs attention"))
        self.tabs.addTab(self.dashboard, self.tr("Dashboard"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("officeRefresh")
        self.refresh_button.clicked.connect(lambda: self.refresh())
        self.status = QLabel(self.tr("Reading…"))
        self.status.setObjectName("officeStatus")
        self.progress = QProgressBar()
        self.progress.setObjectName("officeProgress")
        self.progress.setMaximumWidth(260)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Stop"))
        self.cancel_button.setObjectName("officeCancel")
        self.cancel_button.clicked.connect(self.cancel_export)
        self.cancel_button.hide()
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.refresh_button)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Consultant")))
        top.addWidget(self.consultant_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

    def show_tab(self, key: str) -> None:
        if key in OFFICE_TABS:
            self.tabs.setCurrentIndex(OFFICE_TABS.index(key))

    def refresh(self, today: date | None = None) -> None:
        """Read the file again (after edits or a sync); the figures follow."""
        self.status.setText(self.tr("Reading…"))
        self.refresh_button.setEnabled(False)
        self.reader.refresh(today or date.today())

    def reload_consultants(self) -> None:
        """The 担当 choices, as the company list has them (after a sync brings new names);
        a consultant no longer there (removed, or another file) falls back to everyone."""
        from banso_desktop.ui.company_list import fill_consultants

        self.consultant = fill_consultants(self.consultant_box, self.store, self.consultant)

    def scope(self) -> Scope | None:
        """The consultant the report is limited to, as it names them; None for every company."""
        return scope_of(self.store, self.consultant)

    def scoped(self) -> dict[str, CompanyHistory]:
        """The companies shown: every one, or the chosen consultant's."""
        return for_consultant(self.snapshot.histories, self.consultant) if self.snapshot else {}

    def _consultant_chosen(self, _index: int) -> None:
        self.consultant = self.consultant_box.currentData() or None
        QSettings().setValue("office/consultant", self.consultant or "")
        if self.snapshot is not None:
            self._show_scope()

    def _snapshot(self, generation: int, snapshot: OfficeSnapshot) -> None:
        if generation != self.reader.generation or self.reader.closed:
            return
        self.snapshot = snapshot
        self.snapshot_read.emit(snapshot)  # the badges: every company, whoever is chosen
        self.reload_consultants()
        if self.year is None or self.year not in snapshot.years:
            self.year = self._default_year(snapshot)
        self.report_tab.set_years(snapshot.years, self.year)
        self._show_scope()

    def _show_scope(self) -> None:
        """The three tabs for the chosen companies."""
        snapshot, histories = self.snapshot, self.scoped()
        self.attention_tab.show_snapshot(snapshot, histories)
        if self.consultant is None:
            self.reader.dashboard_generation += 1  # a consultant's dashboard still on its way is stale
            if snapshot.dashboard is not None:
                self.dashboard.show_data(snapshot.dashboard)
        elif snapshot.dashboard is not None:
            self.reader.dashboard(snapshot, histories)
        self.status.setText(self.tr("Reading…"))
        self.reader.report(histories, self.year, self.scope())

    def _dashboard(self, generation: int, data) -> None:
        if generation == self.reader.dashboard_generation and not self.reader.closed:
            self.dashboard.show_data(data)

    @staticmethod
    def _default_year(snapshot: OfficeSnapshot) -> int:
        """The year a report is usually made for: the one just ended in April–June, else this one."""
        current = FiscalYear.of(snapshot.today).year
        if snapshot.today.month in (4, 5, 6) and current - 1 in snapshot.years:
            return current - 1
        return current

    def _year_chosen(self, year: int) -> None:
        self.year = year
        if self.snapshot is not None:
            self.status.setText(self.tr("Reading…"))
            self.reader.report(self.scoped(), year, self.scope())

    def _report(self, generation: int, report: YearReport) -> None:
        if generation != self.reader.report_generation or self.reader.closed:
            return
        self.report_tab.show_report(report)
        self.refresh_button.setEnabled(True)
        snapshot, shown = self.snapshot, self.scoped()
        attention = sum(1 for cid in snapshot.warnings if cid in shown) if snapshot else 0
        self.status.setText(self.tr("%1 companies · %2 need attention · read %3").replace(
            "%1", f"{len(shown):,}").replace("%2", f"{attention:,}").replace(
            "%3", short_day(snapshot.today) if snapshot else ""))

    def _failed(self, message: str) -> None:
        self.refresh_button.setEnabled(True)
        self._export_ended(message)

    # --- exports -------------------------------------------------------------------

    def _organization(self) -> str:
        try:
            return self.store.people.organization_name()
        except Exception:  # noqa: BLE001 - a name on the report is not worth an error
            return ""

    def default_name(self, kind: str) -> str:
        report = self.report_tab.report
        year = report.fiscal_year.year if report else self.year or date.today().year
        title = self.tr("Yearly report")
        name = report.scope.label(translate) if report and report.scope else ""
        if name:  # 年次報告_2025_山田 太郎_20261121.xlsx (the name made safe for a file name)
            from banso_desktop.documents.base import file_name

            return file_name(f"{title}_{year}", name, date.today()).removesuffix(".pdf") + f".{kind}"
        return f"{title}_{year}_{date.today():%Y%m%d}.{kind}"

    def ask_export(self, kind: str) -> None:
        if self.report_tab.report is None:
            return
        from banso_desktop.ui.export_view import documents_folder

        folder = QSettings().value("export/folder", "", str)
        start = Path(folder) if folder and Path(folder).is_dir() else documents_folder()
        pattern = self.tr("Excel workbooks (*.xlsx)") if kind == "xlsx" else self.tr("PDF documents (*.pdf)")
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the yearly report"),
                                                    str(start / self.default_name(kind)), pattern)
        if not path:
            return
        if not path.lower().endswith(f".{kind}"):
            path += f".{kind}"
        QSettings().setValue("export/folder", str(Path(path).parent))
        self.export_to(Path(path), kind)

    def export_to(self, path: Path, kind: str, lang: str | None = None) -> None:
        """Write the report shown as ``kind`` (xlsx / pdf) to ``path``, off the UI thread."""
        from banso_desktop.ui import labels

        report = self.report_tab.report
        if report is None:
            return
        lang = lang or labels.language()
        organization, today = self._organization(), date.today()
        if kind == "xlsx":
            from banso_desktop.office.workbook import workbook_bytes

            def make(progress) -> bytes:
                return workbook_bytes(report, lang, today, organization, progress=progress)
        else:
            from banso_desktop.documents.office_report import office_report_pdf

            def make(progress) -> bytes:
                return office_report_pdf(report, lang, today, organization, progress=progress)
        self.status.setText(self.tr("Writing %1…").replace("%1", str(path)))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.report_tab.xlsx_button.setEnabled(False)
        self.report_tab.pdf_button.setEnabled(False)
        self.reader.export(make, path)

    def cancel_export(self) -> None:
        self.reader.cancel_export = True

    def _export_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _exported(self, path: str) -> None:
        self._export_ended(self.tr("Saved %1").replace("%1", path))

    def _export_ended(self, message: str) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.report_tab.xlsx_button.setEnabled(True)
        self.report_tab.pdf_button.setEnabled(True)
        self.status.setText(message)

    # --- rules ---------------------------------------------------------------------

    def edit_rules(self) -> RulesDialog:
        dialog = RulesDialog(load_rules(self.store), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.save_rules(dialog.rules()))
        dialog.open()
        return dialog

    def save_rules(self, rules: Rules) -> None:
        text = rules_text(rules)

        def save(store: Store) -> None:
            store.set_meta("warning_rules", text)

        def saved(_result) -> None:
            self.refresh()  # the list's badges follow the read (snapshot_read)

        self.writer.submit(save, saved)

    def shutdown(self) -> None:
        """Let the reader finish what it is doing (an export being written) and stop."""
        self.reader.close()
