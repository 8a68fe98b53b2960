"""The yearly report (経営発達支援事業 / よろず figures) of a known office, every figure and
its drill-down for 令和6年度 and 令和7年度, worked out by hand in known_history."""

from __future__ import annotations

import json
from datetime import date

import pytest

from banso_desktop.office.history import jst_date, load_history
from banso_desktop.office.kpi import FIGURES, FiscalYear, YearReport, report_for, year_report, years_with_data
from tests.office.known_history import COMPANIES, LIVE, build_known_history, expected

EXPECTED = expected()
YEARS = (2024, 2025)


@pytest.fixture(scope="module")
def known_store(tmp_path_factory):
    """The known office, written once for the module (the tests only read it)."""
    from banso_desktop.store import open_store

    store = open_store(tmp_path_factory.mktemp("office") / "known.sqlite3")
    built = build_known_history(store)
    yield store, built
    store.close()


@pytest.fixture
def office(known_store):
    store, built = known_store
    return {**built, "store": store, "histories": load_history(store.conn),
            "key_of": {cid: key for key, cid in built["ids"].items()}}


def drill_down(office, report: YearReport, figure: str) -> list[tuple[str, dict]]:
    """A figure's rows as (company key, row without the company's id and name)."""
    out = []
    for row in report[figure].rows:
        row = dict(row)
        key = office["key_of"][row.pop("company_id")]
        assert row.pop("company_name") == COMPANIES[key][0]
        out.append((key, row))
    return out


# --- every figure, both years ---------------------------------------------------------------


@pytest.mark.parametrize("year", YEARS)
def test_every_figure_value(office, year):
    report = year_report(office["histories"], year)
    assert list(report.figures) == list(FIGURES)
    assert {key: report[key].value for key in FIGURES} == EXPECTED["values"][year]
    assert report.company_count == len(LIVE) == 9  # the trashed company is not one


@pytest.mark.parametrize("figure", FIGURES)
@pytest.mark.parametrize("year", YEARS)
def test_drill_down(office, year, figure):
    report = year_report(office["histories"], year)
    assert drill_down(office, report, figure) == EXPECTED["rows"][year][figure]


@pytest.mark.parametrize("year", YEARS)
def test_the_values_agree_with_their_rows(office, year):
    """Counts of companies count distinct companies; 延べ figures count rows; money sums."""
    report = year_report(office["histories"], year)
    rows = EXPECTED["rows"][year]
    for key in FIGURES:
        keys = [k for k, _ in rows[key]]
        if key == "value_added_yen":
            want = sum(r["value_added_yen"] for _, r in rows[key])
        elif key == "value_added_increase_yen":
            want = sum(r["change_yen"] for _, r in rows[key])
        elif key in ("follow_up_sessions", "referrals_made", "referrals_closed", "issues_resolved"):
            want = len(keys)
        else:
            want = len(set(keys))
        assert report[key].value == want, key
        assert report[key].companies == [office["ids"][k] for k in dict.fromkeys(keys)], key


def test_the_trend_groups_split_the_follow_up_companies(office):
    """売上高 and 粗利 増加／減少／横ばい／不明 are うち of the follow-up companies: each
    follow-up company is in exactly one group of each."""
    for year in YEARS:
        report = year_report(office["histories"], year)
        followed = report["follow_up_companies"].companies
        for prefix in ("sales", "gross_profit"):
            groups = [report[f"{prefix}_{t}"].companies for t in ("increased", "decreased", "flat", "unknown")]
            assert sorted(c for g in groups for c in g) == sorted(followed)


def test_the_jst_boundary_of_an_analysis(office):
    """A's 2025-03-31 決算 entered at 2025-03-31T15:00:00Z is 4/1 in Japan: FY2025. Its
    2024-03-31 決算, entered one millisecond earlier, is 3/31: FY2024."""
    fy2024, fy2025 = (year_report(office["histories"], y) for y in YEARS)
    a = office["ids"]["A"]
    (row24,) = [r for r in fy2024["analysed_companies"].rows if r["company_id"] == a]
    (row25,) = [r for r in fy2025["analysed_companies"].rows if r["company_id"] == a]
    assert (row24["date"], row24["period_end"]) == (date(2025, 3, 31), "2024-03-31")
    assert (row25["date"], row25["period_end"]) == (date(2025, 4, 1), "2025-03-31")


def test_the_jst_boundary_of_a_resolved_issue(office):
    fy2024, fy2025 = (year_report(office["histories"], y) for y in YEARS)
    b = office["ids"]["B"]
    assert [(r["title"], r["date"]) for r in fy2024["issues_resolved"].rows if r["company_id"] == b] == [
        ("資金繰りが苦しい", date(2025, 3, 31))]
    assert [(r["title"], r["date"]) for r in fy2025["issues_resolved"].rows if r["company_id"] == b] == [
        ("販路が狭い", date(2025, 4, 1))]


