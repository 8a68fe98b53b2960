"""``banso rokaben`` and ``banso benchmarks``: ロカベン scoring without the GUI."""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable

from banso_desktop.assessment import company_assessment, decide_scale
from banso_desktop.cli import print_json
from banso_desktop.data import industries
from banso_desktop.domain.industries import Scale
from banso_desktop.domain.japanese import parse_count, parse_date, parse_money
from banso_desktop.domain.rokaben import Assessment, BenchmarkSet, PeriodFigures, assess
from banso_desktop.domain.text import QT_TRANSLATE_NOOP, InputError, UserError, excerpt

Translate = Callable[[str, str], str]

SCALE_NAMES = {Scale.SMALL: "小規模事業者", Scale.MEDIUM: "中規模事業者"}
_MONEY_KEYS = (
    "sales", "previous_sales", "operating_income", "depreciation", "borrowings", "cash_and_deposits",
    "receivables", "inventories", "payables", "net_assets", "total_assets", "gross_profit", "labor_cost",
)
_ALLOWED_KEYS = {"fiscal_year_end", "employees", "months", *_MONEY_KEYS}
_MAY_BE_NEGATIVE = {"operating_income", "net_assets", "gross_profit"}


class RokabenInputError(UserError):
    context = "cli"


def _where(index: int, period: dict) -> str:
    end = period.get("fiscal_year_end") if isinstance(period, dict) else None
    return f"periods[{index}]" + (f" ({excerpt(end)})" if end else "")


def _bad(where: str, key: str, problem: str) -> RokabenInputError:
    return RokabenInputError(QT_TRANSLATE_NOOP("cli", "{where}.{key}: {problem}"), where=where, key=key, problem=problem)


def _amount(value: Any, where: str, key: str, translate: Translate) -> Decimal | None:
    """An amount in 千円 from a JSON number or a Japanese-formatted string."""
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = repr(value)  # through the same parser as typed text: exact, checked
    if not isinstance(value, str):
        raise _bad(where, key, translate("cli", "a number is needed"))
    try:
        amount = parse_money(value)
    except InputError as exc:
        raise _bad(where, key, exc.render(translate)) from None
    if amount is not None and amount < 0 and key not in _MAY_BE_NEGATIVE:
        raise _bad(where, key, translate("input", "This cannot be negative."))
    return amount


def figures_from_input(data: Any, translate: Translate) -> tuple[str | None, Scale | None, list[PeriodFigures]]:
    """(industry code, scale or None to derive, periods) from the documented input JSON."""
    if not isinstance(data, dict):
        raise RokabenInputError(QT_TRANSLATE_NOOP("cli", "The input must be a JSON object with \"periods\"."))
    industry = data.get("industry")
    code = None
    if industry not in (None, ""):
        code = str(industry).split("_")[0].strip()
        if industries().get(code) is None:
            raise RokabenInputError(
                QT_TRANSLATE_NOOP("cli", "industry: “{value}” is not a ロカベン 小分類 (like 0201_建設業)."),
                value=excerpt(industry),
            )
    scale_text = data.get("scale")
    scale = None
    if scale_text not in (None, ""):
        names = {**{v: k for k, v in SCALE_NAMES.items()}, "small": Scale.SMALL, "medium": Scale.MEDIUM}
        scale = names.get(str(scale_text).strip())
        if scale is None:
            raise RokabenInputError(
                QT_TRANSLATE_NOOP("cli", "scale: “{value}” is not 小規模事業者, 中規模事業者 or null."), value=excerpt(scale_text)
            )
    periods = data.get("periods")
    if not isinstance(periods, list) or not periods:
        raise RokabenInputError(QT_TRANSLATE_NOOP("cli", "periods: a non-empty list of fiscal periods is needed."))
    result = []
    for index, period in enumerate(periods):
        where = _where(index, period)
        if not isinstance(period, dict):
            raise RokabenInputError(QT_TRANSLATE_NOOP("cli", "{where}: each period must be an object."), where=where)
        unknown = sorted(set(period) - _ALLOWED_KEYS)
        if unknown:
            raise _bad(where, excerpt(unknown[0]), translate("cli", "unknown field"))
        try:
            end = parse_date(str(period.get("fiscal_year_end") or ""))
        except InputError as exc:
            raise _bad(where, "fiscal_year_end", exc.render(translate)) from None
        if end is None:
            raise _bad(where, "fiscal_year_end", translate("cli", "the fiscal year end is needed"))
        counts = {}
        for key in ("employees", "months"):
            value = period.get(key)
            try:
                counts[key] = parse_count(str(value)) if value is not None else None
            except InputError as exc:
                raise _bad(where, key, exc.render(translate)) from None
        months = counts["months"] if counts["months"] is not None else 12
        if not 1 <= months <= 24:
            raise _bad(where, "months", translate("input", "A fiscal period has 1 to 24 months."))
        amounts = {k: _amount(period.get(k), where, k, translate) for k in _MONEY_KEYS}
        amounts.pop("gross_profit")
        amounts.pop("labor_cost")
        result.append(PeriodFigures(period_end=end, employees=counts["employees"], months=months, **amounts))
    ends = [p.period_end for p in result]
    if len(set(ends)) != len(ends):
        raise RokabenInputError(QT_TRANSLATE_NOOP("cli", "periods: two periods end on the same day."))
    return code, scale, result


