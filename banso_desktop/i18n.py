"""Language choice and Qt-free translation for the CLI.

The GUI loads compiled ``.qm`` files through Qt; the CLI, which must not import Qt,
reads the same Qt Linguist ``.ts`` sources directly, so both speak from one catalogue.
"""

from __future__ import annotations

import os
from functools import lru_cache

from banso_desktop.paths import i18n_dir

LANGUAGES = ("ja", "en")
# Each language named in its own words (a list of languages is read by someone who may
# not read the current one), so never translated.
LANGUAGE_NAMES = {"ja": "日本語", "en": "English"}


def language_from_locale(name: str | None) -> str:
    """'ja' or 'en' for a locale name. Japanese first: an unset or C locale means 'ja'."""
    if not name or name.split(".")[0] in ("C", "POSIX"):
        return "ja"
    return "ja" if name.lower().startswith("ja") else "en"


def env_language() -> str:
    """The language for the CLI: BANSO_LANG, else the environment's locale."""
    chosen = os.environ.get("BANSO_LANG", "").strip().lower()
    if chosen in LANGUAGES:
        return chosen
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return language_from_locale(value)
    return language_from_locale(None)


@lru_cache(maxsize=4)
def catalog(lang: str) -> dict[tuple[str, str], str]:
    """(context, English source) → translation, from ``i18n/banso_<lang>.ts``."""
    path = i18n_dir() / f"banso_{lang}.ts"
    if lang == "en" or not path.exists():
        return {}
    entries: dict[tuple[str, str], str] = {}
    import xml.etree.ElementTree as ET  # only the CLI reads the catalogue this way

    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if translation.text:
                entries[(name, message.findtext("source", ""))] = translation.text
    return entries


def translator(lang: str):
    """A ``translate(context, text)`` function for ``lang`` (identity for English)."""
    entries = catalog(lang)

    def translate(context: str, text: str) -> str:
        return entries.get((context, text), text)

    return translate
