"""Small dialogs around the interview: starting a session, sending a note somewhere,
making a 課題 of it. All work by keyboard alone (Enter accepts, Esc cancels)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from banso_desktop.data import design_sheet, rokaben_sheet
from banso_desktop.domain.interview import ATTENDEE_ROLES, ISSUE_SIDES, PLACE_KINDS, WALLS, SendTarget
from banso_desktop.domain.japanese import format_wareki, parse_date, parse_time
from banso_desktop.domain.text import InputError
from banso_desktop.ui import labels
from banso_desktop.ui.keys import ArrowsTo

translate = QCoreApplication.translate


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet("color: #b3261e;")
    label.setWordWrap(True)
    label.hide()
    return label


class StartSessionDialog(QDialog):
    """Date, time, place, attendees and theme of a new session (sensible defaults, so
    Enter alone starts it), or of an existing one to correct (``session``)."""

    def __init__(self, company: dict[str, Any], parent: QWidget | None = None,
                 session: dict[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.editing = session is not None
        self.setWindowTitle(self.tr("Start a session") if session is None else self.tr("Session details"))
        now = datetime.now()
        day = date.fromisoformat(session["date"]) if session else now.date()
        self.date_edit = QLineEdit(format_wareki(day, "short"))
        self.date_edit.setObjectName("sessionDate")
        self.date_edit.setToolTip(self.tr("和暦 or 西暦: R7.3.31, 令和7年3月31日, 2025/3/31"))
        self.time_edit = QLineEdit(now.strftime("%H:%M") if session is None else session.get("start_time") or "")
        self.place = QComboBox()
        for code in PLACE_KINDS:
            self.place.addItem(labels.place_kind(code), code)
        self.place.setCurrentIndex(max(0, self.place.findData((session or {}).get("place_kind"))))
        self.theme = QLineEdit((session or {}).get("theme") or "")
        self.theme.setObjectName("sessionTheme")
        self.theme.setPlaceholderText(self.tr("e.g. 売上減少の要因整理"))
        people = QGridLayout()
        self.attendees: dict[str, tuple[QCheckBox, QLineEdit]] = {}
        for row, role in enumerate(ATTENDEE_ROLES):
            box = QCheckBox(labels.attendee_role(role))
            name = QLineEdit()
            name.setPlaceholderText(self.tr("Name"))
            if session is not None:
                given = next((a for a in session["attendees"] if a.get("role") == role), None)
                box.setChecked(given is not None)
                name.setText((given or {}).get("name", ""))
            elif role == "owner":
                box.setChecked(True)
                name.setText(company.get("representative_name") or "")
            name.textEdited.connect(lambda text, b=box: b.setChecked(bool(text) or b.isChecked()))
            people.addWidget(box, row, 0)
            people.addWidget(name, row, 1)
            self.attendees[role] = (box, name)
        self.error = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Start time"), self.time_edit)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Attendees"), people)
        form.addRow(self.tr("Theme"), self.theme)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        if session is None:
            buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start the interview"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>%1</b>").replace("%1", company.get("name") or "")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.theme.setFocus()
        self.values: dict[str, Any] = {}

    def accept(self) -> None:  # noqa: D401 - Qt API
        try:
            day = parse_date(self.date_edit.text())
            start = parse_time(self.time_edit.text())
        except InputError as exc:
            self.error.setText(exc.render(translate))
            self.error.show()
            return
        if day is None and self.editing:
            self.error.setText(self.tr("Enter the date of the session."))
            self.error.show()
            return
        day = day or date.today()
        self.values = {
            "date": day.isoformat(),
            "start_time": start,
            "place_kind": self.place.currentData(),
            "attendees": [
                {"role": role, "name": name.text().strip()}
                for role, (box, name) in self.attendees.items() if box.isChecked()
            ],
            "theme": self.theme.text().strip(),
        }
        super().accept()


def send_targets(lang: str) -> list[tuple[str, str]]:
    """Every place a note can go: (label, target ref), in the sheets' order."""
    out = [(translate("SendToDialog", "New issue (課題)…"), "issue")]
    sheet = rokaben_sheet()
    rokaben = translate("SendToDialog", "Local Benchmark")
    for p in sheet.perspectives:
        out += [(f"{rokaben} › {p.label.text(lang)} › {i.label.text(lang)}", f"rokaben:{i.key}") for i in p.items]
    summary = translate("SendToDialog", "Summary")
    out += [(f"{rokaben} › {summary} › {i.label.text(lang)}", f"rokaben:{i.key}") for i in sheet.summary]
    design = translate("SendToDialog", "Design sheet")
    for s in design_sheet().sections:
        for i in s.items:
            name = s.label.text(lang) if len(s.items) == 1 else f"{s.label.text(lang)} › {i.label.text(lang)}"
            out.append((f"{design} › {name}", f"design:{i.key}"))
    return out


