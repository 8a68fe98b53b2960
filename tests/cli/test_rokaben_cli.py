"""`banso rokaben` and `banso benchmarks` through the real command."""

import json

import pytest

from banso_desktop.store import open_store
from tests.helpers import run_banso
from tests.store.test_benchmarks import CSV, XLSX, needs_meti, synthetic_csv

FIXTURE_A = {  # research-rokaben.md §8.2: 0201_建設業 / 小規模事業者
    "industry": "0201_建設業", "scale": "小規模事業者",
    "periods": [
        {"fiscal_year_end": "2024-03-31", "sales": 110000},
        {"fiscal_year_end": "2025-03-31", "sales": 120000, "operating_income": 4800, "depreciation": 1200,
         "employees": 10, "borrowings": 30000, "cash_and_deposits": 15000, "receivables": 18000,
         "inventories": 2000, "payables": 10000, "net_assets": 24000, "total_assets": 80000},
    ],
}
FIXTURE_B = {  # 0304_金属製品製造業 / 中規模事業者, net cash; given in Japanese notation
    "industry": "0304", "scale": "中規模事業者",
    "periods": [
        {"fiscal_year_end": "R6.3.31", "sales": "８００，０００"},
        {"fiscal_year_end": "令和7年3月31日", "sales": "850,000千円", "operating_income": "51,000",
         "depreciation": "25,000", "employees": "45人", "borrowings": "1億2,000万円",
         "cash_and_deposits": "180,000", "receivables": "150,000", "inventories": "60,000",
         "payables": "70,000", "net_assets": "420,000", "total_assets": "700,000"},
    ],
}
FIXTURE_C = {  # 0601_飲食業 / 小規模事業者: loss-making with net debt, 債務超過
    "industry": "0601_飲食業", "scale": "小規模事業者",
    "periods": [
        {"fiscal_year_end": "2025-03-31", "previous_sales": 66000, "sales": 60000, "operating_income": "▲3,000",
         "depreciation": 1500, "employees": 4, "borrowings": 40000, "cash_and_deposits": 8000,
         "receivables": 500, "inventories": 800, "payables": 2500, "net_assets": "△5,000", "total_assets": 30000},
    ],
}


def score(tmp_path, data, *extra):
    path = tmp_path / "input.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = run_banso("rokaben", "--input", str(path), "--json", *extra)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def latest(output):
    period = output["periods"][-1]
    return {k: v["score"] for k, v in period["indicators"].items()}, period


@needs_meti
@pytest.mark.parametrize("table", [CSV, XLSX], ids=["csv", "xlsx"])
def test_fixture_a(tmp_path, table):
    output = score(tmp_path, FIXTURE_A, "--benchmarks", str(table))
    scores, period = latest(output)
    assert scores == {"sales_growth_rate": 3, "operating_margin": 4, "labor_productivity": 3,
                      "ebitda_debt_ratio": 4, "working_capital_months": 3, "equity_ratio": 3}
    values = {k: v["value"] for k, v in period["indicators"].items()}
    assert values["sales_growth_rate"] == pytest.approx(0.090909, abs=1e-6)
    assert values["operating_margin"] == pytest.approx(0.04)
    assert values["labor_productivity"] == pytest.approx(480.0)
    assert values["ebitda_debt_ratio"] == pytest.approx(2.5)
    assert values["working_capital_months"] == pytest.approx(1.0)
    assert values["equity_ratio"] == pytest.approx(0.3)
    assert (period["total_score"], period["rank"]) == (20, "B")
    assert output["industry"] == "0201_建設業" and output["scale"] == "小規模事業者"
    assert [p["fiscal_year_end"] for p in output["periods"]] == ["2024-03-31", "2025-03-31"]


@needs_meti
def test_fixture_b_net_cash_one_point_short_of_a(tmp_path):
    scores, period = latest(score(tmp_path, FIXTURE_B, "--benchmarks", str(CSV)))
    assert scores == {"sales_growth_rate": 4, "operating_margin": 4, "labor_productivity": 3,
                      "ebitda_debt_ratio": 5, "working_capital_months": 3, "equity_ratio": 4}
    assert period["indicators"]["ebitda_debt_ratio"]["value"] == pytest.approx(-0.789474, abs=1e-6)
    assert period["indicators"]["labor_productivity"]["value"] == pytest.approx(1133.333, abs=1e-3)
    assert period["indicators"]["labor_productivity"]["next_cut"] == pytest.approx(1171.3, abs=0.1)
    assert (period["total_score"], period["rank"]) == (23, "B")


