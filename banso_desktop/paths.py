"""Where the app finds its bundled files and keeps the user's database."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_DIR_NAME = "BansoDesktop"


def _root() -> Path:
    # In a PyInstaller bundle everything sits under sys._MEIPASS; in a checkout the
    # package's parent folder holds resources/ and i18n/ beside banso_desktop/.
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """The folder with fonts, question bank, industry list and other bundled data."""
    override = os.environ.get("BANSO_RESOURCES")
    return Path(override) if override else _root() / "resources"


def i18n_dir() -> Path:
    """The folder with the Qt Linguist translations (.ts sources, compiled .qm)."""
    return _root() / "i18n"


def user_data_dir() -> Path:
    """The platform's per-user data folder for the app (created on demand by callers)."""
    return platformdirs.user_data_path(APP_DIR_NAME, appauthor=False)


def default_db_path() -> Path:
    """The local database used when no ``--db`` is given."""
    override = os.environ.get("BANSO_DB")
    return Path(override) if override else user_data_dir() / "banso.sqlite3"