def test_nothing_of_the_trashed_company_or_trashed_rows_counts(office):
    histories = office["histories"]
    assert office["ids"]["G"] not in histories
    for year in (2023, 2024, 2025, 2026):
        report = year_report(histories, year)
        for key in FIGURES:
            assert office["ids"]["G"] not in report[key].companies
    h = histories[office["ids"]["H"]]
    assert [s["date"] for s in h.sessions] == ["2024-04-20", "2024-07-01", "2025-11-30"]  # 3/1 trashed
    i = histories[office["ids"]["I"]]
    assert sorted(a["status"] for a in i.actions) == ["cancelled", "done"]  # the removed one is gone
    a = histories[office["ids"]["A"]]
    assert [p["period_end"] for p in a.periods] == ["2024-03-31", "2025-03-31"]  # PA0 deleted
    c = histories[office["ids"]["C"]]
    assert [i["title"] for i in c.issues] == ["原価が見えていない"]


def test_years_without_most_of_it(office):
    """FY2023 holds only the trashed company's rows; FY2026 only D's 課題 resolved on
    2026-04-01 JST (2026-03-31T15:00:00Z)."""
    fy2023 = year_report(office["histories"], 2023)
    assert {key: fy2023[key].value for key in FIGURES} == dict.fromkeys(FIGURES, 0)
    fy2026 = year_report(office["histories"], FiscalYear(2026))
    assert {key: f.value for key, f in fy2026.figures.items() if f.value} == {"issues_resolved": 1}
    assert drill_down(office, fy2026, "issues_resolved") == [("D", {"date": date(2026, 4, 1), "title": "家賃が重い"})]


def test_report_for_reads_the_file(office):
    for year in YEARS:
        report = report_for(office["store"].conn, year)
        assert report.fiscal_year == FiscalYear(year)
        assert {key: report[key].value for key in FIGURES} == EXPECTED["values"][year]
        assert report.to_json() == year_report(office["histories"], FiscalYear(year)).to_json()


# --- the JSON form ------------------------------------------------------------------------------------


def test_to_json_round_trips_through_json_dumps(office):
    report = year_report(office["histories"], 2025)
    data = json.loads(json.dumps(report.to_json(), ensure_ascii=False))
    assert data["fiscal_year"] == 2025
    assert (data["start"], data["end"]) == ("2025-04-01", "2026-03-31")
    assert data["companies_in_file"] == 9
    assert list(data["figures"]) == list(FIGURES)
    for key in FIGURES:
        figure = data["figures"][key]
        assert figure["value"] == EXPECTED["values"][2025][key]
        assert figure["companies"] == len({k for k, _ in EXPECTED["rows"][2025][key]})
        assert len(figure["rows"]) == len(EXPECTED["rows"][2025][key])
    ids = office["ids"]
    assert data["figures"]["follow_up_companies"]["rows"][0] == {
        "company_id": ids["B"], "company_name": "井上商店", "date": "2025-12-15", "sessions": 2,
        "plan_date": "2024-10-10"}
    assert data["figures"]["referrals_closed"]["rows"][0] == {
        "company_id": ids["B"], "company_name": "井上商店", "date": "2025-04-15",
        "institution": "日本政策金融公庫", "outcome": "融資実行", "referred": "2025-02-10"}
    assert data["figures"]["gross_profit_unknown"]["rows"][1] == {
        "company_id": ids["D"], "company_name": "江藤食堂", "date": None, "period_end": "2025-12-31",
        "latest_yen": None, "previous_period_end": "2024-12-31", "previous_yen": None}
    assert data["figures"]["value_added_yen"]["rows"][-1] == {
        "company_id": ids["S"], "company_name": "佐藤建設", "date": None, "period_end": "2025-03-31",
        "value_added_yen": 22_900_000, "change_yen": -9_100_000}
    # The JSON is the report: the same again from its own output.
    assert json.loads(json.dumps(data)) == data


def test_to_json_of_an_empty_file(store):
    data = json.loads(json.dumps(report_for(store.conn, 2025).to_json()))
    assert data["companies_in_file"] == 0
    assert all(f == {"value": 0, "companies": 0, "rows": []} for f in data["figures"].values())


# --- fiscal years ------------------------------------------------------------------------------------


