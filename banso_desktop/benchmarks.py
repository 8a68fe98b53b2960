"""Reading ロカベン benchmark tables (基準値) from the files METI and offices use.

Two forms are accepted, both turned into the same rows so that importing either gives
the same set: the official METI workbook (the sheet whose header has 大分類, 小分類,
事業規模 and ``<指標>_中央値`` / ``_ⅳ`` … ``_ⅰ`` columns; METI spells ＥＢＴＤＡ) and
the tidy CSV (``major, minor, scale, indicator, unit, better, median, std, cut_iv …``).
Values are kept exact (Decimal from the file's text) in the indicator's own unit:
ratios as decimals, 労働生産性 in 千円 per person (the METI table has 円), 倍, ヶ月.
The app never ships these files; the user imports them.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import re
import unicodedata
import warnings
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from banso_desktop.domain.industries import Scale
from banso_desktop.domain.rokaben import Cuts, Indicator
from banso_desktop.domain.text import QT_TRANSLATE_NOOP, UserError, excerpt

Rows = dict[tuple[str, Scale], dict[Indicator, Cuts]]

# Benchmark values are ratios, 倍, ヶ月 and 円 per person: far inside these bounds. A value
# outside them is a damaged file, and refusing it keeps every later sum and product exact.
_LARGEST_EXPONENT = 11  # below 10^12
_SMALLEST_EXPONENT = -12  # from 10^-12 (zero itself is fine)
_MOST_DIGITS = 20  # significant digits

_SCALES = {"中規模事業者": Scale.MEDIUM, "小規模事業者": Scale.SMALL, "medium": Scale.MEDIUM, "small": Scale.SMALL}
# Workbook headers after NFKC (ⅳ → iv, ＥＢＴＤＡ → EBTDA).
_WORKBOOK_NAMES = {
    "売上増加率": Indicator.SALES_GROWTH_RATE,
    "営業利益率": Indicator.OPERATING_MARGIN,
    "労働生産性": Indicator.LABOR_PRODUCTIVITY,
    "EBTDA有利子負債倍率": Indicator.EBITDA_DEBT_RATIO,
    "EBITDA有利子負債倍率": Indicator.EBITDA_DEBT_RATIO,
    "営業運転資本回転期間": Indicator.WORKING_CAPITAL_MONTHS,
    "自己資本比率": Indicator.EQUITY_RATIO,
}
_WORKBOOK_PARTS = {"中央値": "median", "標準偏差": "std", "iv": "iv", "iii": "iii", "ii": "ii", "i": "i"}
# CSV units each indicator may come in → factor to the app's unit.
_RATIO_UNITS = {"ratio": Decimal(1), "percent": Decimal("0.01")}
_UNITS: dict[Indicator, dict[str, Decimal]] = {
    Indicator.SALES_GROWTH_RATE: _RATIO_UNITS,
    Indicator.OPERATING_MARGIN: _RATIO_UNITS,
    Indicator.EQUITY_RATIO: _RATIO_UNITS,
    Indicator.LABOR_PRODUCTIVITY: {"yen_per_employee": Decimal("0.001"), "thousand_yen_per_employee": Decimal(1)},
    Indicator.EBITDA_DEBT_RATIO: {"times": Decimal(1)},
    Indicator.WORKING_CAPITAL_MONTHS: {"months": Decimal(1)},
}


class BenchmarkImportError(UserError):
    context = "benchmarks"


@dataclass(frozen=True)
class ParsedBenchmarks:
    rows: Rows
    source_format: str  # "meti_workbook" | "tidy_csv"
    content_hash: str  # of the canonical rows: the same table from either file → same hash

    @property
    def row_count(self) -> int:
        return len(self.rows)


def _number(value, where: str) -> Decimal:
    if isinstance(value, float):
        value = repr(value)  # the shortest text that is this double: what the sheet shows
    try:
        number = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        raise BenchmarkImportError(
            QT_TRANSLATE_NOOP("benchmarks", "{where}: “{value}” is not a number."), where=where, value=excerpt(value)
        ) from None
    if not number.is_finite():
        raise BenchmarkImportError(
            QT_TRANSLATE_NOOP("benchmarks", "{where}: “{value}” is not a number."), where=where, value=excerpt(value)
        )
    significant = "".join(map(str, number.as_tuple().digits)).strip("0")
    if number and (
        not _SMALLEST_EXPONENT <= number.adjusted() <= _LARGEST_EXPONENT or len(significant) > _MOST_DIGITS
    ):
        raise BenchmarkImportError(
            QT_TRANSLATE_NOOP("benchmarks", "{where}: “{value}” is outside the range of benchmark values."),
            where=where, value=excerpt(value),
        )
    return number


def _minor_code(text: str, where: str) -> str:
    m = re.match(r"^\s*(\d{4})", unicodedata.normalize("NFKC", str(text or "")))
    if not m:
        raise BenchmarkImportError(
            QT_TRANSLATE_NOOP("benchmarks", "{where}: “{value}” is not a ロカベン 小分類 (like 0201_建設業)."),
            where=where, value=excerpt(text),
        )
    return m.group(1)


def _scale(text: str, where: str) -> Scale:
    scale = _SCALES.get(unicodedata.normalize("NFKC", str(text or "")).strip())
    if scale is None:
        raise BenchmarkImportError(
            QT_TRANSLATE_NOOP("benchmarks", "{where}: “{value}” is not 中規模事業者 or 小規模事業者."),
            where=where, value=excerpt(text),
        )
    return scale


def _check(rows: Rows) -> None:
    """Cut-points must run the right way for each indicator's direction."""
    if not rows:
        raise BenchmarkImportError(QT_TRANSLATE_NOOP("benchmarks", "The file holds no benchmark rows."))
    for (code, scale), indicators in rows.items():
        missing = [i.value for i in Indicator if i not in indicators]
        if missing:
            raise BenchmarkImportError(
                QT_TRANSLATE_NOOP("benchmarks", "{code} {scale}: no values for {missing}."),
                code=code, scale=scale.value, missing=", ".join(missing),
            )
        for indicator, cuts in indicators.items():
            values = list(cuts.ordered())
            expected = sorted(values) if indicator.higher_is_better else sorted(values, reverse=True)
            if values != expected:
                raise BenchmarkImportError(
                    QT_TRANSLATE_NOOP(
                        "benchmarks", "{code} {scale} {indicator}: the cut-points ⅳ–ⅰ are not in order."
                    ),
                    code=code, scale=scale.value, indicator=indicator.value,
                )


