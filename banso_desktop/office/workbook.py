"""The yearly report as an Excel workbook (.xlsx), Japanese first.

Two sheets: 年次報告 (every figure in report order with its unit and how it is counted)
and 内訳 (one row per company or record behind each figure, with real date cells and
the money in 千円 as numbers, so the office can filter, sort and add them up).

Money is shown in 千円 as whole numbers, rounded half up as the office screen and every
other document of the app show it (1,234,499 yen → 1,234; 1,234,500 → 1,235; -1,500 yen
→ ▲2), with ▲ for negatives through the number format. The wording shared with the PDF (:mod:`banso_desktop.documents.office_report`)
lives here too: the report's title, its period and each drill-down row's detail.

Qt-free: openpyxl alone, for the office screen's worker thread and the CLI.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date
from typing import Any, Callable
from xml.sax.saxutils import escape

from decimal import ROUND_HALF_UP, Decimal

from banso_desktop.domain.japanese import document_date, table_date, to_wareki, yen_to_thousands
from banso_desktop.domain.text import display_width
from banso_desktop.i18n import translator
from banso_desktop.office.history import iso_date
from banso_desktop.office.kpi import FIGURES, MONEY, FiscalYear, YearReport
from banso_desktop.office.labels import FIGURE_NAMES, FIGURE_RULES, FIGURE_UNITS

Translate = Callable[[str, str], str]

# Figures whose rows compare the latest 決算 with the one before (売上高・粗利).
TREND_FIGURES = frozenset(f"{prefix}_{trend}" for prefix in ("sales", "gross_profit")
                          for trend in ("increased", "decreased", "flat", "unknown"))
# Figures whose rows carry a company's 付加価値額 and its change.
VALUE_ADDED_FIGURES = frozenset({"value_added_yen", "value_added_increase_yen", "value_added_increased_companies"})
# The 「うち」 figures, indented under the one they are part of.
PART_FIGURES = TREND_FIGURES

MONEY_FORMAT = "#,##0;▲#,##0"
COUNT_FORMAT = "#,##0"
DATE_FORMATS = {"ja": "yyyy/m/d", "en": "yyyy-mm-dd"}
# BIZ UDPゴシック, as the app and its PDFs (with Windows since 10; elsewhere Excel falls
# back to a Japanese font); English workbooks keep Excel's default.
FONT_NAMES = {"ja": "BIZ UDPゴシック", "en": None}
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_PLACEHOLDER = re.compile(r"%(\d)")
_ILLEGAL = re.compile(r"[\000-\010\013\014\016-\037]")  # what an .xlsx cannot hold


# --- wording shared with the PDF ---------------------------------------------------------------


def fill(template: str, *values: Any) -> str:
    """``template`` with %1, %2 … replaced by ``values`` in one pass (a company's text that
    holds "%2" stays as typed)."""
    return _PLACEHOLDER.sub(lambda m: str(values[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(values)
                            else m.group(0), template)


def thousand_yen(yen: Any) -> int | None:
    """Whole yen as whole 千円, rounded half up (as the office screen shows it)."""
    if yen is None:
        return None
    return int(yen_to_thousands(int(yen)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def short_day(day: date | None, lang: str, blank: str = "") -> str:
    """A compact date for a table cell: 令和7年6月5日 / 5 Jun 2025."""
    return table_date(day, lang, blank)


def long_day(day: date, lang: str) -> str:
    """和暦 with 西暦 (令和7年4月1日（2025年4月1日）) / 1 Apr 2025 (Reiwa 7)."""
    return document_date(day, lang)


def fiscal_year_label(fy: FiscalYear, lang: str, translate: Translate) -> str:
    """令和7年度（2025年度） / fiscal year 2025 (Reiwa 7). A fiscal year takes the era in
    force at the end of the calendar year it starts in (2019 is 令和元年度)."""
    try:
        era, number = to_wareki(date(fy.year, 12, 31))
        era_year = f"{era.romaji} {number}" if lang == "en" else era.name + ("元" if number == 1 else str(number))
    except ValueError:  # before 明治
        era_year = str(fy.year)
    return fill(translate("office", "fiscal year %1 (%2)"), fy.year, era_year)


def report_title(report: YearReport, lang: str, translate: Translate) -> str:
    """令和7年度（2025年度）支援実績報告"""
    return translate("office", "Support results for %1").replace(
        "%1", fiscal_year_label(report.fiscal_year, lang, translate))


def period_text(fy: FiscalYear, lang: str, translate: Translate) -> str:
    """令和7年4月1日（2025年4月1日）〜令和8年3月31日（2026年3月31日）"""
    return fill(translate("office", "%1 to %2"), long_day(fy.start, lang), long_day(fy.end, lang))


def row_money(key: str, row: dict[str, Any]) -> tuple[int | None, int | None, int | None]:
    """(latest, previous, change) in whole yen behind one drill-down row; None where the
    figure has no such amount."""
    if key in TREND_FIGURES:
        return row.get("latest_yen"), row.get("previous_yen"), row.get("change_yen")
    if key in VALUE_ADDED_FIGURES:
        return row.get("value_added_yen"), None, row.get("change_yen")
    return None, None, None


def has_money(key: str) -> bool:
    return key in TREND_FIGURES or key in VALUE_ADDED_FIGURES


def row_detail(key: str, row: dict[str, Any], translate: Translate, day: Callable[[date | None], str]) -> str:
    """What stands behind one company (or record) of a figure, in one line."""
    def period(name: str) -> str:
        return day(iso_date(row.get(name)))

    if key == "supported_companies":
        return translate("office", "Sessions in the year: %1").replace("%1", str(row.get("sessions", 0)))
    if key == "analysed_companies":
        return fill(translate("office", "Period ending %1; periods entered in the year: %2"),
                    period("period_end"), row.get("periods_entered", 0))
    if key == "planned_companies":
        return translate("office", "Actions agreed in the year: %1").replace("%1", str(row.get("actions", 0)))
    if key == "follow_up_companies":
        return fill(translate("office", "Follow-up sessions: %1 (first plan on %2)"),
                    row.get("sessions", 0), day(row.get("plan_date")))
    if key == "follow_up_sessions":
        return row.get("theme") or ""
    # The latest period's end has a column of its own: the words say what it was compared with.
    if key in TREND_FIGURES:
        if row.get("period_end") is None:
            return translate("office", "No period closed by the end of the year.")
        if row.get("previous_period_end") is None:
            return translate("office", "No period before it to compare with.")
        if row.get("change_yen") is None:
            return translate("office", "Not comparable with the period ending %1 (a figure is missing, "
                                       "or the periods are not 12 months a year apart).").replace(
                "%1", period("previous_period_end"))
        return translate("office", "Against the period ending %1.").replace("%1", period("previous_period_end"))
    if key in VALUE_ADDED_FIGURES:
        if row.get("change_yen") is None:
            return translate("office", "No comparable period before it.")
        return ""
    if key == "referrals_made":
        text = translate("office", "Referred to %1").replace("%1", row.get("institution") or "")
        if row.get("outcome"):
            text += translate("office", "; outcome: %1").replace("%1", row["outcome"])
        return text
    if key == "referrals_closed":
        return fill(translate("office", "Referred to %1 on %2; outcome: %3"),
                    row.get("institution") or "", day(row.get("referred")), row.get("outcome") or "")
    if key == "issues_resolved":
        return row.get("title") or ""
    return ""


def figure_value_text(key: str, value: int) -> str:
    """The figure as the report prints it: 1,234 / ▲56 (千円 for money)."""
    shown = thousand_yen(value) if key in MONEY else value
    return f"▲{-shown:,}" if shown < 0 else f"{shown:,}"


# --- the workbook ------------------------------------------------------------------------------


def sheet_name(text: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """A valid, unused sheet name: no []:*?/\\, not starting or ending with ', at most 31
    characters."""
    name = _SHEET_NAME_FORBIDDEN.sub(" ", _ILLEGAL.sub("", text)).strip().strip("'").strip()[:31] or "Sheet"
    base, number = name, 2
    while name.casefold() in {t.casefold() for t in taken}:
        suffix = f" ({number})"
        name, number = base[:31 - len(suffix)] + suffix, number + 1
    return name


def _text(value: Any) -> str:
    """The user's text as a cell can hold it (no control characters)."""
    return _ILLEGAL.sub("", str(value)) if value is not None else ""


