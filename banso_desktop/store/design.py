"""経営デザインシート: one sheet per company and year, its texts by item key, and its
移行戦略 (what / by when / who). Every row is a synced row; deletions are tombstones."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from banso_desktop.domain.text import QT_TRANSLATE_NOOP, InputError
from banso_desktop.store.database import dict_rows

if TYPE_CHECKING:
    from banso_desktop.store.database import Store

FILL_ORDERS = ("forecast", "backcast")
TRANSITION_FIELDS = frozenset({"what", "by_when", "who", "position"})
TRANSITION_TEXTS = ("what", "by_when", "who")
YEARS = range(1900, 2201)  # a sheet's calendar year, within reason


def _check_transition(fields, allowed: frozenset[str] = TRANSITION_FIELDS) -> None:
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"not design transition fields: {sorted(unknown)}")


class DesignSheets:
    def __init__(self, store: "Store") -> None:
        self.store = store

    # --- sheets, one per company and year ----------------------------------------------

    def current_sheet(self, company_id: str, create: bool = False, year: int | None = None) -> str | None:
        """The company's sheet for ``year`` (this year by default), made when ``create``."""
        year = year or date.today().year
        store = self.store
        with store.write() as conn:
            row = conn.execute(
                "SELECT id FROM design_sheet WHERE company_id = ? AND year = ? AND deleted_at IS NULL",
                (company_id, year),
            ).fetchone()
            if row:
                return row[0]
            if not create:
                return None
            return store.insert_row("design_sheet", {"company_id": company_id, "year": year})

    def sheets(self, company_id: str) -> list[dict[str, Any]]:
        """The company's live sheets (id, year, fill_order), newest year first."""
        return dict_rows(self.store.conn.execute(
            "SELECT id, year, fill_order FROM design_sheet WHERE company_id = ? AND deleted_at IS NULL"
            " ORDER BY year DESC",
            (company_id,),
        ))

    def sheet(self, company_id: str, year: int) -> dict[str, Any] | None:
        """One year's sheet (id, year, fill_order), or None."""
        rows = dict_rows(self.store.conn.execute(
            "SELECT id, year, fill_order FROM design_sheet WHERE company_id = ? AND year = ? AND deleted_at IS NULL",
            (company_id, year),
        ))
        return rows[0] if rows else None

    def get(self, sheet_id: str) -> dict[str, Any] | None:
        """A live sheet by id (id, company_id, year, fill_order), or None."""
        rows = dict_rows(self.store.conn.execute(
            "SELECT id, company_id, year, fill_order FROM design_sheet WHERE id = ? AND deleted_at IS NULL",
            (sheet_id,),
        ))
        return rows[0] if rows else None

    def previous(self, company_id: str, year: int) -> dict[str, Any] | None:
        """The newest sheet of a year before ``year`` (for comparison), or None."""
        rows = dict_rows(self.store.conn.execute(
            "SELECT id, year, fill_order FROM design_sheet WHERE company_id = ? AND year < ? AND deleted_at IS NULL"
            " ORDER BY year DESC LIMIT 1",
            (company_id, year),
        ))
        return rows[0] if rows else None

    def create_year(self, company_id: str, year: int, copy_from_year: int | None = None,
                    sheet_id: str | None = None) -> str:
        """A new sheet for ``year``; with ``copy_from_year`` its texts, 移行戦略 and fill
        order start as that year's. Refuses a year that already has a sheet."""
        if not isinstance(year, int) or year not in YEARS:
            raise InputError(QT_TRANSLATE_NOOP("input", "{year} is not a year for a design sheet."), year=year)
        store = self.store
        with store.write() as conn:
            if self.sheet(company_id, year) is not None:
                raise InputError(
                    QT_TRANSLATE_NOOP("input", "There is already a design sheet for {year}."), year=year)
            source = None
            if copy_from_year is not None:
                source = self.sheet(company_id, copy_from_year)
                if source is None:
                    raise InputError(
                        QT_TRANSLATE_NOOP("input", "There is no design sheet for {year} to copy."),
                        year=copy_from_year)
            if conn.execute("SELECT 1 FROM company WHERE id = ?", (company_id,)).fetchone() is None:
                raise LookupError(f"no company {company_id}")
            new = store.insert_row("design_sheet", {
                "company_id": company_id, "year": year,
                "fill_order": source["fill_order"] if source else "forecast",
            }, sheet_id)
            if source:
                for key, body in self.texts(source["id"]).items():
                    store.insert_row("design_text", {"sheet_id": new, "company_id": company_id,
                                                     "key": key, "body": body})
                for row in self.transitions(source["id"]):
                    store.insert_row("design_transition", {
                        "sheet_id": new, "company_id": company_id, "position": row["position"],
                        **{f: row[f] for f in TRANSITION_TEXTS},
                    })
        return new

    def set_fill_order(self, sheet_id: str, order: str) -> bool:
        """Forecast (これまで first) or backcast (これから first); False when there is no such sheet."""
        if order not in FILL_ORDERS:
            raise ValueError(f"unknown fill order {order!r}")
        return self.store.update_row("design_sheet", sheet_id, {"fill_order": order})

    # --- texts -------------------------------------------------------------------------

    def texts(self, sheet_id: str) -> dict[str, str]:
        """Item key → text of one sheet."""
        cur = self.store.conn.execute(
            "SELECT key, body FROM design_text WHERE sheet_id = ? AND deleted_at IS NULL", (sheet_id,)
        )
        return dict(cur.fetchall())

    def set_text(self, sheet_id: str, key: str, body: str) -> None:
        """Write one item's text (creating its row the first time)."""
        store = self.store
        with store.write() as conn:
            found = conn.execute(
                "SELECT id FROM design_text WHERE sheet_id = ? AND key = ? AND deleted_at IS NULL",
                (sheet_id, key),
            ).fetchone()
            if found:
                store.update_row("design_text", found[0], {"body": body})
            else:
                sheet = conn.execute(
                    "SELECT company_id FROM design_sheet WHERE id = ? AND deleted_at IS NULL", (sheet_id,)
                ).fetchone()
                if sheet is None:
                    raise LookupError(f"no design sheet {sheet_id}")
                store.insert_row("design_text", {"sheet_id": sheet_id, "company_id": sheet[0],
                                                 "key": key, "body": body})

    # --- 移行戦略 ------------------------------------------------------------------------

    def transitions(self, sheet_id: str) -> list[dict[str, Any]]:
        """The sheet's live 移行戦略 rows (id, position, what, by_when, who), in order."""
        return dict_rows(self.store.conn.execute(
            "SELECT id, position, what, by_when, who FROM design_transition"
            " WHERE sheet_id = ? AND deleted_at IS NULL ORDER BY position",
            (sheet_id,),
        ))

    def add_transition(self, sheet_id: str, transition_id: str | None = None, **values: Any) -> str:
        """A new 移行戦略 row at the end (``what``, ``by_when``, ``who`` optional); returns its id."""
        _check_transition(values)
        store = self.store
        with store.write() as conn:
            sheet = conn.execute(
                "SELECT company_id FROM design_sheet WHERE id = ? AND deleted_at IS NULL", (sheet_id,)
            ).fetchone()
            if sheet is None:
                raise LookupError(f"no design sheet {sheet_id}")
            last = conn.execute(
                "SELECT max(position) FROM design_transition WHERE sheet_id = ? AND deleted_at IS NULL",
                (sheet_id,),
            ).fetchone()[0]
            return store.insert_row("design_transition", {
                "sheet_id": sheet_id, "company_id": sheet[0], "position": (last or 0.0) + 1.0, **values,
            }, transition_id)

    def update_transition(self, transition_id: str, changes: dict[str, Any]) -> bool:
        """Change a row's what / by_when / who / position; False when there is no such row."""
        _check_transition(changes)
        return self.store.update_row("design_transition", transition_id, changes)

    def remove_transition(self, transition_id: str) -> bool:
        """Delete a 移行戦略 row (a tombstone)."""
        return self.store.tombstone("design_transition", transition_id)

    # --- the whole sheet, for the CLI and the PDF ---------------------------------------

    def _content(self, sheet: dict[str, Any]) -> dict[str, Any]:
        return {
            "year": sheet["year"],
            "fill_order": sheet["fill_order"],
            "texts": self.texts(sheet["id"]),
            "transitions": [{f: t[f] for f in TRANSITION_TEXTS} for t in self.transitions(sheet["id"])],
        }

    def export(self, company_id: str) -> dict[str, Any] | None:
        """The newest sheet (year, fill_order, texts, transitions) with ``previous``: the
        sheet of the year before it in the same shape (without its own ``previous``), or
        None; None when the company has no sheet."""
        sheets = self.sheets(company_id)
        if not sheets:
            return None
        out = self._content(sheets[0])
        out["previous"] = self._content(sheets[1]) if len(sheets) > 1 else None
        return out
