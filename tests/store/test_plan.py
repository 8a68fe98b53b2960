"""store.plan: KPIs and actuals, referrals, office contacts, the views across companies
and the plan's export (real SQLite files)."""

import json
from datetime import date

import pytest

from banso_desktop.store import open_store

TODAY = date(2026, 10, 15)


@pytest.fixture
def company(store):
    return store.companies.create({"name": "株式会社ＡＢＣ食品"})


def make_action(store, company_id, issue_id=None, **values):
    return store.sessions.add_action(company_id, None, issue_id=issue_id, **values)


# --- KPIs ----------------------------------------------------------------------------


def test_kpis_in_order_with_actuals_oldest_first(store, company):
    first = make_action(store, company, what="値上げを打診する")
    second = make_action(store, company, what="原価表を作る")
    k2 = store.plan.add_kpi(second, name="原価表の品目数", unit="品目", target="40")
    k1 = store.plan.add_kpi(first, name="値上げ合意社数", unit="社", baseline=0, target=3)
    k1b = store.plan.add_kpi(first, name="粗利率", unit="%")
    store.plan.add_actual(k1, "2026-11-30", "2")
    early = store.plan.add_actual(k1, date(2026, 10, 31), "1")
    kpis = store.plan.kpis(company)
    assert [k["id"] for k in kpis] == [k1, k1b, k2]
    assert kpis[0] == {
        "id": k1, "action_id": first, "name": "値上げ合意社数", "unit": "社", "baseline": "0", "target": "3",
        "actuals": [{"id": early, "as_of": "2026-10-31", "value": "1"},
                    {"id": kpis[0]["actuals"][1]["id"], "as_of": "2026-11-30", "value": "2"}],
    }
    assert kpis[1]["baseline"] is None and kpis[1]["target"] is None and kpis[1]["actuals"] == []
    assert kpis[2]["action_id"] == second and kpis[2]["target"] == "40"


def test_add_kpi_takes_the_company_from_the_action_and_keeps_exact_decimals(store, company):
    from decimal import Decimal

    act = make_action(store, company)
    kpi = store.plan.add_kpi(act, name="粗利率", unit="%", baseline=Decimal("25.50"), target="30.0", kpi_id="k-1")
    assert kpi == "k-1"
    row = store.conn.execute("SELECT company_id, baseline, target, position FROM kpi WHERE id = 'k-1'").fetchone()
    assert row == (company, "25.5", "30", 1.0)
    with pytest.raises(LookupError):
        store.plan.add_kpi("no-such-action")
    with pytest.raises(ValueError):
        store.plan.add_kpi(act, target="３割")  # typed text goes through parse_kpi_value first


def test_update_kpi_and_actuals(store, company):
    act = make_action(store, company)
    kpi = store.plan.add_kpi(act, name="件数")
    assert store.plan.update_kpi(kpi, {"name": "成約件数", "unit": "件", "target": "12", "baseline": None})
    actual = store.plan.add_actual(kpi, "2026-10-01", "3", actual_id="a-1")
    assert actual == "a-1"
    assert store.plan.update_actual(actual, {"value": "-1.50", "as_of": date(2026, 10, 2)})
    (k,) = store.plan.kpis(company)
    assert (k["name"], k["unit"], k["target"], k["baseline"]) == ("成約件数", "件", "12", None)
    assert k["actuals"] == [{"id": "a-1", "as_of": "2026-10-02", "value": "-1.5"}]
    with pytest.raises(ValueError, match="not KPI fields"):
        store.plan.update_kpi(kpi, {"action_id": "x"})
    with pytest.raises(ValueError, match="not KPI actual fields"):
        store.plan.update_actual(actual, {"kpi_id": "x"})
    with pytest.raises(ValueError):
        store.plan.update_actual(actual, {"value": None})
    with pytest.raises(ValueError):
        store.plan.update_actual(actual, {"as_of": "10/2"})
    with pytest.raises(ValueError):
        store.plan.add_actual(kpi, "2026-10-03", "")
    with pytest.raises(LookupError):
        store.plan.add_actual("no-such-kpi", "2026-10-03", "1")
    assert store.plan.update_kpi("no-such-kpi", {"name": "x"}) is False


