"""The ロカベンシート PDF, made from a real SQLite store and read back with poppler:
three A4 landscape pages, the figures as printed (千円, ▲, points, total, rank), the
reasons for values that cannot be computed, embedded fonts, and long answers that
flow onto more pages without losing a sentence."""

from __future__ import annotations

import re
import shutil
from datetime import date

import pytest

from banso_desktop.documents import gather, render
from banso_desktop.documents.base import Context
from banso_desktop.domain.rokaben import Indicator, Reason
from banso_desktop.i18n import translator
from tests.documents import pdf_tools
from tests.store.test_benchmarks import synthetic_csv

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) not installed")

TODAY = date(2026, 11, 21)
COMPANY = "株式会社テスト精機"


def figures(sales, income, depreciation, employees, loans, cash, net_assets, total_assets):
    return {
        "sales_yen": sales, "operating_income_yen": income, "depreciation_yen": depreciation,
        "employees": employees, "short_term_loans_yen": loans, "long_term_loans_yen": 0,
        "cash_and_deposits_yen": cash, "accounts_receivable_yen": 12_000_000, "inventories_yen": 5_000_000,
        "accounts_payable_yen": 8_000_000, "net_assets_yen": net_assets, "total_assets_yen": total_assets,
    }


def make_company(store, *, texts=None, steps=None, parties=None, periods=True):
    company = store.companies.create({
        "name": COMPANY, "representative_title": "代表取締役", "representative_name": "山田 太郎",
        "industry_code": "0201", "employees": 10,
    })
    if periods:
        store.periods.create(company, "2022-03-31", {"sales_yen": 90_000_000})  # for the oldest growth rate
        # EBITDA = ▲1,234,567 + 234,567 ≤ 0: ④ has no value and scores 1 point.
        store.periods.create(company, "2023-03-31", figures(
            100_000_000, -1_234_567, 234_567, 8, 30_000_000, 10_000_000, -2_500_000, 80_000_000))
        store.periods.create(company, "2024-03-31", figures(
            110_000_000, 3_000_000, 1_000_000, 9, 30_000_000, 12_000_000, 18_000_000, 82_000_000))
        # 営業利益率 6,000 / 120,000 = 5.00% (4 points); (30,000 − 14,000) ÷ (6,000 + 2,000) = 2.00倍 (4 points).
        store.periods.create(company, "2025-03-31", figures(
            120_000_000, 6_000_000, 2_000_000, 10, 30_000_000, 14_000_000, 24_000_000, 85_000_000))
    for key, body in (texts if texts is not None else {
        "owner.vision": "地域の現場を支える「段取り力」で選ばれ続ける。",
        "business.strengths": "短納期への対応力。",
        "summary.current_state": "受注は安定しているが、人手不足。",
        "summary.measures": "作業手順を文書化する。",
    }).items():
        store.rokaben.set_text(company, key, body)
    for name, content, differentiation in (steps if steps is not None else [
        ("受注", "現場調査と見積", "即日見積"), ("施工", "自社職人が施工", "熟練の技術"),
    ]):
        step = store.rokaben.add_step(company, name)
        store.rokaben.update_step(step, {"content": content, "differentiation": differentiation})
    for role, name, reason in (parties if parties is not None else [
        ("supplier", "富士資材株式会社", "品質が安定している"),
        ("customer", "株式会社田中建設", "短納期を評価されている"),
        ("partner", "有限会社佐藤電設", "電気工事を任せられる"),
    ]):
        party = store.rokaben.add_party(company, role)
        store.rokaben.update_party(party, {"name": name, "reason": reason})
    return company


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def make_pdf(tmp_path, store, company, lang="ja"):
    return pdf_tools.save(tmp_path, f"rokaben_{lang}.pdf", render("rokaben", gather(store, company, TODAY), lang))


def body_text(path, lang: str) -> str:
    """Every page's text without the page header and footer and without the table headers
    repeated on each page, joined: a sentence that runs over a page break reads as one."""
    t = translator(lang)
    texts = pdf_tools.pages(path)
    made = f'{t("pdf", "Made on")} {Context.for_language(lang).date(TODAY)}'  # the footer
    repeated = {COMPANY, t("pdf", "Local Benchmark sheet"), made,
                t("pdf", "Perspective"), t("pdf", "Item"), t("pdf", "Notes")}
    out = []
    for number, text in enumerate(texts, start=1):
        lines = [line.strip() for line in text.splitlines()]
        out += [line for line in lines if line not in repeated and line != f"{number} / {len(texts)}"]
    return flat("".join(out))


def tokens_after(layout_text: str, label: str) -> list[str]:
    """The words printed on the table row that starts with ``label`` (pdftotext -layout)."""
    for line in layout_text.splitlines():
        if line.startswith(label + " "):  # rows start at the left edge; the radar's notes do not
            return line[len(label):].split()
    raise AssertionError(f"no row {label!r} in:\n{layout_text}")


