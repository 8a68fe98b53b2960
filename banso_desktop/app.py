"""Start-up of the desktop app: display, bundled font, translations, settings, window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from banso_desktop.domain.text import QT_TRANSLATE_NOOP, UserError
from banso_desktop.i18n import LANGUAGES, env_language, language_from_locale
from banso_desktop.paths import default_db_path, i18n_dir, resources_dir

log = logging.getLogger(__name__)

ORGANIZATION = "Banso"
APPLICATION = "Banso Desktop"
UI_FONTS = ("BIZUDPGothic-Regular.ttf", "BIZUDPGothic-Bold.ttf")


class StartupError(UserError):
    context = "startup"


def _choose_platform(screenshot: bool) -> None:
    """Without a display Qt aborts; render offscreen for screenshots, else say why."""
    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return
    if screenshot:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return
    raise StartupError(
        QT_TRANSLATE_NOOP(
            "startup",
            "No display found (DISPLAY is not set). Run the app on a desktop, or use "
            "--screenshot FILE.png to render it offscreen.",
        )
    )


def load_fonts() -> str | None:
    """Register the bundled BIZ UD Gothic so Japanese renders on any machine; its family."""
    from PySide6.QtGui import QFontDatabase

    family = None
    for name in UI_FONTS:
        font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
        if font_id < 0:
            log.warning("could not load bundled font %s", name)
            continue
        family = family or QFontDatabase.applicationFontFamilies(font_id)[0]
    return family


def choose_language(requested: str | None) -> str:
    """The interface language: --lang, else the settings, else BANSO_LANG, else the system's."""
    from PySide6.QtCore import QLocale, QSettings

    if requested in LANGUAGES:
        return requested
    saved = QSettings().value("ui/language", "", str)
    if saved in LANGUAGES:
        return saved
    if os.environ.get("BANSO_LANG", "").lower() in LANGUAGES:
        return env_language()
    return language_from_locale(QLocale.system().name())


def install_translators(app, lang: str) -> None:
    """Load the app's compiled catalogue and Qt's own (standard dialogs) for ``lang``."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    QLocale.setDefault(QLocale(QLocale.Language.Japanese if lang == "ja" else QLocale.Language.English))
    app.setProperty("banso_language", lang)
    # English is the source language; banso_en only adds plural forms ("1 company").
    translators = []
    ours = QTranslator(app)
    if ours.load(str(i18n_dir() / f"banso_{lang}.qm")):
        translators.append(ours)
    else:
        log.warning("translation %s not found; run `make` to compile i18n/*.ts", lang)
    qt = QTranslator(app)
    if lang != "en" and qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt)
    for translator in translators:
        app.installTranslator(translator)


def create_application(lang: str | None = None):
    """The QApplication with names, font and translations set (reused if it exists)."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    # Work on other threads (sync, the writer, search) hands the interpreter lock back
    # to the window's thread within 1 ms instead of Python's default 5 ms, so painting
    # and typing stay smooth while a sync runs.
    sys.setswitchinterval(0.001)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    # Fusion looks the same on Windows, macOS and Linux, so what we test is what users see.
    app.setStyle("Fusion")
    family = load_fonts()
    if family:
        font = QFont(family)
        font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
        app.setFont(font)
    install_translators(app, choose_language(lang))
    return app


def run_gui(
    db_path: Path | None = None,
    company_id: str | None = None,
    tab: str | None = None,
    screenshot: Path | None = None,
    lang: str | None = None,
    office: str | None = None,
) -> int:
    """Open the main window on ``db_path`` (default: the user's local database)."""
    _choose_platform(screenshot is not None)
    import sqlite3

    from banso_desktop.store import StoreError
    from banso_desktop.ui.main_window import MainWindow

    app = create_application(lang)
    path = Path(db_path) if db_path else default_db_path()
    try:
        window = MainWindow(path, remember=screenshot is None)
    except (StoreError, sqlite3.DatabaseError) as exc:
        if screenshot is not None:
            raise
        from banso_desktop.ui.recovery_dialog import recover_at_start

        # The problem's message; for a damaged file, the offer of the latest backup.
        window = recover_at_start(exc, path, MainWindow)
        if window is None:
            return 2
    if company_id and not window.open_company(company_id, tab):
        window.close()
        raise StartupError(
            QT_TRANSLATE_NOOP("startup", "There is no company with the id {id}."), id=company_id
        )
    if tab and not company_id:
        window.workspace.show_tab(tab)
    window.show()
    if office:
        shown = window.show_office(office)
        if screenshot is not None:
            window.finish_starting(wait_s=2.0)
            shown.reader.wait()
            return _save_screenshot(app, shown, screenshot, after=window.close)
    if screenshot is not None:
        return _save_screenshot(app, window, screenshot)
    from banso_desktop.ui.backups import BackupKeeper

    keeper = BackupKeeper(path, window, open_window=MainWindow)  # a backup soon, one at quit
    code = app.exec()
    keeper.finish()
    return code


def _save_screenshot(app, window, path: Path, after=None) -> int:
    app.processEvents()
    if hasattr(window, "finish_starting"):
        window.finish_starting(wait_s=2.0)  # the status bar as a person sees it a moment later
    for _ in range(3):  # the widgets just added are laid out over a few passes
        app.processEvents()
    window.repaint()
    app.processEvents()
    ok = window.grab().save(str(path), "PNG")
    window.close()
    if after is not None:
        after()
    if not ok:
        raise StartupError(QT_TRANSLATE_NOOP("startup", "Cannot write the screenshot to {path}."), path=path)
    return 0
