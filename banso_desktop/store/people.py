"""The organisation (支援機関) and its consultants (支援者), the local user among them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from banso_desktop.store.database import Store


@dataclass(frozen=True)
class Consultant:
    id: str
    name: str
    organization_id: str | None


class People:
    """Consultants and organisations in this file."""

    def __init__(self, store: "Store") -> None:
        self.store = store

    def local_consultant(self) -> Consultant:
        """The person using this laptop's database."""
        return self.consultant(self.store.local_consultant_id)  # type: ignore[return-value]

    def consultant(self, consultant_id: str) -> Consultant | None:
        r = self.store.conn.execute(
            "SELECT id, name, organization_id FROM consultant WHERE id = ?", (consultant_id,)
        ).fetchone()
        return Consultant(*r) if r else None

    def consultants(self) -> list[Consultant]:
        """Live consultants, the local user first, then by name."""
        cur = self.store.conn.execute(
            "SELECT id, name, organization_id FROM consultant WHERE deleted_at IS NULL"
            " ORDER BY id != ?, name",
            (self.store.local_consultant_id,),
        )
        return [Consultant(*r) for r in cur]

    def local_organization_id(self) -> str | None:
        r = self.store.conn.execute(
            "SELECT organization_id FROM consultant WHERE id = ?", (self.store.local_consultant_id,)
        ).fetchone()
        return r[0] if r else None

    def organization_name(self) -> str:
        r = self.store.conn.execute(
            "SELECT name FROM organization WHERE id = ?", (self.local_organization_id(),)
        ).fetchone()
        return r[0] if r else ""

    def _update(self, table: str, row_id: str | None, name: str) -> None:
        if row_id is not None:
            self.store.update_row(table, row_id, {"name": name})

    def rename_local_consultant(self, name: str) -> None:
        """Set the local user's name (shown on plans and as assignee)."""
        self._update("consultant", self.store.local_consultant_id, name.strip())

    def rename_organization(self, name: str) -> None:
        """Set the local user's organisation name."""
        self._update("organization", self.local_organization_id(), name.strip())

    def add_consultant(self, name: str) -> str:
        """Add a colleague in the local organisation; returns their id."""
        return self.store.insert_row(
            "consultant", {"organization_id": self.local_organization_id(), "name": name.strip()}
        )
