"""`banso sessions` and `banso search` through the real command."""

import json
from datetime import date

import pytest

from banso_desktop.demo import create_demo
from banso_desktop.domain.interview import SendTarget
from banso_desktop.store import open_store
from tests.cli.test_cli import one_line_error
from tests.helpers import run_banso


@pytest.fixture
def recorded(db_path):
    """A company with two sessions: notes of every kind, a 課題 and a 施策."""
    store = open_store(db_path)
    company = store.companies.create({"name": "株式会社ＡＢＣ食品", "name_kana": "エービーシーショクヒン"})
    first = store.sessions.start(company, "2026-09-10", start_time="10:00", theme="原材料高騰と価格転嫁")
    store.sessions.add_note(first, kind="owner_quote", body="材料費がこの一年で二割上がった。")
    fact = store.sessions.add_note(first, kind="fact", body="主要仕入先から7月に値上げの通知があった。")
    store.sessions.send_note(fact, SendTarget("rokaben", "summary.current_state"))
    candidate = store.sessions.add_note(first, kind="issue_candidate", body="値上げ交渉ができていない",
                                        issue_side="surface", wall="mukiawanai")
    issue = store.sessions.send_note(candidate, SendTarget("issue"), issue={"status": "agreed"})
    store.sessions.add_action(company, first, what="主要取引先3社に値上げを打診する", owner_role="owner",
                              owner_name="山田 太郎", due_date="2026-10-10", issue_id=issue)
    store.sessions.update(first, {"summary": "価格転嫁について対話した。\n次回は原価を確認する。",
                                  "sr_core_issue": 1, "sr_next_action": 2})
    store.sessions.close(first, "11:30")
    second = store.sessions.start(company, "2026-10-15", theme="原価計算の見直し")
    store.sessions.add_note(second, kind="insight", body="「値決めを自分で考えてこなかった」")
    store.sessions.update(second, {"next_visit_date": "2026-11-15"})
    store.close()
    return {"company": company, "first": first, "second": second, "issue": issue}


def test_sessions_json(db_path, recorded):
    result = run_banso("sessions", "--db", str(db_path), "--company", recorded["company"], "--json")
    assert result.returncode == 0, result.stderr
    sessions = json.loads(result.stdout)
    assert [s["id"] for s in sessions] == [recorded["first"], recorded["second"]]
    first, second = sessions
    assert first["status"] == "closed" and second["status"] == "open"
    assert first["theme"] == "原材料高騰と価格転嫁" and first["date"] == "2026-09-10"
    for note in first["notes"] + second["notes"]:
        assert {"kind", "text", "issue_side", "wall", "stage", "linked_to"} <= set(note)
    assert [(n["kind"], n["text"]) for n in first["notes"]] == [
        ("owner_quote", "材料費がこの一年で二割上がった。"),
        ("fact", "主要仕入先から7月に値上げの通知があった。"),
        ("issue_candidate", "値上げ交渉ができていない"),
    ]
    candidate = first["notes"][2]
    assert (candidate["issue_side"], candidate["wall"], candidate["linked_to"]) == (
        "surface", "mukiawanai", f"issue:{recorded['issue']}")
    assert first["notes"][1]["linked_to"] == "rokaben:summary.current_state"
    assert [(i["id"], i["title"], i["status"]) for i in first["issues"]] == [
        (recorded["issue"], "値上げ交渉ができていない", "agreed")]
    assert [(a["what"], a["issue_id"], a["due_date"]) for a in first["actions"]] == [
        ("主要取引先3社に値上げを打診する", recorded["issue"], "2026-10-10")]
    assert first["self_reliance"]["total"] == 3 and first["self_reliance"]["next_action"] == 2
    assert second["self_reliance"]["total"] is None and second["next_visit_date"] == "2026-11-15"
    assert second["issues"] == [] and second["actions"] == []


def test_sessions_plain_text(db_path, recorded):
    result = run_banso("sessions", "--db", str(db_path), "--company", recorded["company"])
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "株式会社ＡＢＣ食品"
    text = result.stdout
    assert "2026-09-10 10:00–11:30  原材料高騰と価格転嫁" in text
    assert "  [owner_quote] 材料費がこの一年で二割上がった。" in lines
    assert "  [issue_candidate] 値上げ交渉ができていない" in lines
    assert "  Summary: 価格転嫁について対話した。" in lines and "    次回は原価を確認する。" in lines
    assert "  Issue: 値上げ交渉ができていない  (surface, mukiawanai, agreed)" in lines
    assert "  Action: 主要取引先3社に値上げを打診する  (山田 太郎  2026-10-10  todo)" in lines
    assert "  Self-reliance: 3/14" in lines
    assert "2026-10-15  原価計算の見直し  (open)" in lines
    assert "  Next visit: 2026-11-15" in lines
    assert lines.index("  [owner_quote] 材料費がこの一年で二割上がった。") < lines.index("2026-10-15  原価計算の見直し  (open)")

    ja = run_banso("sessions", "--db", str(db_path), "--company", recorded["company"], env={"BANSO_LANG": "ja"})
    assert ja.returncode == 0 and "Summary" not in ja.stdout and "[fact] 主要仕入先から" in ja.stdout


