"""Typed text the database file will not take yet (a full disk, a read-only drive).

:class:`SaveProblemBanner` sits over the window while the autosave buffer cannot save:
what happened and what to do, calmly, with "Try again now" and "Save the text to a
file…"; it turns green and goes away once everything is saved. :class:`UnsavedTextSaver`
writes what is unsaved to a UTF-8 file the person picks (plain text to read and copy
from, or JSON), and asks before a window with unsaved text closes.

Imported only when a save first fails or a window closes with unsaved text.
"""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, QTimer
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from banso_desktop.files import write_atomically
from banso_desktop.ui import labels
from banso_desktop.store import Store
from banso_desktop.store.write_errors import headline
from banso_desktop.ui.autosave import AutosaveBuffer, Unsaved

PROBLEM_STYLE = ("#saveProblem { background: #fff4e5; border: 1px solid #e8a33d; border-radius: 4px; }"
                 "#saveProblem QLabel { color: #4a3000; }")
DONE_STYLE = ("#saveProblem { background: #e8f5e9; border: 1px solid #8cc991; border-radius: 4px; }"
              "#saveProblem QLabel { color: #14421a; }")
DONE_SHOWN_MS = 6000  # the green "saved" stays this long

KEEP, SAVE_TO_FILE, DISCARD = "keep", "save", "discard"  # answers of ask_before_closing

# Where a table's row says which company it belongs to (row ids of the others are
# the company's own id, or a row of the named table with a company_id).
_ROW_TABLE = {"design_text": "design_sheet"}
_IDENTIFIER = re.compile(r"^[a-z_]+$")


class UnsavedTextSaver(QObject):
    """Saves the autosave buffer's unsaved text to a file the person picks."""

    def __init__(self, store: Store, autosave: AutosaveBuffer, parent: QWidget) -> None:
        super().__init__(parent)
        self.store, self.autosave, self.widget = store, autosave, parent

    # --- asking ---------------------------------------------------------------------

    def ask_before_closing(self, reason: str) -> str:
        """Closing with unsaved text: KEEP the window open (the default), SAVE_TO_FILE
        then close, or DISCARD it."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not saved yet"),
                          self.tr("Some of what you typed is not saved in the database file yet."), parent=self.widget)
        box.setInformativeText(
            reason + "\n\n" + self.tr("If the window closes now, that text is lost unless you save it to a file."))
        keep = box.addButton(self.tr("Keep the window open"), QMessageBox.ButtonRole.RejectRole)
        save = box.addButton(self.tr("Save the text to a file, then close…"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Close and lose it"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        clicked = box.clickedButton()
        return SAVE_TO_FILE if clicked is save else DISCARD if clicked is discard else KEEP

    def choose_path(self) -> Path | None:
        """Where to save: a .txt (or .json) the person picks, in Documents by default."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder or Path.home()) / f"banso-unsaved-{datetime.now():%Y%m%d-%H%M}.txt"
        path, chosen = QFileDialog.getSaveFileName(
            self.widget, self.tr("Save the unsaved text"), str(suggested),
            self.tr("Text file (*.txt);;JSON (*.json)"))
        if not path:
            return None
        path = Path(path)
        if path.suffix.lower() not in (".txt", ".json"):
            path = path.with_name(path.name + (".json" if "json" in chosen.lower() else ".txt"))
        return path

    def save_to_file(self) -> Path | None:
        """Ask where and write every unsaved piece of text there; the path, or None when
        cancelled or the file could not be written (the person was told why)."""
        path = self.choose_path()
        if path is None:
            return None
        try:
            write_atomically(path, self.render(path.suffix.lower() == ".json").encode("utf-8"), private=True)
        except OSError as exc:
            QMessageBox.warning(
                self.widget, self.tr("The file was not written"),
                self.tr("%1 could not be written: %2\n\nChoose another place, for example another drive or a "
                        "USB stick.").replace("%1", str(path)).replace("%2", exc.strerror or str(exc)))
            return None
        return path

    # --- the file -------------------------------------------------------------------

    def items(self) -> list[dict[str, Any]]:
        """The unsaved text with the company it belongs to, oldest row first."""
        unsaved = self.autosave.unsaved()
        typed_names = {u.row_id: u.text for u in unsaved if u.table == "company" and u.field == "name"}
        rows = []
        for item in unsaved:
            company_id = item.context.get("company_id") or self._company_of(item)
            rows.append({
                "company": typed_names.get(company_id) or self._company_name(company_id) or "",
                "company_id": company_id,
                "what": self._what(item),
                "table": item.table,
                "row_id": item.row_id,
                "field": item.field,
                "text": item.text,
            })
        return rows

    def render(self, as_json: bool) -> str:
        items = self.items()
        reason = headline(self.autosave.last_error or "")
        written = datetime.now().astimezone()
        if as_json:
            return json.dumps({"app": "Banso Desktop", "database": str(self.store.path),
                               "written_at": written.isoformat(timespec="seconds"), "reason": reason,
                               "items": items}, ensure_ascii=False, indent=2) + "\n"
        lines = [self.tr("Text typed in Banso Desktop that is not saved in its database file yet"),
                 self.tr("Database file: %1").replace("%1", str(self.store.path)),
                 self.tr("Written: %1").replace("%1", written.strftime("%Y-%m-%d %H:%M")),
                 self.tr("Why: %1").replace("%1", reason), ""]
        for item in items:
            company = item["company"] or self.tr("(company not known)")
            lines.append(f"■ {company} — {item['what']}")
            lines.append(item["text"])
            lines.append("")
        return "\n".join(lines)

    def _what(self, item: Unsaved) -> str:
        if item.table == "note":
            when = item.context.get("created_at") or self._value("note", item.row_id, "created_at")
            name = self.tr("Interview note")
            if when:
                name += " (" + datetime.fromisoformat(when.replace("Z", "+00:00")).astimezone().strftime("%H:%M") + ")"
            return name if item.field == "body" else name + self.tr(": ") + labels.field_name("note", item.field)
        if item.table == "company":
            return self.tr("Company details: %1").replace("%1", labels.field_name("company", item.field))
        return labels.table_name(item.table) + self.tr(": ") + labels.field_name(item.table, item.field)

    def _company_of(self, item: Unsaved) -> str | None:
        if item.table == "company":
            return item.row_id
        found = self._value(_ROW_TABLE.get(item.table, item.table), item.row_id, "company_id")
        if found:
            return found
        return item.row_id if self._company_name(item.row_id) is not None else None

    def _company_name(self, company_id: str | None) -> str | None:
        return self._value("company", company_id, "name") if company_id else None

    def _value(self, table: str, row_id: str, column: str) -> Any:
        """One column of a row as the database holds it (None when it cannot say)."""
        if not (_IDENTIFIER.match(table) and _IDENTIFIER.match(column)):
            return None
        try:
            row = self.store.conn.execute(f"SELECT {column} FROM {table} WHERE id = ?", (row_id,)).fetchone()
        except sqlite3.Error:
            return None
        return row[0] if row else None


