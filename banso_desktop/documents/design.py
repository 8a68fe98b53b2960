"""経営デザインシート as one A4 landscape page in the sheet's familiar layout.

Top: the title band (company, the sheet's year, date made, fill order), then (A)
企業理念・存在意義 beside 外部環境の変化（予想）. Middle: これまで and これから（5〜10年後）
side by side (value, business model, resources) with an arrow between them. Bottom:
(D) 移行戦略 — what / by when / who.

The text size is the largest from 9pt down to 6.5pt at which everything fits the page,
and the boxes then share the spare room so the sheet fills the page like the paper
form. When even 6.5pt cannot hold everything, page 1 still prints the whole layout at
6.5pt with as much of each box as fits (cut at a sentence end where possible, marked
"continued") and the rest of every such box follows on the next pages under
"(continued)" headings: nothing typed is ever left out. A company without a sheet
gets the empty form, for use on paper.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table

from banso_desktop.data import design_sheet
from banso_desktop.documents import kinsoku
from banso_desktop.documents.base import (
    ACCENT,
    FONT,
    FONT_BOLD,
    HEAD_FILL,
    INK,
    LANDSCAPE,
    MARGIN,
    MUTED,
    RULE,
    STYLES,
    Context,
    PageFurniture,
    build_pdf,
    heading,
    layout_style,
    para,
    table,
    text_markup,
)
from banso_desktop.documents.content import Content
from banso_desktop.documents.kinsoku import CANNOT_START
from banso_desktop.domain.design_sheet import DesignSheetExtras
from banso_desktop.domain.japanese import to_wareki, wareki_year_label
from banso_desktop.paths import resources_dir

# Text sizes tried, largest first; the last is the smallest the sheet is printed in.
SIZES = (9.0, 8.5, 8.0, 7.5, 7.0, 6.5)
FRAME_WIDTH = LANDSCAPE[0] - 2 * MARGIN
FRAME_HEIGHT = LANDSCAPE[1] - 2 * MARGIN - 3 * mm  # as base.build_pdf's frame
SAFETY = 3.0  # points kept free on page 1, against rounding
ARROW_GAP = 30.0  # the column between これまで and これから
SPACE = 2 * mm  # between the blocks of the sheet
PAD_X, PAD_TOP, PAD_BOTTOM = 4.0, 3.0, 4.0
MIN_TRANSITION_ROWS = 3  # blank lines for writing by hand when fewer are filled
BLANK_FORM_TRANSITION_ROWS = 4
# Characters a continued box is preferably cut after (the end of a sentence or line).
SENTENCE_ENDS = "。．.!?！？\n"
# Weights of the boxes when they share the page: (A)/環境 a little less than the rest.
TOP_WEIGHT = 0.6
WHITE = colors.white


@lru_cache(maxsize=1)
def extras() -> DesignSheetExtras:
    """移行戦略's column labels and the fill orders (resources/design_sheet.json)."""
    return DesignSheetExtras.load(resources_dir() / "design_sheet.json")


def _style(name: str, size: float, font: str = FONT, leading: float | None = None, **kw: Any) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or round(size * 1.45, 2),
                          textColor=kw.pop("textColor", INK), wordWrap="CJK", **kw)


TITLE = _style("design_title", 16, FONT_BOLD, 20, textColor=ACCENT)
COMPANY = _style("design_company", 11.5, FONT_BOLD, 15)
META = _style("design_meta", 7.5, leading=10, textColor=MUTED)
META_VALUE = _style("design_meta_value", 7.5, leading=10)
BAND = _style("design_band", 8.5, FONT_BOLD, 11, textColor=WHITE)
CAPTION = _style("design_caption", 7.5, FONT_BOLD, 9.5)
CAPTION_CENTER = _style("design_caption_center", 7.5, FONT_BOLD, 9.5, alignment=TA_CENTER)
NOTE = _style("design_note", 6.5, leading=8.5, textColor=MUTED)


def year_text(year: int | None, lang: str) -> str:
    """令和8年（2026年） / 2026 (Reiwa 8); blank without a year."""
    if not year:
        return ""
    if lang == "ja":
        return f"{wareki_year_label(year)}（{year}年）"
    era, era_year = to_wareki(date(year, 12, 31))
    return f"{year} ({era.romaji} {era_year})"


