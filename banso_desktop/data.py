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


@lru_cache(maxsize=1)
def question_bank():
    """The interview's prompt cards per stage from ``resources/question_bank.json``."""
    from banso_desktop.domain.interview import QuestionBank

    return QuestionBank.load(resources_dir() / "question_bank.json")


@lru_cache(maxsize=1)
def design_sheet():
    """The 経営デザインシート's items from ``resources/design_sheet.json``."""
    from banso_desktop.domain.interview import DesignSheetStructure

    return DesignSheetStructure.load(resources_dir() / "design_sheet.json")


@lru_cache(maxsize=1)
def referral_map():
    """経営課題 → institutions for referrals (とりつなぎ) from ``resources/referral_map.json``."""
    from banso_desktop.domain.plan import ReferralMap

    return ReferralMap.load(resources_dir() / "referral_map.json")
