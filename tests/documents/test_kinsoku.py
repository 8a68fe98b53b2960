"""禁則処理: where lines break in the documents' paragraphs."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph

from banso_desktop.documents import kinsoku
from banso_desktop.documents.base import STYLES, Context, para


def lines_of(paragraph: Paragraph, width: float) -> list[str]:
    paragraph.wrap(width, 10_000)
    lines = paragraph.blPara.lines
    if paragraph.blPara.kind == 0:  # one font: [unused width, text]
        return [line[1] if isinstance(line, (list, tuple)) and isinstance(line[1], str) else "".join(line[1])
                for line in lines]
    return ["".join(w.text for w in line.words) for line in lines]


def setup_module():
    Context.for_language("ja")  # registers the font and the line breaker


def test_two_closing_marks_in_a_row_never_start_a_line():
    text = "長年のお客さんだから。」" * 12
    for width in range(60, 200, 3):
        for line in lines_of(para(text, STYLES.cell), width)[1:]:
            assert line and line[0] not in kinsoku.CANNOT_START, (width, line)


def test_an_opening_bracket_never_ends_a_line_and_numbers_stay_whole():
    text = "売上高は1,234,567千円で「前年比」EBITDAは▲2.26倍でした。" * 6
    for width in range(70, 220, 5):
        lines = lines_of(para(text, STYLES.cell), width)
        assert "".join(lines) == text
        for line in lines[:-1]:
            assert line[-1] not in kinsoku.CANNOT_END, (width, line)
        for a, b in zip(lines, lines[1:]):
            assert not (kinsoku._wordish(a[-1]) and kinsoku._wordish(b[0])), (width, a, b)


def test_bold_and_line_breaks_take_the_same_rules():
    markup = "<b>課題：</b>値上げを言い出せない。」「次は、<br/>来月。」" * 8
    for width in range(60, 160, 4):
        lines = lines_of(Paragraph(markup, STYLES.cell), width)
        assert all(line[0] not in kinsoku.CANNOT_START for line in lines[1:] if line), width


def test_an_unbreakable_run_still_breaks_rather_than_overflowing_forever():
    text = "A" * 200
    lines = lines_of(para(text, STYLES.cell), 80)
    assert "".join(lines) == text and len(lines) > 1


japanese = st.text(alphabet="あいうえおかきくけこ売上利益課題、。」「）（っャー1234ABC ", min_size=1, max_size=300)


@settings(max_examples=200, deadline=None)
@given(japanese, st.integers(min_value=40, max_value=300))
def test_nothing_is_lost_and_no_line_starts_with_a_closing_mark_when_avoidable(text, width):
    lines = lines_of(para(text, STYLES.cell), width)
    # Every character is kept (reportlab drops spaces only at line ends and collapses runs).
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    for previous, line in zip(lines, lines[1:]):
        if line and line[0] in kinsoku.CANNOT_START:
            # Only when the whole previous line gave no allowed break (a run of marks).
            chars = list(previous + line)
            assert not any(kinsoku._allowed(chars, at) for at in range(1, len(previous) + 1)), (previous, line)


def test_spaces_are_kept_at_line_ends_so_continued_text_reads_with_them():
    text = " ".join(f"word{i}" for i in range(300)) + " 日本語とEnglishが混ざった文。"
    lines = lines_of(para(text, STYLES.cell), 120)
    assert "".join(lines) == text
    assert all(not line.startswith(" ") for line in lines)


def test_a_number_keeps_its_unit():
    text = "労働生産性は1,337千円、運転資本は2.55ヶ月、合意は3社。" * 10
    for width in range(80, 200, 3):  # wider than "1,337千円、" (narrower cannot keep it whole)
        for line in lines_of(para(text, STYLES.cell), width)[1:]:
            assert not line.startswith(("円", "社", "月", "ヶ")), (width, line)
