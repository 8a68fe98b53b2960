"""Japanese business conventions: numbers as consultants type them, and 和暦 dates.

Money inside the app is kept exactly: amounts are :class:`~decimal.Decimal` in 千円
(thousands of yen) with at most three decimals, so one yen is representable and nothing
is lost to binary floats. What people type from a 決算書 is normal input here, not an
error: 全角 digits, commas, ▲/△/−/(…) negatives, and 円 / 千円 / 万円 / 百万円 / 億円
units (``1億2,000万円`` included).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal, localcontext

from banso_desktop.domain.text import QT_TRANSLATE_NOOP, InputError, excerpt

# --- normalising what was typed ------------------------------------------------------

# Characters people (and IMEs) produce for a minus sign. NFKC already maps the
# full-width hyphen-minus; U+2212 MINUS SIGN and the dashes survive NFKC, and a
# Japanese IME turns "-" into the long-vowel mark "ー".
_MINUS = "-\u2212\u2010\u2011\u2012\u2013\u2014\u2015\u30fc\ufe63"
_TRIANGLES = "▲△"
_SPACES = re.compile(r"\s+")


def normalize(text: str) -> str:
    """NFKC-normalise (全角 digits and letters to ASCII, 半角カナ to 全角) and trim."""
    return unicodedata.normalize("NFKC", text).strip()


def _prepare(text: str | None) -> tuple[str, str] | None:
    """(what was typed as a message quotes it; NFKC form without spaces), or None when blank."""
    if text is None:
        return None
    compact = _SPACES.sub("", normalize(text))
    return (excerpt(text.strip()), compact) if compact else None


def hiragana_to_katakana(text: str) -> str:
    """Convert hiragana to katakana, leaving everything else as it is."""
    return "".join(
        chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c for c in text
    )


# --- money ---------------------------------------------------------------------------

YEN_PER_THOUSAND = 1000
MAX_YEN = 10**16  # 1京円: far beyond any company, far inside SQLite's 64-bit integers
MAX_DIGITS = 17
_MULTIPLIERS = {"億": 100_000_000, "千万": 10_000_000, "百万": 1_000_000, "万": 10_000, "千": 1_000}
_SEGMENT = re.compile(r"(\d+(?:,\d+)*(?:\.\d+)?)(億|千万|百万|万|千)?")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})*(?:\.\d+)?")


def _split_sign(s: str) -> tuple[bool, str]:
    negative = False
    if len(s) >= 2 and s[0] == "(" and s[-1] == ")":
        negative, s = True, s[1:-1].strip()
    if s and s[0] in _TRIANGLES:
        if negative:
            raise InputError(QT_TRANSLATE_NOOP("input", "Use only one minus sign."))
        negative, s = True, s[1:].strip()
    elif s and s[0] in _MINUS:
        if negative:
            raise InputError(QT_TRANSLATE_NOOP("input", "Use only one minus sign."))
        negative, s = True, s[1:].strip()
    if s and (s[0] in _TRIANGLES or s[0] in _MINUS):
        raise InputError(QT_TRANSLATE_NOOP("input", "Use only one minus sign."))
    return negative, s


def _segments(body: str, original: str) -> list[tuple[Decimal, int | None]]:
    parts: list[tuple[Decimal, int | None]] = []
    pos = 0
    while pos < len(body):
        m = _SEGMENT.match(body, pos)
        if not m:
            raise InputError(
                QT_TRANSLATE_NOOP("input", "“{text}” is not a number."), text=original
            )
        number, unit = m.group(1), m.group(2)
        if "," in number and not _GROUPED.fullmatch(number):
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "input", "Commas must separate groups of three digits (“{text}”)."
                ),
                text=original,
            )
        digits = number.replace(",", "")
        if len(digits.split(".")[0]) > MAX_DIGITS:
            raise InputError(QT_TRANSLATE_NOOP("input", "“{text}” is too large."), text=original)
        parts.append((Decimal(digits), _MULTIPLIERS[unit] if unit else None))
        pos = m.end()
    multipliers = [mult for _, mult in parts if mult is not None]
    if multipliers != sorted(multipliers, reverse=True) or len(set(multipliers)) != len(
        multipliers
    ):
        raise InputError(
            QT_TRANSLATE_NOOP("input", "The units in “{text}” are out of order."), text=original
        )
    if any(mult is None for _, mult in parts[:-1]):
        raise InputError(
            QT_TRANSLATE_NOOP("input", "“{text}” is not a number."), text=original
        )
    return parts


def parse_money(text: str | None, default_unit_yen: int = YEN_PER_THOUSAND) -> Decimal | None:
    """Parse an amount as typed into 千円 (thousands of yen), exactly.

    A bare number is in the default unit (千円 unless ``default_unit_yen`` says
    otherwise, e.g. ``1`` for a field kept in 円). ``円`` marks yen, and ``千``, ``万``,
    ``百万``, ``千万``, ``億`` multiply, so ``12,345,678円`` is ``12345.678`` and ``1億2,000万``
    is ``120000``. Negatives: ``▲1,200``, ``△1,200``, ``-1,200``, ``−1,200``,
    ``(1,200)``. Returns ``None`` for blank input; raises :class:`InputError` with a
    reason for anything else that is not an amount, including fractions of a yen.
    """
    prepared = _prepare(text)
    if prepared is None:
        return None
    original, s = prepared
    negative, s = _split_sign(s)
    yen_marked = False
    if s.startswith("¥"):
        yen_marked, s = True, s[1:]
    if s.endswith("円"):
        yen_marked, s = True, s[:-1]
    if not s:
        raise InputError(QT_TRANSLATE_NOOP("input", "“{text}” is not a number."), text=original)
    with localcontext() as ctx:
        # Exact arithmetic whatever was typed: at the default 28 digits a long fraction
        # (1.0000000000000000000000000001) would round to a whole number of yen unnoticed.
        ctx.prec = len(s) + 20
        value = _exact_amount(s, original, yen_marked, default_unit_yen)
    return -value if negative and value != 0 else value


def _exact_amount(s: str, original: str, yen_marked: bool, default_unit_yen: int) -> Decimal:
    parts = _segments(s, original)
    has_multiplier = any(mult is not None for _, mult in parts)
    if has_multiplier and parts[-1][1] is None and not yen_marked:
        # "1億2000" – people usually mean 1億2000万; refuse to guess.
        raise InputError(
            QT_TRANSLATE_NOOP(
                "input", "Add the unit to the last part of “{text}” (for example 万 or 円)."
            ),
            text=original,
        )
    if has_multiplier or yen_marked:
        yen = sum((number * (mult or 1) for number, mult in parts), Decimal(0))
    else:
        yen = parts[0][0] * default_unit_yen
    if yen != yen.to_integral_value():
        raise InputError(
            QT_TRANSLATE_NOOP("input", "“{text}” has a fraction of a yen."), text=original
        )
    if abs(yen) > MAX_YEN:
        raise InputError(QT_TRANSLATE_NOOP("input", "“{text}” is too large."), text=original)
    return _tidy(yen / YEN_PER_THOUSAND)


def _tidy(value: Decimal) -> Decimal:
    """Plain form for an exact amount: 1200 not 1.2E+3, 1.2 not 1.200."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def thousands_to_yen(value: Decimal) -> int:
    """Convert an exact 千円 amount to whole yen (raises if it holds a fraction of a yen)."""
    yen = value * YEN_PER_THOUSAND
    if yen != yen.to_integral_value():
        raise ValueError(f"{value} 千円 is not a whole number of yen")
    return int(yen)


