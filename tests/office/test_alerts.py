"""Early warnings (予兆管理) of a known office, with the default rules and edited ones; the
rules' JSON form; the demo office re-derived company by company."""

from __future__ import annotations

import calendar
import json
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

import pytest

from banso_desktop.office.alerts import (
    KINDS,
    META_RULES,
    Rules,
    RulesError,
    all_warnings,
    assess_all,
    assess_history,
    company_warnings,
    load_rules,
    months_before,
    rules_text,
)
from banso_desktop.office.history import load_history
from tests.office.known_history import BENCHMARK_CSV, LIVE, TODAY, build_known_history, expected

EXPECTED = expected()["warnings"]


@pytest.fixture(scope="module")
def known_store(tmp_path_factory):
    """The known office with the synthetic benchmark set active, written once."""
    from banso_desktop.store import open_store

    folder = tmp_path_factory.mktemp("office")
    store = open_store(folder / "known.sqlite3")
    built = build_known_history(store)
    (folder / "bench.csv").write_text(BENCHMARK_CSV, encoding="utf-8")
    store.benchmarks.import_file(folder / "bench.csv")
    yield store, built
    store.close()


@pytest.fixture
def office(known_store):
    store, built = known_store
    benchmark = store.benchmarks.active()
    assert benchmark is not None
    return {**built, "store": store, "histories": load_history(store.conn), "benchmark": benchmark,
            "key_of": {cid: key for key, cid in built["ids"].items()}}


def by_key(office, found: dict) -> dict[str, list[tuple[str, dict]]]:
    return {office["key_of"][cid]: [(a.kind, a.detail) for a in alerts] for cid, alerts in found.items()}


def rules(**changes) -> Rules:
    """Rules from their JSON form: ``kind=False`` switches one off, ``kind=number`` sets its
    parameter."""
    items = []
    names = {"sales_down": "periods", "score_drop": "points", "working_capital_up": "ratio", "no_session": "months"}
    for kind, value in changes.items():
        items.append({"kind": kind, "enabled": False} if value is False else {"kind": kind, names[kind]: value})
    return Rules.from_json(items)


# --- the known office ------------------------------------------------------------------------------


def test_default_warnings(office):
    found = all_warnings(office["histories"], office["benchmark"], Rules(), TODAY)
    assert by_key(office, found) == EXPECTED["default"]
    assert list(found) == [office["ids"][k] for k in "CDEHIS"]  # フリガナ order, only those with any


@pytest.mark.parametrize("key", LIVE)
def test_each_company_with_the_default_rules(office, key):
    h = office["histories"][office["ids"][key]]
    found = company_warnings(h, assess_history(h, office["benchmark"]), Rules(), TODAY)
    assert [(a.kind, a.detail) for a in found] == EXPECTED["default"].get(key, [])


def test_the_hand_scored_company(office):
    """S against the synthetic set: ① ② ③ ④ ⑤ ⑥ worked out in known_history."""
    h = office["histories"][office["ids"]["S"]]
    assessment = assess_history(h, office["benchmark"])
    points = [[r.score for r in p.results.values()] for p in assessment.periods]
    assert points == [[0, 5, 4, 5, 3, 4], [2, 3, 3, 4, 3, 3]]
    assert [(p.total, p.rank) for p in assessment.periods] == [(21, "B"), (18, "B")]
    assert [a.kind for a in company_warnings(h, assessment, Rules(), TODAY)] == ["score_drop"]
    # Switched off, the rule is off even when a scored assessment is at hand.
    assert company_warnings(h, assessment, rules(score_drop=False), TODAY) == []
    # The other companies have no 小分類: no row to score against, so no totals.
    for key in set(LIVE) - {"S"}:
        other = assess_history(office["histories"][office["ids"][key]], office["benchmark"])
        assert other is None or all(p.total is None for p in other.periods)


def test_assessments_scored_once_give_the_same_warnings(office):
    histories, benchmark = office["histories"], office["benchmark"]
    assessments = assess_all(histories, benchmark)
    assert list(assessments) == list(histories)
    found = all_warnings(histories, benchmark, Rules(), TODAY, assessments=assessments)
    assert by_key(office, found) == EXPECTED["default"]
    off = all_warnings(histories, benchmark, rules(score_drop=False), TODAY, assessments=assessments)
    assert by_key(office, off) == {k: v for k, v in EXPECTED["default"].items() if k != "S"}


