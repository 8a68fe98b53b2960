"""The demo database: realistic, complete and reproducible."""

from datetime import date

import pytest

from banso_desktop.data import industries
from banso_desktop.demo import create_demo
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


def test_demo_fields_are_searchable(store):
    create_demo(store, companies=60, seed=5)
    conn = store.conn
    assert conn.execute("SELECT count(*) FROM field_fts").fetchone()[0] == \
        conn.execute("SELECT count(*) FROM search_ref").fetchone()[0] == \
        sum(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("session", "issue", "action", "rokaben_text", "design_text"))
    issue_id, title = conn.execute("SELECT id, title FROM issue ORDER BY rowid LIMIT 1").fetchone()
    assert issue_id in {h.row_id for h in store.search.fields(title, limit=10_000) if h.source == "issue"}
    action_id, what = conn.execute("SELECT id, what FROM action ORDER BY rowid DESC LIMIT 1").fetchone()
    assert action_id in {h.row_id for h in store.search.fields(what, limit=10_000) if h.source == "action"}
    summary_words = "との言葉があった"
    scanned = conn.execute("SELECT count(*) FROM session WHERE summary LIKE ?", (f"%{summary_words}%",)).fetchone()[0]
    assert len([h for h in store.search.fields(summary_words, limit=10_000) if h.source == "session"]) == scanned > 0
    # Every text row is indexed exactly as the triggers would have indexed it.
    for table, expr in (("issue", "t.title || char(10) || t.owner_words"), ("action", "t.what"),
                        ("session", "t.theme || char(10) || t.summary"), ("rokaben_text", "t.body")):
        mismatched = conn.execute(
            f"SELECT count(*) FROM {table} t JOIN search_ref r ON r.tbl = '{table}' AND r.row_id = t.id"
            f" JOIN field_fts f ON f.rowid = r.seq WHERE f.body IS NOT {expr}"
        ).fetchone()[0]
        assert mismatched == 0, table
    # The index's rowids follow the order the rows were written (newest first in search).
    for table in ("session", "issue", "action", "rokaben_text"):
        refs = [r for (r,) in conn.execute(f"SELECT row_id FROM search_ref WHERE tbl = '{table}' ORDER BY seq")]
        assert refs == [r for (r,) in conn.execute(f"SELECT id FROM {table} ORDER BY rowid")], table
    # The per-row triggers are back: an edit after the demo is indexed.
    triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {f"{t}_field_{w}" for t in ("session", "issue", "action", "rokaben_text") for w in ("ai", "au", "ad")} <= triggers
    indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"note_session", "note_company"} <= indexes
    store.sessions.update_issue(issue_id, {"title": "販路の見直しが必要"})
    assert [h.row_id for h in store.search.fields("販路の見直し")] == [issue_id]
    company = conn.execute("SELECT company_id FROM issue WHERE id = ?", (issue_id,)).fetchone()[0]
    new = store.sessions.add_action(company, None, what="展示会への出展を検討する")
    assert [h.row_id for h in store.search.fields("展示会")] == [new]