class SendToDialog(QDialog):
    """Pick where a note goes: type to filter, arrows to choose, Enter to send."""

    def __init__(self, note_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send the note to…"))
        self.resize(620, 480)
        preview = QLabel(note_text if len(note_text) < 160 else note_text[:160] + "…")
        preview.setWordWrap(True)
        preview.setStyleSheet("color: #5f6368; padding: 4px;")
        self.filter = QLineEdit()
        self.filter.setObjectName("sendFilter")
        self.filter.setPlaceholderText(self.tr("Type to filter, e.g. 強み"))
        self.list = QListWidget()
        self.list.setObjectName("sendTargets")
        for text, ref in send_targets(labels.language()):
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, ref)
            self.list.addItem(item)
        self.move = QCheckBox(self.tr("Move (remove the note from this session's log)"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Send"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(preview)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.move)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._filter)
        ArrowsTo(self.filter, self.list)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.list.setCurrentRow(0)
        self.filter.setFocus()

    def _filter(self, text: str) -> None:
        terms = text.split()
        first = None
        for i in range(self.list.count()):
            item = self.list.item(i)
            hidden = not all(t.lower() in item.text().lower() for t in terms)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        if first is not None:
            self.list.setCurrentItem(first)

    def accept(self) -> None:  # noqa: D401 - Qt API
        if self.target() is None:
            return  # nothing matches the filter: stay, so the typed filter can be changed
        super().accept()

    def target(self) -> SendTarget | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        return SendTarget.parse(item.data(Qt.ItemDataRole.UserRole))


class IssueDialog(QDialog):
    """A new 課題 from a note: its wording, 表/裏, wall and the owner's words."""

    def __init__(self, title: str, side: str | None, wall: str | None, owner_words: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New issue"))
        self.resize(560, 360)
        self.title = QLineEdit(title)
        self.title.setObjectName("issueTitle")
        self.side = QComboBox()
        self.side.addItem(self.tr("(not set)"), None)
        for code in ISSUE_SIDES:
            self.side.addItem(labels.issue_side(code), code)
        self.side.setCurrentIndex(max(0, self.side.findData(side)))
        self.wall = QComboBox()
        self.wall.addItem(self.tr("(not set)"), None)
        for code in WALLS:
            self.wall.addItem(labels.wall(code), code)
        self.wall.setCurrentIndex(max(0, self.wall.findData(wall)))
        self.owner_words = QPlainTextEdit(owner_words)
        self.owner_words.setObjectName("issueOwnerWords")
        self.owner_words.setTabChangesFocus(True)
        self.owner_words.setPlaceholderText(self.tr("The owner's own words that show it has sunk in (腹落ち)"))
        self.agreed = QCheckBox(self.tr("Agreed with the owner"))
        self.error = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("Issue"), self.title)
        form.addRow(self.tr("Surface / core"), self.side)
        form.addRow(self.tr("Wall"), self.wall)
        form.addRow(self.tr("Owner's words"), self.owner_words)
        form.addRow("", self.agreed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.title.setFocus()
        self.title.selectAll()

    def accept(self) -> None:  # noqa: D401 - Qt API
        if not self.title.text().strip():
            self.error.setText(self.tr("Write the issue in a few words."))
            self.error.show()
            self.title.setFocus()
            return
        super().accept()

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text().strip(),
            "issue_side": self.side.currentData(),
            "wall": self.wall.currentData(),
            "owner_words": self.owner_words.toPlainText().strip(),
            "status": "agreed" if self.agreed.isChecked() else "candidate",
        }
