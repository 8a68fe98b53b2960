"""The demo database: realistic, complete and reproducible."""

import re
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal

import pytest

from banso_desktop.data import design_sheet, industries, referral_map
from banso_desktop.demo import create_demo
from banso_desktop.domain.plan import kpi_decimal
from banso_desktop.domain.corporate_number import is_valid
from banso_desktop.domain.interview import SELF_RELIANCE_ITEMS
from banso_desktop.store import StoreError, open_store


def test_demo_is_complete_and_plausible(store):
    result = create_demo(store, companies=150, seed=7, today=date(2026, 11, 21))
    assert result.companies == 150
    rows = store.companies.search()
    assert len(rows) == 150
    catalog = industries()
    kinds = set()
    for row in rows:
        company = store.companies.get(row.id)
        assert company["name"] and company["name_kana"]
        assert catalog.get(company["industry_code"]) is not None
        if company["corporate_number"] is not None:
            assert is_valid(company["corporate_number"])
        periods = store.periods.for_company(row.id)
        assert 2 <= len(periods) <= 4
        ends = [date.fromisoformat(p["period_end"]) for p in periods]
        assert ends == sorted(ends) and ends[-1] <= date(2026, 11, 21)
        for p in periods:
            assert p["sales_yen"] > 0 and p["total_assets_yen"] > 0
            assert p["total_liabilities_yen"] + p["net_assets_yen"] == p["total_assets_yen"]
        sessions = store.sessions.for_company(row.id)
        assert sessions and all(s.note_count >= 3 for s in sessions)
        for note in store.sessions.notes(sessions[0].id):
            kinds.add(note["kind"])
            assert any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in note["body"])
    assert {"owner_quote", "fact"} <= kinds
    assert len({r.industry_code for r in rows}) >= 15  # varied industries
    sizes = [store.companies.get(r.id)["employees"] for r in rows]
    assert min(sizes) <= 3 and max(sizes) >= 30  # varied sizes
    assert store.people.organization_name()
    assert len(store.people.consultants()) >= 3


def test_same_seed_same_data(tmp_path):
    names = []
    for n in range(2):
        s = open_store(tmp_path / f"{n}.sqlite3")
        create_demo(s, companies=30, seed=42, today=date(2026, 1, 1))
        names.append([(r.id, r.name) for r in s.companies.search(sort="created")])
        s.close()
    assert names[0] == names[1]


def test_demo_refuses_a_database_with_companies(store):
    store.companies.create({"name": "本物の会社"})
    with pytest.raises(StoreError):
        create_demo(store, companies=5)
    assert store.companies.count() == 1


def test_note_search_index_is_complete_after_bulk_load(store):
    create_demo(store, companies=40, seed=3)
    indexed = store.conn.execute(
        "SELECT count(*) FROM note_fts WHERE note_fts MATCH '\"値上げ\"'"
    ).fetchone()[0]
    scanned = store.conn.execute("SELECT count(*) FROM note WHERE body LIKE '%値上げ%'").fetchone()[0]
    assert indexed == scanned > 0
    triggers = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {"note_fts_ai", "company_fts_ai"} <= triggers


