"""面談 and their notes, 課題 and 施策: the store's interview record (schema v4)."""

import sqlite3
from datetime import date

import pytest
import sqlite_utils

from banso_desktop.domain.interview import SELF_RELIANCE_ITEMS, SELF_RELIANCE_MAX, SendTarget, self_reliance_total
from banso_desktop.store import open_store
from banso_desktop.store.migrations import LATEST, STEPS, migrate, schema_version


@pytest.fixture
def company(store):
    return store.companies.create({"name": "株式会社山田製作所", "name_kana": "ヤマダセイサクショ"})


@pytest.fixture
def session(store, company):
    return store.sessions.start(company, "2026-11-20", start_time="10:00", place_kind="visit",
                                attendees=[{"role": "owner", "name": "山田 太郎"}], theme="価格転嫁の相談", stage="P1")


def test_start_update_close_and_reopen(store, company, session):
    row = store.sessions.get(session)
    assert row["status"] == "open" and row["started_at"] and row["end_time"] is None
    assert row["attendees"] == [{"role": "owner", "name": "山田 太郎"}]
    assert [s["id"] for s in store.sessions.open_sessions()] == [session]
    assert [s["id"] for s in store.sessions.open_sessions(company)] == [session]

    assert store.sessions.update(session, {"summary": "値決めの考え方を整理した。", "next_visit_date": "2026-12-18",
                                           "attendees": [{"role": "successor", "name": "山田 次郎"}]})
    assert store.sessions.close(session, "11:30")
    summary = store.sessions.summary(session)
    assert (summary.status, summary.end_time, summary.summary, summary.next_visit_date) == (
        "closed", "11:30", "値決めの考え方を整理した。", "2026-12-18")
    assert store.sessions.get(session)["attendees"] == [{"role": "successor", "name": "山田 次郎"}]
    assert store.sessions.open_sessions() == []

    assert store.sessions.reopen(session)
    summary = store.sessions.summary(session)
    assert summary.status == "open" and summary.summary == "値決めの考え方を整理した。"

    assert not store.sessions.close("no-such-session", None)
    with pytest.raises(ValueError):
        store.sessions.update(session, {"company_id": "elsewhere"})
    with pytest.raises(sqlite3.IntegrityError):
        store.sessions.update(session, {"status": "paused"})


def test_add_note_positions_follow_the_log(store, session):
    first = store.sessions.add_note(session, kind="owner_quote", body="値上げは言い出しにくい")
    second = store.sessions.add_note(session, kind="fact", body="材料費が二割上がった", stage="P2")
    store.sessions.delete_note(second)
    third = store.sessions.add_note(session, body="原価はどう計算していますか？")
    positions = dict(store.conn.execute("SELECT id, position FROM note").fetchall())
    assert positions[first] < positions[second] < positions[third]
    notes = store.sessions.notes(session)
    assert [n["id"] for n in notes] == [first, third]
    assert notes[0]["stage"] == "P1"  # the session's stage when none is given
    assert store.sessions.summary(session).note_count == 2
    with pytest.raises(LookupError):
        store.sessions.add_note("no-such-session", body="x")


def test_update_note_rejects_unknown_fields(store, session):
    note = store.sessions.add_note(session, body="下書き")
    assert store.sessions.update_note(note, {"body": "清書", "kind": "insight", "wall": "mienai"})
    assert store.sessions.note(note)["body"] == "清書"
    for bad in ({"deleted_at": "2026-01-01"}, {"company_id": "x"}, {"position": 9.0}, {"bodyy": "typo"}):
        with pytest.raises(ValueError):
            store.sessions.update_note(note, bad)
    assert store.sessions.note(note)["body"] == "清書"


def test_send_to_rokaben_appends_once_and_links(store, company, session):
    a = store.sessions.add_note(session, kind="fact", body="急ぎの注文にも断らずに対応してきた")
    b = store.sessions.add_note(session, kind="fact", body="熟練職人による安定した品質")
    target = SendTarget.parse("rokaben:business.strengths")
    store.sessions.send_note(a, target)
    store.sessions.send_note(a, target)  # twice: nothing doubled
    store.sessions.send_note(b, target)
    assert store.rokaben.texts(company)["business.strengths"] == (
        "急ぎの注文にも断らずに対応してきた\n熟練職人による安定した品質")
    assert store.sessions.note(a)["linked_to"] == "rokaben:business.strengths"
    store.sessions.send_note(a, SendTarget("rokaben", "summary.issues"))
    assert store.sessions.note(a)["linked_to"].split() == ["rokaben:business.strengths", "rokaben:summary.issues"]
    # The sent note stays in the log.
    assert {n["id"] for n in store.sessions.notes(session)} == {a, b}


