"""A consultant typing into interview mode, run as a child process that the test kills.

    python -m tests.reliability.typist DB COMPANY_ID LOG SEED

Opens the real main window (offscreen) on DB, starts or reopens an interview for the
company, and types notes through the input method: chunks of 1–4 characters, as an
IME commits them, every 40–120 ms, with Enter after some 20–60 characters. Before each
chunk reaches the editor, one line ``<time.time()>\\t<note number>\\t<text so far>``
is appended to LOG (flushed, so a kill -9 cannot lose it: the kernel keeps it).
Prints READY once the first character has been typed.
"""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TEXT = (
    "常連の法人のお客さんが減ってきている。担当者が辞めてからだと思う。配達の早さはうちの強み。"
    "仕入れ先は三社で、価格交渉は社長がしている。売上の三割を占める取引先がある。"
    "ＡＢＣ商事との取引は十年以上続いている。資金繰りは月末が苦しい。後継者は長男を考えている。"
)


def main(db: str, company_id: str, log_path: str, seed: str) -> None:
    from PySide6.QtCore import QTimer

    from banso_desktop.app import create_application
    from banso_desktop.ui.main_window import MainWindow
    from tests.ui.typing import ime_type

    rng = random.Random(int(seed))
    app = create_application("ja")
    window = MainWindow(Path(db), remember=False)
    window.show()
    interview = window.interview  # reopened after an earlier kill
    if interview is None:
        window.open_company(company_id)
        window._start(company_id, {"date": "2026-11-21", "start_time": "10:00", "place_kind": "visit",
                                   "attendees": [], "theme": "kill test"})
        interview = window.interview
    log = open(log_path, "a", encoding="utf-8")
    # A note restored into the editor after the last kill is typed on; it is the last one.
    note = len(interview.notes) - (1 if interview.current is not None else 0)
    state = {"pos": rng.randrange(len(TEXT)), "note": note, "typed": interview.editor.toPlainText(),
             "until_enter": rng.randint(20, 60), "ready": False}
    memo = window.workspace.form.rows["memo"].editor
    memo_text = {"typed": memo.toPlainText()}

    def edit_memo() -> None:
        chunk = TEXT[state["pos"] % len(TEXT)]
        state["pos"] += 1
        memo_text["typed"] += chunk
        log.write(f"{time.time():.4f}\tmemo\t{memo_text['typed']}\n")
        log.flush()
        cursor = memo.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        memo.setTextCursor(cursor)
        ime_type(memo, chunk)

    def tick() -> None:
        if state["ready"] and rng.random() < 0.2:
            edit_memo()
        elif state["until_enter"] <= 0 and state["typed"]:
            interview.finish_note()
            state.update(note=state["note"] + 1, typed="", until_enter=rng.randint(20, 60))
        else:
            n = rng.randint(1, 4)
            chunk = "".join(TEXT[(state["pos"] + i) % len(TEXT)] for i in range(n))
            state["pos"] += n
            state["until_enter"] -= n
            state["typed"] += chunk
            log.write(f"{time.time():.4f}\t{state['note']}\t{state['typed']}\n")
            log.flush()
            ime_type(interview.editor, chunk)
            if not state["ready"]:
                state["ready"] = True
                print("READY", flush=True)
        QTimer.singleShot(rng.randint(40, 120), tick)

    QTimer.singleShot(0, tick)
    app.exec()


if __name__ == "__main__":
    main(*sys.argv[1:5])
