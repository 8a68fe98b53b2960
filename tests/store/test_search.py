"""Search across notes and text fields: longer terms by the trigram indexes, short ones
looked up through the indexes' vocabularies and the last-characters indexes (or scanned
when common), full-width twins, AND of terms, tombstones, and the index kept in step."""

import string
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from banso_desktop.store import open_store
from banso_desktop.store.search import query_terms, term_variants


@pytest.fixture
def company(store):
    return store.companies.create({"name": "株式会社朝日食品", "name_kana": "アサヒショクヒン"})


@pytest.fixture
def session(store, company):
    return store.sessions.start(company, "2026-11-20", theme="販路開拓の相談")


def note_ids(hits):
    return {h.row_id for h in hits if h.source == "note"}


def test_one_two_and_three_character_queries(store, session):
    price = store.sessions.add_note(session, kind="owner_quote", body="材料費が上がったが値上げは言い出しにくい")
    staff = store.sessions.add_note(session, kind="fact", body="従業員8名、うち60歳以上が3名")
    for query, expected in [
        ("値", {price}), ("値上", {price}), ("値上げ", {price}), ("言い出しにくい", {price}),
        ("名", {staff}), ("60", {staff}), ("従業員", {staff}), ("が", {price, staff}), ("ない", set()),
    ]:
        assert note_ids(store.search.notes(query)) == expected, query
    hit = store.search.notes("値上げ")[0]
    assert (hit.source, hit.session_id, hit.key, hit.date) == ("note", session, "owner_quote", "2026-11-20")
    assert "値上げ" in hit.text


def explain(store, query):
    """The query plan of the note search for ``query`` (its SQL caught as it runs)."""
    seen = []
    store.conn.set_trace_callback(seen.append)
    try:
        store.search.notes(query)
    finally:
        store.conn.set_trace_callback(None)
    sql = next(s for s in seen if s.startswith("SELECT n.id"))
    return " | ".join(r[-1] for r in store.conn.execute("EXPLAIN QUERY PLAN " + sql))


def test_three_characters_use_the_index_and_shorter_terms_look_up_or_scan(store, session, monkeypatch):
    from banso_desktop.store import search

    note = store.sessions.add_note(session, body="事業承継について家族で話し合えていない")
    tail = store.sessions.add_note(session, body="課題は承継")  # the term only in the last two characters
    assert "VIRTUAL TABLE INDEX" in explain(store, "事業承継") and "note_fts" in explain(store, "事業承継")
    assert "TEMP B-TREE" not in explain(store, "事業承継")
    # A short term held by few notes: the trigrams that begin with it (from the index's
    # vocabulary) and the last-two-characters index list them; each is one lookup.
    plan = explain(store, "承継")
    assert "SEARCH n USING INTEGER PRIMARY KEY" in plan and "note_fts" in plan and "note_tail2" in plan, plan
    assert note_ids(store.search.notes("承継")) == {note, tail}
    assert note_ids(store.search.notes("継")) == {note, tail}
    # A term in many notes walks the notes newest first and stops at the limit: no sort.
    monkeypatch.setattr(search, "DENSE_DOCS", 0)
    assert explain(store, "承継").startswith("SCAN n") and "TEMP B-TREE" not in explain(store, "承継")
    assert note_ids(store.search.notes("承継")) == {note, tail}
    monkeypatch.undo()
    # Empty the index (the rows stay): the trigram lookups find nothing; rebuilt, all again.
    store.conn.execute("INSERT INTO note_fts(note_fts) VALUES ('delete-all')")
    assert store.search.notes("事業承継") == []
    assert note_ids(store.search.notes("承継")) == {tail}  # the tail index is the table's own
    store.conn.execute("INSERT INTO note_fts(note_fts) VALUES ('rebuild')")
    assert note_ids(store.search.notes("事業承継")) == {note}
    assert note_ids(store.search.notes("承継")) == {note, tail}


@pytest.mark.parametrize("query", ["ABC", "ＡＢＣ", "abc", "ａｂｃ", "AB", "ａｂ", "ab", "Ａ", "c"])
def test_full_and_half_width_letters_find_each_other(store, session, query):
    full = store.sessions.add_note(session, body="ＡＢＣ商事との取引が売上の4割")
    half = store.sessions.add_note(session, body="abc工業に見積を出した")
    assert note_ids(store.search.notes(query)) == {full, half}


