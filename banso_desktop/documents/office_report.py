"""支援実績報告: the office's yearly report as a PDF (A4 portrait), Japanese first.

Page 1: the title (年度 in 和暦 with 西暦), the organisation, the summary of every figure
(経営発達支援事業, then the 付加価値額 of the companies supported, then referrals and
課題) and how each is counted as numbered notes. From page 2, the drill-down: for each
figure with companies behind it, a heading and a table of them, its header repeated
on every page.

The words are the office's (context ``office``, :mod:`banso_desktop.office.labels`);
the wording of a drill-down row and the 千円 rounding (half up, as the screen and
the workbook show them) come from :mod:`banso_desktop.office.workbook`, so the
PDF and the workbook always agree.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Callable, Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Table, TableStyle
from reportlab.platypus.doctemplate import LayoutError

from banso_desktop.documents.base import (
    ACCENT,
    FONT,
    FONT_BOLD,
    HEAD_FILL,
    INK,
    PORTRAIT,
    SOFT_FILL,
    STYLES,
    Context,
    PageFurniture,
    build_pdf,
    gap,
    grid_style,
    heading,
    layout_style,
    para,
    table,
    text_markup,
)
from banso_desktop.documents.content import DocumentError
from banso_desktop.domain.text import QT_TRANSLATE_NOOP
from banso_desktop.office.history import iso_date
from banso_desktop.office.kpi import FIGURES, YearReport
from banso_desktop.office.labels import FIGURE_NAMES, FIGURE_RULES, FIGURE_UNITS
from banso_desktop.office.workbook import (
    PART_FIGURES,
    TREND_FIGURES,
    VALUE_ADDED_FIGURES,
    count_label,
    figure_value_text,
    fill,
    period_text,
    report_title,
    row_detail,
    row_money,
    short_day,
    thousand_yen,
)

WIDTH = PORTRAIT[0] - 28 * mm  # the frame's width (base.MARGIN on each side)
CELL_SIZE, CELL_LEADING = 8.5, 12.5  # as STYLES.cell, for plain-string cells
SHORT_LIST = 12  # rows a drill-down table keeps together on one page
PADDING = 3 + 3  # a cell's left and right padding (base.grid_style)
ROW_LEAST = CELL_LEADING + 2 + 3  # the lowest a drill-down row can be: one line and its padding
PROGRESS_EVERY = 500  # drill-down rows between two calls of ``progress``

Progress = Callable[[int, int], None]

# The summary's groups, in report order.
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("office", "Management development support"), FIGURES[:13]),
    (QT_TRANSLATE_NOOP("office", "Value added of the companies supported"), FIGURES[13:16]),
    (QT_TRANSLATE_NOOP("office", "Referrals and issues"), FIGURES[16:]),
)
assert sum((keys for _, keys in GROUPS), ()) == FIGURES, "every figure in exactly one group"

# What the date of a drill-down row is, per figure (none for the figures whose rows are
# a company's latest 決算).
DATE_HEADERS = {
    "supported_companies": QT_TRANSLATE_NOOP("office", "First session"),
    "analysed_companies": QT_TRANSLATE_NOOP("office", "Entered on"),
    "planned_companies": QT_TRANSLATE_NOOP("office", "First agreed on"),
    "follow_up_companies": QT_TRANSLATE_NOOP("office", "Last follow-up"),
    "follow_up_sessions": QT_TRANSLATE_NOOP("office", "Session date"),
    "referrals_made": QT_TRANSLATE_NOOP("office", "Referred on"),
    "referrals_closed": QT_TRANSLATE_NOOP("office", "Outcome confirmed on"),
    "issues_resolved": QT_TRANSLATE_NOOP("office", "Resolved on"),
}
DETAIL_HEADERS = {
    "follow_up_sessions": QT_TRANSLATE_NOOP("office", "Theme"),
    "issues_resolved": QT_TRANSLATE_NOOP("office", "Issue"),
}

# A 「うち」 figure, indented under the one it is part of.
PART_NAME = ParagraphStyle("office_part", parent=STYLES.cell, leftIndent=2 * CELL_SIZE)


def office_report_pdf(report: YearReport, lang: str, made_on: date, organization: str = "", *,
                      progress: Progress | None = None) -> bytes:
    """The yearly report in ``lang`` ('ja' or 'en') as PDF bytes.

    ``progress`` is called now and then with (drill-down rows laid out, rows in all), last
    with (all, all) once the PDF is made; an exception it raises stops the export and
    comes out of here (that is how the app cancels)."""
    ctx = Context.for_language(lang)
    tracker = _Tracker(progress, sum(len(report[key].rows) for key in FIGURES))
    tracker.report()
    title = report_title(report, ctx.lang, ctx.translate)
    story: list[Flowable] = []
    story += _cover(report, ctx, title, made_on, organization)
    story += _summary(report, ctx)
    story += _details(report, ctx, tracker)
    furniture = PageFurniture(ctx, organization, title, made_on, PORTRAIT)
    try:
        pdf = build_pdf(story, furniture, title, author=organization, page_size=PORTRAIT)
    except LayoutError:
        raise DocumentError(QT_TRANSLATE_NOOP(
            "pdf", "The document cannot be laid out: an entry (a name or a title) is too long for a page. "
                   "Shorten it and try again."
        )) from None
    tracker.finish()
    return pdf


class _Tracker:
    """Counts the drill-down rows as their tables are drawn and tells ``progress`` every
    PROGRESS_EVERY rows."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress, self.total = progress, total
        self.done = self.told = 0

    def report(self) -> None:
        if self.progress:
            self.progress(self.done, self.total)
        self.told = self.done

    def drawn(self, rows: int) -> None:
        self.done = min(self.total, self.done + rows)  # a row split between two pages is drawn twice
        if self.done - self.told >= PROGRESS_EVERY:
            self.report()

    def finish(self) -> None:
        self.done = self.total
        self.report()