def test_sessions_of_a_company_without_any(db_path):
    store = open_store(db_path)
    company = store.companies.create({"name": "新規の会社"})
    store.close()
    result = run_banso("sessions", "--db", str(db_path), "--company", company, "--json")
    assert result.returncode == 0 and json.loads(result.stdout) == []
    plain = run_banso("sessions", "--db", str(db_path), "--company", company)
    assert plain.stdout.splitlines() == ["新規の会社", "No sessions recorded yet."]


def test_sessions_unknown_or_trashed_company(db_path, recorded):
    line = one_line_error(run_banso("sessions", "--db", str(db_path), "--company", "no-such-id"))
    assert line == "banso: There is no company with the id no-such-id."
    store = open_store(db_path)
    store.companies.trash(recorded["company"])
    store.close()
    one_line_error(run_banso("sessions", "--db", str(db_path), "--company", recorded["company"], "--json"))
    ja = one_line_error(run_banso("sessions", "--db", str(db_path), "--company", "x", env={"BANSO_LANG": "ja"}))
    assert "事業者" in ja


def test_search_json_and_plain(db_path, recorded):
    result = run_banso("search", "--db", str(db_path), "値上げ", "--json")
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    # The notes, the ロカベン field a note was sent to, the 課題 and the 施策.
    assert {h["source"] for h in hits} == {"note", "rokaben_text", "issue", "action"}
    for h in hits:
        assert set(h) == {"source", "company_id", "company_name", "session_id", "id", "key", "date", "text"}
        assert h["company_id"] == recorded["company"] and "値上げ" in h["text"]
    assert {h["id"] for h in hits if h["source"] == "issue"} == {recorded["issue"]}

    plain = run_banso("search", "--db", str(db_path), "値上げ")
    lines = plain.stdout.splitlines()
    assert len(lines) == len(hits)
    assert all(line.split("\t")[1] == "株式会社ＡＢＣ食品" for line in lines)
    assert any(line.startswith("note\t株式会社ＡＢＣ食品\t2026-09-10\t") for line in lines)

    # Full-width company name found by half-width letters; fields and summaries too.
    company_hits = json.loads(run_banso("search", "--db", str(db_path), "abc", "--json").stdout)
    assert company_hits[0]["source"] == "company" and company_hits[0]["id"] is None
    summary_hits = json.loads(run_banso("search", "--db", str(db_path), "原価を確認", "--json").stdout)
    assert [(h["source"], h["session_id"]) for h in summary_hits] == [("session", recorded["first"])]
    assert json.loads(run_banso("search", "--db", str(db_path), "見つからない言葉", "--json").stdout) == []
    assert run_banso("search", "--db", str(db_path), "見つからない言葉").stdout == ""


def test_search_limit(tmp_path):
    db = tmp_path / "demo.sqlite3"
    store = open_store(db)
    create_demo(store, companies=50, seed=2, today=date(2026, 11, 21))
    store.close()
    hits = json.loads(run_banso("search", "--db", str(db), "値上げ", "--limit", "7", "--json").stdout)
    assert len(hits) == 7
    assert len(run_banso("search", "--db", str(db), "値上げ", "--limit", "3").stdout.splitlines()) == 3
    assert len(json.loads(run_banso("search", "--db", str(db), "の", "--json").stdout)) == 100  # the default


@pytest.mark.parametrize(
    "args",
    [
        ["sessions", "--db", "x.sqlite3"],  # --company is required
        ["search", "--db", "x.sqlite3"],  # TEXT is required
        ["search", "--db", "x.sqlite3", "値上げ", "--limit", "0"],
        ["search", "--db", "x.sqlite3", "値上げ", "--limit", "many"],
    ],
)
def test_bad_arguments(args):
    one_line_error(run_banso(*args))


def test_missing_database_and_empty_query(tmp_path, db_path, recorded):
    missing = tmp_path / "nowhere.sqlite3"
    assert "There is no database" in one_line_error(run_banso("search", "--db", str(missing), "値上げ"))
    assert "There is no database" in one_line_error(run_banso("sessions", "--db", str(missing), "--company", "x"))
    assert not missing.exists()
    one_line_error(run_banso("search", "--db", str(db_path), "  "))