def yen_to_thousands(yen: int) -> Decimal:
    """Whole yen as an exact 千円 amount."""
    return _tidy(Decimal(yen) / YEN_PER_THOUSAND)


def format_amount(value: Decimal | int | None, decimals: int = 0, blank: str = "") -> str:
    """Format for Japanese business documents: thousands separators, ▲ for negatives.

    Rounds half up (四捨五入) to ``decimals`` places for display only.
    """
    if value is None:
        return blank
    d = Decimal(value).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    text = f"{abs(d):,.{decimals}f}"
    return ("▲" + text) if d < 0 else text


def format_yen_as_thousands(yen: int) -> str:
    """Whole yen shown in 千円 without losing a yen: 10,000,000 → "10,000", 1,234 → "1.234"."""
    thousands = yen_to_thousands(yen)
    if thousands == thousands.to_integral_value():
        return format_amount(thousands)
    return format_amount(thousands, decimals=3).rstrip("0")


def parse_count(text: str | None, allow_negative: bool = False) -> int | None:
    """Parse a whole count as typed (全角, commas, 人/名/社/か月 suffixes); None when blank."""
    prepared = _prepare(text)
    if prepared is None:
        return None
    original, s = prepared
    s = re.sub(r"(人|名|社|件|回|ヶ月|ケ月|か月|カ月|ヵ月|箇月|月)$", "", s)
    if not s:
        raise InputError(QT_TRANSLATE_NOOP("input", "“{text}” is not a number."), text=original)
    negative, s = _split_sign(s)
    if not _GROUPED.fullmatch(s) and not re.fullmatch(r"\d+(?:\.\d+)?", s):
        raise InputError(QT_TRANSLATE_NOOP("input", "“{text}” is not a number."), text=original)
    if len(s.replace(",", "").split(".")[0]) > MAX_DIGITS:
        raise InputError(QT_TRANSLATE_NOOP("input", "“{text}” is too large."), text=original)
    number = Decimal(s.replace(",", ""))
    if number != number.to_integral_value():
        raise InputError(
            QT_TRANSLATE_NOOP("input", "Enter a whole number (“{text}”)."), text=original
        )
    value = -int(number) if negative else int(number)
    if value < 0 and not allow_negative:
        raise InputError(QT_TRANSLATE_NOOP("input", "This cannot be negative."))
    return value


