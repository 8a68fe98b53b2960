"""The installer bundle: ``banso --self-test`` from the source, and the PyInstaller one-folder
bundle built from a clean copy of the checkout (only the files git would commit; the .qm
translations compiled in the copy as `make` does) passing the same self-test."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from banso_desktop.selftest import CHECKS

ROOT = Path(__file__).resolve().parents[2]
CHECK_NAMES = [name for name, _ in CHECKS]


def venv_tool(name: str) -> str | None:
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else shutil.which(name)


def compile_translations(root: Path) -> None:
    """What `make translations` does: i18n/*.ts → i18n/*.qm with pyside6-lrelease."""
    lrelease = venv_tool("pyside6-lrelease")
    assert lrelease, "pyside6-lrelease (PySide6-Essentials) is not installed"
    for ts in sorted((root / "i18n").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)


def self_test(command: list[str], tmp_path: Path, env: dict[str, str] | None = None,
              unset: tuple[str, ...] = (), timeout: float = 300) -> subprocess.CompletedProcess:
    # TMPDIR: the self-test's own temporary folder lands in the test's, kept or not.
    full_env = {**os.environ, "TMPDIR": str(tmp_path), **(env or {})}
    for name in unset:
        full_env.pop(name, None)
    return subprocess.run([*command, "--self-test"], capture_output=True, text=True, env=full_env,
                          cwd=tmp_path, timeout=timeout)


def assert_passed(result: subprocess.CompletedProcess) -> list[str]:
    lines = result.stdout.strip().splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    assert lines[0].startswith("Banso Desktop self-test"), lines
    checks = lines[1:-1]
    assert [line.split(":")[0] for line in checks] == [f"ok   {name}" for name in CHECK_NAMES], lines
    assert lines[-1] == f"PASSED: all {len(CHECK_NAMES)} checks"
    assert "Traceback" not in result.stderr
    return lines


def source_command() -> list[str]:
    script = Path(sys.executable).parent / "banso"  # the console script, as .venv/bin/banso
    return [str(script)] if script.exists() else [sys.executable, "-m", "banso_desktop"]


def test_self_test_from_source(tmp_path):
    compile_translations(ROOT)
    lines = assert_passed(self_test(source_command(), tmp_path))
    assert "source at" in lines[1]
    assert "BIZUDGothic embedded" in next(line for line in lines if line.startswith("ok   PDF:"))
    # Nothing of the user's was touched, and a passing run leaves no files behind.
    assert not Path(os.environ["BANSO_DB"]).exists()
    assert not list(tmp_path.glob("banso-selftest-*"))


def test_self_test_fails_with_a_clear_line_when_data_is_missing(tmp_path):
    compile_translations(ROOT)
    result = self_test(source_command(), tmp_path, env={"BANSO_RESOURCES": str(tmp_path / "nowhere")})
    lines = result.stdout.strip().splitlines()
    assert result.returncode == 1, result.stdout + result.stderr
    assert any(line.startswith("FAIL data files: missing under") and "OFL.txt" in line for line in lines), lines
    assert lines[-1].startswith("FAILED: ") and "data files" in lines[-1]
    assert "Traceback" not in result.stdout + result.stderr
    # The files of a failed run are kept for IT to look at.
    assert list(tmp_path.glob("banso-selftest-*/selftest.sqlite3"))


def clean_copy(destination: Path) -> Path:
    """The files git tracks or would add (not ignored ones: .venv, build/, dist/, *.qm)."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=ROOT, capture_output=True, check=True).stdout
    for name in filter(None, listed.decode("utf-8").split("\0")):
        source = ROOT / name
        if source.is_file():  # a tracked file deleted in the work tree is simply absent
            target = destination / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    return destination


def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


@pytest.mark.bundle
@pytest.mark.slow
def test_bundle_from_a_clean_checkout_passes_its_self_test(tmp_path, capsys, record_property):
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed (pip install -e '.[bundle]'): the bundle is not built")
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: the clean copy is made with git ls-files")
    checkout = clean_copy(tmp_path / "checkout")
    assert not list((checkout / "i18n").glob("*.qm")), "build products leaked into the clean copy"
    compile_translations(checkout)

    started = time.perf_counter()
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN", "build.spec"],
        cwd=checkout, capture_output=True, text=True, timeout=1800,
        env={**os.environ,
             "PYTHONPATH": str(checkout),  # this copy's package, not the installed one
             # Its own cache: --clean empties the cache, which races with any other build
             # (another test run in the same checkout) sharing ~/.cache/pyinstaller.
             "PYINSTALLER_CONFIG_DIR": str(tmp_path / "pyinstaller-cache")},
    )
    build_seconds = time.perf_counter() - started
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-6000:]
    bundle = checkout / "dist" / "banso"
    program = bundle / ("banso.exe" if sys.platform == "win32" else "banso")
    assert program.is_file()
    analysis = (checkout / "build" / "build" / "Analysis-00.toc").read_text(encoding="utf-8")
    assert str(checkout / "banso_desktop" / "cli.py") in analysis
    assert str(ROOT / "banso_desktop" / "cli.py") not in analysis
    size_mib = folder_size(bundle) / 2**20  # as `du -sh dist/banso` counts

    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    started = time.perf_counter()
    # Without a display the self-test must choose offscreen by itself (an IT person's shell).
    result = self_test([str(program)], run_dir, unset=("QT_QPA_PLATFORM",) if headless else ())
    test_seconds = time.perf_counter() - started
    lines = assert_passed(result)
    assert f"bundle at {bundle / '_internal'}" in lines[1]

    record_property("bundle_build_seconds", round(build_seconds, 1))
    record_property("bundle_size_mib", round(size_mib, 1))
    with capsys.disabled():
        print(f"\n[bundle] built in {build_seconds:.1f} s, dist/banso is {size_mib:.0f} MiB, "
              f"its self-test took {test_seconds:.1f} s")
    for folder in (checkout, tmp_path / "pyinstaller-cache"):  # ~0.6 GB in all
        shutil.rmtree(folder, ignore_errors=True)
