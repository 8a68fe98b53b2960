"""The owner's documents as PDF: 行動計画書, ロカベンシート and 経営デザインシート (Qt-free).

``gather`` reads a company once; ``render`` lays one document out in ja or en and
returns the PDF's bytes; ``export`` does both and writes the file.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.platypus.doctemplate import LayoutError

from banso_desktop.documents.base import Context, file_name
from banso_desktop.documents.content import Content, DocumentError, gather
from banso_desktop.domain.text import QT_TRANSLATE_NOOP
from banso_desktop.files import write_atomically  # noqa: F401 - callers use documents.write_atomically

KINDS = ("plan", "rokaben", "design")

# The documents' names (context "pdf"), as titles and in file names.
TITLES = {
    "plan": QT_TRANSLATE_NOOP("pdf", "Action plan"),
    "rokaben": QT_TRANSLATE_NOOP("pdf", "Local Benchmark sheet"),
    "design": QT_TRANSLATE_NOOP("pdf", "Management design sheet"),
}

__all__ = ["KINDS", "TITLES", "Content", "DocumentError", "gather", "render", "export", "suggested_name"]


def render(kind: str, content: Content, lang: str = "ja") -> bytes:
    """One document for ``content`` in ``lang`` ('ja' or 'en'), as PDF bytes."""
    ctx = Context.for_language(lang)
    if kind == "plan":
        from banso_desktop.documents.plan import build
    elif kind == "rokaben":
        from banso_desktop.documents.rokaben import build
    elif kind == "design":
        from banso_desktop.documents.design import build
    else:
        raise ValueError(f"unknown document kind {kind!r}")
    try:
        return build(content, ctx)
    except LayoutError:
        # Only an absurdly long unbroken entry (a name of hundreds of characters in a
        # heading row) cannot be laid out on a page: say so instead of a traceback.
        raise DocumentError(QT_TRANSLATE_NOOP(
            "pdf", "The document cannot be laid out: an entry (a name or a title) is too long for a page. "
                   "Shorten it and try again."
        )) from None


def suggested_name(kind: str, content: Content, lang: str = "ja") -> str:
    """行動計画書_株式会社浪速企画_20261121.pdf"""
    ctx = Context.for_language(lang)
    return file_name(ctx.translate("pdf", TITLES[kind]), content.company_name, content.today)


def export(store, kind: str, company_id: str, out: str | Path, lang: str = "ja",
           today: date | None = None) -> Path:
    """Gather, render and write one document; returns the path written."""
    return write_atomically(out, render(kind, gather(store, company_id, today), lang))
