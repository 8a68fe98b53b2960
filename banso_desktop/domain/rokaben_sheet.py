"""The non-financial ロカベン sheet's structure (DOMAIN.md §4), read from its data file:
4つの視点 and their sub-items, まとめ, the default 業務フロー steps and 商流 roles."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Label:
    ja: str
    en: str

    def text(self, lang: str) -> str:
        return self.ja if lang == "ja" else self.en


@dataclass(frozen=True)
class Item:
    key: str  # e.g. "owner.vision"; the rokaben_text key
    label: Label


@dataclass(frozen=True)
class Perspective:
    key: str
    label: Label
    items: tuple[Item, ...]


@dataclass(frozen=True)
class PartyRole:
    key: str  # supplier, partner, self, customer, end_user
    label: Label
    reason: Label  # what the reason column means for this role (選定理由 / 選ばれている理由 …)


@dataclass(frozen=True)
class SheetStructure:
    perspectives: tuple[Perspective, ...]
    summary: tuple[Item, ...]
    flow_steps: tuple[Label, ...]
    party_roles: tuple[PartyRole, ...]

    @property
    def text_keys(self) -> list[str]:
        return [i.key for p in self.perspectives for i in p.items] + [i.key for i in self.summary]

    def role(self, key: str) -> PartyRole:
        return next(r for r in self.party_roles if r.key == key)

    @classmethod
    def load(cls, path: Path) -> "SheetStructure":
        raw = json.loads(Path(path).read_text(encoding="utf-8"))

        def label(d, prefix=""):
            return Label(d[f"{prefix}ja"], d[f"{prefix}en"])

        return cls(
            perspectives=tuple(
                Perspective(p["key"], label(p), tuple(Item(i["key"], label(i)) for i in p["items"]))
                for p in raw["perspectives"]
            ),
            summary=tuple(Item(i["key"], label(i)) for i in raw["summary"]),
            flow_steps=tuple(label(s) for s in raw["flow_steps"]),
            party_roles=tuple(PartyRole(r["key"], label(r), label(r, "reason_")) for r in raw["party_roles"]),
        )