# --- 和暦 ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Era:
    """A Japanese era (元号) from its first day (proleptic Gregorian)."""

    name: str  # 令和
    romaji: str  # Reiwa
    letter: str  # R
    start: date


# 明治 is taken to cover all of 1868: before 1873 Japan used the lunisolar calendar, so a
# day-exact conversion is not meaningful there; year arithmetic (明治元年 = 1868) is.
ERAS: tuple[Era, ...] = (
    Era("明治", "Meiji", "M", date(1868, 1, 1)),
    Era("大正", "Taisho", "T", date(1912, 7, 30)),
    Era("昭和", "Showa", "S", date(1926, 12, 25)),
    Era("平成", "Heisei", "H", date(1989, 1, 8)),
    Era("令和", "Reiwa", "R", date(2019, 5, 1)),
)
_ERA_BY_KEY: dict[str, Era] = {}
for _era in ERAS:
    _ERA_BY_KEY[_era.name] = _era
    _ERA_BY_KEY[_era.name[0]] = _era
    _ERA_BY_KEY[_era.letter] = _era
    _ERA_BY_KEY[_era.letter.lower()] = _era

_ERA_ALT = "|".join(sorted(_ERA_BY_KEY, key=len, reverse=True))
_ERA_DATE = re.compile(
    rf"^(?P<era>{_ERA_ALT})(?P<y>\d{{1,3}}|元)(?:年|[./-])(?P<m>\d{{1,2}})(?:月|[./-])(?P<d>\d{{1,2}})日?$"
)
_WESTERN_DATE = re.compile(r"^(?P<y>\d{4})(?:年|[./-])(?P<m>\d{1,2})(?:月|[./-])(?P<d>\d{1,2})日?$")
_COMPACT_DATE = re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})$")
_ERA_YEAR = re.compile(rf"^(?P<era>{_ERA_ALT})(?P<y>\d{{1,3}}|元)年?$")
_WESTERN_YEAR = re.compile(r"^(?P<y>\d{4})年?$")


def month_end(year: int, month: int) -> date:
    """The last day of a month (a fiscal year end such as 3月末日)."""
    return date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)


def era_of(day: date) -> Era:
    """The era in force on ``day`` (raises for days before 明治)."""
    for era in reversed(ERAS):
        if day >= era.start:
            return era
    raise ValueError(f"{day} is before the Meiji era")


def to_wareki(day: date) -> tuple[Era, int]:
    """``day`` as (era, year of the era); year 1 is 元年."""
    era = era_of(day)
    return era, day.year - era.start.year + 1


def _era_year_text(year: int) -> str:
    return "元" if year == 1 else str(year)


def format_wareki(day: date, style: str = "long") -> str:
    """和暦 for display: ``long`` 令和7年3月31日, ``short`` R7.3.31, ``year`` 令和7年."""
    era, year = to_wareki(day)
    if style == "short":
        return f"{era.letter}{year}.{day.month}.{day.day}"
    if style == "year":
        return f"{era.name}{_era_year_text(year)}年"
    return f"{era.name}{_era_year_text(year)}年{day.month}月{day.day}日"


def format_date_ja(day: date) -> str:
    """和暦 with 西暦, as on Japanese business documents: 令和7年3月31日（2025年3月31日）."""
    return f"{format_wareki(day)}（{day.year}年{day.month}月{day.day}日）"


def document_date(day: date | None, lang: str, blank: str = "—") -> str:
    """A document's date: 和暦 with 西暦 (令和8年11月21日（2026年11月21日）) / 21 Nov 2026
    (Reiwa 8); a date before 明治 (a typing slip kept in the data) as stored."""
    if day is None:
        return blank
    try:
        return format_date_en(day) if lang == "en" else format_date_ja(day)
    except ValueError:
        return day.isoformat()


