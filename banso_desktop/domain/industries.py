"""ロカベン's own industry list (大分類 / 小分類), not JSIC, and the 事業規模 rule.

The list is data (``resources/industries.json``, ja/en names as METI spells them);
this module gives it a shape and derives 事業規模 from it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import Enum
from pathlib import Path


class Scale(str, Enum):
    """事業規模, the size class that picks the benchmark row."""

    MEDIUM = "medium"  # 中規模事業者
    SMALL = "small"  # 小規模事業者


@dataclass(frozen=True)
class Industry:
    """A ロカベン 小分類 with its 大分類."""

    code: str  # e.g. "0301"
    ja: str
    en: str
    major_code: str  # e.g. "03"
    major_ja: str
    major_en: str
    small_max_employees: int  # 小規模事業者 when employees <= this

    def label(self, lang: str = "ja") -> str:
        """Display name: the 大分類 alone when it has a single 小分類 of the same name."""
        major, minor = (self.major_ja, self.ja) if lang == "ja" else (self.major_en, self.en)
        return minor if minor == major else f"{major} › {minor}"

    @property
    def meti_minor(self) -> str:
        """The 小分類 as METI writes it in its tables: ``0301_食料品・飼料・飲料製造業``."""
        return f"{self.code}_{self.ja}"


@dataclass(frozen=True)
class ScaleDecision:
    """Which 事業規模 applies to a company and why."""

    scale: Scale | None  # None when it cannot be decided (no industry or employees)
    overridden: bool
    limit: int | None  # the employee limit of the rule that decided, when derived


class Industries:
    """The ordered industry list with lookups by code."""

    def __init__(self, industries: list[Industry]) -> None:
        self._list = industries
        self._by_code = {i.code: i for i in industries}

    @classmethod
    def load(cls, path: Path) -> "Industries":
        """Read the industry list from its JSON data file."""
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
        items = [
            Industry(
                code=minor["code"],
                ja=minor["ja"],
                en=minor["en"],
                major_code=major["code"],
                major_ja=major["ja"],
                major_en=major["en"],
                small_max_employees=int(minor["small_max_employees"]),
            )
            for major in raw["majors"]
            for minor in major["minors"]
        ]
        return cls(items)

    def __iter__(self):
        return iter(self._list)

    def __len__(self) -> int:
        return len(self._list)

    def get(self, code: str | None) -> Industry | None:
        """The industry with this 小分類 code, or None."""
        return self._by_code.get(code) if code else None

    def decide_scale(
        self, code: str | None, employees: int | None, override: Scale | None = None
    ) -> ScaleDecision:
        """事業規模: the user's override when set, else the 中小企業基本法 default rule.

        小規模事業者 when employees ≤ 5 for 卸売・小売・飲食・サービス (except 娯楽業)・
        医療・保健衛生, ≤ 20 for the others (DOMAIN.md §3).
        """
        if override is not None:
            return ScaleDecision(Scale(override), True, None)
        industry = self.get(code)
        if industry is None or employees is None:
            return ScaleDecision(None, False, industry.small_max_employees if industry else None)
        limit = industry.small_max_employees
        return ScaleDecision(Scale.SMALL if employees <= limit else Scale.MEDIUM, False, limit)
