"""Benchmark sets: imported from the METI workbook or the tidy CSV, versioned, one active."""

from decimal import Decimal

import openpyxl
import pytest

from banso_desktop.benchmarks import BenchmarkImportError, read_benchmark_file
from banso_desktop.domain.industries import Scale
from banso_desktop.domain.rokaben import Indicator
from tests.helpers import SHARED_DATA

CSV = SHARED_DATA / "rokaben_benchmarks.csv"
XLSX = SHARED_DATA / "rokaben_kijunchi_gyoshu_heikin.xlsx"
needs_meti = pytest.mark.skipif(
    not (CSV.exists() and XLSX.exists()),
    reason=f"METI benchmark files not present in {SHARED_DATA} (a newcomer's clone has no ../shared)",
)

HEADER = "major,minor,scale,indicator,unit,better,median,std,cut_iv,cut_iii,cut_ii,cut_i\n"
SYNTHETIC = {
    "sales_growth_rate": ("ratio", "0.02", "-0.1", "0", "0.05", "0.1"),
    "operating_margin": ("ratio", "0.02", "-0.1", "0", "0.05", "0.1"),
    "labor_productivity": ("yen_per_employee", "300000", "-500000", "0", "500000", "1500000"),
    "ebitda_debt_ratio": ("times", "5", "20", "8", "3", "1"),
    "working_capital_months": ("months", "1.5", "3", "1.5", "0.5", "0"),
    "equity_ratio": ("ratio", "0.3", "-0.2", "0.1", "0.4", "0.7"),
}


def synthetic_csv(path, minor="0201_建設業", scales=("小規模事業者", "中規模事業者"), **override):
    lines = [HEADER]
    for scale in scales:
        for indicator, (unit, median, iv, iii, ii, i) in SYNTHETIC.items():
            iv, iii, ii, i = override.get(indicator, (iv, iii, ii, i))
            better = "higher" if indicator not in ("ebitda_debt_ratio", "working_capital_months") else "lower"
            lines.append(f"02_建設業,{minor},{scale},{indicator},{unit},{better},{median},1,{iv},{iii},{ii},{i}\n")
    path.write_text("".join(lines), encoding="utf-8")
    return path


def test_synthetic_csv_converts_units(tmp_path):
    parsed = read_benchmark_file(synthetic_csv(tmp_path / "b.csv"))
    row = parsed.rows[("0201", Scale.SMALL)]
    assert row[Indicator.LABOR_PRODUCTIVITY].ii == 500  # 円 → 千円 per person
    assert row[Indicator.EBITDA_DEBT_RATIO].i == 1
    assert parsed.row_count == 2 and parsed.source_format == "tidy_csv"


def test_shift_jis_csv_from_japanese_excel(tmp_path):
    path = tmp_path / "sjis.csv"
    synthetic_csv(tmp_path / "utf8.csv")
    path.write_bytes((tmp_path / "utf8.csv").read_text(encoding="utf-8").encode("cp932"))
    assert read_benchmark_file(path).row_count == 2


@pytest.mark.parametrize(
    "override, message",
    [
        ({"equity_ratio": ("0.7", "0.4", "0.1", "-0.2")}, "not in order"),
        ({"ebitda_debt_ratio": ("1", "3", "8", "20")}, "not in order"),
        ({"operating_margin": ("-0.1", "abc", "0.05", "0.1")}, "not a number"),
    ],
)
def test_bad_tables_are_refused_with_the_place(tmp_path, override, message):
    with pytest.raises(BenchmarkImportError) as info:
        read_benchmark_file(synthetic_csv(tmp_path / "b.csv", **override))
    assert message in info.value.render()


def test_unknown_industry_and_missing_file(tmp_path):
    with pytest.raises(BenchmarkImportError) as info:
        read_benchmark_file(synthetic_csv(tmp_path / "b.csv", minor="建設業"))
    assert "line 2" in info.value.render()
    with pytest.raises(BenchmarkImportError):
        read_benchmark_file(tmp_path / "none.csv")
    (tmp_path / "x.txt").write_text("hello")
    with pytest.raises(BenchmarkImportError):
        read_benchmark_file(tmp_path / "x.txt")


def test_workbook_without_the_benchmark_sheet_is_refused(tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["商号", "所在地"])
    book.save(tmp_path / "other.xlsx")
    with pytest.raises(BenchmarkImportError) as info:
        read_benchmark_file(tmp_path / "other.xlsx")
    assert "大分類" in info.value.render()
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(BenchmarkImportError):
        read_benchmark_file(tmp_path / "broken.xlsx")


