"""Shared fixtures: real temporary SQLite files, isolated settings, offscreen Qt."""

from __future__ import annotations

import os

import pytest

# Qt aborts without a display; every test renders offscreen unless told otherwise.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path_factory, monkeypatch):
    """Keep tests away from the developer's real data, config and logs."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("BANSO_DB", str(home / "data" / "default.sqlite3"))
    return home


@pytest.fixture
def db_path(tmp_path):
    """A path for a new database file in a fresh folder."""
    return tmp_path / "banso.sqlite3"


@pytest.fixture
def store(db_path):
    from banso_desktop.store import open_store

    s = open_store(db_path)
    yield s
    s.close()
