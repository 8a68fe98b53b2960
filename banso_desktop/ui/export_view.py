"""出力: the owner's documents (行動計画書, ロカベンシート, 経営デザインシート) as PDF —
previewed page by page, saved, printed, or put ready for an e-mail in one click.

What is on screen is what is printed: pending edits are flushed and the company is
read on the UI thread (a few ms); the PDF is laid out on a worker thread (50–200 ms),
so the tab never freezes. Only the answer to the newest request is shown; a result
for another company, document or language that arrives late is dropped.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMargins,
    QObject,
    QPointF,
    QRectF,
    QSettings,
    QSize,
    QStandardPaths,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QDesktopServices,
    QGuiApplication,
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QShortcut,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from banso_desktop import documents
from banso_desktop.documents import KINDS, Content
from banso_desktop.domain.text import UserError
from banso_desktop.i18n import LANGUAGE_NAMES
from banso_desktop.store import Store
from banso_desktop.ui import labels
from banso_desktop.ui.autosave import AutosaveBuffer
from banso_desktop.ui.ops import Writer

log = logging.getLogger(__name__)

MAIL_FOLDER = "Banso送付用"  # under Documents; one name in every language, so files never scatter
PRINT_DPI = 300  # pages are rasterised for the printer at most this fine (A4 at 300 dpi ≈ 35 MB)
ERROR_STYLE = "color: #b3261e;"
GREY = "#5f6368"

Key = tuple[str, str, str]  # company id, document kind, language


def documents_folder() -> Path:
    """The user's Documents folder (home when the system names none)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


@dataclass(frozen=True)
class Rendered:
    """One finished PDF: for whom and in which language, its bytes and file name."""

    key: Key
    data: bytes
    name: str
    missing: str = ""  # characters typed that the font cannot show (they print as a box)


class _PdfThread:
    """The one PDF thread of the app (reportlab's font registry is process-wide): jobs run
    in order. It is a daemon thread, so quitting never waits for a document still being
    laid out — nothing is lost by that, the PDF is only written when the user saves it."""

    def __init__(self) -> None:
        self.jobs: queue.SimpleQueue = queue.SimpleQueue()
        self.thread = threading.Thread(target=self._loop, name="banso-pdf", daemon=True)
        self.thread.start()

    def submit(self, fn, *args) -> None:
        self.jobs.put((fn, args))

    def _loop(self) -> None:
        while True:
            fn, args = self.jobs.get()
            try:
                fn(*args)
            except Exception:  # noqa: BLE001 - the thread must outlive one bad job
                log.exception("a PDF job failed")


_pdf_thread: _PdfThread | None = None
_pdf_thread_lock = threading.Lock()


def _render_pool() -> _PdfThread:
    global _pdf_thread
    with _pdf_thread_lock:
        if _pdf_thread is None:
            _pdf_thread = _PdfThread()
        return _pdf_thread


