"""Interview mode driven by keyboard, as a consultant at the owner's desk would."""

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from banso_desktop.store import open_store
from tests.helpers import run_banso
from tests.ui.typing import ime_type

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def make_company(db_path, name="あおば書店", representative="青葉 一郎"):
    store = open_store(db_path)
    company_id = store.companies.create({"name": name, "representative_name": representative})
    store.close()
    return company_id


def start_by_keyboard(qtbot, window, theme):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL | SHIFT)
    qtbot.waitUntil(lambda: getattr(window, "start_dialog", None) is not None and window.start_dialog.isVisible())
    dialog = window.start_dialog
    assert dialog.attendees["owner"][1].text() == "青葉 一郎"  # the representative, prefilled
    ime_type(dialog.theme, theme)
    qtbot.keyClick(dialog.theme, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.interview is not None and window.interview.isVisible())
    interview = window.interview
    interview.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is interview)
    return interview


def say(qtbot, interview, text, *keys):
    """Type a note, press its keys (kind, tags), then Enter."""
    ime_type(interview.editor, text)
    for key, modifiers in keys:
        qtbot.keyClick(interview.editor, key, modifiers)
    qtbot.keyClick(interview.editor, Qt.Key.Key_Return)


def test_a_whole_session_by_keyboard(qtbot, open_window, db_path):
    company_id = make_company(db_path)
    window = open_window(db_path)
    window.open_company(company_id)
    interview = start_by_keyboard(qtbot, window, "売上減少の要因整理")
    assert interview.rail.currentItem().text().startswith("P0")
    qtbot.keyClick(interview.editor, Qt.Key.Key_PageDown, CTRL)  # P1
    assert interview.stage == "P1"

    say(qtbot, interview, "常連の法人のお客さんが減ってきている", (Qt.Key.Key_1, CTRL))
    say(qtbot, interview, "法人売上は前年比▲15%", (Qt.Key.Key_2, CTRL))
    say(qtbot, interview, "営業が属人化している可能性", (Qt.Key.Key_3, CTRL))
    say(qtbot, interview, "関係を仕組みにしていなかった", (Qt.Key.Key_4, CTRL))
    qtbot.keyClick(interview.editor, Qt.Key.Key_PageDown, CTRL)  # P2
    qtbot.keyClick(interview.editor, Qt.Key.Key_PageDown, CTRL)  # P3
    # An issue candidate, 裏の課題 (Ctrl+T twice), wall 見えない (Alt+1).
    say(qtbot, interview, "法人営業が属人化している", (Qt.Key.Key_5, CTRL), (Qt.Key.Key_T, CTRL),
        (Qt.Key.Key_T, CTRL), (Qt.Key.Key_1, ALT))
    # The owner's words about strengths go to ロカベン ② 事業 強み.
    ime_type(interview.editor, "うちは配達が早いのが取り柄です")
    qtbot.keyClick(interview.editor, Qt.Key.Key_1, CTRL)
    qtbot.keyClick(interview.editor, Qt.Key.Key_S, CTRL | SHIFT)
    qtbot.waitUntil(lambda: getattr(interview, "send_dialog", None) is not None and interview.send_dialog.isVisible())
    ime_type(interview.send_dialog.filter, "強み")
    assert "強み" in interview.send_dialog.list.currentItem().text()
    qtbot.keyClick(interview.send_dialog.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "rokaben:business.strengths" in ((interview.current or {}).get("linked_to") or ""))
    qtbot.keyClick(interview.editor, Qt.Key.Key_Return)

    # The issue candidate becomes a 課題 with the owner's words.
    issue_note = next(n for n in interview.notes if n["kind"] == "issue_candidate")
    interview.edit_note(issue_note["id"])
    qtbot.keyClick(interview.editor, Qt.Key.Key_S, CTRL | SHIFT)
    qtbot.waitUntil(lambda: interview.send_dialog.isVisible())
    qtbot.keyClick(interview.send_dialog.filter, Qt.Key.Key_Return)  # first entry: a new issue
    qtbot.waitUntil(lambda: getattr(interview, "issue_dialog", None) is not None and interview.issue_dialog.isVisible())
    assert interview.issue_dialog.owner_words.toPlainText() == "うちは配達が早いのが取り柄です"
    interview.issue_dialog.agreed.setChecked(True)
    qtbot.keyClick(interview.issue_dialog.title, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "issue:" in (issue_note.get("linked_to") or ""))
    qtbot.keyClick(interview.editor, Qt.Key.Key_Escape)

    # Close with a summary.
    qtbot.keyClick(interview.editor, Qt.Key.Key_E, CTRL | SHIFT)
    summary = interview.summary
    assert interview.pages.currentWidget() is summary
    assert summary.issues.rowCount() == 1
    assert summary.issues.item(0, 0).text() == "法人営業が属人化している"
    ime_type(summary.gist, "整理の場として、法人営業の属人化が本質的課題と確認")
    qtbot.keyClick(summary.gist, Qt.Key.Key_A, ALT)  # Add an &action
    qtbot.waitUntil(lambda: summary.actions.rowCount() == 1)
    summary.actions.item(0, 0).setText("主要顧客10社に社長が電話する")
    summary.actions.item(0, 3).setText("R8.12.15")
    ime_type(summary.next_visit, "令和8年12月20日")
    summary.next_visit.textEdited.emit(summary.next_visit.text())
    assert "2026" in summary.next_visit_note.text()
    for key, value in (("core_issue", 2), ("next_action", 1)):
        radio = summary.findChild(type(summary.scores[key].button(value)), f"sr_{key}_{value}")
        radio.setFocus()
        qtbot.keyClick(radio, Qt.Key.Key_Space)
    assert "3 / 14" in summary.total.text()
    qtbot.keyClick(summary.gist, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not interview.isVisible())
    window.close()

    # Reopen: everything is there.
    again = open_window(db_path)
    assert again.interview is None  # a closed session does not reopen
    again.open_company(company_id, "sessions")
    assert again.workspace.sessions.sessions.topLevelItemCount() == 1
    assert "常連の法人のお客さん" in again.workspace.sessions.notes.toPlainText()
    assert "主要顧客10社に社長が電話する" in again.workspace.timeline.toPlainText()
    again.close()

    result = run_banso("sessions", "--db", str(db_path), "--company", company_id, "--json")
    assert result.returncode == 0, result.stderr
    (session,) = json.loads(result.stdout)
    assert session["status"] == "closed" and session["theme"] == "売上減少の要因整理"
    kinds = [n["kind"] for n in session["notes"]]
    assert kinds == ["owner_quote", "fact", "assessment", "insight", "issue_candidate", "owner_quote"]
    candidate = session["notes"][4]
    assert (candidate["issue_side"], candidate["wall"], candidate["stage"]) == ("core", "mienai", "P3")
    assert session["notes"][0]["stage"] == "P1"
    assert session["notes"][5]["linked_to"] == "rokaben:business.strengths"
    (issue,) = session["issues"]
    assert (issue["title"], issue["wall"], issue["issue_side"], issue["status"]) == (
        "法人営業が属人化している", "mienai", "core", "agreed")
    assert issue["owner_words"] == "うちは配達が早いのが取り柄です"
    (action,) = session["actions"]
    assert (action["what"], action["due_date"], action["owner_role"]) == ("主要顧客10社に社長が電話する", "2026-12-15", "owner")
    assert session["next_visit_date"] == "2026-12-20"
    assert session["summary"].startswith("整理の場として")
    assert session["self_reliance"]["core_issue"] == 2 and session["self_reliance"]["total"] == 3
    store = open_store(db_path)
    assert store.rokaben.texts(company_id)["business.strengths"] == "うちは配達が早いのが取り柄です"
    store.close()


