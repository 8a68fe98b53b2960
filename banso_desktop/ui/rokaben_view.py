"""The ロカベン tab: statements, the six indicators with points, rank, radar and trends;
and the non-financial sheet (in :mod:`banso_desktop.ui.rokaben_sheet_view`)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from html import escape

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QPolarChart,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from banso_desktop.assessment import decide_scale
from banso_desktop.data import industries
from banso_desktop.domain.industries import Scale
from banso_desktop.domain.rokaben import INDICATORS, Assessment, Indicator, PeriodScore, assess, format_value, unit
from banso_desktop.store import Store
from banso_desktop.ui import labels
from banso_desktop.ui.autosave import AutosaveBuffer
from banso_desktop.ui.ops import Writer
from banso_desktop.ui.statements_model import StatementsModel

SERIES_COLOURS = ("#9aa5b1", "#5b8def", "#d9480f")  # oldest → latest of the three periods
RANK_COLOURS = {"A": "#146c2e", "B": "#0b57d0", "C": "#b26a00", "D": "#b3261e"}


def _period_label(end: date) -> str:
    return labels.fiscal_period(end)


class ResultsTable(QTableWidget):
    """The six indicators of the last three periods: value and points; the latest
    period's industry median and the cut-point for one more point; total and rank."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rokabenResults")
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setWordWrap(True)

    def show_assessment(self, assessment: Assessment) -> None:
        lang = labels.language()
        shown = assessment.periods[-3:]
        # Two-line headers (令和6年 / 12月期) keep the columns narrow.
        headers = [self.tr("Indicator")] + [labels.fiscal_period(p.period_end, two_lines=True) for p in shown]
        headers += [self.tr("Industry median\nFor one more point")]
        self.clear()
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(headers)
        self.setRowCount(len(INDICATORS) + 2)
        latest = shown[-1] if shown else None
        for row, indicator in enumerate(INDICATORS):
            self._set(row, 0, labels.indicator(indicator.value), left=True)
            for col, period in enumerate(shown, start=1):
                result = period.results[indicator]
                text = format_value(indicator, result.value, lang)
                if result.score is not None:
                    text += "\n" + self.tr("%1 pt").replace("%1", str(result.score))
                item = self._set(row, col, text)
                if result.reason is not None:
                    item.setToolTip(QCoreApplication.translate("rokaben", result.reason.message))
                    item.setForeground(QColor("#b3261e"))
            if latest is not None:
                result = latest.results[indicator]
                median = format_value(indicator, result.cuts.median, lang) if result.cuts else "—"
                step = format_value(indicator, result.next_cut, lang) if result.next_cut is not None else "—"
                item = self._set(row, len(shown) + 1, f"{median}\n{step}")
                item.setToolTip(self.tr("Median of the industry and size; the value needed for one more point."))
        total_row, rank_row = len(INDICATORS), len(INDICATORS) + 1
        self._set(total_row, 0, self.tr("Total (max 30)"), left=True, bold=True)
        self._set(rank_row, 0, self.tr("Rank"), left=True, bold=True)
        for col, period in enumerate(shown, start=1):
            self._set(total_row, col, "—" if period.total is None else str(period.total), bold=True)
            item = self._set(rank_row, col, period.rank or "—", bold=True)
            if period.rank:
                item.setForeground(QColor(RANK_COLOURS[period.rank]))
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.setColumnWidth(0, self.fontMetrics().horizontalAdvance("⑤ 営業運転資本") + 12)
        for col in range(1, len(headers)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)

    def _set(self, row: int, col: int, text: str, left: bool = False, bold: bool = False) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        align = Qt.AlignmentFlag.AlignLeft if left else Qt.AlignmentFlag.AlignRight
        item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        if bold:
            font = QFont(self.font())
            font.setBold(True)
            item.setFont(font)
        self.setItem(row, col, item)
        return item


def replace_chart(view: QChartView, chart: QChart) -> None:
    """Show a new chart and delete the one it replaces: setChart only lets go of the old
    one, which otherwise stays in memory (~1 MB per company opened)."""
    old = view.chart()
    view.setChart(chart)
    if old is not None and old is not chart:
        old.deleteLater()


