"""A 決算期 just added (決算期を追加 stores an empty row at once) or half typed in, or one
ending after today, is not the company's latest result: it neither raises warnings nor
hides the real ones, and the yearly report compares the periods that are entered."""

from datetime import date

from banso_desktop.office.alerts import Rules, all_warnings, warnings_for
from banso_desktop.office.history import load_history
from banso_desktop.office.kpi import year_report

TODAY = date(2026, 11, 21)
FULL = {"gross_profit_yen": 20_000_000, "operating_income_yen": -3_000_000, "depreciation_yen": 1_000_000,
        "labor_cost_yen": 10_000_000, "net_assets_yen": -5_000_000, "total_assets_yen": 50_000_000}


def kinds(store, company):
    return [a.kind for a in warnings_for(store, company, TODAY, Rules())]


def test_an_empty_or_half_typed_new_period_changes_nothing(store):
    company = store.companies.create({"name": "株式会社テスト"})
    for end, sales in (("2023-03-31", 100_000_000), ("2024-03-31", 90_000_000), ("2025-03-31", 80_000_000)):
        store.periods.create(company, end, {"sales_yen": sales, **FULL})
    before = kinds(store, company)
    assert before == ["sales_down", "insolvent", "ebitda_not_positive"]
    report = year_report(load_history(store.conn), 2025)
    store.periods.create(company, "2026-03-31")  # 決算期を追加: an empty row
    assert kinds(store, company) == before
    assert year_report(load_history(store.conn), 2025).to_json() == report.to_json()
    # 売上高 typed, the rest not yet: the sales rule reads it (up again), the others keep
    # reading the latest period that holds their figures.
    period = store.periods.for_company(company)[-1]["id"]
    store.periods.update(period, {"sales_yen": 85_000_000})
    assert kinds(store, company) == ["insolvent", "ebitda_not_positive"]


def test_a_period_ending_after_today_is_not_read(store):
    company = store.companies.create({"name": "株式会社みらい"})
    store.periods.create(company, "2025-03-31", {"sales_yen": 100_000_000, **FULL})
    store.periods.create(company, "2027-03-31", {"sales_yen": 100_000_000, **FULL, "net_assets_yen": 5_000_000})
    found = all_warnings(load_history(store.conn), None, Rules(), TODAY)
    insolvent = [a for a in found[company] if a.kind == "insolvent"]
    assert insolvent and insolvent[0].detail["period_end"] == "2025-03-31"
