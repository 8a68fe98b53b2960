"""Display names for the domain's codes in the interface language, through Qt's translator.

The names themselves live in :mod:`banso_desktop.labels` (Qt-free, shared with the CLI
and the PDFs); this module binds them to the running application.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from banso_desktop.labels import Labels


def language() -> str:
    """The interface language chosen at start-up ('ja' or 'en')."""
    app = QCoreApplication.instance()
    lang = app.property("banso_language") if app else None
    return lang if lang in ("ja", "en") else "ja"


class _AppLabels(Labels):
    @property
    def lang(self) -> str:
        return language()


_labels = _AppLabels(QCoreApplication.translate)

place_kind = _labels.place_kind
note_kind = _labels.note_kind
stage = _labels.stage
wall = _labels.wall
issue_side = _labels.issue_side
attendee_role = _labels.attendee_role
scale = _labels.scale
long_date = _labels.long_date
short_date = _labels.short_date
fiscal_period = _labels.fiscal_period
indicator = _labels.indicator
self_reliance_item = _labels.self_reliance_item
action_role = _labels.action_role
action_status = _labels.action_status
issue_status = _labels.issue_status
session_status = _labels.session_status
wall_key = _labels.wall_key
