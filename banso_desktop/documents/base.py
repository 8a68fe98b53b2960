"""What every owner-ready PDF shares: the bundled font, styles, page furniture
(header from page 2, "page N / M"), and the Japanese conventions (和暦, ▲, 千円).

Qt-free: documents are built with reportlab alone, so the CLI, a worker thread and a
test can all make them. Words come from the Qt Linguist catalogue through
:func:`banso_desktop.i18n.translator` (context ``pdf``), names of codes from
:class:`banso_desktop.labels.Labels`.
"""

from __future__ import annotations

import io
import threading
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Callable, Iterable
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from banso_desktop.documents import kinsoku
from banso_desktop.domain.japanese import document_date, format_amount, table_date
from banso_desktop.i18n import translator
from banso_desktop.labels import Labels
from banso_desktop.paths import resources_dir

FONT = "BIZUDGothic"
FONT_BOLD = "BIZUDGothic-Bold"
FONT_FILES = {FONT: "BIZUDGothic-Regular.ttf", FONT_BOLD: "BIZUDGothic-Bold.ttf"}

PORTRAIT = A4
LANDSCAPE = landscape(A4)
MARGIN = 14 * mm

INK = colors.HexColor("#1d2733")
ACCENT = colors.HexColor("#24496e")
RULE = colors.HexColor("#8a97a6")
HEAD_FILL = colors.HexColor("#e6ecf3")
SOFT_FILL = colors.HexColor("#f4f6f9")
MUTED = colors.HexColor("#5b6776")
# Up to three periods on a radar, oldest to newest: light to strong.
SERIES = (colors.HexColor("#9fb3c8"), colors.HexColor("#e0a040"), colors.HexColor("#24496e"))

_fonts_lock = threading.Lock()
_fonts_ready = False


def register_fonts() -> None:
    """Register the bundled BIZ UDゴシック once per process (TrueType: reportlab embeds a
    subset of the glyphs used, so the PDF prints the same everywhere) and the Japanese
    line breaker (:mod:`kinsoku`)."""
    global _fonts_ready
    with _fonts_lock:
        if _fonts_ready:
            return
        folder = resources_dir() / "fonts"
        for name, file in FONT_FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / file)))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
        kinsoku.install()
        # Charts start from reportlab's base font: make it ours, or every page with a
        # chart would reference an unembedded Helvetica.
        rl_config.defaultGraphicsFontName = FONT
        _fonts_ready = True


def missing_glyphs(text: str) -> set[str]:
    """Characters of ``text`` the bundled font has no glyph for (they would print as a
    box): 𠮷 (つちよし), emoji, rare symbols."""
    register_fonts()
    cmap = pdfmetrics.getFont(FONT).face.charToGlyph
    return {ch for ch in set(text) if ord(ch) >= 32 and not ch.isspace() and ord(ch) not in cmap}


def _style(name: str, size: float, leading: float | None = None, font: str = FONT, **kw: Any) -> ParagraphStyle:
    # wordWrap CJK: break between any two characters, but never before 、。」) etc. (禁則).
    return ParagraphStyle(
        name, fontName=font, fontSize=size, leading=leading or round(size * 1.5, 1),
        textColor=kw.pop("textColor", INK), wordWrap="CJK", **kw,
    )


@dataclass(frozen=True)
class Styles:
    title = _style("title", 18, 24, FONT_BOLD, textColor=ACCENT)
    subtitle = _style("subtitle", 9, 13, textColor=MUTED)
    h1 = _style("h1", 12, 16, FONT_BOLD, textColor=ACCENT, spaceBefore=8, spaceAfter=4, keepWithNext=1)
    h2 = _style("h2", 10, 14, FONT_BOLD, spaceBefore=4, spaceAfter=2, keepWithNext=1)
    body = _style("body", 9.5, 14.5)
    small = _style("small", 7.5, 11, textColor=MUTED)
    cell = _style("cell", 8.5, 12.5)
    cell_bold = _style("cell_bold", 8.5, 12.5, FONT_BOLD)
    cell_right = _style("cell_right", 8.5, 12.5, alignment=TA_RIGHT)
    cell_center = _style("cell_center", 8.5, 12.5, alignment=TA_CENTER)
    head = _style("head", 8.5, 12, FONT_BOLD, alignment=TA_CENTER)
    head_left = _style("head_left", 8.5, 12, FONT_BOLD, alignment=TA_LEFT)
    unit = _style("unit", 7.5, 10, alignment=TA_RIGHT, textColor=MUTED)


