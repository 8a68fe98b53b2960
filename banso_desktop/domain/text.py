"""User-facing messages raised by the domain, translatable without Qt.

Messages are English source strings marked with :func:`QT_TRANSLATE_NOOP` so that
``pyside6-lupdate`` collects them into ``i18n/*.ts``; the GUI translates them with
``QCoreApplication.translate`` and the CLI with :mod:`banso_desktop.i18n`.
"""

from __future__ import annotations

import unicodedata
from typing import Callable

Translate = Callable[[str, str], str]

INPUT = "input"  # translation context for input problems
EXCERPT_LIMIT = 40  # characters of someone's text quoted in a message
_LINE_BREAKS = "\t\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_HIDDEN = ("Cc", "Cf", "Cs", "Co", "Cn")  # controls, format marks (RTL overrides…), unassigned
_JOINERS = "\u200c\u200d"  # inside emoji and some scripts: harmless


def excerpt(text: object, limit: int = EXCERPT_LIMIT) -> str:
    """Someone's text as a message quotes it: on one line, control and invisible
    characters shown as �, and cut with … after ``limit`` characters (a pasted page
    must not become a page-long reason)."""
    shown = "".join(
        " " if c in _LINE_BREAKS else "\ufffd" if unicodedata.category(c) in _HIDDEN and c not in _JOINERS else c
        for c in str(text)[: limit + 1]
    )
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal or a spreadsheet: a full-width character takes two."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, width: int) -> str:
    """``text`` with spaces after it to ``width`` columns (full-width characters take two)."""
    return text + " " * max(width - display_width(text), 0)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate's marker name
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


class UserError(Exception):
    """A problem to tell the person using the app, in their language.

    ``message`` is an English source string with ``{named}`` fields filled from
    ``params`` after translation in the class's ``context``.
    """

    context = INPUT

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message.format(**params))
        self.message = message
        self.params = params

    def render(self, translate: Translate | None = None) -> str:
        """The message in the user's language (English when no translator is given)."""
        text = translate(self.context, self.message) if translate else self.message
        return text.format(**self.params)


class InputError(UserError, ValueError):
    """Something a person typed that cannot be used as it is, with the reason for them."""
