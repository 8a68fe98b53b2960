"""``banso export``: the owner's PDFs (行動計画書, ロカベンシート, 経営デザインシート) without the GUI."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable

from banso_desktop.cli_plan import _today
from banso_desktop.domain.text import QT_TRANSLATE_NOOP, UserError

Translate = Callable[[str, str], str]


class ExportError(UserError):
    context = "cli"


def run_export(args, translate: Translate, open_store) -> int:
    from banso_desktop import documents

    today = _today(args.today)
    out = Path(args.out)
    if out.is_dir():
        raise ExportError(QT_TRANSLATE_NOOP("cli", "{path} is a folder: give the PDF's file name."), path=out)
    if not out.parent.is_dir():
        raise ExportError(QT_TRANSLATE_NOOP("cli", "The folder {path} does not exist."), path=out.parent)
    store = open_store(args.db, create=False)
    try:
        content = documents.gather(store, args.company, today)
    finally:
        store.close()
    data = documents.render(args.kind, content, args.lang)
    try:
        documents.write_atomically(out, data)
    except OSError as exc:
        raise ExportError(
            QT_TRANSLATE_NOOP("cli", "Cannot write {path}: {reason}"), path=out, reason=exc.strerror or str(exc)
        ) from None
    print(translate("cli", "Wrote {path} ({size:,} bytes).").format(path=out, size=len(data)))
    missing = content.missing_glyphs()
    if missing:
        sys.stderr.write(translate(
            "cli", "Note: the document's font has no {chars}; they print as a box. Use another character "
                   "(e.g. 吉 for 𠮷) if it matters."
        ).format(chars=" ".join(missing)) + "\n")
    return 0
