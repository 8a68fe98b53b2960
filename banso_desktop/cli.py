"""The ``banso`` command: headless tools on the same core as the app (no Qt imported
here; ``banso gui`` loads the GUI on demand).

Bad arguments or input end with exit status 2 and one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import sys
import time
import traceback
from pathlib import Path

from banso_desktop import __version__
from banso_desktop.domain.text import QT_TRANSLATE_NOOP, UserError
from banso_desktop.i18n import LANGUAGES, env_language, translator
from banso_desktop.paths import default_db_path, user_data_dir

translate = translator(env_language())

TABS = ("overview", "sessions", "rokaben", "design", "plan", "export")


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line and exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        hint = translate("cli", "see --help")
        sys.stderr.write(f"{self.prog}: {message} ({hint})\n")
        raise SystemExit(2)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be 0 or more")
    return value


def _limit(text: str) -> int:
    value = _positive(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be 1 or more")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="banso", description="Banso Desktop — 伴走支援 for the field consultant.")
    parser.add_argument("--version", action="version", version=f"banso {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation on a temporary database (window, PDF, "
                             "translations) and exit: 0 when every check passed")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", help="open the app (the default command)")
    gui.add_argument("--db", type=Path, help="database file (default: your local database)")
    gui.add_argument("--company", metavar="ID", help="open this company")
    gui.add_argument("--tab", choices=TABS, help="open this tab of the company")
    gui.add_argument("--screenshot", type=Path, metavar="FILE.png",
                     help="render the window to a PNG (offscreen without a display) and exit")
    gui.add_argument("--lang", choices=LANGUAGES, help="language of the interface")
    gui.add_argument("--office", choices=("report", "attention", "dashboard"),
                     help="also open the office view on this tab (yearly report, needs attention, dashboard)")
    gui.set_defaults(func=_cmd_gui)

    demo = sub.add_parser("demo", help="create a demo database with realistic Japanese data")
    demo.add_argument("--db", type=Path, required=True, help="a new (or empty) database file")
    demo.add_argument("--companies", type=_positive, default=200, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.set_defaults(func=_cmd_demo)

    companies = sub.add_parser("companies", help="list companies")
    companies.add_argument("--db", type=Path, help="database file (default: your local database)")
    companies.add_argument("--search", default="", metavar="TEXT", help="only companies matching TEXT")
    companies.add_argument("--json", action="store_true", help="print a JSON array")
    companies.set_defaults(func=_cmd_companies)

    rokaben = sub.add_parser("rokaben", help="score ローカルベンチマーク from a JSON file or a stored company")
    source = rokaben.add_mutually_exclusive_group(required=True)
    source.add_argument("--input", type=Path, metavar="FILE.json", help="periods as JSON (- for stdin)")
    source.add_argument("--db", type=Path, help="database holding the company")
    rokaben.add_argument("--company", metavar="ID", help="with --db: the company to score")
    rokaben.add_argument("--benchmarks", type=Path, metavar="FILE.csv|FILE.xlsx",
                         help="score against this table (default with --db: the active set)")
    rokaben.add_argument("--json", action="store_true", help="print the result as JSON")
    rokaben.set_defaults(func=_cmd_rokaben, parser=rokaben)

    benchmarks = sub.add_parser("benchmarks", help="import or list ロカベン benchmark sets")
    actions = benchmarks.add_subparsers(dest="action", metavar="ACTION", required=True)
    imp = actions.add_parser("import", help="import a METI workbook or a benchmark CSV and make it active")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--db", type=Path, help="database file (default: your local database)")
    imp.add_argument("--label", help="a name for the set (default: the file name)")
    listing = actions.add_parser("list", help="list the imported sets (* = active)")
    listing.add_argument("--db", type=Path, help="database file (default: your local database)")
    listing.add_argument("--json", action="store_true")
    benchmarks.set_defaults(func=_lazy("banso_desktop.cli_rokaben", "run_benchmarks"))

    sessions = sub.add_parser("sessions", help="a company's sessions with their notes, 課題 and 施策")
    sessions.add_argument("--db", type=Path, help="database file (default: your local database)")
    sessions.add_argument("--company", metavar="ID", required=True, help="the company")
    sessions.add_argument("--json", action="store_true", help="print a JSON array")
    sessions.set_defaults(func=_lazy("banso_desktop.cli_sessions", "run_sessions"))

    plan = sub.add_parser("plan", help="a company's action plan: 課題, 施策 with KPIs, referrals, 付加価値額")
    plan.add_argument("--db", type=Path, help="database file (default: your local database)")
    plan.add_argument("--company", metavar="ID", required=True, help="the company")
    plan.add_argument("--json", action="store_true", help="print a JSON object")
    plan.add_argument("--today", metavar="DATE", help="judge what is overdue as of DATE (default: today)")
    plan.set_defaults(func=_lazy("banso_desktop.cli_plan", "run_plan"))

    today = sub.add_parser("today", help="across companies: 施策 due or overdue, next visits, referrals to follow up")
    today.add_argument("--db", type=Path, help="database file (default: your local database)")
    today.add_argument("--json", action="store_true", help="print a JSON object")
    today.add_argument("--today", metavar="DATE", help="as of DATE (default: today)")
    today.set_defaults(func=_lazy("banso_desktop.cli_plan", "run_today"))

    kpi = sub.add_parser("kpi", help="the office's yearly figures (経営発達支援事業, 付加価値額) for a fiscal year")
    kpi.add_argument("--db", type=Path, help="database file (default: your local database)")
    kpi.add_argument("--fiscal-year", type=int, metavar="YEAR",
                     help="the fiscal year by the year it starts in: 2025 = 2025/4/1–2026/3/31 (default: the current one)")
    kpi.add_argument("--json", action="store_true", help="print a JSON object with every figure and the rows behind it")
    kpi.add_argument("--xlsx", type=Path, metavar="FILE.xlsx", help="also write the report as an Excel workbook")
    kpi.add_argument("--pdf", type=Path, metavar="FILE.pdf", help="also write the report as a PDF")
    kpi.add_argument("--lang", choices=LANGUAGES, default=env_language(), help="language of the files (default: ja unless your locale is English)")
    kpi.add_argument("--today", metavar="DATE", help="as of DATE (default: today)")
    kpi.add_argument("--consultant", metavar="NAME", help="only the companies of this consultant (name or id; 'unassigned' for nobody's)")
    kpi.set_defaults(func=_lazy("banso_desktop.cli_office", "run_kpi"))

    warnings = sub.add_parser("warnings", help="companies that need attention: falling sales, 債務超過, falling score, …")
    warnings.add_argument("--db", type=Path, help="database file (default: your local database)")
    warnings.add_argument("--json", action="store_true", help="print a JSON object")
    warnings.add_argument("--rules", type=Path, metavar="FILE.json", help="use these rules instead of the file's own")
    warnings.add_argument("--today", metavar="DATE", help="as of DATE (default: today)")
    warnings.add_argument("--consultant", metavar="NAME", help="only the companies of this consultant (name or id; 'unassigned' for nobody's)")
    warnings.set_defaults(func=_lazy("banso_desktop.cli_office", "run_warnings"))

    export = sub.add_parser("export", help="the owner's PDF: 行動計画書 (plan), ロカベンシート (rokaben), 経営デザインシート (design)")
    export.add_argument("kind", choices=("plan", "rokaben", "design"), help="which document")
    export.add_argument("--db", type=Path, help="database file (default: your local database)")
    export.add_argument("--company", metavar="ID", required=True, help="the company")
    export.add_argument("--out", metavar="FILE.pdf", required=True, help="where to write the PDF")
    export.add_argument("--lang", choices=LANGUAGES, default=env_language(), help="language of the document (default: ja unless your locale is English)")
    export.add_argument("--today", metavar="DATE", help="the date the document is made (default: today; 和暦 accepted)")
    export.set_defaults(func=_lazy("banso_desktop.cli_export", "run_export"))

    hub = sub.add_parser("hub", help="the office hub (PostgreSQL), for its administrator")
    hub_actions = hub.add_subparsers(dest="action", required=True, metavar="ACTION")
    hub_init = hub_actions.add_parser("init", help="create or upgrade the hub's schema, roles and policies")
    hub_init.add_argument("--dsn", required=True, help="PostgreSQL connection string of an administrator")
    hub_init.add_argument("--json", action="store_true", help="print a JSON object")
    hub_user = hub_actions.add_parser("add-user", help="a consultant's login for an organisation")
    hub_user.add_argument("--dsn", required=True, help="PostgreSQL connection string of an administrator")
    hub_user.add_argument("--org", required=True, help="the organisation (created if new)")
    hub_user.add_argument("--user", required=True, help="the consultant's user name")
    hub_user.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    hub_user.add_argument("--json", action="store_true", help="print a JSON object")
    hub.set_defaults(func=_lazy("banso_desktop.cli_sync", "run_hub"))

    sync = sub.add_parser("sync", help="send this database's changes to the hub and receive the office's")
    sync.add_argument("--db", type=Path, help="database file (default: your local database)")
    sync.add_argument("--dsn", required=True, help="the hub: host=… port=… dbname=… [sslmode=… sslrootcert=…]")
    sync.add_argument("--user", required=True, help="your user name on the hub")
    sync.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    sync.add_argument("--json", action="store_true", help="print pushed, pulled and conflicts as JSON")
    sync.set_defaults(func=_lazy("banso_desktop.cli_sync", "run_sync"))

    conflicts = sub.add_parser("conflicts", help="edits that met another edit on the hub, waiting for a choice")
    conflicts.add_argument("--db", type=Path, help="database file (default: your local database)")
    conflicts.add_argument("--json", action="store_true", help="print a JSON array")
    conflicts.set_defaults(func=_lazy("banso_desktop.cli_sync", "run_conflicts"))

    search = sub.add_parser("search", help="search companies, notes and text fields")
    search.add_argument("text", metavar="TEXT", help="words to find (all of them, in any order)")
    search.add_argument("--db", type=Path, help="database file (default: your local database)")
    search.add_argument("--json", action="store_true", help="print a JSON array")
    search.add_argument("--limit", type=_limit, default=100, metavar="N", help="at most N hits (default 100)")
    search.set_defaults(func=_lazy("banso_desktop.cli_sessions", "run_search"))

    bench = sub.add_parser("bench", help="measure start, search, PDF, memory, UI stalls and sync on this machine")
    bench.add_argument("--companies", type=_positive, default=10_000, metavar="N",
                       help="size of the demo database made for the run (default 10000)")
    bench.add_argument("--db", type=Path, help="reuse this demo database (made when missing or empty)")
    bench.add_argument("--runs", type=_positive, default=7, metavar="N", help="runs per timing (default 7)")
    bench.add_argument("--benchmarks", type=Path, metavar="FILE", help="a ロカベン benchmark table to score against")
    bench.add_argument("--hub-admin-dsn", metavar="DSN",
                       help="a PostgreSQL superuser DSN of a scratch database, for the sync figures")
    bench.add_argument("--sync-rows", type=_positive, default=10_000, metavar="N", help="rows synced (default 10000)")
    bench.add_argument("--skip-gui", action="store_true", help="leave out the scenarios that open windows")
    bench.add_argument("--only", metavar="A,B", help="only these scenarios: query, scoring, office, pdf, start, typing, "
                                                     "browse, stall, sync")
    bench.add_argument("--json", action="store_true", help="print one JSON object")
    bench.set_defaults(func=_lazy("banso_desktop.bench", "run_bench"))
    return parser


def print_json(value) -> None:
    """JSON for other programs: UTF-8 Japanese as is, one item per line."""
    json.dump(value, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


class CliInputError(UserError):
    context = "cli"


def company_report(args: argparse.Namespace, open_store, export, render) -> int:
    """A report on one live company (``--db``, ``--company``, ``--json``): ``export(store)``
    printed as JSON, or ``render(company_name, result)`` as text."""
    store = open_store(args.db, create=False)
    try:
        company = store.companies.get(args.company)
        if company is None or company["deleted_at"]:
            raise CliInputError(QT_TRANSLATE_NOOP("cli", "There is no company with the id {id}."), id=args.company)
        result = export(store)
    finally:
        store.close()
    if args.json:
        print_json(result)
    else:
        print(render(company["name"], result))
    return 0


def _open(path: Path | None, create: bool):
    from banso_desktop.store import open_store
    from banso_desktop.store.errors import DamagedFileError

    try:
        return open_store(path or default_db_path(), create=create)
    except DamagedFileError as exc:
        raise _damage_report(exc) from None


def _damage_report(exc: BaseException, path: Path | None = None) -> UserError | None:
    """A damaged file's message with the latest automatic backup to open instead."""
    from banso_desktop.store.backup import damage_report
    from banso_desktop.store.errors import DamagedFileError
    from banso_desktop.store.integrity import damaged, is_damage

    if not isinstance(exc, DamagedFileError):
        if not is_damage(exc):
            return None
        exc = damaged(path or default_db_path(), exc)
    return damage_report(exc, env_language())