def test_send_to_design_creates_this_years_sheet(store, company, session):
    note = store.sessions.add_note(session, kind="insight", body="地域の職人を育てる会社でありたい")
    assert store.design.current_sheet(company) is None
    store.sessions.send_note(note, SendTarget.parse("design:future.value"))
    sheet = store.design.current_sheet(company)
    assert sheet is not None
    year = store.conn.execute("SELECT year FROM design_sheet WHERE id = ?", (sheet,)).fetchone()[0]
    assert year == date.today().year
    assert store.design.texts(sheet) == {"future.value": "地域の職人を育てる会社でありたい"}
    assert store.sessions.note(note)["linked_to"] == "design:future.value"
    store.sessions.send_note(note, SendTarget.parse("design:future.value"))
    assert store.conn.execute("SELECT count(*) FROM design_sheet").fetchone()[0] == 1


def test_send_to_issue_carries_the_owners_words_wall_and_side(store, company, session):
    quote = store.sessions.add_note(session, kind="owner_quote", body="結局、値決めを自分で考えてこなかった")
    issue_id = store.sessions.send_note(quote, SendTarget.parse("issue"))
    candidate = store.sessions.add_note(session, kind="issue_candidate", body="月次の数字を把握する仕組みがない",
                                        issue_side="core", wall="mienai")
    other = store.sessions.send_note(candidate, SendTarget("issue"), issue={"status": "agreed"})
    issues = {i["id"]: i for i in store.sessions.issues(company)}
    assert list(issues) == [issue_id, other]
    assert issues[issue_id]["owner_words"] == "結局、値決めを自分で考えてこなかった"
    assert issues[issue_id]["title"] == "結局、値決めを自分で考えてこなかった"
    assert issues[issue_id]["status"] == "candidate"
    made = issues[other]
    assert (made["title"], made["issue_side"], made["wall"], made["owner_words"], made["status"]) == (
        "月次の数字を把握する仕組みがない", "core", "mienai", "", "agreed")
    assert made["note_id"] == candidate and made["session_id"] == session and made["status_changed_at"]
    assert store.sessions.note(candidate)["linked_to"] == f"issue:{other}"
    assert [i["id"] for i in store.sessions.issues(company, session)] == [issue_id, other]
    with pytest.raises(ValueError):
        store.sessions.send_note(candidate, SendTarget("issue"), issue={"priority": 1})


def test_send_with_move_takes_the_note_out_of_the_log(store, company, session):
    keep = store.sessions.add_note(session, body="残るメモ")
    moved = store.sessions.add_note(session, kind="fact", body="売上の約6割を上位3社が占めている")
    store.sessions.send_note(moved, SendTarget("rokaben", "business.weaknesses"), move=True)
    assert [n["id"] for n in store.sessions.notes(session)] == [keep]
    assert store.rokaben.texts(company)["business.weaknesses"] == "売上の約6割を上位3社が占めている"
    row = store.conn.execute("SELECT deleted_at, linked_to FROM note WHERE id = ?", (moved,)).fetchone()
    assert row[0] is not None and row[1] == "rokaben:business.weaknesses"
    with pytest.raises(LookupError):  # it is gone from the log: nothing more to send
        store.sessions.send_note(moved, SendTarget("issue"))

    quote = store.sessions.add_note(session, kind="issue_candidate", body="後継者と話せていない", wall="mukiawanai")
    issue_id = store.sessions.send_note(quote, SendTarget("issue"), move=True)
    assert [i["title"] for i in store.sessions.issues(company)] == ["後継者と話せていない"]
    assert store.sessions.issues(company)[0]["id"] == issue_id
    assert [n["id"] for n in store.sessions.notes(session)] == [keep]


