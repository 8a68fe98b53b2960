"""Shared by the editors of tables and dates: cells that autosave as they are typed,
and the Edit for a date typed as 和暦 or 西暦."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate

from banso_desktop.domain.japanese import format_wareki, parse_date
from banso_desktop.domain.text import InputError
from banso_desktop.ui.autosave import Edit

translate = QCoreApplication.translate


def date_edit(text: str) -> Edit:
    """A date typed as 和暦 or 西暦 (kept as a draft with its reason when it is not one)."""
    try:
        day = parse_date(text)
    except InputError as exc:
        return Edit(text, error=exc.render(translate))
    return Edit(text, day.isoformat() if day else None)


def short_day(iso: str | None) -> str:
    """R8.12.15: short, and read back the same way when typed (or put back by undo)."""
    return format_wareki(date.fromisoformat(iso), "short") if iso else ""


class LiveCells(QStyledItemDelegate):
    """Cell editors whose every keystroke is reported (and so autosaved), not only the
    text left when the editor closes; Esc reports the text from before editing."""

    def __init__(self, typed, parent: QObject) -> None:
        super().__init__(parent)
        self.typed = typed  # (row, column, text)
        self._open: dict[QLineEdit, tuple[int, int, str]] = {}
        self.closeEditor.connect(self._closed)

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt API
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            self._open[editor] = (index.row(), index.column(), str(index.data() or ""))
            editor.textEdited.connect(lambda text, r=index.row(), c=index.column(): self.typed(r, c, text))
        return editor

    def _closed(self, editor, hint) -> None:
        opened = self._open.pop(editor, None)
        if opened is not None and hint == QStyledItemDelegate.EndEditHint.RevertModelCache:
            row, column, before = opened
            self.typed(row, column, before)
