"""行動計画書: a real store → a real PDF, read back with poppler (text, fonts, sizes)."""

from __future__ import annotations

import os
import stat
from datetime import date

import pytest

from banso_desktop import documents
from tests.documents import pdf_tools
from tests.helpers import run_banso
from tests.store.test_benchmarks import synthetic_csv

TODAY = date(2026, 11, 21)
M = 1_000  # 千円 in yen

PERIODS = {
    # period_end: (sales, operating income, depreciation, gross profit, labour cost) in 千円
    "2024-03-31": (100_000, 5_000, 1_000, 30_000, 20_000),
    "2025-03-31": (110_000, 6_000, 1_000, 32_000, 20_000),
    "2026-03-31": (99_000, -2_000, 1_000, 28_000, 20_000),
}


def make_company(store, tmp_path, *, benchmarks: bool = True, long_text: str = "") -> str:
    """A construction firm with three periods, one agreed 課題 with two 施策 (one overdue,
    one with a KPI), a candidate 課題, a referral and a next visit."""
    if benchmarks:
        store.benchmarks.import_file(synthetic_csv(tmp_path / "bench.csv"), "テスト基準値")
    company = store.companies.create({
        "name": "株式会社みどり工務店", "industry_code": "0201", "employees": 8,
        "representative_title": "代表取締役", "representative_name": "緑川 一郎", "address": "群馬県みどり市笠懸町1-2",
    })
    for end, (sales, income, dep, gross, labour) in PERIODS.items():
        store.periods.create(company, end, {
            "sales_yen": sales * M, "operating_income_yen": income * M, "depreciation_yen": dep * M,
            "gross_profit_yen": gross * M, "labor_cost_yen": labour * M, "employees": 8,
            "short_term_loans_yen": 20_000 * M, "long_term_loans_yen": 30_000 * M, "cash_and_deposits_yen": 10_000 * M,
            "accounts_receivable_yen": 15_000 * M, "inventories_yen": 5_000 * M, "accounts_payable_yen": 8_000 * M,
            "net_assets_yen": 40_000 * M, "total_assets_yen": 120_000 * M,
        })
    session = store.sessions.start(company, "2026-11-01", theme="価格の見直し")
    store.sessions.update(session, {"next_visit_date": "2026-12-20"})
    issue = store.sessions.add_issue(
        company, session, title="価格転嫁ができていない" + long_text, issue_side="core", wall="mukiawanai",
        owner_words="値上げを言い出せない。長年のお客さんだから。" + long_text, status="agreed",
    )
    store.sessions.add_issue(company, session, title="候補のままの課題", status="candidate")
    ask = store.sessions.add_action(company, session, issue_id=issue, what="主要取引先3社に値上げを打診する" + long_text,
                                    owner_role="owner", owner_name="緑川 一郎", due_date="2026-12-15", status="doing")
    kpi = store.plan.add_kpi(ask, name="値上げ合意社数", unit="社", baseline="0", target="3")
    store.plan.add_actual(kpi, "2026-11-30", "1")
    store.sessions.add_action(company, session, issue_id=issue, what="原価表を作る", owner_role="consultant",
                              due_date="2026-10-01", status="todo")
    store.plan.add_referral(company, date="2026-10-05", category="subcontracting", institution="よろず支援拠点",
                            reason="価格交渉の進め方を相談するため。", follow_up_date="2026-12-01")
    store.sessions.close(session, "11:30")
    return company


def plan_pdf(store, company, tmp_path, lang="ja", name="plan.pdf"):
    content = documents.gather(store, company, TODAY)
    return pdf_tools.save(tmp_path, name, documents.render("plan", content, lang))


