"""出力 tab: real companies, real PDFs — the preview's pages, switching documents and
language, 保存…, メール用に保存, 印刷… into a PDF printer, failures said in the tab,
and the layout done on the PDF thread while the UI keeps running."""

from __future__ import annotations

import errno
import os
import subprocess
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QLineEdit

from banso_desktop import documents
from banso_desktop.demo import create_demo
from banso_desktop.documents import DocumentError
from banso_desktop.domain.text import QT_TRANSLATE_NOOP
from banso_desktop.store import open_store
from banso_desktop.ui import export_view
from tests.helpers import SHARED_DATA
from tests.ui.typing import ime_type


def pdf_pages(path_or_bytes) -> int:
    info = subprocess.run(["pdfinfo", "-"] if isinstance(path_or_bytes, bytes) else ["pdfinfo", str(path_or_bytes)],
                          input=path_or_bytes if isinstance(path_or_bytes, bytes) else None,
                          capture_output=True, check=True).stdout.decode()
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.fixture
def companies(db_path):
    """Three demo companies with their history, plan and design sheets, and the METI
    benchmarks where this checkout has them (without, the documents print values only)."""
    store = open_store(db_path)
    create_demo(store, companies=3)
    meti = SHARED_DATA / "rokaben_benchmarks.csv"
    if meti.exists():
        store.benchmarks.import_file(meti)
    found = [(c.id, store.companies.get(c.id)["name"]) for c in store.companies.search()]
    store.close()
    return found


def expected(db_path, company_id, kind, lang="ja"):
    """What the tab should show: the same documents made directly, without the GUI."""
    store = open_store(db_path)
    try:
        content = documents.gather(store, company_id)
    finally:
        store.close()
    data = documents.render(kind, content, lang)
    return pdf_pages(data), documents.suggested_name(kind, content, lang)


def showing(tab, kind, lang="ja"):
    return tab.ready is not None and not tab.busy and tab.ready.key[1:] == (kind, lang)


@pytest.fixture
def export_tab(qtbot, open_window, db_path, companies):
    """A window on the demo file with the first company's 出力 tab open and rendered."""
    window = open_window(db_path)
    window.resize(1366, 768)
    company_id, _name = companies[0]
    window.open_company(company_id, "export")
    tab = window.workspace.export
    qtbot.waitUntil(lambda: showing(tab, "plan"), timeout=10000)
    return window, tab


def test_preview_shows_every_page_and_follows_the_choice(qtbot, db_path, companies, export_tab):
    _window, tab = export_tab
    company_id, name = companies[0]
    pages, file_name = expected(db_path, company_id, "plan")
    assert tab.page_count() == pages
    assert tab.stack.currentWidget() is tab.preview
    assert str(pages) in tab.pages_label.text()
    assert tab.file_label.text() == file_name
    assert name in file_name
    assert tab.message.text() == ""

    # Another document, chosen with the arrow keys from the list.
    tab.document_list.setFocus()
    qtbot.keyClick(tab.document_list, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: showing(tab, "rokaben"), timeout=10000)
    pages, file_name = expected(db_path, company_id, "rokaben")
    assert (tab.page_count(), tab.file_label.text()) == (pages, file_name)
    rokaben_pdf = tab.ready.data

    # In English.
    qtbot.keyClick(tab.document_list, Qt.Key.Key_Down)
    tab.english.click()
    qtbot.waitUntil(lambda: showing(tab, "design", "en"), timeout=10000)
    pages, file_name = expected(db_path, company_id, "design", "en")
    assert (tab.page_count(), tab.file_label.text()) == (pages, file_name)
    assert file_name.startswith("Management design sheet_")

    # Back to a document already made: unchanged data is not laid out again.
    with qtbot.assertNotEmitted(tab.renderer.finished, wait=100):
        tab.set_document("rokaben", "ja")
        qtbot.waitUntil(lambda: showing(tab, "rokaben"), timeout=2000)
    assert tab.ready.data == rokaben_pdf


def test_what_was_just_typed_is_in_the_pdf(qtbot, export_tab):
    """Edits not yet autosaved are flushed before the company is read."""
    window, tab = export_tab
    window.workspace.show_tab("overview")
    editor = window.workspace.form.findChild(QLineEdit, "field_name")
    editor.selectAll()
    ime_type(editor, "株式会社みなと精工")
    assert window.autosave.has_unsaved()
    window.workspace.show_tab("export")
    qtbot.waitUntil(lambda: showing(tab, "plan") and "みなと精工" in tab.ready.name, timeout=10000)
    assert "みなと精工" in tab.file_label.text()