def _counted_table(tracker: _Tracker) -> type[Table]:
    """The Table class of the drill-down: it tells ``tracker`` of its rows (less the
    header) when it is drawn (the tables reportlab splits it into are of its class), and
    it draws its plain one-line cells in one text object rather than one each (the same
    glyphs in the same places, in less time)."""

    class CountedTable(Table):
        _text: Any = None  # the text object of the cells drawn so far, written before the lines

        def draw(self) -> None:
            super().draw()
            tracker.drawn(len(self._cellvalues) - 1)

        def _drawCell(self, cellval, cellstyle, pos, size):  # noqa: N802 - reportlab's name
            s = cellstyle
            if (type(cellval) is not str or "\n" in cellval or s.valign != "TOP"
                    or s.alignment not in ("LEFT", "RIGHT") or s.href or s.destination or s.direction or s.shaping):
                return super()._drawCell(cellval, cellstyle, pos, size)
            if not cellval:
                return None
            if self._text is None:
                self._text, self._font, self._color = self.canv.beginText(), None, None
            t = self._text
            font = (s.fontname, s.fontsize, s.leading)
            if font != self._font:
                t.setFont(*font)
                self._font = font
            if s.color != self._color:
                t.setFillColor(s.color)
                self._color = s.color
            # where Table._drawCell puts a top-aligned one-line string
            (left, bottom), (width, height) = pos, size
            if s.alignment == "LEFT":
                x = left + s.leftPadding
            else:
                x = left + width - s.rightPadding - stringWidth(cellval, s.fontname, s.fontsize)
            t.setTextOrigin(x, bottom + height - s.topPadding - s.fontsize)
            t.textOut(cellval)
            return None

        def _drawLines(self) -> None:  # noqa: N802 - reportlab's name; it comes after the cells
            if self._text is not None:
                self.canv.drawText(self._text)
                self._text = None
            super()._drawLines()

    return CountedTable


def _p(text: str, style=STYLES.cell) -> Paragraph:
    return Paragraph(text_markup(text), style)