def test_removed_kpis_actuals_and_actions_leave_the_list_and_come_back(store, company):
    act = make_action(store, company)
    other = make_action(store, company)
    kpi = store.plan.add_kpi(act, name="A")
    kept = store.plan.add_kpi(other, name="B")
    actual = store.plan.add_actual(kpi, "2026-10-01", "1")
    assert store.plan.remove("kpi_actual", actual)
    assert store.plan.kpis(company)[0]["actuals"] == []
    assert store.plan.remove("kpi", kpi)
    assert [k["id"] for k in store.plan.kpis(company)] == [kept]
    assert store.plan.update_kpi(kpi, {"name": "gone"}) is False
    assert store.plan.remove("kpi", kpi) is False  # already removed
    assert store.plan.restore("kpi", kpi) and store.plan.restore("kpi_actual", actual)
    assert [(k["id"], len(k["actuals"])) for k in store.plan.kpis(company)] == [(kpi, 1), (kept, 0)]
    # A removed 施策 takes its KPIs out of the list (they stay for its restore).
    assert store.plan.remove("action", other)
    assert [k["id"] for k in store.plan.kpis(company)] == [kpi]
    assert store.plan.restore("action", other)
    assert [k["id"] for k in store.plan.kpis(company)] == [kpi, kept]


def test_restore_issues_and_actions_for_undo(store, company):
    issue = store.sessions.add_issue(company, None, title="値上げ交渉ができていない")
    act = make_action(store, company, issue_id=issue, what="打診する")
    store.sessions.remove("issue", issue)
    store.sessions.remove("action", act)
    assert store.sessions.issues(company) == [] and store.sessions.actions(company) == []
    assert store.plan.restore("issue", issue) and store.plan.restore("action", act)
    assert [i["id"] for i in store.sessions.issues(company)] == [issue]
    assert [a["id"] for a in store.sessions.actions(company)] == [act]
    assert store.plan.restore("issue", issue) is True  # already live: nothing to do, still there
    assert store.plan.restore("issue", "no-such-row") is False
    for bad in ("company", "session", "note; DROP TABLE kpi"):
        with pytest.raises(ValueError):
            store.plan.restore(bad, issue)
        with pytest.raises(ValueError):
            store.plan.remove(bad, issue)


def test_remove_and_restore_stamp_the_row(store, company):
    ref = store.plan.add_referral(company, date="2026-10-01")
    store.plan.remove("referral", ref)
    deleted, updated = store.conn.execute(
        "SELECT deleted_at, updated_at FROM referral WHERE id = ?", (ref,)).fetchone()
    assert deleted is not None
    store.plan.restore("referral", ref)
    deleted2, updated2 = store.conn.execute(
        "SELECT deleted_at, updated_at FROM referral WHERE id = ?", (ref,)).fetchone()
    assert deleted2 is None and updated2 >= updated


# --- referrals -----------------------------------------------------------------------------


def test_referrals_newest_first_with_consent_as_bool(store, company):
    issue = store.sessions.add_issue(company, None, title="資金繰り")
    old = store.plan.add_referral(company, date="2026-08-01", category="turnaround_finance",
                                  institution="中小企業活性化協議会", reason="返済条件の見直し", consent=True,
                                  issue_id=issue, follow_up_date=date(2026, 9, 1))
    new = store.plan.add_referral(company, date=date(2026, 9, 20), referral_id="r-2",
                                  institution="よろず支援拠点", contact="山本 CO")
    assert new == "r-2"
    rows = store.plan.referrals(company)
    assert [r["id"] for r in rows] == ["r-2", old]
    assert rows[1] == {
        "id": old, "company_id": company, "issue_id": issue, "session_id": None, "date": "2026-08-01",
        "category": "turnaround_finance", "institution": "中小企業活性化協議会", "contact": "",
        "reason": "返済条件の見直し", "consent": True, "follow_up_date": "2026-09-01",
        "outcome": "", "outcome_date": None,
    }
    assert rows[0]["consent"] is False and rows[0]["category"] is None and rows[0]["contact"] == "山本 CO"


def test_update_referral_records_the_outcome(store, company):
    ref = store.plan.add_referral(company, date="2026-09-01", follow_up_date="2026-09-15")
    assert store.plan.update_referral(ref, {"outcome": "再生計画の策定支援が始まった", "outcome_date": "2026-09-20",
                                            "consent": 1, "category": "", "reason": None})
    (r,) = store.plan.referrals(company)
    assert (r["outcome"], r["outcome_date"], r["consent"], r["category"], r["reason"]) == (
        "再生計画の策定支援が始まった", "2026-09-20", True, None, "")
    with pytest.raises(ValueError, match="not referral fields"):
        store.plan.update_referral(ref, {"company_id": "x"})
    with pytest.raises(ValueError, match="not referral fields"):
        store.plan.add_referral(company, date="2026-09-01", status="open")
    with pytest.raises(ValueError):
        store.plan.update_referral(ref, {"date": None})
    with pytest.raises(ValueError):
        store.plan.add_referral(company, date="R8.9.1")  # dates reach the store as ISO
    store.plan.remove("referral", ref)
    assert store.plan.referrals(company) == []
    assert store.plan.update_referral(ref, {"outcome": "x"}) is False


