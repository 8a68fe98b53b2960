"""Smaller aggregates: field drafts and fiscal periods."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from banso_desktop.store.database import dict_rows

if TYPE_CHECKING:
    from banso_desktop.store.database import Store



class Drafts:
    """Text typed into a field that could not be stored yet, kept with its row.

    When a field holds something invalid (a 法人番号 with a wrong check digit), the
    stored value stays as it was and the typed text waits here, so reopening the
    company shows exactly what was typed with its reason. Local only, never synced.
    """

    def __init__(self, store: "Store") -> None:
        self.store = store

    def put(self, table: str, row_id: str, field: str, raw_text: str) -> None:
        with self.store.write() as conn:
            conn.execute(
                "INSERT INTO field_draft (table_name, row_id, field, raw_text, updated_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (table_name, row_id, field)"
                " DO UPDATE SET raw_text = excluded.raw_text, updated_at = excluded.updated_at",
                (table, row_id, field, raw_text, self.store.now()),
            )

    def clear(self, table: str, row_id: str, field: str) -> None:
        with self.store.write() as conn:
            conn.execute(
                "DELETE FROM field_draft WHERE table_name = ? AND row_id = ? AND field = ?",
                (table, row_id, field),
            )

    def clear_row(self, table: str, row_id: str) -> None:
        """Forget every draft of one row (it is being deleted)."""
        with self.store.write() as conn:
            conn.execute("DELETE FROM field_draft WHERE table_name = ? AND row_id = ?", (table, row_id))

    def for_row(self, table: str, row_id: str) -> dict[str, str]:
        """Field name → draft text for one row."""
        cur = self.store.conn.execute(
            "SELECT field, raw_text FROM field_draft WHERE table_name = ? AND row_id = ?",
            (table, row_id),
        )
        return dict(cur.fetchall())


class FiscalPeriods:
    """決算期 rows with their statement figures (in whole yen)."""

    def __init__(self, store: "Store") -> None:
        self.store = store

    def create(self, company_id: str, period_end: str, fields: dict[str, Any] | None = None,
               period_id: str | None = None) -> str:
        """Add a period ending on ``period_end`` (ISO date); returns its id."""
        values = {"company_id": company_id, "period_end": period_end, **(fields or {})}
        self._check(values.keys() - {"company_id"})
        return self.store.insert_row("fiscal_period", values, period_id)

    def update(self, period_id: str, changes: dict[str, Any]) -> bool:
        """Store changed figures of a live period; False when there is none."""
        self._check(changes.keys())
        return self.store.update_row("fiscal_period", period_id, changes)

    def delete(self, period_id: str) -> bool:
        """Remove a period (a tombstone) with any text still waiting as drafts in it."""
        with self.store.write():
            self.store.drafts.clear_row("fiscal_period", period_id)
            return self.store.tombstone("fiscal_period", period_id)

    @staticmethod
    def _check(fields) -> None:
        from banso_desktop.domain.statements import EDITABLE_PERIOD_COLUMNS

        unknown = set(fields) - EDITABLE_PERIOD_COLUMNS
        if unknown:
            raise ValueError(f"not fiscal period fields: {sorted(unknown)}")

    def for_company(self, company_id: str) -> list[dict[str, Any]]:
        """Live periods of a company, oldest first."""
        return dict_rows(
            self.store.conn.execute(
                "SELECT * FROM fiscal_period WHERE company_id = ? AND deleted_at IS NULL"
                " ORDER BY period_end",
                (company_id,),
            )
        )