# --- page 1 ------------------------------------------------------------------------------------------


def _cover(report: YearReport, ctx: Context, title: str, made_on: date, organization: str) -> list[Flowable]:
    head = Table([[_p(title, STYLES.title)]], colWidths=[WIDTH])
    head.setStyle(layout_style([
        ("LINEBELOW", (0, 0), (-1, 0), 1.2, ACCENT), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    count = ctx.translate("office", "%1 companies").replace("%1", f"{report.company_count:,}")
    labels = [ctx.translate("office", "Period covered"), ctx.translate("office", "Support organisation"),
              ctx.translate("office", "Made on"), count_label(report, ctx.translate)]
    period, organisation_label, made_label, companies_label = labels
    rows = [
        [_p(period, STYLES.head_left), _p(period_text(report.fiscal_year, ctx.lang, ctx.translate)), "", ""],
        [_p(organisation_label, STYLES.head_left), para(organization, STYLES.cell),
         _p(made_label, STYLES.head_left), _p(ctx.date(made_on))],
        [_p(companies_label, STYLES.head_left), _p(count), "", ""],
    ]
    spans = [("SPAN", (1, 0), (3, 0)), ("SPAN", (1, 2), (3, 2))]
    right_labels = [made_label]
    if report.scope:  # one consultant's companies: named beside their count
        consultant_label = ctx.translate("office", "Consultant")
        rows[2][2:] = [_p(consultant_label, STYLES.head_left), para(report.scope.label(ctx.translate), STYLES.cell)]
        spans = spans[:1]
        right_labels.append(consultant_label)
    label, made = (_label_width(texts) for texts in (labels, right_labels))
    info = table(rows, [label, WIDTH / 2 - label, made, WIDTH / 2 - made], header_rows=0, extra=[
        *spans,
        ("BACKGROUND", (0, 0), (0, -1), HEAD_FILL), ("BACKGROUND", (2, 1), (2, -1 if report.scope else 1), HEAD_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ])
    return [head, gap(3), info, gap(2)]


def _label_width(texts: list[str]) -> float:
    """A label column as wide as its longest label on one line (within reason)."""
    widest = max(stringWidth(text, FONT_BOLD, STYLES.head_left.fontSize) for text in texts)
    return min(45 * mm, max(16 * mm, widest + 8))


def _summary(report: YearReport, ctx: Context) -> list[Flowable]:
    """Every figure, grouped, with its unit and the number of the note saying how it is counted."""
    notes: dict[str, int] = {}  # rule → its note number, in order of first use
    header = [_p(ctx.translate("office", "Item"), STYLES.head), _p(ctx.translate("office", "Value"), STYLES.head),
              _p(ctx.translate("office", "Unit"), STYLES.head), _p(ctx.translate("office", "Note"), STYLES.head)]
    rows: list[list[Any]] = [header]
    extra: list[tuple] = [("ALIGN", (1, 1), (1, -1), "RIGHT"), ("ALIGN", (2, 1), (3, -1), "CENTER"),
                          ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE), ("LEADING", (0, 0), (-1, -1), CELL_LEADING)]
    for group, keys in GROUPS:
        extra += [("SPAN", (0, len(rows)), (-1, len(rows))), ("BACKGROUND", (0, len(rows)), (-1, len(rows)), SOFT_FILL)]
        rows.append([_p(ctx.translate("office", group), STYLES.cell_bold), "", "", ""])
        for key in keys:
            rule = ctx.translate("office", FIGURE_RULES[key])
            number = notes.setdefault(rule, len(notes) + 1)
            rows.append([
                _p(ctx.translate("office", FIGURE_NAMES[key]), PART_NAME if key in PART_FIGURES else STYLES.cell),
                figure_value_text(key, report[key].value),
                ctx.translate("office", FIGURE_UNITS[key]),
                f"※{number}",
            ])
    out: list[Flowable] = heading(ctx.translate("office", "Figures for the year"))
    out.append(table(rows, [WIDTH - 34 * mm - 22 * mm - 14 * mm, 34 * mm, 22 * mm, 14 * mm], extra=extra))
    out.append(gap(2))
    for rule, number in notes.items():
        out.append(_p(f"※{number}　{rule}", STYLES.small))
    out.append(_p(ctx.translate("office", "Amounts are in thousand yen, rounded to the nearest thousand; "
                          "▲ marks a negative amount."), STYLES.small))
    return out


# --- the drill-down ----------------------------------------------------------------------------------


def _details(report: YearReport, ctx: Context, tracker: _Tracker) -> list[Flowable]:
    shown = [key for key in FIGURES if report[key].rows]
    if not shown:
        return []
    out: list[Flowable] = [PageBreak()]
    out += heading(ctx.translate("office", "Companies behind each figure"))
    table_class = _counted_table(tracker)
    fits: dict[tuple[str, float], bool] = {}  # a company shows in several figures
    for key in shown:
        out += _figure(key, report, ctx, table_class, fits)
    return out


def _figure(key: str, report: YearReport, ctx: Context, table_class: type[Table],
            fits: dict[tuple[str, float], bool]) -> list[Flowable]:
    figure = report[key]
    unit = ctx.translate("office", FIGURE_UNITS[key])
    name = ctx.translate("office", FIGURE_NAMES[key])
    title = fill(ctx.translate("office", "%1: %2 %3"), name, figure_value_text(key, figure.value), unit)
    head: list[Flowable] = [_p(title, STYLES.h2), _p(ctx.translate("office", FIGURE_RULES[key]), STYLES.small), gap(1)]
    columns = _columns(key, ctx)
    header = [_p(header, STYLES.head) for header, _, _, _, _ in columns]
    widths = [width for _, width, _, _, _ in columns]
    widths[widths.index(0.0)] = WIDTH - sum(widths)  # the one flexible column
    cells = [(cell, width if wraps else 0.0) for (_, _, _, cell, wraps), width in zip(columns, widths)]

    def row(number: int, r: dict[str, Any]) -> list[Any]:
        return [_wrapping(cell(number, r), width, fits) if width else cell(number, r) for cell, width in cells]

    extra: list[tuple] = [("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE), ("LEADING", (0, 0), (-1, -1), CELL_LEADING)]
    extra += [("ALIGN", (i, 1), (i, -1), "RIGHT") for i, (_, _, right, _, _) in enumerate(columns) if right]
    # A text that fits on its line is a plain string, in the colour its paragraph would have.
    extra += [("TEXTCOLOR", (i, 1), (i, -1), INK) for i, (_, _, _, _, wraps) in enumerate(columns) if wraps]
    style = grid_style(1, extra)
    styles = {"": style, "between rows": _continued(style, True), "in a row": _continued(style, False)}

    def make(rows: list[list[Any]], heights: list[float | None] | None = None, split: str = "") -> Table:
        # as base.table: the header repeated on every page, long cells split across pages
        t = table_class(rows, colWidths=widths, rowHeights=heights, repeatRows=1, splitInRow=1)
        t.setStyle(styles[split])
        return t

    if len(figure.rows) <= SHORT_LIST:  # a short list moves to the next page whole
        body = make([header, *(row(number, r) for number, r in enumerate(figure.rows, 1))])
        return [KeepTogether([*head, body]), gap(3)]
    # A long one starts where its heading, header and a few rows still fit, and runs on.
    return [CondPageBreak(45 * mm), *head, _LongTable(make, header, figure.rows, row), gap(3)]


def _continued(style: TableStyle, between_rows: bool) -> TableStyle:
    """``style`` with its grid ruled as reportlab rules the rest of a Table split across a
    page break: the header's and the rows' sides as lines of their own, and no line under
    the header when the break fell inside a row (the row's lower part follows it)."""
    commands: list[tuple] = []
    for command in style.getCommands():
        if command[0] == "GRID":  # over the whole table (base.grid_style)
            line = tuple(command[3:])
            commands += [(op, start, end, *line) for op, start, end in (  # in reportlab's order
                ("LINEABOVE", (0, 0), (-1, 0)),
                ("LINEBEFORE", (0, 0), (0, 0)), ("LINEBEFORE", (0, 1), (0, -1)),
                ("LINEAFTER", (-1, 0), (-1, 0)), ("LINEAFTER", (-1, 1), (-1, -1)),
                ("LINEBELOW", (0, -1), (-1, -1)),
                ("INNERGRID", (0, 0), (-1, 0)),
                *([("LINEABOVE", (0, 1), (-1, 1))] if between_rows else []),
                ("INNERGRID", (0, 1), (-1, -1)))]
        else:
            commands.append(command)
    return TableStyle(commands)


class _LongTable(Flowable):
    """A long drill-down table, laid out and drawn exactly as the one Table of all its
    rows would be (the header repeated on every page, the rows split between pages where
    that Table splits them), but made a page at a time: each time, a Table of the rows
    that reach past the space left, split there, the rest waiting in a _LongTable of its
    own. reportlab copies and measures the whole rest of a Table at every page break, in
    time that grows with the square of the rows (most of the 35-50 s that 50,000 rows
    took). The rows are made into cells as they are needed."""

    def __init__(self, make: Callable[..., Table], header: list[Any], rows: Sequence[dict[str, Any]],
                 cells: Callable[[int, dict[str, Any]], list[Any]], start: int = 0,
                 ready: list[list[Any]] | None = None, heights: list[float | None] | None = None,
                 split: str = "") -> None:
        super().__init__()
        self.hAlign = "CENTER"  # as a Table's
        self._make, self._header, self._rows, self._cells = make, header, rows, cells
        self._start = start  # the first of ``rows`` not yet made into cells
        self._ready = ready or []  # rows made into cells
        # Known heights (header first): a Table left by an in-row split fixes its first row's.
        self._heights = heights or [None]
        self._split = split  # "" (a whole table), or where the page break before it fell
        self._table: Table | None = None  # the window last wrapped: the (width, height) it was given, its rows
        self._key: tuple[float, float] | None = None
        self._size = 0

    def _window(self, size: int) -> Table:
        """A Table of the header and the first ``size`` rows."""
        while len(self._ready) < size and self._start < len(self._rows):
            self._start += 1
            self._ready.append(self._cells(self._start, self._rows[self._start - 1]))
        heights = self._heights[:size + 1]
        heights += [None] * (min(size, len(self._ready)) + 1 - len(heights))
        return self._make([self._header, *self._ready[:size]], heights, self._split)

    def _whole(self, size: int) -> bool:
        return size >= len(self._ready) and self._start >= len(self._rows)

    def _fitted(self, width: float, height: float) -> tuple[Table, float, float]:
        """The smallest window that holds every row or runs past ``height`` (reportlab
        measures a Table's rows only until they pass the height it is given: its
        size is then the same as the whole one's), wrapped."""
        size = int(height // ROW_LEAST) + 2
        while True:
            table = self._window(size)
            w, h = table.wrapOn(getattr(self, "canv", None), width, height)
            if h > height or self._whole(size):
                self._table, self._key, self._size = table, (width, height), size
                return table, w, h
            size *= 2

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's names
        _table, w, h = self._fitted(availWidth, availHeight)
        return w, h

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        if self._key == (availWidth, availHeight) and self._table is not None:
            table, size = self._table, self._size
        else:
            table, _w, _h = self._fitted(availWidth, availHeight)
            size = self._size
        parts = table.splitOn(getattr(self, "canv", None), availWidth, availHeight)
        if len(parts) != 2 or self._whole(size):
            return parts
        first, rest = parts
        # What ``rest`` holds of the window (with the lower part of a row split across the
        # page break first, if one was: the window's rows and one more), then the rows
        # after the window.
        held = rest._cellvalues[1:]
        in_a_row = len(first._cellvalues) - 1 + len(held) > min(size, len(self._ready))
        return [first, _LongTable(self._make, self._header, self._rows, self._cells, self._start,
                                  held + self._ready[size:], rest._argH + self._heights[size + 1:],
                                  "in a row" if in_a_row else "between rows")]

    def draw(self) -> None:
        assert self._table is not None, "drawn before it was wrapped"
        self._table._drawOn(self.canv)  # as the frame would draw the Table itself


Cell = Callable[[int, dict[str, Any]], Any]


def _wrapping(text: str, width: float, fits: dict[tuple[str, float], bool]) -> str | Paragraph:
    """The user's text in a cell ``width`` wide: the plain string where it fits on one
    line and has nothing a Paragraph would change (line breaks, runs of spaces, other
    spaces, control characters), which prints the same and is much faster to lay out and
    draw; else a Paragraph. ``fits`` keeps the answers."""
    key = (text, width)
    if key not in fits:
        fits[key] = (text.isprintable() and text[:1] != " " and text[-1:] != " " and "  " not in text
                     and stringWidth(text, FONT, CELL_SIZE) <= width - PADDING - 0.01)
    return text if fits[key] else para(text, STYLES.cell)


def _columns(key: str, ctx: Context) -> list[tuple[str, float, bool, Cell, bool]]:
    """(header, width (0 = the rest), right-aligned, cell, the user's text that may wrap) of
    a figure's drill-down table: No., the company, then what the figure's rows hold.
    Figures compared between two 決算 show the period ends and the amounts in columns; a
    row that cannot be compared says why in words."""
    def day(value: date | None) -> str:
        return short_day(value, ctx.lang, blank="—")

    def period(name: str) -> Cell:
        return lambda _n, r: day(iso_date(r.get(name)))

    def money(index: int) -> Cell:
        return lambda _n, r: _money(row_money(key, r)[index])

    def detail(_n: int, r: dict[str, Any]) -> str:
        return row_detail(key, r, ctx.translate, day)

    number, day_width, amount = 10 * mm, 27 * mm, 23 * mm
    no = (ctx.translate("office", "No."), number, True, lambda n, _r: str(n), False)
    header = ctx.translate("office", "Company")

    def company(width: float) -> tuple[str, float, bool, Cell, bool]:
        return header, width, False, lambda _n, r: r.get("company_name") or "", True

    if key in TREND_FIGURES:
        amounts = [(ctx.translate("office", "Latest (thousand yen)"), amount, True, money(0), False),
                   (ctx.translate("office", "Previous (thousand yen)"), amount, True, money(1), False),
                   (ctx.translate("office", "Change (thousand yen)"), amount, True, money(2), False)]
        if key.endswith("_unknown"):  # why it could not be compared
            return [no, company(42 * mm),
                    (ctx.translate("office", "Period end"), day_width, False, period("period_end"), False),
                    (ctx.translate("office", "Detail"), 0.0, False, detail, True),
                    *[(h, 20 * mm, right, cell, False) for h, _, right, cell, _ in amounts]]
        return [no, company(0.0), (ctx.translate("office", "Period end"), day_width, False, period("period_end"), False),
                (ctx.translate("office", "Previous period end"), day_width, False, period("previous_period_end"), False),
                *amounts]
    if key in VALUE_ADDED_FIGURES:
        return [no, company(0.0), (ctx.translate("office", "Period end"), day_width, False, period("period_end"), False),
                (ctx.translate("office", "Value added (thousand yen)"), amount + 5 * mm, True, money(0), False),
                (ctx.translate("office", "Change (thousand yen)"), amount + 5 * mm, True, money(2), False)]
    columns = [no, company(52 * mm),
               (ctx.translate("office", DATE_HEADERS[key]), day_width, False, lambda _n, r: day(r.get("date")), False),
               (ctx.translate("office", DETAIL_HEADERS.get(key, "Detail")), 0.0, False, detail, True)]
    return columns


def _money(yen: Any) -> str:
    shown = thousand_yen(yen)
    if shown is None:
        return "—"
    return f"▲{-shown:,}" if shown < 0 else f"{shown:,}"