def test_issues_and_actions(store, company, session):
    issue = store.sessions.add_issue(company, session, title="値上げ交渉ができていない", wall="mukiawanai",
                                     issue_side="surface", status="agreed")
    action = store.sessions.add_action(company, session, what="主要取引先3社に値上げを打診する", owner_role="owner",
                                       owner_name="山田 太郎", due_date="2026-12-20", issue_id=issue)
    later = store.sessions.add_action(company, None, what="原価計算表をつくる")
    assert [a["id"] for a in store.sessions.actions(company)] == [action, later]
    assert [a["id"] for a in store.sessions.actions(company, session)] == [action]
    assert store.sessions.actions(company)[0]["status"] == "todo"
    assert store.sessions.update_action(action, {"status": "done"})
    done = store.sessions.actions(company)[0]
    assert done["status"] == "done" and done["status_changed_at"]
    with pytest.raises(ValueError):
        store.sessions.add_action(company, session, what="x", priority=1)
    with pytest.raises(sqlite3.IntegrityError):
        store.sessions.update_issue(issue, {"wall": "not-a-wall"})
    assert store.sessions.remove("action", later)
    assert [a["id"] for a in store.sessions.actions(company)] == [action]
    with pytest.raises(ValueError):
        store.sessions.remove("note", issue)


def test_export_structure(store, company, session):
    older = store.sessions.start(company, "2026-10-01", theme="初回の相談")
    store.sessions.add_note(older, kind="owner_quote", body="正直、毎月の数字は見ていない")
    store.sessions.close(older, "11:00")
    store.sessions.add_note(session, kind="issue_candidate", body="値上げ交渉ができていない",
                            issue_side="surface", wall="mukiawanai")
    quote = store.sessions.add_note(session, kind="owner_quote", body="値上げは言い出しにくい")
    store.sessions.send_note(quote, SendTarget("rokaben", "owner.vision"))
    issue = store.sessions.add_issue(company, session, title="値決め", status="agreed")
    store.sessions.add_action(company, session, what="見積に原価計算を組み込む", issue_id=issue)
    store.sessions.update(session, {"sr_core_issue": 2, "sr_next_action": 1})

    exported = store.sessions.export(company)
    assert [s["id"] for s in exported] == [older, session]  # oldest first
    first, latest = exported
    assert {"id", "date", "theme", "status", "summary", "next_visit_date", "attendees", "consultant",
            "self_reliance", "notes", "issues", "actions"} <= set(latest)
    assert first["status"] == "closed" and latest["status"] == "open"
    assert [n["text"] for n in first["notes"]] == ["正直、毎月の数字は見ていない"]
    assert first["issues"] == [] and first["actions"] == [] and first["self_reliance"]["total"] is None
    notes = latest["notes"]
    assert [(n["kind"], n["text"], n["issue_side"], n["wall"], n["stage"]) for n in notes] == [
        ("issue_candidate", "値上げ交渉ができていない", "surface", "mukiawanai", "P1"),
        ("owner_quote", "値上げは言い出しにくい", None, None, "P1"),
    ]
    assert notes[1]["linked_to"] == "rokaben:owner.vision" and notes[0]["linked_to"] is None
    assert [i["title"] for i in latest["issues"]] == ["値決め"]
    assert [(a["what"], a["issue_id"]) for a in latest["actions"]] == [("見積に原価計算を組み込む", issue)]
    assert latest["self_reliance"]["core_issue"] == 2 and latest["self_reliance"]["total"] == 3
    assert set(latest["self_reliance"]) == {*SELF_RELIANCE_ITEMS, "total"}
    assert store.sessions.export("no-such-company") == []


def test_self_reliance_total(store, session):
    assert store.sessions.summary(session).self_reliance_total is None
    store.sessions.update(session, {f"sr_{k}": 2 for k in SELF_RELIANCE_ITEMS})
    assert store.sessions.summary(session).self_reliance_total == SELF_RELIANCE_MAX == 14
    store.sessions.update(session, {"sr_kpis_move": None, "sr_core_issue": 0})
    summary = store.sessions.summary(session)
    assert summary.self_reliance["kpis_move"] is None and summary.self_reliance_total == 10
    with pytest.raises(sqlite3.IntegrityError):
        store.sessions.update(session, {"sr_core_issue": 3})
    assert self_reliance_total({"a": None, "b": 0}) == 0
    assert self_reliance_total({}) is None


