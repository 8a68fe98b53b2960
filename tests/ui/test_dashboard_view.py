"""The office dashboard paints what ``dashboard_data`` computed: four charts, or why not."""

from datetime import date

import pytest
import shiboken6
from PySide6.QtCharts import QAbstractSeries, QBarCategoryAxis, QBoxSet, QCategoryAxis, QValueAxis
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QFontInfo

from banso_desktop.office.dashboard import DashboardData, MonthSessions, ScoreYear, ValueAddedYear
from banso_desktop.ui.dashboard_view import KEYS, DashboardView, fiscal_year_label, month_label, nice_range

RANKS = {"A": 3, "B": 12, "C": 7, "D": 1, "not_scored": 4}


def sample(**changes) -> DashboardData:
    fields = dict(
        today=date(2025, 11, 15), has_benchmark=True, company_count=27, ranks=dict(RANKS),
        scores=[ScoreYear(2024, 4, 9, 12.25, 16.5, 19.75, 26), ScoreYear(2025, 1, 18, 18, 18, 18, 18)],
        value_added=[ValueAddedYear(2024, 2, 12_345_499.5, 24_690_999), ValueAddedYear(2025, 3, 1_234_500, 9_000_000)],
        sessions=[MonthSessions(2025, 9, 5, 4), MonthSessions(2025, 10, 0, 0), MonthSessions(2025, 11, 2, 2)],
    )
    fields.update(changes)
    return DashboardData(**fields)


@pytest.fixture
def view(qtbot):
    widget = DashboardView()
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def only_series(chart) -> QAbstractSeries:
    series = chart.series()
    assert len(series) == 1
    return series[0]


def axis(chart, kind):
    found = [a for a in chart.axes() if isinstance(a, kind)]
    assert len(found) == 1
    return found[0]


def bar_values(chart) -> list[float]:
    sets = only_series(chart).barSets()
    assert len(sets) == 1
    return [sets[0].at(i) for i in range(sets[0].count())]


def test_the_four_charts(view):
    view.show_data(sample())

    ranks = view.chart("ranks")
    assert bar_values(ranks) == [3, 12, 7, 1, 4]
    assert axis(ranks, QBarCategoryAxis).categories() == ["A", "B", "C", "D", view.tr("Not scored")]
    assert axis(ranks, QValueAxis).max() >= 12

    scores = view.chart("scores")
    boxes = only_series(scores).boxSets()
    parts = (QBoxSet.ValuePositions.LowerExtreme, QBoxSet.ValuePositions.LowerQuartile,
             QBoxSet.ValuePositions.Median, QBoxSet.ValuePositions.UpperQuartile,
             QBoxSet.ValuePositions.UpperExtreme)
    assert [[b.at(p) for p in parts] for b in boxes] == [[9, 12.25, 16.5, 19.75, 26], [18, 18, 18, 18, 18]]
    assert axis(scores, QBarCategoryAxis).categories() == ["R6年度", "R7年度"]  # the tests run in Japanese
    assert (axis(scores, QValueAxis).min(), axis(scores, QValueAxis).max()) == (0, 30)

    value_added = view.chart("value_added")
    # 百万円 to one decimal of the median in 千円 (half up: 12,345.4995 → 12,345 → 12.3; 1,234.5 → 1,235 → 1.2)
    assert bar_values(value_added) == [12.3, 1.2]
    assert axis(value_added, QBarCategoryAxis).categories() == ["R6年度", "R7年度"]
    assert axis(value_added, QValueAxis).titleText() == view.tr("Million yen") == "百万円"

    sessions = view.chart("sessions")
    assert bar_values(sessions) == [5, 0, 2]
    assert axis(sessions, QCategoryAxis).categoriesLabels() == ["25/09", "25/10", "25/11"]

    for key in KEYS:
        assert view.message(key) == ""
        assert view.chart(key).title()
        assert not view.chart(key).legend().isVisible()
        assert view.chart_view(key).renderHints() & view.chart_view(key).renderHints().Antialiasing


def test_charts_use_the_apps_font(view, qapp):
    view.show_data(sample())
    family = QFontInfo(qapp.font()).family()
    for key in KEYS:
        chart = view.chart(key)
        assert QFontInfo(chart.titleFont()).family() == family
        for a in chart.axes():
            assert QFontInfo(a.labelsFont()).family() == family


def test_without_a_benchmark_the_ranks_and_scores_say_so(view):
    view.show_data(sample(has_benchmark=False, ranks={**dict.fromkeys("ABCD", 0), "not_scored": 27}, scores=[]))
    needed = view.tr("Assessing the Local Benchmark needs a benchmark table: import one first.")
    assert view.message("ranks") == needed and view.message("scores") == needed
    assert view.chart("ranks").series() == [] and view.chart("scores").series() == []
    assert view.message("value_added") == "" and view.message("sessions") == ""


def test_empty_file(view):
    view.show_data(sample(company_count=0, ranks=dict.fromkeys(RANKS, 0), scores=[], value_added=[],
                          sessions=[MonthSessions(2025, 11, 0, 0)]))
    assert view.message("ranks") == view.tr("No companies yet.")
    assert view.message("scores") == view.tr("No scored periods yet.")
    assert view.message("value_added") == view.tr(
        "No value added yet: it needs operating income, labour cost and depreciation of a period.")
    assert view.message("sessions") == view.tr("No sessions in these months.")
    for key in KEYS:
        assert view.chart(key).series() == []


def test_showing_again_replaces_the_charts_and_frees_the_old_ones(view):
    view.show_data(sample())
    old_charts = [view.chart(k) for k in KEYS]
    old_series = [s for c in old_charts for s in c.series()]
    old_axes = [a for c in old_charts for a in c.axes()]
    view.show_data(sample(ranks={**RANKS, "A": 9}))
    view.show_data(sample(has_benchmark=False, scores=[]))  # a message, then a chart again
    view.show_data(sample(ranks={**RANKS, "A": 10}))
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    assert not any(shiboken6.isValid(o) for o in old_charts + old_series + old_axes)
    for key in KEYS:
        assert len(view.chart(key).series()) == 1
        assert len(view.chart(key).axes()) == 2
        assert view.message(key) == ""
    assert bar_values(view.chart("ranks"))[0] == 10


def test_labels():
    assert fiscal_year_label(2025) == "R7年度"
    assert fiscal_year_label(2019) == "R1年度"  # 令和元年度
    assert fiscal_year_label(2018) == "H30年度"
    assert month_label(2025, 4) == "25/04"
    assert nice_range(0, 33) == (0, 40, 5)
    assert nice_range(0, 3) == (0, 3, 4)
    assert nice_range(-12, 30)[0] == -20


def test_hovering_tells_the_numbers(view, qtbot):
    from PySide6.QtWidgets import QToolTip

    view.show_data(sample())
    sessions = only_series(view.chart("sessions"))
    sessions.hovered.emit(True, 0, sessions.barSets()[0])
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == view.tr("%1\nSessions: %2\nCompanies met: %3").replace("%1", "25/09").replace(
        "%2", "5").replace("%3", "4")
    boxes = only_series(view.chart("scores"))
    boxes.hovered.emit(True, boxes.boxSets()[0])
    assert QToolTip.text().startswith("R6年度\n") and "12.25" in QToolTip.text()
    value_added = only_series(view.chart("value_added"))
    value_added.hovered.emit(True, 0, value_added.barSets()[0])
    assert "12,345" in QToolTip.text() and "24,691" in QToolTip.text()
    sessions.hovered.emit(False, 0, sessions.barSets()[0])
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