def test_quitting_mid_note_reopens_the_interview_where_it_was(qtbot, open_window, db_path):
    company_id = make_company(db_path)
    window = open_window(db_path)
    window.open_company(company_id)
    interview = start_by_keyboard(qtbot, window, "")
    say(qtbot, interview, "一つ目のメモ")
    ime_type(interview.editor, "書きかけの経営者の言葉")
    qtbot.keyClick(interview.editor, Qt.Key.Key_1, CTRL)
    window.close()

    again = open_window(db_path)
    reopened = again.interview
    assert reopened is not None and reopened.isVisible()
    assert reopened.editor.toPlainText() == "書きかけの経営者の言葉"
    assert reopened.current["kind"] == "owner_quote"
    ime_type(reopened.editor, "、続き")
    qtbot.keyClick(reopened.editor, Qt.Key.Key_Return)
    assert [n["body"] for n in reopened.notes] == ["一つ目のメモ", "書きかけの経営者の言葉、続き"]
    reopened.close()  # paused: the session stays open, but is not reopened by itself
    again.close()
    third = open_window(db_path)
    assert third.interview is None
    assert third.store.sessions.open_sessions(company_id)


def test_many_questions_in_a_row_bring_a_gentle_hint(qtbot, open_window, db_path):
    company_id = make_company(db_path)
    window = open_window(db_path)
    window.open_company(company_id)
    interview = start_by_keyboard(qtbot, window, "")
    for q in ("いつ頃からですか？", "どのお客様ですか？", "理由は何ですか？"):
        say(qtbot, interview, q)
    assert interview.hint.isHidden()
    say(qtbot, interview, "他にはありますか？")
    assert not interview.hint.isHidden()
    assert "4" in interview.hint_text.text()
    interview._dismiss_hint()
    assert interview.hint.isHidden()
    say(qtbot, interview, "実は担当者が辞めてから…", (Qt.Key.Key_1, CTRL))
    assert interview.hint.isHidden()
    interview.close()


