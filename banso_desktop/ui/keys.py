"""Keyboard helpers shared by the dialogs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

_NAVIGATION = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class ArrowsTo(QObject):
    """Send ↑ ↓ PgUp PgDn typed in a filter box to a list, so hands stay on the keyboard."""

    def __init__(self, source: QWidget, target: QWidget) -> None:
        super().__init__(source)
        self.target = target
        source.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and event.key() in _NAVIGATION:
            QApplication.sendEvent(self.target, event)
            return True
        return False