def _text(d: Decimal) -> str:
    """Plain decimal text without trailing zeros (6082500.0 and 6082500 are one value)."""
    return format(d.normalize(), "f")


def canonical_json(rows: Rows) -> str:
    """Rows as stable JSON text (exact decimals as strings)."""
    data = {
        f"{code}|{scale.value}": {
            indicator.value: {
                "median": _text(c.median), "std": None if c.std is None else _text(c.std),
                "iv": _text(c.iv), "iii": _text(c.iii), "ii": _text(c.ii), "i": _text(c.i),
            }
            for indicator, c in sorted(indicators.items(), key=lambda kv: kv[0].value)
        }
        for (code, scale), indicators in sorted(rows.items(), key=lambda kv: (kv[0][0], kv[0][1].value))
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def rows_from_json(text: str) -> Rows:
    """Rows back from :func:`canonical_json`."""
    rows: Rows = {}
    for key, indicators in json.loads(text).items():
        code, scale = key.split("|")
        rows[(code, Scale(scale))] = {
            Indicator(name): Cuts(
                median=Decimal(c["median"]), iv=Decimal(c["iv"]), iii=Decimal(c["iii"]),
                ii=Decimal(c["ii"]), i=Decimal(c["i"]), std=None if c["std"] is None else Decimal(c["std"]),
            )
            for name, c in indicators.items()
        }
    return rows


def _parsed(rows: Rows, source_format: str) -> ParsedBenchmarks:
    _check(rows)
    digest = hashlib.sha256(canonical_json(rows).encode("utf-8")).hexdigest()
    return ParsedBenchmarks(rows, source_format, digest)


def parse_tidy_csv(text: str) -> ParsedBenchmarks:
    """The tidy CSV: one line per 小分類 × 規模 × indicator."""
    # newline="": the csv module splits the lines itself (CR-only files from old Macs too).
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    needed = {"minor", "scale", "indicator", "unit", "median", "cut_iv", "cut_iii", "cut_ii", "cut_i"}
    fieldnames = _csv_read(reader, lambda: reader.fieldnames)
    if fieldnames is None or not needed <= set(fieldnames):
        raise BenchmarkImportError(
            QT_TRANSLATE_NOOP("benchmarks", "The CSV needs the columns {columns}."),
            columns=", ".join(sorted(needed)),
        )
    rows: Rows = {}
    seen: dict[tuple[str, Scale, Indicator], int] = {}
    while (record := _csv_read(reader, lambda: next(reader, None))) is not None:
        line = reader.line_num
        record = {k: (v or "").strip() for k, v in record.items() if k is not None}
        if not any(record.values()):
            continue  # an empty line (Excel writes ",,,,,")
        where = f"line {line}"
        try:
            indicator = Indicator(record["indicator"])
        except ValueError:
            raise BenchmarkImportError(
                QT_TRANSLATE_NOOP("benchmarks", "{where}: unknown indicator “{value}”."),
                where=where, value=excerpt(record["indicator"]),
            ) from None
        factor = _UNITS[indicator].get(record["unit"])
        if factor is None:
            raise BenchmarkImportError(
                QT_TRANSLATE_NOOP("benchmarks", "{where}: “{value}” is not a unit for {indicator}."),
                where=where, value=excerpt(record["unit"]), indicator=indicator.value,
            )
        better = record.get("better", "")
        if better and better != ("higher" if indicator.higher_is_better else "lower"):
            raise BenchmarkImportError(
                QT_TRANSLATE_NOOP("benchmarks", "{where}: {indicator} is “{value}”-is-better in ロカベン, not that."),
                where=where, indicator=indicator.value, value="higher" if indicator.higher_is_better else "lower",
            )
        key = (_minor_code(record["minor"], where), _scale(record["scale"], where))
        if (*key, indicator) in seen:
            raise BenchmarkImportError(
                QT_TRANSLATE_NOOP("benchmarks", "{where} repeats line {first} ({code} {scale} {indicator})."),
                where=where, first=seen[(*key, indicator)], code=key[0], scale=key[1].value,
                indicator=indicator.value,
            )
        seen[(*key, indicator)] = line
        std = record.get("std", "")
        rows.setdefault(key, {})[indicator] = Cuts(
            median=_number(record["median"], where) * factor,
            iv=_number(record["cut_iv"], where) * factor,
            iii=_number(record["cut_iii"], where) * factor,
            ii=_number(record["cut_ii"], where) * factor,
            i=_number(record["cut_i"], where) * factor,
            std=_number(std, where) * factor if std else None,
        )
    return _parsed(rows, "tidy_csv")


def _csv_read(reader: csv.DictReader, read):
    """``read()`` from the CSV reader; a line the csv module cannot split is refused."""
    try:
        return read()
    except csv.Error as exc:
        line = reader.line_num + 1  # the line being read when it failed
        if "field limit" in str(exc):  # an unclosed quote runs on until the limit
            raise BenchmarkImportError(
                QT_TRANSLATE_NOOP(
                    "benchmarks", "Line {line} of the CSV has a field over {limit} characters long (is a quote not closed?)."
                ),
                line=line, limit=f"{csv.field_size_limit():,}",
            ) from None
        raise BenchmarkImportError(
            QT_TRANSLATE_NOOP("benchmarks", "Line {line} of the CSV cannot be read ({reason})."),
            line=line, reason=excerpt(exc, 80),
        ) from None


def _unreadable_workbook(path: Path, exc: Exception) -> BenchmarkImportError:
    return BenchmarkImportError(
        QT_TRANSLATE_NOOP("benchmarks", "{path} cannot be read as an Excel workbook ({reason})."),
        path=path, reason=type(exc).__name__,
    )


def _sheet_lines(sheet, path: Path):
    """The sheet's rows as tuples; a damaged sheet (openpyxl parses it lazily, row by
    row) is refused like a workbook that cannot be opened."""
    lines = sheet.iter_rows(values_only=True)
    while True:
        try:
            values = next(lines)
        except StopIteration:
            return
        except Exception as exc:  # noqa: BLE001 - XML, zip and value errors of a damaged file
            raise _unreadable_workbook(path, exc) from None
        yield values


def parse_meti_workbook(path: Path) -> ParsedBenchmarks:
    """The official METI ロカベン workbook: finds its 基準値 sheet by the header."""
    import openpyxl

    with warnings.catch_warnings():
        # openpyxl warns about what it skips in odd files (styles, data validation);
        # the user learns what matters from the result or the refusal.
        warnings.simplefilter("ignore")
        try:
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a damaged file
            raise _unreadable_workbook(path, exc) from None
        try:
            for sheet in book.worksheets:
                lines = _sheet_lines(sheet, path)
                for header in lines:
                    names = [unicodedata.normalize("NFKC", str(h or "")).strip() for h in header]
                    if {"大分類", "小分類", "事業規模"} <= set(names) and any(n.endswith("_中央値") for n in names):
                        return _parsed(_workbook_rows(names, lines, excerpt(sheet.title)), "meti_workbook")
        finally:
            book.close()
    raise BenchmarkImportError(
        QT_TRANSLATE_NOOP(
            "benchmarks",
            "No sheet in this workbook has the benchmark header (大分類, 小分類, 事業規模, …_中央値).",
        )
    )


def _workbook_rows(names: list[str], lines, sheet: str) -> Rows:
    columns: dict[int, tuple[Indicator, str]] = {}
    for n, name in enumerate(names):
        base, _, part = name.rpartition("_")
        if base in _WORKBOOK_NAMES and part in _WORKBOOK_PARTS:
            columns[n] = (_WORKBOOK_NAMES[base], _WORKBOOK_PARTS[part])
    minor_col, scale_col = names.index("小分類"), names.index("事業規模")
    rows: Rows = {}
    for line, values in enumerate(lines, start=2):
        if not values or all(v is None for v in values):
            continue
        where = f"{sheet} row {line}"
        values = tuple(values) + (None,) * (len(names) - len(values))  # a short row: empty cells
        key = (_minor_code(values[minor_col], where), _scale(values[scale_col], where))
        if key in rows:
            raise BenchmarkImportError(
                QT_TRANSLATE_NOOP("benchmarks", "{where} repeats {code} {scale}."),
                where=where, code=key[0], scale=key[1].value,
            )
        parts: dict[Indicator, dict[str, Decimal]] = {}
        for n, (indicator, part) in columns.items():
            if n < len(values) and values[n] is not None:
                factor = Decimal("0.001") if indicator is Indicator.LABOR_PRODUCTIVITY else Decimal(1)
                parts.setdefault(indicator, {})[part] = _number(values[n], where) * factor
        for indicator, found in parts.items():
            if not {"median", "iv", "iii", "ii", "i"} <= set(found):
                raise BenchmarkImportError(
                    QT_TRANSLATE_NOOP("benchmarks", "{where}: {indicator} lacks some cut-points."),
                    where=where, indicator=indicator.value,
                )
            rows.setdefault(key, {})[indicator] = Cuts(**found)
    return rows


def _csv_encodings(raw: bytes) -> tuple[str, ...]:
    """The encodings to try: the one a byte-order mark names (Excel's "Unicode text" is
    UTF-16), else UTF-8 and then Shift_JIS, as Excel on Japanese Windows saves CSV."""
    if raw.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return ("utf-32",)
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return ("utf-16",)
    return ("utf-8-sig", "cp932")


def read_benchmark_file(path: str | Path) -> ParsedBenchmarks:
    """Parse a benchmark file by its kind (.xlsx/.xlsm workbook or .csv)."""
    path = Path(path)
    try:
        is_file = path.is_file()
    except OSError:  # a name too long for the file system
        is_file = False
    if not is_file:
        raise BenchmarkImportError(QT_TRANSLATE_NOOP("benchmarks", "There is no file at {path}."), path=path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return parse_meti_workbook(path)
    if suffix == ".csv":
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise BenchmarkImportError(
                QT_TRANSLATE_NOOP("benchmarks", "{path} cannot be read ({reason})."),
                path=path, reason=exc.strerror or type(exc).__name__,
            ) from None
        for encoding in _csv_encodings(raw):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError:
                continue
            if "\x00" not in text:  # NULs: UTF-16 without its BOM, or not text at all
                return parse_tidy_csv(text)
        raise BenchmarkImportError(
            QT_TRANSLATE_NOOP("benchmarks", "{path} is neither UTF-8 nor Shift_JIS text."), path=path
        )
    raise BenchmarkImportError(
        QT_TRANSLATE_NOOP("benchmarks", "{path}: choose the METI workbook (.xlsx) or a benchmark CSV."), path=path
    )
