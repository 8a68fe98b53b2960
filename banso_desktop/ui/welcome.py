"""The page shown when no company is open: a short welcome on first start."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from banso_desktop.store import Store
from banso_desktop.ui.autosave import AUTOSAVE_MS, MAX_RETRY_MS
from banso_desktop.ui.ops import Writer


class WelcomePage(QWidget):
    """Welcome with the user's name and organisation (autosaved), or a prompt to choose."""

    new_company_requested = Signal()
    names_changed = Signal()

    def __init__(self, store: Store, writer: Writer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.writer = writer
        self.title = QLabel()
        self.title.setObjectName("welcomeTitle")
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.your_name = QLineEdit()
        self.your_name.setObjectName("yourName")
        self.your_name.setPlaceholderText(self.tr("e.g. 伴走 太郎"))
        self.organization = QLineEdit()
        self.organization.setObjectName("yourOrganization")
        self.organization.setPlaceholderText(self.tr("e.g. ○○商工会"))
        self.add_button = QPushButton(self.tr("Add your first company"))
        self.add_button.setObjectName("welcomeNewCompany")
        self.add_button.clicked.connect(self.new_company_requested)

        form = QFormLayout()
        form.addRow(self.tr("Your name"), self.your_name)
        form.addRow(self.tr("Your organisation"), self.organization)
        box = QWidget()
        box.setMinimumWidth(420)
        box.setMaximumWidth(620)
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        inner.addWidget(self.text)
        inner.addSpacing(12)
        inner.addLayout(form)
        inner.addSpacing(12)
        inner.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)
        self._dirty = False
        self.your_name.textEdited.connect(self._edited)
        self.organization.textEdited.connect(self._edited)

    def refresh(self) -> None:
        """Update the text for an empty or a filled database."""
        first = self.store.companies.count() == 0
        if first:
            self.title.setText(self.tr("Welcome to Banso Desktop"))
            self.text.setText(
                "<p style='line-height:150%'>"
                + self.tr(
                    "Banso Desktop keeps your 伴走支援 work — companies, interviews, ロカベン and "
                    "plans — in one file on this computer, and works without a network. "
                    "Everything you type is saved at once; there is no Save button."
                )
                + "<br><br>"
                + self.tr("Your database: %1").replace("%1", f"<code>{escape(str(self.store.path))}</code>")
                + "</p>"
            )
            self.add_button.show()
        else:
            self.title.setText(self.tr("Choose a company"))
            self.text.setText(self.tr("Pick a company from the list on the left, or add a new one."))
            self.add_button.hide()
        me = self.store.people.local_consultant()
        if not self.your_name.hasFocus():
            self.your_name.setText(me.name)
        if not self.organization.hasFocus():
            self.organization.setText(self.store.people.organization_name())

    def _edited(self) -> None:
        self._dirty = True
        self._timer.start(AUTOSAVE_MS)

    def flush(self) -> None:
        self._timer.stop()
        if not self._dirty or self.writer.closed:
            return
        self._dirty = False
        name, org = self.your_name.text(), self.organization.text()

        def save(store: Store) -> None:
            with store.write():
                store.people.rename_local_consultant(name)
                store.people.rename_organization(org)

        def failed(_message: str) -> None:  # a full disk, a read-only drive: keep trying
            self._dirty = True
            self._timer.start(MAX_RETRY_MS)

        self.writer.submit(save, lambda _r: self.names_changed.emit(), failed)
