"""The Qt half of ``banso --self-test`` (see :mod:`banso_desktop.selftest`): the app's own
start-up, its UI font and translations, every tab of the main window on the test database
(rendered without showing anything on screen, grabbed to PNGs) and the PDF preview library.

Settings go to an INI file in the test folder, so the user's own are neither read nor changed.
Output is an English diagnostic for IT, like the rest of the self-test.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import QLibraryInfo, QSettings, QSize, Qt, QTranslator, qInstallMessageHandler, qVersion
from PySide6.QtGui import QFontDatabase, QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from banso_desktop.paths import i18n_dir
from banso_desktop.selftest import expect as _expect
from banso_desktop.ui.workspace import TAB_KEYS

UI_FAMILY_PREFIX = "BIZ UD"
# A string every version of the main window shows, and the context it is translated in.
KNOWN_STRING = ("MainWindow", "&File")
WINDOW_SIZE = (1280, 800)

_state: dict = {}


def _quiet_offscreen(mode, context, message: str) -> None:
    # The offscreen platform says this for every window; it means nothing here.
    if "propagateSizeHints" not in message:
        sys.stderr.write(message + "\n")


def setup(folder: Path) -> str:
    """The QApplication exactly as ``banso gui`` makes it (Fusion, bundled font, ja)."""
    from banso_desktop.app import create_application

    qInstallMessageHandler(_quiet_offscreen)
    # Without its platform plugin Qt aborts the process: say so on this check's line instead.
    platform = (os.environ.get("QT_QPA_PLATFORM", "").split(":")[0]
                or {"win32": "windows", "darwin": "cocoa"}.get(sys.platform, "xcb"))
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    found = sorted(p.name for p in plugins.iterdir()) if plugins.is_dir() else []
    _expect(any(platform in name for name in found),
            f"Qt's {platform!r} platform plugin is not in {plugins} (found: {', '.join(found) or 'nothing'})")
    settings = folder / "settings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings))
    app = create_application("ja")
    _state["app"] = app
    return (f"Qt {qVersion()}, PySide6 {PYSIDE_VERSION}, platform plugin {app.platformName()!r}, "
            f"style {app.style().name()}")


def check_ui_font(ctx) -> str:
    family = QApplication.font().family()
    bundled = [f for f in QFontDatabase.families() if f.startswith(UI_FAMILY_PREFIX)]
    _expect(bundled, "the bundled BIZ UDPGothic did not load (resources/fonts)")
    _expect(family.startswith(UI_FAMILY_PREFIX), f"the interface font is {family!r}, not the bundled one")
    return f"interface font {family!r} ({', '.join(sorted(bundled))})"


def check_translation(ctx) -> str:
    qm = i18n_dir() / "banso_ja.qm"
    _expect(qm.is_file(), f"{qm} is missing (compile i18n/*.ts with pyside6-lrelease)")
    ours = QTranslator()
    _expect(ours.load(str(qm)), f"{qm} cannot be loaded")
    context, source = KNOWN_STRING
    text = ours.translate(context, source)
    _expect(text and text != source, f"{qm.name} does not translate {source!r}")
    live = QApplication.translate(context, source)
    _expect(live == text, f"the running app translates {source!r} as {live!r}, not {text!r}")
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator()
    _expect(qt_own.load("qtbase_ja", qt_folder),
            f"Qt's own qtbase_ja.qm is missing from {qt_folder} (standard dialogs would be English)")
    return f"{qm.name}: {source!r} -> {text!r}; qtbase_ja.qm found"


def _settle(app, seconds: float = 0.15) -> None:
    end = time.perf_counter() + seconds
    while True:
        app.processEvents()
        if time.perf_counter() >= end:
            return
        time.sleep(0.01)


def ink(image: QImage) -> tuple[int, float]:
    """(distinct colours, share of pixels not in the most common colour) on a grid of up to
    160×160 samples: a blank (all white, all black) image has 1 colour and share 0."""
    width, height = image.width(), image.height()
    if width == 0 or height == 0:
        return 0, 0.0
    step_x, step_y = max(1, width // 160), max(1, height // 160)
    counts: dict[int, int] = {}
    for y in range(0, height, step_y):
        for x in range(0, width, step_x):
            pixel = image.pixel(x, y)
            counts[pixel] = counts.get(pixel, 0) + 1
    total = sum(counts.values())
    return len(counts), 1.0 - max(counts.values()) / total


def _not_blank(image: QImage, what: str) -> str:
    colours, share = ink(image)
    _expect(colours >= 8 and share >= 0.01,
            f"{what} looks blank ({image.width()}x{image.height()}, {colours} colours, {share:.1%} ink)")
    return f"{colours} colours"


def check_main_window(ctx) -> str:
    """Every tab of the demo company, grabbed to window-<tab>.png in the test folder."""
    from banso_desktop.ui.main_window import MainWindow

    app = _state["app"]
    window = MainWindow(ctx.db_path, remember=False)
    _state["window"] = window
    # Laid out and painted like a shown window, but never put on the user's screen.
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    window.resize(*WINDOW_SIZE)
    _expect(window.open_company(ctx.company_id, "overview"), "the demo company does not open")
    window.show()
    _settle(app)
    shots = []
    views = [(tab, tab) for tab in TAB_KEYS]
    views.insert(TAB_KEYS.index("rokaben") + 1, ("rokaben", "rokaben-charts"))  # QtCharts
    for tab, name in views:
        window.workspace.show_tab(tab)
        if name == "rokaben-charts":
            window.workspace.rokaben.setCurrentWidget(window.workspace.rokaben.charts)
        _settle(app)
        if tab == "export":
            export = window.workspace.export
            deadline = time.perf_counter() + 20
            while export.pdf.pageCount() == 0 and time.perf_counter() < deadline:
                _settle(app, 0.05)
            _expect(export.pdf.pageCount() > 0, "the Output tab's preview did not show the document")
        image = window.grab().toImage()
        path = ctx.folder / f"window-{name}.png"
        _expect(image.save(str(path), "PNG"), f"cannot write {path}")
        _not_blank(image, f"the {name} tab")
        shots.append(name)
    menu = window.menuBar().actions()[0].text()
    _expect(menu != KNOWN_STRING[1], f"the menu is not translated ({menu!r})")
    return (f"{len(shots)} views rendered at {window.width()}x{window.height()} "
            f"({', '.join(shots)}), menu {menu!r}; window-*.png")


def check_pdf_preview(ctx) -> str:
    """QtPdf (the 出力 preview and printing) opens the plan written by the PDF check."""
    document = QPdfDocument()
    document.load(str(ctx.plan_pdf))
    _expect(document.status() == QPdfDocument.Status.Ready, f"QtPdf cannot open {ctx.plan_pdf.name}")
    _expect(document.pageCount() == ctx.plan_pages,
            f"QtPdf sees {document.pageCount()} pages, reportlab wrote {ctx.plan_pages}")
    pages = document.pageCount()
    image = document.render(0, QSize(595, 842))
    document.close()
    detail = _not_blank(image, "page 1 of the plan")
    path = ctx.folder / "plan-page1.png"
    image.save(str(path), "PNG")
    return f"QtPdf rendered page 1 of {pages} ({detail}); {path.name}"


def teardown() -> None:
    window = _state.pop("window", None)
    if window is not None:
        window.close()
    app = _state.get("app")
    if app is not None:
        _settle(app, 0.05)