def test_needing_attention_across_companies(store, company):
    other = store.companies.create({"name": "有限会社みどり農園"})
    trashed = store.companies.create({"name": "廃業した会社"})
    late = store.plan.add_referral(company, date="2026-09-01", institution="よろず支援拠点", follow_up_date="2026-10-01")
    later = store.plan.add_referral(other, date="2026-08-01", institution="下請かけこみ寺", follow_up_date="2026-10-14")
    store.plan.add_referral(other, date="2026-09-01", follow_up_date="2026-10-15")            # due today: not yet
    store.plan.add_referral(company, date="2026-09-01", follow_up_date="2026-10-01", outcome="融資決定")
    store.plan.add_referral(company, date="2026-09-01", follow_up_date="2026-10-01", outcome_date="2026-10-02")
    store.plan.add_referral(company, date="2026-09-01")                                        # no follow-up date
    gone = store.plan.add_referral(company, date="2026-09-01", follow_up_date="2026-09-02")
    store.plan.remove("referral", gone)
    store.plan.add_referral(trashed, date="2026-09-01", follow_up_date="2026-09-02")
    store.companies.trash(trashed)
    rows = store.plan.needing_attention(TODAY)
    assert [(r["id"], r["company_name"]) for r in rows] == [(late, "株式会社ＡＢＣ食品"), (later, "有限会社みどり農園")]
    assert rows[0]["institution"] == "よろず支援拠点" and rows[0]["company_id"] == company
    assert store.plan.needing_attention(date(2026, 10, 1)) == []
    store.plan.update_referral(late, {"outcome": "  "})  # blank is still no outcome
    assert len(store.plan.needing_attention(TODAY)) == 2


# --- 施策 due or overdue ---------------------------------------------------------------------


def test_due_actions_across_companies(store, company):
    other = store.companies.create({"name": "有限会社みどり農園"})
    trashed = store.companies.create({"name": "廃業した会社"})
    issue = store.sessions.add_issue(company, None, title="値上げ交渉ができていない")
    dropped = store.sessions.add_issue(company, None, title="消えた課題")
    late = make_action(store, company, issue, what="打診する", due_date="2026-10-10", status="doing",
                       owner_name="山田 太郎")
    soon = make_action(store, other, what="販路を探す", due_date="2026-10-15")       # due today
    later = make_action(store, company, what="価格表を作る", due_date="2026-10-29")   # today + 14
    earlier_late = make_action(store, other, what="見積を出す", due_date="2026-09-30")
    make_action(store, company, what="遠い先", due_date="2026-10-30")                # today + 15
    make_action(store, company, what="済み", due_date="2026-10-01", status="done")
    make_action(store, company, what="中止", due_date="2026-10-01", status="cancelled")
    make_action(store, company, what="期限なし")
    make_action(store, company, dropped, what="課題ごと消えた", due_date="2026-10-01")
    store.sessions.remove("issue", dropped)
    removed = make_action(store, company, what="消した", due_date="2026-10-01")
    store.sessions.remove("action", removed)
    make_action(store, trashed, what="ゴミ箱", due_date="2026-10-01")
    store.companies.trash(trashed)

    rows = store.plan.due_actions(TODAY)
    assert [(r["id"], r["state"]) for r in rows] == [
        (earlier_late, "overdue"), (late, "overdue"), (soon, "due_soon"), (later, "due_soon")]
    first = rows[1]
    assert (first["company_name"], first["issue_id"], first["issue_title"], first["what"], first["owner_name"],
            first["due_date"], first["status"], first["company_id"]) == (
        "株式会社ＡＢＣ食品", issue, "値上げ交渉ができていない", "打診する", "山田 太郎", "2026-10-10", "doing", company)
    assert rows[2]["company_name"] == "有限会社みどり農園" and rows[2]["issue_title"] is None
    assert [r["id"] for r in store.plan.due_actions(TODAY, within_days=0)] == [earlier_late, late, soon]
    # Restoring the 課題 brings its 施策 back into view.
    store.plan.restore("issue", dropped)
    assert len(store.plan.due_actions(TODAY)) == 5