def table_date(day: date | None, lang: str, blank: str = "—") -> str:
    """A compact date for a table cell: 令和8年12月15日 / 15 Dec 2026."""
    if day is None:
        return blank
    if lang == "en":
        return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"
    try:
        return format_wareki(day)
    except ValueError:
        return day.isoformat()


# English month names, fixed: strftime's %b follows the process locale, which Qt sets to
# the desktop's (a Japanese desktop would print 11月 in an English document).
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_date_en(day: date) -> str:
    """English date with the era year: 31 Mar 2025 (Reiwa 7)."""
    era, year = to_wareki(day)
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year} ({era.romaji} {year})"


def wareki_year_label(year: int) -> str:
    """和暦 for a calendar year, by the era in force at its end: 1989 → 平成元年."""
    return format_wareki(date(year, 12, 31), style="year")


def _era_to_western(era_key: str, year_text: str) -> tuple[Era, int]:
    era = _ERA_BY_KEY[era_key]
    year = 1 if year_text == "元" else int(year_text)
    if year < 1:
        raise InputError(QT_TRANSLATE_NOOP("input", "An era year starts at 元年 (1)."))
    return era, era.start.year + year - 1


def parse_date(text: str | None) -> date | None:
    """Parse a date typed as 和暦 or 西暦; None when blank.

    Accepts 令和7年3月31日, R7.3.31, R07/03/31, 令7.3.31, 令和元年5月1日, 2025/3/31,
    2025-03-31, 2025年3月31日, 20250331, in 全角 or 半角. A 和暦 date before its
    era began is refused; one written past the era's end (平成31年5月1日 on an old
    form) is converted by the year count, as documents do.
    """
    prepared = _prepare(text)
    if prepared is None:
        return None
    original, s = prepared
    era: Era | None = None
    m = _ERA_DATE.match(s)
    if m:
        era, year = _era_to_western(m.group("era"), m.group("y"))
    else:
        m = _WESTERN_DATE.match(s) or _COMPACT_DATE.match(s)
        if not m:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "input", "“{text}” is not a date (for example R7.3.31 or 2025/3/31)."
                ),
                text=original,
            )
        year = int(m.group("y"))
    try:
        day = date(year, int(m.group("m")), int(m.group("d")))
    except ValueError:
        raise InputError(
            QT_TRANSLATE_NOOP("input", "“{text}” is not a day of the calendar."), text=original
        ) from None
    if era is not None and day < era.start:
        raise InputError(
            QT_TRANSLATE_NOOP("input", "{era} began on {start}; “{text}” is before it."),
            era=era.name,
            start=format_wareki(era.start) if era.start.year > 1868 else "1868",
            text=original,
        )
    if day < ERAS[0].start:
        raise InputError(
            QT_TRANSLATE_NOOP("input", "Dates before 1868 (明治) are not supported.")
        )
    return day


def parse_year(text: str | None, earliest: int = 500, latest: int | None = None) -> int | None:
    """Parse a calendar year typed as 西暦 (1975, 1975年) or 和暦 (昭和50年, S50, 平成元年)."""
    prepared = _prepare(text)
    if prepared is None:
        return None
    original, s = prepared
    m = _ERA_YEAR.match(s)
    if m:
        _, year = _era_to_western(m.group("era"), m.group("y"))
    else:
        m = _WESTERN_YEAR.match(s)
        if not m:
            raise InputError(
                QT_TRANSLATE_NOOP("input", "“{text}” is not a year (for example 1975 or 昭和50年)."),
                text=original,
            )
        year = int(m.group("y"))
    if year < earliest or (latest is not None and year > latest):
        raise InputError(
            QT_TRANSLATE_NOOP("input", "The year {year} is out of range."), year=year
        )
    return year


def parse_time(text: str | None) -> str | None:
    """A time of day as HH:MM from 10:30, １０：３０, 1030, 10時30分 or 10時; None when blank."""
    t = unicodedata.normalize("NFKC", text or "").strip()
    if not t:
        return None
    m = re.fullmatch(r"(\d{1,2})(?::|時|\.)?(\d{2})?分?", t)
    if not m or int(m.group(1)) > 23 or int(m.group(2) or 0) > 59:
        raise InputError(
            QT_TRANSLATE_NOOP("input", "“{text}” is not a time of day (e.g. 10:30)."), text=excerpt(t)
        )
    return f"{int(m.group(1)):02d}:{int(m.group(2) or 0):02d}"
