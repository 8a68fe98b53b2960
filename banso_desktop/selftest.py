"""``banso --self-test``: does this installation work? A check for IT after installing
the bundle (or for a developer in a checkout), on a throw-away database in a temporary
folder — the user's own database and settings are never opened.

It prints one line per check and exits 0 only when every check passed. The output is a
diagnostic for IT and stays in English on purpose (it is not in the translation
catalogues). The checks that need Qt live in :mod:`banso_desktop.ui.selftest_gui`, since
only ``ui/`` and ``app.py`` may import PySide6.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from banso_desktop import __version__
from banso_desktop.app import UI_FONTS
from banso_desktop.documents.base import FONT
from banso_desktop.documents.base import FONT_FILES as DOCUMENT_FONT_FILES
from banso_desktop.i18n import LANGUAGES
from banso_desktop.paths import i18n_dir, resources_dir
from banso_desktop.sync.hub import STEPS

# What the app itself loads, named where it loads it (a renamed file fails here too).
DOCUMENT_FONT = FONT.encode()  # reportlab names the embedded subset after it
FONT_FILES = (*DOCUMENT_FONT_FILES.values(), *UI_FONTS)
LICENCE_FILES = ("OFL.txt",)
JSON_FILES = ("industries.json", "rokaben_sheet.json", "question_bank.json", "design_sheet.json",
              "referral_map.json")
HUB_SQL = STEPS
SELFTEST_COMPANY = {"name": "株式会社セルフテスト商会", "name_kana": "せるふてすとしょうかい",
                    "address": "大阪府大阪市北区梅田1-1-1"}


class CheckFailed(Exception):
    """A check's expectation did not hold; the message says what was found."""


@dataclass
class Result:
    name: str
    ok: bool
    detail: str
    seconds: float


@dataclass
class Context:
    """What the checks share: the temporary folder, the database and what is in it."""

    folder: Path
    db_path: Path
    company_id: str = ""
    plan_pdf: Path | None = None
    plan_pages: int = 0