def test_prompt_cards_follow_the_stage_and_can_be_asked(qtbot, open_window, db_path):
    company_id = make_company(db_path)
    window = open_window(db_path)
    window.open_company(company_id)
    interview = start_by_keyboard(qtbot, window, "")
    interview.rail.setCurrentRow(3)  # P3
    texts = [interview.cards.item(i).text() for i in range(interview.cards.count())]
    assert any("なぜ" in t for t in texts)
    assert "支援者メモ" in interview.cards_panel.findChildren(type(interview.aim))[0].text()
    card = next(interview.cards.item(i) for i in range(interview.cards.count())
                if interview.cards.item(i).data(Qt.ItemDataRole.UserRole))
    interview._ask(card)
    assert interview.notes[-1]["body"] == card.data(Qt.ItemDataRole.UserRole)
    assert interview.notes[-1]["stage"] == "P3"
    interview.close()
    window.flush()
    assert window.store.sessions.notes(interview.session_id)[-1]["stage"] == "P3"


def test_search_opens_the_session_at_the_note(qtbot, open_window, db_path):
    company_id = make_company(db_path)
    store = open_store(db_path)
    session_id = store.sessions.start(company_id, "2026-10-01", theme="資金繰り")
    store.sessions.add_note(session_id, kind="owner_quote", body="運転資金が月末に足りなくなる")
    note_id = store.sessions.add_note(session_id, kind="fact", body="仕入れは現金払いで、売掛は60日サイト")
    store.sessions.close(session_id, "11:00")
    other = store.companies.create({"name": "ほかの会社"})
    store.close()
    window = open_window(db_path)
    window.open_company(other)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL | SHIFT)
    dialog = window.search_dialog
    qtbot.waitUntil(dialog.isVisible)
    for query, found in (("売", 1), ("売掛", 1), ("60日サイト", 1), ("資金", 2), ("見つからない言葉", 0)):
        dialog.query.clear()
        ime_type(dialog.query, query)  # searched as typed, on the search thread
        qtbot.waitUntil(lambda q=query: dialog._shown_query == q)
        assert dialog.results.count() >= found, query
    assert dialog.status.text() == "見つかりませんでした。"
    dialog.query.clear()
    ime_type(dialog.query, "売掛")
    qtbot.waitUntil(lambda: dialog._shown_query == "売掛")
    assert "あおば書店" in dialog.results.item(0).text()
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert window.workspace.company_id == company_id
    assert window.workspace.current_tab() == "sessions"
    assert window.workspace.sessions.current_session() == session_id
    html = window.workspace.sessions.notes.toHtml()
    assert note_id in html and "#fff3cd" in html
    # Enter right after typing, before the search thread answered, still opens the right hit.
    window.open_company(other)
    dialog.query.clear()
    ime_type(dialog.query, "60日サイト")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert window.workspace.company_id == company_id


