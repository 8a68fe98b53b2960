"""The referral map (経営課題 → institutions, DOMAIN.md §8) with the office's own contacts.

Pick an institution to refer the company to; type the office's contact for any
institution (saved as typed, shared with the office through the hub)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from banso_desktop.data import referral_map
from banso_desktop.store import Store
from banso_desktop.ui import labels
from banso_desktop.ui.ops import Writer


class ReferralMapDialog(QDialog):
    """Categories and their institutions; the contact column is the office's to edit."""

    chosen = Signal(str, str, str)  # category key, institution name, contact

    def __init__(self, store: Store, writer: Writer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.writer = store, writer
        self.setObjectName("referralMap")
        self.setWindowTitle(self.tr("Referral map"))
        self.resize(760, 560)
        lang = labels.language()
        contacts = {(c["category"], c["institution"]): c["contact"] for c in store.plan.contacts()}
        self.tree = QTreeWidget()
        self.tree.setObjectName("referralTree")
        self.tree.setHeaderLabels([self.tr("Management issue / institution"), self.tr("Our contact (name, phone …)")])
        self.tree.setColumnWidth(0, 330)
        for category in referral_map().categories:
            top = QTreeWidgetItem([category.label.text(lang)])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(top)
            for institution in category.institutions:
                name = institution.label.text(lang)
                item = QTreeWidgetItem([name, contacts.get((category.key, name), "")])
                item.setData(0, Qt.ItemDataRole.UserRole, (category.key, name))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable)
                top.addChild(item)
            top.setExpanded(True)
        self.tree.itemChanged.connect(self._contact_changed)
        self.tree.itemDoubleClicked.connect(self._double_clicked)
        note = QLabel(self.tr("Double-click a contact to edit it; choose an institution and press "
                              "“Refer” to add a referral."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #5f6368;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.refer_button = buttons.addButton(self.tr("Refer"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.refer_button.setObjectName("referButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _double_clicked(self, item: QTreeWidgetItem, column: int) -> None:
        if item.data(0, Qt.ItemDataRole.UserRole) and column == 1:
            self.tree.editItem(item, 1)

    def _contact_changed(self, item: QTreeWidgetItem, column: int) -> None:
        key = item.data(0, Qt.ItemDataRole.UserRole)
        if column != 1 or not key:
            return
        category, institution = key
        contact = item.text(1).strip()
        self.writer.submit(lambda s: s.plan.set_contact(category, institution, contact))

    def select(self, category: str, institution: str) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                if top.child(j).data(0, Qt.ItemDataRole.UserRole) == (category, institution):
                    self.tree.setCurrentItem(top.child(j))
                    return True
        return False

    def accept(self) -> None:  # noqa: D401 - Qt API
        item = self.tree.currentItem()
        key = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if not key:
            return  # a category, or nothing: choose an institution first
        self.chosen.emit(key[0], key[1], item.text(1).strip())
        super().accept()