@needs_meti
def test_fixture_c_ebitda_rule(tmp_path):
    scores, period = latest(score(tmp_path, FIXTURE_C, "--benchmarks", str(CSV)))
    assert scores == {"sales_growth_rate": 3, "operating_margin": 4, "labor_productivity": 4,
                      "ebitda_debt_ratio": 1, "working_capital_months": 4, "equity_ratio": 2}
    ebitda = period["indicators"]["ebitda_debt_ratio"]
    assert ebitda["value"] is None and ebitda["reason_code"] == "ebitda_not_positive" and ebitda["reason"]
    assert period["indicators"]["equity_ratio"]["value"] == pytest.approx(-0.166667, abs=1e-6)
    assert (period["total_score"], period["rank"]) == (18, "B")


# --- the edge-case rules through the CLI, on a table the test writes itself -----------------


def base_period(**changes):
    period = {"fiscal_year_end": "2025-03-31", "previous_sales": 110000, "sales": 120000, "operating_income": 4800,
              "depreciation": 1200, "employees": 10, "borrowings": 30000, "cash_and_deposits": 15000,
              "receivables": 18000, "inventories": 2000, "payables": 10000, "net_assets": 24000, "total_assets": 80000}
    period.update(changes)
    return {"industry": "0201", "scale": "小規模事業者", "periods": [period]}


@pytest.mark.parametrize(
    "changes, indicator, value, points, reason",
    [
        ({"previous_sales": None}, "sales_growth_rate", None, 0, "no_previous_period"),
        ({"months": 9}, "sales_growth_rate", None, 0, "irregular_period"),
        ({"previous_sales": 0}, "sales_growth_rate", None, 0, "previous_sales_zero"),
        ({"sales": 0}, "operating_margin", None, 0, "sales_zero"),
        ({"sales": 0}, "working_capital_months", None, 0, "sales_zero"),
        ({"employees": 0}, "labor_productivity", None, 0, "employees_zero"),
        ({"employees": None}, "labor_productivity", None, 0, "employees_missing"),
        ({"total_assets": 0, "net_assets": 0}, "equity_ratio", None, 0, "total_assets_zero"),
        ({"operating_income": -1200}, "ebitda_debt_ratio", None, 1, "ebitda_not_positive"),
        ({"operating_income": -3000}, "ebitda_debt_ratio", None, 1, "ebitda_not_positive"),
        ({"cash_and_deposits": 60000}, "ebitda_debt_ratio", -5.0, 5, None),  # net cash
        ({"net_assets": -8000}, "equity_ratio", -0.1, 2, None),  # 債務超過 keeps its sign
        ({"receivables": 500, "inventories": 800, "payables": 2500, "sales": 60000}, "working_capital_months", -0.24, 5, None),
    ],
)
def test_edge_case_rules(tmp_path, changes, indicator, value, points, reason):
    table = synthetic_csv(tmp_path / "table.csv")
    _scores, period = latest(score(tmp_path, base_period(**changes), "--benchmarks", str(table)))
    result = period["indicators"][indicator]
    assert result["score"] == points and result["reason_code"] == reason
    assert result["value"] == (None if value is None else pytest.approx(value))


def test_without_benchmarks_values_show_and_scores_are_null(tmp_path):
    output = score(tmp_path, base_period())
    _scores, period = latest(output)
    assert output["benchmark_set"] is None
    assert period["indicators"]["operating_margin"]["value"] == pytest.approx(0.04)
    assert period["indicators"]["operating_margin"]["score"] is None
    assert period["total_score"] is None and period["rank"] is None


def test_scale_is_derived_when_null(tmp_path):
    data = base_period(employees=21)
    data["scale"] = None
    output = score(tmp_path, data, "--benchmarks", str(synthetic_csv(tmp_path / "t.csv")))
    assert output["scale"] == "中規模事業者" and output["scale_rule"] == "derived"


