"""Early warnings (予兆管理): signs in a company's own history that it needs attention.

The kinds of sign are code; which are on and their thresholds are data (``Rules``),
kept in the file (local_meta ``warning_rules`` as JSON) and edited in the office view
or given to ``banso warnings --rules FILE``. The defaults (DOMAIN.md §9):

- ``sales_down``: 売上高 fell ``periods`` times running (comparable periods: 12 months,
  about a year apart);
- ``insolvent``: 債務超過, the latest 純資産 below zero;
- ``score_drop``: the ロカベン total fell by ``points`` or more since the period before
  (needs an active benchmark set);
- ``ebitda_not_positive``: 営業利益＋減価償却費 of the latest period is 0 or less;
- ``working_capital_up``: 営業運転資本回転期間 rose by more than ``ratio`` − 1 (half) over
  the period before (from a positive value) and by half a month or more;
- ``no_session``: 施策 are still open and the last session is more than ``months`` months
  ago (or there has been none).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from banso_desktop.domain.plan import a_year_apart
from banso_desktop.domain.rokaben import Assessment, BenchmarkSet, Indicator, Reason, compute_value
from banso_desktop.domain.text import QT_TRANSLATE_NOOP, UserError
from banso_desktop.office.history import CompanyHistory

META_RULES = "warning_rules"
# working_capital_up also needs a rise of at least this many months: from 0.13 to 0.24
# months is "more than half again" but three days of sales, not a sign.
MIN_RISE_MONTHS = Decimal("0.5")

KINDS = ("sales_down", "insolvent", "score_drop", "ebitda_not_positive", "working_capital_up", "no_session")
# The editable parameter of each kind: (name, default, smallest, largest).
PARAMETERS: dict[str, tuple[str, Decimal, Decimal, Decimal] | None] = {
    "sales_down": ("periods", Decimal(2), Decimal(1), Decimal(5)),
    "insolvent": None,
    "score_drop": ("points", Decimal(3), Decimal(1), Decimal(30)),
    "ebitda_not_positive": None,
    "working_capital_up": ("ratio", Decimal("1.5"), Decimal("1.05"), Decimal(10)),
    "no_session": ("months", Decimal(3), Decimal(1), Decimal(36)),
}


class RulesError(UserError, ValueError):
    """Rules that cannot be used: the message names the rule and the problem."""

    context = "office"


@dataclass(frozen=True)
class Rules:
    enabled: dict[str, bool] = field(default_factory=lambda: {k: True for k in KINDS})
    values: dict[str, Decimal] = field(
        default_factory=lambda: {k: p[1] for k, p in PARAMETERS.items() if p is not None})

    def on(self, kind: str) -> bool:
        return self.enabled.get(kind, True)

    def value(self, kind: str) -> Decimal:
        return self.values[kind]

    def to_json(self) -> list[dict[str, Any]]:
        out = []
        for kind in KINDS:
            item: dict[str, Any] = {"kind": kind, "enabled": self.on(kind)}
            spec = PARAMETERS[kind]
            if spec is not None:
                number = self.values[kind]
                item[spec[0]] = int(number) if number == number.to_integral_value() else str(number)
            out.append(item)
        return out

    @staticmethod
    def from_json(data: Any) -> "Rules":
        """Rules from their JSON form (a list of {"kind", "enabled", parameter}); kinds left
        out keep their defaults. Raises RulesError for anything else."""
        if not isinstance(data, list):
            raise RulesError(QT_TRANSLATE_NOOP("office", 'the rules must be a JSON list of {{"kind": …, "enabled": …}}'))
        rules = Rules()
        for item in data:
            if not isinstance(item, dict) or item.get("kind") not in KINDS:
                raise RulesError(QT_TRANSLATE_NOOP("office", "unknown rule {item}: the kinds are {kinds}"),
                                item=repr(item), kinds=", ".join(KINDS))
            kind = item["kind"]
            enabled = item.get("enabled", True)
            if not isinstance(enabled, bool):
                raise RulesError(QT_TRANSLATE_NOOP("office", "{kind}: enabled must be true or false"), kind=kind)
            rules.enabled[kind] = enabled
            spec = PARAMETERS[kind]
            if spec is not None and spec[0] in item:
                name, _default, low, high = spec
                raw = item[name]
                try:
                    if isinstance(raw, bool) or not isinstance(raw, (int, float, str)):
                        raise InvalidOperation
                    number = Decimal(str(raw))
                except InvalidOperation:
                    raise RulesError(QT_TRANSLATE_NOOP("office", "{kind}: {name} must be a number"),
                                    kind=kind, name=name) from None
                if not number.is_finite() or not low <= number <= high:
                    raise RulesError(QT_TRANSLATE_NOOP("office", "{kind}: {name} must be between {low} and {high}"),
                                    kind=kind, name=name, low=low, high=high)
                if name in ("periods", "points", "months") and number != number.to_integral_value():
                    raise RulesError(QT_TRANSLATE_NOOP("office", "{kind}: {name} must be a whole number"),
                                    kind=kind, name=name)
                rules.values[kind] = number
        return rules


def load_rules(store) -> Rules:
    """The file's rules; the defaults when none are kept or what is kept is unusable."""
    text = store.meta(META_RULES)
    if not text:
        return Rules()
    try:
        return Rules.from_json(json.loads(text))
    except (ValueError, RulesError, RecursionError):
        return Rules()