class RadarChart(QChartView):
    """Points of the six indicators, up to the last three periods, on one radar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rokabenRadar")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)

    def show_periods(self, periods: list[PeriodScore]) -> None:
        chart = QPolarChart()
        chart.setMargins(QMargins(0, 0, 0, 0))
        chart.layout().setContentsMargins(0, 0, 0, 0)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        angular = QCategoryAxis()
        angular.setRange(0, len(INDICATORS))
        angular.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for n, indicator in enumerate(INDICATORS):
            angular.append(labels.indicator(indicator.value, short=True), n)
        radial = QValueAxis()
        radial.setRange(0, 5)
        radial.setTickCount(6)
        radial.setLabelFormat("%d")
        chart.addAxis(angular, QPolarChart.PolarOrientation.PolarOrientationAngular)
        chart.addAxis(radial, QPolarChart.PolarOrientation.PolarOrientationRadial)
        scored = [p for p in periods if p.total is not None][-3:]
        colours = SERIES_COLOURS[-len(scored):] if scored else ()
        for period, colour in zip(scored, colours):
            series = QLineSeries()
            series.setName(f"{_period_label(period.period_end)}  {period.total}/30 {period.rank}")
            values = [period.results[i].score or 0 for i in INDICATORS]
            for n, value in enumerate(values + values[:1]):
                series.append(n, value)
            series.setPen(QPen(QColor(colour), 2.5))
            chart.addSeries(series)
            series.attachAxis(angular)
            series.attachAxis(radial)
        if not scored:
            chart.setTitle(QCoreApplication.translate("RadarChart", "No points without benchmarks (基準値未登録)"))
        replace_chart(self, chart)


class TrendChart(QWidget):
    """One indicator over every period, with the industry median as a dashed line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = QComboBox()
        self.choice.setObjectName("trendIndicator")
        for indicator in INDICATORS:
            self.choice.addItem(labels.indicator(indicator.value), indicator.value)
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(240)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choice, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.view, 1)
        self._periods: list[PeriodScore] = []
        self.choice.currentIndexChanged.connect(lambda _i: self._draw())

    def show_periods(self, periods: list[PeriodScore]) -> None:
        self._periods = periods
        self._draw()

    def _scale(self, indicator: Indicator, value: Decimal) -> float:
        return float(value * 100) if indicator.is_ratio else float(value)

    def _draw(self) -> None:
        indicator = Indicator(self.choice.currentData())
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        x_axis = QBarCategoryAxis()
        x_axis.append([_period_label(p.period_end) for p in self._periods] or [""])
        y_axis = QValueAxis()
        y_axis.setTitleText(unit(indicator, labels.language()))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        values = QLineSeries()
        values.setName(labels.indicator(indicator.value, short=True))
        values.setPen(QPen(QColor(SERIES_COLOURS[-1]), 2.5))
        values.setPointsVisible(True)
        median = QLineSeries()
        median.setName(self.tr("Industry median"))
        median.setPen(QPen(QColor("#5f6368"), 1.5, Qt.PenStyle.DashLine))
        numbers = []
        for n, period in enumerate(self._periods):
            result = period.results[indicator]
            if result.value is not None:
                values.append(n, self._scale(indicator, result.value))
                numbers.append(self._scale(indicator, result.value))
            if result.cuts is not None:
                median.append(n, self._scale(indicator, result.cuts.median))
                numbers.append(self._scale(indicator, result.cuts.median))
        for series in (values, median):
            if series.count():
                chart.addSeries(series)
                series.attachAxis(x_axis)
                series.attachAxis(y_axis)
        if numbers:
            low, high = min(numbers), max(numbers)
            pad = (high - low) * 0.15 or abs(high) * 0.15 or 1
            y_axis.setRange(low - pad, high + pad)
            y_axis.applyNiceNumbers()
        else:
            y_axis.setRange(0, 1)
        replace_chart(self.view, chart)