def test_demo_interview_records(store):
    today = date(2026, 11, 21)
    result = create_demo(store, companies=200, seed=11, today=today)
    conn = store.conn
    assert result.issues > 0 and result.actions > 0
    sessions = conn.execute("SELECT count(*) FROM session").fetchone()[0]

    # Every past session is closed, with a Japanese 対話要旨 mentioning its theme.
    for status, summary, theme, started_at, day in conn.execute(
        "SELECT status, summary, theme, started_at, date FROM session"
    ):
        assert status == "closed" and theme in summary and summary.endswith("。")
        assert started_at.startswith(day) and started_at.endswith("Z")

    # The next visit: about a month after each company's latest session, and only there.
    by_company = {}
    for row in store.db.query("SELECT * FROM session ORDER BY company_id, date, start_time"):
        by_company.setdefault(row["company_id"], []).append(row)
    for rows in by_company.values():
        *earlier, latest = rows
        assert all(r["next_visit_date"] is None for r in earlier)
        gap = date.fromisoformat(latest["next_visit_date"]) - date.fromisoformat(latest["date"])
        assert 25 <= gap.days <= 35

    # 自走化: ~70% of sessions scored, 0–2 each, rising over a company's visits.
    checklist = [f"sr_{k}" for k in SELF_RELIANCE_ITEMS]
    scored = conn.execute(f"SELECT {', '.join(checklist)} FROM session WHERE sr_core_issue IS NOT NULL").fetchall()
    assert 0.6 < len(scored) / sessions < 0.8
    assert all(None not in r and all(0 <= v <= 2 for v in r) for r in scored)
    assert {v for r in scored for v in r} == {0, 1, 2}
    rises = []
    for rows in by_company.values():
        totals = [sum(r[c] for c in checklist) for r in rows if r["sr_core_issue"] is not None]
        if len(totals) >= 2:
            rises.append(totals[-1] - totals[0])
    assert len(rises) >= 20 and sum(rises) / len(rises) > 1
    assert sum(1 for r in rises if r >= 0) > 0.75 * len(rises)

    # 課題 from the 課題候補 notes: one per candidate text and company, linked both ways.
    candidates = conn.execute(
        "SELECT n.id, n.body, n.wall, n.issue_side, n.linked_to, n.company_id FROM note n"
        " WHERE kind = 'issue_candidate'"
    ).fetchall()
    assert candidates
    issues = {i["id"]: i for i in store.db.query("SELECT * FROM issue")}
    for note_id, body, wall, side, linked_to, company_id in candidates:
        issue = issues[linked_to.removeprefix("issue:")]
        assert (issue["title"], issue["wall"], issue["issue_side"], issue["company_id"]) == (body, wall, side, company_id)
    assert all(issues[i]["note_id"] in {c[0] for c in candidates} for i in issues)
    assert len(issues) == len({(c[5], c[1]) for c in candidates})
    quotes = {q for (q,) in conn.execute("SELECT body FROM note WHERE kind = 'owner_quote'")}
    assert all(i["owner_words"] in quotes for i in issues.values())
    statuses = [i["status"] for i in issues.values()]
    assert statuses.count("agreed") > 0.5 * len(statuses)
    assert conn.execute("SELECT count(*) FROM note WHERE linked_to IS NOT NULL AND kind != 'issue_candidate'").fetchone()[0] == 0

    # 施策: 1–2 in about half the sessions, due after the session, done when long past.
    per_session = dict(conn.execute("SELECT session_id, count(*) FROM action GROUP BY session_id").fetchall())
    assert 0.35 < len(per_session) / sessions < 0.65 and set(per_session.values()) <= {1, 2}
    for a in store.db.query("SELECT a.*, s.date AS session_date FROM action a JOIN session s ON s.id = a.session_id"):
        assert a["what"] and a["owner_name"] and a["owner_role"] in ("owner", "staff", "consultant", "external")
        assert a["session_date"] < a["due_date"]
        if a["due_date"] >= today.isoformat():
            assert a["status"] in ("todo", "doing")
        if a["issue_id"]:
            assert issues[a["issue_id"]]["session_id"] == a["session_id"]
    assert {a["status"] for a in store.db.query("SELECT status FROM action")} >= {"done", "todo"}

    # The store reads it all back.
    company = next(iter(by_company))
    exported = store.sessions.export(company)
    assert [s["id"] for s in exported] == [r["id"] for r in by_company[company]]
    assert all(s["summary"] for s in exported)


FIELD_TABLES = ("session", "issue", "action", "rokaben_text", "design_text", "kpi", "referral")


