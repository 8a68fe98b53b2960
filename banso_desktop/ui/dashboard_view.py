"""The office dashboard: four small charts of what ``office.dashboard`` computed.

The figures are worked out elsewhere (``dashboard_data`` is pure and runs on a worker
thread); this widget only paints them. Each ``show_data`` builds four new charts and
hands each to its view; the chart it replaces, with its series and axes, is deleted
(a chart view releases a replaced chart without freeing it). A chart with nothing to
show gives way to a centred message that says why.
"""

from __future__ import annotations

import math
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QBoxPlotSeries,
    QBoxSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QStackedWidget, QToolTip, QVBoxLayout, QWidget

from banso_desktop.domain.japanese import era_of, format_amount
from banso_desktop.office.dashboard import RANKS, DashboardData
from banso_desktop.ui import labels

GREY = "#5f6368"
BAR_COLOUR = QColor("#3b78c3")
CARD_INSET = 8  # where a chart view draws its chart's white background
KEYS = ("ranks", "scores", "value_added", "sessions")  # the panels, left to right, top to bottom


def fiscal_year_label(year: int) -> str:
    """A fiscal year, short: R7年度 in Japanese (元年 as 1, R1年度), FY2025 in English."""
    if labels.language() != "ja":
        return f"FY{year}"
    era = era_of(date(year, 12, 31))  # the era at the year's end names it: 2019 → R1年度 (令和元年度)
    return f"{era.letter}{year - era.start.year + 1}年度"


def month_label(year: int, month: int) -> str:
    """25/04."""
    return f"{year % 100:02d}/{month:02d}"


