"""``banso sessions`` and ``banso search``: the interview log and search without the GUI."""

from __future__ import annotations

from typing import Any, Callable

from banso_desktop.cli import CliInputError, company_report, print_json
from banso_desktop.domain.interview import SELF_RELIANCE_MAX
from banso_desktop.domain.text import QT_TRANSLATE_NOOP

Translate = Callable[[str, str], str]


def run_sessions(args, translate: Translate, open_store) -> int:
    return company_report(args, open_store, lambda store: store.sessions.export(args.company),
                          lambda name, sessions: sessions_text(name, sessions, translate))


def _indented(text: str, first: str, rest: str) -> list[str]:
    """A possibly multi-line text as lines, the first after ``first``, the others under it."""
    lines = text.strip().splitlines() or [""]
    return [first + lines[0]] + [rest + line for line in lines[1:]]


def sessions_text(company_name: str, sessions: list[dict[str, Any]], translate: Translate) -> str:
    """A readable listing: each session's date and theme, then its notes as ``[kind] text``."""
    words = {
        "open": translate("cli", "open"), "summary": translate("cli", "Summary"),
        "issue": translate("cli", "Issue"), "action": translate("cli", "Action"),
        "next": translate("cli", "Next visit"), "self": translate("cli", "Self-reliance"),
    }
    lines = [company_name]
    if not sessions:
        lines.append(translate("cli", "No sessions recorded yet."))
    for s in sessions:
        when = s["date"] + (f" {s['start_time']}" if s["start_time"] else "")
        if s["end_time"]:
            when += f"–{s['end_time']}"
        state = f"  ({words['open']})" if s["status"] == "open" else ""
        lines += ["", f"{when}  {s['theme']}{state}"]
        for n in s["notes"]:
            lines += _indented(n["text"], f"  [{n['kind']}] ", "    ")
        if s["summary"].strip():
            lines += _indented(s["summary"], f"  {words['summary']}: ", "    ")
        for i in s["issues"]:
            tags = ", ".join(t for t in (i["issue_side"], i["wall"], i["status"]) if t)
            lines += _indented(i["title"], f"  {words['issue']}: ", "    ")
            lines[-1] += f"  ({tags})"
        for a in s["actions"]:
            who = a["owner_name"] or a["owner_role"] or ""
            extra = "  ".join(t for t in (who, a["due_date"] or "", a["status"]) if t)
            lines += _indented(a["what"], f"  {words['action']}: ", "    ")
            lines[-1] += f"  ({extra})"
        total = s["self_reliance"].get("total")
        if total is not None:
            lines.append(f"  {words['self']}: {total}/{SELF_RELIANCE_MAX}")
        if s["next_visit_date"]:
            lines.append(f"  {words['next']}: {s['next_visit_date']}")
    return "\n".join(lines)


def run_search(args, translate: Translate, open_store) -> int:
    if not args.text.strip():
        raise CliInputError(QT_TRANSLATE_NOOP("cli", "Give the text to search for."))
    store = open_store(args.db, create=False)
    try:
        hits = store.search.everything(args.text, limit=args.limit)[: args.limit]
    finally:
        store.close()
    if args.json:
        print_json([h.as_json() for h in hits])
        return 0
    for h in hits:
        print("\t".join((h.source, h.company_name, h.date or "", " ".join(h.text.split()))))
    return 0
