"""Japanese line breaking (禁則処理) for reportlab paragraphs.

reportlab's ``wordWrap="CJK"`` breaks between any two characters and, when the next
line would begin with a closing mark, hangs that one mark in the margin. Two in a row
(「…だから。」) still leave 」 at the start of a line, and an opening bracket can end a
line. This breaker instead moves the break back (追い出し) to the nearest place where
the next line does not start with a closing mark or small kana, the line does not end
with an opening bracket, and no Latin word or number (1,234 / EBITDA) is cut in two.
When no such place exists in the line (one long unbroken word), it breaks where
reportlab would have.

:func:`install` puts it in place of reportlab's ``cjkFragSplit`` and ``wordSplit``
(looked up by name in ``reportlab.platypus.paragraph`` when a CJK paragraph wraps);
both keep reportlab's signature and result, so only where lines break changes.
"""

from __future__ import annotations

from reportlab.lib.textsplit import ALL_CANNOT_END, ALL_CANNOT_START
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import paragraph as _paragraph

# JIS X 4051 行頭禁則 (closing brackets, stops, small kana, iteration and length marks)
CANNOT_START = frozenset(
    ALL_CANNOT_START
    + "、。，．・：；？！゛゜ヽヾゝゞ々〻ー‐゠–〜～）〕］｝〉》」』】〙〗〟’”｠»"
    + "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
    + "…‥%％‰℃°′″"
)
# 行末禁則 (opening brackets and quotation marks)
CANNOT_END = frozenset(ALL_CANNOT_END + "（〔［｛〈《「『【〘〖〝‘“｟«(")

_installed = False


def _wordish(ch: str) -> bool:
    """Part of a Latin word or a number that must stay on one line (EBITDA, 1,234.5)."""
    return ch.isascii() and (ch.isalnum() or ch in ".,-_/'&@")


# Units that stay with their number (1,337千円, 2.5ヶ月): no break inside them.
_UNITS = ("千円", "百万", "万円", "億円", "ヶ月", "か月", "ヵ月")


def _allowed(text: list[str], at: int) -> bool:
    """May a line end before ``text[at]``?"""
    before, after = text[at - 1], text[at]
    if after in CANNOT_START or before in CANNOT_END:
        return False
    if after.isspace():  # the spaces stay on this line: what follows them starts the next
        following = at
        while following < len(text) and text[following].isspace():
            following += 1
        if following < len(text) and text[following] in CANNOT_START:
            return False
    if _wordish(before) and _wordish(after):
        return False
    if before.isdigit() and not after.isspace():  # 12件, 3社, 1,337千円
        return False
    if before + after in _UNITS:
        return False
    return True


def break_point(text: list[str], start: int, overflow: int) -> int:
    """Where to end the line that starts at ``start`` when character ``overflow`` no
    longer fits: the latest allowed break at or before ``overflow`` (and after ``start``,
    so every line holds at least one character)."""
    for at in range(overflow, start, -1):
        if _allowed(text, at):
            return at
    # An unbreakable run: at least keep the closing marks with their text.
    for at in range(overflow, start, -1):
        if text[at] not in CANNOT_START and text[at - 1] not in CANNOT_END:
            return at
    return max(overflow, start + 1)


def _line_ranges(chars: list[str], widths: list[float], max_widths: list[float],
                 hard: list[bool]) -> list[tuple[int, int, bool]]:
    """(start, end, ends with a forced break) for each line of ``chars``."""
    ranges = []
    start = i = 0
    count = len(chars)
    max_width = max_widths[0]
    used = 0.0
    while i < count:
        used += widths[i]
        if hard[i]:
            end = i + 1
        elif used > max_width + _paragraph._FUZZ and i > start and not chars[i].isspace():
            end = break_point(chars, start, i)
            # Spaces at the break stay at the end of this line (where they take no room)
            # rather than starting the next; they are kept, so text that continues on
            # the next page or cell reads with its spaces.
            while end < count and chars[end].isspace() and not hard[end]:
                end += 1
        else:
            i += 1
            continue
        ranges.append((start, end, hard[i] if end == i + 1 else False))
        max_width = max_widths[min(len(ranges), len(max_widths) - 1)]
        start = i = end
        used = 0.0
    if start < count:
        ranges.append((start, count, False))
    return ranges


def kinsoku_frag_split(frags, maxWidths, calcBounds, encoding="utf8"):
    """reportlab's ``cjkFragSplit`` (paragraphs of several fragments: bold, colour, <br/>)
    with Japanese line-breaking rules."""
    glyphs = []
    for f in frags:
        text = f.text
        if isinstance(text, bytes):
            text = text.decode(encoding)
        if text:
            glyphs.extend(_paragraph.cjkU(t, f, encoding) for t in text)
        else:
            glyphs.append(_paragraph.cjkU(text, f, encoding))
    widths = []
    for g in glyphs:
        w = g.width
        if hasattr(w, "normalizedValue"):
            w._normalizer = maxWidths[0]
            w = w.normalizedValue(maxWidths[0])
        widths.append(w)
    hard = [hasattr(g.frag, "lineBreak") for g in glyphs]
    lines = []
    for start, end, forced in _line_ranges([str(g) for g in glyphs], widths, list(maxWidths), hard):
        max_width = maxWidths[min(len(lines), len(maxWidths) - 1)]
        line_width = _visible_width(glyphs, widths, start, end)
        lines.append(_paragraph.makeCJKParaLine(
            glyphs[start:end], max_width, line_width, max_width - line_width, forced, calcBounds
        ))
    return _paragraph.ParaLines(kind=1, lines=lines)


def kinsoku_word_split(word, maxWidths, fontName, fontSize, encoding="utf8"):
    """reportlab's ``wordSplit`` (a paragraph in one font and colour) with the same rules:
    [[unused width, line text], …]."""
    if isinstance(word, bytes):
        word = word.decode(encoding)
    if not isinstance(maxWidths, (list, tuple)):
        maxWidths = [maxWidths]
    widths = [stringWidth(ch, fontName, fontSize) for ch in word]
    lines = []
    for start, end, _forced in _line_ranges(list(word), widths, list(maxWidths), [False] * len(word)):
        max_width = maxWidths[min(len(lines), len(maxWidths) - 1)]
        lines.append([max_width - _visible_width(word, widths, start, end), word[start:end]])
    return lines


def _visible_width(chars, widths: list[float], start: int, end: int) -> float:
    """The width of ``chars[start:end]`` without its trailing spaces (they hang past the
    right edge, so right-aligned and centred text lines up)."""
    while end > start and str(chars[end - 1]).isspace():
        end -= 1
    return sum(widths[start:end])


def install() -> None:
    """Use the Japanese breaker for every CJK-wrapped paragraph (idempotent)."""
    global _installed
    if not _installed:
        _paragraph.cjkFragSplit = kinsoku_frag_split
        _paragraph.wordSplit = kinsoku_word_split
        _installed = True


__all__ = ["CANNOT_END", "CANNOT_START", "break_point", "install", "kinsoku_frag_split", "kinsoku_word_split"]
