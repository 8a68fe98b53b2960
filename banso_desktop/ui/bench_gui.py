"""The Qt half of ``banso bench``: each scenario runs in a child process of its own.

    python -m banso_desktop.ui.bench_gui MODE [ARGS…]

``bare``                 a bare PySide6 window (QMainWindow + QListView), started the same way
``start DB``             the app's own start on DB; prints READY at the first paint of the
                         main window (the list filled) and SETTLED once the work deferred
                         after it (the sync status) is done
``typing DB OUT WORDS``  types each word of the JSON list WORDS into the company search and
                         into the search dialog (notes and fields) as an input method commits
                         it (pieces of 1–3 characters), timing each commit until the updated
                         list is painted
``browse DB OUT``        scrolls the whole company list and opens companies; peak memory
``stall DB OUT [CONF]``  types into interview mode for a while with autosave running (and
                         syncs to the hub CONF names, when given) while a lag probe measures
                         how late the event loop runs its timers

Figures go to OUT as JSON; the parent (banso_desktop.bench) times READY/SETTLED itself.
Only this module and its parent know these modes; they are not part of the app.
"""

from __future__ import annotations

import sys
import time


def _ready_on_first_paint(window, app, then=None) -> None:
    """Print READY when ``window`` first paints (and run ``then``), from the event loop."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                print("READY", flush=True)
                QTimer.singleShot(0, then or app.quit)
            return False

    window._bench_filter = FirstPaint(window)
    window.installEventFilter(window._bench_filter)


def bare() -> int:
    from PySide6.QtWidgets import QApplication, QListView, QMainWindow

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.setCentralWidget(QListView())
    window.resize(1280, 800)
    _ready_on_first_paint(window, app)
    window.show()
    return app.exec()


def start(db: str) -> int:
    from pathlib import Path

    from PySide6.QtCore import QTimer

    from banso_desktop.app import _choose_platform, create_application
    from banso_desktop.ui.main_window import MainWindow

    _choose_platform(True)
    app = create_application()
    window = MainWindow(Path(db), remember=False)

    def settled() -> None:
        if window._sync is None:
            QTimer.singleShot(1, settled)
            return
        app.processEvents()
        print("SETTLED", flush=True)
        app.quit()

    _ready_on_first_paint(window, app, settled)
    window.show()
    code = app.exec()
    window.close()
    return code


def _commit(widget, text: str) -> None:
    """What an input method sends when a character is confirmed (変換確定)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _open_window(db: str):
    from pathlib import Path

    from banso_desktop.app import _choose_platform, create_application
    from banso_desktop.ui.main_window import MainWindow

    _choose_platform(True)
    app = create_application()
    window = MainWindow(Path(db), remember=False)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    return app, window


def typing(db: str, out: str, words_file: str) -> int:
    import json

    from PySide6.QtWidgets import QApplication

    import random

    words = json.loads(open(words_file, encoding="utf-8").read())
    rng = random.Random(5)

    def commits(word: str) -> list[str]:
        """The word as an input method confirms it: pieces of 1–3 characters (変換確定)."""
        out, i = [], 0
        while i < len(word):
            n = rng.randint(1, 3)
            out.append(word[i:i + n])
            i += n
        return out

    app, window = _open_window(db)
    panel = window.list_panel
    companies: list[float] = []
    company_rows: list[int] = []
    for word in words["companies"]:
        panel.search.clear()
        app.processEvents()
        panel.search.setFocus()
        for ch in commits(word):
            started = time.perf_counter()
            _commit(panel.search, ch)  # textChanged → the search → the model
            panel.view.viewport().repaint()  # the rows now in view, painted (reads their page)
            companies.append((time.perf_counter() - started) * 1000)
            company_rows.append(panel.model.rowCount())
    started = time.perf_counter()
    panel.search.clear()  # clearing the box lists every company again
    panel.view.viewport().repaint()
    cleared = (time.perf_counter() - started) * 1000

    dialog = None
    window.show_search()
    dialog = window.search_dialog
    notes: list[float] = []
    note_hits: list[int] = []
    shown: dict[str, float] = {}

    def on_shown(generation: int, text: str, hits: list) -> None:
        if generation == dialog.searcher.generation:
            shown[text] = time.perf_counter()

    dialog.searcher.found.connect(on_shown)  # after the dialog's own slot: the list is filled
    for word in words["notes"]:
        dialog.query.clear()
        app.processEvents()
        typed = ""
        for ch in commits(word):
            typed += ch
            shown.pop(typed, None)
            started = time.perf_counter()
            _commit(dialog.query, ch)
            deadline = started + 10
            while typed not in shown and time.perf_counter() < deadline:
                QApplication.processEvents()
                time.sleep(0.0002)
            dialog.results.viewport().repaint()
            notes.append((time.perf_counter() - started) * 1000)
            note_hits.append(dialog.results.count())
    window.close()
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"company_keystrokes_ms": companies, "company_rows": company_rows, "company_clear_ms": cleared,
                   "note_keystrokes_ms": notes, "note_hits": note_hits}, f)
    return 0


