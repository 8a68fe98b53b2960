"""The layering holds: only the GUI imports Qt; the domain imports nothing of ours."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "banso_desktop"
QT_ALLOWED = {PACKAGE / "app.py"}


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def modules():
    return sorted(PACKAGE.rglob("*.py"))


def test_there_is_code_to_check():
    assert len(modules()) > 10


def test_only_ui_and_app_import_pyside6():
    offenders = []
    for path in modules():
        if path in QT_ALLOWED or (PACKAGE / "ui") in path.parents:
            continue
        if any(name == "PySide6" or name.startswith("PySide6.") for name in imports(path)):
            offenders.append(str(path.relative_to(PACKAGE.parent)))
    assert offenders == []


def test_domain_imports_nothing_of_ours_outside_domain():
    offenders = []
    for path in (PACKAGE / "domain").rglob("*.py"):
        for name in imports(path):
            if name.startswith("banso_desktop") and not name.startswith("banso_desktop.domain"):
                offenders.append(f"{path.name}: {name}")
    assert offenders == []


def test_store_does_not_import_the_ui():
    for path in (PACKAGE / "store").rglob("*.py"):
        assert not any(n.startswith("banso_desktop.ui") for n in imports(path)), path


def test_the_cli_does_not_load_qt_when_it_starts():
    import subprocess
    import sys

    code = "import sys, banso_desktop.cli; print(any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
