"""The installed Qt binding must not corrupt Python's reference counts."""

import sys

from PySide6.QtWidgets import QLabel


def test_calls_returning_nothing_keep_none_alive(qapp):
    # PySide6 6.12.0 decrements None's count on every void call (setText, setVisible …);
    # on Python 3.11 the process then aborts with "deallocating None" mid-session.
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("伴走")
        label.setVisible(False)
    assert sys.getrefcount(None) >= before - 50
