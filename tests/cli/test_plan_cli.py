"""`banso plan` and `banso today` through the real command."""

import json

import pytest

from banso_desktop.store import open_store
from tests.cli.test_cli import one_line_error
from tests.helpers import run_banso

COMPANY = "c0000000-0000-4000-8000-000000000001"
OTHER = "c0000000-0000-4000-8000-000000000002"


@pytest.fixture
def planned(db_path):
    """A plan with two 課題, three 施策 (one overdue on 2026-10-15), a KPI with two
    actuals, a referral with its outcome and one waiting past its follow-up."""
    store = open_store(db_path)
    store.companies.create({"name": "株式会社ＡＢＣ食品"}, company_id=COMPANY)
    store.companies.create({"name": "有限会社みどり農園"}, company_id=OTHER)
    s = store.sessions.start(COMPANY, "2026-09-10", theme="価格転嫁", session_id="s-1")
    store.sessions.update(s, {"next_visit_date": "2026-10-20"})
    store.sessions.add_issue(COMPANY, s, issue_id="i-1", title="値上げ交渉ができていない", issue_side="core",
                             wall="mukiawanai", owner_words="言い出せなかった")
    store.sessions.add_issue(COMPANY, s, issue_id="i-2", title="後継者が決まっていない", wall="mienai")
    store.sessions.add_action(COMPANY, s, action_id="a-1", issue_id="i-1", what="主要取引先3社に値上げを打診する",
                              owner_role="owner", owner_name="山田 太郎", due_date="2026-10-10")
    store.sessions.add_action(COMPANY, s, action_id="a-2", issue_id="i-1", what="原価表を作る",
                              owner_role="consultant", due_date="2026-10-25")
    store.sessions.add_action(COMPANY, s, action_id="a-3", issue_id="i-2", what="事業承継診断を受ける",
                              owner_role="external", due_date="2026-12-01")
    store.plan.add_kpi("a-1", name="値上げ合意社数", unit="社", baseline="0", target="3", kpi_id="k-1")
    store.plan.add_actual("k-1", "2026-11-30", "2", actual_id="x-2")
    store.plan.add_actual("k-1", "2026-10-31", "1", actual_id="x-1")
    store.plan.add_referral(COMPANY, date="2026-09-10", referral_id="r-1", issue_id="i-2", session_id=s,
                            category="succession", institution="事業承継・引継ぎ支援センター",
                            reason="後継者探し", consent=True, follow_up_date="2026-10-10",
                            outcome="マッチング登録済み", outcome_date="2026-10-05")
    store.plan.add_referral(OTHER, date="2026-09-01", referral_id="r-2", category="sales_channels",
                            institution="よろず支援拠点", reason="ECサイト", follow_up_date="2026-10-01")
    store.periods.create(COMPANY, "2025-03-31", {"operating_income_yen": -1_000_000, "labor_cost_yen": 20_000_000,
                                                 "depreciation_yen": 1_000_000})
    store.periods.create(COMPANY, "2026-03-31", {"operating_income_yen": 1_000_000, "labor_cost_yen": 21_000_000,
                                                 "depreciation_yen": 1_100_000})
    store.close()
    return db_path


def action(id_, issue, what, role, name, due, overdue, kpis=()):
    return {"id": id_, "session_id": "s-1", "issue_id": issue, "what": what, "owner_role": role, "owner_name": name,
            "due_date": due, "status": "todo", "status_changed_at": None, "kpis": list(kpis), "overdue": overdue}