def test_fiscal_year_boundaries():
    fy = FiscalYear(2025)  # 令和7年度
    assert (fy.start, fy.end) == (date(2025, 4, 1), date(2026, 3, 31))
    assert fy.holds(date(2025, 4, 1)) and fy.holds(date(2026, 3, 31)) and fy.holds(date(2025, 12, 31))
    assert not fy.holds(date(2025, 3, 31)) and not fy.holds(date(2026, 4, 1)) and not fy.holds(None)
    assert FiscalYear.of(date(2025, 3, 31)) == FiscalYear(2024)
    assert FiscalYear.of(date(2025, 4, 1)) == FiscalYear(2025)
    assert FiscalYear.of(date(2026, 1, 1)) == FiscalYear(2025)
    assert FiscalYear.of(date(2026, 3, 31)) == FiscalYear(2025)
    assert FiscalYear(2024).end == date(2025, 3, 31)  # not a leap-year problem: 3/31 always


def test_jst_dates():
    assert jst_date("2025-03-31T15:00:00Z") == date(2025, 4, 1)
    assert jst_date("2025-03-31T15:00:00.000Z") == date(2025, 4, 1)
    assert jst_date("2025-03-31T14:59:59.999Z") == date(2025, 3, 31)
    assert jst_date("2025-03-31T23:30:00+09:00") == date(2025, 3, 31)
    assert jst_date("2025-03-31T20:00:00") == date(2025, 4, 1)  # no zone: UTC
    assert jst_date(None) is None and jst_date("") is None and jst_date("yesterday") is None


@pytest.mark.parametrize("today, years", [
    (date(2026, 3, 15), [2025, 2024]),
    # The current year even when empty; FY2026 holds only D's 課題 resolved on 2026-04-01.
    (date(2027, 6, 1), [2027, 2026, 2025, 2024]),
    # A's 2025-03-31 決算 was entered 4/1 JST: after this day, so FY2025 is not listed.
    (date(2025, 3, 31), [2024]),
    # Only the trashed company recorded anything before 2024-04-20 (in FY2023).
    (date(2024, 4, 19), [2024]),
    (date(2024, 4, 20), [2024]),
])
def test_years_with_data(office, today, years):
    assert years_with_data(office["histories"], today) == years


def test_years_with_data_of_an_empty_file(store):
    assert years_with_data(load_history(store.conn), date(2025, 3, 31)) == [2024]


# --- the bulk read ----------------------------------------------------------------------------------


def test_load_history_in_kana_order_and_by_ids(office):
    store, ids = office["store"], office["ids"]
    assert list(office["histories"]) == [ids[k] for k in LIVE]
    some = load_history(store.conn, [ids["B"], ids["G"], ids["S"]])
    assert list(some) == [ids["B"], ids["S"]]  # G is in the trash
    b = some[ids["B"]]
    assert [p["period_end"] for p in b.periods] == ["2023-09-30", "2024-09-30", "2025-09-30"]
    assert [p["entered"] for p in b.periods] == [date(2024, 5, 1), date(2024, 11, 20), date(2025, 11, 20)]
    assert [s["day"] for s in b.sessions] == [date(2024, 10, 10), date(2025, 1, 20), date(2025, 5, 15),
                                               date(2025, 12, 15)]
    assert b.plan_date() == date(2024, 10, 10)
    assert [a["made"] for a in b.actions] == [date(2024, 10, 10)] * 2
    assert [p["period_end"] for p in b.periods_until(date(2025, 9, 29))] == ["2023-09-30", "2024-09-30"]
    assert [(i["title"], i["changed"]) for i in b.issues if i["status"] == "resolved"] == [
        ("資金繰りが苦しい", date(2025, 3, 31)), ("販路が狭い", date(2025, 4, 1))]
    assert some[ids["S"]].plan_date() is None
    assert load_history(store.conn, []) == {}


def test_an_action_under_a_removed_issue_is_no_plan(store):
    """plan.py: "a 施策 whose 課題 was removed leaves the plan with it (and comes back when
    the 課題 is restored)"; the due and overdue views leave it out. A company whose only
    施策 left the plan that way agreed no plan in the year (事業計画策定), and a later
    session is no follow-up of one."""
    company = store.companies.create({"name": "山田商店", "name_kana": "ヤマダショウテン"})
    first = store.sessions.start(company, "2025-05-01", theme="初回")
    store.sessions.start(company, "2025-06-01", theme="二回目")
    issue = store.sessions.add_issue(company, first, title="入力ミスの課題", status="agreed")
    store.sessions.add_action(company, first, what="その施策", status="todo", issue_id=issue,
                              due_date="2025-07-31")
    assert store.plan.overdue_count(company, date(2025, 8, 1)) == 1
    store.sessions.remove("issue", issue)
    assert store.plan.overdue_count(company, date(2025, 8, 1)) == 0  # it left the plan
    assert store.plan.due_actions(date(2025, 8, 1)) == []
    report = report_for(store.conn, 2025)
    assert report["planned_companies"].value == 0
    assert report["follow_up_companies"].value == 0
    assert report["supported_companies"].value == 1  # the two sessions still count