@pytest.mark.parametrize("query, found", [("１２３", True), ("123", True), ("１２", True), ("12", True), ("ｶﾞｷ", True),
                                          ("100%", True), ("％", True), ("_", False)])
def test_digits_half_width_kana_and_like_wildcards(store, session, query, found):
    note = store.sessions.add_note(session, body="123番の取引先、ガキ大将、還元率１００％")
    assert (note_ids(store.search.notes(query)) == {note}) is found


def test_every_term_must_match(store, session):
    both = store.sessions.add_note(session, body="主要取引先から値上げの通知があった")
    one = store.sessions.add_note(session, body="値上げは言い出しにくい")
    assert note_ids(store.search.notes("値上げ 取引先")) == {both}
    assert note_ids(store.search.notes("値上げ\u3000取引")) == {both}  # a full-width space separates too
    assert note_ids(store.search.notes("値 通知")) == {both}
    assert note_ids(store.search.notes("値上げ")) == {both, one}
    assert note_ids(store.search.notes("値上げ 在庫")) == set()
    assert store.search.notes("   ") == [] and store.search.everything("") == []
    assert query_terms(" 値上げ\u3000 取引先 ") == ["値上げ", "取引先"]
    assert term_variants("ＡＢＣ") == ["ＡＢＣ", "ABC"]


def test_tombstoned_notes_sessions_and_companies_are_not_found(store, company, session):
    kept = store.sessions.add_note(session, body="受発注の記録は紙で管理している")
    gone = store.sessions.add_note(session, body="受発注はFAXが中心")
    store.sessions.delete_note(gone)
    assert note_ids(store.search.notes("受発注")) == {kept}
    assert note_ids(store.search.notes("受発")) == {kept}

    other = store.companies.create({"name": "有限会社北斗運輸"})
    other_session = store.sessions.start(other, "2026-11-01", theme="受発注のデジタル化")
    elsewhere = store.sessions.add_note(other_session, body="受発注を電話で受けている")
    issue = store.sessions.add_issue(other, other_session, title="受発注の仕組みがない")
    assert note_ids(store.search.notes("受発注")) == {kept, elsewhere}
    assert {h.row_id for h in store.search.fields("受発注")} == {other_session, issue}
    store.companies.trash(other)
    assert note_ids(store.search.notes("受発注")) == {kept}
    assert note_ids(store.search.notes("受発")) == {kept}
    assert store.search.fields("受発注") == []
    store.companies.restore(other)
    store.sessions.delete(other_session)
    assert note_ids(store.search.notes("受発注")) == {kept}
    assert {h.row_id for h in store.search.fields("受発注")} == {issue}  # the 課題 stays with the company
    store.sessions.remove("issue", issue)
    assert store.search.fields("受発注") == []


def test_hits_on_every_kind_of_field(store, company, session):
    store.rokaben.set_text(company, "business.strengths", "熟練職人による安定した品質")
    sheet = store.design.current_sheet(company, create=True)
    store.design.set_text(sheet, "future.value", "職人の技を次の世代へつなぐ")
    issue = store.sessions.add_issue(company, session, title="技能承継の仕組みがない", owner_words="職人が高齢で心配だ")
    action = store.sessions.add_action(company, session, what="作業手順書を1工程分つくる", due_date="2026-12-20")
    store.sessions.update(session, {"summary": "若手への技能承継について対話した。"})

    by_source = {h.source: h for h in store.search.fields("職人")}
    assert set(by_source) == {"rokaben_text", "design_text", "issue"}
    assert by_source["rokaben_text"].key == "business.strengths"
    assert by_source["design_text"].key == "future.value"
    assert (by_source["issue"].row_id, by_source["issue"].session_id, by_source["issue"].key) == (
        issue, session, "candidate")
    hits = store.search.fields("作業手順書")
    assert [(h.source, h.row_id, h.date, h.session_id) for h in hits] == [("action", action, "2026-12-20", session)]
    hits = store.search.fields("技能承継")
    assert {(h.source, h.row_id) for h in hits} == {("issue", issue), ("session", session)}
    session_hit = next(h for h in hits if h.source == "session")
    assert session_hit.date == "2026-11-20" and "技能承継" in session_hit.text
    assert [h.source for h in store.search.fields("販路開拓")] == ["session"]  # the theme

    everything = store.search.everything("朝日食品")
    assert everything[0].source == "company" and everything[0].company_id == company
    mixed = store.search.everything("職人")
    assert {h.source for h in mixed} == {"rokaben_text", "design_text", "issue"}
    assert all(h.company_name == "株式会社朝日食品" for h in mixed)
    assert set(mixed[0].as_json()) == {"source", "company_id", "company_name", "session_id", "id", "key", "date", "text"}


