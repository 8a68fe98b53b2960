"""The ロカベン tab driven like a consultant: typing statements, scores, the sheet."""

import sqlite3

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from banso_desktop.demo import create_demo
from banso_desktop.store import open_store
from banso_desktop.ui.statements_model import GRID_ROWS
from tests.store.test_benchmarks import synthetic_csv
from tests.ui.typing import ime_type

ROW = {row.key: n for n, row in enumerate(GRID_ROWS) if not row.is_total}
FIXTURE_A = {  # 千円, as typed from a 決算書 (全角 and カンマ included)
    "sales_yen": "１２０，０００", "operating_income_yen": "4,800", "depreciation_yen": "1,200",
    "employees": "10", "short_term_loans_yen": "10,000", "long_term_loans_yen": "20,000",
    "cash_and_deposits_yen": "15,000", "accounts_receivable_yen": "18,000", "inventories_yen": "2,000",
    "accounts_payable_yen": "10,000", "net_assets_yen": "24,000", "total_liabilities_yen": "56,000",
    "total_assets_yen": "80,000",
}


def type_in_cell(qtbot, view, key, column, text):
    """Select a grid cell, open its editor, type (through the IME) and press Enter."""
    index = view.model().index(ROW[key], column)
    view.setCurrentIndex(index)
    view.edit(index)
    editors = [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    editor = editors[0]
    editor.selectAll()
    ime_type(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor) or not editor.isVisible())
    QApplication.processEvents()  # let the closed editor go before the next one opens


def period_row(db_path, company_id, end):
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    row = conn.execute(
        "SELECT * FROM fiscal_period WHERE company_id = ? AND period_end = ? AND deleted_at IS NULL",
        (company_id, end),
    ).fetchone()
    conn.close()
    return dict(row) if row else {}


@pytest.fixture
def company(db_path):
    store = open_store(db_path)
    company_id = store.companies.create({"name": "株式会社伴走建設", "industry_code": "0201", "employees": 10})
    store.close()
    return company_id


def open_rokaben(open_window, db_path, company_id):
    window = open_window(db_path)
    window.open_company(company_id, "rokaben")
    return window, window.workspace.rokaben.financial


def test_typing_statements_scores_them(qtbot, open_window, db_path, company, tmp_path):
    store = open_store(db_path)
    store.benchmarks.import_file(synthetic_csv(tmp_path / "bench.csv"))
    store.close()
    window, page = open_rokaben(open_window, db_path, company)
    assert page.model.columnCount() == 0
    assert "0201" in page.scale_label.text()
    page.model.next_period_end(3)  # sanity: callable before any period
    page.add_period()
    page.add_period()
    assert page.model.columnCount() == 2
    type_in_cell(qtbot, page.grid, "period_end", 0, "R6.3.31")
    type_in_cell(qtbot, page.grid, "period_end", 1, "令和7年3月31日")
    type_in_cell(qtbot, page.grid, "sales_yen", 0, "110,000")
    for key, text in FIXTURE_A.items():
        type_in_cell(qtbot, page.grid, key, 1, text)
    latest = page.assessment.periods[-1]
    # Synthetic cut-points (tests/store/test_benchmarks.py): 4+3+3+4+3+3 = 20 → B.
    assert [latest.results[i].score for i in latest.results] == [4, 3, 3, 4, 3, 3]
    assert (latest.total, latest.rank) == (20, "B")
    results = page.results
    assert results.item(len(latest.results), 2).text() == "20"
    assert results.item(len(latest.results) + 1, 2).text() == "B"
    window.flush()
    row = period_row(db_path, company, "2025-03-31")
    assert row["sales_yen"] == 120_000_000 and row["employees"] == 10
    assert row["short_term_loans_yen"] + row["long_term_loans_yen"] == 30_000_000
    assert period_row(db_path, company, "2024-03-31")["sales_yen"] == 110_000_000


