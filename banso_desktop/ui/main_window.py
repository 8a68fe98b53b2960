"""The main window: company list on the left, the company's workspace on the right."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from banso_desktop.store import open_store
from banso_desktop.store.database import META_OPEN_INTERVIEW, new_id
from banso_desktop.ui.autosave import AutosaveBuffer
from banso_desktop.ui.company_list import CompanyListPanel
from banso_desktop.ui.ops import Writer
from banso_desktop.ui.welcome import WelcomePage

# The company's tabs, interview mode and the dialogs are imported when first used: at
# start the window shows the list (and the welcome page) as fast as a bare window.
if TYPE_CHECKING:
    from banso_desktop.ui.interview import InterviewWindow
    from banso_desktop.ui.office_view import OfficeReader, OfficeWindow
    from banso_desktop.ui.sync_view import SyncController
    from banso_desktop.ui.search_dialog import SearchDialog
    from banso_desktop.ui.settings_dialog import SettingsDialog
    from banso_desktop.ui.today_view import TodayDialog
    from banso_desktop.ui.trash import TrashDialog
    from banso_desktop.ui.workspace import Workspace


# Edits settle this long before the open company's early warnings are read again.
ALERTS_RECHECK_MS = 2000
# After the first paint, the whole list's warnings are read this much later (off the UI
# thread): start-up and the first typing come first.
ALERTS_START_MS = 1500
# The date is looked at this often: warnings that depend on it (no session for N months)
# turn over soon after midnight, and after a laptop wakes from sleep (a timer set for
# midnight would run late by the time asleep, as Qt's timers do not count it).
DAY_CHECK_MS = 60_000


class MainWindow(QMainWindow):
    """One window per database file. Reads on the UI thread; writes go to the writer."""

    def __init__(self, db_path: Path, remember: bool = True) -> None:
        """``remember``: keep window geometry and the last company in the settings
        (off for screenshots, which should not change the user's layout)."""
        super().__init__()
        self.remember = remember
        self.store = open_store(db_path)
        self.writer: Writer | None = None
        try:
            self._build(db_path)
        except BaseException:
            # A window that fails half-way (damage found by its first reads) lets go of the
            # file at once: the recovery dialog renames it aside, which Windows refuses
            # while a connection or the writer's thread holds it.
            if self.writer is not None:
                self.writer.close()
            self.store.close()
            raise

    def _build(self, db_path: Path) -> None:
        self.writer = Writer(db_path, self)
        self.autosave = AutosaveBuffer(self.writer, self)
        self.settings = QSettings()
        self.interview: InterviewWindow | None = None
        self.search_dialog: SearchDialog | None = None
        self.setWindowTitle(self.tr("Banso Desktop — %1").replace("%1", db_path.name))

        self.list_panel = CompanyListPanel(self.store)
        self._workspace: Workspace | None = None  # built when a company is first opened
        self.welcome = WelcomePage(self.store, self.writer)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 940])
        self.setCentralWidget(self.splitter)

        self.db_label = QLabel(self.tr("Database: %1").replace("%1", str(self.store.path)))
        self.db_label.setObjectName("dbLabel")
        self.save_label = QLabel(self.tr("Everything is saved automatically."))
        self.save_label.setObjectName("saveLabel")
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.save_label)
        self._sync: SyncController | None = None  # made just after the first paint
        self.office: OfficeWindow | None = None
        self._alerts: OfficeReader | None = None  # the list's warning badges, read after start
        self.alerts_shown = False  # the badges of a first read are on the list
        self._alerts_dirty: set[str] = set()  # companies edited since their warnings were read
        self._alerts_timer = QTimer(self)
        self._alerts_timer.setSingleShot(True)
        self._alerts_timer.setInterval(ALERTS_RECHECK_MS)
        self._alerts_timer.timeout.connect(self._recheck_company_alerts)
        self._alerts_day = date.today()  # the day the badges were read for
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(DAY_CHECK_MS)
        self._day_timer.timeout.connect(self.check_day)
        self._day_timer.start()
        self._sync_scheduled = False

        self._build_menus()
        self.list_panel.company_selected.connect(self._company_selected)
        self.list_panel.new_company_requested.connect(self.new_company)
        self.welcome.new_company_requested.connect(self.new_company)
        self.welcome.names_changed.connect(self._names_changed)
        self.autosave.failed.connect(self._save_failed)
        self.writer.saved.connect(self._saved)
        self.writer.saved.connect(self._edited_for_alerts)

        self._restore_settings()
        self.list_panel.refresh()
        self._show_company(None)
        last = self.settings.value(self._last_company_key(), "", str)
        if last:
            self.open_company(last)
        self._reopen_interview()

    # --- menus -------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = QAction(self.tr("&New company"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_company)
        find = QAction(self.tr("&Find company"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: (self.list_panel.search.setFocus(), self.list_panel.search.selectAll()))
        trash = QAction(self.tr("&Trash…"), self)
        trash.triggered.connect(self.show_trash)
        preferences = QAction(self.tr("Se&ttings…"), self)
        preferences.setObjectName("settingsAction")
        preferences.setShortcut(QKeySequence("Ctrl+,"))
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        preferences.triggered.connect(self.show_settings)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (self.new_action, find, trash):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(preferences)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        session_menu = self.menuBar().addMenu(self.tr("&Session"))
        self.start_action = QAction(self.tr("&Start a session…"), self)
        self.start_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.start_action.triggered.connect(self.start_session)
        search = QAction(self.tr("Search &notes and fields…"), self)
        search.setShortcut(QKeySequence("Ctrl+Shift+F"))
        search.triggered.connect(self.show_search)
        today = QAction(self.tr("&Today…"), self)
        today.setShortcut(QKeySequence("Ctrl+Shift+T"))
        today.triggered.connect(self.show_today)
        session_menu.addAction(self.start_action)
        session_menu.addAction(search)
        session_menu.addAction(today)
        office_menu = self.menuBar().addMenu(self.tr("&Office"))
        self.office_actions = {}
        for key, text, shortcut in (("report", self.tr("&Yearly report…"), "Ctrl+Shift+O"),
                                    ("attention", self.tr("Companies needing &attention…"), "Ctrl+Shift+W"),
                                    ("dashboard", self.tr("&Dashboard…"), "Ctrl+Shift+D")):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _checked=False, k=key: self.show_office(k))
            office_menu.addAction(action)
            self.office_actions[key] = action
        sync_menu = self.menuBar().addMenu(self.tr("S&ync"))
        self.sync_action = QAction(self.tr("&Sync now"), self)
        self.sync_action.setShortcut(QKeySequence("Ctrl+Shift+Y"))
        self.sync_action.triggered.connect(lambda: self.sync.sync_now())
        self.conflicts_action = QAction(self.tr("&Resolve conflicts…"), self)
        self.conflicts_action.triggered.connect(lambda: self.sync.show_conflicts())
        sync_settings = QAction(self.tr("Sync s&ettings…"), self)
        sync_settings.triggered.connect(lambda: self.sync.show_settings())
        for action in (self.sync_action, self.conflicts_action):
            sync_menu.addAction(action)
        sync_menu.addSeparator()
        sync_menu.addAction(sync_settings)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Banso Desktop"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    @property
    def sync(self) -> SyncController:
        """Office-hub sync and its status bar part. Made right after the window first
        paints (the sync code is not needed to show the list), or on first use."""
        if self._sync is None:
            from banso_desktop.ui.sync_view import SyncController

            self._sync = SyncController(self)
            self._sync.data_changed.connect(self.reload_after_sync)
            self.statusBar().addPermanentWidget(self._sync.status)
        return self._sync

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if self._sync is None and not self._sync_scheduled:
            # After the first paint: the list is on screen before the sync code loads.
            self._sync_scheduled = True
            QTimer.singleShot(0, self.finish_starting)

    def finish_starting(self, wait_s: float = 0.0) -> None:
        """Load what the first paint went without (the sync status and its counts);
        ``wait_s``: wait that long at most for the counts (a screenshot shows them)."""
        import time

        status = self.sync.status
        if self._alerts is None:
            if wait_s:
                self.read_alerts()
            else:
                QTimer.singleShot(ALERTS_START_MS, self.read_alerts)
        deadline = time.monotonic() + wait_s
        while (status.reading or (wait_s and not self.alerts_shown)) and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.005)

    @property
    def workspace(self) -> Workspace:
        """The company's tabs, made on first use (they import the PDF code, charts…)."""
        if self._workspace is None:
            from banso_desktop.ui.workspace import Workspace

            workspace = Workspace(self.store, self.writer, self.autosave)
            workspace.trash_requested.connect(self.trash_company)
            workspace.start_session_requested.connect(self.start_session)
            workspace.resume_session_requested.connect(self.open_interview)
            workspace.form.company_saved.connect(lambda cid, _f: self.list_panel.update_company(cid))
            # A benchmark set imported or chosen changes every company's falling-score warning.
            workspace.rokaben.financial.benchmarks_changed.connect(self.read_alerts)
            self.stack.addWidget(workspace)
            self._workspace = workspace
        return self._workspace

    def current_company_id(self) -> str | None:
        """The company shown, or None (the welcome page)."""
        return self._workspace.company_id if self._workspace is not None else None

    # --- the office view and the early warnings -----------------------------------

    def show_office(self, tab: str = "report") -> OfficeWindow:
        """事務所: the yearly report, the companies needing attention, the dashboard."""
        from banso_desktop.ui.office_view import OfficeWindow

        self.flush()
        if self.office is None:
            self.office = OfficeWindow(self.store, self.writer, self)
            self.office.company_chosen.connect(self._office_company)
            # Its reads hold every company's warnings: the badges follow them, unread twice
            # (saved rules, a sync and opening the window all read it again).
            self.office.snapshot_read.connect(self._apply_alerts)
        self.office.show_tab(tab)
        self.office.refresh(date.today())
        self.office.show()
        self.office.raise_()
        self.office.activateWindow()
        return self.office

    def _office_company(self, company_id: str, tab: str) -> None:
        if self.open_company(company_id, tab):
            self.raise_()
            self.activateWindow()

    def read_alerts(self) -> None:
        """Read every company's early warnings off the UI thread, for the list's badges."""
        if self.writer.closed:
            return
        if self._alerts is None:
            from banso_desktop.ui.office_view import OfficeReader

            self._alerts = OfficeReader(self.store.path, self)
            self._alerts.snapshot_ready.connect(self._alerts_read)
        self._alerts_day = date.today()
        self._alerts.refresh(self._alerts_day, dashboard=False)

    def check_day(self) -> bool:
        """A new day since the warnings were read: read them again, with the office
        window's figures when it is open. True when the day had changed."""
        today = date.today()
        if today == self._alerts_day or self.writer.closed:
            return False
        self._alerts_day = today
        if self.office is not None and self.office.isVisible():
            if self._alerts is not None:
                self._alerts.generation += 1  # a read begun yesterday must not land after today's
            self.office.refresh(today)  # its read carries the badges (snapshot_read)
        elif self._alerts is not None:  # before the first read, the start-up read comes
            self.read_alerts()
        return True

    def _alerts_read(self, generation: int, snapshot) -> None:
        if self._alerts is not None and generation == self._alerts.generation:
            self._apply_alerts(snapshot)

    def _apply_alerts(self, snapshot) -> None:
        """Every company's warnings from a full read, on the list's badges."""
        if self.writer.closed:
            return
        from banso_desktop.office.labels import ALERT_NAMES

        names = {kind: QCoreApplication.translate("office", text) for kind, text in ALERT_NAMES.items()}
        self.list_panel.model.set_warnings(
            {cid: [names[a.kind] for a in alerts] for cid, alerts in snapshot.warnings.items()})
        self.alerts_shown = True
        # The read began before any edit made while it ran: those companies are read again.
        company_id = self.current_company_id()
        if company_id is not None and self.stack.currentWidget() is self.workspace:
            self._alerts_dirty.add(company_id)
        self._recheck_company_alerts()

    def _edited_for_alerts(self, _when=None) -> None:
        """A write committed: the open company's (and the interview's) warnings are read
        again once the edits settle."""
        for company_id in (self.current_company_id(), self.interview.company_id if self.interview else None):
            if company_id:
                self._alerts_dirty.add(company_id)
        self._alerts_timer.start()

    def _recheck_company_alerts(self) -> None:
        """The warnings of the companies edited since they were read (figures, sessions and
        施策 change them), on their badges and on the open company's overview."""
        dirty, self._alerts_dirty = self._alerts_dirty, set()
        if self.writer.closed:
            return
        from banso_desktop.office.alerts import load_rules, warnings_for
        from banso_desktop.office.labels import ALERT_NAMES

        rules = load_rules(self.store)
        current = self.current_company_id() if self.stack.currentWidget() is self._workspace else None
        for company_id in dirty:
            alerts = warnings_for(self.store, company_id, date.today(), rules)
            if company_id == current:
                self.workspace.show_alerts(alerts)
            self.list_panel.model.set_company_warnings(
                company_id, [QCoreApplication.translate("office", ALERT_NAMES[a.kind]) for a in alerts])

    def _about(self) -> None:
        from banso_desktop.ui.settings_dialog import AboutDialog

        AboutDialog(self).exec()

    def show_settings(self) -> SettingsDialog:
        """設定: language (next start), interview text size, names, the hub (own dialog)."""
        from banso_desktop.ui.settings_dialog import SettingsDialog

        self.autosave.flush()
        dialog = SettingsDialog(self.store, self.writer, self, hub_settings=self.sync.show_settings)
        dialog.accepted.connect(self._settings_saved)
        dialog.open()
        self.settings_dialog = dialog
        return dialog

    def _settings_saved(self) -> None:
        self.writer.flush()
        self.welcome.refresh()
        self.list_panel.reload_consultants()
        self._office_names_changed()
        if self.interview is not None:
            self.interview.apply_font_size()

    # --- companies ---------------------------------------------------------------

    def _last_company_key(self) -> str:
        return f"lastCompany/{self.store.database_id}"

    def _show_company(self, company_id: str | None, defaults: dict | None = None) -> None:
        if self._alerts_timer.isActive():  # the company being left was edited: its badge now
            self._alerts_timer.stop()
            self._recheck_company_alerts()
        if company_id is None:
            if self._workspace is not None:
                self._workspace.form.load(None)
                self._workspace.company_id = None
            self.welcome.refresh()
            self.stack.setCurrentWidget(self.welcome)
            return
        self.workspace.load(company_id, defaults)
        self.stack.setCurrentWidget(self.workspace)
        if self.remember:
            self.settings.setValue(self._last_company_key(), company_id)

    def _company_selected(self, company_id: str) -> None:
        if company_id != self.current_company_id():
            self._show_company(company_id)

    def open_company(self, company_id: str, tab: str | None = None) -> bool:
        """Select and show a live company (clearing a search that hides it)."""
        if self.store.companies.list_row(company_id) is None:
            return False
        if not self.list_panel.select(company_id):
            self.list_panel.search.clear()
            self.list_panel.consultant_filter.setCurrentIndex(0)
            self.list_panel.refresh()
            self.list_panel.select(company_id, emit=False)
        self._show_company(company_id)
        if tab:
            self.workspace.show_tab(tab)
        return True

    def new_company(self) -> None:
        """Add a company and open it at once, so typing goes to it from the first key.

        Its id is made here; the writer commits the row before any edit of it (writes
        run in order), and the list shows it when the row is there.
        """
        company_id = new_id()
        defaults = {"assigned_consultant_id": self.store.local_consultant_id}

        def created(_company_id: str) -> None:
            self.list_panel.search.clear()
            self.list_panel.refresh()
            if self.current_company_id() == company_id:
                self.list_panel.select(company_id, emit=False)

        # Made through the autosave buffer: kept and made again if the disk is full, so
        # what is typed into the new company is never lost.
        self.autosave.create("company", company_id, lambda store: store.companies.create(company_id=company_id),
                             lambda: created(company_id))
        self._show_company(company_id, defaults)
        self.workspace.show_tab("overview")
        self.workspace.form.rows["name"].editor.setFocus()

    def trash_company(self, company_id: str) -> None:
        self.autosave.flush()
        row = self.list_panel.model.row_of(company_id)
        name = (self.store.companies.get(company_id) or {}).get("name") or self.tr("(no name yet)")

        def trashed(_ok: bool) -> None:
            self.list_panel.refresh()
            count = self.list_panel.model.rowCount()
            if count and row is not None:
                self.open_company(self.list_panel.model.company_id(min(row, count - 1)))
            else:
                self._show_company(None)
            self.statusBar().showMessage(
                self.tr("Moved “%1” to the trash (File → Trash to restore).").replace("%1", name), 8000
            )

        self.writer.submit(lambda store: store.companies.trash(company_id), trashed)

    def trash_dialog(self) -> TrashDialog:
        """The trash, wired so a restored company reappears in the list and opens."""
        from banso_desktop.ui.trash import TrashDialog

        self.autosave.flush()
        dialog = TrashDialog(self.store, self.writer, self)
        dialog.restored.connect(lambda cid: (self.list_panel.refresh(), self.open_company(cid)))
        return dialog

    def show_trash(self) -> None:
        self.trash_dialog().exec()

    def _names_changed(self) -> None:
        self.list_panel.reload_consultants()
        self._office_names_changed()

    def _office_names_changed(self) -> None:
        """A consultant renamed: the office window's 担当 choices and report say the new name."""
        if self.office is not None and self.office.isVisible():
            self.office.refresh(date.today())

    def reload_after_sync(self) -> None:
        """Rows changed underneath the views (a sync pulled them, a conflict was resolved):
        read the list and the open company again; what is being typed stays (autosave)."""
        self.list_panel.reload_consultants()
        self.list_panel.refresh()
        if self.office is not None and self.office.isVisible():
            self.office.refresh()  # the badges follow its read
        elif self._alerts is not None:
            self.read_alerts()
        company_id = self.current_company_id()
        if company_id is None or self.stack.currentWidget() is not self.workspace:
            self.welcome.refresh()
            return
        row = self.store.companies.get(company_id)
        if row is not None and row.get("deleted_at"):
            self._show_company(None)  # deleted on the hub: it is in the trash now
        elif row is not None:
            self.workspace.load(company_id)

    # --- sessions and the interview --------------------------------------------------

    def start_session(self) -> None:
        """Ask for the session's date, place and people, then open interview mode."""
        from banso_desktop.ui.session_dialogs import StartSessionDialog

        company_id = self.current_company_id()
        if company_id is None:
            return
        self.autosave.flush()
        company = self.store.companies.get(company_id) or {}
        self.start_dialog = StartSessionDialog(company, self)
        self.start_dialog.accepted.connect(lambda: self._start(company_id, self.start_dialog.values))
        self.start_dialog.open()

    def _start(self, company_id: str, values: dict) -> None:
        session_id = new_id()
        self.writer.submit(lambda store: store.sessions.start(company_id, session_id=session_id, **values))
        self.writer.flush()  # one small insert; the interview reads the row it opens on
        self.workspace.refresh("sessions")
        self.open_interview(session_id)

    def open_interview(self, session_id: str) -> InterviewWindow | None:
        """Show interview mode for a session (one interview at a time)."""
        from banso_desktop.ui.interview import InterviewWindow

        if self.interview is not None and self.interview.isVisible():
            if self.interview.session_id == session_id:
                self.interview.raise_()
                self.interview.activateWindow()
                return self.interview
            self.interview.close()
        session = self.store.sessions.get(session_id)
        if session is None:
            return None
        if session["status"] != "open":
            # Carrying on with a closed session: it is open again (and reopens after a crash).
            self.writer.submit(lambda store: store.sessions.reopen(session_id))
            self.writer.flush()
            self.workspace.refresh("sessions")
        window = InterviewWindow(self.store, self.writer, self.autosave, session_id, self)
        window.sent.connect(lambda cid, kind: self.workspace.refresh({"rokaben": "rokaben", "design": "design"}.get(kind, "plan"), cid))
        window.session_closed.connect(lambda cid, _sid: [self.workspace.refresh(t, cid) for t in ("sessions", "overview", "plan")])
        self.interview = window
        window.resize(1366, 768)
        window.show()
        window.activateWindow()
        window.editor.setFocus()
        return window

    def _reopen_interview(self) -> None:
        """After a crash (or quitting mid-interview) the interview comes back as it was."""
        session_id = self.store.meta(META_OPEN_INTERVIEW)
        session = self.store.sessions.get(session_id) if session_id else None
        if session is None or session["status"] != "open":
            return
        if self.open_company(session["company_id"], "sessions"):
            self.open_interview(session_id)

    def show_search(self) -> None:
        """Search every company's notes and fields as you type."""
        from banso_desktop.ui.search_dialog import SearchDialog

        if self.search_dialog is None:
            self.search_dialog = SearchDialog(self.store, self)
            self.search_dialog.hit_chosen.connect(self._open_hit)
        self.search_dialog.show()
        self.search_dialog.raise_()
        self.search_dialog.activateWindow()
        self.search_dialog.query.setFocus()
        self.search_dialog.query.selectAll()

    def show_today(self) -> TodayDialog:
        """What is due or overdue, the next visits and referrals waiting, across companies."""
        from banso_desktop.ui.today_view import TodayDialog

        self.flush()
        if getattr(self, "today_dialog", None) is None:
            self.today_dialog = TodayDialog(self.store, self)
            self.today_dialog.company_chosen.connect(lambda cid, tab: self.open_company(cid, tab))
        self.today_dialog.load()
        self.today_dialog.show()
        self.today_dialog.raise_()
        return self.today_dialog

    def _open_hit(self, hit) -> None:
        self.autosave.flush()
        tab = {"company": "overview", "rokaben_text": "rokaben", "design_text": "design", "issue": "plan",
               "action": "plan", "kpi": "plan", "referral": "plan"}.get(hit.source, "sessions")
        if not self.open_company(hit.company_id, tab):
            return
        if tab == "sessions" and hit.session_id:
            self.workspace.sessions.show_session(hit.session_id, hit.row_id if hit.source == "note" else None)
        self.raise_()
        self.activateWindow()

    # --- saving ------------------------------------------------------------------

    def _saved(self, when: datetime) -> None:
        if self.autosave.in_trouble:
            return  # a write went through, but typed text is still waiting: keep saying so
        self.save_label.setStyleSheet("")
        self.save_label.setToolTip("")
        self.save_label.setText(self.tr("Saved %1").replace("%1", when.strftime("%H:%M:%S")))

    def _save_failed(self, message: str) -> None:
        """Typed text could not be saved (it is kept and retried): the headline in the
        status bar, what to do in a banner over the window (no dialog per retry)."""
        from banso_desktop.store.write_errors import headline

        self.save_label.setStyleSheet("color: #8a4b00; font-weight: bold;")  # like the banner: clear, not alarming
        self.save_label.setToolTip(message)
        self.save_label.setText(self.tr("Not saved yet, retrying: %1").replace("%1", headline(message)))
        if getattr(self, "save_banner", None) is None:
            from banso_desktop.ui.save_state import SaveProblemBanner

            self.save_banner = SaveProblemBanner(self.store, self.autosave)
            # Above the window's contents in a layout (a toolbar would show it again after
            # the banner hides itself once everything is saved).
            central = QWidget()
            central.setObjectName("saveProblemArea")
            layout = QVBoxLayout(central)
            layout.setContentsMargins(8, 4, 8, 0)
            layout.setSpacing(4)
            layout.addWidget(self.save_banner)
            layout.addWidget(self.takeCentralWidget(), 1)
            self.setCentralWidget(central)
            self.autosave.recovered.connect(lambda: self._saved(datetime.now()))

    def flush(self) -> None:
        """Commit everything typed so far (used before closing and by tests)."""
        self.autosave.flush()
        self.welcome.flush()
        self.writer.flush()

    # --- settings and closing ----------------------------------------------------

    def _restore_settings(self) -> None:
        geometry = self.settings.value("window/geometry")
        if self.remember and isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        self.list_panel.set_sort(self.settings.value("list/sort", "kana", str))

    def _confirm_unsaved(self) -> bool:
        """After a final try at saving, True when closing loses nothing: everything is
        saved, the person saved the unsaved text to a file, or chose to lose it. By
        default the window stays open (and keeps retrying)."""
        self.flush()
        if not self.autosave.has_unsaved():
            return True
        from banso_desktop.ui.save_state import DISCARD, KEEP, UnsavedTextSaver

        saver = UnsavedTextSaver(self.store, self.autosave, self)
        while self.autosave.has_unsaved():
            answer = saver.ask_before_closing(self.autosave.last_error or "")
            if answer == KEEP:
                return False
            if answer == DISCARD or saver.save_to_file() is not None:
                return True
            self.flush()  # no file written: try the database again, then ask again
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.writer.closed:
            super().closeEvent(event)
            return
        if not self._confirm_unsaved():
            event.ignore()
            return
        if self.interview is not None and self.interview.isVisible():
            self.interview.close_for_restart()
            self.flush()
        if self.remember:
            self.settings.setValue("window/geometry", self.saveGeometry())
            self.settings.setValue("window/splitter", self.splitter.saveState())
            self.settings.setValue("list/sort", self.list_panel.sort.currentData())
            self.settings.sync()
        if self.search_dialog is not None:
            self.search_dialog.searcher.close()
        if self._sync is not None:
            self._sync.shutdown()
        if self.office is not None:
            self.office.shutdown()
            self.office.close()
        if self._alerts is not None:
            self._alerts.close()
        self._alerts_timer.stop()
        self.writer.close()
        self.store.close()
        super().closeEvent(event)
