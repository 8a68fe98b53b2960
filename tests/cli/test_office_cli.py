"""`banso kpi` and `banso warnings` through the real command, on a small office whose
figures are worked out by hand below."""

import json

import openpyxl
import pytest

from banso_desktop.store import open_store
from tests.cli.test_cli import one_line_error
from tests.documents import pdf_tools
from tests.helpers import run_banso

A = "c0000000-0000-4000-8000-00000000000a"
B = "c0000000-0000-4000-8000-00000000000b"


C = "c0000000-0000-4000-8000-00000000000c"


@pytest.fixture
def office(db_path):
    return build_small_office(db_path)


def with_consultants(db_path):
    """The small office shared out: A is 山田 太郎's (this laptop's consultant), B is
    佐藤 花子's, and a third company C (合同会社そら, one session on 2025-07-01) is nobody's.
    Returns 佐藤 花子's id."""
    store = open_store(db_path)
    store.people.rename_local_consultant("山田 太郎")
    sato = store.people.add_consultant("佐藤 花子")
    store.companies.update(B, {"assigned_consultant_id": sato})
    store.companies.create({"name": "合同会社そら", "assigned_consultant_id": None}, company_id=C)
    store.sessions.start(C, "2025-07-01", theme="初回", session_id="s-c")
    store.close()
    return sato


def build_small_office(db_path):
    """A: figures entered 2025-05-10 (FY2025), a plan on 2025-06-01, follow-ups on
    2025-09-01 and 2026-02-01, sales 100,000 → 90,000 → 80,000 千円 (down twice), gross
    profit 30,000 → 31,000, a referral made 2025-06-01 and closed 2026-04-02 (FY2026),
    a 課題 resolved 2025-10-01 JST. B: one session on 2024-12-01 (FY2024), an open
    施策 from it, no figures."""
    store = open_store(db_path)
    store.companies.create({"name": "株式会社あおば"}, company_id=A)
    store.companies.create({"name": "有限会社みどり"}, company_id=B)
    for end, sales, gross in (("2023-03-31", 100_000_000, 29_000_000), ("2024-03-31", 90_000_000, 30_000_000),
                              ("2025-03-31", 80_000_000, 31_000_000)):
        store.periods.create(A, end, {"sales_yen": sales, "gross_profit_yen": gross, "operating_income_yen": 2_000_000,
                                      "labor_cost_yen": 10_000_000, "depreciation_yen": 1_000_000})
    plan = store.sessions.start(A, "2025-06-01", theme="計画づくり", session_id="s-plan")
    store.sessions.add_action(A, plan, action_id="a-1", what="原価表を作る", due_date="2025-07-01")
    store.sessions.start(A, "2025-09-01", theme="進み具合", session_id="s-f1")
    store.sessions.start(A, "2026-02-01", theme="振り返り", session_id="s-f2")
    store.sessions.add_issue(A, plan, issue_id="i-1", title="値上げできていない")
    store.plan.add_referral(A, date="2025-06-01", referral_id="r-1", institution="よろず支援拠点",
                            outcome="相談済み", outcome_date="2026-04-02")
    old = store.sessions.start(B, "2024-12-01", theme="初回", session_id="s-b")
    store.sessions.add_action(B, old, action_id="a-b", what="資金繰り表を作る", due_date="2025-01-31")
    with store.conn:
        store.conn.execute("UPDATE fiscal_period SET created_at = '2025-05-10T01:00:00Z'")
        store.conn.execute("UPDATE issue SET status = 'resolved', status_changed_at = '2025-09-30T15:30:00Z'")
        store.conn.execute("UPDATE action SET status = 'done' WHERE id = 'a-1'")
    store.close()
    return db_path