def test_impossible_input_is_flagged_and_kept(qtbot, open_window, db_path, company):
    window, page = open_rokaben(open_window, db_path, company)
    page.add_period()
    model = page.model
    type_in_cell(qtbot, page.grid, "sales_yen", 0, "abc")
    type_in_cell(qtbot, page.grid, "employees", 0, "-3")
    sales = model.index(ROW["sales_yen"], 0)
    assert sales.data() == "abc"
    assert "abc" in sales.data(Qt.ItemDataRole.ToolTipRole)
    assert sales.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(ROW["employees"], 0).data(Qt.ItemDataRole.ToolTipRole)
    type_in_cell(qtbot, page.grid, "total_assets_yen", 0, "80,000")
    type_in_cell(qtbot, page.grid, "total_liabilities_yen", 0, "50,000")
    type_in_cell(qtbot, page.grid, "net_assets_yen", 0, "24,000")
    assets = model.index(ROW["total_assets_yen"], 0)
    assert "74,000" in assets.data(Qt.ItemDataRole.ToolTipRole)  # 負債 + 純資産 shown in the reason
    assert page.problems.isVisible()
    type_in_cell(qtbot, page.grid, "net_assets_yen", 0, "90,000")
    assert model.index(ROW["net_assets_yen"], 0).data(Qt.ItemDataRole.ToolTipRole)
    window.close()

    again, page = open_rokaben(open_window, db_path, company)
    sales = page.model.index(ROW["sales_yen"], 0)
    assert sales.data() == "abc"  # nothing typed is discarded
    assert sales.data(Qt.ItemDataRole.ToolTipRole)
    assert page.model.index(ROW["net_assets_yen"], 0).data() == "90,000"
    assert page.model.index(ROW["total_assets_yen"], 0).data(Qt.ItemDataRole.ToolTipRole)


def test_borrowings_include_only_what_is_ticked(qtbot, open_window, db_path, company):
    window, page = open_rokaben(open_window, db_path, company)
    page.add_period()
    model = page.model
    for key, text in [("short_term_loans_yen", "1,000"), ("long_term_loans_yen", "2,000"), ("officer_loans_yen", "500")]:
        type_in_cell(qtbot, page.grid, key, 0, text)
    total_row = next(n for n, r in enumerate(GRID_ROWS) if r.is_total and r.key == "borrowings")
    assert model.index(total_row, 0).data() == "3,000"
    officer = model.index(ROW["officer_loans_yen"], 0)
    assert model.setData(officer, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.index(total_row, 0).data() == "3,500"
    window.flush()
    period_id = model.columns[0].id
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT include_officer_loans FROM fiscal_period WHERE id = ?", (period_id,)).fetchone() == (1,)
    conn.close()


def test_without_benchmarks_the_values_show_and_import_adds_points(qtbot, open_window, db_path, company, tmp_path, monkeypatch):
    window, page = open_rokaben(open_window, db_path, company)
    page.add_period()
    for key, text in FIXTURE_A.items():
        type_in_cell(qtbot, page.grid, key, 0, text)
    assert "基準値未登録" in page.benchmark_label.text()
    margin = page.assessment.periods[-1].results
    assert all(r.score is None for r in margin.values())
    assert page.results.item(1, 1).text().startswith("4.00%")
    table = synthetic_csv(tmp_path / "bench.csv")
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *a, **k: (str(table), ""))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.assessment.periods[-1].results and page.assessment.benchmark is not None, timeout=3000)
    assert page.benchmark_choice.isVisible() and page.benchmark_choice.count() == 1
    assert all(r.score is not None for r in page.assessment.periods[-1].results.values())


def test_a_bad_benchmark_file_is_explained(qtbot, open_window, db_path, company, tmp_path, monkeypatch):
    window, page = open_rokaben(open_window, db_path, company)
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kw: shown.append(args[2]))
    page.import_benchmarks(str(bad))
    qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    assert "CSV" in shown[0]
    assert page.import_button.isEnabled()


def test_delete_a_period_after_confirming(qtbot, open_window, db_path, monkeypatch):
    store = open_store(db_path)
    create_demo(store, companies=3, seed=4)
    company = store.companies.search()[0].id
    count = len(store.periods.for_company(company))
    store.close()
    window, page = open_rokaben(open_window, db_path, company)
    assert page.model.columnCount() == count
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page.delete_period()
    assert page.model.columnCount() == count
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.grid.setCurrentIndex(page.model.index(2, 0))
    page.delete_period()
    window.flush()
    store = open_store(db_path)
    assert len(store.periods.for_company(company)) == count - 1
    store.close()


