"""The design sheet's parts besides its sections (resources/design_sheet.json): the
移行戦略 table's column labels and the two fill orders with their hints. Qt-free."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from banso_desktop.domain.rokaben_sheet import Label

FILL_ORDERS = ("forecast", "backcast")
# Section keys in the order they are filled; (A) first and 移行戦略 (after them) last.
SECTION_ORDER = {
    "forecast": ("purpose", "environment", "past", "future"),
    "backcast": ("purpose", "environment", "future", "past"),
}


@dataclass(frozen=True)
class FillOrder:
    key: str
    label: Label
    hint: Label


@dataclass(frozen=True)
class DesignSheetExtras:
    transition: Label  # 移行戦略
    columns: dict[str, Label]  # what / by_when / who
    fill_orders: dict[str, FillOrder]

    @classmethod
    def load(cls, path: Path) -> "DesignSheetExtras":
        data = json.loads(path.read_text(encoding="utf-8"))

        def label(d: dict) -> Label:
            return Label(d.get("ja", ""), d.get("en", ""))

        transition = data["transition"]
        return cls(
            label(transition),
            {key: label(c) for key, c in transition["columns"].items()},
            {key: FillOrder(key, label(f), label(f.get("hint", {}))) for key, f in data["fill_orders"].items()},
        )


def section_order(fill_order: str, keys: tuple[str, ...] | list[str]) -> list[str]:
    """``keys`` in the order a fill order shows them (unknown keys keep their place at the end)."""
    order = SECTION_ORDER.get(fill_order, SECTION_ORDER["forecast"])
    return sorted(keys, key=lambda k: order.index(k) if k in order else len(order))