def test_kpi_json_for_a_fiscal_year(office):
    result = run_banso("kpi", "--db", str(office), "--fiscal-year", "2025", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert (report["fiscal_year"], report["start"], report["end"]) == (2025, "2025-04-01", "2026-03-31")
    values = {k: v["value"] for k, v in report["figures"].items()}
    assert values == {
        "supported_companies": 1, "analysed_companies": 1, "planned_companies": 1,
        "follow_up_companies": 1, "follow_up_sessions": 2,
        # the latest period closed by 2026-03-31 is 2025-03-31: 80,000 against 90,000
        "sales_increased": 0, "sales_decreased": 1, "sales_flat": 0, "sales_unknown": 0,
        "gross_profit_increased": 1, "gross_profit_decreased": 0, "gross_profit_flat": 0, "gross_profit_unknown": 0,
        # 2,000 + 10,000 + 1,000 千円 in both periods: no increase
        "value_added_yen": 13_000_000, "value_added_increase_yen": 0, "value_added_increased_companies": 0,
        "referrals_made": 1, "referrals_closed": 0, "issues_resolved": 1,
    }
    sessions = report["figures"]["follow_up_sessions"]["rows"]
    assert [(r["company_id"], r["date"], r["theme"]) for r in sessions] == [
        (A, "2025-09-01", "進み具合"), (A, "2026-02-01", "振り返り")]
    assert report["figures"]["sales_decreased"]["rows"][0]["change_yen"] == -10_000_000
    # B's only session was in FY2024: it counts there, not in 2025.
    earlier = json.loads(run_banso("kpi", "--db", str(office), "--fiscal-year", "2024", "--json").stdout)
    assert earlier["figures"]["planned_companies"]["value"] == 1
    assert earlier["figures"]["planned_companies"]["rows"][0]["company_id"] == B
    later = json.loads(run_banso("kpi", "--db", str(office), "--fiscal-year", "2026", "--json").stdout)
    assert later["figures"]["referrals_closed"]["value"] == 1


def test_kpi_text_and_files(office, tmp_path):
    xlsx, pdf = tmp_path / "report.xlsx", tmp_path / "report.pdf"
    result = run_banso("kpi", "--db", str(office), "--fiscal-year", "2025", "--xlsx", str(xlsx), "--pdf", str(pdf),
                       env={"BANSO_LANG": "ja"})
    assert result.returncode == 0, result.stderr
    assert "2025" in result.stdout.splitlines()[0]
    # Figures line up in a terminal: full-width names take two columns each.
    from banso_desktop.domain.text import display_width

    figures = [line for line in result.stdout.splitlines()[2:] if line.strip()]
    assert len(figures) == 19 and figures[0].startswith("支援事業者数")
    assert len({display_width(line.rsplit(" ", 1)[0]) for line in figures}) == 1
    book = openpyxl.load_workbook(xlsx, read_only=True)
    cells = [c for row in book.worksheets[0].iter_rows(values_only=True) for c in row if c is not None]
    assert 13_000 in cells  # 付加価値額 in 千円
    text = pdf_tools.flat(pdf)
    assert "株式会社あおば" in text and "13,000" in text


def test_warnings_json(office):
    result = run_banso("warnings", "--db", str(office), "--today", "2026-11-21", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["benchmark_set"] is False
    found = {c["company_id"]: [w["kind"] for w in c["warnings"]] for c in data["companies"]}
    # A: sales fell twice; its only 施策 is done. B: an open 施策 and no session since 2024-12-01.
    assert found == {A: ["sales_down"], B: ["no_session"]}
    b = next(c for c in data["companies"] if c["company_id"] == B)["warnings"][0]
    assert b == {"kind": "no_session", "last_session": "2024-12-01", "open_actions": 1, "months": 3}


def test_warnings_with_rules_from_a_file(office, tmp_path):
    rules = tmp_path / "rules.json"
    rules.write_text(json.dumps([{"kind": "sales_down", "enabled": False},
                                 {"kind": "no_session", "months": 36}]), encoding="utf-8")
    result = run_banso("warnings", "--db", str(office), "--today", "2026-11-21", "--rules", str(rules), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["companies"] == []
    text = run_banso("warnings", "--db", str(office), "--today", "2026-11-21", env={"BANSO_LANG": "ja"}).stdout
    assert "株式会社あおば" in text and "有限会社みどり" in text


@pytest.mark.parametrize("args", [
    ("kpi", "--fiscal-year", "20"),
    ("kpi", "--fiscal-year", "令和"),
    ("warnings", "--rules", "MISSING"),
    ("warnings", "--rules", "BAD"),
    ("warnings", "--rules", "WRONG"),
])
def test_bad_input_is_one_line(office, tmp_path, args):
    (tmp_path / "BAD").write_text("{not json", encoding="utf-8")
    (tmp_path / "WRONG").write_text('[{"kind": "no_session", "months": 0.5}]', encoding="utf-8")
    args = tuple(str(tmp_path / a) if a in ("MISSING", "BAD", "WRONG") else a for a in args)
    line = one_line_error(run_banso(*args, "--db", str(office)))
    assert line.startswith("banso")


def test_unusable_rules_are_explained_in_japanese(office, tmp_path):
    wrong = tmp_path / "rules.json"
    wrong.write_text('[{"kind": "working_capital_up", "ratio": 20}]', encoding="utf-8")
    result = run_banso("warnings", "--db", str(office), "--rules", str(wrong), env={"BANSO_LANG": "ja"})
    line = one_line_error(result)
    # The rule's key stays as typed in the file; the sentence around it is Japanese.
    assert "working_capital_up" in line and "ratio" in line and "1.05" in line and "10" in line
    assert "must be" not in line and "の範囲" in line


def test_one_consultants_figures_and_warnings(office):
    sato = with_consultants(office)
    everyone = json.loads(run_banso("kpi", "--db", str(office), "--fiscal-year", "2025", "--json").stdout)
    assert everyone["consultant"] is None and everyone["companies_in_file"] == 3
    assert everyone["figures"]["supported_companies"]["value"] == 2  # A and C
    mine = json.loads(run_banso("kpi", "--db", str(office), "--fiscal-year", "2025", "--json",
                                "--consultant", "山田 太郎").stdout)
    assert mine["consultant"]["name"] == "山田 太郎" and mine["companies_in_file"] == 1
    assert mine["figures"]["supported_companies"]["value"] == 1
    assert mine["figures"]["follow_up_sessions"]["value"] == 2
    nobody = json.loads(run_banso("kpi", "--db", str(office), "--fiscal-year", "2025", "--json",
                                  "--consultant", "unassigned").stdout)
    assert nobody["companies_in_file"] == 1
    assert nobody["consultant"] == {"id": None, "name": None, "unassigned": True}
    assert [r["company_id"] for r in nobody["figures"]["supported_companies"]["rows"]] == [C]
    by_id = json.loads(run_banso("kpi", "--db", str(office), "--fiscal-year", "2024", "--json",
                                 "--consultant", sato).stdout)
    assert by_id["consultant"] == {"id": sato, "name": "佐藤 花子", "unassigned": False}
    assert by_id["figures"]["planned_companies"]["value"] == 1
    warned = json.loads(run_banso("warnings", "--db", str(office), "--today", "2026-11-21", "--json",
                                  "--consultant", "佐藤花子").stdout)  # spaces aside
    assert warned["consultant"]["name"] == "佐藤 花子"
    assert [c["company_id"] for c in warned["companies"]] == [B]
    text = run_banso("kpi", "--db", str(office), "--fiscal-year", "2025", "--consultant", "山田 太郎",
                     env={"BANSO_LANG": "ja"}).stdout
    assert text.splitlines()[1] == "担当者: 山田 太郎"


def test_an_unknown_consultant_is_one_line_naming_them_all(office):
    with_consultants(office)
    line = one_line_error(run_banso("kpi", "--db", str(office), "--consultant", "鈴木", env={"BANSO_LANG": "ja"}))
    assert "鈴木" in line and "山田 太郎" in line and "佐藤 花子" in line
    # An empty value (an unset shell variable) is not the consultant who has no name yet.
    store = open_store(office)
    store.people.add_consultant("")
    store.close()
    line = one_line_error(run_banso("kpi", "--db", str(office), "--consultant", " ", env={"BANSO_LANG": "ja"}))
    assert "--consultant" in line and "名前か ID" in line


def test_consultant_names_match_as_people_type_them(office):
    with_consultants(office)
    store = open_store(office)
    store.people.add_consultant("ＡＢＥ 次郎")  # full-width letters
    twin = store.people.add_consultant("佐藤　花子")  # a namesake, typed with a full-width space
    store.close()
    abe = json.loads(run_banso("warnings", "--db", str(office), "--json", "--consultant", "abe次郎").stdout)
    assert abe["consultant"]["name"] == "ＡＢＥ 次郎" and abe["companies"] == []
    line = one_line_error(run_banso("kpi", "--db", str(office), "--consultant", "佐藤 花子"))
    assert "More than one consultant" in line and twin in line
    for word in ("未割当", "Unassigned", "担当なし"):
        data = json.loads(run_banso("kpi", "--db", str(office), "--json", "--consultant", word).stdout)
        assert data["consultant"]["unassigned"] is True and data["companies_in_file"] == 1, word


def test_the_consultant_is_named_in_the_files_language(office, tmp_path):
    with_consultants(office)
    xlsx = tmp_path / "report.xlsx"
    result = run_banso("kpi", "--db", str(office), "--fiscal-year", "2025", "--consultant", "unassigned",
                       "--lang", "en", "--xlsx", str(xlsx), env={"BANSO_LANG": "ja"})
    assert result.returncode == 0, result.stderr
    assert "担当者: 未割当" in result.stdout  # the terminal in Japanese
    rows = [[c for c in r if c is not None] for r in openpyxl.load_workbook(xlsx).worksheets[0].iter_rows(values_only=True)]
    assert ["Consultant", "Unassigned"] in rows  # the workbook in English
    # This laptop's consultant with no name yet is "自分", never an id or "(no name)".
    store = open_store(office)
    store.people.rename_local_consultant("")
    store.close()
    store = open_store(office)
    local = store.local_consultant_id
    store.close()
    text = run_banso("kpi", "--db", str(office), "--consultant", local, env={"BANSO_LANG": "ja"}).stdout
    assert text.splitlines()[1] == "担当者: 自分"
