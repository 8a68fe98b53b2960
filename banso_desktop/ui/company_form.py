"""The 概要 tab: the company's details, saved as they are typed.

Each edit is checked at once (a reason appears under the field) and saved within
half a second through the window's :class:`AutosaveBuffer`; there is no Save button.
Text that cannot be stored yet (a wrong check digit, "abc" as 従業員数) is kept as a
draft with the company, so it comes back with its reason when the company reopens.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from banso_desktop.data import industries
from banso_desktop.domain.company import clean_company_field, show_company_field
from banso_desktop.domain.japanese import format_amount, wareki_year_label, yen_to_thousands
from banso_desktop.domain.text import InputError
from banso_desktop.store import Store
from banso_desktop.ui import labels
from banso_desktop.ui.autosave import AutosaveBuffer, Edit

class FieldRow(QWidget):
    """One editor with the line under it for its problem (red) or a hint (grey)."""

    edited = Signal(str)  # field name

    def __init__(self, field: str, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.editor = editor
        editor.setObjectName(f"field_{field}")
        self.message = QLabel()
        self.message.setObjectName(f"message_{field}")
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.message)
        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(lambda _t: self.edited.emit(field))
        elif isinstance(editor, QComboBox):
            editor.activated.connect(lambda _i: self.edited.emit(field))
        elif isinstance(editor, QPlainTextEdit):
            editor.textChanged.connect(self._plain_changed)
        self._loading = False

    def _plain_changed(self) -> None:
        if not self._loading:
            self.edited.emit(self.field)

    def text(self) -> str:
        e = self.editor
        if isinstance(e, QLineEdit):
            return e.text()
        if isinstance(e, QComboBox):
            data = e.currentData()
            return "" if data is None else str(data)
        return e.toPlainText()

    def set_text(self, text: str) -> None:
        """Show a value without it counting as an edit."""
        self._loading = True
        e = self.editor
        if isinstance(e, QLineEdit):
            e.setText(text)
            e.setCursorPosition(0)
        elif isinstance(e, QComboBox):
            i = e.findData(text or None)
            e.setCurrentIndex(i if i >= 0 else 0)
        else:
            e.setPlainText(text)
        self._loading = False

    def show_problem(self, text: str | None) -> None:
        """A reason the typed text cannot be stored (red), or None to clear it."""
        self._show(text, problem=bool(text))

    def show_hint(self, text: str | None) -> None:
        """A quiet note on what was understood (grey), e.g. 昭和50年 for 1975."""
        self._show(text, problem=False)

    def has_problem(self) -> bool:
        return bool(self.message.property("problem"))

    def _show(self, text: str | None, problem: bool) -> None:
        self.message.setProperty("problem", problem)
        self.message.setStyleSheet("color: #b3261e;" if problem else "color: #5f6368;")
        self.message.setText(text or "")
        self.message.setVisible(bool(text))


class CompanyForm(QScrollArea):
    """Edits one company; every change goes to the window's autosave buffer."""

    company_saved = Signal(str, list)  # company id, fields saved (for the list to refresh)

    def __init__(self, store: Store, autosave: AutosaveBuffer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.autosave = autosave
        autosave.register("company", lambda s, row_id, changes: s.companies.update(row_id, changes))
        autosave.saved.connect(self._saved)
        self.company_id: str | None = None
        self._stored: dict[str, Any] = {}
        self.rows: dict[str, FieldRow] = {}
        self._build()

    # --- layout ------------------------------------------------------------------

    def _line(self, field: str, placeholder: str = "") -> FieldRow:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        return self._row(field, edit)

    def _combo(self, field: str, items: list[tuple[str, Any]]) -> FieldRow:
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(16)
        for text, data in items:
            combo.addItem(text, data)
        return self._row(field, combo)

    def _row(self, field: str, editor: QWidget) -> FieldRow:
        row = FieldRow(field, editor)
        row.edited.connect(self._edited)
        self.rows[field] = row
        return row

    def _build(self) -> None:
        body = QWidget()
        outer = QVBoxLayout(body)
        outer.setContentsMargins(16, 12, 16, 16)

        basic = QGroupBox(self.tr("Company"))
        form = QFormLayout(basic)
        form.addRow(self.tr("Company name *"), self._line("name", self.tr("e.g. 株式会社山田製作所")))
        form.addRow(self.tr("Reading (katakana)"), self._line("name_kana", self.tr("e.g. ヤマダセイサクショ")))
        form.addRow(self.tr("Corporate number"), self._line("corporate_number", self.tr("13 digits")))
        form.addRow(self.tr("Representative's title"), self._line("representative_title", self.tr("e.g. 代表取締役")))
        form.addRow(self.tr("Representative"), self._line("representative_name"))
        form.addRow(self.tr("Postal code"), self._line("postal_code", "123-4567"))
        form.addRow(self.tr("Address"), self._line("address"))
        form.addRow(self.tr("Phone"), self._line("phone", "03-1234-5678"))
        form.addRow(self.tr("Email"), self._line("email"))
        outer.addWidget(basic)

        business = QGroupBox(self.tr("Business"))
        form = QFormLayout(business)
        lang = labels.language()
        industry_items: list[tuple[str, Any]] = [(self.tr("(not set)"), None)]
        industry_items += [(f"{i.code}  {i.label(lang)}", i.code) for i in industries()]
        form.addRow(self.tr("Industry (ロカベン)"), self._combo("industry_code", industry_items))
        form.addRow(self.tr("Employees"), self._line("employees", self.tr("full-time staff")))
        form.addRow(
            self.tr("Business scale"),
            self._combo(
                "scale_override",
                [(self.tr("Automatic"), None), (labels.scale("small"), "small"), (labels.scale("medium"), "medium")],
            ),
        )
        form.addRow(self.tr("Capital (thousand yen)"), self._line("capital_yen", self.tr("e.g. 10,000 or 1,000万円")))
        months = [(self.tr("(not set)"), None)] + [(self.tr("%1 (month)").replace("%1", str(m)), str(m)) for m in range(1, 13)]
        form.addRow(self.tr("Fiscal year ends in"), self._combo("fiscal_month", months))
        form.addRow(self.tr("Founded (year)"), self._line("founded_year", self.tr("e.g. 1975 or 昭和50年")))
        outer.addWidget(business)

        support = QGroupBox(self.tr("Support"))
        form = QFormLayout(support)
        form.addRow(self.tr("Assigned consultant"), self._combo("assigned_consultant_id", []))
        memo = QPlainTextEdit()
        memo.setMinimumHeight(120)
        form.addRow(self.tr("Memo"), self._row("memo", memo))
        outer.addWidget(support)
        outer.addStretch(1)

        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fill_consultants()

    def _fill_consultants(self) -> None:
        combo: QComboBox = self.rows["assigned_consultant_id"].editor  # type: ignore[assignment]
        combo.clear()
        combo.addItem(self.tr("(unassigned)"), None)
        for c in self.store.people.consultants():
            combo.addItem(c.name or self.tr("(no name)"), c.id)

    # --- loading -----------------------------------------------------------------

    def load(self, company_id: str | None, defaults: dict[str, Any] | None = None) -> None:
        """Show a company (handing what was typed so far to the writer).

        ``defaults`` stand in for a company whose creation the writer has not committed
        yet. Edits still on their way to the database are shown over what it holds.
        """
        self.autosave.flush()
        self.company_id = company_id
        if company_id is None:
            return
        self._fill_consultants()
        row = self.store.companies.get(company_id) or dict(defaults or {})
        drafts = self.store.drafts.for_row("company", company_id)
        pending = self.autosave.pending("company", company_id)
        self._stored = {f: row.get(f) for f in self.rows}
        for field, widget in self.rows.items():
            if field in pending:
                widget.set_text(pending[field].raw)
                widget.show_problem(pending[field].error)
            elif field in drafts:
                widget.set_text(drafts[field])
                self._check(field, drafts[field])
            else:
                widget.set_text(show_company_field(field, row.get(field)))
                widget.show_problem(None)
        self._update_hints()

    # --- editing -----------------------------------------------------------------

    def _check(self, field: str, raw: str) -> Edit:
        edit = Edit(raw)
        try:
            edit.value = clean_company_field(field, raw)
            self.rows[field].show_problem(None)
        except InputError as exc:
            edit.error = exc.render(QCoreApplication.translate)
            self.rows[field].show_problem(edit.error)
        return edit

    def _edited(self, field: str) -> None:
        if self.company_id is None:
            return
        self.autosave.put("company", self.company_id, field, self._check(field, self.rows[field].text()))
        self._update_hints()

    def _saved(self, table: str, company_id: str, fields: list[str]) -> None:
        if table != "company":
            return
        if company_id == self.company_id:
            row = self.store.companies.get(company_id) or {}
            self._stored.update({f: row.get(f) for f in fields})
        self.company_saved.emit(company_id, fields)

    # --- hints -------------------------------------------------------------------

    def _current(self, field: str) -> Any:
        """The value as typed when valid, else the stored one."""
        edit = self.autosave.pending("company", self.company_id or "").get(field)
        if edit is not None:
            return edit.value if edit.error is None else self._stored.get(field)
        try:
            return clean_company_field(field, self.rows[field].text())
        except InputError:
            return self._stored.get(field)

    def _update_hints(self) -> None:
        hints: dict[str, Callable[[], str | None]] = {
            "capital_yen": self._capital_hint,
            "founded_year": self._founded_hint,
            "scale_override": self._scale_hint,
        }
        for field, hint in hints.items():
            row = self.rows[field]
            if row.has_problem():
                continue
            row.show_hint(hint())

    def _capital_hint(self) -> str | None:
        yen = self._current("capital_yen")
        if yen is None:
            return None
        man = yen_to_thousands(yen) / 10
        return self.tr("= %1 yen (%2万円)").replace("%1", format_amount(yen)).replace(
            "%2", format_amount(man, decimals=1 if man != man.to_integral_value() else 0)
        )

    def _founded_hint(self) -> str | None:
        year = self._current("founded_year")
        if year is None or year < 1868:
            return None
        return wareki_year_label(year)

    def _scale_hint(self) -> str | None:
        override = self._current("scale_override")
        if override:
            return self.tr("Set by hand.")
        decision = industries().decide_scale(self._current("industry_code"), self._current("employees"))
        if decision.scale is None:
            return self.tr("Automatic: needs the industry and the number of employees.")
        return (
            self.tr("Automatic: %1 (small when employees ≤ %2 in this industry, by 中小企業基本法).")
            .replace("%1", labels.scale(decision.scale.value))
            .replace("%2", str(decision.limit))
        )