def cut(text: str, style: ParagraphStyle, width: float, height: float) -> tuple[str, str]:
    """``text`` split into the part that fits ``width`` × ``height`` in ``style`` and the
    rest: cut after a sentence or line end when one is near, never before a character
    that may not start a line. (text, "") when it all fits."""
    def fits(n: int) -> bool:
        return Paragraph(text_markup(text[:n]), style).wrap(width, 1e6)[1] <= height

    if fits(len(text)):
        return text, ""
    low, high = 0, len(text)  # fits(low) holds, fits(high) does not
    while high - low > 1:
        middle = (low + high) // 2
        if fits(middle):
            low = middle
        else:
            high = middle
    n = low
    # Prefer the end of a sentence within the last fifth of what fits.
    for p in range(n, max(int(n * 0.8), 1) - 1, -1):
        end = text[p - 1]
        if end in SENTENCE_ENDS and text[p] not in CANNOT_START and (end not in ".!?" or text[p].isspace()):
            n = p
            break
    else:
        # Else a space (English), else anywhere the rest does not start with 、。」 etc. (禁則).
        spaces = [p for p in range(n, max(int(n * 0.8), 1) - 1, -1) if text[p - 1].isspace()]
        if spaces:
            n = spaces[0]
        else:
            # The line breaker's own rule: no closing mark first, no word or number cut.
            n = kinsoku.break_point(list(text), 0, n) if n > 1 else n
    return text[:n].rstrip(), text[n:].lstrip()


def _content_height(flowables: list[Flowable], width: float) -> float:
    return sum(f.wrap(width - 2 * PAD_X, 1e6)[1] for f in flowables)


def _row_height(cells: list[tuple[list[Flowable], float]]) -> float:
    """A table row's height as reportlab lays it out: the tallest cell plus padding."""
    return max((_content_height(f, w) for f, w in cells), default=0.0) + PAD_TOP + PAD_BOTTOM


def level(naturals: list[float], weights: list[float], total: float, grow: bool) -> list[float]:
    """Heights for rows sharing ``total``: growing (every row at least its natural
    height, the short ones raised towards one level) or shrinking (every row at most
    its natural height, the tall ones cut down to one level)."""
    def heights(k: float) -> list[float]:
        if grow:
            return [max(h, k * w) for h, w in zip(naturals, weights)]
        return [min(h, k * w) for h, w in zip(naturals, weights)]

    low, high = 0.0, (total + sum(naturals)) / min(weights) + 1
    for _ in range(60):
        middle = (low + high) / 2
        if sum(heights(middle)) > total:
            high = middle
        else:
            low = middle
    return heights(low)


@dataclass
class Box:
    """One box of the sheet: an item's label and the text typed into it."""

    key: str
    label: str  # as the box's caption
    heading: str  # as the continuation's heading
    text: str
    width: float
    shown: str = ""  # the part printed in the box on page 1
    continued: bool = False