def _peak_rss_mb() -> float:
    """This process's peak resident memory. On Linux VmHWM, which starts afresh with the
    program: ru_maxrss would carry over the peak of the process that started it (the
    bench itself, after building the demo file), across fork and exec."""
    import resource

    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / 1024 / 1024  # KiB on Linux, bytes on macOS


def browse(db: str, out: str, open_every: str = "50") -> int:
    import json

    from PySide6.QtCore import QCoreApplication, QEvent

    app, window = _open_window(db)
    panel = window.list_panel
    view = panel.view
    after_start = _peak_rss_mb()
    rows = panel.model.rowCount()
    per_page = max(1, view.viewport().height() // max(1, view.sizeHintForRow(0)))
    started = time.perf_counter()
    for i in range(0, rows, per_page):
        view.scrollTo(panel.model.index(i))
        view.viewport().repaint()
    scroll_s = time.perf_counter() - started
    opens: list[float] = []
    tabs = ("overview", "rokaben", "sessions", "plan", "design")
    for n, i in enumerate(range(0, rows, max(1, int(open_every)))):
        company_id = panel.model.company_id(i)
        started = time.perf_counter()
        window.open_company(company_id, tabs[n % len(tabs)])
        app.processEvents()
        # What the event loop does between a person's clicks: widgets and charts let go
        # of by the last company are deleted (processEvents alone never does).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        opens.append((time.perf_counter() - started) * 1000)
    window.close()
    app.processEvents()
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"rows": rows, "scroll_s": scroll_s, "opened": len(opens), "open_ms": opens,
                   "rss_after_start_mb": after_start, "rss_mb": _peak_rss_mb()}, f)
    return 0


def stall(db: str, out: str, seconds: str = "8", hub_conf: str = "") -> int:
    """Type into interview mode for ``seconds`` while autosave (and sync) run; the lag
    probe is a 5 ms precise timer: how much later than due each tick ran is a stall."""
    import json
    import random

    from PySide6.QtCore import Qt, QTimer

    app, window = _open_window(db)
    if hub_conf:
        _configure_hub(json.loads(open(hub_conf, encoding="utf-8").read()))
    company_id = window.list_panel.model.company_id(0)
    window.open_company(company_id)
    window._start(company_id, {"date": "2026-11-21", "start_time": "10:00", "place_kind": "visit",
                               "attendees": [], "theme": "bench"})
    interview = window.interview
    editor = interview.editor
    app.processEvents()
    rng = random.Random(9)
    text = "常連の法人のお客さんが減ってきている。配達の早さはうちの強み。資金繰りは月末が苦しい。"
    lags: list[float] = []
    state = {"due": 0.0, "pos": 0, "typed": 0, "syncs": 0, "sync_failed": 0}
    probe = QTimer()
    probe.setTimerType(Qt.TimerType.PreciseTimer)
    probe.setInterval(5)

    def tick() -> None:
        now = time.perf_counter()
        if state["due"]:
            lags.append(max(0.0, (now - state["due"]) * 1000))
        state["due"] = now + 0.005

    probe.timeout.connect(tick)

    def type_some() -> None:
        if state["pos"] % 40 == 39:
            interview.finish_note()
        else:
            _commit(editor, text[state["pos"] % len(text)])
            state["typed"] += 1
        state["pos"] += 1
        QTimer.singleShot(rng.randint(40, 120), type_some)

    def sync_again() -> None:
        if not window.sync.running:
            state["syncs"] += 1
            window.sync.sync_now()
        QTimer.singleShot(1500, sync_again)

    probe.start()
    QTimer.singleShot(0, type_some)
    if hub_conf:
        QTimer.singleShot(300, sync_again)
    QTimer.singleShot(int(float(seconds) * 1000), app.quit)
    app.exec()
    probe.stop()
    window.flush()
    if hub_conf and window.sync.dialog is not None:
        window.sync.dialog.close()
    window.close()
    lags.sort()
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"ticks": len(lags), "typed": state["typed"], "syncs": state["syncs"],
                   "max_stall_ms": lags[-1] if lags else None,
                   "p99_stall_ms": lags[int(0.99 * (len(lags) - 1))] if lags else None,
                   "over_50ms": sum(1 for v in lags if v > 50)}, f)
    return 0


def _configure_hub(conf: dict) -> None:
    """Point this (bench-only) process at the hub, its password in a keyring in memory."""
    import keyring
    import keyring.backend

    from banso_desktop.sync import credentials
    from banso_desktop.ui.sync_view import HubSettings

    class MemoryKeyring(keyring.backend.KeyringBackend):
        priority = 1
        passwords: dict = {}

        def get_password(self, service, username):
            return self.passwords.get((service, username))

        def set_password(self, service, username, password):
            self.passwords[(service, username)] = password

        def delete_password(self, service, username):
            self.passwords.pop((service, username), None)

    keyring.set_keyring(MemoryKeyring())
    settings = HubSettings(host=conf["host"], port=conf["port"], database=conf["database"], user=conf["user"],
                           sslmode="prefer")
    settings.save()
    credentials.save_password(settings.dsn(), conf["user"], conf["password"])


MODES = {"bare": bare, "start": start, "typing": typing, "browse": browse, "stall": stall}

if __name__ == "__main__":
    raise SystemExit(MODES[sys.argv[1]](*sys.argv[2:]))
