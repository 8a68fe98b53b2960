"""ロカベンシート: METI's ローカルベンチマーク as three A4 landscape pages, in the
order of the official workbook.

1. 財務分析 — who and what (company, 業種 × 事業規模 and the rule that chose the size,
   benchmark set), the inputs of the last three periods in 千円, the six indicators with
   their points, 総合評価点 and ランク, and the radar beside them; why a value could not
   be computed is listed under the tables (DOMAIN.md §3).
2. 商流・業務フロー — the parties around the company as boxes joined by arrows, then
   the business flow as a row of steps with 業務内容 and 差別化ポイント.
3. 4つの視点 — every item of the four perspectives with the consultant's notes, and
   まとめ (現状認識 / 将来目標 / 課題 / 対応策) as 2 × 2 boxes.

Pages 2 and 3 hold the user's own text: every box is a table cell that grows with its
text and splits across pages (never a fixed-height frame), so nothing is ever cut off.
"""

from __future__ import annotations

from typing import Any

from reportlab.graphics.shapes import Drawing, Line, Polygon
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table

from banso_desktop.data import industries, rokaben_sheet
from banso_desktop.documents.base import (
    ACCENT,
    HEAD_FILL,
    LANDSCAPE,
    MARGIN,
    MUTED,
    RULE,
    SOFT_FILL,
    STYLES,
    Context,
    PageFurniture,
    build_pdf,
    gap,
    heading,
    layout_style,
    para,
    table,
    text_markup,
    thousands,
    unit_line,
)
from banso_desktop.documents.charts import radar
from banso_desktop.documents.content import Content
from banso_desktop.domain.rokaben import (
    INDICATORS,
    MAX_TOTAL,
    PeriodScore,
    format_value,
    rank,
)
from banso_desktop.domain.statements import (
    borrowings_yen,
    payables_yen,
    receivables_yen,
)

WIDTH = LANDSCAPE[0] - 2 * MARGIN  # the body frame's width

# Page 1 must hold two tables, the radar and the header on one landscape page: a
# slightly smaller type than the other documents' tables.
_SMALL = {"fontSize": 8, "leading": 10.5}
CELL = ParagraphStyle("rk_cell", parent=STYLES.cell, **_SMALL)
CELL_BOLD = ParagraphStyle("rk_cell_bold", parent=STYLES.cell_bold, **_SMALL)
CELL_RIGHT = ParagraphStyle("rk_cell_right", parent=STYLES.cell_right, **_SMALL)
CELL_CENTER = ParagraphStyle("rk_cell_center", parent=STYLES.cell_center, **_SMALL)
HEAD = ParagraphStyle("rk_head", parent=STYLES.head, **_SMALL)
HEAD_LEFT = ParagraphStyle("rk_head_left", parent=STYLES.head_left, **_SMALL)
RANK = ParagraphStyle("rk_rank", parent=STYLES.cell_center, fontName=STYLES.cell_bold.fontName,
                      fontSize=9, leading=11, textColor=ACCENT)
NOTE = ParagraphStyle("rk_note", parent=STYLES.small, fontSize=7, leading=9.5)
SECTION = ParagraphStyle("rk_section", parent=STYLES.h2, fontSize=9, leading=12, textColor=ACCENT,
                         spaceBefore=0, spaceAfter=2)
ROLE = ParagraphStyle("rk_role", parent=STYLES.head, textColor=ACCENT)
TEXT = STYLES.cell  # the user's answers on pages 2 and 3
# 4つの視点 and まとめ: sixteen rows and four boxes on one page for answers of a line or two.
ANSWER = ParagraphStyle("rk_answer", parent=STYLES.cell, fontSize=8, leading=10.5)
ANSWER_BOLD = ParagraphStyle("rk_answer_bold", parent=STYLES.cell_bold, fontSize=8, leading=10.5)
ANSWER_HEAD = ParagraphStyle("rk_answer_head", parent=STYLES.head_left, fontSize=8, leading=10.5)
SUMMARY_HEADING = ParagraphStyle("rk_summary_heading", parent=STYLES.h1, spaceBefore=2)