def test_without_a_benchmark_set_score_drop_is_not_judged(office):
    found = all_warnings(office["histories"], None, Rules(), TODAY)
    want = {k: v for k, v in EXPECTED["default"].items() if k != "S"}
    assert by_key(office, found) == want
    h = office["histories"][office["ids"]["S"]]
    assert assess_history(h, None) is None
    assert company_warnings(h, None, Rules(), TODAY) == []


def test_edited_rules(office):
    """no_session after 1 month, sales_down after one fall, ebitda_not_positive off."""
    edited = rules(no_session=1, sales_down=1, ebitda_not_positive=False)
    found = all_warnings(office["histories"], office["benchmark"], edited, TODAY)
    assert by_key(office, found) == EXPECTED["edited"]


def test_other_edited_rules(office):
    """working_capital_up at ×1.4 (F's exact ×1.5 now counts), score_drop at 4 points (S's 3
    no longer does), insolvent off."""
    edited = rules(working_capital_up="1.4", score_drop=4, insolvent=False)
    found = all_warnings(office["histories"], office["benchmark"], edited, TODAY)
    assert by_key(office, found) == EXPECTED["edited2"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_rule_switched_off(office, kind):
    found = all_warnings(office["histories"], office["benchmark"], rules(**{kind: False}), TODAY)
    want = {}
    for key, alerts in EXPECTED["default"].items():
        left = [a for a in alerts if a[0] != kind]
        if left:
            want[key] = left
    assert by_key(office, found) == want
    assert kind not in {a.kind for alerts in found.values() for a in alerts}


@pytest.mark.parametrize("points, flagged", [(1, True), (2, True), (3, True), (4, False), (30, False)])
def test_score_drop_threshold(office, points, flagged):
    """S fell exactly 3 points (21 → 18): "by points or more"."""
    found = all_warnings(office["histories"], office["benchmark"], rules(score_drop=points), TODAY)
    s_kinds = [a.kind for a in found.get(office["ids"]["S"], [])]
    assert s_kinds == (["score_drop"] if flagged else [])


@pytest.mark.parametrize("ratio, flagged", [
    # S: 4/3 > 1.2 × 1.11 = 1.332, but a rise of 0.13 month is under the half month a
    # sign needs (alerts.MIN_RISE_MONTHS); F's 1.00 → 1.50 is exactly half a month.
    ("1.05", {"E", "F"}),
    ("1.11", {"E", "F"}),
    ("1.12", {"E", "F"}),  # 4/3 < 1.2 × 1.12 = 1.344
    ("1.49", {"E", "F"}),
    ("1.5", {"E"}),  # F: 1.5 is not more than 1.0 × 1.5
    ("1.99", {"E"}),
    (2, set()),  # E: 2.0 is not more than 1.0 × 2
    (10, set()),
])
def test_working_capital_threshold(office, ratio, flagged):
    """E went 1.00 → 2.00 months, F 1.00 → 1.50, S 1.20 → 1.33…: "more than" the ratio."""
    found = all_warnings(office["histories"], office["benchmark"], rules(working_capital_up=ratio), TODAY)
    assert {office["key_of"][cid] for cid, alerts in found.items()
            if any(a.kind == "working_capital_up" for a in alerts)} == flagged


@pytest.mark.parametrize("periods, flagged", [(1, {"C", "S"}), (2, {"C"}), (3, set()), (5, set())])
def test_sales_down_periods(office, periods, flagged):
    """C fell twice (100 → 90 → 80), S once (100 → 90); D fell then rose; H "fell" into a
    6-month 変則決算 (not comparable); F's two periods are 18 months apart."""
    found = all_warnings(office["histories"], office["benchmark"], rules(sales_down=periods), TODAY)
    assert {office["key_of"][cid] for cid, alerts in found.items()
            if any(a.kind == "sales_down" for a in alerts)} == flagged


@pytest.mark.parametrize("today, months, flagged", [
    # Three months before 2026-03-15 is 2025-12-15: B's last session, not "more than" 3 months.
    (TODAY, 3, {"H"}),
    (TODAY + timedelta(days=1), 3, {"B", "H"}),
    # C's last session was 2026-02-20: 2026-05-20 is exactly 3 months later.
    (date(2026, 5, 20), 3, {"B", "E", "H"}),
    (date(2026, 5, 21), 3, {"B", "C", "E", "H"}),
    # A month before 2026-03-15 is 2026-02-15: B (12/15), E (1/15) and H (11/30), not C (2/20).
    (TODAY, 1, {"B", "E", "H"}),
    (TODAY, 36, set()),
    # D, F and I never: no open 施策 (done, cancelled, or removed).
    (date(2030, 1, 1), 3, {"B", "C", "E", "H"}),
])
def test_no_session(office, today, months, flagged):
    found = all_warnings(office["histories"], None, rules(no_session=months), today)
    assert {office["key_of"][cid] for cid, alerts in found.items()
            if any(a.kind == "no_session" for a in alerts)} == flagged


def test_no_session_when_there_has_been_none(store):
    """A 施策 typed without any session: there has been no session at all."""
    company = store.companies.create({"name": "山田商店", "name_kana": "ヤマダショウテン"})
    store.sessions.add_action(company, None, what="電話で決めた施策", status="todo")
    (h,) = load_history(store.conn).values()
    assert [(a.kind, a.detail) for a in company_warnings(h, None, Rules(), TODAY)] == [
        ("no_session", {"last_session": None, "open_actions": 1, "months": 3})]


def test_months_before():
    assert months_before(date(2026, 3, 15), 3) == date(2025, 12, 15)
    assert months_before(date(2026, 3, 15), 1) == date(2026, 2, 15)
    assert months_before(date(2026, 5, 31), 3) == date(2026, 2, 28)  # the shorter month's last day
    assert months_before(date(2024, 5, 31), 3) == date(2024, 2, 29)
    assert months_before(date(2026, 1, 31), 36) == date(2023, 1, 31)
    assert months_before(date(2026, 3, 15), 0) == date(2026, 3, 15)


def test_alerts_as_json(office):
    found = all_warnings(office["histories"], office["benchmark"], Rules(), TODAY)
    data = json.loads(json.dumps({cid: [a.to_json() for a in alerts] for cid, alerts in found.items()},
                                 ensure_ascii=False))
    ids = office["ids"]
    assert data[ids["E"]] == [{"kind": "working_capital_up", "period_end": "2025-06-30", "from": "1.00", "to": "2.00"}]
    assert data[ids["H"]] == [{"kind": "no_session", "last_session": "2025-11-30", "open_actions": 1, "months": 3}]
    assert data[ids["C"]] == [{"kind": "sales_down", "times": 2, "period_ends": ["2023-03-31", "2024-03-31", "2025-03-31"],
                               "sales_yen": [100_000_000, 90_000_000, 80_000_000]}]
    assert data[ids["S"]] == [{"kind": "score_drop", "period_end": "2025-03-31", "from": 21, "to": 18,
                               "from_rank": "B", "to_rank": "B"}]


# --- rules as data ------------------------------------------------------------------------------------


DEFAULT_JSON = [
    {"kind": "sales_down", "enabled": True, "periods": 2},
    {"kind": "insolvent", "enabled": True},
    {"kind": "score_drop", "enabled": True, "points": 3},
    {"kind": "ebitda_not_positive", "enabled": True},
    {"kind": "working_capital_up", "enabled": True, "ratio": "1.5"},
    {"kind": "no_session", "enabled": True, "months": 3},
]


def test_default_rules_as_json():
    assert Rules().to_json() == DEFAULT_JSON
    assert Rules.from_json(DEFAULT_JSON) == Rules()
    assert Rules.from_json([]) == Rules()
    assert json.loads(rules_text(Rules())) == DEFAULT_JSON


def test_edited_rules_round_trip():
    edited = Rules.from_json([
        {"kind": "no_session", "months": 1},
        {"kind": "sales_down", "enabled": True, "periods": 1},
        {"kind": "ebitda_not_positive", "enabled": False},
        {"kind": "working_capital_up", "ratio": 1.25},
        {"kind": "score_drop", "points": "5"},
    ])
    assert edited.to_json() == [
        {"kind": "sales_down", "enabled": True, "periods": 1},
        {"kind": "insolvent", "enabled": True},  # left out: the default
        {"kind": "score_drop", "enabled": True, "points": 5},
        {"kind": "ebitda_not_positive", "enabled": False},
        {"kind": "working_capital_up", "enabled": True, "ratio": "1.25"},
        {"kind": "no_session", "enabled": True, "months": 1},
    ]
    assert not edited.on("ebitda_not_positive") and edited.on("insolvent")
    assert edited.value("working_capital_up") == Decimal("1.25")
    assert edited.value("no_session") == 1
    again = Rules.from_json(json.loads(json.dumps(edited.to_json())))
    assert again == edited and again.to_json() == edited.to_json()
    assert Rules.from_json(json.loads(rules_text(edited))) == edited
    assert Rules() != edited and Rules().to_json() == DEFAULT_JSON  # the defaults are untouched


@pytest.mark.parametrize("item, value", [
    ({"kind": "sales_down", "periods": 1}, 1), ({"kind": "sales_down", "periods": 5}, 5),
    ({"kind": "score_drop", "points": 1}, 1), ({"kind": "score_drop", "points": 30}, 30),
    ({"kind": "working_capital_up", "ratio": "1.05"}, Decimal("1.05")),
    ({"kind": "working_capital_up", "ratio": 10}, 10),
    ({"kind": "no_session", "months": 1}, 1), ({"kind": "no_session", "months": 36}, 36),
    ({"kind": "no_session", "months": 2.0}, 2),  # a whole number written as a float
])
def test_the_edges_of_each_range_are_allowed(item, value):
    assert Rules.from_json([item]).value(item["kind"]) == value


@pytest.mark.parametrize("data", [
    None,
    {"kind": "sales_down", "periods": 2},  # not a list
    "sales_down",
    ["sales_down"],  # an item that is not an object
    [{"enabled": True}],  # no kind
    [{"kind": "sales_up"}],  # unknown kind
    [{"kind": "insolvent", "enabled": "yes"}],
    [{"kind": "insolvent", "enabled": 1}],
    [{"kind": "sales_down", "periods": "two"}],  # not a number
    [{"kind": "sales_down", "periods": None}],
    [{"kind": "sales_down", "periods": True}],
    [{"kind": "sales_down", "periods": [2]}],
    [{"kind": "score_drop", "points": float("nan")}],
    [{"kind": "score_drop", "points": "Infinity"}],
    [{"kind": "score_drop", "points": float("inf")}],
    [{"kind": "sales_down", "periods": 0}],  # out of range
    [{"kind": "sales_down", "periods": 6}],
    [{"kind": "score_drop", "points": 0}],
    [{"kind": "score_drop", "points": 31}],
    [{"kind": "working_capital_up", "ratio": "1.04"}],
    [{"kind": "working_capital_up", "ratio": 1}],
    [{"kind": "working_capital_up", "ratio": "10.01"}],
    [{"kind": "no_session", "months": 0}],
    [{"kind": "no_session", "months": 37}],
    [{"kind": "no_session", "months": -3}],
    [{"kind": "no_session", "months": 1.5}],  # fractional
    [{"kind": "no_session", "months": "2.5"}],
    [{"kind": "sales_down", "periods": 2.5}],
    [{"kind": "score_drop", "points": 3.5}],
    [{"kind": "no_session", "months": 3}, {"kind": "bogus"}],  # one bad item spoils the lot
])
def test_from_json_refuses_bad_rules(data):
    with pytest.raises(RulesError):
        Rules.from_json(data)


def test_the_error_names_the_rule_and_the_problem():
    with pytest.raises(RulesError, match="no_session: months must be a whole number"):
        Rules.from_json([{"kind": "no_session", "months": 1.5}])
    with pytest.raises(RulesError, match="working_capital_up: ratio must be between 1.05 and 10"):
        Rules.from_json([{"kind": "working_capital_up", "ratio": 11}])
    with pytest.raises(RulesError, match="sales_down: periods must be a number"):
        Rules.from_json([{"kind": "sales_down", "periods": "two"}])
    assert issubclass(RulesError, ValueError)


def test_load_rules_reads_the_file(store):
    assert load_rules(store) == Rules()  # nothing kept
    edited = rules(no_session=1, insolvent=False)
    store.set_meta(META_RULES, rules_text(edited))
    assert store.meta("warning_rules") == rules_text(edited)
    assert load_rules(store) == edited
    store.set_meta(META_RULES, None)
    assert load_rules(store) == Rules()


@pytest.mark.parametrize("text", [
    "",
    "not json",
    "{\"kind\": \"sales_down\"",  # cut off
    "{}",
    "null",
    "42",
    "[{\"kind\": \"bogus\"}]",
    "[{\"kind\": \"no_session\", \"months\": 0}]",
    "[{\"kind\": \"no_session\", \"months\": 1.5}]",
    "[{\"kind\": \"no_session\", \"months\": NaN}]",
    "\x00\xff",
])
def test_load_rules_falls_back_to_the_defaults_on_garbage(store, text):
    store.set_meta("warning_rules", text)
    assert load_rules(store) == Rules()


def test_load_rules_falls_back_to_the_defaults_on_deeply_nested_garbage(store):
    """"the defaults when ... what is kept is unusable": JSON nested deeper than Python's
    recursion limit makes json.loads raise RecursionError (a RuntimeError, not a
    ValueError), which must not escape either (as the CLI's ``--rules FILE`` reader)."""
    store.set_meta("warning_rules", "[" * 100_000)
    assert load_rules(store) == Rules()


# --- a 施策 that left the plan ------------------------------------------------------------------------


def test_an_open_action_under_a_removed_issue_asks_for_no_session(store):
    """plan.py: "a 施策 whose 課題 was removed leaves the plan with it"; the overdue count
    leaves it out. It is no 施策 still open, so no_session has nothing to warn about."""
    company = store.companies.create({"name": "山田商店", "name_kana": "ヤマダショウテン"})
    session = store.sessions.start(company, "2025-06-01", theme="初回")
    issue = store.sessions.add_issue(company, session, title="入力ミスの課題", status="agreed")
    store.sessions.add_action(company, session, what="その施策", status="todo", issue_id=issue,
                              due_date="2025-07-31")
    assert [a.kind for a in all_warnings(load_history(store.conn), None, Rules(), TODAY)[company]] == ["no_session"]
    store.sessions.remove("issue", issue)
    assert store.plan.overdue_count(company, TODAY) == 0  # it left the plan
    assert all_warnings(load_history(store.conn), None, Rules(), TODAY) == {}


# --- the demo office, re-derived company by company ------------------------------------------------------


def _year_apart(earlier: dict, later: dict) -> bool:
    a, b = date.fromisoformat(earlier["period_end"]), date.fromisoformat(later["period_end"])
    gap = (b.year - a.year) * 12 + b.month - a.month
    return (earlier["months"] or 12) == 12 and (later["months"] or 12) == 12 and 11 <= gap <= 13


def _parts(period: dict, names: tuple[str, ...]) -> int | None:
    present = [period[n] for n in names if period[n] is not None]
    return sum(present) if present else None


def _working_capital_months(period: dict) -> Fraction | None:
    """(売上債権 + 棚卸資産 − 買入債務) ÷ (売上高 ÷ the period's months)."""
    receivables = _parts(period, ("accounts_receivable_yen", "notes_receivable_yen", "electronic_receivables_yen"))
    payables = _parts(period, ("accounts_payable_yen", "notes_payable_yen", "electronic_payables_yen"))
    sales, inventories = period["sales_yen"], period["inventories_yen"]
    if not sales or receivables is None or payables is None or inventories is None:
        return None
    return Fraction(receivables + inventories - payables) * (period["months"] or 12) / sales


def _three_months_before(day: date) -> date:
    year, month = (day.year, day.month - 3) if day.month > 3 else (day.year - 1, day.month + 9)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _derive(store, company: dict, benchmark, today: date) -> list[tuple[str, dict]]:
    """The default rules applied by hand to one company's rows, read through the store."""
    from banso_desktop.assessment import company_assessment

    periods = store.periods.for_company(company["id"])
    out: list[tuple[str, dict]] = []
    last3 = periods[-3:]
    if len(last3) == 3 and all(
            a["sales_yen"] is not None and b["sales_yen"] is not None and _year_apart(a, b)
            and b["sales_yen"] < a["sales_yen"] for a, b in zip(last3, last3[1:])):
        out.append(("sales_down", {"period_ends": [p["period_end"] for p in last3],
                                   "sales_yen": [p["sales_yen"] for p in last3]}))
    latest = periods[-1] if periods else None
    if latest and latest["net_assets_yen"] is not None and latest["net_assets_yen"] < 0:
        out.append(("insolvent", {"net_assets_yen": latest["net_assets_yen"]}))
    if benchmark is not None and len(periods) >= 2:
        scored = company_assessment(store, company, benchmark)[0].periods
        before, now = scored[-2].total, scored[-1].total
        if before is not None and now is not None and before - now >= 3:
            out.append(("score_drop", {"from": before, "to": now}))
    if latest and latest["operating_income_yen"] is not None and latest["depreciation_yen"] is not None \
            and latest["operating_income_yen"] + latest["depreciation_yen"] <= 0:
        out.append(("ebitda_not_positive", {"ebitda_yen": latest["operating_income_yen"] + latest["depreciation_yen"]}))
    if len(periods) >= 2:
        was, now_wc = _working_capital_months(periods[-2]), _working_capital_months(latest)
        if (was is not None and now_wc is not None and was > 0 and now_wc > was * Fraction(3, 2)
                and now_wc - was >= Fraction(1, 2)):
            out.append(("working_capital_up", {"from": was, "to": now_wc}))
    open_actions = [a for a in store.sessions.actions(company["id"]) if a["status"] in ("todo", "doing")]
    days = [s.date for s in store.sessions.for_company(company["id"])]
    last = max(days) if days else None
    if open_actions and (last is None or date.fromisoformat(last) < _three_months_before(today)):
        out.append(("no_session", {"last_session": last, "open_actions": len(open_actions)}))
    return out


def test_the_demo_office_s_warnings_agree_with_each_company_s_own_rows(tmp_path):
    """500 demo companies (about a second): every company's warnings, flagged or not, as
    the default rules give them from its own periods, sessions and 施策."""
    from banso_desktop.demo import create_demo
    from banso_desktop.store import open_store
    from tests.helpers import SHARED_DATA

    store = open_store(tmp_path / "demo.sqlite3")
    try:
        create_demo(store, companies=500, seed=7, today=TODAY)
        meti = SHARED_DATA / "rokaben_benchmarks.csv"
        if meti.exists():
            store.benchmarks.import_file(meti)
        benchmark = store.benchmarks.active()
        found = all_warnings(load_history(store.conn), benchmark, Rules(), TODAY)
        companies = store.companies.search()
        assert len(companies) == 500
        kinds_seen = set()
        for row in companies:
            company = store.companies.get(row.id)
            want = _derive(store, company, benchmark, TODAY)
            got = found.get(row.id, [])
            assert [a.kind for a in got] == [k for k, _ in want], company["name"]
            for alert, (kind, detail) in zip(got, want):
                kinds_seen.add(kind)
                if kind == "working_capital_up":
                    assert abs(alert.detail["from"] - Decimal(detail["from"].numerator) / detail["from"].denominator) <= Decimal("0.005")
                    assert abs(alert.detail["to"] - Decimal(detail["to"].numerator) / detail["to"].denominator) <= Decimal("0.005")
                elif kind == "no_session":
                    last = alert.detail["last_session"]
                    assert (last.isoformat() if last else None, alert.detail["open_actions"]) == (
                        detail["last_session"], detail["open_actions"])
                else:
                    assert {k: alert.detail[k] for k in detail} == detail, (company["name"], kind)
        # Not a vacuous agreement: the demo shows most kinds of sign.
        assert {"sales_down", "insolvent", "ebitda_not_positive", "working_capital_up", "no_session"} <= kinds_seen
        assert ("score_drop" in kinds_seen) == (benchmark is not None)
        assert len(found) > 50
    finally:
        store.close()