def test_session_details_can_be_corrected_during_the_interview(qtbot, open_window, db_path):
    company_id = make_company(db_path)
    window = open_window(db_path)
    window.open_company(company_id)
    interview = start_by_keyboard(qtbot, window, "資金繰り")
    interview.edit_details()
    dialog = interview.details_dialog
    assert dialog.theme.text() == "資金繰り"
    assert dialog.attendees["owner"][0].isChecked() and dialog.attendees["owner"][1].text() == "青葉 一郎"
    dialog.theme.setText("資金繰りと借入の整理")
    dialog.date_edit.setText("R8.11.20")
    dialog.place.setCurrentIndex(dialog.place.findData("online"))
    ime_type(dialog.attendees["bank"][1], "北国銀行 佐藤")
    qtbot.keyClick(dialog.theme, Qt.Key.Key_Return)
    assert "資金繰りと借入の整理" in interview.info.text()
    window.flush()
    row = window.store.sessions.get(interview.session_id)
    assert (row["theme"], row["date"], row["place_kind"]) == ("資金繰りと借入の整理", "2026-11-20", "online")
    assert {"role": "bank", "name": "北国銀行 佐藤"} in row["attendees"]
    interview.edit_details()
    interview.details_dialog.date_edit.setText("R8.13.40")
    interview.details_dialog.accept()
    assert interview.details_dialog.isVisible() and interview.details_dialog.error.text()
    interview.details_dialog.reject()
    interview.close()


def open_interview(qtbot, open_window, db_path, theme=""):
    company_id = make_company(db_path)
    window = open_window(db_path)
    window.open_company(company_id)
    return company_id, window, start_by_keyboard(qtbot, window, theme)


def test_a_summary_cell_is_saved_while_it_is_still_being_typed(qtbot, open_window, db_path):
    from PySide6.QtWidgets import QLineEdit

    _company, window, interview = open_interview(qtbot, open_window, db_path)
    qtbot.keyClick(interview.editor, Qt.Key.Key_E, CTRL | SHIFT)
    summary = interview.summary
    summary.add_action()
    editor = summary.actions.viewport().findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    ime_type(editor, "主要顧客10社に電話")
    action_id = summary._action_ids[0]
    # Saved like any other field, with the cell editor still open.
    qtbot.waitUntil(lambda: (window.store.sessions.actions(_company) or [{}])[0].get("what") == "主要顧客10社に電話",
                    timeout=2000)
    # Ctrl+Shift+E again on the summary page must not reload it and drop the open cell.
    qtbot.keyClick(editor, Qt.Key.Key_E, CTRL | SHIFT)
    assert editor.isVisible() and editor.text() == "主要顧客10社に電話"
    assert summary._action_ids == [action_id]
    interview.close()


def test_going_back_and_forth_shows_edits_still_on_their_way(qtbot, open_window, db_path):
    _company, window, interview = open_interview(qtbot, open_window, db_path)
    qtbot.keyClick(interview.editor, Qt.Key.Key_E, CTRL | SHIFT)
    summary = interview.summary
    summary.add_issue()
    summary.issues.item(0, 0).setText("法人営業の属人化")  # committed cell, autosave pending
    summary.back.emit()
    qtbot.keyClick(interview.editor, Qt.Key.Key_E, CTRL | SHIFT)
    assert summary.issues.item(0, 0).text() == "法人営業の属人化"
    interview.close()


