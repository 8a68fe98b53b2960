"""経営デザインシート: one sheet per company and year, its texts by item key."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from banso_desktop.store.database import Store


class DesignSheets:
    def __init__(self, store: "Store") -> None:
        self.store = store

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
                (company_id,) = conn.execute(
                    "SELECT company_id FROM design_sheet WHERE id = ?", (sheet_id,)
                ).fetchone()
                store.insert_row("design_text", {"sheet_id": sheet_id, "company_id": company_id,
                                                 "key": key, "body": body})
