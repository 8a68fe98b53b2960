"""The action plan and referrals (DOMAIN.md §7–§9), Qt-free: 付加価値額 per period,
when a 施策 is overdue or due soon, when a referral (とりつなぎ) needs a follow-up, KPI
values as people type them, and the referral map's structure."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Iterable, Mapping

from banso_desktop.domain.japanese import (
    MAX_DIGITS,
    YEN_PER_THOUSAND,
    _prepare,
    _split_sign,
    normalize,
    parse_money,
)
from banso_desktop.domain.rokaben_sheet import Label
from banso_desktop.domain.text import QT_TRANSLATE_NOOP, InputError

OPEN_ACTION_STATUSES = ("todo", "doing")
VALUE_ADDED_PARTS = ("operating_income_yen", "labor_cost_yen", "depreciation_yen")
RATE_PLACES = Decimal("0.000001")  # exact enough to show 0.1 % without rounding twice


# --- dates ----------------------------------------------------------------------------


def as_date(value: Any) -> date | None:
    """An ISO date text (or a date) as a date; None when blank or not an ISO date."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


# --- 付加価値額 ---------------------------------------------------------------------------


def value_added_yen(period: Mapping[str, Any]) -> int | None:
    """付加価値額 = 営業利益 + 人件費 + 減価償却費 (whole yen); None when a part is missing."""
    parts = [period.get(name) for name in VALUE_ADDED_PARTS]
    if any(p is None for p in parts):
        return None
    return sum(int(p) for p in parts)