def test_typing_after_moving_the_open_note_goes_to_a_new_note(qtbot, open_window, db_path):
    from banso_desktop.domain.interview import SendTarget

    company_id, window, interview = open_interview(qtbot, open_window, db_path)
    ime_type(interview.editor, "配達が早い")
    moved = interview.current
    interview._send(moved, SendTarget.parse("rokaben:business.strengths"), move=True)
    ime_type(interview.editor, "翌日配送もできる")  # before the writer has answered
    window.flush()
    qtbot.keyClick(interview.editor, Qt.Key.Key_Return)
    window.flush()
    assert not window.autosave.has_unsaved()
    assert [n["body"] for n in window.store.sessions.notes(interview.session_id)] == ["翌日配送もできる"]
    assert window.store.rokaben.texts(company_id)["business.strengths"] == "配達が早い"
    interview.close()


def test_a_closed_session_opened_again_is_open_and_keeps_its_end_time(qtbot, open_window, db_path):
    company_id = make_company(db_path)
    store = open_store(db_path)
    session_id = store.sessions.start(company_id, "2026-10-01", start_time="10:00")
    store.sessions.close(session_id, "11:00")
    store.close()
    window = open_window(db_path)
    window.open_company(company_id, "sessions")
    interview = window.open_interview(session_id)
    assert window.store.sessions.get(session_id)["status"] == "open"
    ime_type(interview.editor, "追記")
    window.close()  # quitting mid-interview: it comes back
    again = open_window(db_path)
    assert again.interview is not None and again.interview.session_id == session_id
    again.interview.close_session()
    again.flush()
    row = again.store.sessions.get(session_id)
    assert (row["status"], row["end_time"]) == ("closed", "11:00")


def test_bad_input_in_the_dialogs_is_explained_and_nothing_is_made(qtbot, open_window, db_path):
    _company, window, interview = open_interview(qtbot, open_window, db_path, "テーマ")
    interview.edit_details()
    interview.details_dialog.date_edit.clear()
    interview.details_dialog.accept()
    assert interview.details_dialog.isVisible() and interview.details_dialog.error.text()
    interview.details_dialog.reject()
    say(qtbot, interview, "課題になりそうなこと", (Qt.Key.Key_5, CTRL))
    qtbot.keyClick(interview.editor, Qt.Key.Key_S, CTRL | SHIFT)
    qtbot.waitUntil(lambda: interview.send_dialog.isVisible())
    ime_type(interview.send_dialog.filter, "どこにもない送り先")
    qtbot.keyClick(interview.send_dialog.filter, Qt.Key.Key_Return)
    assert interview.send_dialog.isVisible()  # nothing matches: stays open
    interview.send_dialog.filter.clear()
    qtbot.keyClick(interview.send_dialog.filter, Qt.Key.Key_Return)  # a new issue
    qtbot.waitUntil(lambda: interview.issue_dialog.isVisible())
    interview.issue_dialog.title.clear()
    interview.issue_dialog.accept()
    assert interview.issue_dialog.isVisible() and interview.issue_dialog.error.text()
    interview.issue_dialog.reject()
    window.flush()
    assert window.store.sessions.issues(_company) == []
    interview.close()


def test_a_session_resumed_another_day_times_this_sitting(open_window, tmp_path):
    """Reopening an interrupted session days later shows the time of this sitting, not
    thousands of hours since it first started."""
    window = open_window(tmp_path / "banso.sqlite3")
    company = window.store.companies.create({"name": "株式会社再開"})
    window.open_company(company)
    session = window.store.sessions.start(company, date="2026-03-25")
    with window.store.write() as conn:
        conn.execute("UPDATE session SET started_at = '2026-03-25T09:00:00.000Z' WHERE id = ?", (session,))
    interview = window.open_interview(session)
    interview.session["started_at"] = "2026-03-25T09:00:00.000Z"
    interview._tick()
    assert interview.elapsed.text() in ("経過 0:00:00", "経過 0:00:01")