EXPECTED_PLAN = {
    "today": "2026-10-15",
    "issues": [
        {"id": "i-1", "session_id": "s-1", "note_id": None, "title": "値上げ交渉ができていない", "issue_side": "core",
         "wall": "mukiawanai", "owner_words": "言い出せなかった", "status": "candidate", "status_changed_at": None,
         "actions": [
             action("a-1", "i-1", "主要取引先3社に値上げを打診する", "owner", "山田 太郎", "2026-10-10", True, [{
                 "id": "k-1", "action_id": "a-1", "name": "値上げ合意社数", "unit": "社", "baseline": "0",
                 "target": "3", "actuals": [{"id": "x-1", "as_of": "2026-10-31", "value": "1"},
                                            {"id": "x-2", "as_of": "2026-11-30", "value": "2"}],
             }]),
             action("a-2", "i-1", "原価表を作る", "consultant", "", "2026-10-25", False),
         ]},
        {"id": "i-2", "session_id": "s-1", "note_id": None, "title": "後継者が決まっていない", "issue_side": None,
         "wall": "mienai", "owner_words": "", "status": "candidate", "status_changed_at": None,
         "actions": [action("a-3", "i-2", "事業承継診断を受ける", "external", "", "2026-12-01", False)]},
    ],
    "actions_without_issue": [],
    "referrals": [
        {"id": "r-1", "company_id": COMPANY, "issue_id": "i-2", "session_id": "s-1", "date": "2026-09-10",
         "category": "succession", "institution": "事業承継・引継ぎ支援センター", "contact": "", "reason": "後継者探し",
         "consent": True, "follow_up_date": "2026-10-10", "outcome": "マッチング登録済み",
         "outcome_date": "2026-10-05", "needs_attention": False},
    ],
    "design_sheet": None,
    "value_added": [
        {"period_end": "2025-03-31", "months": 12, "value_added_yen": 20_000_000, "change_yen": None,
         "change_rate": None},
        {"period_end": "2026-03-31", "months": 12, "value_added_yen": 23_100_000, "change_yen": 3_100_000,
         "change_rate": "0.155"},
    ],
}


def test_plan_json(planned):
    result = run_banso("plan", "--db", str(planned), "--company", COMPANY, "--json", "--today", "2026-10-15")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == EXPECTED_PLAN


def test_plan_today_decides_what_is_overdue(planned):
    result = run_banso("plan", "--db", str(planned), "--company", COMPANY, "--json", "--today", "R8.10.26")
    assert result.returncode == 0, result.stderr
    plan = json.loads(result.stdout)
    assert plan["today"] == "2026-10-26"
    assert [(a["id"], a["overdue"]) for i in plan["issues"] for a in i["actions"]] == [
        ("a-1", True), ("a-2", True), ("a-3", False)]


def test_plan_plain_text(planned):
    result = run_banso("plan", "--db", str(planned), "--company", COMPANY, "--today", "2026-10-15")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:2] == ["株式会社ＡＢＣ食品", "Action plan as of 2026-10-15"]
    assert "Issue: 値上げ交渉ができていない  (core, mukiawanai, candidate)" in lines
    assert "  Owner's words: 言い出せなかった" in lines
    assert "  Action: 主要取引先3社に値上げを打診する  (山田 太郎  2026-10-10  todo)  OVERDUE" in lines
    assert "    KPI: 値上げ合意社数 [社]  baseline 0 → target 3" in lines
    assert lines.index("      2026-10-31: 1") + 1 == lines.index("      2026-11-30: 2")
    assert "  Action: 原価表を作る  (consultant  2026-10-25  todo)" in lines
    assert "  2026-09-10  事業承継・引継ぎ支援センター  (Business succession and M&A)  後継者探し" in lines
    assert "    consent given  follow-up 2026-10-10  outcome 2026-10-05: マッチング登録済み" in lines
    assert lines[-3:] == ["Value added (thousand yen)", "  2025-03-31  20,000", "  2026-03-31  23,100  +3,100 (+15.5%)"]


def test_plan_in_japanese(planned):
    result = run_banso("plan", "--db", str(planned), "--company", COMPANY, "--today", "2026-10-15",
                       env={"BANSO_LANG": "ja"})
    assert result.returncode == 0, result.stderr
    assert "課題: 値上げ交渉ができていない  (core, mukiawanai, candidate)" in result.stdout.splitlines()
    assert "(事業承継・M&A)" in result.stdout