def value_added_series(periods: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """付加価値額 per period, oldest first, with its change from the period before.

    ``change_rate`` is the change over the previous value (a Decimal rounded half up to
    six places, 0.1 = +10 %), None when either value is missing or the previous one is
    not positive (a rate from zero or a negative base means nothing). Like ロカベン's
    売上高増加率, a change is only told between two 12-month periods about a year apart:
    a 変則決算 is not comparable with a full year.
    """
    out: list[dict[str, Any]] = []
    previous: int | None = None
    previous_period: Mapping[str, Any] | None = None
    for period in sorted(periods, key=lambda p: p["period_end"]):
        value = value_added_yen(period)
        comparable = previous_period is not None and a_year_apart(previous_period, period)
        change = value - previous if comparable and value is not None and previous is not None else None
        rate = None
        if change is not None and previous is not None and previous > 0:
            rate = (Decimal(change) / Decimal(previous)).quantize(RATE_PLACES, rounding=ROUND_HALF_UP)
        out.append({
            "period_end": period["period_end"],
            "months": period.get("months", 12),
            "value_added_yen": value,
            "change_yen": change,
            "change_rate": rate,
        })
        previous, previous_period = value, period
    return out


def a_year_apart(earlier: Mapping[str, Any], later: Mapping[str, Any]) -> bool:
    """Both periods 12 months long and ending 11–13 months apart."""
    if int(earlier.get("months") or 12) != 12 or int(later.get("months") or 12) != 12:
        return False
    a, b = as_date(earlier["period_end"]), as_date(later["period_end"])
    months = (b.year - a.year) * 12 + (b.month - a.month)
    return 11 <= months <= 13


# --- 施策 due dates -------------------------------------------------------------------------


def _is_open(action: Mapping[str, Any]) -> bool:
    return action.get("status", "todo") in OPEN_ACTION_STATUSES and not action.get("deleted_at")


def is_overdue(action: Mapping[str, Any], today: date) -> bool:
    """A 施策 not done (未着手 / 進行中) whose 期限 has passed (a due date of today is not late)."""
    due = as_date(action.get("due_date"))
    return due is not None and due < today and _is_open(action)


def due_state(action: Mapping[str, Any], today: date, soon_days: int = 7) -> str | None:
    """'overdue', 'due_soon' (due from today to ``soon_days`` ahead, both included) or None."""
    if is_overdue(action, today):
        return "overdue"
    due = as_date(action.get("due_date"))
    if due is not None and _is_open(action) and today <= due <= today + timedelta(days=soon_days):
        return "due_soon"
    return None


# --- referrals ------------------------------------------------------------------------------


def referral_has_outcome(referral: Mapping[str, Any]) -> bool:
    """The referral's outcome was confirmed (a text or a date for it)."""
    return bool((referral.get("outcome") or "").strip()) or bool(referral.get("outcome_date"))


def referral_needs_attention(referral: Mapping[str, Any], today: date) -> bool:
    """A live referral without an outcome whose follow-up date has passed."""
    follow_up = as_date(referral.get("follow_up_date"))
    return (
        follow_up is not None
        and follow_up < today
        and not referral_has_outcome(referral)
        and not referral.get("deleted_at")
    )


# --- KPI values ------------------------------------------------------------------------------

# Units a KPI value may carry after its number (besides the KPI's own unit).
COUNT_UNITS = frozenset({
    "%", "件", "人", "名", "社", "回", "個", "点", "日", "時間", "分", "か月", "ヶ月", "ケ月", "カ月", "ヵ月",
    "月", "年", "倍", "台", "本", "枚", "店", "店舗", "品", "品目", "種", "種類", "組", "席", "部", "冊", "箱",
    "杯", "食", "泊", "棟", "戸", "坪", "m2", "㎡", "kg", "t", "g", "km", "m", "h", "pt", "ポイント", "人日",
})
# Money units and how many yen each stands for.
MONEY_UNITS = {"円": 1, "千円": 1_000, "万円": 10_000, "百万円": 1_000_000, "千万円": 10_000_000, "億円": 100_000_000}
_NUMBER = re.compile(r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(.*)")
_MULTIPLIER_START = re.compile(r"^(億|千万|百万|万|千)")


def decimal_text(value: Decimal | int | str) -> str:
    """An exact decimal as plain text: 12000 not 1.2E+4, 12.5 not 12.50, 0 not -0."""
    d = Decimal(value) if not isinstance(value, Decimal) else value
    if not d.is_finite():
        raise ValueError(f"not a finite number: {value!r}")
    if d == 0:
        return "0"
    return format(d.normalize(), "f")


def _compact_unit(unit: str) -> str:
    return re.sub(r"\s+", "", normalize(unit or ""))


def parse_kpi_value(text: str | None, unit: str = "") -> str | None:
    """A KPI value as typed, as exact decimal text; None when blank.

    Accepts 全角 digits, commas between groups of three, ▲/△/−/(…) negatives and a
    trailing unit: ``%``, a counting unit (件, 人, 回 …) or the KPI's own ``unit``.
    Money written with 円 or 万/億 (``120万円``, ``1億2,000万円``, ``12,000千円``) is
    converted into the KPI's money unit (千円 when its unit is not one). Raises
    :class:`InputError` with the reason otherwise.
    """
    prepared = _prepare(text)
    if prepared is None:
        return None
    original, s = prepared
    negative, body = _split_sign(s)
    m = _NUMBER.fullmatch(body)
    if not m:
        raise InputError(QT_TRANSLATE_NOOP("input", "“{text}” is not a number."), text=original)
    number, suffix = m.group(1), m.group(2)
    if len(number.replace(",", "").split(".")[0]) > MAX_DIGITS:
        raise InputError(QT_TRANSLATE_NOOP("input", "“{text}” is too large."), text=original)
    own_unit = _compact_unit(unit)
    money = bool(suffix) and suffix != own_unit and (suffix in MONEY_UNITS or bool(_MULTIPLIER_START.match(suffix)))
    if money and own_unit and own_unit not in MONEY_UNITS:
        raise InputError(
            QT_TRANSLATE_NOOP("input", "“{text}” is not in this KPI's unit ({unit})."),
            text=original, unit=unit.strip(),
        )
    if money:
        thousands = parse_money(body)  # exact 千円; refuses what is not an amount
        assert thousands is not None
        value = thousands * YEN_PER_THOUSAND / MONEY_UNITS.get(own_unit, YEN_PER_THOUSAND)
    elif not suffix or suffix == own_unit or (suffix in COUNT_UNITS and not own_unit):
        value = Decimal(number.replace(",", ""))
    elif suffix in COUNT_UNITS:
        raise InputError(
            QT_TRANSLATE_NOOP("input", "“{text}” is not in this KPI's unit ({unit})."),
            text=original, unit=unit.strip(),
        )
    else:
        raise InputError(QT_TRANSLATE_NOOP("input", "“{text}” is not a number."), text=original)
    return decimal_text(-value if negative else value)


def kpi_decimal(value: Any) -> str | None:
    """A KPI value given to the store (text, Decimal or int) as exact decimal text."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(f"not a KPI value: {value!r}")
    if isinstance(value, (int, Decimal)):
        return decimal_text(value)
    text = str(value).strip()
    if not text:
        return None
    try:
        return decimal_text(Decimal(text))
    except (InvalidOperation, ValueError):
        raise ValueError(f"not an exact decimal: {value!r}") from None


# --- the referral map (resources/referral_map.json) ---------------------------------------


@dataclass(frozen=True)
class Institution:
    key: str
    label: Label


@dataclass(frozen=True)
class ReferralCategory:
    key: str  # founding, sales_channels, … (the referral's category column)
    label: Label
    institutions: tuple[Institution, ...]


@dataclass(frozen=True)
class ReferralMap:
    """経営課題 → the institutions to refer to (DOMAIN.md §8); the office's own
    contacts for them are kept in the database."""

    categories: tuple[ReferralCategory, ...]
    source: str = ""

    @classmethod
    def load(cls, path: Path) -> "ReferralMap":
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        institutions = {i["key"]: Institution(i["key"], Label(i["ja"], i["en"])) for i in data["institutions"]}
        categories = []
        for c in data["categories"]:
            unknown = [k for k in c["institutions"] if k not in institutions]
            if unknown:
                raise ValueError(f"referral map: category {c['key']} names unknown institutions {unknown}")
            categories.append(ReferralCategory(
                c["key"], Label(c["ja"], c["en"]), tuple(institutions[k] for k in c["institutions"])
            ))
        return cls(tuple(categories), data.get("source", ""))

    def category(self, key: str | None) -> ReferralCategory | None:
        return next((c for c in self.categories if c.key == key), None)

    def institutions(self) -> list[Institution]:
        """Every institution of the map once, in the order they first appear."""
        seen: dict[str, Institution] = {}
        for c in self.categories:
            for i in c.institutions:
                seen.setdefault(i.key, i)
        return list(seen.values())

    def institution(self, key: str) -> Institution | None:
        return next((i for i in self.institutions() if i.key == key), None)
