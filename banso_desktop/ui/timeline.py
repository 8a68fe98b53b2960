"""The company's story so far: sessions with their agreed issues and next steps, and
the 自走化 trend over visits (shown on the 概要 tab; the 面談 tab shows one session)."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from banso_desktop.domain.interview import SELF_RELIANCE_ITEMS, SELF_RELIANCE_MAX
from banso_desktop.domain.japanese import format_wareki, format_yen_as_thousands
from banso_desktop.domain.plan import is_overdue, value_added_series
from banso_desktop.store import Store
from banso_desktop.store.sessions import SessionSummary
from banso_desktop.ui import labels

translate = QCoreApplication.translate
GREY = "#5f6368"


def _day(iso: str | None) -> str:
    return labels.short_date(date.fromisoformat(iso)) if iso else ""


def outcomes_html(issues: list[dict[str, Any]], actions: list[dict[str, Any]], next_visit: str | None) -> str:
    """Agreed issues, actions (who / what / by when) and the next visit, as HTML."""
    parts = []
    agreed = [i for i in issues if i["status"] in ("agreed", "resolved")]
    if agreed:
        items = []
        for i in agreed:
            tags = " / ".join(t for t in (labels.issue_side(i["issue_side"]), labels.wall(i["wall"])) if t)
            words = f"<br><span style='color:#0b57d0'>「{escape(i['owner_words'])}」</span>" if i["owner_words"] else ""
            items.append(f"<li>{escape(i['title'])}{'　<span style=color:' + GREY + '>［' + escape(tags) + '］</span>' if tags else ''}{words}</li>")
        heading = translate("timeline", "Agreed issues")
        parts.append(f"<b>{escape(heading)}</b><ul style='margin-top:0'>{''.join(items)}</ul>")
    if actions:
        items = []
        for a in actions:
            who = " ".join(x for x in (labels.action_role(a["owner_role"]), a["owner_name"]) if x)
            when = _day(a["due_date"])
            meta = "、".join(x for x in (who, when, labels.action_status(a["status"])) if x)
            items.append(f"<li>{escape(a['what'])}{'　<span style=color:' + GREY + '>（' + escape(meta) + '）</span>' if meta else ''}</li>")
        heading = translate("timeline", "Next steps")
        parts.append(f"<b>{escape(heading)}</b><ul style='margin-top:0'>{''.join(items)}</ul>")
    if next_visit:
        heading = translate("timeline", "Next visit")
        parts.append(f"<p><b>{escape(heading)}</b>: {escape(_day(next_visit))}</p>")
    return "".join(parts)


def overdue_html(actions: list[dict[str, Any]], today: date) -> str:
    """The 施策 past their deadline, in red; nothing when there are none."""
    late = [a for a in actions if is_overdue(a, today)]
    if not late:
        return ""
    heading = translate("timeline", "Overdue actions: %1").replace("%1", str(len(late)))
    items = "".join(
        f"<li>{escape(a['what'])}　<span style='color:{GREY}'>（{escape(_day(a['due_date']))}）</span></li>" for a in late
    )
    return f"<p style='color:#b3261e'><b>{escape(heading)}</b></p><ul style='margin-top:0; color:#b3261e'>{items}</ul>"


def value_added_html(series: list[dict[str, Any]]) -> str:
    """付加価値額 (営業利益 + 人件費 + 減価償却費) per period in 千円, with its change."""
    rows = [s for s in series if s["value_added_yen"] is not None]
    if not rows:
        return ""
    heading = translate("timeline", "Value added (thousand yen)")
    cells = []
    for s in rows[-4:]:
        end = date.fromisoformat(s["period_end"])
        change = "" if s["change_yen"] is None else (
            ("+" if s["change_yen"] > 0 else "") + format_yen_as_thousands(s["change_yen"]))
        cells.append(
            f"<tr><td style='color:{GREY}; padding-right:10px; white-space:nowrap'>{escape(labels.fiscal_period(end))}</td>"
            f"<td align='right' style='padding-right:10px'>{escape(format_yen_as_thousands(s['value_added_yen']))}</td>"
            f"<td align='right' style='color:{GREY}'>{escape(change)}</td></tr>"
        )
    return f"<h3>{escape(heading)}</h3><table cellspacing='0' cellpadding='2'>{''.join(cells)}</table>"


def trend_html(sessions: list[SessionSummary]) -> str:
    """The 自走化 checklist total per visit as a small bar chart (oldest first)."""
    scored = [s for s in reversed(sessions) if s.self_reliance_total is not None]
    if not scored:
        none = translate("timeline", "No self-reliance checklist recorded yet.")
        return f"<p style='color:{GREY}'>{escape(none)}</p>"
    rows = []
    items = len(SELF_RELIANCE_ITEMS)
    for s in scored:
        total = s.self_reliance_total or 0
        answered = sum(v is not None for v in s.self_reliance.values())
        width = max(2, int(150 * total / SELF_RELIANCE_MAX))
        day = format_wareki(date.fromisoformat(s.date), "short")
        partly = "" if answered == items else "　" + translate("timeline", "(%1 of %2 items)").replace(
            "%1", str(answered)).replace("%2", str(items))
        colour = "#0b57d0" if answered == items else "#9fb8e8"
        rows.append(
            f"<tr><td style='color:{GREY}; padding-right:8px; white-space:nowrap'>{escape(day)}</td>"
            f"<td><table cellspacing='0' cellpadding='0'><tr><td bgcolor='{colour}' width='{width}' height='12'></td></tr></table></td>"
            f"<td style='padding-left:6px; white-space:nowrap'>{total} / {SELF_RELIANCE_MAX}{escape(partly)}</td></tr>"
        )
    # The change is told only between complete checklists; a partial one would mislead.
    complete = [s for s in scored if all(v is not None for v in s.self_reliance.values())]
    change = ""
    if len(complete) >= 2:
        first, last = complete[0].self_reliance_total or 0, complete[-1].self_reliance_total or 0
        text = translate("timeline", "Change since the first complete check: %1").replace("%1", f"{last - first:+d}")
        change = f"<p style='color:{GREY}'>{escape(text)}</p>"
    return f"<table cellspacing='0' cellpadding='2'>{''.join(rows)}</table>{change}"


class TimelineView(QTextBrowser):
    """概要's right-hand side: the 自走化 trend and every session's outcomes."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("companyTimeline")
        self.setOpenLinks(False)

    def load(self, company_id: str | None) -> None:
        if company_id is None:
            self.clear()
            return
        sessions = self.store.sessions.for_company(company_id)
        issues, actions = self.store.sessions.issues(company_id), self.store.sessions.actions(company_id)
        trend, heading, none = (self.tr("Self-reliance over visits"), self.tr("Sessions"),
                                self.tr("No sessions recorded yet."))
        parts = [overdue_html(actions, date.today()),
                 value_added_html(value_added_series(self.store.periods.for_company(company_id))),
                 f"<h3>{escape(trend)}</h3>", trend_html(sessions), f"<h3>{escape(heading)}</h3>"]
        if not sessions:
            parts.append(f"<p style='color:{GREY}'>{escape(none)}</p>")
        for s in sessions:
            status = f"　<span style='color:#b26a00'>{escape(labels.session_status(s.status))}</span>" if s.status == "open" else ""
            head = f"<b>{escape(_day(s.date))}</b>　{escape(s.theme)}{status}"
            gist = f"<br><span style='color:{GREY}'>{escape(s.summary)}</span>" if s.summary else ""
            body = outcomes_html([i for i in issues if i["session_id"] == s.id],
                                 [a for a in actions if a["session_id"] == s.id], s.next_visit_date)
            parts.append(f"<p style='margin-top:14px'>{head}{gist}</p><div style='margin-left:12px'>{body}</div>")
        self.setHtml("".join(parts))