def test_plan_of_an_unknown_or_trashed_company(planned):
    line = one_line_error(run_banso("plan", "--db", str(planned), "--company", "nope", "--json"))
    assert "no company with the id nope" in line
    store = open_store(planned)
    store.companies.trash(OTHER)
    store.close()
    line = one_line_error(run_banso("plan", "--db", str(planned), "--company", OTHER))
    assert OTHER in line


@pytest.mark.parametrize("args", [
    ("plan", "--company", COMPANY, "--today", "2026-13-01"),
    ("plan", "--company", COMPANY, "--today", "tomorrow"),
    ("today", "--today", "yesterday"),
    ("plan",),  # --company is required
])
def test_bad_arguments_are_one_line(planned, args):
    one_line_error(run_banso(*args[:1], "--db", str(planned), *args[1:]))


def test_plan_of_a_missing_database(tmp_path):
    line = one_line_error(run_banso("plan", "--db", str(tmp_path / "missing.sqlite3"), "--company", COMPANY))
    assert "no database" in line
    assert not (tmp_path / "missing.sqlite3").exists()


def test_today_json(planned):
    result = run_banso("today", "--db", str(planned), "--json", "--today", "2026-10-15")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "today": "2026-10-15",
        "due_actions": [
            {"id": "a-1", "company_id": COMPANY, "company_name": "株式会社ＡＢＣ食品", "issue_id": "i-1",
             "issue_title": "値上げ交渉ができていない", "session_id": "s-1", "what": "主要取引先3社に値上げを打診する",
             "owner_role": "owner", "owner_name": "山田 太郎", "due_date": "2026-10-10", "status": "todo",
             "state": "overdue"},
            {"id": "a-2", "company_id": COMPANY, "company_name": "株式会社ＡＢＣ食品", "issue_id": "i-1",
             "issue_title": "値上げ交渉ができていない", "session_id": "s-1", "what": "原価表を作る",
             "owner_role": "consultant", "owner_name": "", "due_date": "2026-10-25", "status": "todo",
             "state": "due_soon"},
        ],
        "next_visits": [
            {"company_id": COMPANY, "company_name": "株式会社ＡＢＣ食品", "session_id": "s-1",
             "session_date": "2026-09-10", "theme": "価格転嫁", "next_visit_date": "2026-10-20"},
        ],
        "referrals_needing_attention": [
            {"id": "r-2", "company_id": OTHER, "issue_id": None, "session_id": None, "date": "2026-09-01",
             "category": "sales_channels", "institution": "よろず支援拠点", "contact": "", "reason": "ECサイト",
             "consent": False, "follow_up_date": "2026-10-01", "outcome": "", "outcome_date": None,
             "company_name": "有限会社みどり農園"},
        ],
    }


def test_today_plain_text(planned):
    result = run_banso("today", "--db", str(planned), "--today", "2026-10-27")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "As of 2026-10-27",
        "",
        "Actions due or overdue (2)",
        "  2026-10-10  株式会社ＡＢＣ食品  主要取引先3社に値上げを打診する  (山田 太郎)  OVERDUE",
        "  2026-10-25  株式会社ＡＢＣ食品  原価表を作る  (consultant)  OVERDUE",
        "",
        "Next visits (1)",
        "  2026-10-20  株式会社ＡＢＣ食品  価格転嫁  MISSED",
        "",
        "Referrals waiting for an outcome (1)",
        "  2026-10-01  有限会社みどり農園  よろず支援拠点  ECサイト",
    ]


def test_today_of_an_empty_database(db_path):
    open_store(db_path).close()
    result = run_banso("today", "--db", str(db_path), "--json")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert (out["due_actions"], out["next_visits"], out["referrals_needing_attention"]) == ([], [], [])