def fts_count(store, phrase):
    return store.conn.execute(
        "SELECT count(*) FROM field_fts WHERE field_fts MATCH ?", ('"' + phrase + '"',)
    ).fetchone()[0]


def test_editing_a_field_updates_the_index(store, company, session):
    store.rokaben.set_text(company, "summary.issues", "価格転嫁が遅れている")
    issue = store.sessions.add_issue(company, session, title="値上げ交渉ができていない")
    action = store.sessions.add_action(company, session, what="主要取引先に値上げを打診する")
    assert fts_count(store, "価格転嫁") == 1

    store.rokaben.set_text(company, "summary.issues", "原価管理の仕組みがない")
    store.sessions.update_issue(issue, {"title": "見積に原価が反映されていない", "owner_words": "どんぶり勘定だった"})
    store.sessions.update_action(action, {"what": "原価計算表をつくる"})
    store.sessions.update(session, {"theme": "原価管理の相談"})
    for old in ("価格転嫁", "値上げ交渉", "値上げを打診", "販路開拓"):
        assert store.search.fields(old) == [], old
        assert fts_count(store, old) == 0, old
    assert {h.source for h in store.search.fields("原価")} == {"rokaben_text", "issue", "action", "session"}
    assert [h.row_id for h in store.search.fields("どんぶり勘定")] == [issue]
    # Changing a column that is not indexed leaves the entry alone.
    store.sessions.update_issue(issue, {"status": "agreed"})
    assert [h.row_id for h in store.search.fields("どんぶり勘定")] == [issue]
    assert store.conn.execute("SELECT count(*) FROM field_fts").fetchone()[0] == \
        store.conn.execute("SELECT count(*) FROM search_ref").fetchone()[0] == 4


def test_deleting_a_row_removes_it_from_the_index(store, company, session):
    issue = store.sessions.add_issue(company, session, title="月次の数字を把握する仕組みがない")
    store.sessions.add_action(company, session, what="試算表を毎月受け取る")
    refs = store.conn.execute("SELECT count(*) FROM search_ref").fetchone()[0]
    assert fts_count(store, "把握する") == 1
    with store.write() as conn:
        conn.execute("DELETE FROM issue WHERE id = ?", (issue,))
    assert fts_count(store, "把握する") == 0
    assert store.conn.execute("SELECT count(*) FROM search_ref WHERE row_id = ?", (issue,)).fetchone()[0] == 0
    assert store.conn.execute("SELECT count(*) FROM search_ref").fetchone()[0] == refs - 1
    assert fts_count(store, "試算表") == 1


def test_limit_and_newest_first(store, session):
    ids = [store.sessions.add_note(session, body=f"値上げの相談 その{n}") for n in range(5)]
    assert [h.row_id for h in store.search.notes("値上げ", limit=3)] == ids[::-1][:3]
    assert [h.row_id for h in store.search.notes("値", limit=2)] == ids[::-1][:2]


def test_snippet_is_cut_around_the_match(store, session):
    body = "前置き" * 30 + "核心の発言" + "後書き" * 30
    store.sessions.add_note(session, body=body)
    text = store.search.notes("核心")[0].text
    assert "核心の発言" in text and text.startswith("…") and text.endswith("…") and len(text) < len(body)


# --- property: a piece of a note always finds it, by either path ------------------------

KANA = [chr(c) for c in range(0x3041, 0x3097)] + [chr(c) for c in range(0x30A1, 0x30FB)] + ["ー"]
KANJI = list("値上売原価材料費経営者事業承継取引先受注職人技能会社品質計画数字月次")
ASCII = [c for c in string.printable if c not in string.whitespace]
FULL = [chr(ord(c) + 0xFEE0) for c in ASCII]
NOTE_TEXT = st.text(st.sampled_from(KANA + KANJI + ASCII + FULL), min_size=1, max_size=40)


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def _halfwidth(text: str) -> str:
    return "".join(chr(ord(c) - 0xFEE0) if "\uff01" <= c <= "\uff5e" else c for c in text)