def test_save_writes_the_pdf_where_chosen_and_remembers_the_folder(qtbot, tmp_path, monkeypatch, companies,
                                                                   export_tab):
    _window, tab = export_tab
    _company_id, name = companies[0]
    chosen = tmp_path / "out"
    chosen.mkdir()
    asked = []

    def get_save_file_name(parent, caption, directory, filter):
        asked.append(directory)
        return str(chosen / "計画書"), filter  # no suffix typed: .pdf is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
    tab.document_list.setFocus()
    qtbot.keyClick(tab.document_list, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = chosen / "計画書.pdf"
    assert saved.exists()
    assert Path(asked[0]).name == tab.ready.name
    assert pdf_pages(saved) == tab.page_count()
    assert name in pdf_text(saved)
    assert str(saved) in tab.message.text()
    assert tab.open_folder_button.isVisible()

    # The next Save starts in that folder.
    tab.save_button.click()
    assert Path(asked[1]).parent == chosen


def test_save_for_email_puts_the_file_in_the_outbox_and_its_path_on_the_clipboard(qtbot, tmp_path, monkeypatch,
                                                                                  companies, export_tab):
    _window, tab = export_tab
    _company_id, name = companies[0]
    monkeypatch.setattr(export_view, "documents_folder", lambda: tmp_path / "Documents")
    tab.set_document("design")
    tab.mail_button.click()  # pressed while the design sheet is still being made: saved once it is
    qtbot.waitUntil(lambda: tab.open_folder_button.isVisible(), timeout=10000)
    outbox = tmp_path / "Documents" / "Banso送付用"
    saved = outbox / tab.ready.name
    assert [p.name for p in outbox.iterdir()] == [saved.name]
    assert saved.name.startswith("経営デザインシート_")
    assert name in pdf_text(saved)
    assert QGuiApplication.clipboard().text() == str(saved)
    assert str(saved) in tab.message.text()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())))
    tab.open_folder_button.click()
    assert opened == [str(outbox)]


def test_print_paints_every_page_in_the_documents_orientation(qtbot, tmp_path, monkeypatch, db_path, companies,
                                                             export_tab):
    _window, tab = export_tab
    out = tmp_path / "printed.pdf"

    def accept(dialog):
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    for kind in ("rokaben", "plan"):
        tab.set_document(kind)
        qtbot.waitUntil(lambda kind=kind: showing(tab, kind), timeout=10000)
        tab.document_list.setFocus()
        qtbot.keyClick(tab.document_list, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        assert out.exists(), tab.message.text()
        assert pdf_pages(out) == tab.page_count() == expected(db_path, companies[0][0], kind)[0]
        source = subprocess.run(["pdfinfo", "-"], input=tab.ready.data, capture_output=True, check=True).stdout
        landscape = b"841.89 x 595.276" in source
        info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
        width, height = (float(x) for x in info.split("Page size:")[1].split()[0:3:2])
        assert (width > height) == landscape, kind
        assert "page" in tab.message.text() or "ページ" in tab.message.text()
        out.unlink()


@pytest.mark.parametrize("failure", ["read-only folder", "disk full"])
def test_a_failed_save_is_said_and_the_pdf_kept_for_another_folder(qtbot, tmp_path, monkeypatch, export_tab,
                                                                   failure):
    _window, tab = export_tab
    locked = tmp_path / "locked"
    locked.mkdir()
    original_write = documents.write_atomically
    if failure == "read-only folder":
        locked.chmod(0o555)
        if os.geteuid() == 0:  # root writes anywhere: fail as the OS would for a user
            def refuse(path, data):
                if Path(path).parent == locked:
                    raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
                return original_write(path, data)
            monkeypatch.setattr(documents, "write_atomically", refuse)
    else:
        def full(path, data):
            if Path(path).parent == locked:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return original_write(path, data)
        monkeypatch.setattr(documents, "write_atomically", full)
    target = [locked / "plan.pdf"]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target[0]), "")))
    made = tab.ready
    try:
        tab.save_button.click()
    finally:
        locked.chmod(0o755)
    assert str(locked / "plan.pdf") in tab.message.text()
    assert tab.message.styleSheet()  # shown as a problem
    assert not tab.open_folder_button.isVisible()
    assert not list(locked.iterdir())  # no half-written file
    assert tab.ready is made

    # Another folder: the same PDF, not made again.
    target[0] = tmp_path / "plan.pdf"
    with qtbot.assertNotEmitted(tab.renderer.finished, wait=50):
        tab.save_button.click()
    assert (tmp_path / "plan.pdf").read_bytes() == made.data
    assert str(tmp_path / "plan.pdf") in tab.message.text()


def test_an_outbox_that_cannot_be_made_is_said(qtbot, tmp_path, monkeypatch, export_tab):
    _window, tab = export_tab
    blocker = tmp_path / "Documents"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setattr(export_view, "documents_folder", lambda: blocker)
    tab.mail_button.click()
    assert "Banso送付用" in tab.message.text()
    assert tab.message.styleSheet()
    assert tab.ready is not None


