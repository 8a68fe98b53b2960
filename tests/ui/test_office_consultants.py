"""The office view for one consultant (担当): a manager looks at each 指導員's companies.
On the small office of tests/cli/test_office_cli.py, shared out by with_consultants."""

import openpyxl
import pytest

from banso_desktop.store.companies import UNASSIGNED
from tests.cli.test_office_cli import A, B, C, build_small_office, with_consultants
from tests.documents import pdf_tools
from tests.ui.test_office_view import choose_year, ja, opened_office


@pytest.fixture
def shared_office(db_path):
    build_small_office(db_path)
    return db_path, with_consultants(db_path)


def choose(qtbot, office, consultant):
    box = office.consultant_box
    generation = office.reader.report_generation
    box.setCurrentIndex(box.findData(consultant))
    qtbot.waitUntil(lambda: office.reader.report_generation > generation
                    and office.report_tab.report is not None
                    and office.status.text() != office.tr("Reading…"), timeout=10000)


def attention_names(office):
    return [name for name, _kinds, _why in office.attention_tab.row_texts()]


def test_each_tab_follows_the_chosen_consultant(qapp, qtbot, open_window, shared_office):
    path, sato = shared_office
    window = open_window(path)
    office = opened_office(qtbot, window)
    box = office.consultant_box
    assert [box.itemText(i) for i in range(box.count())] == ["すべての担当者", "自分（山田 太郎）", "佐藤 花子", "未割当"]
    choose_year(qtbot, office, 2025)
    tab = office.report_tab
    assert tab.item_for("supported_companies").text(1) == "2"  # A and C
    assert sorted(attention_names(office)) == ["有限会社みどり", "株式会社あおば"]
    assert office.dashboard.data.company_count == 3

    choose(qtbot, office, window.store.local_consultant_id)  # 山田 太郎: A
    assert tab.report.scope.name == "山田 太郎" and tab.report.company_count == 1
    assert tab.period_label.text().endswith("担当者 山田 太郎・事業者 1 社")
    assert tab.item_for("supported_companies").text(1) == "1"
    assert tab.item_for("follow_up_sessions").text(1) == "2"
    assert attention_names(office) == ["株式会社あおば"]
    assert office.attention_tab.heading.text().startswith("<b>要注意の事業者 1 社</b>")
    assert office.attention_tab.heading.text().endswith("全 1 社）")
    qtbot.waitUntil(lambda: office.dashboard.data.company_count == 1, timeout=10000)
    assert office.status.text().startswith("事業者 1 社・要注意 1 社")

    choose(qtbot, office, sato)  # 佐藤 花子: B, with no session in FY2025
    assert tab.item_for("supported_companies").text(1) == "0"
    assert attention_names(office) == ["有限会社みどり"]
    choose_year(qtbot, office, 2024)
    assert tab.item_for("planned_companies").text(1) == "1"  # the year changes within her companies
    tab.figures.setCurrentItem(tab.item_for("planned_companies"))
    assert tab.row_texts()[0][0] == "有限会社みどり"

    choose(qtbot, office, UNASSIGNED)  # C
    choose_year(qtbot, office, 2025)
    tab.figures.setCurrentItem(tab.item_for("supported_companies"))
    assert [texts[0] for texts in tab.row_texts()] == ["合同会社そら"]
    assert attention_names(office) == []

    choose(qtbot, office, None)  # everyone again, the dashboard read with the file
    qtbot.waitUntil(lambda: office.dashboard.data.company_count == 3, timeout=10000)
    assert tab.item_for("supported_companies").text(1) == "2"
    # The list's badges stay everyone's whichever consultant the office window shows.
    model = window.list_panel.model
    assert model.warnings(A) == [ja("Sales falling")] and model.warnings(B)


