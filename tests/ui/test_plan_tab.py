"""行動計画 tab: issues, actions (one overdue), a KPI with actuals, a referral to its
outcome, undo/redo — then everything read back through `banso plan`."""

import json
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from banso_desktop.store import open_store
from tests.helpers import run_banso
from tests.ui.typing import ime_type


def type_cell(qtbot, view, row, field, text):
    """Open a cell's editor, type through the IME, press Enter."""
    col = view.column(field)
    view.setCurrentCell(row, col)
    view.editItem(view.item(row, col))
    editors = [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert editors, f"no editor open for {field}"
    editor = editors[-1]
    editor.selectAll()
    ime_type(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(20)  # Qt commits the cell from a queued event


def choose(view, row, field, data):
    combo = view.cellWidget(row, view.column(field))
    combo.setCurrentIndex(combo.findData(data))


def test_build_a_plan_mark_overdue_refer_and_read_it_back(qtbot, open_window, db_path):
    store = open_store(db_path)
    company_id = store.companies.create({"name": "みどり食堂"})
    store.close()
    window = open_window(db_path)
    window.open_company(company_id, "plan")
    plan = window.workspace.plan
    today = date.today()

    plan.add_issue()
    type_cell(qtbot, plan.issues, 0, "title", "常連客の減少")
    choose(plan.issues, 0, "wall", "mienai")
    plan.add_issue()
    type_cell(qtbot, plan.issues, 1, "title", "仕込みが社長頼み")
    choose(plan.issues, 1, "issue_side", "core")
    type_cell(qtbot, plan.issues, 1, "owner_words", "自分が倒れたら店が止まる")

    plan.issues.setCurrentCell(0, 0)
    plan.add_action()
    type_cell(qtbot, plan.actions, 0, "what", "常連客に声をかけて来店理由を聞く")
    type_cell(qtbot, plan.actions, 0, "due_date", (today - timedelta(days=3)).strftime("%Y/%m/%d"))
    plan.add_action()
    type_cell(qtbot, plan.actions, 1, "what", "ポイントカードを始める")
    type_cell(qtbot, plan.actions, 1, "due_date", "令和9年3月31日")
    plan.issues.setCurrentCell(1, 0)
    plan.add_action()
    type_cell(qtbot, plan.actions, 2, "what", "仕込み手順書を作る")
    choose(plan.actions, 2, "owner_role", "staff")
    type_cell(qtbot, plan.actions, 2, "owner_name", "料理長")
    choose(plan.actions, 2, "status", "doing")
    window.flush()
    qtbot.waitUntil(lambda: "1" in plan.summary.text())
    assert plan.summary.text().startswith("期限を過ぎた施策")
    overdue_row = plan.actions.item(0, 1)
    assert overdue_row.background().color().name() == "#fde7e9"
    assert plan.actions.item(1, 1).background().color().name() != "#fde7e9"

    # A KPI with two actuals.
    plan.actions.setCurrentCell(0, 1)
    plan.add_kpi()
    type_cell(qtbot, plan.kpis, 0, "name", "来店客数")
    type_cell(qtbot, plan.kpis, 0, "unit", "人/日")
    type_cell(qtbot, plan.kpis, 0, "target", "１２０")
    plan.kpis.setCurrentCell(0, 1)
    for day, value in (("R8.10.31", "95"), ("R8.11.30", "１０２")):
        plan.add_actual()
        dialog = plan.actual_dialog
        dialog.day.setText(day)
        ime_type(dialog.value, value)
        qtbot.keyClick(dialog.value, Qt.Key.Key_Return)
        window.flush()
    qtbot.waitUntil(lambda: "102" in (plan.kpis.item(0, plan.kpis.column("actuals")).text()))

    # A referral, followed until its outcome.
    plan.add_referral()
    type_cell(qtbot, plan.referrals, 0, "institution", "よろず支援拠点")
    choose(plan.referrals, 0, "category", "sales_channels")
    type_cell(qtbot, plan.referrals, 0, "reason", "SNSでの集客")
    plan.referrals.item(0, plan.referrals.column("consent")).setCheckState(Qt.CheckState.Checked)
    type_cell(qtbot, plan.referrals, 0, "follow_up_date", (today - timedelta(days=1)).isoformat())
    window.flush()
    qtbot.waitUntil(lambda: "フォロー" in plan.summary.text())
    type_cell(qtbot, plan.referrals, 0, "outcome", "専門家派遣が決まった")
    type_cell(qtbot, plan.referrals, 0, "outcome_date", today.isoformat())
    window.flush()
    qtbot.waitUntil(lambda: "フォロー" not in plan.summary.text())

    # Undo / redo: the last edit, then a removed row.
    plan.undo.undo()
    window.flush()
    assert plan.referrals.item(0, plan.referrals.column("outcome_date")).text() == ""
    plan.undo.redo()
    plan.actions.setCurrentCell(1, 1)
    plan.remove_row(plan.actions)
    assert plan.actions.rowCount() == 2
    plan.undo.undo()
    assert plan.actions.rowCount() == 3
    window.flush()

    # The today view lists the overdue action.
    today_view = window.show_today()
    texts = []
    for i in range(today_view.tree.topLevelItemCount()):
        top = today_view.tree.topLevelItem(i)
        texts += [top.child(j).text(2) for j in range(top.childCount())]
    assert "常連客に声をかけて来店理由を聞く" in texts
    today_view.close()
    window.close()

    result = run_banso("plan", "--db", str(db_path), "--company", company_id, "--json", "--today", today.isoformat())
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    titles = [i["title"] for i in data["issues"]]
    assert titles == ["常連客の減少", "仕込みが社長頼み"]
    assert data["issues"][0]["wall"] == "mienai"
    assert data["issues"][1]["issue_side"] == "core" and data["issues"][1]["owner_words"] == "自分が倒れたら店が止まる"
    first, second = data["issues"][0]["actions"], data["issues"][1]["actions"]
    assert [a["what"] for a in first] == ["常連客に声をかけて来店理由を聞く", "ポイントカードを始める"]
    assert [a["overdue"] for a in first] == [True, False]
    assert first[1]["due_date"] == "2027-03-31"
    assert (second[0]["what"], second[0]["owner_role"], second[0]["owner_name"], second[0]["status"]) == (
        "仕込み手順書を作る", "staff", "料理長", "doing")
    (kpi,) = first[0]["kpis"]
    assert (kpi["name"], kpi["unit"], kpi["target"]) == ("来店客数", "人/日", "120")
    assert [(a["as_of"], a["value"]) for a in kpi["actuals"]] == [("2026-10-31", "95"), ("2026-11-30", "102")]
    (referral,) = data["referrals"]
    assert (referral["institution"], referral["category"], referral["consent"]) == ("よろず支援拠点", "sales_channels", 1)
    assert (referral["outcome"], referral["outcome_date"]) == ("専門家派遣が決まった", today.isoformat())


def test_refer_from_the_map_with_the_offices_contact(qtbot, open_window, db_path):
    store = open_store(db_path)
    company_id = store.companies.create({"name": "さくら工務店"})
    store.close()
    window = open_window(db_path)
    window.open_company(company_id, "plan")
    plan = window.workspace.plan
    plan.refer_from_map()
    dialog = plan.map_dialog
    assert dialog.select("succession", "事業承継・引継ぎ支援センター")
    item = dialog.tree.currentItem()
    item.setText(1, "県センター 山本さん 000-1111-2222")  # the office's contact, saved as typed
    window.flush()
    assert window.store.plan.contacts()[0]["contact"] == "県センター 山本さん 000-1111-2222"
    qtbot.mouseClick(dialog.refer_button, Qt.MouseButton.LeftButton)
    assert plan.referrals.rowCount() == 1
    type_cell(qtbot, plan.referrals, 0, "reason", "長男への承継の進め方")
    window.flush()
    (referral,) = window.store.plan.referrals(company_id)
    assert (referral["category"], referral["institution"], referral["contact"], referral["reason"]) == (
        "succession", "事業承継・引継ぎ支援センター", "県センター 山本さん 000-1111-2222", "長男への承継の進め方")
    # The next referral from the map shows the contact kept for the office.
    plan.refer_from_map()
    plan.map_dialog.select("succession", "事業承継・引継ぎ支援センター")
    assert plan.map_dialog.tree.currentItem().text(1) == "県センター 山本さん 000-1111-2222"
    plan.map_dialog.reject()


def open_plan(qtbot, open_window, db_path, name="かえで商店"):
    store = open_store(db_path)
    company_id = store.companies.create({"name": name})
    store.close()
    window = open_window(db_path)
    window.open_company(company_id, "plan")
    return company_id, window, window.workspace.plan


def test_dates_and_figures_typed_key_by_key_are_kept(qtbot, open_window, db_path):
    company_id, window, plan = open_plan(qtbot, open_window, db_path)
    plan.add_action()
    type_cell(qtbot, plan.actions, 0, "what", "見積書の型を作る")
    col = plan.actions.column("due_date")
    plan.actions.setCurrentCell(0, col)
    plan.actions.editItem(plan.actions.item(0, col))
    editor = [e for e in plan.actions.viewport().findChildren(QLineEdit) if e.isVisible()][-1]
    qtbot.keyClicks(editor, "2020/1/31")  # overdue: the row turns red only after the cell closes
    assert editor.text() == "2020/1/31"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(20)
    window.flush()
    (action,) = window.store.sessions.actions(company_id)
    assert action["due_date"] == "2020-01-31"
    qtbot.waitUntil(lambda: plan.actions.item(0, 1).background().color().name() == "#fde7e9")
    # A KPI in 万円: 120万円 is 120 of them, and a figure in another unit is refused.
    plan.actions.setCurrentCell(0, 1)
    plan.add_kpi()
    type_cell(qtbot, plan.kpis, 0, "name", "月商")
    type_cell(qtbot, plan.kpis, 0, "unit", "万円")
    type_cell(qtbot, plan.kpis, 0, "target", "120万円")
    window.flush()
    assert window.store.plan.kpis(company_id)[0]["target"] == "120"
    assert plan.undo.count() >= 4  # finished edits are undo steps
    steps = plan.undo.count()
    plan.kpis.setCurrentCell(0, 1)
    plan.add_actual()
    plan.actual_dialog.day.setText("R8.10.31")
    ime_type(plan.actual_dialog.value, "95万円")
    plan.actual_dialog.accept()
    window.flush()
    qtbot.waitUntil(lambda: "95" in plan.kpis.item(0, plan.kpis.column("actuals")).text())
    assert plan.undo.count() == steps  # adding an actual keeps the undo history


def test_escape_takes_a_cell_back_and_the_file_with_it(qtbot, open_window, db_path):
    company_id, window, plan = open_plan(qtbot, open_window, db_path)
    plan.add_issue()
    type_cell(qtbot, plan.issues, 0, "title", "元の題")
    plan.issues.setCurrentCell(0, 0)
    plan.issues.editItem(plan.issues.item(0, 0))
    editor = [e for e in plan.issues.viewport().findChildren(QLineEdit) if e.isVisible()][-1]
    editor.selectAll()
    ime_type(editor, "間違い")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.wait(20)
    window.flush()
    assert plan.issues.item(0, 0).text() == "元の題"
    assert window.store.sessions.issues(company_id)[0]["title"] == "元の題"


def test_new_rows_never_hang_on_removed_ones_and_bad_dates_are_explained(qtbot, open_window, db_path):
    company_id, window, plan = open_plan(qtbot, open_window, db_path)
    plan.add_issue()
    type_cell(qtbot, plan.issues, 0, "title", "消す課題")
    plan.undo.undo()  # the issue goes again (and its title edit)
    plan.undo.undo()
    assert plan.issues.rowCount() == 0
    plan.add_action()
    window.flush()
    (action,) = window.store.sessions.actions(company_id)
    assert action["issue_id"] is None
    plan.add_referral()
    col = plan.referrals.column("date")  # a referral needs its date: clear it
    plan.referrals.setCurrentCell(0, col)
    plan.referrals.editItem(plan.referrals.item(0, col))
    editor = [e for e in plan.referrals.viewport().findChildren(QLineEdit) if e.isVisible()][-1]
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(20)
    window.flush()
    assert not window.autosave.has_unsaved()  # kept as a draft with its reason, not retried forever
    assert window.store.plan.referrals(company_id)[0]["date"]  # the stored date was kept
    drafts = window.store.drafts.for_row("referral", plan.referrals.ids[0])
    assert "date" in drafts
    assert plan.referrals.item(0, plan.referrals.column("date")).toolTip()  # the reason, on the cell


def test_removing_an_issue_takes_its_actions_and_kpis_and_undo_brings_them_back(qtbot, open_window, db_path):
    company_id, window, plan = open_plan(qtbot, open_window, db_path)
    plan.add_issue()
    type_cell(qtbot, plan.issues, 0, "title", "集客")
    plan.add_action()
    type_cell(qtbot, plan.actions, 0, "what", "チラシを配る")
    type_cell(qtbot, plan.actions, 0, "due_date", "2020/1/1")
    plan.actions.setCurrentCell(0, 1)
    plan.add_kpi()
    type_cell(qtbot, plan.kpis, 0, "name", "来店客数")
    window.flush()
    assert plan.kpis.item(0, plan.kpis.column("action_name")).text() == "チラシを配る"
    plan.issues.setCurrentCell(0, 0)
    plan.remove_row(plan.issues)
    window.flush()
    assert (plan.issues.rowCount(), plan.actions.rowCount(), plan.kpis.rowCount()) == (0, 0, 0)
    assert window.store.sessions.actions(company_id) == [] and window.store.plan.kpis(company_id) == []
    assert window.store.plan.overdue_count(company_id, date.today()) == 0
    plan.undo.undo()
    window.flush()
    assert (plan.issues.rowCount(), plan.actions.rowCount(), plan.kpis.rowCount()) == (1, 1, 1)
    (action,) = window.store.sessions.actions(company_id)
    assert (action["what"], action["due_date"]) == ("チラシを配る", "2020-01-01")
    assert window.store.plan.kpis(company_id)[0]["name"] == "来店客数"
    assert window.store.plan.overdue_count(company_id, date.today()) == 1
