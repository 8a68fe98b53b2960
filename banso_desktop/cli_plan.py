"""``banso plan`` and ``banso today``: the action plan and what is due, without the GUI."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, Callable

from banso_desktop.cli import company_report, print_json
from banso_desktop.data import referral_map
from banso_desktop.domain.japanese import format_amount, format_yen_as_thousands, parse_date
from banso_desktop.i18n import env_language

Translate = Callable[[str, str], str]


def _today(text: str | None) -> date:
    """``--today`` as typed (西暦 or 和暦), or the real today."""
    return parse_date(text) if text else date.today()  # an InputError ends as one line


def run_plan(args, translate: Translate, open_store) -> int:
    today = _today(args.today)
    return company_report(args, open_store, lambda store: store.plan.export(args.company, today),
                          lambda name, plan: plan_text(name, plan, translate))


def run_today(args, translate: Translate, open_store) -> int:
    today = _today(args.today)
    store = open_store(args.db, create=False)
    try:
        result = {
            "today": today.isoformat(),
            "due_actions": store.plan.due_actions(today),
            "next_visits": store.plan.next_visits(today),
            "referrals_needing_attention": store.plan.needing_attention(today),
        }
    finally:
        store.close()
    if args.json:
        print_json(result)
    else:
        print(today_text(result, translate))
    return 0


def _who(action: dict[str, Any]) -> str:
    return action.get("owner_name") or action.get("owner_role") or ""


def _in_brackets(*parts: str | None) -> str:
    shown = "  ".join(p for p in parts if p)
    return f"  ({shown})" if shown else ""


def plan_text(company_name: str, plan: dict[str, Any], translate: Translate) -> str:
    """A readable plan: 課題 with their 施策 and KPIs, referrals, 付加価値額."""
    words = {
        "issue": translate("cli", "Issue"), "action": translate("cli", "Action"),
        "overdue": translate("cli", "OVERDUE"), "kpi": translate("cli", "KPI"),
        "words": translate("cli", "Owner's words"),
    }
    lines = [company_name, translate("cli", "Action plan as of {date}").format(date=plan["today"])]

    def action_lines(a: dict[str, Any], indent: str) -> None:
        late = f"  {words['overdue']}" if a["overdue"] else ""
        lines.append(f"{indent}{words['action']}: {a['what']}"
                     f"{_in_brackets(_who(a), a['due_date'], a['status'])}{late}")
        for k in a["kpis"]:
            unit = f" [{k['unit']}]" if k["unit"] else ""
            goal = translate("cli", "baseline {baseline} → target {target}").format(
                baseline=k["baseline"] if k["baseline"] is not None else "-",
                target=k["target"] if k["target"] is not None else "-",
            )
            lines.append(f"{indent}  {words['kpi']}: {k['name']}{unit}  {goal}")
            for x in k["actuals"]:
                lines.append(f"{indent}    {x['as_of']}: {x['value']}")

    if not plan["issues"] and not plan["actions_without_issue"]:
        lines += ["", translate("cli", "No issues recorded yet.")]
    for i in plan["issues"]:
        lines += ["", f"{words['issue']}: {i['title']}"
                  f"{_in_brackets(', '.join(t for t in (i['issue_side'], i['wall'], i['status']) if t))}"]
        if i["owner_words"].strip():
            lines.append(f"  {words['words']}: {' '.join(i['owner_words'].split())}")
        for a in i["actions"]:
            action_lines(a, "  ")
    if plan["actions_without_issue"]:
        lines += ["", translate("cli", "Actions without an issue")]
        for a in plan["actions_without_issue"]:
            action_lines(a, "  ")

    lang, categories = env_language(), referral_map()
    lines += ["", translate("cli", "Referrals")]
    if not plan["referrals"]:
        lines.append("  " + translate("cli", "No referrals recorded yet."))
    for r in plan["referrals"]:
        category = categories.category(r["category"])
        topic = category.label.text(lang) if category else r["category"]
        lines.append(f"  {r['date']}  {r['institution']}{_in_brackets(topic)}  {r['reason']}".rstrip())
        details = [translate("cli", "consent given") if r["consent"] else translate("cli", "no consent yet")]
        if r["follow_up_date"]:
            details.append(translate("cli", "follow-up {date}").format(date=r["follow_up_date"]))
        if r["outcome"].strip() or r["outcome_date"]:
            details.append(translate("cli", "outcome {date}: {outcome}").format(
                date=r["outcome_date"] or "-", outcome=" ".join(r["outcome"].split())))
        elif r["needs_attention"]:
            details.append(translate("cli", "NEEDS A FOLLOW-UP"))
        lines.append("    " + "  ".join(details))

    design = plan.get("design_sheet")
    if design:
        lines += ["", translate("cli", "Design sheet {year}").format(year=design.get("year", ""))]

    if plan["value_added"]:
        lines += ["", translate("cli", "Value added (thousand yen)")]
        for v in plan["value_added"]:
            value = format_yen_as_thousands(v["value_added_yen"]) if v["value_added_yen"] is not None else "-"
            change = ""
            if v["change_yen"] is not None:
                change = f"  {'+' if v['change_yen'] >= 0 else ''}{format_yen_as_thousands(v['change_yen'])}"
                if v["change_rate"] is not None:
                    rate = Decimal(v["change_rate"]) * 100
                    change += f" ({'+' if rate >= 0 else ''}{format_amount(rate, 1)}%)"
            lines.append(f"  {v['period_end']}  {value}{change}")
    return "\n".join(lines)


def today_text(result: dict[str, Any], translate: Translate) -> str:
    """What is due or overdue, the next visits and referrals waiting for an outcome."""
    lines = [translate("cli", "As of {date}").format(date=result["today"])]
    overdue, missed = translate("cli", "OVERDUE"), translate("cli", "MISSED")
    sections = [
        (translate("cli", "Actions due or overdue"), [
            f"{a['due_date']}  {a['company_name']}  {a['what']}{_in_brackets(_who(a))}"
            + (f"  {overdue}" if a["state"] == "overdue" else "")
            for a in result["due_actions"]
        ]),
        (translate("cli", "Next visits"), [
            f"{v['next_visit_date']}  {v['company_name']}  {v['theme'] or ''}".rstrip()
            + (f"  {missed}" if v["next_visit_date"] < result["today"] else "")
            for v in result["next_visits"]
        ]),
        (translate("cli", "Referrals waiting for an outcome"), [
            f"{r['follow_up_date']}  {r['company_name']}  {r['institution']}  {r['reason']}".rstrip()
            for r in result["referrals_needing_attention"]
        ]),
    ]
    for title, rows in sections:
        lines += ["", f"{title} ({len(rows)})"] + [f"  {row}" for row in rows]
    return "\n".join(lines)
