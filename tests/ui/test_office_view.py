"""The office view with real widgets: the yearly report and its drill-down, the
companies needing attention and their rules, the list's badge and the overview's
reasons, the exports; on the small office of tests/cli/test_office_cli.py."""

import json
from datetime import date

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, Qt

from banso_desktop.office.labels import ALERT_NAMES
from tests.cli.test_office_cli import A, B, build_small_office
from tests.documents import pdf_tools


@pytest.fixture
def office_db(db_path):
    return build_small_office(db_path)


def ja(text):
    return QCoreApplication.translate("office", text)


def opened_office(qtbot, window, tab="report"):
    office = window.show_office(tab)
    qtbot.waitUntil(lambda: office.report_tab.report is not None, timeout=10000)
    return office


def choose_year(qtbot, office, year):
    box = office.report_tab.year_box
    box.setCurrentIndex(box.findData(year))
    qtbot.waitUntil(lambda: office.report_tab.report.fiscal_year.year == year, timeout=10000)


def test_report_figures_drill_down_to_companies(qapp, qtbot, open_window, office_db):
    window = open_window(office_db)
    office = opened_office(qtbot, window)
    years = [office.report_tab.year_box.itemData(i) for i in range(office.report_tab.year_box.count())]
    assert 2025 in years and 2024 in years and years == sorted(years, reverse=True)
    choose_year(qtbot, office, 2025)
    tab = office.report_tab
    assert tab.year_box.currentText() == "令和7年度（2025年度）"
    values = {key: tab.item_for(key).text(1) for key in ("analysed_companies", "follow_up_sessions",
                                                          "sales_decreased", "value_added_yen", "issues_resolved")}
    assert values == {"analysed_companies": "1", "follow_up_sessions": "2", "sales_decreased": "1",
                      "value_added_yen": "13,000", "issues_resolved": "1"}
    assert tab.item_for("value_added_yen").text(2) == "千円"
    tab.figures.setCurrentItem(tab.item_for("follow_up_sessions"))
    assert tab.row_texts() == [("株式会社あおば", "R7.9.1", "進み具合"), ("株式会社あおば", "R8.2.1", "振り返り")]
    tab.figures.setCurrentItem(tab.item_for("sales_decreased"))
    assert "90,000 → 80,000" in tab.row_texts()[0][2]
    assert tab.rows.model().index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == tab.row_texts()[0][2]
    # Activating a company opens it in the main window.
    tab.rows.activated.emit(tab.rows.model().index(0, 0))
    assert window.current_company_id() == A
    choose_year(qtbot, office, 2024)
    assert tab.item_for("planned_companies").text(1) == "1"
    tab.figures.setCurrentItem(tab.item_for("planned_companies"))
    assert tab.row_texts()[0][0] == "有限会社みどり"


def test_attention_lists_why_and_rules_change_it(qapp, qtbot, open_window, office_db):
    window = open_window(office_db)
    office = opened_office(qtbot, window, "attention")
    rows = office.attention_tab.row_texts
    found = {name: kinds for name, kinds, _why in rows()}
    assert found == {"株式会社あおば": ja("Sales falling"), "有限会社みどり": ja("No session while actions are open")}
    why = next(why for name, _kinds, why in rows() if name == "株式会社あおば")
    assert "100,000 → 90,000 → 80,000" in why
    kind_box = office.attention_tab.kind_box
    kind_box.setCurrentIndex(kind_box.findData("no_session"))
    assert [name for name, _k, _w in rows()] == ["有限会社みどり"]
    tree = office.attention_tab.tree
    assert tree.model().index(0, 1).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b3261e"
    assert office.attention_tab.note.isHidden() is False  # no benchmark set: said so

    dialog = office.edit_rules()
    dialog.checks["sales_down"].setChecked(False)
    dialog.spins["no_session"].setValue(2)
    assert not dialog.spins["sales_down"].isEnabled()
    generation = office.reader.generation
    dialog.accept()
    qtbot.waitUntil(lambda: office.reader.generation > generation and office.snapshot.warnings.keys() == {B},
                    timeout=10000)
    window.flush()
    saved = json.loads(window.store.meta("warning_rules"))
    assert {r["kind"]: r for r in saved}["sales_down"]["enabled"] is False
    assert {r["kind"]: r for r in saved}["no_session"]["months"] == 2
    assert office.edit_rules().checks["sales_down"].isChecked() is False  # the dialog reads them back
    # The list's badges follow the saved rules.
    model = window.list_panel.model
    qtbot.waitUntil(lambda: model.warnings(B) == [ja("No session while actions are open")], timeout=10000)
    assert model.warnings(A) == []