COMPACT = [
    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
]
NO_PADDING = [
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
]
CELL_PADDING = [
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
]

GREY = "#" + MUTED.hexval()[2:]  # MUTED for <font color> in Paragraph markup

SHOWN_PERIODS = 3
MAX_STEPS_PER_ROW = 6


def build(content: Content, ctx: Context) -> bytes:
    """The ロカベンシート of ``content`` in ``ctx``'s language, as PDF bytes."""
    title = ctx.translate("pdf", "Local Benchmark sheet")
    story: list[Flowable] = []
    story += financial_page(content, ctx, title)
    story.append(PageBreak())
    story += flow_page(content, ctx)
    story.append(PageBreak())
    story += perspectives_page(content, ctx)
    furniture = PageFurniture(ctx, content.company_name, title, content.today, LANDSCAPE)
    return build_pdf(story, furniture, title, author=content.consultant, page_size=LANDSCAPE)


_style = layout_style


def _text(text: Any, style: ParagraphStyle) -> Paragraph:
    return Paragraph(text_markup(text), style)


# --- page 1: 財務分析 ----------------------------------------------------------------------------


def financial_page(content: Content, ctx: Context, title: str) -> list[Flowable]:
    page_name = ctx.translate("pdf", "Financial analysis")
    top = Paragraph(
        f"{text_markup(title)}<font size=12 color='{GREY}'>　"
        f"{text_markup(page_name)}</font>",
        STYLES.title,
    )
    out: list[Flowable] = [top, gap(1.5), _header_block(content, ctx), gap(3)]
    assessment = content.assessment
    periods = assessment.periods[-SHOWN_PERIODS:]
    if not periods:
        out.append(para(ctx.translate("pdf", "No fiscal periods have been entered yet."), STYLES.body))
        return out
    left_width = WIDTH * 0.63
    right_width = WIDTH - left_width - 12
    notes = _reason_notes(periods, ctx)
    left: list[Flowable] = [
        _section_title(ctx.translate("pdf", "Financial figures"), unit=ctx, width=sum(_columns(left_width, len(periods), True))),
        _figures_table(content, periods, ctx, left_width),
        gap(2.5),
        _section_title(ctx.translate("pdf", "Indicators and points")),
        _indicator_table(content, periods, notes, ctx, left_width),
    ]
    right: list[Flowable] = [
        _section_title(ctx.translate("pdf", "Radar chart")),
        # Smaller when many notes must fit under it (first visits with figures missing).
        radar(assessment.periods, ctx, right_width, max(150, 250 - 10 * len(notes))),
        gap(2),
        _text(ctx.translate("pdf", "Each indicator scores 1 to 5 points against the benchmark of the industry and size (the outer ring is 5); the total is out of 30."), NOTE),
        _text(ctx.translate("pdf", "Rank: A 24 points or more, B 18–23, C 12–17, D 11 or less."), NOTE),
    ]
    if notes:
        # Why a value could not be computed: under the radar, where the column has room,
        # so a first visit's incomplete figures do not push the page onto a second one.
        right.append(gap(2))
        marker = _marker(ctx)
        for number, (indicator, reason, ends) in enumerate(notes.values(), start=1):
            when = ("・" if ctx.lang == "ja" else ", ").join(ctx.labels.fiscal_period(end) for end in ends)
            colon = "：" if ctx.lang == "ja" else ": "
            where = f"（{when}）" if ctx.lang == "ja" else f" ({when})"
            why = ctx.translate("rokaben", reason.message)
            right.append(_text(f"{marker}{number} {ctx.labels.indicator(indicator.value)}{where}{colon}{why}", NOTE))
    side = Table([[left, "", right]], colWidths=[left_width, 12, right_width], splitInRow=1)
    side.setStyle(_style([("VALIGN", (0, 0), (-1, -1), "TOP"), *NO_PADDING]))
    out.append(side)
    return out


def _marker(ctx: Context) -> str:
    return "※" if ctx.lang == "ja" else "*"


