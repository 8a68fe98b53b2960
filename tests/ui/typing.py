"""Typing as a Japanese consultant does: through the input method (IME).

QTest's key clicks only know ASCII; Japanese text reaches a widget as an input-method
commit after composition, so that is what these helpers send.
"""

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication


def ime_type(widget, text: str, composing: str | None = None) -> None:
    """Compose ``composing`` (e.g. the hiragana being converted), then commit ``text``."""
    widget.setFocus()
    if composing:
        QApplication.sendEvent(widget, QInputMethodEvent(composing, []))
    commit = QInputMethodEvent("", [])
    commit.setCommitString(text)
    QApplication.sendEvent(widget, commit)
