"""Every user-visible string has its Japanese, and the catalogues match the code."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from banso_desktop.i18n import language_from_locale, translator

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
PLACEHOLDER = re.compile(r"\{[a-z_]+(?::[^}]*)?\}|%\d|%n")


def tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        pytest.fail(f"{name} (from PySide6-Essentials) is not installed")
    return found


def messages(path: Path):
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_catalogue_is_up_to_date_with_the_code(tmp_path, lang):
    original = I18N / f"banso_{lang}.ts"
    copy = tmp_path / original.name
    shutil.copy(original, copy)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "banso_desktop").rglob("*.py"))
    subprocess.run(
        [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources, "-ts", str(copy)],
        cwd=ROOT, check=True, capture_output=True,
    )
    assert copy.read_text(encoding="utf-8") == original.read_text(encoding="utf-8"), (
        f"{original.name} is out of date: run `make i18n-update` and translate the new strings"
    )


def test_every_string_has_a_japanese_translation():
    missing, broken = [], []
    count = 0
    for context, message in messages(I18N / "banso_ja.ts"):
        count += 1
        source = message.findtext("source")
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not all(forms):
            missing.append(f"{context}: {source}")
            continue
        for form in forms:
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(form)):
                broken.append(f"{context}: {source!r} -> {form!r}")
    assert count > 150
    assert missing == []
    assert broken == []


def test_english_plurals_are_given():
    for _context, message in messages(I18N / "banso_en.ts"):
        if message.get("numerus") == "yes":
            forms = [f.text for f in message.find("translation").iter("numerusform")]
            assert len(forms) == 2 and all(forms), message.findtext("source")


def test_cli_translator_reads_the_catalogue():
    ja = translator("ja")
    assert ja("store", "There is no database at {path}.") == "{path} にデータベースがありません。"
    assert translator("en")("store", "There is no database at {path}.") == "There is no database at {path}."


@pytest.mark.parametrize(
    "name, lang", [("ja_JP.UTF-8", "ja"), ("C", "ja"), ("POSIX", "ja"), (None, "ja"), ("en_US.UTF-8", "en"), ("de_DE", "en")]
)
def test_language_from_locale(name, lang):
    assert language_from_locale(name) == lang


def test_no_translation_call_hides_inside_an_f_string():
    """lupdate cannot see tr()/translate() inside f-strings; such strings never get translated."""
    import ast

    hidden = []
    for path in (ROOT / "banso_desktop").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.JoinedStr):
                continue
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call):
                    name = getattr(inner.func, "attr", None) or getattr(inner.func, "id", None)
                    text_arg = {"tr": 0, "translate": 1}.get(name)
                    if text_arg is not None and len(inner.args) > text_arg and isinstance(
                        inner.args[text_arg], ast.Constant
                    ):
                        hidden.append(f"{path.name}:{inner.lineno}")
    assert hidden == []
