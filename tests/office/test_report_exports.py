"""The yearly report exported: a real store → year_report → .xlsx (read back with openpyxl)
and PDF (read back with poppler: text, fonts, page sizes, rendering)."""

from __future__ import annotations

import io
import re
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

import openpyxl
import pytest

from banso_desktop.documents.office_report import office_report_pdf
from banso_desktop.i18n import translator
from banso_desktop.office.history import load_history
from banso_desktop.office.kpi import FIGURES, MONEY, year_report
from banso_desktop.office.labels import FIGURE_NAMES, FIGURE_RULES, FIGURE_UNITS
from banso_desktop.office.workbook import MONEY_FORMAT, sheet_name, workbook_bytes
from tests.documents import pdf_tools

MADE_ON = date(2026, 4, 10)
ORGANIZATION = "みどり商工会 経営支援課"
M = 1_000_000  # a million yen


def thousand(yen: int) -> int:
    """Whole yen in 千円, rounded half up (as the office screen and every document show it)."""
    return int((Decimal(yen) / 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def shown(value: int) -> str:
    return f"▲{-value:,}" if value < 0 else f"{value:,}"


def _entered(store, period_id: str, timestamp: str) -> None:
    """When the 決算 figures were typed (the analysis date is its JST date)."""
    store.conn.execute("UPDATE fiscal_period SET created_at = ? WHERE id = ?", (timestamp, period_id))


@pytest.fixture
def office(store):
    """Two companies supported in fiscal 2025 (令和7年度), one supported only the year
    before, and one supported in the year but trashed."""
    a = store.companies.create({"name": "株式会社テスト商事", "name_kana": "テストショウジ"})
    old = store.periods.create(a, "2024-03-31", {
        "sales_yen": 100 * M, "gross_profit_yen": 30 * M, "operating_income_yen": 5 * M,
        "labor_cost_yen": 20 * M, "depreciation_yen": 1 * M})
    new = store.periods.create(a, "2025-03-31", {
        "sales_yen": 123_456_789, "gross_profit_yen": 31_234_567, "operating_income_yen": 6 * M,
        "labor_cost_yen": 21 * M, "depreciation_yen": 1_500_000})
    _entered(store, old, "2024-06-01T01:00:00Z")
    _entered(store, new, "2025-05-09T16:00:00Z")  # 2025-05-10 in Japan
    first = store.sessions.start(a, "2025-05-10", theme="価格の見直し")
    store.sessions.add_action(a, first, what="主要取引先に値上げを打診する", status="todo")
    store.sessions.start(a, "2025-08-01", theme="値上げ交渉の進捗確認")
    store.plan.add_referral(a, date="2025-07-01", institution="よろず支援拠点", outcome="専門家派遣で原価計算を整えた",
                            outcome_date="2025-09-01")

    b = store.companies.create({"name": "有限会社みなみ製作所", "name_kana": "ミナミセイサクショ"})
    for end, sales, gross, income, when in (
        ("2024-03-31", 50 * M, 20 * M, 2 * M, "2024-05-01T01:00:00Z"),
        ("2025-03-31", 48_765_432, None, -3_456_789, "2025-03-01T01:00:00Z"),  # typed before the year
    ):
        period = store.periods.create(b, end, {
            "sales_yen": sales, "gross_profit_yen": gross, "operating_income_yen": income,
            "labor_cost_yen": 10 * M, "depreciation_yen": 500_000})
        _entered(store, period, when)
    plan_session = store.sessions.start(b, "2024-10-01", theme="事業承継")
    store.sessions.add_action(b, plan_session, what="後継者と月1回話し合う", status="doing")
    store.sessions.start(b, "2025-06-15", theme="後継者との話し合いの振り返り")
    issue = store.sessions.add_issue(b, plan_session, title="価格転嫁ができていない", status="agreed")
    store.sessions.update_issue(issue, {"status": "resolved"})
    store.conn.execute("UPDATE issue SET status_changed_at = ? WHERE id = ?", ("2025-12-01T03:00:00Z", issue))

    c = store.companies.create({"name": "さくら食堂", "name_kana": "サクラショクドウ"})
    store.sessions.start(c, "2024-05-01", theme="前年度の相談")
    gone = store.companies.create({"name": "削除済み商店", "name_kana": "サクジョズミショウテン"})
    store.sessions.start(gone, "2025-07-07")
    store.companies.trash(gone)
    store.conn.commit()
    return year_report(load_history(store.conn), 2025)


def test_the_fixture_holds_the_figures_we_expect(office):
    values = {key: f.value for key, f in office.figures.items()}
    assert values == {
        "supported_companies": 2, "analysed_companies": 1, "planned_companies": 1,
        "follow_up_companies": 2, "follow_up_sessions": 2,
        "sales_increased": 1, "sales_decreased": 1, "sales_flat": 0, "sales_unknown": 0,
        "gross_profit_increased": 1, "gross_profit_decreased": 0, "gross_profit_flat": 0, "gross_profit_unknown": 1,
        "value_added_yen": 28_500_000 + 7_043_211,
        "value_added_increase_yen": 2_500_000 - 5_456_789,
        "value_added_increased_companies": 1,
        "referrals_made": 1, "referrals_closed": 1, "issues_resolved": 1,
    }


# --- the workbook ---------------------------------------------------------------------------------


def _book(report, lang="ja", organization=ORGANIZATION):
    data = workbook_bytes(report, lang, MADE_ON, organization)
    assert data[:2] == b"PK"
    return openpyxl.load_workbook(io.BytesIO(data))


def test_workbook_summary_sheet_holds_every_figure_exactly(office):
    t = translator("ja")
    book = _book(office)
    assert book.sheetnames == [t("office", "Yearly report"), t("office", "Details")]
    ws = book.worksheets[0]
    cells = [c for row in ws.iter_rows() for c in row if c.value is not None]
    texts = [str(c.value) for c in cells]
    assert "令和7年度" in texts[0] and "2025" in texts[0]
    assert ORGANIZATION in texts
    assert any("令和8年4月10日" in x for x in texts)  # made on
    assert any("令和7年4月1日" in x and "令和8年3月31日" in x for x in texts)  # the period

    header = next(c.row for c in ws["A"] if c.value == t("office", "Item"))
    assert [ws.cell(header, col).value for col in range(1, 5)] == [
        t("office", "Item"), t("office", "Value"), t("office", "Unit"), t("office", "How it is counted")]
    for offset, key in enumerate(FIGURES, 1):
        row = header + offset
        value = ws.cell(row, 2)
        assert ws.cell(row, 1).value == t("office", FIGURE_NAMES[key])
        assert ws.cell(row, 3).value == t("office", FIGURE_UNITS[key])
        assert ws.cell(row, 4).value == t("office", FIGURE_RULES[key])
        assert type(value.value) is int
        if key in MONEY:
            assert value.value == thousand(office[key].value)
            assert value.number_format == MONEY_FORMAT
        else:
            assert value.value == office[key].value
    assert ws.cell(header + FIGURES.index("value_added_yen") + 1, 2).value == 35_543
    assert ws.cell(header + FIGURES.index("value_added_increase_yen") + 1, 2).value == -2_957  # half up, as every document prints 千円
    assert ws.freeze_panes == f"A{header + 1}"


def test_workbook_details_sheet_has_one_row_per_drill_down_row(office):
    t = translator("ja")
    ws = _book(office).worksheets[1]
    assert ws.freeze_panes == "A2"
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    expected = [(key, r) for key in FIGURES for r in office[key].rows]
    assert len(rows) == len(expected) == 20
    assert ws.auto_filter.ref == f"A1:H{len(rows) + 1}"
    for line, (key, r) in zip(rows, expected):
        name, company, day, period_end, detail, latest, previous, change = line
        assert name == t("office", FIGURE_NAMES[key])
        assert company == r["company_name"]
        assert (day.date() if day else None) == r["date"]
        assert (period_end.date().isoformat() if period_end else None) == r.get("period_end")
        assert detail is None or isinstance(detail, str)
        if key.startswith(("sales_", "gross_profit_")):
            assert (latest, previous, change) == tuple(
                None if r.get(k) is None else thousand(r[k]) for k in ("latest_yen", "previous_yen", "change_yen"))
        elif key.startswith("value_added"):
            assert (latest, previous, change) == (thousand(r["value_added_yen"]), None, thousand(r["change_yen"]))
        else:
            assert (latest, previous, change) == (None, None, None)
    for row in ws.iter_rows(min_row=2):
        assert row[2].value is None or row[2].is_date
        assert row[3].value is None or row[3].is_date
        for cell in row[5:]:
            assert cell.value is None or cell.number_format == MONEY_FORMAT
    by_figure = {(line[0], line[1]): line for line in rows}
    decreased = by_figure[(t("office", FIGURE_NAMES["sales_decreased"]), "有限会社みなみ製作所")]
    assert decreased[5:] == (48_765, 50_000, -1_235)  # -1,234,568 yen, half up
    assert by_figure[(t("office", FIGURE_NAMES["issues_resolved"]), "有限会社みなみ製作所")][2] == datetime(2025, 12, 1)
    assert "価格転嫁ができていない" in by_figure[(t("office", FIGURE_NAMES["issues_resolved"]), "有限会社みなみ製作所")][4]
    referral = by_figure[(t("office", FIGURE_NAMES["referrals_closed"]), "株式会社テスト商事")]
    assert referral[2] == datetime(2025, 9, 1)
    assert "よろず支援拠点" in referral[4] and "専門家派遣で原価計算を整えた" in referral[4]
    session = by_figure[(t("office", FIGURE_NAMES["follow_up_sessions"]), "株式会社テスト商事")]
    assert session[2] == datetime(2025, 8, 1) and session[4] == "値上げ交渉の進捗確認"


def test_workbook_in_english(office):
    book = _book(office, "en", "")
    assert book.sheetnames == ["Yearly report", "Details"]
    ws = book.worksheets[0]
    assert ws["A1"].value == "Support results for fiscal year 2025 (Reiwa 7)"
    assert [c.value for c in ws["A"]].count("Companies supported") == 1


def test_a_name_that_looks_like_a_formula_stays_text(store):
    company = store.companies.create({"name": '=HYPERLINK("http://example.com","x")', "name_kana": "ア"})
    store.sessions.start(company, "2025-04-02")
    report = year_report(load_history(store.conn), 2025)
    ws = _book(report).worksheets[1]
    cell = ws["B2"]
    assert cell.value == '=HYPERLINK("http://example.com","x")' and cell.data_type == "s"


def test_sheet_names_are_always_valid():
    for text in ("年次報告", "Q1/Q2: [draft]*?\\", "x" * 40, "'quoted'", "::"):
        name = sheet_name(text)
        assert 1 <= len(name) <= 31 and not re.search(r"[\[\]:*?/\\]", name) and not name.startswith("'")
    assert sheet_name("Details", {"details"}) != "Details"


def test_an_empty_year_exports_without_rows(store):
    report = year_report(load_history(store.conn), 2030)
    book = _book(report)
    assert book.worksheets[1].max_row == 1
    pdf = office_report_pdf(report, "ja", MADE_ON)
    assert pdf.startswith(b"%PDF-")


# --- the PDF --------------------------------------------------------------------------------------


def test_pdf_in_japanese(office, tmp_path):
    t = translator("ja")
    path = pdf_tools.save(tmp_path, "report.pdf", office_report_pdf(office, "ja", MADE_ON, ORGANIZATION))
    flat = pdf_tools.flat(path)
    assert "令和7年度" in flat and "2025" in flat
    assert re.sub(r"\s+", "", ORGANIZATION) in flat
    for key in FIGURES:
        assert re.sub(r"\s+", "", t("office", FIGURE_NAMES[key])) in flat, key
    # Amounts in 千円 with separators and ▲.
    for text in ("35,543", "▲2,957", "▲1,235", "123,457", "48,765"):
        assert text in flat, text
    for text in ("株式会社テスト商事", "有限会社みなみ製作所", "よろず支援拠点", "価格転嫁ができていない",
                 "値上げ交渉の進捗確認", "令和7年12月1日"):
        assert text in flat, text
    assert "さくら食堂" not in flat and "削除済み商店" not in flat
    assert all(pdf_tools.is_a4(size) for size in pdf_tools.page_sizes(path))
    fonts = pdf_tools.fonts(path)
    assert fonts and all(f["emb"] == "yes" for f in fonts)
    assert all("BIZUDGothic" in f["name"] for f in fonts)
    pngs = pdf_tools.render_png(path, tmp_path / "page")
    assert len(pngs) == int(pdf_tools.info(path)["Pages"]) >= 2
    assert all(p.stat().st_size > 1000 for p in pngs)
    assert pdf_tools.lines_breaking_kinsoku(path) == []


def test_pdf_in_english(office, tmp_path):
    path = pdf_tools.save(tmp_path, "report.pdf", office_report_pdf(office, "en", MADE_ON, ""))
    text = pdf_tools.text(path)
    assert "Support results for fiscal year 2025 (Reiwa 7)" in text
    assert "Companies supported" in text and "▲2,957" in text
    assert all(f["emb"] == "yes" for f in pdf_tools.fonts(path))


def test_demo_office_exports_agree_with_the_report(store, tmp_path):
    """500 demo companies: long lists run over pages with their header repeated, and
    the workbook holds every row."""
    from banso_desktop.demo import create_demo

    create_demo(store, companies=500, seed=1, today=MADE_ON)
    report = year_report(load_history(store.conn), 2025)
    total_rows = sum(len(f.rows) for f in report.figures.values())
    assert report["supported_companies"].value > 300

    t = translator("ja")
    book = _book(report)
    summary, details = book.worksheets
    header = next(c.row for c in summary["A"] if c.value == t("office", "Item"))
    for offset, key in enumerate(FIGURES, 1):
        expected = thousand(report[key].value) if key in MONEY else report[key].value
        assert summary.cell(header + offset, 2).value == expected, key
    assert details.max_row == total_rows + 1

    path = pdf_tools.save(tmp_path, "demo.pdf", office_report_pdf(report, "ja", MADE_ON, ORGANIZATION))
    pages = pdf_tools.pages(path)
    assert len(pages) > 20
    company = t("office", "Company")
    assert all(company in page for page in pages[1:])  # every drill-down page repeats its table header
    assert all(pdf_tools.is_a4(size) for size in pdf_tools.page_sizes(path))
    assert all(f["emb"] == "yes" for f in pdf_tools.fonts(path))


# --- progress, cancelling, and long lists laid out a page at a time -------------------------------


def _export(kind: str):
    if kind == "xlsx":
        return lambda report, **kw: workbook_bytes(report, "ja", MADE_ON, ORGANIZATION, **kw)
    return lambda report, **kw: office_report_pdf(report, "ja", MADE_ON, ORGANIZATION, **kw)


@pytest.fixture
def demo(store):
    from banso_desktop.demo import create_demo

    create_demo(store, companies=500, seed=1, today=MADE_ON)
    return year_report(load_history(store.conn), 2025)


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_exports_tell_their_progress_up_to_the_total(demo, kind):
    total = sum(len(f.rows) for f in demo.figures.values())
    assert total > 2000
    calls: list[tuple[int, int]] = []
    data = _export(kind)(demo, progress=lambda done, rows: calls.append((done, rows)))
    assert data[:4] in (b"PK\x03\x04", b"%PDF")
    assert {rows for _, rows in calls} == {total}
    done = [d for d, _ in calls]
    assert done[0] == 0 and done[-1] == total and done == sorted(done)
    assert max(b - a for a, b in zip(done, done[1:])) <= 600  # now and then: every ~500 rows


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_an_exception_from_progress_stops_the_export(demo, kind):
    class Cancelled(Exception):
        pass

    total = sum(len(f.rows) for f in demo.figures.values())
    done: list[int] = []

    def progress(rows: int, _total: int) -> None:
        done.append(rows)
        if rows >= 1000:
            raise Cancelled

    with pytest.raises(Cancelled):
        _export(kind)(demo, progress=progress)
    assert 1000 <= done[-1] < total and sum(d >= 1000 for d in done) == 1  # stopped there


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_an_empty_year_tells_its_progress_too(store, kind):
    calls: list[tuple[int, int]] = []
    _export(kind)(year_report(load_history(store.conn), 2030), progress=lambda *call: calls.append(call))
    assert calls and calls[-1] == (0, 0)


def test_long_lists_print_as_one_reportlab_table_would(store, tmp_path, monkeypatch):
    """The drill-down lays a long list out a page at a time, with plain strings for the
    texts that fit on their line: the pages look exactly as with one Table of
    Paragraphs split by reportlab, rows split across a page break included."""
    import random

    from banso_desktop.documents import office_report
    from banso_desktop.documents.base import STYLES, para

    rnd = random.Random(3)
    words = ["価格の見直し", "後継者", "「資金繰り」の改善。", "EBITDA", "1,234千円", "（仮）", " ", "　", "A&B <x>"]

    def text(n: int) -> str:
        return "".join(rnd.choice(words) for _ in range(n)).strip() or "x"

    for i in range(40):
        company = store.companies.create({"name": text(rnd.choice([1, 2, 3, 12])), "name_kana": "ア"})
        first = store.sessions.start(company, f"2025-04-{i % 28 + 1:02d}", theme=text(2))
        store.sessions.add_action(company, first, what="やること", status="todo")
        for month in (5, 6):
            length = 400 if i in (7, 23) else rnd.choice([1, 3, 10, 30, 60])  # two longer than a page
            store.sessions.start(company, f"2025-{month:02d}-{i % 28 + 1:02d}", theme=text(length))
    store.conn.commit()
    report = year_report(load_history(store.conn), 2025)
    assert len(report["follow_up_sessions"].rows) > 60

    fast = pdf_tools.save(tmp_path, "fast.pdf", office_report_pdf(report, "ja", MADE_ON, ORGANIZATION))
    monkeypatch.setattr(office_report, "_LongTable", lambda make, header, rows, cells: make(
        [header, *(cells(number, r) for number, r in enumerate(rows, 1))]))
    monkeypatch.setattr(office_report, "_wrapping", lambda text, _width, _fits: para(text, STYLES.cell))
    plain = pdf_tools.save(tmp_path, "plain.pdf", office_report_pdf(report, "ja", MADE_ON, ORGANIZATION))

    assert pdf_tools.text(fast) == pdf_tools.text(plain)
    (tmp_path / "fast").mkdir()
    (tmp_path / "plain").mkdir()
    fast_pages = pdf_tools.render_png(fast, tmp_path / "fast" / "page")
    plain_pages = pdf_tools.render_png(plain, tmp_path / "plain" / "page")
    assert len(fast_pages) == len(plain_pages) > 10
    assert [p.read_bytes() for p in fast_pages] == [p.read_bytes() for p in plain_pages]