def expect(condition: object, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


def pdf_page_count(data: bytes) -> int:
    """Pages of a PDF as reportlab writes it (uncompressed object dictionaries)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))


# --- the checks (Qt-free ones here) ---------------------------------------------------


def check_runtime(ctx: Context) -> str:
    frozen = getattr(sys, "frozen", False)
    package = Path(__file__).resolve().parent
    where = f"bundle at {getattr(sys, '_MEIPASS', package.parent)}" if frozen else f"source at {package}"
    return f"banso {__version__}, Python {sys.version.split()[0]} on {sys.platform}, {where}"


def check_data_files(ctx: Context) -> str:
    """resources/ (fonts with their licence, the JSON catalogues), the .ts the CLI reads and
    the hub's SQL read through importlib.resources — what a bundle most easily leaves out."""
    from importlib import resources

    from banso_desktop import data

    folder = resources_dir()
    fonts = folder / "fonts"
    missing = [f"fonts/{n}" for n in FONT_FILES + LICENCE_FILES if not (fonts / n).is_file()]
    missing += [n for n in JSON_FILES if not (folder / n).is_file()]
    missing += [f"i18n/banso_{lang}.ts" for lang in LANGUAGES if not (i18n_dir() / f"banso_{lang}.ts").is_file()]
    expect(not missing, f"missing under {folder.parent}: {', '.join(missing)}")
    for name in JSON_FILES:
        json.loads((folder / name).read_text(encoding="utf-8"))
    industries = data.industries()
    cards = data.question_bank()
    data.rokaben_sheet()
    data.design_sheet()
    data.referral_map()
    sql_sizes = []
    for name in HUB_SQL:
        text = resources.files("banso_desktop.sync").joinpath(name).read_text(encoding="utf-8")
        expect("CREATE" in text.upper(), f"banso_desktop/sync/{name} is empty or not SQL")
        sql_sizes.append(len(text))
    licence = (fonts / "OFL.txt").read_text(encoding="utf-8", errors="replace")
    expect("Open Font License" in licence, "fonts/OFL.txt is not the SIL Open Font License")
    return (f"{len(FONT_FILES)} fonts + OFL.txt, {len(JSON_FILES)} JSON catalogues "
            f"({len(industries)} industries, prompt cards for {len(cards.stages)} stages), "
            f"hub SQL {'+'.join(str(s) for s in sql_sizes)} chars")


def check_database(ctx: Context) -> str:
    """A real SQLite file through the app's open_store: demo data, one more company,
    search (FTS5), and the file opened again."""
    from banso_desktop.demo import create_demo
    from banso_desktop.store import open_store

    store = open_store(ctx.db_path, create=True)
    try:
        demo = create_demo(store, companies=1, seed=8)
        # The PDF and the window use the demo company: it has sessions, figures and a plan.
        (ctx.company_id,) = [row.id for row in store.companies.search("")]
        added = store.companies.create(dict(SELFTEST_COMPANY))
        journal = store.conn.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        store.close()
    store = open_store(ctx.db_path, create=False)
    try:
        count = store.companies.count()
        hits = [row.id for row in store.companies.search("セルフテスト")]  # 3+ characters: FTS5
        short = [row.id for row in store.companies.search("商会")]  # 1-2 characters: LIKE
    finally:
        store.close()
    expect(count == 2, f"expected 2 companies after reopening the file, found {count}")
    expect(hits == [added], f"full-text search found {hits}, expected only the new company")
    expect(added in short, "the short-term search did not find the new company")
    return (f"{ctx.db_path.name}: {count} companies, {demo.periods} periods, {demo.sessions} sessions, "
            f"{demo.notes} notes; search ok; journal {journal}")


def check_cli_translation(ctx: Context) -> str:
    """The CLI's messages come from i18n/banso_ja.ts (read without Qt)."""
    from banso_desktop.i18n import catalog, translator

    context, source = "store", "There is no database at {path}."
    entries = catalog("ja")
    translated = translator("ja")(context, source)
    expect(entries, f"no Japanese CLI catalogue at {i18n_dir() / 'banso_ja.ts'}")
    expect(translated != source, f"{source!r} is not translated in banso_ja.ts")
    return f"banso_ja.ts: {len(entries)} messages, e.g. {translated!r}"


def check_pdf(ctx: Context) -> str:
    """The 行動計画書 through the documents module (as the 出力 tab and `banso export`), and
    the other two documents; pages and the embedded BIZ UD Gothic are checked."""
    from banso_desktop import documents
    from banso_desktop.store import open_store

    store = open_store(ctx.db_path, create=False)
    try:
        content = documents.gather(store, ctx.company_id)
    finally:
        store.close()
    sizes = {}
    for kind in documents.KINDS:
        data = documents.render(kind, content, "ja")
        expect(data.startswith(b"%PDF-"), f"the {kind} document is not a PDF")
        pages = pdf_page_count(data)
        expect(pages >= 1, f"the {kind} PDF has no pages")
        expect(DOCUMENT_FONT in data, f"the {kind} PDF does not use the bundled {DOCUMENT_FONT.decode()}")
        expect(b"/FontFile2" in data, f"the {kind} PDF does not embed its TrueType font")
        sizes[kind] = (pages, len(data))
        path = documents.write_atomically(ctx.folder / f"{kind}.pdf", data)
        if kind == "plan":
            ctx.plan_pdf, ctx.plan_pages = path, pages
    plan_pages, plan_bytes = sizes["plan"]
    others = ", ".join(f"{kind} {pages} p." for kind, (pages, _) in sizes.items() if kind != "plan")
    return (f"plan.pdf {plan_pages} page(s), {plan_bytes:,} bytes, {DOCUMENT_FONT.decode()} embedded; "
            f"{others}")


def check_sync_libraries(ctx: Context) -> str:
    """What office sync loads: libpq through psycopg, and the keyring's backends (a bundle
    without their entry points silently falls back to 'no keyring')."""
    from importlib.metadata import entry_points

    import keyring
    from psycopg import pq

    libpq = pq.version()
    expect(libpq >= 100000, f"libpq {libpq} is too old")
    backends = sorted(e.name for e in entry_points(group="keyring.backends"))
    expect(backends, "keyring has no registered backends (its package metadata is missing)")
    active = type(keyring.get_keyring()).__module__.replace("keyring.backends.", "")
    if sys.platform in ("win32", "darwin"):
        expect(not active.startswith("fail"), f"no keyring backend is usable ({active})")
    return f"psycopg {pq.__impl__} implementation, libpq {libpq}; keyring backends {', '.join(backends)} (active: {active})"


def check_qt_start(ctx: Context) -> str:
    """The QApplication as the app makes it; offscreen when there is no display. The window,
    font, translation and preview checks follow in :mod:`banso_desktop.ui.selftest_gui`."""
    if (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from banso_desktop.ui import selftest_gui

    return selftest_gui.setup(ctx.folder)


def _gui_check(name: str) -> Callable[[Context], str]:
    def check(ctx: Context) -> str:
        from banso_desktop.ui import selftest_gui

        return getattr(selftest_gui, name)(ctx)

    return check


CHECKS: list[tuple[str, Callable[[Context], str]]] = [
    ("runtime", check_runtime),
    ("data files", check_data_files),
    ("database", check_database),
    ("CLI translation", check_cli_translation),
    ("PDF", check_pdf),
    ("sync libraries", check_sync_libraries),
    ("Qt start", check_qt_start),
    ("UI font", _gui_check("check_ui_font")),
    ("Qt translation", _gui_check("check_translation")),
    ("main window", _gui_check("check_main_window")),
    ("PDF preview", _gui_check("check_pdf_preview")),
]
# Checks that cannot run without an earlier one.
NEEDS = {
    "PDF": ("database",),
    "UI font": ("Qt start",),
    "Qt translation": ("Qt start",),
    "main window": ("database", "Qt start"),
    "PDF preview": ("PDF", "Qt start"),
}


def run_self_test(out=None) -> int:
    """Run every check, print one line each and a summary; 0 when all passed."""
    out = out or sys.stdout
    if hasattr(out, "reconfigure"):
        # Redirected to a file on a non-Japanese Windows the encoding may lack kana: the
        # report must still be written, not end in a UnicodeEncodeError.
        out.reconfigure(errors="backslashreplace")

    def say(line: str) -> None:
        out.write(line + "\n")
        out.flush()

    folder = Path(tempfile.mkdtemp(prefix="banso-selftest-"))
    ctx = Context(folder=folder, db_path=folder / "selftest.sqlite3")
    say(f"Banso Desktop self-test (diagnostic output in English) in {folder}")
    results: list[Result] = []
    passed: set[str] = set()
    for name, check in CHECKS:
        blocker = next((n for n in NEEDS.get(name, ()) if n not in passed), None)
        started = time.perf_counter()
        if blocker:
            result = Result(name, False, f"not run: the {blocker} check did not pass", 0.0)
        else:
            try:
                result = Result(name, True, check(ctx), time.perf_counter() - started)
            except CheckFailed as exc:
                result = Result(name, False, str(exc), time.perf_counter() - started)
            except Exception as exc:  # noqa: BLE001 - a broken installation shows here, with its cause
                where = traceback.extract_tb(exc.__traceback__)[-1]
                result = Result(name, False, f"{type(exc).__name__}: {exc} ({Path(where.filename).name}:{where.lineno})",
                                time.perf_counter() - started)
        results.append(result)
        if result.ok:
            passed.add(name)
        label = "ok  " if result.ok else "SKIP" if blocker else "FAIL"
        say(f"{label} {name}: {result.detail} [{result.seconds:.2f} s]")
    _close_gui()
    failed = [r.name for r in results if not r.ok]
    if failed:
        say(f"FAILED: {len(failed)} of {len(results)} checks did not pass ({', '.join(failed)}); "
            f"the test files are kept in {folder}")
        return 1
    shutil.rmtree(folder, ignore_errors=True)
    say(f"PASSED: all {len(results)} checks")
    return 0


def _close_gui() -> None:
    if "banso_desktop.ui.selftest_gui" in sys.modules:
        try:
            sys.modules["banso_desktop.ui.selftest_gui"].teardown()
        except Exception:  # noqa: BLE001 - the results are already printed
            pass