def test_delete_session_tombstones_its_notes(store, company, session):
    store.sessions.add_note(session, body="メモ")
    assert store.sessions.delete(session)
    assert store.sessions.for_company(company) == []
    assert store.conn.execute("SELECT count(*) FROM note WHERE deleted_at IS NULL").fetchone()[0] == 0


def test_migrates_a_v3_file_with_sessions(db_path):
    conn = sqlite3.connect(db_path)
    migrate(sqlite_utils.Database(conn), "2025-01-01T00:00:00.000Z", steps=STEPS[:3])
    assert schema_version(conn) == 3
    stamps = "'2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'"
    conn.executescript(f"""
        INSERT INTO company (id, name, name_kana, created_at, updated_at) VALUES ('c1', '旧版商店', 'キュウハン', {stamps});
        INSERT INTO session (id, company_id, date, theme, stage, created_at, updated_at)
            VALUES ('s1', 'c1', '2024-06-01', '事業承継の進め方', 'P2', {stamps});
        INSERT INTO note (id, session_id, company_id, position, kind, body, created_at, updated_at)
            VALUES ('n1', 's1', 'c1', 1.0, 'owner_quote', '息子に継がせたいと思っている', {stamps});
        INSERT INTO rokaben_text (id, company_id, key, body, created_at, updated_at)
            VALUES ('t1', 'c1', 'business.strengths', '熟練職人による安定した品質', {stamps});
        -- Written later, with ids that sort the other way round.
        INSERT INTO rokaben_text (id, company_id, key, body, created_at, updated_at)
            VALUES ('t0', 'c1', 'summary.issues', '職人の高齢化と技能承継', {stamps});
    """)
    conn.commit()
    conn.close()

    store = open_store(db_path)
    try:
        assert schema_version(store.conn) == LATEST
        summary = store.sessions.summary("s1")
        assert summary.status == "closed" and summary.summary == "" and summary.self_reliance_total is None
        assert store.sessions.notes("s1")[0]["linked_to"] is None
        # Rows written before the step are in the field index.
        assert store.conn.execute(
            "SELECT count(*) FROM field_fts WHERE field_fts MATCH '\"職人による\"'"
        ).fetchone()[0] == 1
        hits = store.search.fields("職人による")
        assert [(h.source, h.row_id, h.key) for h in hits] == [("rokaben_text", "t1", "business.strengths")]
        assert [h.row_id for h in store.search.fields("職人")] == ["t0", "t1"]  # newest first, by LIKE
        assert [h.row_id for h in store.search.fields("職人の 職人")] == ["t0"]
        assert [h.row_id for h in store.search.fields("事業承継")] == ["s1"]
        assert [h.row_id for h in store.search.notes("継がせたい")] == ["n1"]
        # And the index keeps up with edits after the upgrade.
        store.rokaben.set_text("c1", "business.strengths", "短納期への対応力")
        assert store.search.fields("職人による") == []
        assert [h.row_id for h in store.search.fields("短納期")] == ["t1"]
    finally:
        store.close()


def test_sending_a_note_whose_words_are_inside_a_longer_paragraph_still_appends_it(store):
    from banso_desktop.domain.interview import SendTarget

    company_id = store.companies.create({"name": "部分一致商店"})
    store.rokaben.set_text(company_id, "business.strengths", "配達が早い。品揃えは少ない")
    session_id = store.sessions.start(company_id, "2026-11-21")
    note_id = store.sessions.add_note(session_id, kind="fact", body="品揃え")
    store.sessions.send_note(note_id, SendTarget.parse("rokaben:business.strengths"), move=True)
    assert store.rokaben.texts(company_id)["business.strengths"] == "配達が早い。品揃えは少ない\n品揃え"
    assert store.sessions.notes(session_id) == []


def test_a_status_is_dated_only_when_it_really_changes(store):
    company_id = store.companies.create({"name": "状況日付商店"})
    action_id = store.sessions.add_action(company_id, None, what="見積の型", status="todo")
    first = store.sessions.actions(company_id)[0]["status_changed_at"]
    store.sessions.update_action(action_id, {"status": "todo", "what": "見積の型を作る"})  # resent as is
    assert store.sessions.actions(company_id)[0]["status_changed_at"] == first
    store.sessions.update_action(action_id, {"status": "doing"})
    assert store.sessions.actions(company_id)[0]["status_changed_at"] > first