Progress = Callable[[int, int], None]
PROGRESS_EVERY = 500  # drill-down rows between two calls of ``progress``


class _Cells:
    """The cells of one write-only sheet, in the workbook's language: in Japanese every
    cell with a value takes the Japanese font (at its own weight and size; a plain cell
    at Excel's 11 pt)."""

    def __init__(self, ws, lang: str) -> None:
        self.ws = ws
        self.font_name = FONT_NAMES[lang]

    def font(self, bold: bool = False, size: float | None = None):
        from openpyxl.styles import Font

        if self.font_name:
            return Font(name=self.font_name, bold=bold, size=size if size is not None or bold else 11)
        return Font(bold=True, size=size) if bold else None

    def put(self, value: Any, *, bold: bool = False, size: float | None = None, **style: Any):
        """A cell holding ``value`` (None for none or an empty text: an empty cell), in
        its font and ``style`` (fill, border, alignment, number_format)."""
        from openpyxl.cell import WriteOnlyCell

        if isinstance(value, str):
            value = _text(value) or None
        if value is None:
            return None
        cell = WriteOnlyCell(self.ws, value)
        if isinstance(value, str):
            cell.data_type = "s"  # a name typed as "=…" (or "#N/A") is text, never a formula
        for name, setting in (("font", self.font(bold, size)), *style.items()):
            if setting is not None:
                setattr(cell, name, setting)
        return cell

    def style_id(self, **style: Any) -> int:
        """The number of the workbook's cell format for a plain cell with ``style``, to
        write cells with it directly; 0 for no format."""
        cell = self.put(0, **style)
        return cell.style_id if cell.has_style else 0


