"""The real main window in a child process, driven line by line, for faults that need
their own process: a full file system in a private mount namespace, a file-size limit
(RLIMIT_FSIZE), an unprivileged user.

    python -m tests.reliability.fault_child DB

Reads one JSON command per line on stdin and answers each with one JSON line on
stdout (see ``Driver.run``). Typing goes through the input method as a Japanese IME
commits it (tests/ui/typing.py). Exceptions of the app itself are printed by Python
or Qt on stderr as usual, for the test to look for.
"""

from __future__ import annotations

import json
import os
import queue
import resource
import signal
import sys
import threading
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402

class Driver:
    def __init__(self, app, db: Path) -> None:
        from banso_desktop.ui.main_window import MainWindow

        self.app = app
        self.window = MainWindow(db, remember=False)
        self.window.show()

    @property
    def interview(self):
        return self.window.interview

    def run(self, command: dict) -> dict:
        from tests.ui.typing import ime_type

        cmd = command["cmd"]
        window = self.window
        if cmd == "open_company":
            window.open_company(command["id"])
        elif cmd == "type_field":  # at the end of what the field holds
            editor = window.workspace.form.rows[command["field"]].editor
            if command.get("replace"):
                editor.clear()
            if hasattr(editor, "moveCursor"):
                editor.moveCursor(editor.textCursor().MoveOperation.End)
            else:
                editor.end(False)
            for chunk in chunks(command["text"]):
                ime_type(editor, chunk)
        elif cmd == "start_interview":
            window.open_company(command["company"])
            window._start(command["company"], {"date": "2026-11-21", "start_time": "10:00", "place_kind": "visit",
                                               "attendees": [], "theme": "fault test"})
        elif cmd == "note":  # typed into interview mode; Enter at the end when asked
            for chunk in chunks(command["text"]):
                ime_type(self.interview.editor, chunk)
            if command.get("enter"):
                self.interview.finish_note()
        elif cmd == "checkpoint":  # the WAL copied into the file and cut to nothing
            result = []
            window.writer.submit(lambda s: s.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone(),
                                 result.append, result.append)
            window.writer.flush()
            return {"result": list(result[0]) if result and isinstance(result[0], tuple) else result}
        elif cmd == "fsize":  # this process may write files up to this size (None: no limit)
            limit = command["limit"]
            resource.setrlimit(resource.RLIMIT_FSIZE,
                               (resource.RLIM_INFINITY if limit is None else limit, resource.RLIM_INFINITY))
        elif cmd == "flush":
            window.autosave.flush()
        elif cmd == "screenshot":
            widget = self.interview if command.get("which") == "interview" else window
            widget.grab().save(command["path"])
        elif cmd == "close":
            from banso_desktop.ui.save_state import UnsavedTextSaver

            asked = []
            UnsavedTextSaver.ask_before_closing = lambda _s, reason: asked.append(reason) or command["answer"]
            UnsavedTextSaver.choose_path = lambda _s: Path(command["path"]) if command.get("path") else None
            closed = window.close()
            return {"closed": closed, "asked": asked}
        elif cmd == "quit":
            self.app.quit()
        elif cmd != "state":
            raise ValueError(f"unknown command {cmd}")
        return self.state()

    def state(self) -> dict:
        window = self.window
        state = {
            "save_label": window.save_label.text(),
            "banner": banner(getattr(window, "save_banner", None)),
            "has_unsaved": window.autosave.has_unsaved(),
            "in_trouble": window.autosave.in_trouble,
            "last_error": window.autosave.last_error,
            "unsaved": [[u.table, u.row_id, u.field, u.text] for u in window.autosave.unsaved()],
        }
        if window._workspace is not None and window.current_company_id():
            state["company_id"] = window.current_company_id()
            state["fields"] = {f: row.text() for f, row in window.workspace.form.rows.items()
                               if f in ("name", "memo", "representative_name", "address")}
        interview = self.interview
        if interview is not None:
            state["interview"] = {
                "session_id": interview.session_id,
                "editor": interview.editor.toPlainText(),
                "notes": [[n["id"], n["body"]] for n in interview.notes],
                "banner": banner(interview.save_banner),
            }
        return state


def banner(widget) -> dict | None:
    if widget is None:
        return None
    return {"visible": widget.isVisible(), "headline": widget.headline.text(), "advice": widget.advice.text()}


def chunks(text: str):
    """As an IME commits: a few characters at a time."""
    for start in range(0, len(text), 3):
        yield text[start:start + 3]


def main(db: str) -> None:
    from banso_desktop.app import create_application

    # A write past RLIMIT_FSIZE fails with EFBIG instead of killing the process.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    app = create_application("ja")
    driver = Driver(app, Path(db))
    # The reader thread only fills a queue: it never touches Qt (it may still be reading
    # while the interpreter shuts down); the UI thread takes the lines from it.
    waiting: queue.SimpleQueue = queue.SimpleQueue()

    def handle() -> None:
        while not waiting.empty():
            line = waiting.get()
            try:
                reply = driver.run(json.loads(line))
            except Exception:  # noqa: BLE001 - a mistake of the test's, told to the test
                reply = {"harness_error": traceback.format_exc()}
            sys.stdout.write(json.dumps(reply, ensure_ascii=False) + "\n")
            sys.stdout.flush()

    def read() -> None:
        for line in sys.stdin:
            if line.strip():
                waiting.put(line)
        waiting.put(json.dumps({"cmd": "quit"}))

    threading.Thread(target=read, daemon=True).start()
    poll = QTimer()
    poll.timeout.connect(handle)
    poll.start(25)
    print(json.dumps({"ready": True}), flush=True)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1])