def test_workbook_written_like_meti_is_found_on_any_sheet(tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "表紙"
    book.active.append(["ローカルベンチマーク"])
    sheet = book.create_sheet("業種平均")
    names = {"sales_growth_rate": "売上増加率", "operating_margin": "営業利益率", "labor_productivity": "労働生産性",
             "ebitda_debt_ratio": "ＥＢＴＤＡ有利子負債倍率", "working_capital_months": "営業運転資本回転期間",
             "equity_ratio": "自己資本比率"}
    header = ["大分類", "小分類", "事業規模"]
    for name in names.values():
        header += [f"{name}_{part}" for part in ("中央値", "標準偏差", "ⅳ", "ⅲ", "ⅱ", "ⅰ")]
    sheet.append(header)
    row = ["02_建設業", "0201_建設業", "小規模事業者"]
    for code in names:
        _unit, median, iv, iii, ii, i = SYNTHETIC[code]
        row += [float(median), 1.0, float(iv), float(iii), float(ii), float(i)]
    sheet.append(row)
    book.save(tmp_path / "meti.xlsx")
    parsed = read_benchmark_file(tmp_path / "meti.xlsx")
    assert parsed.source_format == "meti_workbook"
    only_small = read_benchmark_file(synthetic_csv(tmp_path / "b.csv", scales=("小規模事業者",)))
    assert parsed.rows == only_small.rows and parsed.content_hash == only_small.content_hash


@needs_meti
def test_the_meti_workbook_and_the_csv_give_the_same_54_rows():
    workbook, tidy = read_benchmark_file(XLSX), read_benchmark_file(CSV)
    assert workbook.row_count == tidy.row_count == 54
    assert workbook.rows == tidy.rows
    assert workbook.content_hash == tidy.content_hash
    # Published check: 観光業 中規模 EBITDA cut-points 68.2 / 19.5 / 8.9 / 2.5 倍.
    tourism = workbook.rows[("1301", Scale.MEDIUM)][Indicator.EBITDA_DEBT_RATIO]
    assert [round(float(v), 1) for v in tourism.ordered()] == [68.2, 19.5, 8.9, 2.5]


def test_store_keeps_versioned_sets_one_active(store, tmp_path):
    assert store.benchmarks.active() is None
    first, created = store.benchmarks.import_file(synthetic_csv(tmp_path / "a.csv"))
    assert created and store.benchmarks.active().id == first
    again, created = store.benchmarks.import_file(synthetic_csv(tmp_path / "copy.csv"))
    assert again == first and not created  # same table: no copy
    second, created = store.benchmarks.import_file(
        synthetic_csv(tmp_path / "b.csv", operating_margin=("-0.2", "0", "0.05", "0.1")), label="2026年度版"
    )
    assert created and store.benchmarks.active_id() == second
    assert [s["label"] for s in store.benchmarks.list()] == ["2026年度版", "a.csv"]
    store.benchmarks.set_active(first)
    active = store.benchmarks.active()
    assert active.id == first and active.rows[("0201", Scale.SMALL)][Indicator.OPERATING_MARGIN].iv == Decimal("-0.1")


def test_short_and_empty_lines(tmp_path):
    path = synthetic_csv(tmp_path / "b.csv")
    with path.open("a", encoding="utf-8") as f:
        f.write(",,,,,,,,,,,\n\n")
    assert read_benchmark_file(path).row_count == 2  # empty lines are skipped
    with path.open("a", encoding="utf-8") as f:
        f.write("02_建設業,0201_建設業\n")
    with pytest.raises(BenchmarkImportError) as info:
        read_benchmark_file(path)
    assert "line" in info.value.render()


def test_a_repeated_row_is_refused(tmp_path):
    path = synthetic_csv(tmp_path / "b.csv")
    with path.open("a", encoding="utf-8") as f:
        f.write("02_建設業,0201_建設業,小規模事業者,operating_margin,ratio,higher,0.02,1,-0.1,0,0.06,0.1\n")
    with pytest.raises(BenchmarkImportError) as info:
        read_benchmark_file(path)
    assert "repeats line" in info.value.render()


@pytest.mark.parametrize(
    "indicator, unit, better",
    [("labor_productivity", "ratio", "higher"), ("operating_margin", "months", "higher"),
     ("ebitda_debt_ratio", "times", "higher")],
)
def test_units_and_direction_must_fit_the_indicator(tmp_path, indicator, unit, better):
    text = synthetic_csv(tmp_path / "b.csv").read_text(encoding="utf-8").splitlines()
    fixed = []
    for line in text:
        parts = line.split(",")
        if len(parts) > 5 and parts[3] == indicator:
            parts[4], parts[5] = unit, better
        fixed.append(",".join(parts))
    (tmp_path / "c.csv").write_text("\n".join(fixed) + "\n", encoding="utf-8")
    with pytest.raises(BenchmarkImportError):
        read_benchmark_file(tmp_path / "c.csv")