def test_overdue_count(store, company):
    issue = store.sessions.add_issue(company, None, title="課題")
    make_action(store, company, issue, due_date="2026-10-14")
    make_action(store, company, due_date="2026-10-01", status="doing")
    make_action(store, company, due_date="2026-10-15")  # today: not overdue
    make_action(store, company, due_date="2026-10-01", status="done")
    gone = make_action(store, company, due_date="2026-10-01")
    store.sessions.remove("action", gone)
    other = store.companies.create({"name": "他社"})
    make_action(store, other, due_date="2026-10-01")
    assert store.plan.overdue_count(company, TODAY) == 2
    store.sessions.remove("issue", issue)
    assert store.plan.overdue_count(company, TODAY) == 1
    assert store.plan.overdue_count(company, date(2026, 10, 1)) == 0
    assert store.plan.overdue_count("no-such-company", TODAY) == 0


# --- next visits ---------------------------------------------------------------------------------


def visit(store, company_id, day, next_visit, theme="", start_time=None):
    s = store.sessions.start(company_id, day, theme=theme, start_time=start_time)
    if next_visit:
        store.sessions.update(s, {"next_visit_date": next_visit})
    return s


def test_next_visits_from_each_companys_latest_session(store, company):
    names = ["A社", "B社", "C社", "D社", "E社", "F社", "G社"]
    ids = {n: store.companies.create({"name": n}) for n in names}
    visit(store, company, "2026-09-01", "2026-10-01")                       # superseded …
    latest = visit(store, company, "2026-10-01", "2026-10-20", theme="原価")  # … by this one
    visit(store, ids["A社"], "2026-09-20", "2026-10-08")                    # today − 7: a missed visit, shown
    visit(store, ids["B社"], "2026-09-20", "2026-10-07")                    # today − 8: too old
    visit(store, ids["C社"], "2026-10-01", "2026-11-14")                    # today + 30
    visit(store, ids["D社"], "2026-10-01", "2026-11-15")                    # today + 31
    visit(store, ids["E社"], "2026-09-01", "2026-10-16")                    # its latest session set none
    visit(store, ids["E社"], "2026-10-14", None)
    visit(store, ids["F社"], "2026-10-01", "2026-10-16")
    store.companies.trash(ids["F社"])
    visit(store, ids["G社"], "2026-10-01", "2026-10-16", start_time="09:00")  # same day: the later one counts
    visit(store, ids["G社"], "2026-10-01", "2026-10-18", start_time="15:00")
    gone = visit(store, ids["G社"], "2026-10-05", "2026-10-19")               # removed: not the latest
    store.sessions.delete(gone)

    rows = store.plan.next_visits(TODAY)
    assert [(r["company_name"], r["next_visit_date"]) for r in rows] == [
        ("A社", "2026-10-08"), ("G社", "2026-10-18"), ("株式会社ＡＢＣ食品", "2026-10-20"), ("C社", "2026-11-14")]
    mine = rows[2]
    assert (mine["company_id"], mine["session_id"], mine["session_date"], mine["theme"]) == (
        company, latest, "2026-10-01", "原価")
    assert [r["company_name"] for r in store.plan.next_visits(TODAY, within_days=2)] == ["A社"]
    assert [r["company_name"] for r in store.plan.next_visits(TODAY, within_days=3)] == ["A社", "G社"]


# --- contacts ---------------------------------------------------------------------------------------


def test_contacts_one_live_row_per_category_and_institution(store):
    first = store.plan.set_contact("founding", "jfc", "日本公庫 ○○支店 国民生活事業 03-0000-0000")
    again = store.plan.set_contact("founding", "jfc", "日本公庫 ○○支店 担当 佐藤")
    assert again == first
    other = store.plan.set_contact("unclear", "yorozu", "○○県よろず支援拠点")
    same_place_other_topic = store.plan.set_contact("it_dx", "yorozu", "IT専門CO 鈴木")
    assert len({first, other, same_place_other_topic}) == 3
    assert store.plan.contacts() == [
        {"id": first, "category": "founding", "institution": "jfc", "contact": "日本公庫 ○○支店 担当 佐藤"},
        {"id": same_place_other_topic, "category": "it_dx", "institution": "yorozu", "contact": "IT専門CO 鈴木"},
        {"id": other, "category": "unclear", "institution": "yorozu", "contact": "○○県よろず支援拠点"},
    ]
    org = store.people.local_organization_id()
    assert store.conn.execute(
        "SELECT organization_id FROM referral_contact WHERE id = ?", (first,)).fetchone()[0] == org
    assert store.plan.remove("referral_contact", first)
    assert [c["id"] for c in store.plan.contacts()] == [same_place_other_topic, other]
    renewed = store.plan.set_contact("founding", "jfc", "新しい担当")
    assert renewed != first and len(store.plan.contacts()) == 3