@pytest.fixture
def with_benchmarks(store, tmp_path):
    store.benchmarks.import_file(synthetic_csv(tmp_path / "bench.csv"), "テスト基準値2026")
    return store


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_three_landscape_pages_with_figures_points_and_rank(with_benchmarks, tmp_path, lang):
    store = with_benchmarks
    company = make_company(store)
    content = gather(store, company, TODAY)
    path = make_pdf(tmp_path, store, company, lang)
    sizes = pdf_tools.page_sizes(path)
    assert len(sizes) == 3 and all(pdf_tools.is_a4(size, landscape=True) for size in sizes)
    t = translator(lang)
    first, second, third = (flat(p) for p in pdf_tools.pages(path))
    assert COMPANY in first and "山田太郎" in first and "テスト基準値2026" in first
    assert flat(t("pdf", "Financial analysis")) in first
    assert flat(t("pdf", "(Unit: thousand yen)")) in first
    assert flat(t("pdf", "(size decided from the number of employees)")) in first
    assert "▲1,235" in first  # 営業利益 ▲1,234,567 yen in 千円, rounded, with separators
    assert "120,000" in first and "85,000" in first
    assert flat(t("rokaben", Reason.EBITDA_NOT_POSITIVE.message)) in first

    layout = pdf_tools.text(path, layout=True).split("\f")[0]
    latest = content.assessment.periods[-1]
    assert latest.results[Indicator.OPERATING_MARGIN].score == 4
    margin = tokens_after(layout, t("labels", "② Operating margin"))
    assert margin[margin.index("5.00%") + 1] == "4"  # the value, then its points
    ratio = tokens_after(layout, t("labels", "④ Debt to EBITDA"))
    mark = "※1" if lang == "ja" else "*1"
    assert ratio[:3] == ["—", mark, "1"]  # EBITDA ≤ 0: no value, a note mark, and 1 point
    assert ratio[ratio.index("2.00倍" if lang == "ja" else "2.00×") + 1] == "4"
    assert flat(mark + t("labels", "④ Debt to EBITDA")) in first  # the note under the table
    totals = tokens_after(layout, t("pdf", "Total score"))
    assert " ".join(totals[:9]) == " ".join(f"{p.total} / 30" for p in content.assessment.periods[-3:])
    ranks = tokens_after(layout, t("pdf", "Rank"))
    assert ranks[:3] == [p.rank for p in content.assessment.periods[-3:]]

    assert flat(t("pdf", "Commercial flow")) in second and flat(t("pdf", "Business flow")) in second
    assert "富士資材株式会社" in second and "短納期を評価されている" in second and "即日見積" in second
    assert flat(t("pdf", "Four perspectives")) in third and flat(t("pdf", "Summary")) in third
    assert "「段取り力」" in third and "作業手順を文書化する。" in third


@pytest.mark.parametrize("registered", [False, True])
def test_without_a_benchmark_row_the_values_show_without_points(store, tmp_path, registered):
    company = make_company(store)
    if registered:  # a set is active, but it has no row for this industry
        store.benchmarks.import_file(synthetic_csv(tmp_path / "bench.csv"), "テスト基準値2026")
        store.companies.update(company, {"industry_code": "0301"})
    assessment = gather(store, company, TODAY).assessment
    assert (assessment.benchmark is not None) is registered and not assessment.benchmark_row_found
    path = make_pdf(tmp_path, store, company, "en")
    first = flat(pdf_tools.pages(path)[0])
    expected = "テスト基準値2026: no benchmark for this industry and size" if registered else "Benchmarks not registered"
    assert flat(expected) in first
    layout = pdf_tools.text(path, layout=True).split("\f")[0]
    margin = tokens_after(layout, "② Operating margin")
    assert margin[margin.index("5.00%") + 1] == "—"  # a value, no points
    assert "/30" not in first


def test_a_company_with_no_periods_and_nothing_typed_still_prints_the_blank_sheet(store, tmp_path):
    company = make_company(store, texts={}, steps=[], parties=[], periods=False)
    texts = pdf_tools.pages(make_pdf(tmp_path, store, company, "ja"))
    assert len(texts) == 3
    t = translator("ja")
    assert flat(t("pdf", "No fiscal periods have been entered yet.")) in flat(texts[0])
    assert "企画・開発" in texts[1]  # the default steps, empty, to be filled in by hand
    assert COMPANY in texts[1]  # 自社 in the 商流 even with no parties entered
    assert "現状認識" in texts[2] and "対応策" in texts[2]


def test_every_font_is_embedded_and_subset(with_benchmarks, tmp_path):
    store = with_benchmarks
    fonts = pdf_tools.fonts(make_pdf(tmp_path, store, make_company(store), "ja"))
    assert fonts and all(f["emb"] == "yes" and f["sub"] == "yes" for f in fonts), fonts
    assert all("BIZUDGothic" in f["name"] for f in fonts), fonts


def test_long_answers_flow_onto_more_pages_without_losing_a_sentence(store, tmp_path):
    sentences = [f"第{n}文は長い回答の一部であり、途中で切れてはならない。" for n in range(1, 250)]
    long_text = "".join(sentences) + "【終わりの印ZQX】"
    assert len(long_text) > 6000
    long_reason = "".join(f"理由{n}番：長年の取引で信頼できる。" for n in range(1, 60)) + "【商流の終わりXYZ】"
    long_step = "".join(f"工程{n}の説明。" for n in range(1, 120)) + "【業務の終わりQRS】"
    company = make_company(
        store,
        texts={"owner.vision": long_text, "summary.issues": "課題の終わり【まとめの印WVU】"},
        steps=[(f"工程{n}", long_step if n == 1 else "", "差別化") for n in range(1, 9)],
        parties=[("supplier", "富士資材株式会社", long_reason), ("end_user", "地域の消費者", "安心感")],
    )
    path = make_pdf(tmp_path, store, company, "ja")
    assert len(pdf_tools.pages(path)) > 3
    body = body_text(path, "ja")
    missing = [s for s in sentences if flat(s) not in body]
    assert missing == []
    for marker in ("【終わりの印ZQX】", "【商流の終わりXYZ】", "【業務の終わりQRS】", "【まとめの印WVU】", "工程8"):
        assert marker in body
    assert pdf_tools.lines_breaking_kinsoku(path) == []
