"""法人番号 check digits (国税庁 rule)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from banso_desktop.domain.corporate_number import check_digit, is_valid, parse_corporate_number
from banso_desktop.domain.text import InputError

# Published numbers: 国税庁, トヨタ自動車, 経済産業省 (from the 国税庁 法人番号公表サイト).
KNOWN = ["7000012050002", "1180301018771", "4000012090001"]


@pytest.mark.parametrize("number", KNOWN)
def test_published_numbers_are_valid(number):
    assert is_valid(number)
    assert check_digit(number[1:]) == int(number[0])


@pytest.mark.parametrize(
    "typed, expected",
    [("7000012050002", "7000012050002"), ("７０００－０１２０－５０００２", "7000012050002"),
     (" 7000 0120 50002 ", "7000012050002"), ("", None)],
)
def test_parse_normalises(typed, expected):
    assert parse_corporate_number(typed) == expected


@pytest.mark.parametrize(
    "typed, reason",
    [("700001205000", "13 digits; this has 12"), ("8000012050002", "should be 7"), ("70000120500O2", "only digits")],
)
def test_parse_refuses(typed, reason):
    with pytest.raises(InputError) as info:
        parse_corporate_number(typed)
    assert reason in info.value.render()


def reference_check_digit(base: str) -> int:
    """The 国税庁 rule written out independently: P_n is the n-th digit from the right
    (n = 1..12), Q_n is 1 for odd n and 2 for even n; check = 9 − (Σ P_n·Q_n mod 9)."""
    total = 0
    for n in range(1, 13):
        p = int(base[12 - n])
        q = 2 if n % 2 == 0 else 1
        total += p * q
    return 9 - (total % 9)


@given(st.text(alphabet="0123456789", min_size=12, max_size=12))
def test_check_digit_follows_the_published_rule(base):
    assert check_digit(base) == reference_check_digit(base)
    number = f"{reference_check_digit(base)}{base}"
    assert is_valid(number)
    assert parse_corporate_number(number) == number
    wrong = f"{(reference_check_digit(base) % 9) + 1}{base}"
    assert not is_valid(wrong)


@given(st.text(alphabet="0123456789", min_size=12, max_size=12), st.integers(0, 11), st.integers(1, 9))
def test_a_single_changed_digit_is_caught(base, position, delta):
    number = f"{check_digit(base)}{base}"
    digits = list(number)
    i = position + 1
    old = int(digits[i])
    digits[i] = str((old + delta) % 10)
    changed = "".join(digits)
    # Weights are 1 and 2 modulo 9: only a change of ±9 in a weight-1 digit goes unseen.
    weight = 1 if (12 - position) % 2 else 2
    if (weight * (int(digits[i]) - old)) % 9:
        assert not is_valid(changed)