def test_demo_fields_are_searchable(store):
    create_demo(store, companies=60, seed=5)
    conn = store.conn
    assert conn.execute("SELECT count(*) FROM field_fts").fetchone()[0] == \
        conn.execute("SELECT count(*) FROM search_ref").fetchone()[0] == \
        sum(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in FIELD_TABLES)
    issue_id, title = conn.execute("SELECT id, title FROM issue ORDER BY rowid LIMIT 1").fetchone()
    assert issue_id in {h.row_id for h in store.search.fields(title, limit=10_000) if h.source == "issue"}
    action_id, what = conn.execute("SELECT id, what FROM action ORDER BY rowid DESC LIMIT 1").fetchone()
    assert action_id in {h.row_id for h in store.search.fields(what, limit=10_000) if h.source == "action"}
    summary_words = "との言葉があった"
    scanned = conn.execute("SELECT count(*) FROM session WHERE summary LIKE ?", (f"%{summary_words}%",)).fetchone()[0]
    assert len([h for h in store.search.fields(summary_words, limit=10_000) if h.source == "session"]) == scanned > 0
    # Every text row is indexed exactly as the triggers would have indexed it.
    for table, expr in (("issue", "t.title || char(10) || t.owner_words"), ("action", "t.what"),
                        ("session", "t.theme || char(10) || t.summary"), ("rokaben_text", "t.body"),
                        ("design_text", "t.body"), ("kpi", "t.name"),
                        ("referral", "t.institution || char(10) || t.reason || char(10) || t.outcome")):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] > 0, table
        mismatched = conn.execute(
            f"SELECT count(*) FROM {table} t JOIN search_ref r ON r.tbl = '{table}' AND r.row_id = t.id"
            f" JOIN field_fts f ON f.rowid = r.seq WHERE f.body IS NOT {expr}"
        ).fetchone()[0]
        assert mismatched == 0, table
    # The index's rowids follow the order the rows were written (newest first in search).
    for table in FIELD_TABLES:
        refs = [r for (r,) in conn.execute(f"SELECT row_id FROM search_ref WHERE tbl = '{table}' ORDER BY seq")]
        assert refs == [r for (r,) in conn.execute(f"SELECT id FROM {table} ORDER BY rowid")], table
    # The per-row triggers are back: an edit after the demo is indexed.
    triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {f"{t}_field_{w}" for t in FIELD_TABLES for w in ("ai", "au", "ad")} <= triggers
    indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"note_session", "note_company"} <= indexes
    store.sessions.update_issue(issue_id, {"title": "販路の見直しが必要"})
    assert [h.row_id for h in store.search.fields("販路の見直し")] == [issue_id]
    company = conn.execute("SELECT company_id FROM issue WHERE id = ?", (issue_id,)).fetchone()[0]
    new = store.sessions.add_action(company, None, what="展示会への出展を検討する")
    assert [h.row_id for h in store.search.fields("展示会") if h.source == "action"] == [new]
    referral = conn.execute("SELECT id FROM referral ORDER BY rowid LIMIT 1").fetchone()[0]
    store.plan.update_referral(referral, {"reason": "展示会の出展者募集を案内するため"})
    assert field_hits(store, "referral", "出展者募集") == [referral]


def field_hits(store, table, text):
    """Rows of ``table`` whose ``field_fts`` entry holds ``text`` (the index the triggers keep)."""
    return [r for (r,) in store.conn.execute(
        "SELECT r.row_id FROM field_fts f JOIN search_ref r ON r.seq = f.rowid"
        " WHERE field_fts MATCH ? AND r.tbl = ? ORDER BY r.seq",
        ('"' + text + '"', table),
    )]


def test_demo_action_plan(store):
    """KPIs with actuals, referrals and design sheets, as the plan and design views read
    them on the day the demo is made."""
    check_action_plan(store, date.today(), seed=13)