def rules_text(rules: Rules) -> str:
    return json.dumps(rules.to_json(), ensure_ascii=False)


@dataclass(frozen=True)
class Alert:
    kind: str
    detail: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, **{k: _plain(v) for k, v in self.detail.items()}}


def _plain(value: Any) -> Any:
    if isinstance(value, (date,)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def months_before(day: date, months: int) -> date:
    """The same day ``months`` months earlier (the month's last day when it is shorter)."""
    import calendar

    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _sales_down(periods: list[dict[str, Any]], times: int) -> Alert | None:
    periods = periods[-(times + 1):]
    if len(periods) < times + 1:
        return None
    for earlier, later in zip(periods, periods[1:]):
        if not a_year_apart(earlier, later) or later["sales_yen"] >= earlier["sales_yen"]:
            return None
    return Alert("sales_down", {"times": times, "period_ends": [p["period_end"] for p in periods],
                                "sales_yen": [p["sales_yen"] for p in periods]})


def _latest(periods: list[dict[str, Any]], *columns: str) -> dict[str, Any] | None:
    """The latest period with every one of ``columns`` entered."""
    return next((p for p in reversed(periods) if all(p.get(c) is not None for c in columns)), None)


# A missing input scores 0 points: a period is compared only when it lacks nothing its
# predecessor had (the previous period's 売上高 is that period's business, not this one's).
_OWN_MISSING = frozenset(r for r in Reason if r.value.endswith("_missing")) - {Reason.PREVIOUS_SALES_MISSING}


def _missing(score) -> set:
    return {i for i, r in score.results.items() if r.reason in _OWN_MISSING}


def settled_scores(assessment: Assessment | None) -> list:
    """The scored periods without a newest one still being typed in: trailing periods
    that lack an input the period before them had are left out."""
    if assessment is None:
        return []
    scored = [p for p in assessment.periods if p.total is not None]
    while len(scored) >= 2 and not _missing(scored[-1]) <= _missing(scored[-2]):
        scored.pop()
    if len(scored) == 1 and _missing(scored[0]):
        return []  # a lone period with inputs missing: nothing settled to judge
    return scored


def company_warnings(h: CompanyHistory, assessment: Assessment | None, rules: Rules, today: date) -> list[Alert]:
    """The warnings of one company, in ``KINDS`` order. Each rule reads the latest periods
    that closed by ``today`` and hold its own inputs; ``assessment`` is the company's
    ロカベン scored on those periods (``assess_history(h, benchmark, today)``)."""
    from banso_desktop.domain.statements import figures_from_period

    found: list[Alert] = []
    periods = h.periods_until(today)
    if rules.on("sales_down"):
        hit = _sales_down(periods, int(rules.value("sales_down")))
        if hit:
            found.append(hit)
    latest = _latest(periods, "net_assets_yen")
    if rules.on("insolvent") and latest is not None and latest["net_assets_yen"] < 0:
        found.append(Alert("insolvent", {"period_end": latest["period_end"], "net_assets_yen": latest["net_assets_yen"]}))
    scored = settled_scores(assessment)
    if rules.on("score_drop") and len(scored) >= 2:
        before, now = scored[-2], scored[-1]
        if before.total - now.total >= rules.value("score_drop"):
            found.append(Alert("score_drop", {"period_end": now.period_end.isoformat(), "from": before.total,
                                              "to": now.total, "from_rank": before.rank, "to_rank": now.rank}))
    latest = _latest(periods, "operating_income_yen", "depreciation_yen")
    if rules.on("ebitda_not_positive") and latest is not None:
        ebitda = latest["operating_income_yen"] + latest["depreciation_yen"]
        if ebitda <= 0:
            found.append(Alert("ebitda_not_positive", {"period_end": latest["period_end"], "ebitda_yen": ebitda}))
    if rules.on("working_capital_up"):
        valued = [(p, v) for p in periods
                  for v in [compute_value(Indicator.WORKING_CAPITAL_MONTHS, figures_from_period(p))[0]]
                  if v is not None]
        if len(valued) >= 2:
            (_, was), (latest, now_value) = valued[-2], valued[-1]
            if was > 0 and now_value > was * rules.value("working_capital_up") and now_value - was >= MIN_RISE_MONTHS:
                found.append(Alert("working_capital_up", {
                    "period_end": latest["period_end"], "from": was.quantize(Decimal("0.01")),
                    "to": now_value.quantize(Decimal("0.01"))}))
    if rules.on("no_session"):
        open_actions = [a for a in h.actions if a["status"] in ("todo", "doing")]
        months = int(rules.value("no_session"))
        last = h.sessions[-1]["day"] if h.sessions else None
        if open_actions and (last is None or last < months_before(today, months)):
            found.append(Alert("no_session", {"last_session": last, "open_actions": len(open_actions),
                                              "months": months}))
    return found


def assess_history(h: CompanyHistory, benchmark: BenchmarkSet | None, today: date | None = None) -> Assessment | None:
    """The company's ロカベン against ``benchmark`` (None without one), on its periods with
    figures entered that closed by ``today``."""
    periods = h.periods_until(today)
    if benchmark is None or not periods:
        return None
    from banso_desktop.assessment import decide_scale
    from banso_desktop.domain.industries import Scale
    from banso_desktop.domain.rokaben import assess
    from banso_desktop.domain.statements import figures_from_period

    figures = [figures_from_period(p) for p in periods]
    c = h.company
    override = Scale(c["scale_override"]) if c.get("scale_override") else None
    scale, _rule = decide_scale(c.get("industry_code"), override, figures, c.get("employees"))
    return assess(figures, c.get("industry_code"), scale, benchmark)


def assess_all(histories: dict[str, CompanyHistory], benchmark: BenchmarkSet | None,
               today: date | None = None) -> dict[str, Assessment | None]:
    """Every company's ロカベン against ``benchmark``, scored once for the warnings and
    the dashboard."""
    return {h.id: assess_history(h, benchmark, today) for h in histories.values()}


def all_warnings(histories: dict[str, CompanyHistory], benchmark: BenchmarkSet | None, rules: Rules,
                 today: date, assessments: dict[str, Assessment | None] | None = None) -> dict[str, list[Alert]]:
    """Company id → its warnings, for the companies that have any (フリガナ order)."""
    out: dict[str, list[Alert]] = {}
    for h in histories.values():
        if not rules.on("score_drop"):
            assessment = None
        elif assessments is not None:
            assessment = assessments.get(h.id)
        else:
            assessment = assess_history(h, benchmark, today)
        found = company_warnings(h, assessment, rules, today)
        if found:
            out[h.id] = found
    return out


def warnings_for(store, company_id: str, today: date, rules: Rules | None = None) -> list[Alert]:
    """One company's warnings, read now (a few indexed queries: fine on the UI thread)."""
    from banso_desktop.office.history import load_history

    history = load_history(store.conn, [company_id]).get(company_id)
    if history is None:
        return []
    rules = rules or load_rules(store)
    benchmark = store.benchmarks.active() if rules.on("score_drop") else None
    return company_warnings(history, assess_history(history, benchmark, today), rules, today)