STYLES = Styles()


def text_markup(text: Any) -> str:
    """Plain text as Paragraph markup: escaped, line breaks kept."""
    if text is None:
        return ""
    # Full-width spaces (代表取締役　松本　博, 令和　　年) would collapse like ASCII
    # spaces; two no-break half-width spaces keep their width.
    return (escape(str(text)).replace("\r\n", "\n").replace("\n", "<br/>")
            .replace("\u3000", "&nbsp;&nbsp;"))


def para(text: Any, style: ParagraphStyle = STYLES.body) -> Paragraph:
    """A paragraph of the user's own text (never interpreted as markup)."""
    return Paragraph(text_markup(text), style)


def thousands(value: Decimal | int | None, from_yen: bool = False, blank: str = "—") -> str:
    """An amount in 千円 as Japanese documents print it: 1,234 / ▲1,200 (rounded half up
    for display; ``from_yen`` converts whole yen first)."""
    if value is None:
        return blank
    amount = Decimal(value) / 1000 if from_yen else Decimal(value)
    return format_amount(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP), 0, blank)


def percent(rate: Decimal | str | None, places: int = 1) -> str:
    """A ratio as a signed percentage: 12.5% / ▲3.0%."""
    if rate is None:
        return "—"
    value = (Decimal(rate) * 100).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return format_amount(value, places) + "%"


def iso_day(value: Any) -> date | None:
    """A stored ISO date (or timestamp) as a date; None for blanks and junk."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


@dataclass
class Context:
    """The language of one document: words (``translate``), names of codes (``labels``)
    and dates."""

    lang: str
    translate: Callable[[str, str], str]
    labels: Labels

    @classmethod
    def for_language(cls, lang: str) -> "Context":
        register_fonts()  # before any Paragraph is made in the bundled font
        lang = "en" if lang == "en" else "ja"
        translate = translator(lang)
        return cls(lang, translate, Labels(translate, lang))

    def date(self, day: date | None, blank: str = "—") -> str:
        """和暦 with 西暦 (令和8年11月21日（2026年11月21日）) / 21 Nov 2026 (Reiwa 8)."""
        return document_date(day, "ja" if self.lang == "ja" else "en", blank)

    def short_date(self, day: date | None, blank: str = "—") -> str:
        """A compact date for table cells: 令和8年12月15日 / 15 Dec 2026."""
        return table_date(day, "ja" if self.lang == "ja" else "en", blank)


class PageFurniture:
    """Draws the header (company and document name, from page 2) and the footer
    ("N / M" and the date made) on every page; M is known only at the end, so the
    canvas keeps each page's state and draws the numbers when the document is saved."""

    def __init__(self, ctx: "Context", company: str, title: str, made_on: date,
                 page_size: tuple[float, float]) -> None:
        self.company, self.title, self.page_size = company, title, page_size
        label = ctx.translate("pdf", "Made on")
        self.made = f"{label} {ctx.date(made_on)}"

    def canvas_class(self) -> type[canvas.Canvas]:
        furniture = self

        class NumberedCanvas(canvas.Canvas):
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                self._pages: list[dict[str, Any]] = []

            def showPage(self) -> None:  # noqa: N802 - reportlab's name
                self._pages.append(dict(self.__dict__))
                self._startPage()

            def save(self) -> None:
                total = len(self._pages)
                for state in self._pages:
                    self.__dict__.update(state)
                    furniture.draw(self, self._pageNumber, total)
                    canvas.Canvas.showPage(self)
                canvas.Canvas.save(self)

        return NumberedCanvas

    def draw(self, c: canvas.Canvas, number: int, total: int) -> None:
        width, height = self.page_size
        c.saveState()
        c.setFillColor(MUTED)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        if number > 1:
            c.setFont(FONT, 8)
            c.drawString(MARGIN, height - MARGIN + 4 * mm, fit_text(self.company, FONT, 8, width / 2 - MARGIN))
            c.drawRightString(width - MARGIN, height - MARGIN + 4 * mm, self.title)
            c.line(MARGIN, height - MARGIN + 2.5 * mm, width - MARGIN, height - MARGIN + 2.5 * mm)
        c.setFont(FONT, 8)
        c.drawCentredString(width / 2, MARGIN - 7 * mm, f"{number} / {total}")
        c.drawRightString(width - MARGIN, MARGIN - 7 * mm, self.made)
        c.restoreState()


