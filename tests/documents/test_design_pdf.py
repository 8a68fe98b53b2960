"""The 経営デザインシート PDF: one A4 landscape page in the sheet's layout, built from a
real store; long texts are never cut off; a company without a sheet gets the blank form."""

from __future__ import annotations

import re
from datetime import date

from banso_desktop.documents import gather, render
from banso_desktop.documents.base import register_fonts
from banso_desktop.documents.design import STYLES, cut
from banso_desktop.i18n import translator
from tests.documents import pdf_tools

TODAY = date(2026, 11, 21)
TEXTS = {
    "purpose": "地域の食卓に造り手の顔が見えるお酒を届ける。",
    "environment": "人口減少で町の酒屋が減り、通販と大型店との競争が厳しくなる。",
    "past.value": "すぐ届く安心感と、顔なじみの店主の目利き。",
    "past.business_model": "配達中心の御用聞きで、飲食店への卸が売上の六割。",
    "past.resources": "地元の飲食店との長い取引、配達用の車両二台。",
    "future.value": "造り手の話ごと味わえる地酒の案内所になる。",
    "future.business_model": "試飲会と定期便で個人客を増やし、蔵元と直接取引する。",
    "future.resources": "【不足】試飲カウンター、ネット販売を担う人。",
}
TRANSITIONS = [
    ("酒蔵と直接取引する", "令和8年3月", "店主"),
    ("試飲カウンターを作る", "令和8年9月", "店主・商工会"),
]
NO_LINE_START = "、。」）"


class Pdf:
    """One rendered PDF read back with poppler."""

    def __init__(self, data: bytes, tmp_path, name: str = "sheet.pdf") -> None:
        self.path = pdf_tools.save(tmp_path, name, data)
        self.raw = pdf_tools.text(self.path)
        self.flat = flat(self.raw)
        self.pages = pdf_tools.pages(self.path)
        self.sizes = pdf_tools.page_sizes(self.path)

    def a4_landscape(self) -> bool:
        return all(pdf_tools.is_a4(size, landscape=True) for size in self.sizes)


def flat(text: str) -> str:
    """Extracted text without the line breaks and spaces a wrapped cell puts in."""
    return re.sub(r"\s+", "", text)


def make_company(store, name="株式会社武蔵酒店", texts=TEXTS, transitions=TRANSITIONS, order="forecast"):
    company = store.companies.create({"name": name})
    sheet = store.design.create_year(company, 2026)
    store.design.set_fill_order(sheet, order)
    for key, body in texts.items():
        store.design.set_text(sheet, key, body)
    for what, by_when, who in transitions:
        store.design.add_transition(sheet, what=what, by_when=by_when, who=who)
    return company


def no_kinsoku_breaks(pdf: Pdf) -> None:
    assert pdf_tools.lines_breaking_kinsoku(pdf.path) == []


def test_a_filled_sheet_is_one_a4_landscape_page_with_everything_typed(store, tmp_path):
    pdf = Pdf(render("design", gather(store, make_company(store), TODAY), "ja"), tmp_path)
    assert len(pdf.pages) == 1 and pdf.a4_landscape()
    for expected in ["株式会社武蔵酒店", "経営デザインシート", "(A)企業理念・存在意義", "外部環境の変化（予想）",
                     "これまで", "これから（5〜10年後）", "提供してきた価値", "提供したい価値", "必要な資源",
                     "(D)移行戦略", "何を変えるか", "いつまでに", "誰が", "令和8年（2026年）",
                     "令和8年11月21日（2026年11月21日）", "■フォーキャスト", "□バックキャスト"]:
        assert expected in pdf.flat, expected
    for body in TEXTS.values():
        assert flat(body) in pdf.flat, body
    for row in TRANSITIONS:
        for cell in row:
            assert cell in pdf.flat, cell
    no_kinsoku_breaks(pdf)


def test_fonts_are_embedded_subsets(store, tmp_path):
    pdf = Pdf(render("design", gather(store, make_company(store), TODAY), "ja"), tmp_path)
    fonts = pdf_tools.fonts(pdf.path)
    assert fonts
    for font in fonts:
        assert font["emb"] == "yes" and font["sub"] == "yes", font
        assert re.match(r"[A-Z]{6}\+", font["name"]), font


def test_backcast_in_english(store, tmp_path):
    pdf = Pdf(render("design", gather(store, make_company(store, order="backcast"), TODAY), "en"), tmp_path)
    assert len(pdf.pages) == 1 and pdf.a4_landscape()
    for label in ["Management design sheet", "(A) Purpose and reason for being", "Until now",
                  "From now on (5–10 years)", "Value provided so far", "Resources needed",
                  "(D) Transition strategy", "What must change", "By when", "2026 (Reiwa 8)",
                  "21 Nov 2026 (Reiwa 8)", "■ Backcast", "□ Forecast"]:
        assert label in pdf.raw, label
    assert "提供してきた価値" not in pdf.raw  # the item labels are English too
    assert flat(TEXTS["future.value"]) in pdf.flat


