"""行動計画書: the plan the owner keeps (A4 portrait).

Cover block, 現状 (ロカベン radar and scores, sales and 付加価値額), the agreed 課題 in the
owner's own words, the 行動計画 table, referrals, the next visit and a 確認 line.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from banso_desktop.data import industries, referral_map
from banso_desktop.documents.base import (
    ACCENT,
    HEAD_FILL,
    MUTED,
    PORTRAIT,
    RULE,
    SOFT_FILL,
    STYLES,
    Context,
    PageFurniture,
    build_pdf,
    gap,
    heading,
    iso_day,
    layout_style,
    para,
    percent,
    table,
    text_markup,
    thousands,
    unit_line,
)
from banso_desktop.documents.charts import radar
from banso_desktop.documents.content import Content
from banso_desktop.domain.japanese import format_amount
from banso_desktop.domain.rokaben import Indicator, format_value

WIDTH = PORTRAIT[0] - 28 * mm  # the frame's width (base.MARGIN on each side)
SHOWN_ISSUES = ("agreed", "resolved")  # candidates are not yet the owner's; dropped ones are not the plan


def build(content: Content, ctx: Context) -> bytes:
    title = ctx.translate("pdf", "Action plan")
    story: list[Flowable] = []
    story += _cover(content, ctx, title)
    story += _current_state(content, ctx)
    story += _issues(content, ctx)
    story += _actions(content, ctx)
    story += _referrals(content, ctx)
    story += _next_visit_and_sign(content, ctx)
    furniture = PageFurniture(ctx, content.company_name, title, content.today, PORTRAIT)
    return build_pdf(story, furniture, title, author=content.consultant, page_size=PORTRAIT)


# --- cover ------------------------------------------------------------------------------------------


def _cover(content: Content, ctx: Context, title: str) -> list[Flowable]:
    company = content.company
    made_on = ctx.translate("pdf", "Made on")
    made = Paragraph(f"{text_markup(made_on)}　{text_markup(ctx.date(content.today))}", STYLES.cell_right)
    head = Table([[Paragraph(text_markup(title), STYLES.title), made]], colWidths=[WIDTH * 0.45, WIDTH * 0.55])
    head.setStyle(layout_style([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LINEBELOW", (0, 0), (-1, 0), 1.2, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    industry = industries().get(company.get("industry_code"))
    scale = ctx.labels.scale(content.assessment.scale.value) if content.assessment.scale else ""
    industry_text = "　".join(x for x in (industry.label(ctx.lang) if industry else "", scale) if x)
    pairs = [
        (ctx.translate("pdf", "Business"), company.get("name")),
        (ctx.translate("pdf", "Representative"), content.representative),
        (ctx.translate("pdf", "Address"), company.get("address")),
        (ctx.translate("pdf", "Industry"), industry_text),
        (ctx.translate("pdf", "Consultant"), content.consultant),
        (ctx.translate("pdf", "Support organisation"), content.organization),
    ]
    rows = []
    for left, right in zip(pairs[0::2], pairs[1::2]):
        rows.append([
            Paragraph(text_markup(left[0]), STYLES.head_left), para(left[1] or "", STYLES.cell),
            Paragraph(text_markup(right[0]), STYLES.head_left), para(right[1] or "", STYLES.cell),
        ])
    info = table(rows, [24 * mm, WIDTH / 2 - 24 * mm, 24 * mm, WIDTH / 2 - 24 * mm], header_rows=0,
                 extra=[("BACKGROUND", (0, 0), (0, -1), HEAD_FILL), ("BACKGROUND", (2, 0), (2, -1), HEAD_FILL),
                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    return [head, gap(3), info, gap(2)]


# --- 現状 -------------------------------------------------------------------------------------------


def _current_state(content: Content, ctx: Context) -> list[Flowable]:
    assessment = content.assessment
    periods = assessment.periods[-3:]
    out: list[Flowable] = heading(ctx.translate("pdf", "1. Where the business stands (Local Benchmark)"))
    if not periods:
        out.append(para(ctx.translate("pdf", "No fiscal periods have been entered yet."), STYLES.body))
        return out
    scores = _score_table(periods, ctx, WIDTH * 0.55)
    chart = radar(assessment.periods, ctx, WIDTH * 0.43, 66 * mm)
    side = Table([[scores, chart]], colWidths=[WIDTH * 0.57, WIDTH * 0.43])
    side.setStyle(layout_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
    ]))
    out.append(side)
    out.append(Paragraph(text_markup(_benchmark_line(content, ctx)), STYLES.small))
    for line in _reasons(periods, ctx):
        out.append(Paragraph(text_markup(line), STYLES.small))
    out.append(gap(2))
    out.append(KeepTogether([unit_line(ctx), _money_table(content, ctx)]))
    return out


def _score_table(periods, ctx: Context, width: float) -> Table:
    first = [Paragraph(text_markup(ctx.translate("pdf", "Indicator")), STYLES.head)]
    second = [""]
    for p in periods:
        first += [Paragraph(text_markup(ctx.labels.fiscal_period(p.period_end)), STYLES.head), ""]
        second += [Paragraph(text_markup(ctx.translate("pdf", "Value")), STYLES.head),
                   Paragraph(text_markup(ctx.translate("pdf", "Pts")), STYLES.head)]
    rows: list[list[Any]] = [first, second]
    for indicator in Indicator:
        row: list[Any] = [Paragraph(text_markup(ctx.labels.indicator(indicator.value)), STYLES.cell)]
        for p in periods:
            result = p.results.get(indicator)
            value = format_value(indicator, result.value if result else None, ctx.lang)
            score = "—" if result is None or result.score is None else str(result.score)
            row += [Paragraph(text_markup(value), STYLES.cell_right), Paragraph(score, STYLES.cell_center)]
        rows.append(row)
    total_row: list[Any] = [Paragraph(text_markup(ctx.translate("pdf", "Total points / rank")), STYLES.cell_bold)]
    for p in periods:
        text = "—" if p.total is None else f"{p.total} / 30　{p.rank}"
        total_row += [Paragraph(text_markup(text), STYLES.cell_center), ""]
    rows.append(total_row)
    name_width = width * 0.36
    cell = (width - name_width) / (2 * len(periods))
    widths = [name_width] + [cell * 1.4, cell * 0.6] * len(periods)
    spans = [("SPAN", (1 + 2 * i, 0), (2 + 2 * i, 0)) for i in range(len(periods))]
    spans += [("SPAN", (1 + 2 * i, len(rows) - 1), (2 + 2 * i, len(rows) - 1)) for i in range(len(periods))]
    spans += [("SPAN", (0, 0), (0, 1)), ("BACKGROUND", (0, 0), (-1, 1), HEAD_FILL),
              ("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), SOFT_FILL),
              ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    return table(rows, widths, header_rows=2, extra=spans)


def _benchmark_line(content: Content, ctx: Context) -> str:
    assessment = content.assessment
    if assessment.benchmark is None:
        return ctx.translate("pdf", "Benchmarks not registered: the values are shown without points.")
    if not assessment.benchmark_row_found:
        return ctx.translate("pdf", "No benchmark row for this industry and size: the values are shown without points.")
    line = ctx.translate("pdf", "Points against: {set}").format(set=assessment.benchmark.label)
    if content.scale_rule == "derived":
        line += "　" + ctx.translate("pdf", "(size decided from the number of employees)")
    elif content.scale_rule == "given":
        line += "　" + ctx.translate("pdf", "(size set by hand)")
    return line


def _reasons(periods, ctx: Context) -> list[str]:
    """Why a value could not be computed (DOMAIN.md §3), one line per period and indicator."""
    lines = []
    for p in periods:
        for indicator, result in p.results.items():
            if result.reason is not None:
                lines.append(
                    f"※ {ctx.labels.fiscal_period(p.period_end)} {ctx.labels.indicator(indicator.value)}："
                    f"{ctx.translate('rokaben', result.reason.message)}"
                )
    return lines


def _money_table(content: Content, ctx: Context) -> Table:
    periods = content.periods[-3:]
    added = {v["period_end"]: v for v in content.plan.get("value_added", [])}
    header = [Paragraph(text_markup(ctx.translate("pdf", "Item")), STYLES.head)] + [
        Paragraph(text_markup(ctx.labels.fiscal_period(iso_day(p["period_end"]))), STYLES.head) for p in periods
    ]
    lines = [
        (ctx.translate("pdf", "Sales"), [thousands(p.get("sales_yen"), from_yen=True) for p in periods]),
        (ctx.translate("pdf", "Gross profit"), [thousands(p.get("gross_profit_yen"), from_yen=True) for p in periods]),
        (ctx.translate("pdf", "Operating income"), [thousands(p.get("operating_income_yen"), from_yen=True) for p in periods]),
        (ctx.translate("pdf", "Value added (operating income + labour cost + depreciation)"),
         [thousands(added.get(p["period_end"], {}).get("value_added_yen"), from_yen=True) for p in periods]),
        (ctx.translate("pdf", "Change in value added from the year before"),
         [_change(added.get(p["period_end"], {})) for p in periods]),
    ]
    rows: list[list[Any]] = [header]
    for name, values in lines:
        rows.append([Paragraph(text_markup(name), STYLES.cell)]
                    + [Paragraph(text_markup(v), STYLES.cell_right) for v in values])
    if not periods:
        rows.append([para(ctx.translate("pdf", "No fiscal periods have been entered yet."), STYLES.cell)])
        return table(rows, [WIDTH], header_rows=1)
    name_width = WIDTH * 0.40
    return table(rows, [name_width] + [(WIDTH - name_width) / len(periods)] * len(periods))


def _change(value_added: dict[str, Any]) -> str:
    change = value_added.get("change_yen")
    if change is None:
        return "—"
    rate = value_added.get("change_rate")
    return thousands(change, from_yen=True) + (f"（{percent(rate)}）" if rate is not None else "")


# --- 課題 -------------------------------------------------------------------------------------------


def _issues(content: Content, ctx: Context) -> list[Flowable]:
    out: list[Flowable] = heading(ctx.translate("pdf", "2. The issues agreed, in the owner's own words"))
    issues = [i for i in content.plan.get("issues", []) if i.get("status") in SHOWN_ISSUES]
    if not issues:
        out.append(para(ctx.translate("pdf", "No issues have been agreed yet."), STYLES.body))
        return out
    rows: list[list[Any]] = [[Paragraph(text_markup(h), STYLES.head) for h in (
        ctx.translate("pdf", "No."), ctx.translate("pdf", "Issue"), ctx.translate("pdf", "The owner's words"), ctx.translate("pdf", "Wall"), ctx.translate("pdf", "Status"),
    )]]
    for number, issue in enumerate(issues, 1):
        side = ctx.labels.issue_side(issue.get("issue_side"))
        title = text_markup(issue.get("title") or "")
        if side:
            title += f"<br/><font size=7 color='#5b6776'>{text_markup(side)}</font>"
        words = issue.get("owner_words") or ""
        rows.append([
            Paragraph(str(number), STYLES.cell_center),
            Paragraph(title, STYLES.cell),
            para(f"「{words}」" if words else "", STYLES.cell),
            para(ctx.labels.wall(issue.get("wall")), STYLES.cell),
            para(ctx.labels.issue_status(issue.get("status")), STYLES.cell_center),
        ])
    out.append(table(rows, [9 * mm, 58 * mm, WIDTH - 9 * mm - 58 * mm - 26 * mm - 18 * mm, 26 * mm, 18 * mm]))
    return out


# --- 行動計画 ---------------------------------------------------------------------------------------


def _actions(content: Content, ctx: Context) -> list[Flowable]:
    out: list[Flowable] = heading(ctx.translate("pdf", "3. Action plan"))
    groups: list[tuple[str, list[dict[str, Any]]]] = []
    issues = [i for i in content.plan.get("issues", []) if i.get("status") in SHOWN_ISSUES]
    for number, issue in enumerate(issues, 1):
        if issue.get("actions"):
            label = ctx.translate("pdf", "Issue {n}: {title}").format(n=number, title=issue.get("title") or "")
            groups.append((label, issue["actions"]))
    # 施策 of a 課題 still a candidate or dropped are not (or no longer) the owner's plan.
    others = list(content.plan.get("actions_without_issue", []))
    if others:
        groups.append((ctx.translate("pdf", "Other actions"), others))
    if not groups:
        out.append(para(ctx.translate("pdf", "No actions have been decided yet."), STYLES.body))
        return out
    header = [Paragraph(text_markup(h), STYLES.head) for h in (
        ctx.translate("pdf", "No."), ctx.translate("pdf", "Action"), ctx.translate("pdf", "Who"), ctx.translate("pdf", "By when"),
        ctx.translate("pdf", "KPI (target / now)"), ctx.translate("pdf", "Status"),
    )]
    rows: list[list[Any]] = [header]
    extra: list[tuple] = []
    number = 0
    for label, actions in groups:
        extra += [("SPAN", (0, len(rows)), (-1, len(rows))), ("BACKGROUND", (0, len(rows)), (-1, len(rows)), SOFT_FILL)]
        rows.append([Paragraph(text_markup(label), STYLES.cell_bold), "", "", "", "", ""])
        for action in actions:
            number += 1
            rows.append(_action_row(number, action, content.today, ctx))
    widths = [9 * mm, 52 * mm, 27 * mm, 26 * mm, 0.0, 17 * mm]
    widths[4] = WIDTH - sum(widths)
    out.append(table(rows, widths, extra=extra))
    return out


def _action_row(number: int, action: dict[str, Any], today: date, ctx: Context) -> list[Any]:
    role = ctx.labels.action_role(action.get("owner_role"))
    name = action.get("owner_name") or ""
    who = role + (f"<br/>{text_markup(name)}" if name else "") if role else text_markup(name)
    due = iso_day(action.get("due_date"))
    status = text_markup(ctx.labels.action_status(action.get("status")))
    if action.get("overdue"):
        overdue = ctx.translate("pdf", "Overdue")
        status += f"<br/><font color='#b03a2e'>{text_markup(overdue)}</font>"
    return [
        Paragraph(str(number), STYLES.cell_center),
        para(action.get("what") or "", STYLES.cell),
        Paragraph(who, STYLES.cell),
        para(ctx.short_date(due, blank=""), STYLES.cell),
        Paragraph("<br/>".join(_kpi_line(k, ctx) for k in action.get("kpis", [])), STYLES.cell),
        Paragraph(status, STYLES.cell_center),
    ]


def _number(text: Any) -> str:
    """A stored KPI figure (exact decimal text) with separators: 1200 → 1,200; ▲ for negatives."""
    if text in (None, ""):
        return "—"
    try:
        value = Decimal(str(text))
    except InvalidOperation:
        return str(text)
    places = max(0, -value.normalize().as_tuple().exponent)
    return format_amount(value, places)


def _kpi_line(kpi: dict[str, Any], ctx: Context) -> str:
    unit = kpi.get("unit") or ""
    actuals = sorted(kpi.get("actuals", []), key=lambda a: a.get("as_of") or "")
    latest = actuals[-1] if actuals else None
    now = _number(latest["value"]) + unit if latest else "—"
    when = iso_day(latest["as_of"]) if latest else None
    line = ctx.translate("pdf", "{name}: target {target} / now {now}").format(
        name=kpi.get("name") or "", target=_number(kpi.get("target")) + (unit if kpi.get("target") else ""), now=now,
    )
    markup = text_markup(line)
    if when:
        markup += f"<font size=7 color='#5b6776'>（{text_markup(ctx.short_date(when))}）</font>"
    return markup


# --- referrals, next visit, 確認 ---------------------------------------------------------------------


def _referrals(content: Content, ctx: Context) -> list[Flowable]:
    out: list[Flowable] = heading(ctx.translate("pdf", "4. Referrals to specialist bodies"))
    referrals = content.plan.get("referrals", [])
    if not referrals:
        out.append(para(ctx.translate("pdf", "None so far."), STYLES.body))
        return out
    categories = referral_map()
    rows: list[list[Any]] = [[Paragraph(text_markup(h), STYLES.head) for h in (
        ctx.translate("pdf", "Date"), ctx.translate("pdf", "Topic"), ctx.translate("pdf", "Referred to"), ctx.translate("pdf", "Why"), ctx.translate("pdf", "Outcome"),
    )]]
    for r in sorted(referrals, key=lambda r: r.get("date") or ""):
        category = categories.category(r.get("category"))
        outcome = r.get("outcome") or ""
        if not outcome and r.get("follow_up_date"):
            outcome = ctx.translate("pdf", "Follow up on {date}").format(date=ctx.short_date(iso_day(r["follow_up_date"])))
        rows.append([
            para(ctx.short_date(iso_day(r.get("date")), blank=""), STYLES.cell),
            para(category.label.text(ctx.lang) if category else (r.get("category") or ""), STYLES.cell),
            para(r.get("institution") or "", STYLES.cell),
            para(r.get("reason") or "", STYLES.cell),
            para(outcome, STYLES.cell),
        ])
    widths = [26 * mm, 26 * mm, 32 * mm, 0.0, 45 * mm]
    widths[3] = WIDTH - sum(widths)
    out.append(table(rows, widths))
    return out


def _next_visit_and_sign(content: Content, ctx: Context) -> list[Flowable]:
    visit = ctx.date(content.next_visit) if content.next_visit else ctx.translate("pdf", "To be arranged")
    block: list[Flowable] = heading(ctx.translate("pdf", "5. Next visit"))
    block.append(para(visit, STYLES.body))
    block.append(gap(6))
    confirm = ctx.translate("pdf", "I have read this plan and will carry it out.")
    blank_date = ctx.translate("pdf", "Date: ____________")
    sign = Table([
        [Paragraph(text_markup(ctx.translate("pdf", "Owner's confirmation")), STYLES.head_left),
         Paragraph(text_markup(ctx.translate("pdf", "Consultant")), STYLES.head_left)],
        [Paragraph(text_markup(confirm), STYLES.cell), para(content.organization, STYLES.cell)],
        [Paragraph(text_markup(blank_date), STYLES.cell), Paragraph(text_markup(blank_date), STYLES.cell)],
        [Paragraph(text_markup(ctx.translate("pdf", "Name:")), STYLES.cell),
         Paragraph(text_markup(ctx.translate("pdf", "Name:") + "　" + content.consultant), STYLES.cell)],
    ], colWidths=[WIDTH / 2, WIDTH / 2], rowHeights=[None, None, 9 * mm, 11 * mm])
    sign.setStyle(layout_style([
        ("BOX", (0, 0), (0, -1), 0.6, RULE), ("BOX", (1, 0), (1, -1), 0.6, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LINEBELOW", (0, 3), (-1, 3), 0.6, MUTED),
    ]))
    block.append(sign)
    return [KeepTogether(block)]
