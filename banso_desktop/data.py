"""Reference data bundled with the app (Qt-free), loaded once."""

from __future__ import annotations

from functools import lru_cache

from banso_desktop.domain.industries import Industries
from banso_desktop.paths import resources_dir


@lru_cache(maxsize=1)
def industries() -> Industries:
    """ロカベン's industry list from ``resources/industries.json``."""
    return Industries.load(resources_dir() / "industries.json")


@lru_cache(maxsize=1)
def rokaben_sheet():
    """The non-financial ロカベン sheet's structure from ``resources/rokaben_sheet.json``."""
    from banso_desktop.domain.rokaben_sheet import SheetStructure

    return SheetStructure.load(resources_dir() / "rokaben_sheet.json")
