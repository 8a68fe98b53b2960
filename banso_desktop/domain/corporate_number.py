"""法人番号 (corporate number): 13 digits whose first digit is a check digit.

The 国税庁 rule: for the 12-digit base number, with P_n the digit in position n counted
from the right (n = 1..12) and Q_n = 1 for odd n and 2 for even n, the check digit is
9 − (Σ P_n × Q_n mod 9).
"""

from __future__ import annotations

import re

from banso_desktop.domain.japanese import normalize
from banso_desktop.domain.text import QT_TRANSLATE_NOOP, InputError

_SEPARATORS = re.compile(r"[\s\-‐−ー]")


def check_digit(base: str) -> int:
    """The check digit for a 12-digit base number."""
    if len(base) != 12 or not base.isascii() or not base.isdigit():
        raise ValueError("the base of a 法人番号 is 12 ASCII digits")
    total = sum(int(d) * (1 if n % 2 else 2) for n, d in enumerate(reversed(base), start=1))
    return 9 - total % 9


def is_valid(number: str) -> bool:
    """True when ``number`` is 13 ASCII digits with the right check digit."""
    return (
        len(number) == 13
        and number.isascii()
        and number.isdigit()
        and int(number[0]) == check_digit(number[1:])
    )


def parse_corporate_number(text: str | None) -> str | None:
    """Normalise a 法人番号 as typed (全角, spaces, hyphens) and check it; None when blank."""
    if text is None:
        return None
    s = _SEPARATORS.sub("", normalize(text))
    if not s:
        return None
    if not (s.isascii() and s.isdigit()):
        raise InputError(QT_TRANSLATE_NOOP("input", "A corporate number has only digits."))
    if len(s) != 13:
        raise InputError(
            QT_TRANSLATE_NOOP("input", "A corporate number has 13 digits; this has {count}."),
            count=len(s),
        )
    if not is_valid(s):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "input",
                "The check digit does not match (the first digit should be {expected}); "
                "please check the number.",
            ),
            expected=check_digit(s[1:]),
        )
    return s