def test_the_plan_holds_company_headings_figures_and_the_owners_words(store, tmp_path):
    company = make_company(store, tmp_path)
    path = plan_pdf(store, company, tmp_path)
    text = pdf_tools.flat(path)
    for expected in (
        "行動計画書", "株式会社みどり工務店", "緑川一郎", "令和8年11月21日（2026年11月21日）",
        "現状", "ローカルベンチマーク", "(単位：千円)", "経営者の言葉", "行動計画", "次回の訪問",
        "価格転嫁ができていない", "「値上げを言い出せない。長年のお客さんだから。」", "向き合わない",
        "主要取引先3社に値上げを打診する", "よろず支援拠点", "令和8年12月20日",
    ):
        assert expected in text, expected
    # ロカベン: sales fell 10% (▲10.00%), EBITDA ≤ 0 gives ④ no value, 1 point, and says why.
    assert "▲10.00%" in text
    assert "EBITDA" in text and "1" in text
    # Money in 千円 with separators and ▲: operating income ▲2,000; value added 27,000 → 19,000 (▲8,000, ▲29.6%).
    assert "▲2,000" in text and "19,000" in text and "▲8,000（▲29.6%）" in text
    # The KPI with its target and the latest actual; the overdue 施策 is marked.
    assert "値上げ合意社数" in text and "3社" in text and "1社" in text
    assert "期限超過" in text
    # A candidate 課題 is not yet the owner's plan.
    assert "候補のままの課題" not in text


def test_points_total_and_rank_match_the_scoring_rules(store, tmp_path):
    company = make_company(store, tmp_path)
    content = documents.gather(store, company, TODAY)
    latest = content.assessment.periods[-1]
    assert latest.total is not None and latest.rank is not None
    text = pdf_tools.flat(plan_pdf(store, company, tmp_path))
    assert f"{latest.total}/30{latest.rank}" in text


def test_without_benchmarks_the_values_show_and_the_reason_is_given(store, tmp_path):
    company = make_company(store, tmp_path, benchmarks=False)
    text = pdf_tools.flat(plan_pdf(store, company, tmp_path))
    assert "基準値未登録" in text and "▲10.00%" in text


def test_every_font_is_embedded_as_a_subset_and_pages_are_a4_portrait(store, tmp_path):
    path = plan_pdf(store, make_company(store, tmp_path), tmp_path)
    fonts = pdf_tools.fonts(path)
    assert fonts, "no fonts listed"
    assert all(f["emb"] == "yes" and f["sub"] == "yes" for f in fonts), fonts
    assert all("BIZUDGothic" in f["name"] for f in fonts), fonts
    assert all(pdf_tools.is_a4(size) for size in pdf_tools.page_sizes(path))


def test_page_numbers_and_the_company_in_the_header_from_page_two(store, tmp_path):
    long_text = "。".join(f"長い話の{i}番目の文です" for i in range(120)) + "。"
    path = plan_pdf(store, make_company(store, tmp_path, long_text=long_text), tmp_path)
    pages = pdf_tools.pages(path)
    assert len(pages) >= 3
    for number, page in enumerate(pages, 1):
        assert f"{number} / {len(pages)}" in page
    assert all("株式会社みどり工務店" in page for page in pages[1:])


def test_long_text_flows_onto_more_pages_and_nothing_is_cut_off(store, tmp_path):
    short = plan_pdf(store, make_company(store, tmp_path), tmp_path, name="short.pdf")
    marker_text = "。".join(f"第{i}文の終わりまで読めること" for i in range(200)) + "。最後の一文ZZ9です。"
    store2_path = tmp_path / "long"
    store2_path.mkdir()
    from banso_desktop.store import open_store

    other = open_store(store2_path / "b.sqlite3")
    try:
        path = plan_pdf(other, make_company(other, store2_path, long_text=marker_text), store2_path, name="long.pdf")
    finally:
        other.close()
    assert int(pdf_tools.info(path)["Pages"]) > int(pdf_tools.info(short)["Pages"])
    text = pdf_tools.flat(path)
    # Every sentence of each long cell is there, the last one included (three cells carry it).
    for i in (0, 57, 133, 199):
        assert text.count(f"第{i}文の終わりまで読めること") >= 3, i
    assert text.count("最後の一文ZZ9です。") >= 3


def test_no_line_starts_with_a_closing_mark_kinsoku(store, tmp_path):
    # Commas and closing brackets at every possible position of a long owner's quote.
    quote = "".join(f"売上は{'あ' * (i % 7)}、利益は「{i}」。" for i in range(150))
    path = plan_pdf(store, make_company(store, tmp_path, long_text=quote), tmp_path)
    assert pdf_tools.lines_breaking_kinsoku(path) == []


def test_english_on_request(store, tmp_path):
    path = plan_pdf(store, make_company(store, tmp_path), tmp_path, lang="en")
    text = pdf_tools.flat(path)
    for expected in ("Actionplan", "株式会社みどり工務店", "21Nov2026", "(Unit:thousandyen)", "Overdue", "Nextvisit",
                     "20Dec2026"):
        assert expected in text, expected
    assert "行動計画書" not in text


