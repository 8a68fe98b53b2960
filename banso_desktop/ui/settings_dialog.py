"""設定 (Settings) and the About box.

Settings live in QSettings (the platform's own store), except the consultant's and the
organisation's names, which are data (they print on every PDF and sync to the hub) and
go through the writer like any edit. The language applies at the next start: every
window would otherwise have to rebuild its texts while the user may be typing in it.
"""

from __future__ import annotations

import platform
from importlib import metadata

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from banso_desktop import __version__
from banso_desktop.i18n import LANGUAGE_NAMES, LANGUAGES

LANGUAGE_KEY = "ui/language"
INTERVIEW_FONT_KEY = "interview/font_size"
INTERVIEW_FONT_SCALE = 1.35  # the interview editor's text against the window's, by default
GREY = "#5f6368"


def interview_font_size(default: float) -> float:
    """The interview editor's point size: the one chosen in the settings, else ``default``."""
    try:
        size = float(QSettings().value(INTERVIEW_FONT_KEY, 0) or 0)
    except (TypeError, ValueError):
        size = 0.0
    return size if 6 <= size <= 48 else default


class SettingsDialog(QDialog):
    """Language, the interview's text size, the consultant's and organisation's names,
    and (through its own dialog) the hub."""

    def __init__(self, store, writer, parent: QWidget | None = None, hub_settings=None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        self.store = store
        self.writer = writer
        settings = QSettings()

        self.language = QComboBox()
        self.language.setObjectName("settingsLanguage")
        self.language.addItem(self.tr("As the computer (system language)"), "")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(self.language.findData(str(settings.value(LANGUAGE_KEY, "") or "")), 0))
        language_note = QLabel(self.tr("A new language applies the next time Banso Desktop starts."))
        language_note.setObjectName("settingsLanguageNote")
        language_note.setStyleSheet(f"color: {GREY};")
        language_note.setWordWrap(True)

        self.font_size = QDoubleSpinBox()
        self.font_size.setObjectName("settingsInterviewFont")
        self.font_size.setRange(8, 36)
        self.font_size.setSingleStep(1)
        self.font_size.setDecimals(0)
        self.font_size.setSuffix(" pt")
        default = round(self.font().pointSizeF() * INTERVIEW_FONT_SCALE)
        self.font_size.setValue(interview_font_size(default))

        people = store.people
        self.consultant = QLineEdit(people.local_consultant().name)
        self.consultant.setObjectName("settingsConsultant")
        self.consultant.setPlaceholderText(self.tr("your name, as printed on plans"))
        self.organization = QLineEdit(people.organization_name())
        self.organization.setObjectName("settingsOrganization")
        self.organization.setPlaceholderText(self.tr("e.g. みどり市商工会"))

        self.hub_button = QPushButton(self.tr("Hub server and user…"))
        self.hub_button.setObjectName("settingsHub")
        self.hub_button.setEnabled(hub_settings is not None)
        if hub_settings is not None:
            self.hub_button.clicked.connect(hub_settings)

        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", language_note)
        form.addRow(self.tr("Interview text size"), self.font_size)
        form.addRow(self.tr("Your name"), self.consultant)
        form.addRow(self.tr("Organisation"), self.organization)
        form.addRow(self.tr("Office sync"), self.hub_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Save: the settings at once, the names through the writer (an ordinary edit)."""
        settings = QSettings()
        settings.setValue(LANGUAGE_KEY, self.language.currentData() or "")
        settings.setValue(INTERVIEW_FONT_KEY, float(self.font_size.value()))
        settings.sync()
        name, org = self.consultant.text().strip(), self.organization.text().strip()
        people = self.store.people
        if name and name != people.local_consultant().name:
            self.writer.submit(lambda store: store.people.rename_local_consultant(name))
        if org and org != people.organization_name():
            self.writer.submit(lambda store: store.people.rename_organization(org))
        super().accept()


# What is bundled with the app and under which licence (shown in the About box).
COMPONENTS = (
    ("PySide6", "PySide6_Essentials", "LGPL-3.0"),
    ("Qt", "", "LGPL-3.0"),
    ("ReportLab", "reportlab", "BSD-3-Clause"),
    ("sqlite-utils", "sqlite-utils", "Apache-2.0"),
    ("psycopg", "psycopg", "LGPL-3.0"),
    ("keyring", "keyring", "MIT"),
    ("platformdirs", "platformdirs", "MIT"),
)


def _version(distribution: str) -> str:
    if not distribution:
        from PySide6.QtCore import qVersion

        return qVersion()
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "—"


class AboutDialog(QDialog):
    """The version, and the licences of the bundled fonts and libraries."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Banso Desktop"))
        self.setMinimumSize(540, 420)
        title = QLabel(f"<h2>Banso Desktop {__version__}</h2>")
        title.setObjectName("aboutTitle")
        purpose = QLabel(self.tr("For consultants who run alongside small businesses (伴走支援)."))
        purpose.setWordWrap(True)
        rows = "".join(
            f"<tr><td>{name}</td><td>{_version(dist)}</td><td>{licence}</td></tr>" for name, dist, licence in COMPONENTS
        )
        text = QTextBrowser()
        text.setObjectName("aboutLicences")
        text.setOpenExternalLinks(True)
        text.setHtml(
            "<h3>" + self.tr("Fonts") + "</h3><p>"
            + self.tr("BIZ UD Gothic and BIZ UD PGothic, © The BIZ UDGothic Project Authors "
                      "(Morisawa Inc.), under the SIL Open Font License 1.1; the licence text is "
                      "in resources/fonts/OFL.txt beside the app.")
            + "</p><h3>" + self.tr("Libraries") + "</h3>"
            + "<table cellpadding='3'><tr><th align='left'>" + self.tr("Component") + "</th><th align='left'>"
            + self.tr("Version") + "</th><th align='left'>" + self.tr("Licence") + "</th></tr>" + rows + "</table>"
            + "<p>" + self.tr("Python %1, under the PSF License.").replace("%1", platform.python_version()) + "</p>"
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(purpose)
        layout.addWidget(text, 1)
        layout.addWidget(buttons, 0, Qt.AlignmentFlag.AlignRight)
