"""Interview mode: a focused window for the laptop on the owner's desk.

The stage rail (P0–P6) on the left, one large note editor in the middle under the
session's log, the question bank's prompt cards for the current stage on the right.
Each note is a row from its first keystroke; its text autosaves as it is typed, so a
crash loses at most the last moment of typing, and the window reopens where it was.

Keys (none of them used by a Japanese IME): Enter finishes a note (Shift+Enter for a
line break); Ctrl+1 … Ctrl+5 set its kind (Ctrl+0 a plain note); Ctrl+T cycles 表/裏;
Alt+1 … Alt+5 set the wall; Ctrl+PgUp / Ctrl+PgDn move between stages; Ctrl+Shift+S
sends the note to a field or a new 課題; Ctrl+Shift+E goes to the closing summary;
F2 shows or hides the prompt cards; Esc leaves an older note being edited.
"""

from __future__ import annotations

from datetime import datetime, timezone
from html import escape
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from banso_desktop.data import question_bank
from banso_desktop.domain.interview import (
    ISSUE_SIDES,
    KIND_KEYS,
    STAGES,
    WALLS,
    SendTarget,
    cycle,
    dialogue_hints,
    next_stage,
)
from banso_desktop.store import Store
from banso_desktop.store.database import META_OPEN_INTERVIEW, new_id
from banso_desktop.ui import labels
from banso_desktop.ui.autosave import AutosaveBuffer, Edit
from banso_desktop.ui.interview_summary import SummaryPage
from banso_desktop.ui.ops import Writer
from banso_desktop.ui.session_dialogs import IssueDialog, SendToDialog, StartSessionDialog, send_targets
from banso_desktop.ui.settings_dialog import INTERVIEW_FONT_SCALE, interview_font_size

META_SESSION = META_OPEN_INTERVIEW  # the interview open in this file (reopened after a crash)
META_NOTE = "interview.note"  # the note in its editor

KIND_COLOURS = {
    "note": "#5f6368",
    "owner_quote": "#0b57d0",
    "fact": "#146c2e",
    "assessment": "#7d5260",
    "insight": "#b26a00",
    "issue_candidate": "#b3261e",
}
KIND_ORDER = ("owner_quote", "fact", "assessment", "insight", "issue_candidate", "note")


def _local_time(utc_iso: str | None) -> str:
    if not utc_iso:
        return datetime.now().strftime("%H:%M")
    moment = datetime.fromisoformat(utc_iso.replace("Z", "+00:00"))
    return moment.astimezone().strftime("%H:%M")


class NoteEditor(QPlainTextEdit):
    """The large editor: Enter finishes the note, Shift+Enter breaks the line.

    A Japanese IME consumes the Enter that confirms a conversion, so only an Enter
    typed outside composition reaches here."""

    finish = Signal()
    leave = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.finish.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.leave.emit()
            return
        super().keyPressEvent(event)


RESUMED_AFTER_S = 12 * 3600  # a session started longer ago than this was resumed