def _section_title(text: str, unit: Context | None = None, width: float | None = None) -> Flowable:
    """A small accent title over a table, with "(単位：千円)" on the same line, at the
    table's right edge, when asked."""
    if unit is None:
        return _text(text, SECTION)
    row = Table([[_text(text, SECTION), unit_line(unit)]], colWidths=[width / 2, width / 2] if width else None,
                hAlign="LEFT")
    row.setStyle(_style([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), *NO_PADDING,
                         ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return row


def _header_block(content: Content, ctx: Context) -> Table:
    """企業名, 代表者, 業種, 事業規模 (and which rule chose it), 作成日, 支援者, 支援機関, 基準値."""
    company = content.company
    assessment = content.assessment
    representative = content.representative
    industry = industries().get(assessment.industry_code or company.get("industry_code"))
    industry_text = industry.label(ctx.lang) if industry else ctx.translate("pdf", "Industry not set")
    scale_text = ctx.labels.scale(assessment.scale.value) if assessment.scale else ctx.translate("pdf", "Size not decided")
    if content.scale_rule == "given":
        rule = ctx.translate("pdf", "(size set by hand)")
    elif content.scale_rule == "derived":
        rule = ctx.translate("pdf", "(size decided from the number of employees)")
    else:
        rule = ctx.translate("pdf", "(enter the industry and the number of employees to decide the size)")
    if assessment.benchmark is None:
        benchmark = ctx.translate("pdf", "Benchmarks not registered")
    elif not assessment.benchmark_row_found:
        benchmark = ctx.translate("pdf", "{set}: no benchmark for this industry and size").format(set=assessment.benchmark.label)
    else:
        benchmark = assessment.benchmark.label
    space = "　" if ctx.lang == "ja" else " · "
    industry_markup = (f"{text_markup(industry_text)}{space}{text_markup(scale_text)}"
                       f"<font color='{GREY}' size=6.5>　{text_markup(rule)}</font>")
    labels = [44, 62, 62, 52]
    values = [170, 120, 0, 150]
    values[2] = WIDTH - sum(labels) - sum(values)
    widths = [w for pair in zip(labels, values) for w in pair]
    rows: list[list[Any]] = [
        [_text(ctx.translate("pdf", "Business"), HEAD_LEFT), _text(content.company_name, CELL_BOLD),
         _text(ctx.translate("pdf", "Representative"), HEAD_LEFT), _text(representative, CELL),
         _text(ctx.translate("pdf", "Industry"), HEAD_LEFT), Paragraph(industry_markup, CELL), "", ""],
        [_text(ctx.translate("pdf", "Made on"), HEAD_LEFT), _text(ctx.date(content.today), CELL),
         _text(ctx.translate("pdf", "Consultant"), HEAD_LEFT), _text(content.consultant, CELL),
         _text(ctx.translate("pdf", "Support organisation"), HEAD_LEFT), _text(content.organization, CELL),
         _text(ctx.translate("pdf", "Benchmarks"), HEAD_LEFT), _text(benchmark, CELL)],
    ]
    extra = [("BACKGROUND", (c, 0), (c, -1), HEAD_FILL) for c in range(0, 8, 2)]
    extra += [("BACKGROUND", (6, 0), (7, 0), colors.white), ("SPAN", (5, 0), (7, 0))]
    return table(rows, widths, header_rows=0, extra=[*extra, *COMPACT, ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])


def _period_rows(content: Content, periods: list[PeriodScore]) -> list[dict[str, Any] | None]:
    stored = {str(p.get("period_end"))[:10]: p for p in content.periods}
    return [stored.get(p.period_end.isoformat()) for p in periods]


def _figures_table(content: Content, periods: list[PeriodScore], ctx: Context, width: float) -> Table:
    """The inputs of the last periods in 千円 (従業員数 in persons), ▲ for negatives."""
    lines = [
        (ctx.translate("pdf", "Sales"), lambda p: p.get("sales_yen")),
        (ctx.translate("pdf", "Operating income"), lambda p: p.get("operating_income_yen")),
        (ctx.translate("pdf", "Depreciation"), lambda p: p.get("depreciation_yen")),
        (ctx.translate("pdf", "Employees (persons)"), None),
        (ctx.translate("pdf", "Borrowings"), borrowings_yen),
        (ctx.translate("pdf", "Cash and deposits"), lambda p: p.get("cash_and_deposits_yen")),
        (ctx.translate("pdf", "Receivables"), receivables_yen),
        (ctx.translate("pdf", "Inventories"), lambda p: p.get("inventories_yen")),
        (ctx.translate("pdf", "Payables"), payables_yen),
        (ctx.translate("pdf", "Net assets"), lambda p: p.get("net_assets_yen")),
        (ctx.translate("pdf", "Total assets"), lambda p: p.get("total_assets_yen")),
    ]
    stored = _period_rows(content, periods)
    rows: list[list[Any]] = [[_text(ctx.translate("pdf", "Item"), HEAD)]
                             + [_text(ctx.labels.fiscal_period(p.period_end), HEAD) for p in periods]]
    for name, get in lines:
        row: list[Any] = [_text(name, CELL)]
        for period in stored:
            if period is None:
                shown = "—"
            elif get is None:
                employees = period.get("employees")
                shown = "—" if employees is None else f"{employees:,}"
            else:
                shown = thousands(get(period), from_yen=True)
            row.append(_text(shown, CELL_RIGHT))
        rows.append(row)
    name_width, period_width = _columns(width, len(periods))
    return table(rows, [name_width] + [period_width] * len(periods), extra=COMPACT)


def _columns(width: float, count: int, total: bool = False) -> tuple[float, float]:
    """(name column, one period's column): the same in both tables so their periods line
    up; with ``total``, (name column, all the periods' columns)."""
    name = width * 0.31
    period = (width - name) / SHOWN_PERIODS
    return (name, period * count) if total else (name, period)


def _reason_notes(periods: list[PeriodScore], ctx: Context) -> dict[tuple, tuple]:
    """(indicator, reason) → (indicator, reason, [period ends]) in table order: one note
    per reason, naming every period it applies to."""
    notes: dict[tuple, tuple] = {}
    for indicator in INDICATORS:
        for p in periods:
            result = p.results.get(indicator)
            if result is not None and result.reason is not None:
                key = (indicator, result.reason)
                notes.setdefault(key, (indicator, result.reason, []))[2].append(p.period_end)
    return notes


def _indicator_table(content: Content, periods: list[PeriodScore], notes: dict[tuple, tuple],
                     ctx: Context, width: float) -> Table:
    """The six values with their points per period, then 総合評価点 and ランク."""
    scored = content.assessment.benchmark_row_found
    first: list[Any] = [_text(ctx.translate("pdf", "Indicator"), HEAD)]
    second: list[Any] = [""]
    for p in periods:
        first += [_text(ctx.labels.fiscal_period(p.period_end), HEAD), ""]
        second += [_text(ctx.translate("pdf", "Value"), HEAD), _text(ctx.translate("pdf", "Points"), HEAD)]
    rows: list[list[Any]] = [first, second]
    numbers = {key: n for n, key in enumerate(notes, start=1)}
    for indicator in INDICATORS:
        row: list[Any] = [_text(ctx.labels.indicator(indicator.value), CELL)]
        for p in periods:
            result = p.results.get(indicator)
            value = format_value(indicator, result.value if result else None, ctx.lang)
            if result is not None and result.reason is not None:
                value += f" {_marker(ctx)}{numbers[(indicator, result.reason)]}"
            score = "—" if result is None or result.score is None else str(result.score)
            row += [_text(value, CELL_RIGHT), _text(score, CELL_CENTER)]
        rows.append(row)
    total_row: list[Any] = [_text(ctx.translate("pdf", "Total score"), CELL_BOLD)]
    rank_row: list[Any] = [_text(ctx.translate("pdf", "Rank"), CELL_BOLD)]
    for p in periods:
        total = "—" if p.total is None else f"{p.total} / {MAX_TOTAL}"
        letter = "—" if p.total is None else (p.rank or rank(p.total))
        total_row += [_text(total, CELL_CENTER), ""]
        rank_row += [_text(letter, RANK), ""]
    rows += [total_row, rank_row]
    name_width, period_width = _columns(width, len(periods))
    widths = [name_width] + [period_width * 0.7, period_width * 0.3] * len(periods)
    last = len(rows) - 1
    extra: list[tuple] = [("SPAN", (0, 0), (0, 1)), ("BACKGROUND", (0, 0), (-1, 1), HEAD_FILL),
                          ("BACKGROUND", (0, last - 1), (-1, last), SOFT_FILL),
                          ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), *COMPACT]
    for i in range(len(periods)):
        extra += [("SPAN", (1 + 2 * i, r), (2 + 2 * i, r)) for r in (0, last - 1, last)]
    out = table(rows, widths, header_rows=2, extra=extra)
    if not scored:
        # Say why the points are missing right under them (the radar says it too).
        reason = (ctx.translate("pdf", "Benchmarks not registered: the values are shown without points.")
                  if content.assessment.benchmark is None
                  else ctx.translate("pdf", "No benchmark row for this industry and size: the values are shown without points."))
        wrapper = Table([[out], [_text(reason, NOTE)]], colWidths=[width])
        wrapper.setStyle(_style([*NO_PADDING, ("TOPPADDING", (0, 1), (0, 1), 2)]))
        return wrapper
    return out


# --- page 2: 商流・業務フロー ----------------------------------------------------------------------


def _arrow(width: float = 20, height: float = 12) -> Drawing:
    """→, a line and a filled head, centred in its cell."""
    d = Drawing(width, height)
    y = height / 2
    d.add(Line(2, y, width - 7, y, strokeColor=ACCENT, strokeWidth=1.4))
    d.add(Polygon([width - 8, y - 4, width - 1, y, width - 8, y + 4], fillColor=ACCENT, strokeColor=None))
    return d


def _double_arrow(width: float, height: float = 16) -> Drawing:
    """↕ between 自社 and 協力先."""
    d = Drawing(width, height)
    x = width / 2
    d.add(Line(x, 4, x, height - 4, strokeColor=ACCENT, strokeWidth=1.4))
    d.add(Polygon([x - 4, height - 6, x, height, x + 4, height - 6], fillColor=ACCENT, strokeColor=None))
    d.add(Polygon([x - 4, 6, x, 0, x + 4, 6], fillColor=ACCENT, strokeColor=None))
    return d


def _party_cell(party: dict[str, Any] | None, reason_label: str, ctx: Context) -> Flowable:
    """One party's box: name, what they are to the company, and why, as one paragraph
    (it wraps, and a very long one continues on the next page; never cut)."""
    if party is None:
        return Spacer(1, 26)  # an empty box, with room to write in by hand
    lines = []
    if party.get("name"):
        lines.append(f"<b>{text_markup(party['name'])}</b>")
    if party.get("description"):
        lines.append(text_markup(party["description"]))
    if party.get("reason"):
        colon = "：" if ctx.lang == "ja" else ": "
        lines.append(f"<font color='{GREY}'>{text_markup(reason_label)}{colon}</font>{text_markup(party['reason'])}")
    return Paragraph("<br/>".join(lines), TEXT) if lines else Spacer(1, 26)


def flow_page(content: Content, ctx: Context) -> list[Flowable]:
    out: list[Flowable] = heading(ctx.translate("pdf", "Commercial flow"))
    out.append(_commercial_flow(content, ctx))
    out.append(gap(4))
    out += heading(ctx.translate("pdf", "Business flow"))
    out += _business_flow(content, ctx)
    return out


def _commercial_flow(content: Content, ctx: Context) -> Table:
    """仕入先 → 自社 → 得意先 → エンドユーザー as columns of boxes joined by arrows, with
    協力先 under 自社. A table, so each box grows with its text and a very long one
    continues on the next page."""
    sheet = rokaben_sheet()
    by_role: dict[str, list[dict[str, Any]]] = {r.key: [] for r in sheet.party_roles}
    for party in content.parties:
        by_role.setdefault(party.get("role") or "", []).append(party)
    # 自社 is the company itself, named even when nothing was entered for it.
    by_role["self"] = [{**p, "name": p.get("name") or content.company_name} for p in by_role.get("self", [])] or [
        {"name": content.company_name}
    ]
    chain = ["supplier", "self", "customer", "end_user"]
    arrow_width = 22
    box_width = (WIDTH - arrow_width * (len(chain) - 1)) / len(chain)
    widths: list[float] = []
    for n in range(len(chain)):
        widths += [box_width] + ([arrow_width] if n < len(chain) - 1 else [])
    columns = {role: 2 * n for n, role in enumerate(chain)}

    rows: list[list[Any]] = []
    heights: list[float | None] = []
    style: list[tuple] = [*CELL_PADDING]

    def blank_row() -> list[Any]:
        return [""] * len(widths)

    def add_boxes(roles: list[str]) -> None:
        count = max(max(len(by_role.get(r, [])) for r in roles), 1)
        for i in range(count):
            if i:
                rows.append(blank_row())  # a little air between stacked boxes
                heights.append(5)
            row = blank_row()
            here = len(rows)
            for role in roles:
                parties = by_role.get(role, [])
                col = columns[role]
                if i < len(parties) or (i == 0 and not parties):
                    party = parties[i] if i < len(parties) else None
                    row[col] = _party_cell(party, sheet.role(role).reason.text(ctx.lang), ctx)
                    own = role == "self"
                    style.append(("BOX", (col, here), (col, here), 1.2 if own else 0.6, ACCENT if own else RULE))
                    if own:
                        style.append(("BACKGROUND", (col, here), (col, here), HEAD_FILL))
            if i == 0 and roles is chain:
                for n in range(len(chain) - 1):
                    row[2 * n + 1] = _arrow(arrow_width - 2)
                    style.extend([("VALIGN", (2 * n + 1, here), (2 * n + 1, here), "MIDDLE"),
                                  ("LEFTPADDING", (2 * n + 1, here), (2 * n + 1, here), 1),
                                  ("RIGHTPADDING", (2 * n + 1, here), (2 * n + 1, here), 1)])
            rows.append(row)
            heights.append(None)

    head = blank_row()
    for role in chain:
        head[columns[role]] = _text(sheet.role(role).label.text(ctx.lang), ROLE)
    rows.append(head)
    heights.append(None)
    add_boxes(chain)
    # 協力先 under 自社, joined by ↕.
    link = blank_row()
    link[columns["self"]] = _double_arrow(box_width - 8)
    rows.append(link)
    heights.append(None)
    style += [("TOPPADDING", (0, len(rows) - 1), (-1, len(rows) - 1), 2),
              ("BOTTOMPADDING", (0, len(rows) - 1), (-1, len(rows) - 1), 2)]
    partner_head = blank_row()
    partner_head[columns["self"]] = _text(sheet.role("partner").label.text(ctx.lang), ROLE)
    rows.append(partner_head)
    heights.append(None)
    columns["partner"] = columns["self"]
    add_boxes(["partner"])
    flow = Table(rows, colWidths=widths, rowHeights=heights, repeatRows=1, splitInRow=1)
    flow.setStyle(_style(style))
    return flow


def _business_flow(content: Content, ctx: Context) -> list[Flowable]:
    """The steps left to right with arrows, 業務内容 and 差別化ポイント under each; more
    than six steps continue in a second row of boxes."""
    steps = list(content.flow_steps)
    if not steps:
        # The default steps, left blank for the consultant to fill in by hand.
        steps = [{"name": s.text(ctx.lang), "content": "", "differentiation": ""} for s in rokaben_sheet().flow_steps]
    chunks = -(-len(steps) // MAX_STEPS_PER_ROW)
    per_row = -(-len(steps) // chunks)
    out: list[Flowable] = []
    label_width, arrow_width = 64, 16
    for start in range(0, len(steps), per_row):
        part = steps[start:start + per_row]
        box = (WIDTH - label_width - arrow_width * (per_row - 1)) / per_row
        widths = [label_width]
        for n in range(len(part)):
            widths += [box] + ([arrow_width] if n < len(part) - 1 else [])
        head: list[Any] = [""]
        what: list[Any] = [_text(ctx.translate("pdf", "What is done"), STYLES.head_left)]
        edge: list[Any] = [_text(ctx.translate("pdf", "What makes it different"), STYLES.head_left)]
        for n, step in enumerate(part):
            number = start + n + 1
            name = (step.get("name") or "").strip()
            head.append(Paragraph(f"{number}. {text_markup(name)}" if name else f"{number}.", STYLES.head))
            what.append(_text(step.get("content") or "", TEXT))
            edge.append(_text(step.get("differentiation") or "", TEXT))
            if n < len(part) - 1:
                head.append(_arrow(arrow_width - 2))
                what.append("")
                edge.append("")
        style: list[tuple] = [*CELL_PADDING, ("BACKGROUND", (0, 1), (0, 2), HEAD_FILL),
                              ("BOX", (0, 1), (0, 1), 0.4, RULE), ("BOX", (0, 2), (0, 2), 0.4, RULE),
                              ("VALIGN", (0, 0), (-1, 0), "MIDDLE")]
        for n in range(len(part)):
            col = 1 + 2 * n
            style += [("BACKGROUND", (col, 0), (col, 0), HEAD_FILL),
                      ("BOX", (col, 0), (col, 0), 0.8, ACCENT),
                      ("BOX", (col, 1), (col, 1), 0.4, RULE),
                      ("BOX", (col, 2), (col, 2), 0.4, RULE)]
            if n < len(part) - 1:
                style += [("LEFTPADDING", (col + 1, 0), (col + 1, -1), 1),
                          ("RIGHTPADDING", (col + 1, 0), (col + 1, -1), 1)]
        flow = Table([head, what, edge], colWidths=widths, repeatRows=1, splitInRow=1)
        flow.setStyle(_style(style))
        out += [flow, gap(3)]
    return out


# --- page 3: 4つの視点 ------------------------------------------------------------------------------


def perspectives_page(content: Content, ctx: Context) -> list[Flowable]:
    sheet = rokaben_sheet()
    texts = content.rokaben_texts
    out: list[Flowable] = heading(ctx.translate("pdf", "Four perspectives"))
    rows: list[list[Any]] = [[_text(ctx.translate("pdf", "Perspective"), STYLES.head), _text(ctx.translate("pdf", "Item"), STYLES.head),
                              _text(ctx.translate("pdf", "Notes"), STYLES.head)]]
    extra: list[tuple] = [("GRID", (1, 0), (-1, -1), 0.4, RULE), ("BOX", (0, 0), (0, 0), 0.4, RULE)]
    for perspective in sheet.perspectives:
        first = len(rows)
        for n, item in enumerate(perspective.items):
            rows.append([
                _text(perspective.label.text(ctx.lang), ANSWER_BOLD) if n == 0 else "",
                _text(item.label.text(ctx.lang), ANSWER),
                _text((texts.get(item.key) or "").strip(), ANSWER),
            ])
        extra += [("BOX", (0, first), (0, len(rows) - 1), 0.4, RULE),
                  ("BACKGROUND", (0, first), (0, len(rows) - 1), SOFT_FILL)]
    grid = Table(rows, colWidths=[WIDTH * 0.13, WIDTH * 0.29, WIDTH * 0.58], repeatRows=1, splitInRow=1)
    grid.setStyle(_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL), ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        *extra,
    ]))
    out.append(grid)
    out.append(gap(2))
    out.append(_text(ctx.translate("pdf", "Summary"), SUMMARY_HEADING))
    out.append(_summary(content, ctx))
    return out


def _summary(content: Content, ctx: Context) -> Table:
    """まとめ as 2 × 2 boxes: 現状認識 | 将来目標 over 課題 | 対応策."""
    items = rokaben_sheet().summary
    texts = content.rokaben_texts
    rows: list[list[Any]] = []
    for start in range(0, len(items), 2):
        pair = items[start:start + 2]
        rows.append([_text(i.label.text(ctx.lang), ANSWER_HEAD) for i in pair])
        rows.append([_text((texts.get(i.key) or "").strip(), ANSWER) for i in pair])
    extra = [("BACKGROUND", (0, r), (-1, r), HEAD_FILL) for r in range(0, len(rows), 2)]
    return table(rows, [WIDTH / 2, WIDTH / 2], header_rows=0, extra=[*extra, *COMPACT])

