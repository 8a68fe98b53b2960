"""Company field rules, the industry list and the 事業規模 rule."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from banso_desktop.data import industries
from banso_desktop.domain.company import COMPANY_FIELDS, clean_company_field, clean_founded_year, show_company_field
from banso_desktop.domain.industries import Scale
from banso_desktop.domain.statements import borrowings_yen, payables_yen, receivables_yen
from banso_desktop.domain.text import InputError


@pytest.mark.parametrize(
    "field, typed, stored",
    [
        ("name", "  株式会社山田製作所 ", "株式会社山田製作所"),
        ("name_kana", "やまだせいさくしょ", "ヤマダセイサクショ"),
        ("name_kana", "ﾔﾏﾀﾞｾｲｻｸｼｮ", "ヤマダセイサクショ"),
        ("corporate_number", "7000-0120-50002", "7000012050002"),
        ("postal_code", "〒１２３－４５６７", "123-4567"),
        ("postal_code", "1234567", "123-4567"),
        ("phone", "０３－１２３４－５６７８", "03-1234-5678"),
        ("email", "info@example.jp", "info@example.jp"),
        ("employees", "１２人", 12),
        ("capital_yen", "1,000万円", 10_000_000),
        ("capital_yen", "10,000", 10_000_000),
        ("capital_yen", "3,000,000円", 3_000_000),
        ("fiscal_month", "3", 3),
        ("founded_year", "昭和50年", 1975),
        ("scale_override", "small", "small"),
        ("scale_override", "", None),
        ("industry_code", "0301", "0301"),
        ("memo", "改行も\n残る", "改行も\n残る"),
    ],
)
def test_fields_clean_typed_text(field, typed, stored):
    assert clean_company_field(field, typed) == stored


@pytest.mark.parametrize(
    "field, typed",
    [
        ("name", "   "),
        ("name_kana", "山田"),
        ("corporate_number", "1234567890123"),
        ("postal_code", "12-345"),
        ("phone", "123"),
        ("email", "not an email"),
        ("employees", "-1"),
        ("capital_yen", "▲100"),
        ("fiscal_month", "13"),
        ("scale_override", "huge"),
    ],
)
def test_fields_refuse_with_a_reason(field, typed):
    with pytest.raises(InputError) as info:
        clean_company_field(field, typed)
    assert info.value.render()


def test_founded_year_cannot_be_in_the_future():
    assert clean_founded_year("2026", today=date(2026, 11, 21)) == 2026
    with pytest.raises(InputError):
        clean_founded_year("2027", today=date(2026, 11, 21))


def test_capital_shows_back_in_thousands():
    assert show_company_field("capital_yen", 10_000_000) == "10,000"
    assert show_company_field("capital_yen", 1_234) == "1.234"
    assert show_company_field("capital_yen", None) == ""
    assert show_company_field("employees", 12) == "12"


@given(st.sampled_from(sorted(COMPANY_FIELDS)), st.text(max_size=60))
def test_any_text_in_any_field_is_stored_or_explained(field, text):
    try:
        clean_company_field(field, text)
    except InputError as exc:
        assert exc.render()


def test_industry_list_is_rokabens_own():
    catalog = industries()
    assert len(catalog) == 27
    assert catalog.get("0301").meti_minor == "0301_食料品・飼料・飲料製造業"
    assert catalog.get("1201").major_ja == "保険衛生、廃棄物処理業"  # METI's spelling
    assert catalog.get("1400").label("ja") == "その他 › その他業種"
    assert catalog.get("0501").label("ja") == "小売業"
    assert catalog.get("9999") is None


def test_industry_list_matches_the_benchmark_table_where_available():
    import csv

    from tests.helpers import SHARED_DATA

    path = SHARED_DATA / "rokaben_benchmarks.csv"
    if not path.exists():
        pytest.skip(f"METI benchmark table not present at {path} (a newcomer's clone has no ../shared)")
    with path.open(encoding="utf-8") as f:
        minors = {row["minor"] for row in csv.DictReader(f)}
    assert minors == {i.meti_minor for i in industries()}


@pytest.mark.parametrize(
    "code, employees, scale, limit",
    [
        ("0501", 5, Scale.SMALL, 5),  # 小売業: ≤ 5
        ("0501", 6, Scale.MEDIUM, 5),
        ("0404", 5, Scale.SMALL, 5),  # 卸売業
        ("0601", 6, Scale.MEDIUM, 5),  # 飲食業
        ("1004", 5, Scale.SMALL, 5),  # サービス業
        ("1002", 20, Scale.SMALL, 20),  # 娯楽業 is the exception: ≤ 20
        ("1101", 6, Scale.MEDIUM, 5),  # 医療業
        ("1201", 5, Scale.SMALL, 5),  # 保健衛生
        ("1301", 20, Scale.SMALL, 20),  # 観光業 (宿泊業): ≤ 20
        ("0304", 20, Scale.SMALL, 20),  # 製造業
        ("0304", 21, Scale.MEDIUM, 20),
        ("0201", 21, Scale.MEDIUM, 20),
        ("1400", 0, Scale.SMALL, 20),
    ],
)
def test_scale_default_rule(code, employees, scale, limit):
    decision = industries().decide_scale(code, employees)
    assert decision.scale is scale
    assert decision.limit == limit
    assert not decision.overridden


def test_scale_override_and_unknowns():
    catalog = industries()
    assert catalog.decide_scale("0501", 100, Scale.SMALL).scale is Scale.SMALL
    assert catalog.decide_scale("0501", 100, Scale.SMALL).overridden
    assert catalog.decide_scale(None, 3).scale is None
    assert catalog.decide_scale("0501", None).scale is None


def test_statement_totals_follow_what_was_included():
    period = {
        "short_term_loans_yen": 100, "long_term_loans_yen": 200, "bonds_yen": 50,
        "lease_obligations_yen": 7, "officer_loans_yen": 30, "include_officer_loans": 1,
        "accounts_receivable_yen": 10, "electronic_receivables_yen": 5,
        "accounts_payable_yen": None,
    }
    assert borrowings_yen(period) == 330  # 短期 + 長期 + 役員借入金 (included); 社債, リース not
    assert receivables_yen(period) == 15
    assert payables_yen(period) is None