def test_a_company_with_nothing_yet_still_prints_a_clean_form(store, tmp_path):
    company = store.companies.create({"name": "新規の商店"})
    text = pdf_tools.flat(plan_pdf(store, company, tmp_path))
    assert "新規の商店" in text and "決算期がまだ入力されていません" in text and "未定" in text


def test_unknown_company_is_a_clear_error(store):
    with pytest.raises(documents.DocumentError):
        documents.gather(store, "no-such-company", TODAY)


# --- the CLI ----------------------------------------------------------------------------------------


def test_cli_exports_each_document(store, db_path, tmp_path):
    company = make_company(store, tmp_path)
    store.close()
    for kind, landscape in (("plan", False), ("rokaben", True), ("design", True)):
        out = tmp_path / f"{kind}.pdf"
        done = run_banso("export", kind, "--db", str(db_path), "--company", company, "--out", str(out),
                         "--lang", "ja", "--today", "R8.11.21")
        assert done.returncode == 0, done.stderr
        assert str(out) in done.stdout
        assert "株式会社みどり工務店" in pdf_tools.flat(out)
        assert all(pdf_tools.is_a4(s, landscape=landscape) for s in pdf_tools.page_sizes(out))


def test_cli_errors_are_one_line(store, db_path, tmp_path):
    company = make_company(store, tmp_path)
    store.close()
    missing = run_banso("export", "plan", "--db", str(db_path), "--company", "nope", "--out", str(tmp_path / "x.pdf"))
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1 and "nope" in missing.stderr
    nowhere = run_banso("export", "plan", "--db", str(db_path), "--company", company,
                        "--out", str(tmp_path / "no" / "such" / "x.pdf"))
    assert nowhere.returncode == 2 and "Traceback" not in nowhere.stderr
    assert not (tmp_path / "no").exists()


def test_words_of_a_long_english_quote_stay_apart_across_pages(store, tmp_path):
    quote = " ".join(f"w{i}" for i in range(3000))
    company = make_company(store, tmp_path)
    issue = store.plan.export(company, TODAY)["issues"][0]["id"]
    store.sessions.update_issue(issue, {"owner_words": quote})
    path = plan_pdf(store, company, tmp_path, lang="en")
    words = pdf_tools.text(path).split()
    glued = [w for w in words if w.count("w") > 1 and w.replace("w", "").isdigit()]
    assert glued == []
    assert "w2999" in words[-400:] or "w2999" in " ".join(words)


def test_characters_the_font_lacks_are_named_for_the_user(store, db_path, tmp_path):
    company = store.companies.create({"name": "株式会社𠮷田商店"})
    content = documents.gather(store, company, TODAY)
    assert content.missing_glyphs() == "𠮷"
    store.close()
    done = run_banso("export", "plan", "--db", str(db_path), "--company", company, "--out", str(tmp_path / "p.pdf"))
    assert done.returncode == 0 and "𠮷" in done.stderr and done.stderr.count("\n") == 1


def test_a_date_before_meiji_in_the_data_prints_as_stored(store, tmp_path):
    company = make_company(store, tmp_path)
    action = store.plan.export(company, TODAY)["issues"][0]["actions"][0]["id"]
    store.conn.execute("UPDATE action SET due_date = '1800-01-01' WHERE id = ?", (action,))
    store.conn.commit()
    assert "1800-01-01" in pdf_tools.flat(plan_pdf(store, company, tmp_path))


def test_the_pdf_file_gets_the_mode_of_a_new_file_not_a_private_one(store, tmp_path):
    company = make_company(store, tmp_path)
    out = documents.export(store, "plan", company, tmp_path / "plan.pdf", "ja", TODAY)
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask


@pytest.mark.parametrize("kind", documents.KINDS)
def test_an_absurdly_long_name_is_a_clear_message_or_a_document_never_a_layout_crash(store, tmp_path, kind):
    company = store.companies.create({"name": "株" * 1500})
    content = documents.gather(store, company, TODAY)
    try:
        data = documents.render(kind, content, "ja")
    except documents.DocumentError as exc:
        assert "too long" in exc.render(lambda _c, text: text)
    else:
        assert data.startswith(b"%PDF-")
