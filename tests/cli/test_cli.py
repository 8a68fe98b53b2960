"""The real ``banso`` command in a subprocess."""

import json
import os
import sqlite3

import pytest

from banso_desktop import __version__
from tests.helpers import run_banso


def one_line_error(result):
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def test_version():
    result = run_banso("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"banso {__version__}"


def test_demo_then_companies_json(tmp_path):
    db = tmp_path / "demo.sqlite3"
    result = run_banso("demo", "--db", str(db), "--companies", "120", "--seed", "5")
    assert result.returncode == 0, result.stderr
    assert "120 companies" in result.stdout
    listed = run_banso("companies", "--db", str(db), "--json")
    assert listed.returncode == 0, listed.stderr
    items = json.loads(listed.stdout)
    assert len(items) == 120
    for item in items:
        assert {"id", "name", "industry"} <= set(item)
        assert item["name"] and item["industry"]
    some = items[0]["name"]
    found = json.loads(run_banso("companies", "--db", str(db), "--search", some, "--json").stdout)
    assert some in [i["name"] for i in found] and len(found) < 120


def test_companies_in_japanese(tmp_path):
    db = tmp_path / "demo.sqlite3"
    run_banso("demo", "--db", str(db), "--companies", "5")
    items = json.loads(run_banso("companies", "--db", str(db), "--json", env={"BANSO_LANG": "ja"}).stdout)
    assert any("業" in i["industry"] for i in items)
    text = run_banso("companies", "--db", str(db)).stdout
    assert len(text.strip().splitlines()) == 5


@pytest.mark.slow
def test_ten_thousand_companies(tmp_path):
    db = tmp_path / "big.sqlite3"
    result = run_banso("demo", "--db", str(db), "--companies", "10000", timeout=300)
    assert result.returncode == 0, result.stderr
    items = json.loads(run_banso("companies", "--db", str(db), "--json").stdout)
    assert len(items) == 10000
    assert len({i["id"] for i in items}) == 10000
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM session").fetchone()[0] >= 10000
    conn.close()


@pytest.mark.parametrize(
    "args",
    [
        ["no-such-command"],
        ["demo"],  # --db is required
        ["demo", "--db", "x.sqlite3", "--companies", "many"],
        ["demo", "--db", "x.sqlite3", "--companies", "-3"],
        ["gui", "--tab", "nowhere"],
        ["companies", "--frobnicate"],
    ],
)
def test_bad_arguments_exit_2_with_one_line(args):
    one_line_error(run_banso(*args))


def test_missing_database(tmp_path):
    line = one_line_error(run_banso("companies", "--db", str(tmp_path / "missing.sqlite3")))
    assert "no database" in line
    assert not (tmp_path / "missing.sqlite3").exists()


def test_not_a_database(tmp_path):
    path = tmp_path / "photo.jpg"
    path.write_bytes(os.urandom(4096))
    line = one_line_error(run_banso("companies", "--db", str(path)))
    assert "not a Banso Desktop database" in line


def test_demo_refuses_a_real_database(tmp_path):
    db = tmp_path / "real.sqlite3"
    run_banso("demo", "--db", str(db), "--companies", "3")
    line = one_line_error(run_banso("demo", "--db", str(db), "--companies", "3"))
    assert "already holds companies" in line


def test_messages_follow_the_language(tmp_path):
    result = run_banso("companies", "--db", str(tmp_path / "missing.sqlite3"), env={"BANSO_LANG": "ja"})
    line = one_line_error(result)
    assert "データベースがありません" in line


def _png_size(path):
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def test_gui_screenshot_without_a_display(tmp_path):
    db = tmp_path / "demo.sqlite3"
    run_banso("demo", "--db", str(db), "--companies", "20")
    shot = tmp_path / "shot.png"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["BANSO_LANG"] = "ja"
    import subprocess
    import sys

    from tests.helpers import ROOT

    result = subprocess.run(
        [sys.executable, "-m", "banso_desktop", "gui", "--db", str(db), "--screenshot", str(shot)],
        capture_output=True, text=True, env=env, timeout=120, cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    width, height = _png_size(shot)
    assert width >= 1000 and height >= 600


def test_gui_screenshot_of_a_company_tab(tmp_path):
    db = tmp_path / "demo.sqlite3"
    run_banso("demo", "--db", str(db), "--companies", "20")
    company = json.loads(run_banso("companies", "--db", str(db), "--json").stdout)[0]["id"]
    shot = tmp_path / "sessions.png"
    result = run_banso("gui", "--db", str(db), "--company", company, "--tab", "sessions", "--screenshot", str(shot))
    assert result.returncode == 0, result.stderr
    assert _png_size(shot)[0] >= 1000


def test_gui_unknown_company(tmp_path):
    db = tmp_path / "demo.sqlite3"
    run_banso("demo", "--db", str(db), "--companies", "3")
    line = one_line_error(run_banso("gui", "--db", str(db), "--company", "nope", "--screenshot", str(tmp_path / "s.png")))
    assert "no company" in line


def test_gui_without_display_explains(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    import subprocess
    import sys

    from tests.helpers import ROOT

    result = subprocess.run(
        [sys.executable, "-m", "banso_desktop", "gui", "--db", str(tmp_path / "x.sqlite3")],
        capture_output=True, text=True, env={**env, "BANSO_LANG": "en"}, timeout=60, cwd=ROOT,
    )
    line = one_line_error(result)
    assert "No display" in line