def expected(query: str, body: str) -> bool:
    """What search promises: the query or its width twin is in the text, any case."""
    return all(any(v.lower() in body.lower() for v in term_variants(t)) for t in query_terms(query))


@pytest.fixture(scope="module")
def prop_store():
    with tempfile.TemporaryDirectory() as folder:
        s = open_store(Path(folder) / "prop.sqlite3")
        company = s.companies.create({"name": "検索検証"})
        yield s, s.sessions.start(company, "2026-11-20")
        s.close()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(bodies=st.lists(NOTE_TEXT, min_size=1, max_size=8), data=st.data())
def test_a_piece_of_a_note_finds_it(prop_store, bodies, data):
    store, session = prop_store
    with store.write() as conn:
        conn.execute("DELETE FROM note")
    ids = [store.sessions.add_note(session, body=b) for b in bodies]
    which = data.draw(st.integers(0, len(bodies) - 1), label="note")
    body = bodies[which]
    length = data.draw(st.integers(1, min(6, len(body))), label="length")
    start = data.draw(st.integers(0, len(body) - length), label="start")
    query = body[start:start + length]
    found = note_ids(store.search.notes(query))
    if query_terms(query):
        assert ids[which] in found
    assert found == {i for i, b in zip(ids, bodies) if expected(query, b)}
    # Typed another way (other case, other width), the same promise holds.
    typed = data.draw(st.sampled_from([str.swapcase, str.upper, str.lower, _fullwidth, _halfwidth]), label="typed")
    other = typed(query)
    assert note_ids(store.search.notes(other)) == {i for i, b in zip(ids, bodies) if expected(other, b)}
    # Looked up (few notes hold it) or scanned (as if many did): the same notes.
    from banso_desktop.store import search

    dense, search.DENSE_DOCS = search.DENSE_DOCS, 0
    try:
        assert note_ids(store.search.notes(query)) == found
        assert note_ids(store.search.notes(other)) == {i for i, b in zip(ids, bodies) if expected(other, b)}
    finally:
        search.DENSE_DOCS = dense


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=NOTE_TEXT, data=st.data())
def test_a_piece_of_a_field_finds_it(prop_store, body, data):
    store, session = prop_store
    company = store.sessions.get(session)["company_id"]
    store.rokaben.set_text(company, "business.strengths", body)
    length = data.draw(st.integers(1, min(6, len(body))))
    start = data.draw(st.integers(0, len(body) - length))
    query = body[start:start + length]
    if query_terms(query):
        assert "rokaben_text" in {h.source for h in store.search.fields(query)}
        typed = data.draw(st.sampled_from([str.swapcase, _fullwidth, _halfwidth]), label="typed")
        if expected(typed(query), body):
            assert "rokaben_text" in {h.source for h in store.search.fields(typed(query))}


def test_half_width_kana_stored_by_an_old_system_is_found_in_full_width(store):
    company_id = store.companies.create({"name": "半角カナ商店"})
    session_id = store.sessions.start(company_id, "2026-11-21")
    store.sessions.add_note(session_id, body="ｱｲｽｸﾘｰﾑの売上が伸びた")
    store.sessions.add_note(session_id, body="ｶﾞｿﾘﾝ代が上がった")
    for query in ("アイス", "アイ", "ア", "ガソリン", "ガソ", "ｱｲｽ"):
        assert store.search.notes(query), query


def test_referrals_and_kpis_are_found(store):
    company_id = store.companies.create({"name": "紹介検索商店"})
    action_id = store.sessions.add_action(company_id, None, what="来店理由を聞く")
    store.plan.add_kpi(action_id, name="リピート来店率", unit="%")
    store.plan.add_referral(company_id, date="2026-11-01", institution="よろず支援拠点", reason="ネット販売の立ち上げ")
    assert [h.source for h in store.search.fields("リピート来店")] == ["kpi"]
    assert [h.source for h in store.search.fields("ネット販売")] == ["referral"]
    assert [h.source for h in store.search.fields("よろず")] == ["referral"]
