"""The non-financial ロカベン sheet of a company: 4つの視点 and まとめ texts, 業務フロー
steps and 商流 parties. Every row is a synced row; deletions are tombstones."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from banso_desktop.store.database import dict_rows

if TYPE_CHECKING:
    from banso_desktop.store.database import Store

STEP_FIELDS = frozenset({"name", "content", "differentiation", "position"})
PARTY_FIELDS = frozenset({"role", "name", "description", "reason", "position"})
PARTY_ROLES = ("supplier", "partner", "self", "customer", "end_user")



class RokabenSheets:
    def __init__(self, store: "Store") -> None:
        self.store = store

    # --- 4つの視点 / まとめ ----------------------------------------------------------

    def texts(self, company_id: str) -> dict[str, str]:
        """Item key → text for a company."""
        cur = self.store.conn.execute(
            "SELECT key, body FROM rokaben_text WHERE company_id = ? AND deleted_at IS NULL", (company_id,)
        )
        return dict(cur.fetchall())

    def set_text(self, company_id: str, key: str, body: str) -> None:
        """Write one item's text (creating its row the first time)."""
        store = self.store
        with store.write() as conn:
            found = conn.execute(
                "SELECT id FROM rokaben_text WHERE company_id = ? AND key = ? AND deleted_at IS NULL",
                (company_id, key),
            ).fetchone()
            if found:
                store.update_row("rokaben_text", found[0], {"body": body})
            else:
                store.insert_row("rokaben_text", {"company_id": company_id, "key": key, "body": body})

    # --- ordered children: 業務フロー steps, 商流 parties ---------------------------------

    def _next_position(self, table: str, company_id: str) -> float:
        row = self.store.conn.execute(
            f"SELECT max(position) FROM {table} WHERE company_id = ? AND deleted_at IS NULL", (company_id,)
        ).fetchone()
        return (row[0] or 0.0) + 1.0

    def flow_steps(self, company_id: str) -> list[dict[str, Any]]:
        return dict_rows(self.store.conn.execute(
            "SELECT id, position, name, content, differentiation FROM business_flow_step"
            " WHERE company_id = ? AND deleted_at IS NULL ORDER BY position",
            (company_id,),
        ))

    def add_step(self, company_id: str, name: str = "", step_id: str | None = None) -> str:
        with self.store.write():
            return self.store.insert_row(
                "business_flow_step",
                {"company_id": company_id, "name": name, "position": self._next_position("business_flow_step", company_id)},
                step_id,
            )

    def update_step(self, step_id: str, changes: dict[str, Any]) -> bool:
        if not set(changes) <= STEP_FIELDS:
            raise ValueError(f"not step fields: {sorted(set(changes) - STEP_FIELDS)}")
        return self.store.update_row("business_flow_step", step_id, changes)

    def parties(self, company_id: str) -> list[dict[str, Any]]:
        order = "CASE role " + " ".join(f"WHEN '{r}' THEN {n}" for n, r in enumerate(PARTY_ROLES)) + " END"
        return dict_rows(self.store.conn.execute(
            "SELECT id, role, position, name, description, reason FROM commercial_party"
            f" WHERE company_id = ? AND deleted_at IS NULL ORDER BY {order}, position",
            (company_id,),
        ))

    def add_party(self, company_id: str, role: str, party_id: str | None = None) -> str:
        if role not in PARTY_ROLES:
            raise ValueError(f"unknown role {role}")
        with self.store.write():
            return self.store.insert_row(
                "commercial_party",
                {"company_id": company_id, "role": role, "position": self._next_position("commercial_party", company_id)},
                party_id,
            )

    def update_party(self, party_id: str, changes: dict[str, Any]) -> bool:
        if not set(changes) <= PARTY_FIELDS:
            raise ValueError(f"not party fields: {sorted(set(changes) - PARTY_FIELDS)}")
        return self.store.update_row("commercial_party", party_id, changes)

    def remove(self, table: str, row_id: str) -> bool:
        """Delete a step or party (a tombstone)."""
        if table not in ("business_flow_step", "commercial_party"):
            raise ValueError(table)
        return self.store.tombstone(table, row_id)