class InterviewWindow(QWidget):
    """One session's interview. Writes go through the main window's writer and autosave."""

    sent = Signal(str, str)  # company id, where a note went ("rokaben", "design", "issue")
    session_closed = Signal(str, str)  # company id, session id

    def __init__(self, store: Store, writer: Writer, autosave: AutosaveBuffer, session_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.store, self.writer, self.autosave = store, writer, autosave
        autosave.register("note", lambda s, row_id, changes: s.sessions.update_note(row_id, changes))
        autosave.register("session", lambda s, row_id, changes: s.sessions.update(row_id, changes))
        session = store.sessions.get(session_id)
        if session is None:
            raise LookupError(f"session {session_id} is not in the database")
        self.session = session
        self._opened_at = datetime.now(timezone.utc)
        self.session_id = session_id
        self.company_id: str = session["company_id"]
        self.company = store.companies.get(self.company_id) or {}
        self.stage: str = session["stage"] or "P0"
        self.notes: list[dict[str, Any]] = store.sessions.notes(session_id)
        self.current: dict[str, Any] | None = None  # the note in the editor
        self.next_tags: dict[str, Any] = {"kind": "note", "issue_side": None, "wall": None}
        self.dismissed: set[str] = set()
        self.keep_open_on_restart = False
        self._target_names = dict((ref, text) for text, ref in send_targets(labels.language()))
        self.setObjectName("interviewWindow")
        self.setWindowTitle(self.tr("Interview — %1").replace("%1", self.company.get("name") or ""))
        self._build()
        self._bind_keys()
        self._set_stage(self.stage, save=False)
        self._render_log()
        self._update_tags()
        self._tick()
        self.writer.submit(lambda s: s.set_meta(META_SESSION, session_id))
        # After a crash or a quit mid-note, the note being typed comes back into the editor.
        if store.meta(META_SESSION) == session_id:
            restored = store.meta(META_NOTE)
            if any(n["id"] == restored for n in self.notes):
                self.edit_note(restored)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self._timer.start(1000)
        self.save_banner = None  # over the window while typed text cannot be saved
        autosave.failed.connect(self._save_failed)
        if autosave.in_trouble:
            self._save_failed(autosave.last_error or "")

    # --- layout ----------------------------------------------------------------

    def _build(self) -> None:
        title = QLabel(f"<b>{escape(self.company.get('name') or '')}</b>")
        title.setObjectName("interviewCompany")
        big = QFont(title.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        title.setFont(big)
        self.info = QLabel()
        self.info.setStyleSheet("color: #5f6368;")
        self._show_info()
        details = QPushButton(self.tr("Details…"))
        details.setToolTip(self.tr("Correct the date, time, place, attendees or theme"))
        details.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        details.clicked.connect(self.edit_details)
        self.elapsed = QLabel()
        self.elapsed.setObjectName("elapsed")
        self.elapsed.setFont(big)
        self.summary_button = QPushButton(self.tr("Summary and close…"))
        self.summary_button.setObjectName("toSummary")
        self.summary_button.setToolTip("Ctrl+Shift+E")
        self.summary_button.clicked.connect(self.show_summary)
        pause = QPushButton(self.tr("Pause"))
        pause.setToolTip(self.tr("Close this window; the session stays open and can be resumed."))
        pause.clicked.connect(self.close)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addWidget(self.info, 1)
        header.addWidget(details)
        header.addWidget(self.elapsed)
        header.addSpacing(12)
        header.addWidget(pause)
        header.addWidget(self.summary_button)

        # Stage rail
        self.rail = QListWidget()
        self.rail.setObjectName("stageRail")
        self.rail.setFixedWidth(190)
        self.rail.setWordWrap(True)
        self.rail.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rail.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.rail.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.rail.setStyleSheet(
            "QListWidget { border: none; background: #f4f6f8; }"
            "QListWidget::item { padding: 10px 8px; border-bottom: 1px solid #e1e5ea; }"
            "QListWidget::item:selected { background: #0b57d0; color: white; font-weight: bold; }"
        )
        for code in STAGES:
            item = QListWidgetItem(labels.stage(code))
            item.setData(Qt.ItemDataRole.UserRole, code)
            aim = question_bank().stages.get(code)
            if aim is not None:
                item.setToolTip(aim.aim.text(labels.language()))
            self.rail.addItem(item)
        self.rail.currentItemChanged.connect(
            lambda item, _prev: item is not None and self._set_stage(item.data(Qt.ItemDataRole.UserRole))
        )

        # Centre: hint, log, tags, editor
        self.hint = QFrame()
        self.hint.setObjectName("dialogueHint")
        self.hint.setStyleSheet("#dialogueHint { background: #fff8e1; border: 1px solid #f0d58c; border-radius: 4px; }")
        self.hint_text = QLabel()
        self.hint_text.setWordWrap(True)
        dismiss = QToolButton()
        dismiss.setText("×")
        dismiss.setToolTip(self.tr("Dismiss"))
        dismiss.clicked.connect(self._dismiss_hint)
        hint_box = QHBoxLayout(self.hint)
        hint_box.setContentsMargins(8, 4, 4, 4)
        hint_box.addWidget(self.hint_text, 1)
        hint_box.addWidget(dismiss)
        self.hint.hide()
        self._hint_code: str | None = None

        self.log = QTextBrowser()
        self.log.setObjectName("noteLog")
        self.log.setOpenLinks(False)
        self.log.anchorClicked.connect(self._log_link)

        self.kind_group = QButtonGroup(self)
        self.kind_group.setExclusive(True)
        kinds = QHBoxLayout()
        for code in KIND_ORDER:
            button = QPushButton(f"{KIND_KEYS[code]}  {labels.note_kind(code)}")
            button.setToolTip(f"Ctrl+{KIND_KEYS[code]}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setStyleSheet(
                f"QPushButton:checked {{ background: {KIND_COLOURS[code]}; color: white; font-weight: bold; }}"
            )
            button.setProperty("kind", code)
            self.kind_group.addButton(button)
            kinds.addWidget(button)
        self.kind_group.buttonClicked.connect(lambda b: self.set_kind(b.property("kind"), toggle=False))
        self.tags_label = QLabel()
        self.tags_label.setObjectName("noteTags")
        self.send_button = QPushButton(self.tr("Send to…"))
        self.send_button.setToolTip("Ctrl+Shift+S")
        self.send_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.send_button.clicked.connect(self.send_note)
        tags = QHBoxLayout()
        tags.addWidget(self.tags_label, 1)
        tags.addWidget(self.send_button)

        self.editor = NoteEditor()
        self.editor.setObjectName("noteEditor")
        self.apply_font_size()
        self.editor.setMinimumHeight(120)
        self.editor.setPlaceholderText(self.tr(
            "Type what you hear. Enter: next note · Ctrl+1 owner's words · Ctrl+2 fact · "
            "Ctrl+3 your view · Ctrl+4 insight · Ctrl+5 issue candidate · Alt+1–5 wall · Ctrl+T surface/core"
        ))
        self.editor.textChanged.connect(self._typed)
        self.editor.finish.connect(self.finish_note)
        self.editor.leave.connect(self.finish_note)
        self.editing_label = QLabel()
        self.editing_label.setStyleSheet("color: #b26a00;")
        self.editing_label.hide()

        centre = QWidget()
        box = QVBoxLayout(centre)
        box.setContentsMargins(6, 0, 6, 0)
        box.addWidget(self.hint)
        box.addWidget(self.log, 3)
        box.addLayout(kinds)
        box.addLayout(tags)
        box.addWidget(self.editing_label)
        box.addWidget(self.editor, 2)

        # Prompt cards
        self.cards_panel = QWidget()
        self.cards_panel.setObjectName("promptCards")
        self.cards_panel.setMinimumWidth(260)
        notice = QLabel(question_bank().notice.text(labels.language()))
        notice.setStyleSheet("color: #7d5260; font-size: small;")
        notice.setWordWrap(True)
        self.aim = QLabel()
        self.aim.setWordWrap(True)
        self.aim.setStyleSheet("font-weight: bold;")
        self.cards = QListWidget()
        self.cards.setObjectName("promptList")
        self.cards.setWordWrap(True)
        self.cards.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cards.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.cards.setStyleSheet(
            "QListWidget::item { padding: 8px 6px; margin: 3px 0; border: 1px solid #e1e5ea; border-radius: 4px; }"
            "QListWidget::item:selected { background: #d3e3fd; color: black; }"
        )
        self.cards.itemActivated.connect(self._ask)
        self.cards.itemDoubleClicked.connect(self._ask)
        ask_hint = QLabel(self.tr("Double-click a card to log it as your question."))
        ask_hint.setWordWrap(True)
        ask_hint.setStyleSheet("color: #5f6368; font-size: small;")
        cards_box = QVBoxLayout(self.cards_panel)
        cards_box.setContentsMargins(4, 0, 0, 0)
        cards_box.addWidget(notice)
        cards_box.addWidget(self.aim)
        cards_box.addWidget(self.cards, 1)
        cards_box.addWidget(ask_hint)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.rail)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.cards_panel)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([190, 820, 320])

        interview = QWidget()
        page = QVBoxLayout(interview)
        page.setContentsMargins(8, 8, 8, 8)
        page.addLayout(header)
        page.addWidget(self.splitter, 1)

        self.summary = SummaryPage(self.store, self.autosave, self.session_id, self.company_id)
        self.summary.back.connect(self.show_interview)
        self.summary.close_session.connect(self.close_session)
        self.pages = QStackedWidget()
        self.pages.addWidget(interview)
        self.pages.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def _save_failed(self, _message: str) -> None:
        """The disk is full, the drive read-only…: say so over the notes (the main
        window's status bar is out of sight); the banner follows the autosave from now on."""
        if self.save_banner is not None:
            return
        from banso_desktop.ui.save_state import SaveProblemBanner

        self.save_banner = SaveProblemBanner(self.store, self.autosave, self)
        self.layout().insertWidget(0, self.save_banner)
        self.layout().setContentsMargins(8, 8, 8, 0)

    def _show_info(self) -> None:
        day = datetime.fromisoformat(self.session["date"]).date()
        place = labels.place_kind(self.session.get("place_kind"))
        self.info.setText(escape(" ・ ".join(
            x for x in (labels.long_date(day), place, self.session.get("theme") or "") if x)))

    def edit_details(self) -> None:
        """Correct the session's date, time, place, attendees or theme."""
        self.details_dialog = StartSessionDialog(self.company, self, session=self.session)
        self.details_dialog.accepted.connect(self._details_changed)
        self.details_dialog.rejected.connect(self._back_to_typing)
        self.details_dialog.open()

    def _details_changed(self) -> None:
        values = self.details_dialog.values
        self.session.update(values)
        self.writer.submit(lambda s: s.sessions.update(self.session_id, dict(values)))
        self._show_info()
        self._back_to_typing()

    def _bind_keys(self) -> None:
        def key(seq: str, fn) -> None:
            shortcut = QShortcut(QKeySequence(seq), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(fn)

        for code, n in KIND_KEYS.items():
            key(f"Ctrl+{n}", lambda c=code: self.set_kind(c))
        for n, code in enumerate(WALLS, start=1):
            key(f"Alt+{n}", lambda c=code: self.set_wall(c))
        key("Alt+0", lambda: self.set_wall(None))
        key("Ctrl+T", self.cycle_side)
        key("Ctrl+PgUp", lambda: self._set_stage(next_stage(self.stage, -1)))
        key("Ctrl+PgDown", lambda: self._set_stage(next_stage(self.stage, 1)))
        key("Ctrl+Shift+S", self.send_note)
        key("Ctrl+Shift+E", self.show_summary)
        key("F2", lambda: self.cards_panel.setVisible(not self.cards_panel.isVisible()))

    # --- the stage rail and prompt cards ---------------------------------------------

    def _set_stage(self, code: str, save: bool = True) -> None:
        if code not in STAGES:
            return
        changed = code != self.stage
        self.stage = code
        row = STAGES.index(code)
        if self.rail.currentRow() != row:
            self.rail.setCurrentRow(row)  # comes back here through the signal; harmless
        cards = question_bank().stages.get(code)
        lang = labels.language()
        self.cards.clear()
        if cards is not None:
            self.aim.setText(cards.aim.text(lang))
            for reminder in cards.reminders:
                item = QListWidgetItem("※ " + reminder.text(lang))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setForeground(Qt.GlobalColor.darkGray)
                self.cards.addItem(item)
            for prompt in cards.prompts:
                text = prompt.label.text(lang)
                if prompt.wall:
                    text += f"\n〔{labels.wall(prompt.wall)}〕"
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, prompt.label.text(lang))
                self.cards.addItem(item)
        if save and changed:
            self.autosave.put("session", self.session_id, "stage", Edit(code, code))
        self.editor.setFocus()

    def _ask(self, item: QListWidgetItem) -> None:
        """Log a prompt card as the consultant's question (it counts toward the 詰問 hint)."""
        question = item.data(Qt.ItemDataRole.UserRole)
        if not question:
            return
        self.finish_note()
        note = self._new_note(question, kind="note", issue_side=None, wall=None)
        self.notes.append(note)
        n = dict(note)
        self.autosave.put("note", n["id"], "body", Edit(question, question))
        self.autosave.create("note", n["id"], lambda s: s.sessions.add_note(
            self.session_id, kind=n["kind"], body=n["body"], stage=n["stage"], note_id=n["id"]),
            context=self._note_context(n))
        self._render_log()
        self.editor.setFocus()

    # --- typing ---------------------------------------------------------------------

    def _new_note(self, body: str, **tags: Any) -> dict[str, Any]:
        return {"id": new_id(), "stage": self.stage, "body": body, "linked_to": None,
                "created_at": datetime.now(timezone.utc).isoformat(), **tags}

    def _typed(self) -> None:
        text = self.editor.toPlainText()
        if self.current is None:
            if not text.strip():
                return
            note = self._new_note(text, **self.next_tags)
            self.current = note
            self.notes.append(note)
            n = dict(note)

            def create(s: Store) -> None:
                s.sessions.add_note(self.session_id, kind=n["kind"], body=n["body"], stage=n["stage"],
                                    issue_side=n["issue_side"], wall=n["wall"], note_id=n["id"])
                if self.current is note:  # (not when made late, after the disk had room again)
                    s.set_meta(META_NOTE, n["id"])

            # Through the autosave buffer, in one transaction with its text: a note begun
            # while the disk is full is kept, and made (in order) once there is room.
            self.autosave.put("note", n["id"], "body", Edit(text, text))
            self.autosave.create("note", n["id"], create, context=self._note_context(n))
            return
        self.current["body"] = text
        self.autosave.put("note", self.current["id"], "body", Edit(text, text))

    def _note_context(self, note: dict[str, Any]) -> dict[str, Any]:
        """What the unsaved-text file says about a note the database does not have yet."""
        return {"company_id": self.company_id, "session_id": self.session_id, "created_at": note["created_at"]}

    def finish_note(self) -> None:
        """Enter: the note is done; the editor is ready for the next one."""
        note = self.current
        if note is None:
            return
        self.current = None
        self.next_tags = {"kind": "note", "issue_side": None, "wall": None}
        if not note["body"].strip():
            self.notes.remove(note)
            self.autosave.discard("note", note["id"])
            self.writer.submit(lambda s, i=note["id"]: s.sessions.delete_note(i))
        self.autosave.flush()
        self.writer.submit(lambda s: s.set_meta(META_NOTE, None))
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.blockSignals(False)
        self.editing_label.hide()
        self._render_log()
        self._update_tags()

    def edit_note(self, note_id: str) -> None:
        """Load an earlier note into the editor (Esc or Enter returns to a new one)."""
        note = next((n for n in self.notes if n["id"] == note_id), None)
        if note is None or note is self.current:
            return
        self.finish_note()
        self.current = note
        self.editor.blockSignals(True)
        self.editor.setPlainText(note["body"])
        self.editor.blockSignals(False)
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)
        self.editing_label.setText(self.tr("Editing the note of %1 — Enter or Esc to go back to a new note.")
                                   .replace("%1", _local_time(note.get("created_at"))))
        self.editing_label.show()
        self.editor.setFocus()
        self._render_log()
        self._update_tags()
        self.writer.submit(lambda s: s.set_meta(META_NOTE, note_id))

    def _set_tag(self, field: str, value: Any) -> None:
        if self.current is None:
            self.next_tags[field] = value
        else:
            self.current[field] = value
            self.autosave.put("note", self.current["id"], field, Edit(value or "", value))
        self._update_tags()
        self._render_log()

    def _tags(self) -> dict[str, Any]:
        return self.current if self.current is not None else self.next_tags

    def set_kind(self, kind: str, toggle: bool = True) -> None:
        """Ctrl+1…5: the note's kind; the same key again makes it a plain note."""
        if toggle and self._tags()["kind"] == kind:
            kind = "note"
        self._set_tag("kind", kind)
        self.editor.setFocus()

    def set_wall(self, wall: str | None) -> None:
        """Alt+1…5: the wall; the same key again clears it."""
        self._set_tag("wall", None if self._tags()["wall"] == wall else wall)

    def cycle_side(self) -> None:
        """Ctrl+T: none → 表 → 裏 → none."""
        self._set_tag("issue_side", cycle(self._tags()["issue_side"], ISSUE_SIDES))

    def _update_tags(self) -> None:
        tags = self._tags()
        for button in self.kind_group.buttons():
            button.setChecked(button.property("kind") == tags["kind"])
        parts = []
        side = labels.issue_side(tags["issue_side"])
        side_name, wall_name = self.tr("Surface/core"), self.tr("Wall")
        parts.append(f"{side_name} (Ctrl+T): <b>{escape(side) if side else '—'}</b>")
        wall = labels.wall(tags["wall"])
        parts.append(f"{wall_name} (Alt+1–5): <b>{escape(wall) if wall else '—'}</b>")
        self.tags_label.setText("　".join(parts))

    # --- the log ----------------------------------------------------------------------

    def _log_link(self, url: QUrl) -> None:
        if url.scheme() == "note":
            self.edit_note(url.path())

    def _render_log(self) -> None:
        parts = []
        for note in self.notes:
            if note is self.current and not note["body"].strip():
                continue
            tags = [labels.note_kind(note["kind"])]
            tags += [t for t in (labels.issue_side(note["issue_side"]), labels.wall(note["wall"])) if t]
            colour = KIND_COLOURS.get(note["kind"], "#5f6368")
            body = escape(note["body"]).replace("\n", "<br>")
            links = " ".join(
                "→ " + escape(self._target_names.get(ref, self.tr("Issue") if ref.startswith("issue") else ref))
                for ref in (note.get("linked_to") or "").split()
            )
            style = "background:#fff3cd;" if note is self.current else ""
            parts.append(
                f"<div style='{style} margin-bottom:8px'>"
                f"<a name='{note['id']}' href='note:{note['id']}' style='color:{colour}; text-decoration:none;"
                f" font-weight:bold'>{_local_time(note.get('created_at'))}　［{escape(' / '.join(tags))}］</a>"
                f"{'　<span style=color:#5f6368>' + links + '</span>' if links else ''}"
                f"<br>{body}</div>"
            )
        if not parts:
            empty = self.tr("Notes appear here as you finish them with Enter.")
            parts.append(f"<p style='color:#5f6368'>{escape(empty)}</p>")
        self.log.setHtml(f"<div style='line-height:145%'>{''.join(parts)}</div>")
        if self.current is not None and self.current in self.notes:
            self.log.scrollToAnchor(self.current["id"])
        else:
            bar = self.log.verticalScrollBar()
            bar.setValue(bar.maximum())
        self._update_hint()

    # --- dialogue hints -------------------------------------------------------------

    def _update_hint(self) -> None:
        hints = dialogue_hints((n["kind"], n["body"]) for n in self.notes if n is not self.current)
        codes = {h.code for h in hints}
        self.dismissed &= codes  # a hint that went away may come back later
        shown = next((h for h in hints if h.code not in self.dismissed), None)
        self._hint_code = shown.code if shown else None
        if shown is None:
            self.hint.hide()
            return
        if shown.code == "interrogation":
            text = self.tr("%n questions in a row without the owner's words. Pause and listen: "
                           "let the owner talk (no 詰問).", "", shown.count)
        else:
            text = self.tr("Most recent notes are your own views and questions (%1 of %2). "
                           "Capture the owner's words.").replace("%1", str(shown.count)).replace("%2", str(shown.of))
        self.hint_text.setText(text)
        self.hint.show()

    def _dismiss_hint(self) -> None:
        if self._hint_code:
            self.dismissed.add(self._hint_code)
        self._update_hint()
        self.editor.setFocus()

    # --- send to --------------------------------------------------------------------

    def _note_to_send(self) -> dict[str, Any] | None:
        if self.current is not None and self.current["body"].strip():
            return self.current
        return next((n for n in reversed(self.notes) if n["body"].strip()), None)

    def apply_font_size(self) -> None:
        """The editor's text size: the one chosen in 設定, else 1.35 × the window's."""
        font = QFont(self.font())
        font.setPointSizeF(interview_font_size(round(font.pointSizeF() * INTERVIEW_FONT_SCALE)))
        self.editor.setFont(font)

    def send_note(self) -> None:
        """Ctrl+Shift+S: the note in the editor (or the last one) to a field or a new 課題."""
        note = self._note_to_send()
        if note is None:
            return
        self.send_dialog = SendToDialog(note["body"], self)
        self.send_dialog.accepted.connect(lambda: self._send_chosen(note))
        self.send_dialog.rejected.connect(self._back_to_typing)
        self.send_dialog.open()

    def _back_to_typing(self) -> None:
        """After a dialog: this window and its editor have the keyboard again."""
        self.activateWindow()
        self.editor.setFocus()

    def _send_chosen(self, note: dict[str, Any]) -> None:
        target = self.send_dialog.target()
        if target is None:
            return
        move = self.send_dialog.move.isChecked()
        if target.kind != "issue":
            self._send(note, target, move)
            return
        words = note["body"] if note["kind"] == "owner_quote" else next(
            (n["body"] for n in reversed(self.notes) if n["kind"] == "owner_quote"), "")
        self.issue_dialog = IssueDialog(note["body"], note["issue_side"], note["wall"], words, self)
        self.issue_dialog.accepted.connect(lambda: self._send(note, target, move, self.issue_dialog.values()))
        self.issue_dialog.rejected.connect(self._back_to_typing)
        self.issue_dialog.open()

    def _send(self, note: dict[str, Any], target: SendTarget, move: bool, issue: dict | None = None) -> None:
        if move and note is self.current:
            # Moved away: what is typed from now on goes to a new note, never to this one.
            self.finish_note()
        self.autosave.flush()  # the note's latest text goes first
        self._back_to_typing()
        note_id = note["id"]
        self.writer.submit(
            lambda s: s.sessions.send_note(note_id, target, move=move, issue=issue),
            lambda made: self._sent(note, target, move, made),
        )

    def _sent(self, note: dict[str, Any], target: SendTarget, move: bool, made: str | None) -> None:
        ref = f"issue:{made}" if made else target.ref
        links = (note.get("linked_to") or "").split()
        note["linked_to"] = " ".join(links + [ref])
        if move:
            if note is self.current:
                self.finish_note()
            if note in self.notes:
                self.notes.remove(note)
        self._render_log()
        self.sent.emit(self.company_id, target.kind)
        self.editor.setFocus()

    # --- timer, summary, closing ----------------------------------------------------

    def _tick(self) -> None:
        started = self.session.get("started_at")
        if not started:
            self.elapsed.setText("")
            return
        begun = datetime.fromisoformat(started.replace("Z", "+00:00"))
        now = datetime.now(timezone.utc)
        if (now - begun).total_seconds() > RESUMED_AFTER_S:
            # Interrupted (中断) and taken up again another day: the time of this sitting.
            begun = self._opened_at
        seconds = max(0, int((now - begun).total_seconds()))
        h, rest = divmod(seconds, 3600)
        self.elapsed.setText(self.tr("Elapsed %1").replace("%1", f"{h}:{rest // 60:02d}:{rest % 60:02d}"))

    def show_summary(self) -> None:
        """Ctrl+Shift+E: agreed issues, actions, next visit and the 自走化 checklist."""
        if self.pages.currentWidget() is self.summary:
            return  # already there: reloading would drop a cell being edited
        self.finish_note()
        self.autosave.flush()
        self.writer.flush()  # issues sent from notes are in the file before the page reads them
        self.summary.load()
        self.pages.setCurrentWidget(self.summary)
        self.summary.focus_first()

    def show_interview(self) -> None:
        self.pages.setCurrentIndex(0)
        self.editor.setFocus()

    def close_session(self) -> None:
        """Finish: the session is closed with its end time; the window goes."""
        self.autosave.flush()
        end = datetime.now().strftime("%H:%M")
        session_id, company_id = self.session_id, self.company_id
        # Tabs refresh once the close (after every edit before it) is committed.
        self.writer.submit(lambda s: s.sessions.close(session_id, end),
                           lambda _found: self.session_closed.emit(company_id, session_id))
        self.close()

    def close_for_restart(self) -> None:
        """The app is quitting: close but reopen this interview next time."""
        self.keep_open_on_restart = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if not self.keep_open_on_restart:
            self.finish_note()
        self._timer.stop()
        if not self.keep_open_on_restart and not self.writer.closed:
            self.writer.submit(lambda s: s.set_meta(META_SESSION, None))
        self.autosave.flush()
        super().closeEvent(event)