class DesignSheet:
    """The sheet of one company in one language, laid out for one page."""

    def __init__(self, content: Content, ctx: Context) -> None:
        self.content, self.ctx, self.lang = content, ctx, ctx.lang
        self.design = content.design
        structure = design_sheet()
        sections = {s.key: s for s in structure.sections}
        self.sections = sections
        half = (FRAME_WIDTH - ARROW_GAP) / 2
        self.half = half
        texts = dict((self.design or {}).get("texts") or {})

        def box(section_key: str, index: int) -> Box | None:
            section = sections.get(section_key)
            if section is None or index >= len(section.items):
                return None
            item = section.items[index]
            section_label = section.label.text(self.lang)
            item_label = item.label.text(self.lang)
            title = section_label if item_label == section_label or len(section.items) == 1 else \
                ctx.translate("pdf", "{section}: {item}").format(section=section_label, item=item_label)
            return Box(item.key, item_label, title, str(texts.pop(item.key, "") or ""), half)

        self.top = [box("purpose", 0), box("environment", 0)]
        self.top_labels = [sections[k].label.text(self.lang) if k in sections else "" for k in ("purpose", "environment")]
        past, future = sections.get("past"), sections.get("future")
        count = max(len(past.items) if past else 0, len(future.items) if future else 0)
        self.middle = [[box("past", i), box("future", i)] for i in range(count)]
        self.middle_labels = [past.label.text(self.lang) if past else "", future.label.text(self.lang) if future else ""]
        # Items the structure does not know (from a newer version of the app): printed after the sheet.
        self.others = [(key, str(body)) for key, body in texts.items()
                       if key not in {i.key for i in structure.items()} and str(body or "").strip()]
        self.transitions = [
            (str(t.get("what") or ""), str(t.get("by_when") or ""), str(t.get("who") or ""))
            for t in (self.design or {}).get("transitions") or []
        ]
        # Columns of 移行戦略: No. | what | by when | who.
        rest = FRAME_WIDTH - 24
        self.transition_widths = [24, rest - 130 - 150, 130, 150]
        self.continued_note = ctx.translate("pdf", "(continued on the following pages)")

    # --- styles of one size -----------------------------------------------------------

    @staticmethod
    def text_style(size: float) -> ParagraphStyle:
        return _style(f"design_text_{size}", size)

    # --- the parts of page 1 -----------------------------------------------------------

    def title_band(self) -> Table:
        ctx, design = self.ctx, self.design
        left: list[Flowable] = [
            Paragraph(text_markup(ctx.translate("pdf", "Management design sheet")), TITLE),
            Paragraph(text_markup(self.content.company_name), COMPANY),
        ]
        if design is None:
            blank = ctx.translate("pdf", "No design sheet has been made for this company yet; this is the blank form.")
            left.append(Paragraph(text_markup(blank), META))
        orders = extras().fill_orders
        chosen = (design or {}).get("fill_order")
        order_text = ("　" if self.lang == "ja" else "    ").join(
            ("■ " if key == chosen else "□ ") + order.label.text(self.lang) for key, order in orders.items()
        )

        def pair(label: str, value: str) -> list[Paragraph]:
            return [Paragraph(text_markup(label), META), Paragraph(text_markup(value), META_VALUE)]

        info_widths = [80, 150, 92, 186]
        info = Table(
            [
                pair(ctx.translate("pdf", "Year"), year_text((design or {}).get("year"), self.lang))
                + pair(ctx.translate("pdf", "Made on"), ctx.date(self.content.today)),
                pair(ctx.translate("pdf", "Consultant"), self.content.consultant)
                + pair(ctx.translate("pdf", "Support organisation"), self.content.organization),
                pair(ctx.translate("pdf", "Order of filling"), order_text) + ["", ""],
            ],
            colWidths=info_widths,
            style=layout_style([
                ("SPAN", (1, 2), (3, 2)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LINEBELOW", (1, 0), (1, 1), 0.4, RULE),
                ("LINEBELOW", (3, 0), (3, 1), 0.4, RULE),
                ("LINEBELOW", (1, 2), (3, 2), 0.4, RULE),
            ]),
        )
        band = Table([[left, info]], colWidths=[FRAME_WIDTH - sum(info_widths) - 4, sum(info_widths) + 4])
        band.setStyle(layout_style([
            ("VALIGN", (0, 0), (0, 0), "TOP"),
            ("VALIGN", (1, 0), (1, 0), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEBELOW", (0, 0), (-1, 0), 1.2, ACCENT),
        ]))
        return band

    def _box_cell(self, box: Box | None, style: ParagraphStyle, whole: bool) -> list[Flowable]:
        if box is None:
            return []
        text = box.text if whole else box.shown
        cell: list[Flowable] = [Paragraph(text_markup(text), style)]
        if not whole and box.continued:
            cell.append(Paragraph(text_markup(self.continued_note), NOTE))
        return cell

    def _sheet_style(self, bands: list[int], captions: list[int], columns: tuple[int, ...]) -> list[tuple]:
        """Ruled boxes in ``columns`` (the arrow's column stays bare), ACCENT bands, tinted captions."""
        commands: list[tuple] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
            ("TOPPADDING", (0, 0), (-1, -1), PAD_TOP),
            ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_BOTTOM),
        ]
        for col in columns:
            commands += [
                ("GRID", (col, 0), (col, -1), 0.4, RULE),
                ("BOX", (col, 0), (col, -1), 0.9, ACCENT),
            ]
            for row in bands:
                commands += [("BACKGROUND", (col, row), (col, row), ACCENT), ("VALIGN", (col, row), (col, row), "MIDDLE")]
            for row in captions:
                commands += [("BACKGROUND", (col, row), (col, row), HEAD_FILL)]
        return commands

    def top_table(self, size: float, heights: list[float] | None, whole: bool) -> Table:
        style = self.text_style(size)
        rows = [
            [Paragraph(text_markup(self.top_labels[0]), BAND), "", Paragraph(text_markup(self.top_labels[1]), BAND)],
            [self._box_cell(self.top[0], style, whole), "", self._box_cell(self.top[1], style, whole)],
        ]
        return Table(rows, colWidths=[self.half, ARROW_GAP, self.half], rowHeights=heights,
                     style=layout_style(self._sheet_style([0], [], (0, 2))))

    def middle_table(self, size: float, heights: list[float] | None, whole: bool) -> Table:
        style = self.text_style(size)
        rows: list[list[Any]] = [[Paragraph(text_markup(self.middle_labels[0]), BAND), "",
                                  Paragraph(text_markup(self.middle_labels[1]), BAND)]]
        captions = []
        for pair in self.middle:
            captions.append(len(rows))
            rows.append([Paragraph(text_markup(b.label), CAPTION) if b else "" for b in (pair[0], None, pair[1])])
            rows.append([self._box_cell(pair[0], style, whole), "", self._box_cell(pair[1], style, whole)])
        return ArrowTable(rows, colWidths=[self.half, ARROW_GAP, self.half], rowHeights=heights,
                          style=layout_style(self._sheet_style([0], captions, (0, 2))))

    def transition_rows(self, size: float, start: int, rows: list[tuple[str, str, str]],
                        blank: int) -> list[list[Any]]:
        style = self.text_style(size)
        out: list[list[Any]] = []
        for n, (what, by_when, who) in enumerate(rows, start):
            out.append([Paragraph(str(n), _style(f"design_no_{size}", size, alignment=TA_CENTER)),
                        Paragraph(text_markup(what), style), Paragraph(text_markup(by_when), style),
                        Paragraph(text_markup(who), style)])
        out += [["", "", "", ""] for _ in range(blank)]
        return out

    def transition_head(self) -> list[list[Any]]:
        columns = extras().columns
        label = extras().transition.text(self.lang)
        return [
            [Paragraph(text_markup("(D) " + label), BAND), "", "", ""],
            [Paragraph(text_markup(self.ctx.translate("pdf", "No.")), CAPTION_CENTER)]
            + [Paragraph(text_markup(columns[key].text(self.lang)), CAPTION) for key in ("what", "by_when", "who")],
        ]

    def transition_table(self, size: float, shown: int, blank: int, heights: list[float] | None,
                         continued: bool) -> Table:
        rows = self.transition_head() + self.transition_rows(size, 1, self.transitions[:shown], blank)
        extra: list[tuple] = []
        if continued:
            rows.append([Paragraph(text_markup(self.continued_note), NOTE), "", "", ""])
            extra.append(("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)))
        commands = self._sheet_style([0], [1], (0, 1, 2, 3)) + [("SPAN", (0, 0), (-1, 0))] + extra
        commands += [("BOX", (0, 0), (-1, -1), 0.9, ACCENT)]
        return Table(rows, colWidths=self.transition_widths, rowHeights=heights, style=layout_style(commands))

    # --- measuring ----------------------------------------------------------------------

    def measure(self, size: float) -> dict[str, Any]:
        """Natural heights at ``size``: the fixed parts, the flexible rows and the 移行戦略 rows."""
        style = self.text_style(size)
        width = self.half
        band = self.title_band()
        fixed = band.wrap(FRAME_WIDTH, FRAME_HEIGHT)[1] + 3 * SPACE
        fixed += _row_height([([Paragraph(text_markup(t), BAND)], width) for t in self.top_labels])
        fixed += _row_height([([Paragraph(text_markup(t), BAND)], width) for t in self.middle_labels])
        for pair in self.middle:
            fixed += _row_height([([Paragraph(text_markup(b.label), CAPTION)], width) for b in pair if b])
        head = self.transition_head()
        fixed += _row_height([([head[0][0]], FRAME_WIDTH)])
        fixed += _row_height([([c], w) for c, w in zip(head[1], self.transition_widths)])
        flexible = [_row_height([(self._box_cell(b, style, True), width) for b in self.top if b])]
        flexible += [_row_height([(self._box_cell(b, style, True), width) for b in pair if b]) for pair in self.middle]
        transitions = [
            _row_height([([c], w) for c, w in zip(row, self.transition_widths)])
            for row in self.transition_rows(size, 1, self.transitions, 0)
        ]
        return {"fixed": fixed, "flexible": flexible, "transitions": transitions}

    def blank_rows(self) -> int:
        wanted = BLANK_FORM_TRANSITION_ROWS if self.design is None else MIN_TRANSITION_ROWS
        return max(0, wanted - len(self.transitions))

    def blank_row_height(self, size: float) -> float:
        """A blank 移行戦略 row: room for one handwritten line (about 8 mm)."""
        return max(8 * mm, self.text_style(size).leading + PAD_TOP + PAD_BOTTOM)

    def fit(self) -> tuple[float, list[Flowable], list[Flowable]]:
        """The size, page 1's flowables and the continuation's flowables (empty when all fits)."""
        budget = FRAME_HEIGHT - SAFETY
        for size in SIZES:
            m = self.measure(size)
            blank = self.blank_rows()
            transitions = sum(m["transitions"]) + blank * self.blank_row_height(size)
            natural = m["fixed"] + sum(m["flexible"]) + transitions
            if natural <= budget:
                weights = [TOP_WEIGHT] + [1.0] * len(self.middle)
                heights = level(m["flexible"], weights, budget - m["fixed"] - transitions, grow=True)
                rows = m["transitions"] + [self.blank_row_height(size)] * blank
                for group in (self.top, *self.middle):
                    for b in group:
                        if b:
                            b.shown = b.text
                page = self.page_one(size, heights, len(self.transitions), blank, rows, False)
                return size, page, self.continuation([], len(self.transitions))
        return self.overflow(SIZES[-1], budget)

    def overflow(self, size: float, budget: float) -> tuple[float, list[Flowable], list[Flowable]]:
        """Page 1 at ``size`` with as much as fits; the rest after it."""
        m = self.measure(size)
        room = budget - m["fixed"]
        note_row = _row_height([([Paragraph(text_markup(self.continued_note), NOTE)], FRAME_WIDTH)])
        # 移行戦略: whole rows, in what the boxes leave but at least a quarter of the room.
        rows = m["transitions"]
        blank = self.blank_rows()
        shown, used = len(rows), sum(rows) + blank * self.blank_row_height(size)
        continued = False
        cap = max(room * 0.25, room - sum(m["flexible"]))
        if used > cap:
            cap -= note_row
            shown, used = 0, 0.0
            while shown < len(rows) and used + rows[shown] <= cap:
                used += rows[shown]
                shown += 1
            continued = shown < len(rows)
            blank = 0 if continued else blank
            used += note_row if continued else blank * self.blank_row_height(size)
        row_heights = rows[:shown] + [self.blank_row_height(size)] * blank
        # The boxes share what is left: the tall ones cut down to one level.
        weights = [TOP_WEIGHT] + [1.0] * len(self.middle)
        naturals = m["flexible"]
        if sum(naturals) <= room - used:
            heights = level(naturals, weights, room - used, grow=True)
        else:
            heights = level(naturals, weights, room - used, grow=False)
        style = self.text_style(size)
        rest: list[tuple[str, str]] = []
        for group, height in zip((self.top, *self.middle), heights):
            for b in group:
                if b is None:
                    continue
                inner = height - PAD_TOP - PAD_BOTTOM
                if _content_height([Paragraph(text_markup(b.text), style)], b.width) <= inner + 0.01:
                    b.shown = b.text
                    continue
                room_for_text = inner - _content_height([Paragraph(text_markup(self.continued_note), NOTE)], b.width)
                b.shown, tail = cut(b.text, style, b.width - 2 * PAD_X, room_for_text)
                b.continued = True
                rest.append((b.heading, tail))
        page = self.page_one(size, heights, shown, blank, row_heights, continued)
        return size, page, self.continuation(rest, shown if continued else len(self.transitions))

    # --- the pages ------------------------------------------------------------------------

    def page_one(self, size: float, heights: list[float], shown: int, blank: int,
                 transition_heights: list[float], continued: bool) -> list[Flowable]:
        top_heights = [_row_height([([Paragraph(text_markup(t), BAND)], self.half) for t in self.top_labels]),
                       heights[0]]
        middle_heights = [_row_height([([Paragraph(text_markup(t), BAND)], self.half) for t in self.middle_labels])]
        for pair, height in zip(self.middle, heights[1:]):
            middle_heights.append(_row_height([([Paragraph(text_markup(b.label), CAPTION)], self.half)
                                               for b in pair if b]))
            middle_heights.append(height)
        head = self.transition_head()
        transition_heights = [
            _row_height([([head[0][0]], FRAME_WIDTH)]),
            _row_height([([c], w) for c, w in zip(head[1], self.transition_widths)]),
            *transition_heights,
        ]
        if continued:
            transition_heights.append(_row_height([([Paragraph(text_markup(self.continued_note), NOTE)], FRAME_WIDTH)]))
        return [
            self.title_band(),
            Spacer(1, SPACE),
            self.top_table(size, top_heights, whole=False),
            Spacer(1, SPACE),
            self.middle_table(size, middle_heights, whole=False),
            Spacer(1, SPACE),
            self.transition_table(size, shown, blank, transition_heights, continued),
        ]

    def continuation(self, rest: list[tuple[str, str]], transitions_shown: int) -> list[Flowable]:
        """The pages after the sheet: every box's remainder, the 移行戦略 rows that did not
        fit, and any items this version does not know."""
        ctx = self.ctx
        out: list[Flowable] = []
        for title, text in rest:
            out += [Paragraph(text_markup(title), STYLES.h2), para(text, STYLES.body)]
        if transitions_shown < len(self.transitions):
            head = self.transition_head()
            rows = [head[1]] + self.transition_rows(STYLES.cell.fontSize, transitions_shown + 1,
                                                    self.transitions[transitions_shown:], 0)
            out += [Paragraph(text_markup("(D) " + extras().transition.text(self.lang)), STYLES.h2),
                    table(rows, self.transition_widths)]
        if self.others:
            out.append(Paragraph(text_markup(ctx.translate("pdf", "Other items")), STYLES.h2))
            for key, body in self.others:
                out += [Paragraph(text_markup(key), STYLES.cell_bold), para(body, STYLES.body)]
        if not out:
            return []
        return [PageBreak(), *heading(ctx.translate("pdf", "(continued)")), *out]


class ArrowTable(Table):
    """The これまで/これから table with the arrow drawn in the bare column between them."""

    def draw(self) -> None:
        super().draw()
        if len(self._colpositions) < 3 or len(self._rowpositions) < 3:
            return
        left, right = self._colpositions[1], self._colpositions[2]
        top, bottom = self._rowpositions[1], self._rowpositions[-1]
        middle = (top + bottom) / 2
        width = right - left
        c = self.canv
        c.saveState()
        x0, x1, xh = left + 3, right - 3, right - 3 - width * 0.45
        shaft, head = 12.0, 30.0
        path = c.beginPath()
        path.moveTo(x0, middle + shaft / 2)
        path.lineTo(xh, middle + shaft / 2)
        path.lineTo(xh, middle + head / 2)
        path.lineTo(x1, middle)
        path.lineTo(xh, middle - head / 2)
        path.lineTo(xh, middle - shaft / 2)
        path.lineTo(x0, middle - shaft / 2)
        path.close()
        c.setFillColor(ACCENT)
        c.drawPath(path, stroke=0, fill=1)
        c.restoreState()


def build(content: Content, ctx: Context) -> bytes:
    """The 経営デザインシート of ``content`` in ``ctx``'s language, as PDF bytes."""
    title = ctx.translate("pdf", "Management design sheet")
    sheet = DesignSheet(content, ctx)
    _size, page, rest = sheet.fit()
    return build_pdf(page + rest, PageFurniture(ctx, content.company_name, title, content.today, LANDSCAPE), title,
                     author=content.consultant, page_size=LANDSCAPE)
