"""``banso kpi`` and ``banso warnings``: the office's yearly figures and early warnings
without the GUI (the same code as the office view)."""

from __future__ import annotations

import json
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any, Callable

from banso_desktop.cli import CliInputError, print_json
from banso_desktop.cli_plan import _today
from banso_desktop.domain.text import QT_TRANSLATE_NOOP, display_width, pad

Translate = Callable[[str, str], str]


def _fiscal_year(value: int | None, today: date) -> int:
    from banso_desktop.office.kpi import FiscalYear

    if value is None:
        return FiscalYear.of(today).year
    if not 1900 <= value <= 2200:
        raise CliInputError(QT_TRANSLATE_NOOP("cli", "{year} is not a fiscal year (a year such as 2025)."), year=value)
    return value


def _amount(key: str, value: int) -> str:
    from banso_desktop.office.kpi import MONEY
    from banso_desktop.office.labels import thousands_text

    return thousands_text(value) if key in MONEY else f"{value:,}"


def kpi_text(report, translate: Translate) -> str:
    from banso_desktop.office.labels import FIGURE_NAMES, FIGURE_UNITS

    fy = report.fiscal_year
    head = translate("cli", "Fiscal year %1 (%2 to %3)").replace("%1", str(fy.year)).replace(
        "%2", fy.start.isoformat()).replace("%3", fy.end.isoformat())
    if report.scope:
        head += "\n" + translate("office", "Consultant") + ": " + report.scope.label(translate)
    rows = [(translate("office", FIGURE_NAMES[k]), _amount(k, f.value), translate("office", FIGURE_UNITS[k]))
            for k, f in report.figures.items()]
    width = max(display_width(r[0]) for r in rows)
    return "\n".join([head, ""] + [f"{pad(name, width)}  {value:>16} {unit}" for name, value, unit in rows])


UNASSIGNED_WORDS = ("unassigned", "未割当", "未割り当て", "担当なし")


def _key(name: str) -> str:
    """A name as compared: full- and half-width alike (NFKC), without any spaces."""
    return "".join(unicodedata.normalize("NFKC", name).split()).casefold()


def _consultant(value: str | None, store):
    """(consultant id or UNASSIGNED, its Scope) for --consultant: a consultant's id or
    name (spaces and character widths aside), or 'unassigned'; (None, None) without it."""
    from banso_desktop.office.history import scope_of
    from banso_desktop.store.companies import UNASSIGNED

    if value is None:
        return None, None
    wanted = _key(value)
    if not wanted:
        raise CliInputError(QT_TRANSLATE_NOOP("cli", "--consultant needs a name or an id."))
    if wanted in {_key(w) for w in UNASSIGNED_WORDS}:
        return UNASSIGNED, scope_of(store, UNASSIGNED)
    consultants = store.people.consultants()
    named = ([c for c in consultants if c.id == value.strip()]
             or [c for c in consultants if c.name and _key(c.name) == wanted])
    if len(named) == 1:
        return named[0].id, scope_of(store, named[0].id)
    if named:
        raise CliInputError(QT_TRANSLATE_NOOP("cli", "More than one consultant is called {name}: give the id ({ids})."),
                            name=value.strip(), ids=", ".join(c.id for c in named))
    raise CliInputError(QT_TRANSLATE_NOOP("cli", "There is no consultant {name}. The consultants are: {names}."),
                        name=value.strip(), names=", ".join(f"{c.name or '?'} ({c.id})" for c in consultants))


def run_kpi(args, translate: Translate, open_store) -> int:
    from banso_desktop.office.history import for_consultant, load_history
    from banso_desktop.office.kpi import year_report

    today = _today(args.today)
    year = _fiscal_year(args.fiscal_year, today)
    store = open_store(args.db, create=False)
    try:
        consultant, scope = _consultant(args.consultant, store)
        report = year_report(for_consultant(load_history(store.conn), consultant), year, scope)
        organization = _organization(store)
    finally:
        store.close()
    lang = args.lang
    if args.xlsx:
        from banso_desktop.files import write_atomically
        from banso_desktop.office.workbook import workbook_bytes

        _write(args.xlsx, lambda: workbook_bytes(report, lang, today, organization), write_atomically)
    if args.pdf:
        from banso_desktop.documents.office_report import office_report_pdf
        from banso_desktop.files import write_atomically

        _write(args.pdf, lambda: office_report_pdf(report, lang, today, organization), write_atomically)
    if args.json:
        print_json(report.to_json())
    else:
        print(kpi_text(report, translate))
    return 0


def _write(path: Path, make: Callable[[], bytes], write_atomically) -> None:
    try:
        write_atomically(path, make())
    except OSError as exc:
        raise CliInputError(QT_TRANSLATE_NOOP("cli", "Could not write {path}: {reason}"),
                            path=str(path), reason=exc.strerror or str(exc)) from None


def _organization(store) -> str:
    """This laptop's organisation, as the app prints it (a synced file holds others too)."""
    return store.people.organization_name()


def _rules(path: Path | None, store, translate: Translate):
    from banso_desktop.office.alerts import RulesError, Rules, load_rules

    if path is None:
        return load_rules(store)
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))  # Notepad's BOM too
    except OSError as exc:
        raise CliInputError(QT_TRANSLATE_NOOP("cli", "Could not read {path}: {reason}"),
                            path=str(path), reason=exc.strerror or str(exc)) from None
    except (ValueError, RecursionError):
        raise CliInputError(QT_TRANSLATE_NOOP("cli", "{path} is not valid JSON."), path=str(path)) from None
    try:
        return Rules.from_json(data)
    except RulesError as exc:
        raise CliInputError(QT_TRANSLATE_NOOP("cli", "The rules in {path} cannot be used: {reason}"),
                            path=str(path), reason=exc.render(translate)) from None


def run_warnings(args, translate: Translate, open_store) -> int:
    from banso_desktop.office.alerts import all_warnings
    from banso_desktop.office.history import for_consultant, load_history

    today = _today(args.today)
    store = open_store(args.db, create=False)
    try:
        rules = _rules(args.rules, store, translate)
        consultant, scope = _consultant(args.consultant, store)
        histories = for_consultant(load_history(store.conn), consultant)
        benchmark = store.benchmarks.active()
        found = all_warnings(histories, benchmark, rules, today)
    finally:
        store.close()
    result: dict[str, Any] = {
        "today": today.isoformat(),
        "consultant": scope.to_json() if scope else None,
        "rules": rules.to_json(),
        "benchmark_set": benchmark is not None,
        "companies": [
            {"company_id": cid, "company_name": histories[cid].name,
             "warnings": [w.to_json() for w in warnings]}
            for cid, warnings in found.items()
        ],
    }
    if args.json:
        print_json(result)
    else:
        print(warnings_text(result, found, translate, scope))
    return 0


def warnings_text(result: dict[str, Any], found: dict, translate: Translate, scope=None) -> str:
    from banso_desktop.office.labels import ALERT_NAMES, alert_reason

    lines = [translate("cli", "%1 companies need attention (as of %2).").replace(
        "%1", str(len(found))).replace("%2", result["today"])]
    if scope is not None:
        lines.append(translate("office", "Consultant") + ": " + scope.label(translate))
    if not result["benchmark_set"]:
        lines.append(translate("cli", "No benchmark set is imported: falling scores are not judged."))
    for company in result["companies"]:
        lines += ["", company["company_name"] or company["company_id"]]
        for w in found[company["company_id"]]:
            lines.append(f"  [{translate('office', ALERT_NAMES[w.kind])}] {alert_reason(w.kind, w.detail, translate)}")
    return "\n".join(lines)