def check_action_plan(store, today, seed):
    result = create_demo(store, companies=200, seed=seed, today=today)
    conn = store.conn
    q = lambda sql, *args: conn.execute(sql, args).fetchall()  # noqa: E731
    actions = {a["id"]: a for a in store.db.query(
        "SELECT a.*, s.date AS session_date FROM action a JOIN session s ON s.id = a.session_id")}

    # KPIs: one for about 60% of the 施策, exact decimals, 1–4 month-end actuals after the session.
    kpis = list(store.db.query("SELECT * FROM kpi"))
    assert result.kpis == len(kpis) and 0.45 < len(kpis) / len(actions) < 0.75
    assert len({k["action_id"] for k in kpis}) == len(kpis)
    for k in kpis:
        action = actions[k["action_id"]]
        assert k["company_id"] == action["company_id"] and k["name"] and k["unit"]
        assert kpi_decimal(k["baseline"]) == k["baseline"] and kpi_decimal(k["target"]) == k["target"]
        assert Decimal(k["baseline"]) != Decimal(k["target"])
    names = {k["name"] for k in kpis}
    assert len(names) >= 20 and {"粗利率", "月次試算表の作成回数"} & names
    actuals = list(store.db.query(
        "SELECT a.*, k.company_id AS kpi_company, k.action_id FROM kpi_actual a JOIN kpi k ON k.id = a.kpi_id"))
    assert result.kpi_actuals == len(actuals)
    per_kpi = Counter(a["kpi_id"] for a in actuals)
    assert set(per_kpi) == {k["id"] for k in kpis} and set(per_kpi.values()) == {1, 2, 3, 4}
    for a in actuals:
        assert a["company_id"] == a["kpi_company"] and kpi_decimal(a["value"]) == a["value"]
        assert actions[a["action_id"]]["session_date"] <= a["as_of"] <= today.isoformat()
    # Most KPIs with several actuals move toward their target; some do not.
    moved = []
    for k in kpis:
        values = [Decimal(a["value"]) for a in sorted((a for a in actuals if a["kpi_id"] == k["id"]),
                                                      key=lambda a: a["as_of"])]
        if len(values) >= 2:
            direction = 1 if Decimal(k["target"]) > Decimal(k["baseline"]) else -1
            moved.append((values[-1] - values[0]) * direction > 0)
    assert 0.4 * len(moved) < sum(moved) < len(moved)
    company = kpis[0]["company_id"]
    read = store.plan.kpis(company)
    assert read and all(k["actuals"] for k in read)

    # Referrals: 1–2 for about a quarter of the companies, within the last year, matching the map.
    refmap = referral_map()
    referrals = list(store.db.query("SELECT * FROM referral"))
    per_company = Counter(r["company_id"] for r in referrals)
    assert result.referrals == len(referrals)
    assert 0.15 < len(per_company) / 200 < 0.35 and set(per_company.values()) <= {1, 2}
    for r in referrals:
        category = refmap.category(r["category"])
        assert r["institution"] in {i.label.ja for i in category.institutions}
        assert r["reason"].endswith("。")
        assert (today - timedelta(days=366)).isoformat() <= r["date"] < today.isoformat()
        if r["outcome_date"]:
            assert r["outcome"] and r["date"] <= r["outcome_date"] <= today.isoformat()
        else:
            assert r["outcome"] == "" and r["consent"] == 1 and r["follow_up_date"] > r["date"]
    assert sum(r["consent"] for r in referrals) > 0.75 * len(referrals)
    closed = [r for r in referrals if r["outcome_date"]]
    assert 0.25 < len(closed) / len(referrals) < 0.8
    waiting = [r["follow_up_date"] for r in referrals if not r["outcome_date"]]
    assert min(waiting) < today.isoformat() <= max(waiting)
    assert len({r["category"] for r in referrals}) >= 6
    attention = store.plan.needing_attention(today)
    assert attention and len(attention) == sum(1 for f in waiting if f < today.isoformat())
    assert store.plan.referrals(attention[0]["company_id"])

    # 施策 due: some overdue, some due soon (the 施策 come from the interview records).
    due = store.plan.due_actions(today)
    assert any(a["state"] == "overdue" for a in due)
    open_actions = [a for a in actions.values() if a["status"] in ("todo", "doing")]
    assert any(a["due_date"] >= today.isoformat() for a in open_actions)

    # Design sheets: about a fifth of the companies, this year's, some last year's too.
    sheets = list(store.db.query("SELECT * FROM design_sheet"))
    by_company: dict[str, list] = {}
    for sheet in sheets:
        by_company.setdefault(sheet["company_id"], []).append(sheet["year"])
    assert result.design_sheets == len(sheets)
    assert 0.1 < len(by_company) / 200 < 0.3
    assert all(today.year in years for years in by_company.values())
    assert {len(y) for y in by_company.values()} == {1, 2}
    keys = {item.key for item in design_sheet().items()}
    assert len(keys) == 8
    for sheet in sheets:
        texts = store.design.texts(sheet["id"])
        assert set(texts) == keys and all(t.endswith("。") for t in texts.values())
        transitions = store.design.transitions(sheet["id"])
        assert 2 <= len(transitions) <= 3
        assert all(t["what"] and t["who"] and re.fullmatch(r"\d{4}年(\d{1,2}月|度中)", t["by_when"])
                   for t in transitions)
    assert result.design_transitions == q("SELECT count(*) FROM design_transition")[0][0]
    both = next(c for c, years in by_company.items() if len(years) == 2)
    exported = store.design.export(both)
    assert exported["year"] == today.year and exported["previous"]["year"] == today.year - 1
    assert exported["texts"] != exported["previous"]["texts"]
    assert exported["texts"]["purpose"] == exported["previous"]["texts"]["purpose"]
    assert store.plan.export(both, today)["design_sheet"] == exported

    # Search finds a referral's reason and a KPI's name.
    reason = referrals[0]["reason"]
    assert referrals[0]["id"] in field_hits(store, "referral", reason[:12])
    name = next(n for n in names if len(n) >= 5)
    assert len(field_hits(store, "kpi", name)) == sum(1 for k in kpis if name in k["name"])