class FinancialPage(QWidget):
    """財務分析: benchmark and size line, the statements grid, results and charts."""

    benchmarks_changed = Signal()
    assessed = Signal(object)  # Assessment, after every change

    def __init__(self, store: Store, writer: Writer, autosave: AutosaveBuffer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.writer = writer
        self.autosave = autosave
        self.company_id: str | None = None
        self.assessment: Assessment | None = None

        self.benchmark_label = QLabel()
        self.benchmark_label.setObjectName("benchmarkLabel")
        self.benchmark_choice = QComboBox()
        self.benchmark_choice.setObjectName("benchmarkChoice")
        self.benchmark_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.benchmark_choice.setMinimumContentsLength(10)
        self.import_button = QPushButton(self.tr("Import benchmarks…"))
        self.import_button.setObjectName("importBenchmarks")
        self.scale_label = QLabel()
        self.scale_label.setObjectName("scaleLabel")
        self.scale_label.setWordWrap(True)
        self.add_button = QPushButton(self.tr("＋ Fiscal period"))
        self.add_button.setObjectName("addPeriod")
        self.delete_button = QPushButton(self.tr("Delete period…"))
        self.delete_button.setObjectName("deletePeriod")

        self.model = StatementsModel(store, writer, autosave, self)
        self.grid = QTableView()
        self.grid.setObjectName("statementsGrid")
        self.grid.setModel(self.model)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.grid.horizontalHeader().setDefaultSectionSize(self.fontMetrics().horizontalAdvance("▲9,999,999") + 14)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.grid.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.unit = QLabel(self.tr("(Unit: thousand yen)"))
        self.problems = QLabel()
        self.problems.setObjectName("statementProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b3261e;")
        self.results = ResultsTable()
        self.notes = QLabel()
        self.notes.setObjectName("resultNotes")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)

        top = QHBoxLayout()
        top.addWidget(self.benchmark_label)
        top.addWidget(self.benchmark_choice, 1)
        top.addWidget(self.import_button)
        top.addStretch(1)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        unit_row = QHBoxLayout()
        unit_row.addWidget(self.add_button)
        unit_row.addWidget(self.delete_button)
        unit_row.addStretch(1)
        unit_row.addWidget(self.unit)
        left_box.addLayout(unit_row)
        left_box.addWidget(self.grid, 1)
        left_box.addWidget(self.problems)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(self.scale_label)
        right_box.addWidget(self.results, 1)
        right_box.addWidget(self.notes)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setSizes([460, 480])  # the grid needs its periods visible
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self.model.figures_changed.connect(self.recompute)
        self.model.period_failed.connect(
            lambda message: QMessageBox.warning(self, self.tr("Fiscal period not added"), message)
        )
        self.import_button.clicked.connect(self.choose_benchmark_file)
        self.benchmark_choice.activated.connect(self._choose_set)
        self.add_button.clicked.connect(self.add_period)
        self.delete_button.clicked.connect(self.delete_period)
        self.autosave.saved.connect(self._company_saved)

    # --- loading and scoring -----------------------------------------------------------------

    def load(self, company_id: str) -> None:
        self.company_id = company_id
        self._fill_sets()
        self.model.load(company_id)
        self._fit_grid()

    def _fit_grid(self) -> None:
        """Give the grid room for its periods (up to four), the results the rest."""
        total = max(sum(self.splitter.sizes()), 900)
        label = self.grid.verticalHeader().sizeHint().width()
        column = self.grid.horizontalHeader().defaultSectionSize()
        wanted = label + column * min(max(len(self.model.columns), 2), 4) + 24
        self.splitter.setSizes([wanted, max(total - wanted, 360)])

    def _fill_sets(self) -> None:
        sets = self.store.benchmarks.list()
        self.benchmark_choice.blockSignals(True)
        self.benchmark_choice.clear()
        for s in sets:
            self.benchmark_choice.addItem(f"{s['label']}  ({s['created_at'][:10]})", s["id"])
            if s["active"]:
                self.benchmark_choice.setCurrentIndex(self.benchmark_choice.count() - 1)
        self.benchmark_choice.setVisible(bool(sets))
        self.benchmark_choice.blockSignals(False)
        self.benchmark_label.setText(
            self.tr("Benchmarks:") if sets else self.tr("Benchmarks: not registered (基準値未登録)")
        )

    def _company(self) -> dict:
        """The company as typed so far (pending edits over the stored row)."""
        row = dict(self.store.companies.get(self.company_id) or {}) if self.company_id else {}
        for field, edit in self.autosave.pending("company", self.company_id or "").items():
            if edit.error is None:
                row[field] = edit.value
        return row

    def recompute(self) -> None:
        if self.company_id is None:
            return
        company = self._company()
        figures = self.model.figures()
        override = Scale(company["scale_override"]) if company.get("scale_override") else None
        code = company.get("industry_code")
        scale, rule = decide_scale(code, override, figures, company.get("employees"))
        self.assessment = assess(figures, code, scale, self.store.benchmarks.active())
        self.results.show_assessment(self.assessment)
        self.assessed.emit(self.assessment)
        self._describe(code, scale, rule)
        problems = self.model.problems()
        self.problems.setText("\n".join(f"{p}　{line}：{reason}" for p, line, reason in problems))
        self.problems.setVisible(bool(problems))
        self.delete_button.setEnabled(bool(self.model.columns))

    def _describe(self, code: str | None, scale: Scale | None, rule: str) -> None:
        industry = industries().get(code)
        if industry is None:
            text = self.tr("Set the industry on the Overview tab to score against benchmarks.")
        else:
            text = f"{industry.code} {industry.label(labels.language())}　·　{labels.scale(scale.value) if scale else '—'}"
            if rule == "given":
                text += "　" + self.tr("(set by hand)")
            elif rule == "derived":
                text += "　" + self.tr("(automatic: small when employees ≤ %1)").replace("%1", str(industry.small_max_employees))
            else:
                text += "　" + self.tr("(enter employees to decide the size)")
        self.scale_label.setText(text)
        notes = []
        for period in (self.assessment.periods[-3:] if self.assessment else []):
            for indicator, result in period.results.items():
                if result.reason is not None:
                    notes.append(
                        f"{escape(_period_label(period.period_end))} {escape(labels.indicator(indicator.value, short=True))}："
                        f"{escape(QCoreApplication.translate('rokaben', result.reason.message))}"
                    )
        self.notes.setText("<br>".join(notes))
        self.notes.setVisible(bool(notes))

    def _company_saved(self, table: str, row_id: str, fields: list[str]) -> None:
        if table == "company" and row_id == self.company_id and {"industry_code", "scale_override", "employees"} & set(fields):
            self.recompute()

    # --- benchmarks ----------------------------------------------------------------------------

    def choose_benchmark_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import ロカベン benchmarks"), "",
            self.tr("METI workbook or benchmark CSV (*.xlsx *.xlsm *.csv)"),
        )
        if path:
            self.import_benchmarks(path)

    def import_benchmarks(self, path: str) -> None:
        """Read and store a benchmark file on the writer thread, then score with it."""
        self.import_button.setEnabled(False)
        self.benchmark_label.setText(self.tr("Importing benchmarks…"))

        def done(_result) -> None:
            self.import_button.setEnabled(True)
            self._fill_sets()
            self.recompute()
            self.benchmarks_changed.emit()

        def failed(message: str) -> None:
            self.import_button.setEnabled(True)
            self._fill_sets()
            QMessageBox.warning(self, self.tr("Benchmarks not imported"), message)

        self.writer.submit(lambda store: store.benchmarks.import_file(path), done, failed)

    def _choose_set(self, index: int) -> None:
        set_id = self.benchmark_choice.itemData(index)
        self.writer.submit(lambda store: store.benchmarks.set_active(set_id), lambda _r: self.recompute())

    # --- periods -------------------------------------------------------------------------------

    def add_period(self) -> None:
        company = self._company()
        end = self.model.next_period_end(company.get("fiscal_month"))
        self.model.add_period(end)
        self._fit_grid()
        column = next(n for n, c in enumerate(self.model.columns) if c.values["period_end"] == end.isoformat())
        self.grid.setCurrentIndex(self.model.index(2, column))  # 売上高 of the new period
        self.grid.setFocus()

    def delete_period(self) -> None:
        index = self.grid.currentIndex()
        columns = self.model.columns
        if not columns:
            return
        column = columns[index.column()] if index.isValid() else columns[-1]
        end = column.values.get("period_end")
        name = _period_label(date.fromisoformat(end)) if end else ""
        answer = QMessageBox.question(
            self, self.tr("Delete fiscal period"),
            self.tr("Delete the figures of %1?").replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.model.delete_period(column.id)


class ChartsPage(QWidget):
    """グラフ: the radar of the last three periods and one indicator's trend, large."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.radar = RadarChart()
        self.trend = TrendChart()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.radar, 1)
        layout.addWidget(self.trend, 1)

    def show_assessment(self, assessment: Assessment) -> None:
        self.radar.show_periods(assessment.periods)
        self.trend.show_periods(assessment.periods)


class RokabenTab(QTabWidget):
    """財務分析 / グラフ / 4つの視点 / 商流・業務フロー."""

    def __init__(self, store: Store, writer: Writer, autosave: AutosaveBuffer, parent: QWidget | None = None) -> None:
        from banso_desktop.ui.rokaben_sheet_view import FlowPage, PerspectivesPage

        super().__init__(parent)
        self.setObjectName("rokabenTabs")
        self.financial = FinancialPage(store, writer, autosave)
        self.charts = ChartsPage()
        self.perspectives = PerspectivesPage(store, autosave)
        self.flow = FlowPage(store, writer, autosave)
        self.addTab(self.financial, self.tr("Financial analysis"))
        self.addTab(self.charts, self.tr("Charts"))
        self.addTab(self.perspectives, self.tr("Four perspectives"))
        self.addTab(self.flow, self.tr("Business flow and commercial flow"))
        self.financial.assessed.connect(self.charts.show_assessment)

    def load(self, company_id: str) -> None:
        self.financial.load(company_id)
        self.perspectives.load(company_id)
        self.flow.load(company_id)
