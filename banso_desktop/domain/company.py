"""事業者 (company): the fields a consultant keeps, how typed text becomes stored values.

Every field has a cleaner that takes exactly what was typed and either returns the
value to store or raises :class:`InputError` with a reason to show next to the field.
Cleaners are total: any string goes in, no other exception comes out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Callable

from banso_desktop.domain.corporate_number import parse_corporate_number
from banso_desktop.domain.industries import Scale
from banso_desktop.domain.japanese import (
    format_yen_as_thousands,
    hiragana_to_katakana,
    normalize,
    parse_count,
    parse_money,
    parse_year,
    thousands_to_yen,
)
from banso_desktop.domain.text import QT_TRANSLATE_NOOP, InputError

MAX_TEXT = 2000
MAX_MEMO = 200_000

_KANA_ALLOWED = re.compile(r"^[\u30a0-\u30ffA-Za-z0-9 ・&'.,\-()]*$")
_POSTAL = re.compile(r"^(\d{3})-?(\d{4})$")
_PHONE_ALLOWED = re.compile(r"^\+?[\d\-() ]+$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


def _within(text: str, limit: int) -> str:
    if len(text) > limit:
        raise InputError(
            QT_TRANSLATE_NOOP("input", "This is too long ({count} characters; at most {limit})."),
            count=len(text),
            limit=limit,
        )
    return text


def _short_text(raw: str) -> str:
    return _within(raw.strip(), MAX_TEXT)


def clean_name(raw: str) -> str:
    """商号: required free text."""
    text = _short_text(raw)
    if not text:
        raise InputError(QT_TRANSLATE_NOOP("input", "Enter the company name (商号)."))
    return text


def clean_kana(raw: str) -> str:
    """フリガナ in full-width katakana; hiragana and 半角カナ are converted."""
    text = hiragana_to_katakana(normalize(raw))
    text = re.sub(r"\s+", " ", text)
    if not _KANA_ALLOWED.match(text):
        raise InputError(QT_TRANSLATE_NOOP("input", "Write the reading (フリガナ) in katakana."))
    return _short_text(text)


def clean_postal_code(raw: str) -> str:
    """郵便番号 as 123-4567 (〒 and 全角 accepted)."""
    text = normalize(raw).lstrip("〒").strip().replace("ー", "-").replace("−", "-")
    if not text:
        return ""
    m = _POSTAL.match(text)
    if not m:
        raise InputError(QT_TRANSLATE_NOOP("input", "A postal code has 7 digits, like 123-4567."))
    return f"{m.group(1)}-{m.group(2)}"


def clean_phone(raw: str) -> str:
    """Phone number: digits with - ( ) + and spaces; 10 to 15 digits."""
    text = normalize(raw).replace("ー", "-").replace("−", "-")
    if not text:
        return ""
    digits = re.sub(r"\D", "", text)
    if not _PHONE_ALLOWED.match(text) or not 10 <= len(digits) <= 15:
        raise InputError(
            QT_TRANSLATE_NOOP("input", "A phone number has 10 to 15 digits, like 03-1234-5678.")
        )
    return text


def clean_email(raw: str) -> str:
    """Email address (shape only)."""
    text = normalize(raw)
    if not text:
        return ""
    if not _EMAIL.match(text):
        raise InputError(QT_TRANSLATE_NOOP("input", "This does not look like an email address."))
    return text


def clean_employees(raw: str) -> int | None:
    """従業員数: a whole number ≥ 0."""
    value = parse_count(raw)
    if value is not None and value > 10_000_000:
        raise InputError(QT_TRANSLATE_NOOP("input", "The number {value} is too large."), value=value)
    return value


def clean_capital(raw: str) -> int | None:
    """資本金: typed in 千円 (or with 円/万円/百万円), stored in whole yen."""
    value = parse_money(raw)
    if value is None:
        return None
    if value < 0:
        raise InputError(QT_TRANSLATE_NOOP("input", "This cannot be negative."))
    return thousands_to_yen(value)


def clean_fiscal_month(raw: str) -> int | None:
    """決算月: 1–12."""
    value = parse_count(raw)
    if value is not None and not 1 <= value <= 12:
        raise InputError(QT_TRANSLATE_NOOP("input", "A month is 1 to 12."))
    return value


def clean_founded_year(raw: str, today: date | None = None) -> int | None:
    """創業年: 西暦 or 和暦, not in the future."""
    return parse_year(raw, earliest=500, latest=(today or date.today()).year)


def clean_scale_override(raw: str) -> str | None:
    """事業規模 override: '', 'small' or 'medium'."""
    text = raw.strip()
    if not text:
        return None
    try:
        return Scale(text).value
    except ValueError:
        raise InputError(QT_TRANSLATE_NOOP("input", "Choose 小規模事業者 or 中規模事業者.")) from None


def _optional_id(raw: str) -> str | None:
    return raw.strip() or None


def _memo(raw: str) -> str:
    return _within(raw, MAX_MEMO)


@dataclass(frozen=True)
class FieldRule:
    """How one company field is cleaned from typed text and shown back as text."""

    clean: Callable[[str], Any]
    show: Callable[[Any], str] = lambda v: "" if v is None else str(v)


def _show_capital(yen: int | None) -> str:
    return "" if yen is None else format_yen_as_thousands(yen)


COMPANY_FIELDS: dict[str, FieldRule] = {
    "name": FieldRule(clean_name),
    "name_kana": FieldRule(clean_kana),
    "corporate_number": FieldRule(lambda raw: parse_corporate_number(raw)),
    "postal_code": FieldRule(clean_postal_code),
    "address": FieldRule(_short_text),
    "representative_title": FieldRule(_short_text),
    "representative_name": FieldRule(_short_text),
    "industry_code": FieldRule(_optional_id),
    "scale_override": FieldRule(clean_scale_override),
    "employees": FieldRule(clean_employees),
    "capital_yen": FieldRule(clean_capital, _show_capital),
    "fiscal_month": FieldRule(clean_fiscal_month),
    "founded_year": FieldRule(clean_founded_year),
    "phone": FieldRule(clean_phone),
    "email": FieldRule(clean_email),
    "assigned_consultant_id": FieldRule(_optional_id),
    "memo": FieldRule(_memo),
}


def clean_company_field(field: str, raw: str) -> Any:
    """The value to store for ``field`` from what was typed; raises InputError with a reason."""
    return COMPANY_FIELDS[field].clean(raw)


def show_company_field(field: str, value: Any) -> str:
    """A stored value as the text a person would type for it."""
    return COMPANY_FIELDS[field].show(value)


SEARCHED_FIELDS = ("name", "name_kana", "corporate_number", "address", "representative_name")


def fold_for_search(text: str) -> str:
    """The form both stored text and queries take for matching: NFKC (全角ＡＢＣ → ABC,
    ㈱ → (株), 半角ｶﾅ → 全角), hiragana as katakana."""
    return hiragana_to_katakana(normalize(text))


def company_search_text(values: dict[str, Any]) -> str:
    """What the company search matches against, one folded line per searched field."""
    return "\n".join(fold_for_search(str(values.get(f) or "")) for f in SEARCHED_FIELDS)