def test_list_badge_and_overview_reasons_follow_edits(qapp, qtbot, open_window, office_db):
    window = open_window(office_db)
    window.read_alerts()
    model = window.list_panel.model
    qtbot.waitUntil(lambda: model.warnings(A) == [ja("Sales falling")], timeout=10000)
    row = model.row_of(A)
    assert ja("Sales falling") in model.data(model.index(row), 0x0003)  # the tooltip names it
    window.open_company(A)
    banner = window.workspace.alerts
    assert banner.isVisible() and "100,000 → 90,000 → 80,000" in banner.text()
    # A new period with sales up again: the badge and the reasons go once the edit settles.
    window.writer.submit(lambda s: s.periods.create(A, "2026-03-31", {"sales_yen": 95_000_000}))
    window.flush()
    qtbot.waitUntil(lambda: model.warnings(A) == [], timeout=10000)
    assert banner.isHidden()
    window.open_company(B)
    assert window.workspace.alerts.isVisible()
    assert "R6.12.1" in window.workspace.alerts.text()
    # An edit just before switching company: the company left gets its badge at once.
    window.open_company(A)
    latest = window.store.periods.for_company(A)[-1]["id"]
    window.writer.submit(lambda s: s.periods.update(latest, {"net_assets_yen": -1_000_000}))
    window.flush()
    qapp.processEvents()  # the commit's "saved" marks A as edited
    window.open_company(B)
    assert model.warnings(A) == [ja("Liabilities exceed assets")]


def test_exports_write_the_report(qapp, qtbot, open_window, office_db, tmp_path):
    window = open_window(office_db)
    office = opened_office(qtbot, window)
    choose_year(qtbot, office, 2025)
    xlsx, pdf = tmp_path / "年次報告.xlsx", tmp_path / "年次報告.pdf"
    with qtbot.waitSignal(office.reader.exported, timeout=20000):
        office.export_to(xlsx, "xlsx")
    with qtbot.waitSignal(office.reader.exported, timeout=20000):
        office.export_to(pdf, "pdf")
    cells = [c for r in openpyxl.load_workbook(xlsx).worksheets[0].iter_rows(values_only=True) for c in r]
    assert 13_000 in cells
    assert "株式会社あおば" in pdf_tools.flat(pdf)
    assert str(pdf) in office.status.text()


def test_an_unwritable_export_says_so(qapp, qtbot, open_window, office_db, tmp_path):
    window = open_window(office_db)
    office = opened_office(qtbot, window)
    with qtbot.waitSignal(office.reader.failed, timeout=20000):
        office.export_to(tmp_path / "missing-folder" / "x.xlsx", "xlsx")
    assert "missing-folder" in office.status.text()


def test_menu_names_in_japanese(qapp, qtbot, open_window, office_db):
    window = open_window(office_db)
    texts = {key: action.text() for key, action in window.office_actions.items()}
    assert all(not text.startswith("&") and "Yearly" not in text for text in texts.values()), texts
    assert ALERT_NAMES["sales_down"] != ja("Sales falling")  # translated


def test_an_export_can_be_stopped(qapp, qtbot, open_window, office_db, tmp_path):
    import threading

    window = open_window(office_db)
    office = opened_office(qtbot, window)
    hold = threading.Event()
    office.reader._thread.submit(hold.wait)  # the reader is busy: the stop comes before the export starts
    target = tmp_path / "stopped.pdf"
    office.export_to(target, "pdf")
    assert office.cancel_button.isVisible() and not office.report_tab.pdf_button.isEnabled()
    office.cancel_button.click()
    with qtbot.waitSignal(office.reader.export_cancelled, timeout=20000):
        hold.set()
    assert not target.exists()
    assert office.cancel_button.isHidden() and office.report_tab.pdf_button.isEnabled()
    # The next export runs to the end, with its progress shown.
    seen = []
    office.reader.export_progress.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(office.reader.exported, timeout=20000):
        office.export_to(target, "pdf")
    assert target.exists() and seen and seen[-1][0] == seen[-1][1]


def test_warnings_turn_over_with_the_date(qapp, qtbot, open_window, office_db, monkeypatch):
    # B's last session is 2024-12-01 with a 施策 open: more than 3 months without one from 2025-03-02.
    import banso_desktop.ui.main_window as main_window

    class Day(date):
        now = date(2025, 3, 1)

        @classmethod
        def today(cls):
            return cls.now

    monkeypatch.setattr(main_window, "date", Day)
    window = open_window(office_db)
    assert window._day_timer.isActive() and window._day_timer.interval() <= 60_000
    window.read_alerts()
    model = window.list_panel.model
    qtbot.waitUntil(lambda: window.alerts_shown, timeout=10000)
    assert model.warnings(B) == []
    assert window.check_day() is False  # the same day: nothing read again
    window._day_timer.setInterval(20)  # the minute's look at the date, made quick
    Day.now = date(2025, 3, 2)  # midnight, or the laptop woke up the next day
    qtbot.waitUntil(lambda: model.warnings(B) == [ja("No session while actions are open")], timeout=10000)
    window._day_timer.setInterval(60_000)
    window.open_company(B)
    assert window.workspace.alerts.isVisible()
    # With the office window open, it reads the new day and its read carries the badges.
    office = opened_office(qtbot, window, "attention")
    assert office.snapshot.today == date(2025, 3, 2)
    generation, badge_reads = office.reader.generation, window._alerts.generation
    assert model.warnings(A) == []  # its 2025-03-31 period has not closed yet
    Day.now = date(2025, 3, 31)
    assert window.check_day() is True
    qtbot.waitUntil(lambda: office.reader.generation > generation and office.snapshot.today == date(2025, 3, 31),
                    timeout=10000)
    assert "株式会社あおば" in [name for name, _k, _w in office.attention_tab.row_texts()]
    # The badges came with the office window's read; the list's own reader was only told
    # to drop a read of the day before.
    qtbot.waitUntil(lambda: model.warnings(A) == [ja("Sales falling")], timeout=10000)
    assert window._alerts.generation == badge_reads + 1