def test_the_choice_is_kept_and_named_on_the_exports(qapp, qtbot, open_window, shared_office, tmp_path):
    path, sato = shared_office
    window = open_window(path)
    office = opened_office(qtbot, window)
    choose(qtbot, office, sato)
    choose_year(qtbot, office, 2024)
    assert office.default_name("xlsx").startswith("年次報告_2024_佐藤 花子_")
    xlsx, pdf = tmp_path / "佐藤.xlsx", tmp_path / "佐藤.pdf"
    with qtbot.waitSignal(office.reader.exported, timeout=20000):
        office.export_to(xlsx, "xlsx")
    with qtbot.waitSignal(office.reader.exported, timeout=20000):
        office.export_to(pdf, "pdf")
    rows = [[c for c in r if c is not None] for r in openpyxl.load_workbook(xlsx).worksheets[0].iter_rows(values_only=True)]
    assert ["担当者", "佐藤 花子"] in rows
    assert ["担当の事業者数", 1, "社"] in rows
    text = pdf_tools.flat(pdf)
    assert "担当の事業者数1社担当者佐藤花子" in text and "株式会社あおば" not in text  # flat: no spaces
    window.close()
    # A new window starts on the consultant chosen last.
    again = open_window(path)
    office = opened_office(qtbot, again)
    assert office.consultant == sato and office.consultant_box.currentText() == "佐藤 花子"
    qtbot.waitUntil(lambda: office.report_tab.report.scope.name == "佐藤 花子", timeout=10000)


def test_a_consultant_removed_elsewhere_falls_back_to_everyone(qapp, qtbot, open_window, shared_office):
    path, sato = shared_office
    window = open_window(path)
    office = opened_office(qtbot, window)
    choose(qtbot, office, sato)
    window.writer.submit(lambda s: s.conn.execute("UPDATE consultant SET deleted_at = '2026-11-21T00:00:00Z' WHERE id = ?", (sato,)))
    window.flush()
    generation = office.reader.generation
    office.refresh()
    qtbot.waitUntil(lambda: office.reader.generation == generation + 1 and office.snapshot is not None
                    and office.consultant is None, timeout=10000)
    assert office.consultant_box.currentIndex() == 0
    qtbot.waitUntil(lambda: office.report_tab.report.company_count == 3, timeout=10000)
    assert office.report_tab.report.scope is None
    assert set(office.scoped()) == {A, B, C}


def test_quick_changes_end_on_the_last_choice(qapp, qtbot, open_window, shared_office):
    path, sato = shared_office
    window = open_window(path)
    office = opened_office(qtbot, window, "dashboard")
    box = office.consultant_box
    # 佐藤 花子 then everyone at once: her dashboard, read after, must not replace everyone's.
    box.setCurrentIndex(box.findData(sato))
    box.setCurrentIndex(box.findData(None))
    office.reader.wait()
    qapp.processEvents()
    assert office.dashboard.data.company_count == 3
    assert office.report_tab.report.scope is None and office.report_tab.report.company_count == 3
    # Filling the choices again (after a sync) keeps the choice and reads nothing again.
    choose(qtbot, office, sato)
    generation = office.reader.report_generation
    office.reload_consultants()
    qapp.processEvents()
    assert office.consultant == sato and office.reader.report_generation == generation


def test_this_laptops_consultant_without_a_name_is_mine(qapp, qtbot, open_window, shared_office, tmp_path):
    path, _sato = shared_office
    window = open_window(path)
    window.writer.submit(lambda s: s.people.rename_local_consultant(""))
    window.flush()
    office = opened_office(qtbot, window)
    choose(qtbot, office, window.store.local_consultant_id)
    assert office.report_tab.period_label.text().endswith("担当者 自分・事業者 1 社")
    assert office.default_name("pdf").startswith("年次報告_")
    assert "_自分_" in office.default_name("pdf")
    # Named in Settings: the office window's choices and report follow.
    window.writer.submit(lambda s: s.people.rename_local_consultant("山田 太郎"))
    window.flush()
    window._names_changed()
    qtbot.waitUntil(lambda: "自分（山田 太郎）" in [office.consultant_box.itemText(i) for i in range(office.consultant_box.count())]
                    and office.report_tab.period_label.text().endswith("担当者 山田 太郎・事業者 1 社"), timeout=10000)