def count_label(report: YearReport, translate) -> str:
    """The companies the report counts: the file's, or the consultant's."""
    if report.scope:
        return translate("office", "Companies of the consultant")
    return translate("office", "Companies in the file")


def workbook_bytes(report: YearReport, lang: str, made_on: date, organization: str = "", *,
                   progress: Progress | None = None) -> bytes:
    """The yearly report as an .xlsx file's bytes, in ``lang`` ('ja' or 'en').

    ``progress`` is called now and then with (drill-down rows done, rows in all), last
    with (all, all) once the file is made; an exception it raises stops the export and
    comes out of here (that is how the app cancels)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, PatternFill, Side

    lang = "en" if lang == "en" else "ja"
    translate = translator(lang)
    total = sum(len(report[key].rows) for key in FIGURES)
    if progress:
        progress(0, total)
    thin = Side(style="thin", color="8A97A6")
    ruled = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_style = {"bold": True, "fill": PatternFill("solid", fgColor="E6ECF3"), "border": ruled,
                  "alignment": Alignment(horizontal="center", vertical="center", wrap_text=True)}
    title = report_title(report, lang, translate)

    # Write-only: a row goes to the file as it is added, so what a sheet writes before its
    # rows (freeze panes, column widths, row heights, fit to page) is set first.
    book = Workbook(write_only=True)
    book.properties.title = title
    book.properties.creator = "Banso Desktop"
    book.properties.language = lang
    ws = book.create_sheet(sheet_name(translate("office", "Yearly report")))
    details = book.create_sheet(sheet_name(translate("office", "Details"), {ws.title}))

    # The drill-down's rows first (the only long work, so a cancel leaves no sheet half
    # written), then the figures, then the drill-down's header; its rows go in on saving.
    headers = (translate("office", "Item"), translate("office", "Company"), translate("office", "Date"),
               translate("office", "Period end"), translate("office", "Detail"),
               translate("office", "Latest (thousand yen)"), translate("office", "Previous (thousand yen)"),
               translate("office", "Change (thousand yen)"))
    rows, widths = _detail_rows(report, lang, translate, _Cells(details, lang), book.epoch, headers, progress)
    _figures_sheet(ws, report, lang, translate, title, made_on, organization, ruled, head_style)
    details.freeze_panes = "A2"
    details.auto_filter.ref = f"A1:H{max(total + 1, 2)}"
    for letter, width, least, most in zip("ABCDEFGH", widths, (20, 20, 12, 12, 30, 14, 14, 14),
                                         (44, 44, 14, 14, 60, 16, 16, 16)):
        details.column_dimensions[letter].width = min(most, max(least, width + 2))
    details.row_dimensions[1].height = 30
    _print_setup(details, 1, landscape=True)
    details.append([_Cells(details, lang).put(text, **head_style) for text in headers])
    out = io.BytesIO()
    book.save(out)
    data = _with_rows(out.getvalue(), details.path.lstrip("/"), rows)  # its path is known once saved
    if progress:
        progress(total, total)
    return data


def _figures_sheet(ws, report: YearReport, lang: str, translate: Translate, title: str, made_on: date,
                   organization: str, ruled, head_style: dict[str, Any]) -> None:
    """Sheet 1: every figure in report order with its unit and how it is counted."""
    from openpyxl.styles import Alignment

    put = _Cells(ws, lang).put
    info = [
        (translate("office", "Period covered"), period_text(report.fiscal_year, lang, translate)),
        (translate("office", "Support organisation"), organization),
        (translate("office", "Made on"), long_day(made_on, lang)),
    ]
    if report.scope:
        info.insert(2, (translate("office", "Consultant"), report.scope.label(translate)))
    header_row = 2 + len(info) + 2  # after the title, the lines above, the count and a blank line
    ws.freeze_panes = f"A{header_row + 1}"
    names = [display_width(translate("office", FIGURE_NAMES[k])) + (4 if k in PART_FIGURES else 0) for k in FIGURES]
    ws.column_dimensions["A"].width = min(60, max([display_width(label) for label, _ in info] + names) + 2)
    ws.column_dimensions["B"].width = 16
    ws.column_dimensions["C"].width = max(10, max(display_width(translate("office", FIGURE_UNITS[k])) for k in FIGURES) + 2)
    ws.column_dimensions["D"].width = 70
    _print_setup(ws, header_row)

    ws.append([put(title, bold=True, size=14)])
    for label, value in info:
        ws.append([put(label, bold=True), put(value)])
    ws.append([put(count_label(report, translate), bold=True),
               put(report.company_count, number_format=COUNT_FORMAT, alignment=Alignment(horizontal="right")),
               put(translate("office", "companies"))])
    ws.append([])
    ws.append([put(text, **head_style) for text in (translate("office", "Item"), translate("office", "Value"),
                                                    translate("office", "Unit"), translate("office", "How it is counted"))])
    unit_alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
    rule_alignment = Alignment(vertical="top", wrap_text=True)
    for key in FIGURES:
        figure = report[key]
        money = key in MONEY
        name_alignment = Alignment(horizontal="left", vertical="top", wrap_text=True,
                                   indent=2 if key in PART_FIGURES else 0)
        ws.append([put(translate("office", FIGURE_NAMES[key]), border=ruled, alignment=name_alignment),
                   put(thousand_yen(figure.value) if money else int(figure.value), border=ruled,
                       alignment=Alignment(vertical="top"), number_format=MONEY_FORMAT if money else COUNT_FORMAT),
                   put(translate("office", FIGURE_UNITS[key]), border=ruled, alignment=unit_alignment),
                   put(translate("office", FIGURE_RULES[key]), border=ruled, alignment=rule_alignment)])
    ws.append([])
    ws.append([put(translate("office", "Amounts are in thousand yen, rounded to the nearest thousand; "
                       "▲ marks a negative amount."))])


def _detail_rows(report: YearReport, lang: str, translate: Translate, cells: _Cells, epoch: Any,
                 headers: tuple[str, ...], progress: Progress | None) -> tuple[list[str], list[int]]:
    """Sheet 2's rows from the second on, one per company (or record) behind each figure,
    as SpreadsheetML in the markup openpyxl writes for such cells (openpyxl would spend
    ~20 µs on each of the ~250,000 cells of a large file in its pure-Python XML writer),
    in chunks; and the width each column needs."""
    from openpyxl.utils.datetime import to_excel

    def day(value: date | None) -> str:
        return short_day(value, lang)

    text_cell = _text_cell_markup(cells.style_id())
    date_cell = _number_cell_markup(cells.style_id(number_format=DATE_FORMATS[lang]))
    money_cell = _number_cell_markup(cells.style_id(number_format=MONEY_FORMAT))
    total = sum(len(report[key].rows) for key in FIGURES)
    widths = [display_width(h) for h in headers]
    measured: dict[str, int] = {}

    def widen(column: int, text: str) -> None:
        # A full-width character takes two: a text at most half as wide as the widest
        # so far cannot widen the column.
        if 2 * len(text) > widths[column]:
            if text not in measured:
                measured[text] = display_width(text)
            widths[column] = max(widths[column], measured[text])

    chunks: list[str] = []
    lines: list[str] = []
    row = 1
    for key in FIGURES:
        name = translate("office", FIGURE_NAMES[key])
        if report[key].rows:
            widths[0] = max(widths[0], display_width(name))
        for r in report[key].rows:
            row += 1
            detail = row_detail(key, r, translate, day)
            company = r.get("company_name") or ""
            line = [f'<row r="{row}">', text_cell("A", row, name), text_cell("B", row, company)]
            if r.get("date") is not None:
                line.append(date_cell("C", row, to_excel(r["date"], epoch)))
            period_end = iso_date(r.get("period_end")) if "period_end" in r else None
            if period_end is not None:
                line.append(date_cell("D", row, to_excel(period_end, epoch)))
            line.append(text_cell("E", row, detail))
            for column, yen in zip("FGH", row_money(key, r)):
                if yen is not None:
                    line.append(money_cell(column, row, thousand_yen(yen)))
            line.append("</row>")
            lines.append("".join(line))
            widen(1, company)
            widen(4, detail)
            if len(lines) == PROGRESS_EVERY:
                chunks.append("".join(lines))
                lines.clear()
                if progress:
                    progress(row - 1, total)
    chunks.append("".join(lines))
    return chunks, widths


def _text_cell_markup(style_id: int) -> Callable[[str, int, str], str]:
    """A text cell as openpyxl writes it (an inline string of at most the 32,767
    characters a cell holds; a text with spaces at either end keeps them); nothing for an
    empty text (an empty cell)."""
    style = f' s="{style_id}"' if style_id else ""

    def cell(column: str, row: int, value: str) -> str:
        value = _text(value)[:32767]
        if not value:
            return ""
        stripped = value.strip()
        space = ' xml:space="preserve"' if stripped and stripped != value else ""
        return f'<c r="{column}{row}"{style} t="inlineStr"><is><t{space}>{escape(value)}</t></is></c>'
    return cell


def _number_cell_markup(style_id: int) -> Callable[[str, int, Any], str]:
    """A number (or a date as Excel's day number) cell as openpyxl writes it."""
    from openpyxl.compat import safe_string

    style = f' s="{style_id}"' if style_id else ""

    def cell(column: str, row: int, value: Any) -> str:
        return f'<c r="{column}{row}"{style} t="n"><v>{safe_string(value)}</v></c>'
    return cell


def _with_rows(xlsx: bytes, sheet_path: str, rows: list[str]) -> bytes:
    """The .xlsx file ``xlsx`` with the markup ``rows`` added at the end of the sheet
    ``sheet_path``'s rows."""
    end = b"</sheetData>"
    found = False
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(xlsx)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename != sheet_path:
                target.writestr(info, content)
                continue
            at = content.index(end)  # a text holds "<" escaped: the first is the sheet's
            with target.open(info, "w") as sheet:
                sheet.write(content[:at])
                for chunk in rows:
                    sheet.write(chunk.encode("utf-8"))
                sheet.write(content[at:])
            found = True
    if not found:
        raise ValueError(f"no sheet {sheet_path} in the workbook")
    return out.getvalue()


def _print_setup(ws, header_row: int, landscape: bool = False) -> None:
    """A4, fit to the page's width, the header row repeated on every printed page."""
    from openpyxl.worksheet.worksheet import Worksheet

    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{header_row}:{header_row}"
