"""The selected company's workspace: a header and the tabs later screens fill."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from banso_desktop.store import Store
from banso_desktop.ui import labels
from banso_desktop.ui.autosave import AutosaveBuffer
from banso_desktop.ui.company_form import CompanyForm
from banso_desktop.ui.design_view import DesignTab
from banso_desktop.ui.export_view import ExportTab
from banso_desktop.ui.interview import KIND_COLOURS
from banso_desktop.ui.ops import Writer
from banso_desktop.ui.plan_view import PlanTab
from banso_desktop.ui.rokaben_view import RokabenTab
from banso_desktop.ui.timeline import TimelineView, outcomes_html

TAB_KEYS = ("overview", "sessions", "rokaben", "design", "plan", "export")


class SessionsView(QSplitter):
    """面談: the company's sessions, newest first, and the one selected with its notes,
    agreed issues and next steps."""

    start_requested = Signal()
    resume_requested = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.store = store
        self.company_id: str | None = None
        self.sessions = QTreeWidget()
        self.sessions.setObjectName("sessionList")
        self.sessions.setHeaderLabels(
            [self.tr("Date"), self.tr("Time"), self.tr("Place"), self.tr("Theme"), self.tr("Notes"), self.tr("Status")]
        )
        self.sessions.setRootIsDecorated(False)
        self.sessions.setAlternatingRowColors(True)
        self.sessions.setUniformRowHeights(True)
        self.sessions.setStyleSheet("QTreeView::item { padding: 4px 2px; }")
        self.sessions.itemActivated.connect(lambda item, _col: self._resume())
        self.start_button = QPushButton(self.tr("Start a session"))
        self.start_button.setObjectName("startSession")
        self.start_button.setToolTip("Ctrl+Shift+N")
        self.start_button.clicked.connect(self.start_requested.emit)
        self.resume_button = QPushButton(self.tr("Open in interview mode"))
        self.resume_button.setObjectName("resumeSession")
        self.resume_button.clicked.connect(self._resume)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.resume_button)
        buttons.addStretch(1)
        self.notes = QTextBrowser()
        self.notes.setObjectName("sessionNotes")
        self.notes.setOpenLinks(False)
        self.empty = QLabel(self.tr("No sessions recorded yet."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        top = QWidget()
        box = QVBoxLayout(top)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(buttons)
        box.addWidget(self.sessions)
        box.addWidget(self.empty)
        self.addWidget(top)
        self.addWidget(self.notes)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 2)
        self.sessions.currentItemChanged.connect(self._show_notes)

    def load(self, company_id: str) -> None:
        self.company_id = company_id
        current = self.current_session()
        self.sessions.clear()
        self.notes.clear()
        summaries = self.store.sessions.for_company(company_id)
        for s in summaries:
            day = date.fromisoformat(s.date)
            hours = "–".join(t for t in (s.start_time, s.end_time) if t)
            item = QTreeWidgetItem([
                labels.long_date(day), hours, labels.place_kind(s.place_kind), s.theme, str(s.note_count),
                labels.session_status(s.status) if s.status == "open" else "",
            ])
            item.setData(0, Qt.ItemDataRole.UserRole, s.id)
            item.setTextAlignment(4, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.sessions.addTopLevelItem(item)
        for col in range(6):
            self.sessions.resizeColumnToContents(col)
        self.empty.setVisible(not summaries)
        self.sessions.setVisible(bool(summaries))
        self.resume_button.setEnabled(bool(summaries))
        if summaries and not (current and self.show_session(current)):
            self.sessions.setCurrentItem(self.sessions.topLevelItem(0))

    def current_session(self) -> str | None:
        item = self.sessions.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def show_session(self, session_id: str, note_id: str | None = None) -> bool:
        """Select a session and scroll its notes to ``note_id``."""
        for i in range(self.sessions.topLevelItemCount()):
            item = self.sessions.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == session_id:
                self.sessions.setCurrentItem(item)
                if note_id:
                    self._highlight = note_id
                    self._show_notes(item)
                    self.notes.scrollToAnchor(note_id)
                return True
        return False

    def _resume(self) -> None:
        session_id = self.current_session()
        if session_id:
            self.resume_requested.emit(session_id)

    def _show_notes(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        self.notes.clear()
        if item is None:
            return
        session_id = item.data(0, Qt.ItemDataRole.UserRole)
        highlight, self._highlight = getattr(self, "_highlight", None), None
        summary = self.store.sessions.summary(session_id)
        parts = []
        if summary is not None:
            who = "、".join(
                f"{labels.attendee_role(a.get('role', ''))}: {escape(a.get('name', ''))}" for a in summary.attendees
            )
            attendees, consultant = self.tr("Attendees"), self.tr("Consultant")
            parts.append(
                f"<p><b>{escape(summary.theme)}</b><br>"
                f"<span style='color:#5f6368'>{escape(attendees)}: {who}　"
                f"{escape(consultant)}: {escape(summary.consultant_name)}</span></p>"
            )
            if summary.summary:
                parts.append(f"<p>{escape(summary.summary)}</p>")
            parts.append(outcomes_html(
                self.store.sessions.issues(summary_company(self.store, session_id), session_id),
                self.store.sessions.actions(summary_company(self.store, session_id), session_id),
                summary.next_visit_date,
            ))
            parts.append("<hr>")
        for note in self.store.sessions.notes(session_id):
            tags = [labels.note_kind(note["kind"])]
            tags += [t for t in (labels.issue_side(note["issue_side"]), labels.wall(note["wall"])) if t]
            colour = KIND_COLOURS.get(note["kind"], "#5f6368")
            body = escape(note["body"]).replace("\n", "<br>")
            style = "background:#fff3cd;" if note["id"] == highlight else ""
            parts.append(
                f"<p style='margin-bottom:10px; {style}'><a name='{note['id']}'></a>"
                f"<span style='color:{colour}; font-weight:bold'>"
                f"［{escape(' / '.join(tags))}］</span><br>{body}</p>"
            )
        self.notes.setHtml(f"<div style='line-height:150%'>{''.join(parts)}</div>")


def summary_company(store: Store, session_id: str) -> str:
    row = store.sessions.get(session_id)
    return row["company_id"] if row else ""


class Workspace(QWidget):
    """Header with the company's name and the tabs."""

    trash_requested = Signal(str)
    start_session_requested = Signal()
    resume_session_requested = Signal(str)

    def __init__(self, store: Store, writer: Writer, autosave: AutosaveBuffer,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.company_id: str | None = None
        self.title = QLabel()
        self.title.setObjectName("companyTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.trash_button = QPushButton(self.tr("Move to trash"))
        self.trash_button.setObjectName("trashCompany")
        self.trash_button.clicked.connect(lambda: self.company_id and self.trash_requested.emit(self.company_id))
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.trash_button)

        self.form = CompanyForm(store, autosave)
        self.timeline = TimelineView(store)
        self.overview = QSplitter(Qt.Orientation.Horizontal)
        self.overview.addWidget(self.form)
        self.overview.addWidget(self.timeline)
        self.overview.setStretchFactor(0, 3)
        self.overview.setStretchFactor(1, 2)
        self.overview.setSizes([600, 400])
        # 予兆管理: why the company is flagged, above its details (hidden when nothing is).
        self.alerts = QLabel()
        self.alerts.setObjectName("companyAlerts")
        self.alerts.setWordWrap(True)
        self.alerts.setTextFormat(Qt.TextFormat.RichText)
        self.alerts.setStyleSheet("QLabel#companyAlerts { background: #fff4e5; color: #5f3700;"
                                  " border: 1px solid #f0c27a; border-radius: 4px; padding: 6px 10px; }")
        self.alerts.hide()
        overview_page = QWidget()
        overview_layout = QVBoxLayout(overview_page)
        overview_layout.setContentsMargins(0, 4, 0, 0)
        overview_layout.addWidget(self.alerts)
        overview_layout.addWidget(self.overview, 1)
        self.sessions = SessionsView(store)
        self.sessions.start_requested.connect(self.start_session_requested.emit)
        self.sessions.resume_requested.connect(self.resume_session_requested.emit)
        self.rokaben = RokabenTab(store, writer, autosave)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("workspaceTabs")
        self.tabs.addTab(overview_page, self.tr("Overview"))
        self.tabs.addTab(self.sessions, self.tr("Sessions"))
        self.tabs.addTab(self.rokaben, self.tr("Local Benchmark"))
        self.design = DesignTab(store, writer, autosave)
        self.tabs.addTab(self.design, self.tr("Design sheet"))
        self.plan = PlanTab(store, writer, autosave)
        self.tabs.addTab(self.plan, self.tr("Action plan"))
        self.export = ExportTab(store, writer, autosave)
        self.tabs.addTab(self.export, self.tr("Output"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        self.form.company_saved.connect(self._saved)
        self._loaded_tabs: set[int] = set()

    def load(self, company_id: str, defaults: dict | None = None) -> None:
        """Show a company; ``defaults`` stand in while its creation is being committed."""
        self.company_id = company_id
        self.form.load(company_id, defaults)
        self.timeline.load(company_id)
        self._update_title()
        self.show_alerts()
        self._loaded_tabs = {0}
        self._tab_changed(self.tabs.currentIndex())

    def show_alerts(self, alerts: list | None = None) -> list:
        """The early warnings of the company shown (read now unless given), and why."""
        from banso_desktop.office.alerts import warnings_for
        from banso_desktop.office.labels import ALERT_NAMES, alert_reason
        from banso_desktop.ui.office_view import short_day

        if self.company_id is None:
            self.alerts.hide()
            return []
        if alerts is None:
            alerts = warnings_for(self.store, self.company_id, date.today())
        if not alerts:
            self.alerts.hide()
            return alerts
        translate = QCoreApplication.translate
        lines = [f"<b>⚠ {escape(translate('office', ALERT_NAMES[a.kind]))}</b>　"
                 f"{escape(alert_reason(a.kind, a.detail, translate, short_day))}" for a in alerts]
        self.alerts.setText(self.tr("Needs attention:") + "<br>" + "<br>".join(lines))
        self.alerts.show()
        return alerts

    def show_tab(self, key: str) -> None:
        if key in TAB_KEYS:
            self.tabs.setCurrentIndex(TAB_KEYS.index(key))

    def refresh(self, key: str, company_id: str | None = None) -> None:
        """Data of a tab changed elsewhere (the interview): reload it now or when next shown."""
        if self.company_id is None or (company_id and company_id != self.company_id) or key not in TAB_KEYS:
            return
        if key == "overview":
            self.timeline.load(self.company_id)
            return
        index = TAB_KEYS.index(key)
        self._loaded_tabs.discard(index)
        if self.tabs.currentIndex() == index:
            self._tab_changed(index)

    def current_tab(self) -> str:
        return TAB_KEYS[self.tabs.currentIndex()]

    def _tab_changed(self, index: int) -> None:
        # Tabs load when first looked at, so opening a company stays instant.
        if self.company_id is None or index in self._loaded_tabs:
            return
        self._loaded_tabs.add(index)
        widget = self.tabs.widget(index)
        if hasattr(widget, "load"):
            widget.load(self.company_id)

    def _update_title(self) -> None:
        row = self.store.companies.get(self.company_id) if self.company_id else None
        name = (row or {}).get("name") or self.tr("(no name yet)")
        self.title.setText(name)

    def _saved(self, company_id: str, fields: list[str]) -> None:
        if company_id == self.company_id and "name" in fields:
            self._update_title()