def _cmd_gui(args: argparse.Namespace) -> int:
    from banso_desktop.app import run_gui  # Qt is imported only here

    return run_gui(
        db_path=args.db, company_id=args.company, tab=args.tab,
        screenshot=args.screenshot, lang=args.lang, office=args.office,
    )


def _cmd_demo(args: argparse.Namespace) -> int:
    from banso_desktop.demo import create_demo

    started = time.perf_counter()
    store = _open(args.db, create=True)
    try:
        result = create_demo(store, companies=args.companies, seed=args.seed)
    finally:
        store.close()
    print(
        translate(
            "cli",
            "Created {companies} companies, {periods} fiscal periods, {sessions} sessions and "
            "{notes} notes in {seconds:.1f} s: {path}",
        ).format(
            companies=f"{result.companies:,}", periods=f"{result.periods:,}",
            sessions=f"{result.sessions:,}", notes=f"{result.notes:,}",
            seconds=time.perf_counter() - started, path=args.db,
        )
    )
    return 0


def _cmd_companies(args: argparse.Namespace) -> int:
    from banso_desktop.data import industries

    store = _open(args.db, create=False)
    try:
        rows = store.companies.search(args.search)
        names = {c.id: c.name for c in store.people.consultants()}
    finally:
        store.close()
    lang = env_language()
    catalog = industries()
    items = []
    for r in rows:
        industry = catalog.get(r.industry_code)
        items.append({
            "id": r.id,
            "name": r.name,
            "name_kana": r.name_kana,
            "industry": industry.label(lang) if industry else None,
            "industry_code": r.industry_code,
            "address": r.address,
            "assigned_consultant": names.get(r.assigned_consultant_id) if r.assigned_consultant_id else None,
        })
    if args.json:
        print_json(items)
    else:
        for item in items:
            print(f"{item['name']}\t{item['industry'] or ''}\t{item['address']}\t{item['id']}")
    return 0


