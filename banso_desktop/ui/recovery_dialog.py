"""When the database file is damaged: say so, and offer the latest automatic backup.

Shown by ``run_gui`` when the file cannot be opened because it is damaged (truncated, a
garbled header, unreadable pages), and by the backup keeper when a background check
finds damage while the app runs. Opening the backup never overwrites or deletes the
damaged file: it is renamed aside (``store/backup.restore_backup``) and the dialog says
where. Without a backup the file is left exactly as it is.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from banso_desktop.store.backup import (
    BackupError,
    RestoreResult,
    backup_dir,
    count_companies,
    format_when,
    latest_backup,
    mark_suspect,
    restore_latest,
)
from banso_desktop.store.errors import DamagedFileError, StoreError
from banso_desktop.store.integrity import damaged, is_damage


def _language() -> str:
    app = QCoreApplication.instance()
    return (app.property("banso_language") if app is not None else None) or "ja"


def _label(text: str = "", selectable: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class RecoveryDialog(QDialog):
    """What happened to the file, the latest verified backup, and what opening it does.

    At start (``running`` false) 「最新のバックアップを開く」 restores at once and accepts;
    while the app runs it only accepts, and the caller closes the window first.
    """

    def __init__(self, error: DamagedFileError, db_path: Path, running: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = error
        self.db_path = Path(db_path)
        self.running = running
        self.restored: RestoreResult | None = None
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Damaged database file"))
        self.setMinimumWidth(620)

        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = _label(
            self.tr("A check found damage in the database file") if running
            else self.tr("The database file is damaged"),
            selectable=False,
        )
        self.heading.setObjectName("recoveryHeading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.message = _label(error.render(QCoreApplication.translate))
        self.message.setObjectName("recoveryMessage")
        self.backup_text = _label()
        self.backup_text.setObjectName("recoveryBackup")
        self.keep_text = _label()
        self.keep_text.setObjectName("recoveryKeep")
        self.problem = _label()
        self.problem.setObjectName("recoveryProblem")
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.hide()

        self.open_button = QPushButton(self.tr("Open the latest backup"))
        self.open_button.setObjectName("openBackup")
        self.open_button.clicked.connect(self.open_backup)
        self.folder_button = QPushButton(self.tr("Show the folder"))
        self.folder_button.setObjectName("showFolder")
        self.folder_button.clicked.connect(self.show_folder)
        self.close_button = QPushButton(self.tr("Continue for now") if running else self.tr("Quit"))
        self.close_button.setObjectName("closeRecovery")
        self.close_button.clicked.connect(self.reject)

        text = QVBoxLayout()
        text.addWidget(self.heading)
        text.addSpacing(6)
        for widget in (self.message, self.backup_text, self.keep_text, self.problem):
            text.addWidget(widget)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(8)
        top.addLayout(text, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        """Look for the latest backup again and say what opening it would do."""
        self.backup = latest_backup(self.db_path)
        if self.backup is None:
            self.backup_text.setText(
                self.tr("No automatic backup of this file was found in %1.").replace(
                    "%1", str(backup_dir(self.db_path)))
            )
            self.keep_text.setText(self.tr(
                "The damaged file has been left exactly as it is. Keep it: a specialist may be "
                "able to recover data from it (for example with the sqlite3 tool's .recover command)."
            ))
            self.open_button.hide()
            self.close_button.setDefault(True)
            self.close_button.setFocus()
            return
        companies = count_companies(self.backup)
        when = format_when(self.backup.taken_at, _language())
        self.backup_text.setText(
            self.tr("The latest automatic backup is from %1 (companies in it: %2):\n%3")
            .replace("%1", when)
            .replace("%2", "?" if companies is None else f"{companies:,}")
            .replace("%3", str(self.backup.path))
        )
        keep = self.tr(
            "Opening it puts the backup in place of the damaged file. The damaged file is not "
            "deleted: it is kept beside it, renamed to “%1” with the date and time, together "
            "with any changes made after the backup."
        ).replace("%1", f"{self.db_path.name}.damaged-…")
        if self.running:
            keep += " " + self.tr("The window closes and opens again on the backup.")
        self.keep_text.setText(keep)
        self.open_button.show()
        self.open_button.setDefault(True)
        self.open_button.setFocus()

    def open_backup(self) -> None:
        """At start: restore now (a failure is shown here). While running: let the caller."""
        if self.running:
            self.accept()
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.restored = restore_latest(self.db_path)
        except BackupError as exc:
            self.problem.setText(
                self.tr("Could not open the backup: %1").replace("%1", exc.render(QCoreApplication.translate))
            )
            self.problem.show()
            self.refresh()
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.accept()

    def show_folder(self) -> None:
        """Open the folder of the backups (or of the file) in the file manager."""
        folder = backup_dir(self.db_path)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder if folder.is_dir() else self.db_path.parent)))


def restore_message(result: RestoreResult) -> str:
    """What the person is told once the backup is open."""
    text = QCoreApplication.translate("RecoveryDialog", "Opened the automatic backup from %1.").replace(
        "%1", format_when(result.backup.taken_at, _language()))
    if result.damaged_path is not None:
        text += "\n" + QCoreApplication.translate(
            "RecoveryDialog", "The damaged file was kept as %1."
        ).replace("%1", str(result.damaged_path))
    return text


def announce_restore(window: QMainWindow, result: RestoreResult) -> QMessageBox:
    """Tell, over the new window, which backup is open and where the damaged file is."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("RecoveryDialog", "Backup opened"),
        restore_message(result),
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setObjectName("restoredMessage")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    window.restored_message = box  # kept alive while shown
    box.open()
    return box


def as_damage(exc: BaseException, path: Path) -> DamagedFileError | None:
    """The damage an opening error means, if it means damage."""
    if isinstance(exc, DamagedFileError):
        return exc
    if isinstance(exc, sqlite3.DatabaseError) and is_damage(exc):
        # Found by a read after the checks at open: have the next open check every page,
        # before any connection (one left by a half-made window may block a rename).
        mark_suspect(path, str(exc))
        return damaged(path, exc)
    return None


def recover_at_start(exc: BaseException, path: Path,
                     open_window: Callable[[Path], QMainWindow]) -> QMainWindow | None:
    """``run_gui``'s answer to a file that could not be opened: a damaged file gets the
    recovery dialog (and the window on the restored backup), any other problem its
    message. None when the app should quit."""
    damage = as_damage(exc, path)
    if damage is None:
        if not isinstance(exc, StoreError):
            raise exc
        QMessageBox.critical(None, QCoreApplication.applicationName(), exc.render(QCoreApplication.translate))
        return None
    dialog = RecoveryDialog(damage, path)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.restored is None:
        return None
    try:
        window = open_window(path)
    except StoreError as again:
        QMessageBox.critical(None, QCoreApplication.applicationName(), again.render(QCoreApplication.translate))
        return None
    window.show()
    announce_restore(window, dialog.restored)
    return window
