"""The trash: companies moved out of the list, restorable."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from banso_desktop.domain.japanese import format_wareki
from banso_desktop.store import Store
from banso_desktop.ui.ops import Writer


class TrashDialog(QDialog):
    """Lists trashed companies; 復元 brings the selected one back."""

    restored = Signal(str)

    def __init__(self, store: Store, writer: Writer, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.writer = writer
        self.setWindowTitle(self.tr("Trash"))
        self.resize(480, 360)
        self.items = QListWidget()
        self.items.setObjectName("trashList")
        self.empty = QLabel(self.tr("The trash is empty."))
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setObjectName("restoreCompany")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Companies in the trash can be restored with all their records.")))
        layout.addWidget(self.items, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.restore_button.clicked.connect(self.restore_selected)
        self.items.currentItemChanged.connect(lambda *_: self._enable())
        self.reload()

    def reload(self) -> None:
        self.items.clear()
        for row in self.store.companies.trashed():
            deleted = datetime.fromisoformat(row["deleted_at"].replace("Z", "+00:00")).astimezone()
            when = f"{format_wareki(deleted.date())} {deleted:%H:%M}"
            name = row["name"] or self.tr("(no name yet)")
            deleted_text = self.tr("deleted %1").replace("%1", when)
            item = QListWidgetItem(f"{name}    —    {deleted_text}")
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
            self.items.addItem(item)
        self.empty.setVisible(self.items.count() == 0)
        if self.items.count():
            self.items.setCurrentRow(0)
        self._enable()

    def _enable(self) -> None:
        self.restore_button.setEnabled(self.items.currentItem() is not None)

    def restore_selected(self) -> None:
        item = self.items.currentItem()
        if item is None:
            return
        company_id = item.data(Qt.ItemDataRole.UserRole)

        def done(_ok: bool) -> None:
            self.reload()
            self.restored.emit(company_id)

        self.writer.submit(lambda store: store.companies.restore(company_id), done)