def test_a_document_that_cannot_be_made_is_said_in_the_tab(qtbot, monkeypatch, export_tab):
    _window, tab = export_tab
    original = documents.render

    def broken(kind, content, lang="ja"):
        if kind == "design":
            raise DocumentError(QT_TRANSLATE_NOOP("pdf", "There is no company with the id {id}."), id="x")
        if kind == "rokaben":
            raise ImportError("cannot import name 'build'")
        return original(kind, content, lang)

    monkeypatch.setattr(documents, "render", broken)
    tab.set_document("design")
    qtbot.waitUntil(lambda: not tab.busy and tab.message.text() != "", timeout=10000)
    assert "x" in tab.message.text()
    assert tab.ready is None and tab.stack.currentWidget() is tab.placeholder
    tab.set_document("rokaben")
    qtbot.waitUntil(lambda: "ImportError" in tab.message.text(), timeout=10000)
    # Save does nothing but say it again: no dialog for a PDF that does not exist.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: pytest.fail("no dialog")))
    tab.save_button.click()
    qtbot.waitUntil(lambda: not tab.busy, timeout=10000)
    tab.set_document("plan")
    qtbot.waitUntil(lambda: showing(tab, "plan"), timeout=10000)
    assert tab.message.text() == ""


def test_layout_runs_on_the_pdf_thread_and_only_the_newest_request_is_shown(qtbot, monkeypatch, db_path, companies,
                                                                           export_tab):
    window, tab = export_tab
    original = documents.render
    threads = []

    def slow(kind, content, lang="ja"):
        threads.append(threading.current_thread())
        time.sleep(0.4)
        return original(kind, content, lang)

    monkeypatch.setattr(documents, "render", slow)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(10)
    shown = []
    tab.previewed.connect(lambda kind, lang: shown.append(kind))

    tab.set_document("rokaben")
    qtbot.waitUntil(lambda: tab.busy, timeout=2000)
    assert tab.busy_label.isVisible()
    tab.set_document("design")  # before the Local Benchmark sheet is done
    qtbot.waitUntil(lambda: showing(tab, "design"), timeout=10000)
    timer.stop()
    assert shown == ["design"]  # the overtaken sheet never appeared
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert all(t.name.startswith("banso-pdf") and t.daemon for t in threads)  # quitting never waits for it
    assert len(ticks) >= 20  # the event loop kept running during 0.4–0.8 s of layout
    assert not tab.busy_label.isVisible()

    # Another company chosen while the first one's sheet is being made: only the new one shows.
    other_id, other_name = companies[1]
    shown.clear()
    tab.set_document("plan", "en")  # not made yet for this company
    qtbot.waitUntil(lambda: tab.busy, timeout=2000)
    window.open_company(other_id, "export")
    qtbot.waitUntil(lambda: showing(tab, "plan", "en") and tab.ready.key[0] == other_id, timeout=10000)
    qtbot.wait(500)  # long enough for the first company's plan to have arrived, had it been kept
    assert shown == ["plan"] and tab.ready.key[0] == other_id
    assert other_name in tab.file_label.text()
    assert tab.file_label.text() == expected(db_path, other_id, "plan", "en")[1]


def test_save_pressed_while_a_newer_pdf_is_being_made_waits_for_it(qtbot, tmp_path, monkeypatch, companies,
                                                                   export_tab):
    window, tab = export_tab
    company_id, old_name = companies[0]
    original = documents.render

    def slow(kind, content, lang="ja"):
        time.sleep(0.5)
        return original(kind, content, lang)

    monkeypatch.setattr(documents, "render", slow)
    tab.store.companies.update(company_id, {"name": "株式会社あたらしい名前"})  # an edit made elsewhere
    tab.refresh()  # what showing the tab again does
    assert tab.busy
    out = tmp_path / "saved.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    tab.save_button.click()  # Ctrl+S at once, while the new PDF is still being made
    qtbot.waitUntil(out.exists, timeout=10000)
    text = pdf_text(out)
    assert "あたらしい名前" in text and old_name not in text


def test_ctrl_s_works_right_after_clicking_the_tab_and_not_on_other_tabs(qtbot, tmp_path, monkeypatch, export_tab):
    window, tab = export_tab
    saved = []
    monkeypatch.setattr(tab, "save_pdf", lambda: saved.append(True))
    tab._shortcuts[0].activated.disconnect()
    tab._shortcuts[0].activated.connect(tab.save_pdf)
    window.activateWindow()
    bar = window.workspace.tabs.tabBar()  # where the focus is after clicking the 出力 tab
    bar.setFocus()
    qtbot.keyClick(bar, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved == [True]
    window.workspace.show_tab("plan")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved == [True]  # the plan tab has no Save: nothing happens there