def build_pdf(story: list[Flowable], furniture: PageFurniture, title: str, author: str = "",
              page_size: tuple[float, float] = PORTRAIT) -> bytes:
    """Lay out ``story`` on A4 pages with the header and footer; returns the PDF's bytes."""
    register_fonts()
    out = io.BytesIO()
    width, height = page_size
    doc = BaseDocTemplate(
        out, pagesize=page_size, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN + 3 * mm,
        bottomMargin=MARGIN, title=title, author=author, creator="Banso Desktop", subject=furniture.company,
        # Reproducible bytes for the same content (no random document id, no time stamp).
        invariant=1,
        # Each page starts in our font, so no unembedded Helvetica is ever referenced.
        initialFontName=FONT, initialFontSize=9,
    )
    frame = Frame(MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN - 3 * mm, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], pagesize=page_size)])
    doc.build(story, canvasmaker=furniture.canvas_class())
    return out.getvalue()


def layout_style(commands: Iterable[tuple]) -> TableStyle:
    """A table style in the bundled font: reportlab sets each cell's font even for an
    empty cell, and would otherwise put a non-embedded Helvetica into the PDF."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


def grid_style(header_rows: int = 1, extra: Iterable[tuple] = ()) -> TableStyle:
    """Thin-ruled table with a tinted header, cells top-aligned."""
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # plain-string cells too: no unembedded Helvetica
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_FILL),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
        ]
    return TableStyle(commands + list(extra))


def table(rows: list[list[Any]], widths: list[float], header_rows: int = 1,
          extra: Iterable[tuple] = ()) -> Table:
    """A ruled table whose header repeats on every page and whose long cells split
    across pages instead of being cut off."""
    t = Table(rows, colWidths=widths, repeatRows=header_rows, splitInRow=1)
    t.setStyle(grid_style(header_rows, extra))
    return t


def unit_line(ctx: Context) -> Paragraph:
    """"(単位：千円)", set right above a money table."""
    return Paragraph(text_markup(ctx.translate("pdf", "(Unit: thousand yen)")), STYLES.unit)


def heading(text: str) -> list[Flowable]:
    return [Paragraph(text_markup(text), STYLES.h1)]


def gap(height_mm: float = 3) -> Spacer:
    return Spacer(1, height_mm * mm)


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with … so that it fits ``width`` (for one-line page headers)."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def file_name(kind_title: str, company: str, day: date) -> str:
    """A name the owner recognises in a mail: 行動計画書_株式会社浪速企画_20261121.pdf
    (no characters Windows forbids, no control characters, and short enough for every
    file system's 255-byte limit)."""
    safe = "".join(ch for ch in company if ch not in '\\/:*?"<>|' and ord(ch) >= 32).strip() or "company"
    return f"{kind_title}_{safe[:40]}_{day:%Y%m%d}.pdf"