class Renderer(QObject):
    """Lays documents out on the PDF thread; requests are numbered and a request that
    a newer one has overtaken is skipped before it starts."""

    finished = Signal(int, object, str)  # request number, PDF bytes, suggested file name
    failed = Signal(int, object)  # request number, the exception (rendered on the UI thread)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.latest = 0

    def request(self, kind: str, content: Content, lang: str) -> int:
        self.latest += 1
        number = self.latest
        _render_pool().submit(self._run, number, kind, content, lang)
        return number

    def cancel(self) -> None:
        """Whatever is on its way is no longer wanted."""
        self.latest += 1

    def _run(self, number: int, kind: str, content: Content, lang: str) -> None:
        if number != self.latest:
            return  # overtaken while waiting
        try:
            data = documents.render(kind, content, lang)
            name = documents.suggested_name(kind, content, lang)
        except Exception as exc:
            if not isinstance(exc, UserError):
                log.error("making the %s PDF failed", kind, exc_info=exc)
            self._emit(self.failed, number, exc)
            return
        self._emit(self.finished, number, data, name)

    @staticmethod
    def _emit(signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the tab was closed while the PDF was being made
            pass


def _same(a: Content, b: Content) -> bool:
    try:
        return a == b
    except Exception:  # noqa: BLE001 - an odd value that cannot be compared: render again
        return False


class ExportTab(QWidget):
    """Document list, language and actions on the left; the pages on the right."""

    previewed = Signal(str, str)  # kind, language: a new preview is on screen

    def __init__(self, store: Store, writer: Writer, autosave: AutosaveBuffer,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportTab")
        self.store, self.writer, self.autosave = store, writer, autosave
        self.company_id: str | None = None
        self.ready: Rendered | None = None  # the PDF on screen, what Save and Print use
        self.busy = False
        self._wanted: Key | None = None
        self._request = 0
        self._in_flight: tuple[Key, Content] | None = None
        self._cache: dict[Key, tuple[Content, Rendered]] = {}
        self._then: Callable[[Rendered], None] | None = None  # an action waiting for the PDF
        self._buffer: QBuffer | None = None
        self._shown: Key | None = None
        self._folder: Path | None = None  # the folder the last save went to
        self._render_problem = False  # the message says a PDF could not be made

        # --- left: documents, language, actions ------------------------------------
        self.document_list = QListWidget()
        self.document_list.setObjectName("exportDocuments")
        names = {
            "plan": self.tr("Action plan"),
            "rokaben": self.tr("Local Benchmark sheet"),
            "design": self.tr("Management design sheet"),
        }
        for kind in KINDS:
            item = QListWidgetItem(names[kind])
            item.setData(Qt.ItemDataRole.UserRole, kind)
            self.document_list.addItem(item)
        self.document_list.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.document_list.setCurrentRow(0)
        self.document_list.setFixedHeight(self.document_list.sizeHintForRow(0) * len(KINDS)
                                      + 2 * self.document_list.frameWidth() + 4)
        documents_label = QLabel(self.tr("&Document"))
        documents_label.setBuddy(self.document_list)

        self.japanese = QRadioButton(LANGUAGE_NAMES["ja"])
        self.japanese.setObjectName("exportJapanese")
        self.english = QRadioButton(LANGUAGE_NAMES["en"])
        self.english.setObjectName("exportEnglish")
        self.languages = QButtonGroup(self)
        self.languages.addButton(self.japanese)
        self.languages.addButton(self.english)
        (self.english if labels.language() == "en" else self.japanese).setChecked(True)
        language_row = QHBoxLayout()
        language_row.addWidget(self.japanese)
        language_row.addWidget(self.english)
        language_row.addStretch(1)

        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.save_button.setObjectName("exportSave")
        self.save_button.setToolTip(self._shortcut_tip(self.tr("Save the document as a PDF file"),
                                                        QKeySequence.StandardKey.Save))
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("exportPrint")
        self.print_button.setToolTip(self._shortcut_tip(self.tr("Print the document"),
                                                         QKeySequence.StandardKey.Print))
        self.print_button.clicked.connect(self.print_pdf)
        self.mail_button = QPushButton(self.tr("Save for e-mail"))
        self.mail_button.setObjectName("exportMail")
        self.mail_button.setToolTip(
            self.tr("Saves the PDF into the folder %1 in your Documents, without asking, "
                    "and copies its path to attach it to an e-mail").replace("%1", MAIL_FOLDER))
        self.mail_button.clicked.connect(self.save_for_mail)

        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(documents_label)
        left.addWidget(self.document_list)
        left.addSpacing(8)
        left.addWidget(QLabel(self.tr("Language of the document")))
        left.addLayout(language_row)
        left.addSpacing(8)
        for button in (self.save_button, self.print_button, self.mail_button):
            left.addWidget(button)
        left.addStretch(1)
        left_panel = QWidget()
        left_panel.setLayout(left)
        left_panel.setFixedWidth(250)

        # --- right: what it is, and the pages ------------------------------------------
        self.file_label = QLabel()
        self.file_label.setObjectName("exportFileName")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.file_label.font()
        font.setBold(True)
        self.file_label.setFont(font)
        self.pages_label = QLabel()
        self.pages_label.setObjectName("exportPageCount")
        self.pages_label.setStyleSheet(f"color: {GREY};")
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # indeterminate
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedSize(90, 10)
        self.busy_label = QLabel(self.tr("Making the PDF…"))
        self.busy_label.setObjectName("exportBusy")
        self.busy_label.setStyleSheet(f"color: {GREY};")
        top = QHBoxLayout()
        top.addWidget(self.file_label)
        top.addWidget(self.pages_label)
        top.addStretch(1)
        top.addWidget(self.busy_label)
        top.addWidget(self.busy_bar)

        self.pdf = QPdfDocument(self)
        self.preview = QPdfView()
        self.preview.setObjectName("exportPreview")
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.preview.setPageSpacing(12)
        self.preview.setDocumentMargins(QMargins(12, 12, 12, 12))
        self.preview.setDocument(self.pdf)
        self.placeholder = QLabel()
        self.placeholder.setObjectName("exportPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet(f"color: {GREY}; background: #eceff1;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.preview)

        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addLayout(top)
        right.addWidget(self.stack, 1)

        # --- bottom: one line saying what happened --------------------------------------
        self.message = QLabel()
        self.message.setObjectName("exportMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Room for two lines at all times, so a message never shifts (and re-renders) the pages.
        self.message.setMinimumHeight(2 * self.message.fontMetrics().lineSpacing() + 4)
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.open_folder_button.setObjectName("exportOpenFolder")
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_folder_button.hide()
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.open_folder_button)

        body = QHBoxLayout()
        body.addWidget(left_panel)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)

        self.renderer = Renderer(self)
        self.renderer.finished.connect(self._rendered)
        self.renderer.failed.connect(self._render_failed)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.timeout.connect(self.refresh)
        self.document_list.currentRowChanged.connect(self._choice_changed)
        self.languages.buttonToggled.connect(lambda _b, checked: checked and self._choice_changed())
        # Ctrl+S / Ctrl+P work in the whole window while this tab is on screen (also
        # right after clicking the tab, when the focus is still on the tab bar).
        self._shortcuts = []
        for sequence, action in ((QKeySequence.StandardKey.Save, self.save_pdf),
                                 (QKeySequence.StandardKey.Print, self.print_pdf)):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.setEnabled(False)
            shortcut.activated.connect(action)
            self._shortcuts.append(shortcut)
        self._set_busy(False)
        self._show_placeholder("")

    @staticmethod
    def _shortcut_tip(text: str, key: QKeySequence.StandardKey) -> str:
        sequence = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
        return f"{text} ({sequence})" if sequence else text

    # --- what is wanted -------------------------------------------------------------

    def kind(self) -> str:
        item = self.document_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else KINDS[0]

    def lang(self) -> str:
        return "en" if self.english.isChecked() else "ja"

    def set_document(self, kind: str, lang: str | None = None) -> None:
        """Choose a document (and language), as a click would."""
        if lang is not None:
            (self.english if lang == "en" else self.japanese).setChecked(True)
        self.document_list.setCurrentRow(KINDS.index(kind))

    def page_count(self) -> int:
        return self.pdf.pageCount() if self.ready is not None else 0

    # --- loading and rendering --------------------------------------------------------

    def load(self, company_id: str) -> None:
        """Show a company's documents (the workspace calls this when the tab is shown)."""
        if company_id != self.company_id:
            self._cache.clear()
            self._then = None
            self._drop_in_flight()
            self.ready = self._shown = None  # never another company's pages under this one's name
            self._set_busy(False)
            self._say("")
        self.company_id = company_id
        self._refresh_timer.start(0)

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        for shortcut in self._shortcuts:
            shortcut.setEnabled(False)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        for shortcut in self._shortcuts:
            shortcut.setEnabled(True)
        # Edits made on other tabs since: read again (an unchanged company is not re-rendered).
        if self.company_id is not None:
            self._refresh_timer.start(0)

    def _choice_changed(self, *_args) -> None:
        self._then = None  # a Save pressed for the document before is not for this one
        self._refresh_timer.start(0)

    def refresh(self) -> None:
        """Read the company as it is now (pending edits first) and make its PDF."""
        self._refresh_timer.stop()
        if self.company_id is None:
            return
        key = (self.company_id, self.kind(), self.lang())
        self._wanted = key
        self.autosave.flush()
        self.writer.flush()
        try:
            content = documents.gather(self.store, self.company_id)
        except Exception as exc:
            if not isinstance(exc, UserError):
                log.error("reading the company for its PDF failed", exc_info=exc)
            self._drop_in_flight()
            self._failed(self._could_not_make(exc))
            return
        if self.busy and self._in_flight is not None and self._in_flight[0] == key \
                and _same(self._in_flight[1], content):
            return  # the PDF of exactly this is on its way
        cached = self._cache.get(key)
        if cached is not None and _same(cached[0], content):
            self._drop_in_flight()
            self._set_busy(False)
            self._show(cached[1])
            return
        if self.ready is not None and self.ready.key != key:
            self.ready = None  # Save and Print wait for the PDF of what is chosen now
        self._in_flight = (key, content)
        self._request = self.renderer.request(key[1], content, key[2])
        self._set_busy(True)
        if self._shown is None:
            self._show_placeholder(self.tr("Making the PDF…"))
        # else the pages shown stay (same company) until the new ones replace them

    def _drop_in_flight(self) -> None:
        """Whatever PDF is being made is no longer wanted: its result will be ignored."""
        self.renderer.cancel()
        self._request = -1
        self._in_flight = None

    def _rendered(self, number: int, data: bytes, name: str) -> None:
        if number != self._request or self._in_flight is None:
            return  # overtaken by a newer request
        key, content = self._in_flight
        self._in_flight = None
        self._set_busy(False)
        rendered = Rendered(key, data, name, content.missing_glyphs())
        self._cache[key] = (content, rendered)
        self._show(rendered)

    def _render_failed(self, number: int, exc: Exception) -> None:
        if number != self._request:
            return
        self._in_flight = None
        self._failed(self._could_not_make(exc))

    def _could_not_make(self, exc: BaseException) -> str:
        return self.tr("The PDF could not be made: %1").replace("%1", self._describe(exc))

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self._then = None
        self.ready = None
        self._shown = None
        self.pdf.close()
        self._say(message, error=True)
        self._render_problem = True  # said until a PDF is shown again
        self._show_placeholder(self.tr("No preview"))

    @staticmethod
    def _describe(exc: BaseException) -> str:
        if isinstance(exc, UserError):
            return exc.render(QCoreApplication.translate)
        if isinstance(exc, OSError) and exc.strerror:
            return exc.strerror
        return f"{type(exc).__name__}: {exc}"

    def _show(self, rendered: Rendered) -> None:
        """Put a finished PDF on screen (keeping the scroll position when it is the same
        document again), then run a Save or Print that was waiting for it."""
        if rendered.key != self._wanted:
            return
        same_document = self._shown == rendered.key
        scroll = self.preview.verticalScrollBar().value()
        if self.ready is None or self.ready.data != rendered.data:
            buffer = QBuffer(self)
            buffer.setData(QByteArray(rendered.data))
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.pdf.load(buffer)  # closes the previous document first
            if self._buffer is not None:
                self._buffer.close()
                self._buffer.deleteLater()
            self._buffer = buffer
        if self.pdf.status() != QPdfDocument.Status.Ready or self.pdf.pageCount() == 0:
            self._failed(self.tr("The PDF was made but cannot be shown."))
            return
        self.ready = rendered
        self._shown = rendered.key
        if self._render_problem:
            self._say("")  # the problem is over (a failed save stays said)
        if rendered.missing:
            self._say(self.tr("The document's font has no %1: these characters print as a box. "
                              "Use another character (e.g. 吉 for 𠮷) if it matters.").replace("%1", rendered.missing))
        count = self.pdf.pageCount()
        self.file_label.setText(rendered.name)
        self.pages_label.setText(self.tr("%n page(s)", "", count))
        self.stack.setCurrentWidget(self.preview)
        if same_document:
            self.preview.verticalScrollBar().setValue(scroll)
        else:
            self.preview.pageNavigator().jump(0, QPointF(0, 0), 0)
        self.previewed.emit(rendered.key[1], rendered.key[2])
        then, self._then = self._then, None
        if then is not None:
            then(rendered)

    def _show_placeholder(self, text: str) -> None:
        self.placeholder.setText(text)
        self.file_label.setText("")
        self.pages_label.setText("")
        self.stack.setCurrentWidget(self.placeholder)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_bar.setVisible(busy)
        self.busy_label.setVisible(busy)

    def _say(self, text: str, error: bool = False, folder: Path | None = None) -> None:
        """One line saying what just happened (red for a problem), with "Open folder"
        after a save."""
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self._render_problem = False
        self._folder = folder
        self.open_folder_button.setVisible(folder is not None)

    # --- actions --------------------------------------------------------------------

    def _when_ready(self, action: Callable[[Rendered], None]) -> None:
        """Run ``action`` on the PDF of what is on screen now: the company is read again
        (edits just typed included), and the action runs on the PDF made from exactly
        that — at once when it is already made, else when it is (never on an older one)."""
        if self.company_id is None:
            return
        self._then = action
        self.refresh()

    def save_pdf(self) -> None:
        """保存… (Ctrl+S): choose where, in the folder used last (Documents at first)."""
        self._when_ready(self._save_as)

    def print_pdf(self) -> None:
        """印刷… (Ctrl+P): every page, fitted to A4 in the document's orientation."""
        self._when_ready(self._print)

    def save_for_mail(self) -> None:
        """メール用に保存: straight into Documents/Banso送付用, its path on the clipboard."""
        self._when_ready(self._save_for_mail)

    def _last_folder(self) -> Path:
        folder = QSettings().value("export/folder", "", str)
        return Path(folder) if folder and Path(folder).is_dir() else documents_folder()

    def _save_as(self, rendered: Rendered) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save PDF"), str(self._last_folder() / rendered.name),
            self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        written = self._write(Path(path), rendered)
        if written is not None:
            QSettings().setValue("export/folder", str(written.parent))
            self._say(self.tr("Saved %1").replace("%1", str(written)), folder=written.parent)

    def _save_for_mail(self, rendered: Rendered) -> None:
        folder = documents_folder() / MAIL_FOLDER
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._save_failed(folder, exc)
            return
        written = self._write(folder / rendered.name, rendered)
        if written is None:
            return
        QGuiApplication.clipboard().setText(str(written))
        self._say(self.tr("Saved %1 — the path is on the clipboard, ready to attach to an e-mail.")
                  .replace("%1", str(written)), folder=folder)

    def _write(self, path: Path, rendered: Rendered) -> Path | None:
        """Write the PDF; on failure say why (the PDF stays ready for another folder)."""
        try:
            return documents.write_atomically(path, rendered.data)
        except OSError as exc:
            self._save_failed(path, exc)
            return None

    def _save_failed(self, path: Path, exc: OSError) -> None:
        log.warning("saving %s failed: %s", path, exc)
        self._say(self.tr("Could not save %1: %2. Choose another folder and try again.")
                  .replace("%1", str(path)).replace("%2", self._describe(exc)), error=True)

    def open_folder(self) -> None:
        if self._folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._folder)))

    def _print(self, rendered: Rendered) -> None:
        doc = QPdfDocument(self)
        buffer = QBuffer(doc)
        buffer.setData(QByteArray(rendered.data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        try:
            doc.load(buffer)
            count = doc.pageCount()
            if doc.status() != QPdfDocument.Status.Ready or count == 0:
                self._say(self.tr("The PDF cannot be printed."), error=True)
                return
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(Path(rendered.name).stem)
            printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
            printer.setPageOrientation(_orientation(doc, 0))
            dialog = QPrintDialog(printer, self)
            dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
            dialog.setMinMax(1, count)
            dialog.setFromTo(1, count)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            pages = range(count)
            if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
                pages = range(max(0, printer.fromPage() - 1), min(count, printer.toPage() or count))
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                printed = _paint(printer, doc, pages)
            finally:
                QApplication.restoreOverrideCursor()
            if printed:
                self._say(self.tr("Sent %n page(s) to the printer.", "", len(pages)))
            else:
                self._say(self.tr("The printer could not be started."), error=True)
        finally:
            doc.close()
            doc.deleteLater()


def _orientation(doc: QPdfDocument, page: int) -> QPageLayout.Orientation:
    size = doc.pagePointSize(page)
    return (QPageLayout.Orientation.Landscape if size.width() > size.height()
            else QPageLayout.Orientation.Portrait)


def _paint(printer: QPrinter, doc: QPdfDocument, pages: range) -> bool:
    """Each page rasterised at the printer's resolution (at most PRINT_DPI), centred and
    scaled to fit the printable area with its proportions kept."""
    painter = QPainter()
    for i, page in enumerate(pages):
        orientation = _orientation(doc, page)
        if printer.pageLayout().orientation() != orientation:
            printer.setPageOrientation(orientation)  # before the page it is for
        if i == 0:
            if not painter.begin(printer):
                return False
        elif not printer.newPage():
            painter.end()
            return False
        # The printable area in device pixels; the painter's origin is its top left.
        area = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
        area.moveTo(0, 0)
        points = doc.pagePointSize(page)
        if points.width() <= 0 or points.height() <= 0:
            continue
        scale = min(area.width() / points.width(), area.height() / points.height())  # pixels per point
        pixels = min(scale, min(printer.resolution(), PRINT_DPI) / 72)
        size = QSize(max(1, round(points.width() * pixels)), max(1, round(points.height() * pixels)))
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)  # pages are transparent where nothing is drawn
        onto = QPainter(image)
        onto.drawImage(0, 0, doc.render(page, size))
        onto.end()
        width, height = points.width() * scale, points.height() * scale
        target = QRectF(area.x() + (area.width() - width) / 2, area.y() + (area.height() - height) / 2,
                        width, height)
        painter.drawImage(target, image)
    if painter.isActive():
        painter.end()
    return True
