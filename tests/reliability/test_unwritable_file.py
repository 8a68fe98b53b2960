"""A file or folder the app cannot write at start: a clear message naming it, exit 2, no
traceback, and nothing changed.

The tests run as root, for whom file permissions are not enforced; the real ``banso``
runs here in a child process stripped of the capabilities that bypass them
(``setpriv --bounding-set=-dac_override,-dac_read_search``), so the operating system
refuses it exactly as it refuses an ordinary user."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys

import pytest

from banso_desktop.store import open_store
from tests.helpers import ROOT

pytestmark = [
    pytest.mark.reliability,
    pytest.mark.skipif(not hasattr(os, "geteuid") or shutil.which("setpriv") is None,
                       reason="needs Linux with setpriv (util-linux)"),
]


def run_restricted(tmp_path, *args):
    """``banso ARGS`` as a user without the power to ignore permissions."""
    prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"] if os.geteuid() == 0 else []
    env = {**os.environ, "BANSO_LANG": "en", "QT_QPA_PLATFORM": "offscreen",
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    return subprocess.run([*prefix, sys.executable, "-m", "banso_desktop", *args],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def database(tmp_path):
    folder = tmp_path / "office"
    folder.mkdir()
    path = folder / "banso.sqlite3"
    store = open_store(path)
    store.companies.create({"name": "株式会社浪速企画"})
    store.close()
    yield path
    for p in [folder, *folder.rglob("*")]:
        os.chmod(p, 0o700)  # let pytest clean up


def assert_refused(result, *words):
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr and result.stdout == ""
    line = result.stderr.strip()
    assert line.count("\n") == 0, line
    for word in words:
        assert word in line, line


def test_a_working_file_opens_in_the_restricted_child(tmp_path, database):
    result = run_restricted(tmp_path, "companies", "--db", str(database))
    assert result.returncode == 0, result.stderr
    assert "株式会社浪速企画" in result.stdout


def test_a_read_only_folder(tmp_path, database):
    before = digest(database)
    os.chmod(database.parent, 0o555)
    result = run_restricted(tmp_path, "companies", "--db", str(database))
    assert_refused(result, f"The folder {database.parent} is read-only", str(database), "copy the file")
    assert digest(database) == before
    assert sorted(p.name for p in database.parent.iterdir()) == ["banso.sqlite3"]


def test_the_window_says_it_too(tmp_path, database):
    os.chmod(database.parent, 0o555)
    shot = tmp_path / "shot.png"
    result = run_restricted(tmp_path, "gui", "--db", str(database), "--screenshot", str(shot))
    assert_refused(result, f"The folder {database.parent} is read-only")
    assert not shot.exists()


def test_a_read_only_file(tmp_path, database):
    before = digest(database)
    os.chmod(database, 0o444)
    result = run_restricted(tmp_path, "companies", "--db", str(database))
    assert_refused(result, f"{database} is read-only, or you do not have permission to change it")
    assert digest(database) == before


def test_a_file_without_permission_to_read(tmp_path, database):
    os.chmod(database, 0o000)
    result = run_restricted(tmp_path, "companies", "--db", str(database))
    assert_refused(result, f"You do not have permission to read {database}.")


def test_a_log_left_read_only_beside_the_file(tmp_path, database):
    store = open_store(database)
    store.companies.create({"name": "ログに残る会社"})
    wal = database.with_name(database.name + "-wal")
    shutil.copy(wal, tmp_path / "wal")  # as a crash would leave it …
    store.close()
    shutil.copy(tmp_path / "wal", wal)
    os.chmod(wal, 0o444)  # … owned by someone else
    result = run_restricted(tmp_path, "companies", "--db", str(database))
    assert_refused(result, f"{wal} is read-only")


def test_a_new_file_in_a_read_only_folder(tmp_path, database):
    os.chmod(database.parent, 0o555)
    new = database.parent / "new.sqlite3"
    result = run_restricted(tmp_path, "demo", "--db", str(new), "--companies", "1")
    assert_refused(result, f"Cannot create {new}: the folder {database.parent} is read-only")
    assert not new.exists()