# --- export ------------------------------------------------------------------------------------------


def test_export_structure(store, company):
    issue = store.sessions.add_issue(company, None, title="値上げ交渉ができていない", wall="mukiawanai",
                                     issue_side="core", owner_words="言い出せなかった", status="agreed")
    empty_issue = store.sessions.add_issue(company, None, title="後継者")
    act = make_action(store, company, issue, what="打診する", due_date="2026-10-01")
    done = make_action(store, company, issue, what="原価を出す", due_date="2026-10-01", status="done")
    loose = make_action(store, company, what="課題なしの施策")
    dropped = store.sessions.add_issue(company, None, title="消えた課題")
    make_action(store, company, dropped, what="消えた課題の施策")
    store.sessions.remove("issue", dropped)
    kpi = store.plan.add_kpi(act, name="合意社数", unit="社", baseline="0", target="3")
    store.plan.add_actual(kpi, "2026-10-01", "1")
    ref = store.plan.add_referral(company, date="2026-09-01", institution="下請かけこみ寺", follow_up_date="2026-10-01")
    store.periods.create(company, "2025-03-31", {"operating_income_yen": 1_000_000, "labor_cost_yen": 8_000_000,
                                                 "depreciation_yen": 1_000_000})
    store.periods.create(company, "2026-03-31", {"operating_income_yen": 2_000_000, "labor_cost_yen": 8_000_000,
                                                 "depreciation_yen": 1_000_000})

    out = store.plan.export(company, TODAY)
    assert json.loads(json.dumps(out)) == out  # JSON-safe as it is
    assert set(out) == {"today", "issues", "actions_without_issue", "referrals", "design_sheet", "value_added"}
    assert out["today"] == "2026-10-15"
    assert [i["id"] for i in out["issues"]] == [issue, empty_issue]
    first = out["issues"][0]
    assert (first["title"], first["wall"], first["issue_side"], first["owner_words"], first["status"]) == (
        "値上げ交渉ができていない", "mukiawanai", "core", "言い出せなかった", "agreed")
    assert [(a["id"], a["overdue"]) for a in first["actions"]] == [(act, True), (done, False)]
    assert first["actions"][0]["kpis"] == [{
        "id": kpi, "action_id": act, "name": "合意社数", "unit": "社", "baseline": "0", "target": "3",
        "actuals": [{"id": first["actions"][0]["kpis"][0]["actuals"][0]["id"], "as_of": "2026-10-01", "value": "1"}],
    }]
    assert first["actions"][1]["kpis"] == []
    assert out["issues"][1]["actions"] == []
    assert [a["id"] for a in out["actions_without_issue"]] == [loose]
    assert [(r["id"], r["needs_attention"]) for r in out["referrals"]] == [(ref, True)]
    assert out["value_added"] == [
        {"period_end": "2025-03-31", "months": 12, "value_added_yen": 10_000_000, "change_yen": None, "change_rate": None},
        {"period_end": "2026-03-31", "months": 12, "value_added_yen": 11_000_000, "change_yen": 1_000_000,
         "change_rate": "0.1"},
    ]
    assert store.plan.export(company, date(2026, 9, 30))["issues"][0]["actions"][0]["overdue"] is False


def test_export_of_an_empty_company(store, company):
    out = store.plan.export(company, TODAY)
    assert out == {"today": "2026-10-15", "issues": [], "actions_without_issue": [], "referrals": [],
                   "design_sheet": None, "value_added": []}


def test_plan_survives_reopening_the_file(db_path):
    store = open_store(db_path)
    company = store.companies.create({"name": "再オープン"})
    act = make_action(store, company, what="続ける")
    kpi = store.plan.add_kpi(act, name="回数", target="4")
    store.close()
    again = open_store(db_path)
    try:
        assert [k["id"] for k in again.plan.kpis(company)] == [kpi]
    finally:
        again.close()