def nice_range(low: float, high: float, ticks: int = 5) -> tuple[float, float, int]:
    """(bottom, top, tick count) around [low, high] with round steps (1, 2, 5 × 10ⁿ; at
    least 1), so whole-number labels never repeat."""
    low, high = min(low, 0.0), max(high, 0.0)
    span = (high - low) or 1.0
    raw = span / (ticks - 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    step = max(step, 1.0)
    bottom = math.floor(low / step) * step
    top = math.ceil(high / step) * step
    if top == bottom:
        top = bottom + step
    return bottom, top, int(round((top - bottom) / step)) + 1


class _Panel(QStackedWidget):
    """One chart, or in its place a title and a centred message."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.view = QChartView(self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumSize(240, 180)
        self.empty = QWidget(self)
        card = QWidget(self.empty)  # white and inset like a chart (light theme)
        card.setAutoFillBackground(True)
        palette = card.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("white"))
        card.setPalette(palette)
        outer = QVBoxLayout(self.empty)
        outer.setContentsMargins(CARD_INSET, CARD_INSET, CARD_INSET, CARD_INSET)
        outer.addWidget(card)
        self.title = QLabel(card)
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.message = QLabel(card)
        self.message.setObjectName("dashboardMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {GREY};")
        layout = QVBoxLayout(card)
        layout.addWidget(self.title)
        layout.addWidget(self.message, 1)
        self.addWidget(self.view)
        self.addWidget(self.empty)

    def show_chart(self, chart: QChart) -> None:
        """Put ``chart`` in the view and delete the one it replaces."""
        old = self.view.chart()
        self.view.setChart(chart)  # the view owns the new chart and lets go of the old one
        if old is not None and old is not chart:
            old.deleteLater()  # with its series and axes
        self.message.clear()
        self.setCurrentWidget(self.view)

    def show_message(self, chart: QChart, text: str) -> None:
        """An empty ``chart`` (so the old one is freed all the same) behind a message."""
        self.show_chart(chart)
        self.title.setFont(chart.titleFont())
        self.title.setText(chart.title())
        self.message.setText(text)
        self.setCurrentWidget(self.empty)


class DashboardView(QWidget):
    """Companies by rank, scores per fiscal year, value added per fiscal year and
    sessions per month, in a 2×2 grid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardView")
        self.data: DashboardData | None = None
        self._panels: dict[str, _Panel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setSpacing(6)
        for n, key in enumerate(KEYS):
            panel = _Panel(self)
            panel.setObjectName(f"dashboard_{key}")
            self._panels[key] = panel
            grid.addWidget(panel, n // 2, n % 2)
        for i in range(2):
            grid.setRowStretch(i, 1)
            grid.setColumnStretch(i, 1)

    # --- what tests and the office view look at ---------------------------------------

    def chart(self, key: str) -> QChart:
        """The chart of panel ``key`` (one of ``KEYS``), shown or behind its message."""
        return self._panels[key].view.chart()

    def chart_view(self, key: str) -> QChartView:
        return self._panels[key].view

    def message(self, key: str) -> str:
        """The message shown in place of the chart, or "" when the chart is shown."""
        panel = self._panels[key]
        return panel.message.text() if panel.currentWidget() is panel.empty else ""

    # --- painting ---------------------------------------------------------------------

    def show_data(self, data: DashboardData) -> None:
        """Replace the four charts with ``data``'s (the old ones are deleted)."""
        self.data = data
        self._show_ranks(data)
        self._show_scores(data)
        self._show_value_added(data)
        self._show_sessions(data)

    def _fonts(self) -> tuple[QFont, QFont]:
        """(title, labels): the app's font (BIZ UD Gothic, which has the Japanese)."""
        base = QFont(self.font())
        title = QFont(base)
        title.setBold(True)
        title.setPointSizeF(base.pointSizeF() * 1.1)
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() * 0.9, 8.0))
        return title, small

    def _new_chart(self, title: str) -> QChart:
        chart = QChart()
        title_font, _ = self._fonts()
        chart.setTitle(title)
        chart.setTitleFont(title_font)
        chart.legend().hide()
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(2, 2, 2, 2))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        return chart

    def _axis(self, chart: QChart, axis: QAbstractAxis, side: Qt.AlignmentFlag, series, title: str = "") -> None:
        _, small = self._fonts()
        axis.setLabelsFont(small)
        axis.setTitleFont(small)
        if title:
            axis.setTitleText(title)
        chart.addAxis(axis, side)
        series.attachAxis(axis)

    def _value_axis(self, chart: QChart, series, low: float, high: float, title: str) -> QValueAxis:
        axis = QValueAxis()
        bottom, top, ticks = nice_range(low, high)
        axis.setRange(bottom, top)
        axis.setTickCount(ticks)
        axis.setLabelFormat("%d")
        self._axis(chart, axis, Qt.AlignmentFlag.AlignLeft, series, title)
        return axis

    def _categories(self, chart: QChart, series, names: list[str]) -> QBarCategoryAxis:
        axis = QBarCategoryAxis()
        axis.append(names)
        self._axis(chart, axis, Qt.AlignmentFlag.AlignBottom, series)
        return axis

    def _bars(self, chart: QChart, name: str, values: list[float], tips: list[str],
              labels_visible: bool = True) -> QBarSeries:
        _, small = self._fonts()
        bars = QBarSet(name)
        bars.append(values)
        bars.setColor(BAR_COLOUR)
        bars.setBorderColor(BAR_COLOUR)
        bars.setLabelFont(small)
        bars.setLabelColor(QColor("#202124"))
        series = QBarSeries()
        series.append(bars)
        series.setBarWidth(0.6)
        if labels_visible:
            series.setLabelsVisible(True)
            series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
            series.setLabelsFormat("@value")
            series.setLabelsPrecision(15)
        series.hovered.connect(lambda on, index, _set: self._tip(on, tips[index] if 0 <= index < len(tips) else ""))
        chart.addSeries(series)
        return series

    @staticmethod
    def _tip(on: bool, text: str) -> None:
        if on and text:
            QToolTip.showText(QCursor.pos(), text)
        else:
            QToolTip.hideText()

    # (a) companies by rank
    def _show_ranks(self, data: DashboardData) -> None:
        panel = self._panels["ranks"]
        chart = self._new_chart(self.tr("Companies by Local Benchmark rank"))
        if not data.has_benchmark:
            panel.show_message(chart, self.tr("Assessing the Local Benchmark needs a benchmark table: import one first."))
            return
        if data.company_count == 0:
            panel.show_message(chart, self.tr("No companies yet."))
            return
        names = list(RANKS) + [self.tr("Not scored")]
        values = [data.ranks[r] for r in RANKS] + [data.ranks["not_scored"]]
        series = self._bars(chart, self.tr("Companies"), [float(v) for v in values], [])
        self._categories(chart, series, names).setTruncateLabels(False)  # 「未評価」 whole: five short labels
        self._value_axis(chart, series, 0, max(values) * 1.1, self.tr("Companies"))
        panel.show_chart(chart)

    # (b) scores per fiscal year
    def _show_scores(self, data: DashboardData) -> None:
        panel = self._panels["scores"]
        chart = self._new_chart(self.tr("Local Benchmark scores by fiscal year"))
        if not data.has_benchmark:
            panel.show_message(chart, self.tr("Assessing the Local Benchmark needs a benchmark table: import one first."))
            return
        if not data.scores:
            panel.show_message(chart, self.tr("No scored periods yet."))
            return
        series = QBoxPlotSeries()
        series.setBoxWidth(0.5)
        names, tips = [], []
        for year in data.scores:
            name = fiscal_year_label(year.fiscal_year)
            box = QBoxSet(year.minimum, year.q1, year.median, year.q3, year.maximum, name)
            box.setBrush(QColor("#cfe0f5"))
            series.append(box)
            names.append(name)
            tips.append(self.tr("%1\nPeriods scored: %2\nHighest: %3\nUpper quartile: %4\nMedian: %5\n"
                                "Lower quartile: %6\nLowest: %7")
                        .replace("%1", name).replace("%2", str(year.count))
                        .replace("%3", _score(year.maximum)).replace("%4", _score(year.q3))
                        .replace("%5", _score(year.median)).replace("%6", _score(year.q1))
                        .replace("%7", _score(year.minimum)))
        series.hovered.connect(lambda on, box: self._tip(on, tips[names.index(box.label())] if box.label() in names else ""))
        chart.addSeries(series)
        self._categories(chart, series, names)
        axis = QValueAxis()
        axis.setRange(0, 30)
        axis.setTickCount(7)
        axis.setLabelFormat("%d")
        self._axis(chart, axis, Qt.AlignmentFlag.AlignLeft, series, self.tr("Total score"))
        panel.show_chart(chart)

    # (c) value added per fiscal year
    def _show_value_added(self, data: DashboardData) -> None:
        panel = self._panels["value_added"]
        chart = self._new_chart(self.tr("Value added per company (median)"))
        if not data.value_added:
            panel.show_message(chart, self.tr("No value added yet: it needs operating income, labour cost and "
                                              "depreciation of a period."))
            return
        names, values, tips = [], [], []
        for year in data.value_added:
            name = fiscal_year_label(year.fiscal_year)
            median = _thousands(year.median_yen)
            names.append(name)
            # Bars in 百万円 (30.7 reads at a glance; a bar label cannot group 30,656 千円).
            values.append(round(float(median) / 1000, 1))
            tips.append(self.tr("%1\nMedian: %2 thousand yen\nTotal: %3 thousand yen\nCompanies: %4")
                        .replace("%1", name).replace("%2", format_amount(median))
                        .replace("%3", format_amount(_thousands(year.total_yen))).replace("%4", str(year.companies)))
        series = self._bars(chart, self.tr("Value added"), values, tips)
        self._categories(chart, series, names)
        low, high = min(values), max(values)
        self._value_axis(chart, series, low * 1.1 if low < 0 else 0, high * 1.12, self.tr("Million yen"))
        panel.show_chart(chart)

    # (d) sessions per month
    def _show_sessions(self, data: DashboardData) -> None:
        panel = self._panels["sessions"]
        chart = self._new_chart(self.tr("Sessions per month"))
        if not any(m.sessions for m in data.sessions):
            panel.show_message(chart, self.tr("No sessions in these months."))
            return
        names = [month_label(m.year, m.month) for m in data.sessions]
        values = [float(m.sessions) for m in data.sessions]
        tips = [self.tr("%1\nSessions: %2\nCompanies met: %3")
                .replace("%1", name).replace("%2", str(m.sessions)).replace("%3", str(m.companies))
                for name, m in zip(names, data.sessions)]
        series = self._bars(chart, self.tr("Sessions"), values, tips, labels_visible=len(values) <= 12)
        series.setBarWidth(0.7)
        # A category axis squeezes 24 months' labels into "…"; a value axis with a label
        # on each bar's place, turned upright when there are many, shows them whole.
        axis = QCategoryAxis()
        axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        axis.setStartValue(-0.5)
        axis.setRange(-0.5, len(names) - 0.5)
        for n, name in enumerate(names):
            axis.append(name, n)
        axis.setGridLineVisible(False)
        axis.setTruncateLabels(False)
        if len(names) > 12:
            axis.setLabelsAngle(-90)
        self._axis(chart, axis, Qt.AlignmentFlag.AlignBottom, series)
        self._value_axis(chart, series, 0, max(values) * 1.1, self.tr("Sessions"))
        panel.show_chart(chart)


def _thousands(yen: float | int) -> Decimal:
    """Yen in whole 千円, rounded half up (display only)."""
    return Decimal(str(yen)).scaleb(-3).quantize(Decimal(1), rounding=ROUND_HALF_UP)


def _score(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