def _cmd_rokaben(args: argparse.Namespace) -> int:
    from banso_desktop.cli_rokaben import run_rokaben

    if args.db is not None and not args.company:
        args.parser.error(translate("cli", "--db needs --company ID"))
    return run_rokaben(args, translate, _open)











def _lazy(module: str, name: str):
    """A subcommand whose code (and what it imports) loads only when it runs, so
    ``banso --help`` and the other commands start fast; it is called with
    ``(args, translate, open_store)``."""
    def command(args: argparse.Namespace) -> int:
        return getattr(importlib.import_module(module), name)(args, translate, _open)

    return command


def _log_crash() -> Path | None:
    try:
        folder = user_data_dir() / "logs"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "banso-cli.log"
        logging.basicConfig(filename=path, level=logging.ERROR)
        logging.getLogger("banso").error("unexpected error\n%s", traceback.format_exc())
        return path
    except OSError:
        return None


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    argv = sys.argv[1:] if argv is None else argv
    try:
        args = parser.parse_args(argv)
        if args.self_test:
            from banso_desktop.selftest import run_self_test

            return run_self_test()
        if args.command is None:
            args = parser.parse_args(["gui", *argv])
        return args.func(args)
    except UserError as exc:
        sys.stderr.write(f"banso: {exc.render(translate)}\n")
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `banso companies --json | head`: the reader left; not an error of ours.
        sys.stderr.close()
        return 0
    except Exception as exc:  # noqa: BLE001 - the last line of defence against a traceback
        # Damage found only when a command read further than the checks at open.
        report = _damage_report(exc, getattr(locals().get("args"), "db", None))
        if report is not None:
            sys.stderr.write(f"banso: {report.render(translate)}\n")
            return 2
        log = _log_crash()
        where = translate("cli", " (details in {path})").format(path=log) if log else ""
        sys.stderr.write(
            translate("cli", "banso: unexpected error: {error}{where}\n").format(
                error=type(exc).__name__, where=where
            )
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