OLD_TABLES = ("consultant", "company", "fiscal_period", "session", "note", "issue", "action",
              "rokaben_text", "business_flow_step", "commercial_party")


def old_rows(store):
    """The pre-plan tables' rows in the order written, with the file's own identity
    (local consultant, organisation) and the clock taken out."""
    me, org = store.local_consultant_id, store.people.local_organization_id()
    out = {}
    for table in OLD_TABLES:
        columns = [r[1] for r in store.conn.execute(f"PRAGMA table_info({table})")
                   if r[1] not in ("seq", "created_at", "updated_at")]
        out[table] = [repr(row).replace(me, "ME").replace(org, "ORG") for row in store.conn.execute(
            f"SELECT {', '.join(columns)} FROM {table} ORDER BY rowid")]
    return out


def test_plan_data_leaves_the_older_demo_data_alone(tmp_path, monkeypatch):
    """The KPIs, referrals and design sheets come from their own generator: without
    them, the rest of the demo is exactly the same for a seed."""
    import banso_desktop.demo as demo

    day = date(2026, 5, 10)
    full = open_store(tmp_path / "full.sqlite3")
    create_demo(full, companies=80, seed=21, today=day)
    for name in ("_kpi_rows", "_referral_rows", "_design_rows"):
        monkeypatch.setattr(demo, name, lambda *args, **kw: None)
    bare = open_store(tmp_path / "bare.sqlite3")
    result = create_demo(bare, companies=80, seed=21, today=day)
    assert (result.kpis, result.referrals, result.design_sheets) == (0, 0, 0)
    assert full.conn.execute("SELECT count(*) FROM kpi").fetchone()[0] > 0
    assert old_rows(full) == old_rows(bare)
    full.close()
    bare.close()