def _num(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def assessment_json(assessment: Assessment, scale_rule: str, translate: Translate) -> dict[str, Any]:
    """The documented output object (ratios as decimals, 労働生産性 in 千円 per person)."""
    industry = industries().get(assessment.industry_code)
    periods = []
    for p in assessment.periods:
        indicators = {}
        for indicator, r in p.results.items():
            indicators[indicator.value] = {
                "value": _num(r.value),
                "score": r.score,
                "reason": translate("rokaben", r.reason.message) if r.reason else None,
                "reason_code": r.reason.value if r.reason else None,
                "median": _num(r.cuts.median) if r.cuts else None,
                "next_cut": _num(r.next_cut),
            }
        periods.append({
            "fiscal_year_end": p.period_end.isoformat(),
            "indicators": indicators,
            "total_score": p.total,
            "rank": p.rank,
        })
    return {
        "benchmark_set": assessment.benchmark.label if assessment.benchmark else None,
        "benchmark_row_found": assessment.benchmark_row_found,
        "industry": industry.meti_minor if industry else None,
        "scale": SCALE_NAMES.get(assessment.scale) if assessment.scale else None,
        "scale_rule": scale_rule,
        "periods": periods,
    }


def _refuse_constant(name: str):
    """NaN and Infinity are not amounts (and would not be valid JSON to print back)."""
    raise RokabenInputError(QT_TRANSLATE_NOOP("cli", "The input holds {name}, which is not a number."), name=name)


def _benchmark_from_file(path: Path) -> BenchmarkSet:
    from banso_desktop.benchmarks import read_benchmark_file

    parsed = read_benchmark_file(path)
    return BenchmarkSet(f"file:{parsed.content_hash[:12]}", path.name, parsed.rows)


def run_rokaben(args, translate: Translate, open_store) -> int:
    benchmark = _benchmark_from_file(args.benchmarks) if args.benchmarks else None
    if args.input is not None:
        try:
            text = sys.stdin.read() if str(args.input) == "-" else Path(args.input).read_text(encoding="utf-8")
        except OSError as exc:
            raise RokabenInputError(
                QT_TRANSLATE_NOOP("cli", "Cannot read {path}: {reason}"), path=args.input, reason=exc.strerror
            ) from None
        except UnicodeDecodeError:
            raise RokabenInputError(QT_TRANSLATE_NOOP("cli", "The input is not UTF-8 text.")) from None
        try:
            data = json.loads(text, parse_constant=_refuse_constant)
        except json.JSONDecodeError as exc:
            raise RokabenInputError(
                QT_TRANSLATE_NOOP("cli", "The input is not valid JSON (line {line}, column {column})."),
                line=exc.lineno, column=exc.colno,
            ) from None
        except ValueError:  # an integer longer than Python converts (4,300 digits)
            raise RokabenInputError(QT_TRANSLATE_NOOP("cli", "The input holds a number with too many digits.")) from None
        except RecursionError:
            raise RokabenInputError(QT_TRANSLATE_NOOP("cli", "The input is nested too deeply.")) from None
        code, scale, periods = figures_from_input(data, translate)
        scale, rule = decide_scale(code, scale, periods)
        assessment = assess(periods, code, scale, benchmark)
    else:
        store = open_store(args.db, create=False)
        try:
            company = store.companies.get(args.company)
            if company is None or company["deleted_at"]:
                raise RokabenInputError(QT_TRANSLATE_NOOP("cli", "There is no company with the id {id}."), id=args.company)
            assessment, rule = company_assessment(store, company, benchmark)
        finally:
            store.close()
    result = assessment_json(assessment, rule, translate)
    if args.json:
        print_json(result)
        return 0
    print(_text_report(result, translate))
    return 0


def _text_report(result: dict[str, Any], translate: Translate) -> str:
    words = {
        "benchmark": translate("cli", "Benchmark"), "none": translate("cli", "not registered"),
        "industry": translate("cli", "Industry"), "scale": translate("cli", "Scale"),
        "total": translate("cli", "Total"), "rank": translate("cli", "Rank"),
    }
    lines = [
        f"{words['benchmark']}: {result['benchmark_set'] or words['none']}",
        f"{words['industry']}: {result['industry'] or '-'}   {words['scale']}: {result['scale'] or '-'}",
    ]
    for p in result["periods"]:
        total = "-" if p["total_score"] is None else p["total_score"]
        lines += ["", f"{p['fiscal_year_end']}   {words['total']}: {total}   {words['rank']}: {p['rank'] or '-'}"]
        for code, r in p["indicators"].items():
            value = "-" if r["value"] is None else f"{r['value']:.4g}"
            score = "-" if r["score"] is None else str(r["score"])
            lines.append(f"  {code:<24} {value:>12}  {score:>2}  {r['reason'] or ''}")
    return "\n".join(lines)


def run_benchmarks(args, translate: Translate, open_store) -> int:
    store = open_store(args.db, create=args.action == "import")
    try:
        if args.action == "import":
            set_id, created = store.benchmarks.import_file(args.file, args.label)
            message = (
                translate("cli", "Imported {rows} benchmark rows from {file} and made them active ({id}).")
                if created else translate("cli", "This table is already imported; it is now the active set ({id}).")
            )
            row_count = next(s["row_count"] for s in store.benchmarks.list() if s["id"] == set_id)
            print(message.format(rows=row_count, file=Path(args.file).name, id=set_id))
            return 0
        sets = store.benchmarks.list()
    finally:
        store.close()
    if args.json:
        print_json(sets)
    else:
        for s in sets:
            print(f"{'*' if s['active'] else ' '} {s['id']}  {s['label']}  ({s['row_count']}, {s['created_at'][:10]})")
    return 0