@pytest.mark.parametrize(
    "data, words",
    [
        (base_period(sales="abc"), ["periods[0] (2025-03-31).sales", "abc"]),
        (base_period(employees=-3), ["periods[0] (2025-03-31).employees"]),
        (base_period(sale=100), ["periods[0] (2025-03-31).sale", "unknown"]),
        (base_period(fiscal_year_end="someday"), ["periods[0] (someday).fiscal_year_end"]),
        (base_period(total_assets=-5), ["periods[0] (2025-03-31).total_assets", "negative"]),
        (base_period(sales="▲100"), ["periods[0] (2025-03-31).sales", "negative"]),
        (base_period(sales=10**30), ["periods[0] (2025-03-31).sales", "too large"]),
        (base_period(months=30), ["periods[0] (2025-03-31).months"]),
        ({"industry": "9999", "periods": []}, ["industry", "9999"]),
        ({"industry": "0201", "scale": "big", "periods": [{}]}, ["scale", "big"]),
        ({"industry": "0201", "periods": []}, ["periods"]),
        ([], ["JSON object"]),
    ],
)
def test_malformed_input_names_field_and_period(tmp_path, data, words):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = run_banso("rokaben", "--input", str(path), "--json")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    line = result.stderr.strip()
    assert len(line.splitlines()) == 1
    for word in words:
        assert word in line


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_refused(tmp_path, constant):
    path = tmp_path / "bad.json"
    path.write_text('{"industry": "0201", "scale": "小規模事業者", "periods": [{"fiscal_year_end": "2025-03-31",'
                    f' "sales": {constant}}}]}}', encoding="utf-8")
    result = run_banso("rokaben", "--input", str(path), "--json")
    assert result.returncode == 2 and constant in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_previous_period_without_sales_and_a_short_period(tmp_path):
    table = synthetic_csv(tmp_path / "table.csv")
    data = base_period(previous_sales=None)
    data["periods"].insert(0, {"fiscal_year_end": "2024-03-31", "operating_income": 100})
    _scores, period = latest(score(tmp_path, data, "--benchmarks", str(table)))
    assert period["indicators"]["sales_growth_rate"]["reason_code"] == "previous_sales_missing"
    short = base_period(months=6)
    _scores, period = latest(score(tmp_path, short, "--benchmarks", str(table)))
    # 月商 for a 6-month period is 売上高 ÷ 6: (18000 + 2000 − 10000) ÷ (120000 ÷ 6) = 0.5
    assert period["indicators"]["working_capital_months"]["value"] == pytest.approx(0.5)


def test_not_json_at_all(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text("{periods: ", encoding="utf-8")
    result = run_banso("rokaben", "--input", str(path))
    assert result.returncode == 2 and "not valid JSON" in result.stderr


def test_benchmarks_import_then_score_a_stored_company(tmp_path):
    db = tmp_path / "demo.sqlite3"
    assert run_banso("demo", "--db", str(db), "--companies", "5").returncode == 0
    table = synthetic_csv(tmp_path / "table.csv")
    imported = run_banso("benchmarks", "import", str(table), "--db", str(db))
    assert imported.returncode == 0, imported.stderr
    again = run_banso("benchmarks", "import", str(table), "--db", str(db))
    assert "already imported" in again.stdout
    sets = json.loads(run_banso("benchmarks", "list", "--db", str(db), "--json").stdout)
    assert len(sets) == 1 and sets[0]["active"]
    companies = json.loads(run_banso("companies", "--db", str(db), "--json").stdout)
    store = open_store(db)
    store.companies.update(companies[0]["id"], {"industry_code": "0201"})  # the table covers 0201
    store.close()
    ranked = 0
    for company in companies:
        result = run_banso("rokaben", "--db", str(db), "--company", company["id"], "--json")
        assert result.returncode == 0, result.stderr
        output = json.loads(result.stdout)
        assert output["benchmark_set"] == "table.csv"
        assert 2 <= len(output["periods"]) <= 4
        dates = [p["fiscal_year_end"] for p in output["periods"]]
        assert dates == sorted(dates)
        if company["id"] == companies[0]["id"]:
            assert output["benchmark_row_found"] and output["industry"] == "0201_建設業"
        if output["benchmark_row_found"]:
            assert all(p["rank"] in ("A", "B", "C", "D") for p in output["periods"])
            ranked += 1
    assert ranked >= 1


def test_rokaben_db_errors(tmp_path):
    db = tmp_path / "demo.sqlite3"
    run_banso("demo", "--db", str(db), "--companies", "2")
    for args, words in [
        (["rokaben", "--db", str(db)], "--company"),
        (["rokaben", "--db", str(db), "--company", "nope"], "no company"),
        (["benchmarks", "import", str(tmp_path / "none.csv"), "--db", str(db)], "no file"),
    ]:
        result = run_banso(*args)
        assert result.returncode == 2 and words in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