def test_no_sheet_prints_the_blank_form(store, tmp_path):
    company = store.companies.create({"name": "有限会社まだ無し"})
    content = gather(store, company, TODAY)
    assert content.design is None
    for lang, labels in (("ja", ["(A)企業理念・存在意義", "これまで", "提供したい価値", "(D)移行戦略", "□フォーキャスト",
                                 "□バックキャスト",
                                 # the sentence's first clause: pdftotext may read the next cell's
                                 # label into the middle of its second line
                                 flat(translator("ja")("pdf", NO_SHEET)).split("（")[0]]),
                         ("en", ["(A)Purposeandreasonforbeing", "Untilnow", "Valuetoprovide",
                                 "(D)Transitionstrategy", flat(NO_SHEET)])):
        pdf = Pdf(render("design", content, lang), tmp_path, f"{lang}.pdf")
        assert len(pdf.pages) == 1 and pdf.a4_landscape()
        assert "有限会社まだ無し" in pdf.flat and "■" not in pdf.flat
        for label in labels:
            assert label in pdf.flat, (lang, label)


NO_SHEET = "No design sheet has been made for this company yet; this is the blank form."


def marked(prefix: str, length: int) -> tuple[str, list[str]]:
    """About ``length`` characters of sentences, each carrying its own marker."""
    sentences, n = [], 0
    while sum(map(len, sentences)) < length:
        n += 1
        sentences.append(f"《{prefix}{n:03d}》商圏の変化に合わせて、配達と店頭の役割を見直し、常連のお客様の声を聞く。")
    return "".join(sentences), [f"《{prefix}{i:03d}》" for i in range(1, n + 1)]


def test_very_long_texts_continue_on_further_pages_and_nothing_is_cut(store, tmp_path):
    value, value_marks = marked("価", 3000)
    model, model_marks = marked("模", 3000)
    transitions = [(f"移行{n:02d}：新しい仕組みを作り、担当を決めて進捗を毎月確認する。", "令和9年3月", "店主")
                   for n in range(1, 16)]
    texts = {**TEXTS, "past.value": value, "future.business_model": model}
    pdf = Pdf(render("design", gather(store, make_company(store, texts=texts, transitions=transitions), TODAY), "ja"),
              tmp_path)
    assert len(pdf.pages) > 1 and pdf.a4_landscape()
    for mark in value_marks + model_marks:
        assert mark in pdf.flat, mark
    assert pdf.flat.count("《価") == len(value_marks) and pdf.flat.count("《模") == len(model_marks)
    for n in range(1, 16):
        assert f"移行{n:02d}" in pdf.flat
    for key, body in TEXTS.items():  # the short boxes are all there too
        if key not in ("past.value", "future.business_model"):
            assert flat(body) in pdf.flat, key
    page_one, page_two = flat(pdf.pages[0]), flat(pdf.pages[1])
    translate = translator("ja")
    # Page 1 is the whole layout, each box as full as it can be, the long ones marked as continued.
    assert "《価001》" in page_one and "《模001》" in page_one
    assert flat(translate("pdf", "(continued on the following pages)")) in page_one
    for label in ("外部環境の変化（予想）", "必要な資源", "(D)移行戦略", "移行01"):
        assert label in page_one
    assert flat(translate("pdf", "(continued)")) in page_two
    no_kinsoku_breaks(pdf)


def test_longer_texts_fit_one_page_in_smaller_type(store, tmp_path):
    from banso_desktop.documents.base import Context
    from banso_desktop.documents.design import SIZES, DesignSheet

    texts = {key: (body * 12) for key, body in TEXTS.items()}
    content = gather(store, make_company(store, texts=texts), TODAY)
    size, _page, rest = DesignSheet(content, Context.for_language("ja")).fit()
    assert SIZES[-1] <= size < SIZES[0] and rest == []
    pdf = Pdf(render("design", content, "ja"), tmp_path)
    assert len(pdf.pages) == 1
    for body in texts.values():
        assert flat(body) in pdf.flat
    no_kinsoku_breaks(pdf)


def test_many_transitions_continue_after_the_sheet(store, tmp_path):
    transitions = [(f"施策{n:02d}を進める", f"令和{9 + n // 12}年{n % 12 + 1}月", "店主") for n in range(1, 41)]
    pdf = Pdf(render("design", gather(store, make_company(store, transitions=transitions), TODAY), "ja"), tmp_path)
    assert len(pdf.pages) > 1
    for n in range(1, 41):
        assert f"施策{n:02d}を進める" in pdf.flat
    assert "施策01を進める" in flat(pdf.pages[0])


def test_items_this_version_does_not_know_are_printed_too(store, tmp_path):
    company = make_company(store)
    sheet = store.design.sheets(company)[0]["id"]
    store.design.set_text(sheet, "future.partners", "新しい項目の本文。")
    pdf = Pdf(render("design", gather(store, company, TODAY), "en"), tmp_path)
    assert "future.partners" in pdf.flat and "新しい項目の本文。" in pdf.flat


def test_cut_keeps_every_character_and_breaks_at_a_sentence_end():
    register_fonts()
    text = "一つ目の文です。二つ目の文は少し長くて、読点を含みます。三つ目。" * 20
    head, tail = cut(text, STYLES.cell, 200, 60)
    assert head and tail and head + tail == text
    assert head.endswith("。") and tail[0] not in NO_LINE_START
    assert cut("短い。", STYLES.cell, 200, 60) == ("短い。", "")
    english = "The shop grew 3.5 percent and delivers to regulars in town. " * 30
    head, tail = cut(english, STYLES.cell, 200, 60)
    assert (head + " " + tail).split() == english.split() and head.endswith(".")