class SaveProblemBanner(QFrame):
    """Over a window while typed text cannot be saved: what happened and what to do."""

    def __init__(self, store: Store, autosave: AutosaveBuffer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveProblem")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)  # never taller than its text
        self.autosave = autosave
        self.saver = UnsavedTextSaver(store, autosave, self)
        self.headline = QLabel()
        self.headline.setObjectName("saveProblemHeadline")
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.advice = QLabel()
        self.advice.setObjectName("saveProblemAdvice")
        self.advice.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Try again now"))
        self.retry_button.clicked.connect(autosave.retry_now)
        self.save_button = QPushButton(self.tr("Save the text to a file…"))
        self.save_button.setToolTip(self.tr("Keep a copy of what is not saved yet, for example on another drive"))
        self.save_button.clicked.connect(self.save_to_file)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.headline)
        texts.addWidget(self.advice)
        buttons = QVBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        box = QHBoxLayout(self)
        box.setContentsMargins(10, 6, 10, 6)
        box.addLayout(texts, 1)
        box.addLayout(buttons)
        self._advice = self._copy_note = ""
        self._done_timer = QTimer(self)
        self._done_timer.setSingleShot(True)
        self._done_timer.timeout.connect(self.hide)
        autosave.failed.connect(self.show_problem)
        autosave.recovered.connect(self.show_saved)
        self.hide()
        if autosave.in_trouble and autosave.last_error:
            self.show_problem(autosave.last_error)

    def show_problem(self, message: str) -> None:
        if not self.autosave.in_trouble:
            return  # saved meanwhile
        self._done_timer.stop()
        title, _, self._advice = message.partition("\n")
        self.headline.setText(self.tr("Not saved yet: %1").replace("%1", title))
        self._show_advice()
        self.retry_button.show()
        self.save_button.show()
        self.setStyleSheet(PROBLEM_STYLE)
        self.show()

    def _show_advice(self) -> None:
        self.advice.setText("\n".join(t for t in (self._advice, self._copy_note) if t))
        self.advice.setVisible(bool(self.advice.text()))

    def show_saved(self) -> None:
        self._copy_note = ""
        if not self.isVisible():
            return
        self.headline.setText(self.tr("Saved: everything you typed is in the database file now."))
        self.advice.hide()
        self.retry_button.hide()
        self.save_button.hide()
        self.setStyleSheet(DONE_STYLE)
        self._done_timer.start(DONE_SHOWN_MS)

    def save_to_file(self) -> Path | None:
        path = self.saver.save_to_file()
        if path is not None:
            self._copy_note = self.tr("At %1 a copy of the unsaved text was saved to %2. Saving to the "
                                      "database file is still being tried.").replace(
                "%1", datetime.now().strftime("%H:%M")).replace("%2", str(path))
            self._show_advice()
        return path