def test_charts_follow_the_scores(qtbot, open_window, db_path, tmp_path):
    store = open_store(db_path)
    create_demo(store, companies=3, seed=4)
    store.benchmarks.import_file(synthetic_csv(tmp_path / "bench.csv"))
    company = store.companies.search()[0].id
    store.companies.update(company, {"industry_code": "0201"})  # the synthetic table covers 0201
    store.close()
    window, page = open_rokaben(open_window, db_path, company)
    charts = window.workspace.rokaben.charts
    scored = [p for p in page.assessment.periods if p.total is not None]
    assert scored and len(charts.radar.chart().series()) == min(3, len(scored))
    trend = charts.trend.view.chart()
    assert trend.series()[0].count() >= 1


def test_four_perspectives_and_flow_are_autosaved(qtbot, open_window, db_path, company):
    window, _page = open_rokaben(open_window, db_path, company)
    sheet = window.workspace.rokaben.perspectives
    ime_type(sheet.editors["business.strengths"], "短納期対応と職人の技術")
    ime_type(sheet.editors["summary.issues"], "価格転嫁ができていない")
    flow = window.workspace.rokaben.flow
    qtbot.mouseClick(flow.default_steps, Qt.MouseButton.LeftButton)
    assert flow.steps.rowCount() == 5 and not flow.default_steps.isVisible()
    flow.steps.item(1, 2).setText("地元の材木店から直接仕入れ")
    flow.steps.setCurrentCell(1, 0)
    qtbot.mouseClick(flow.step_up, Qt.MouseButton.LeftButton)
    supplier = flow.new_party("supplier")
    flow.parties.item(0, 1).setText("山田木材")
    flow.parties.item(0, 3).setText("品質が安定している")
    customer = flow.new_party("customer")
    flow.parties.setCurrentCell(1, 0)
    qtbot.mouseClick(flow.remove_party, Qt.MouseButton.LeftButton)
    window.close()

    store = open_store(db_path)
    assert store.rokaben.texts(company) == {
        "business.strengths": "短納期対応と職人の技術", "summary.issues": "価格転嫁ができていない",
    }
    steps = store.rokaben.flow_steps(company)
    assert [s["name"] for s in steps][:2] == ["仕入・調達", "企画・開発"]  # moved up
    assert steps[0]["differentiation"] == "地元の材木店から直接仕入れ"
    parties = store.rokaben.parties(company)
    assert [(p["id"], p["name"], p["reason"]) for p in parties] == [(supplier, "山田木材", "品質が安定している")]
    assert customer not in [p["id"] for p in parties]
    store.close()

    again = open_window(db_path)
    again.open_company(company, "rokaben")
    assert again.workspace.rokaben.perspectives.editors["summary.issues"].toPlainText() == "価格転嫁ができていない"
    assert again.workspace.rokaben.flow.steps.rowCount() == 5


def test_a_red_cell_does_not_count_in_the_score(qtbot, open_window, db_path, company):
    window, page = open_rokaben(open_window, db_path, company)
    page.add_period()
    for key, text in FIXTURE_A.items():
        type_in_cell(qtbot, page.grid, key, 0, text)
    from banso_desktop.domain.rokaben import Indicator, Reason

    assert page.assessment.periods[-1].results[Indicator.OPERATING_MARGIN].value is not None
    type_in_cell(qtbot, page.grid, "sales_yen", 0, "12O,000")  # a letter O, not a zero
    margin = page.assessment.periods[-1].results[Indicator.OPERATING_MARGIN]
    assert margin.value is None and margin.reason is Reason.SALES_MISSING


def test_a_new_period_after_an_unsaved_date_change(qtbot, open_window, db_path, company):
    window, page = open_rokaben(open_window, db_path, company)
    page.add_period()
    page.add_period()
    window.flush()
    first_end = page.model.columns[0].values["period_end"]
    # Move the later period two years back, then add one at once (before autosave runs).
    type_in_cell(qtbot, page.grid, "period_end", 1, "2019/3/31")
    page.add_period()
    window.flush()
    store = open_store(db_path)
    ends = sorted(p["period_end"] for p in store.periods.for_company(company))
    store.close()
    assert len(ends) == 3 and "2019-03-31" in ends and first_end in ends
    assert not window.autosave.has_unsaved()
