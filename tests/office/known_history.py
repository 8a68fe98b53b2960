"""A small office with hand-chosen histories across 令和6年度 (FY2024 = 2024/4/1–2025/3/31)
and 令和7年度 (FY2025 = 2025/4/1–2026/3/31), and the yearly figures and early warnings
it must give, worked out by hand (never by the code under test).

Everything is written through the store's own APIs; only the two timestamps the office
view reads as JST dates are set afterwards with SQL: ``fiscal_period.created_at`` (when
決算 figures were entered: the analysis date) and ``issue.status_changed_at`` (when a
課題 was marked 解決).

=====  ==================  =============================================================
key    company             what it exercises
=====  ==================  =============================================================
A      青木工務店          決算 entered at the JST boundary: 2025-03-31T14:59:59.999Z is
                           3/31 (FY2024), 2025-03-31T15:00:00Z is 4/1 (FY2025); analysed
                           in both years, supported by analysis alone (no session); a
                           trashed period that would add an FY2024 analysis; 付加価値額 up.
B      井上商店            9月決算; planned in FY2024 (2 施策), followed up in both years;
                           FY2024 売上 up / 粗利 flat, FY2025 売上 up / 粗利 down; 付加価値額
                           up then down; referral made in FY2024 closed in FY2025; 課題
                           resolved at 3/31 23:59:59 JST (FY2024) and 4/1 00:00 JST
                           (FY2025), one only agreed; last session exactly 3 months before
                           the warning day with an open 施策 (not flagged).
C      上田製作所          売上 down two periods running (sales_down); planned and followed
                           up within FY2025; 粗利 missing (不明); latest period without 人件費
                           (no 付加価値額); 課題 resolved 3/31 23:59:59 JST (FY2025) and a
                           removed resolved 課題.
D      江藤食堂            売上 down then up (not sales_down, even with periods=1); 債務超過;
                           EBITDA exactly 0; 付加価値額 down in FY2024 and up in FY2025;
                           no 粗利 at all; 課題 resolved 2026-04-01 JST (FY2026).
E      大野運送            営業運転資本回転期間 1.00 → 2.00 (flagged); 売上 flat, 粗利 up;
                           planned in both years; two referrals in FY2025, one closed.
F      加藤商会            営業運転資本回転期間 1.00 → 1.50, up by exactly half (not flagged
                           by default, flagged at ratio 1.4); its two 12-month periods end
                           18 months apart: 売上/粗利/付加価値額 not comparable; 純資産
                           exactly 0 (not 債務超過).
G      木村建設            trashed company with data in FY2023, FY2024 and FY2025 (periods,
                           sessions, an open 施策, a referral, a resolved 課題, 債務超過):
                           must count nowhere.
H      熊谷書店            the latest period is a 6-month 変則決算 (売上 不明, no 付加価値額
                           change, no sales_down though sales "fell"); an oldest period
                           without 売上 entered in FY2025 (not an analysis); last live
                           session 2025-11-30 with an open 施策 → no_session; a trashed
                           session on 2026-03-01 that must not count.
I      栗田美容室          one period only (不明); EBITDA −1,500,000; last session long ago but
                           every 施策 done or cancelled (a removed open 施策 must not count).
S      佐藤建設            小分類 0201, 小規模: ロカベン total 21 → 18 (score_drop, exactly the
                           default 3 points); analysed in FY2025 only, never visited.
=====  ==================  =============================================================

The warnings are judged on ``TODAY`` (2026-03-15): three months earlier is 2025-12-15,
one month earlier 2026-02-15.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

TODAY = date(2026, 3, 15)
M = 1_000_000  # amounts below are in yen; M for readability

# The synthetic benchmark of the score_drop tests (tidy CSV, one 小分類 × 小規模). Cut-points
# ⅳ ⅲ ⅱ ⅰ per indicator; 労働生産性 in 円 per person (the importer turns it into 千円).
BENCHMARK_CSV = (
    "major,minor,scale,indicator,unit,better,median,std,cut_iv,cut_iii,cut_ii,cut_i\n"
    "02_建設業,0201_建設業,小規模事業者,sales_growth_rate,ratio,higher,0.02,1,-0.1,0,0.05,0.1\n"
    "02_建設業,0201_建設業,小規模事業者,operating_margin,ratio,higher,0.02,1,-0.1,0,0.05,0.1\n"
    "02_建設業,0201_建設業,小規模事業者,labor_productivity,yen_per_employee,higher,300000,1,-500000,0,500000,1500000\n"
    "02_建設業,0201_建設業,小規模事業者,ebitda_debt_ratio,times,lower,5,1,20,8,3,1\n"
    "02_建設業,0201_建設業,小規模事業者,working_capital_months,months,lower,1.5,1,3,1.5,0.5,0\n"
    "02_建設業,0201_建設業,小規模事業者,equity_ratio,ratio,higher,0.3,1,-0.2,0.1,0.4,0.7\n"
)

COMPANIES = {
    "A": ("青木工務店", "アオキコウムテン"),
    "B": ("井上商店", "イノウエショウテン"),
    "C": ("上田製作所", "ウエダセイサクショ"),
    "D": ("江藤食堂", "エトウショクドウ"),
    "E": ("大野運送", "オオノウンソウ"),
    "F": ("加藤商会", "カトウショウカイ"),
    "G": ("木村建設", "キムラケンセツ"),
    "H": ("熊谷書店", "クマガイショテン"),
    "I": ("栗田美容室", "クリタビヨウシツ"),
    "S": ("佐藤建設", "サトウケンセツ"),
}
LIVE = ("A", "B", "C", "D", "E", "F", "H", "I", "S")  # フリガナ order; G is in the trash


def d(text: str) -> date:
    return date.fromisoformat(text)


# --- writing through the store ------------------------------------------------------------


def _period(store, company: str, end: str, entered_utc: str, **fields: Any) -> str:
    pid = store.periods.create(company, end, fields)
    with store.conn:
        store.conn.execute("UPDATE fiscal_period SET created_at = ? WHERE id = ?", (entered_utc, pid))
    return pid


def _session(store, company: str, day: str, theme: str) -> str:
    sid = store.sessions.start(company, day, start_time="10:00", place_kind="visit", theme=theme)
    store.sessions.close(sid, "11:30")
    return sid


def _action(store, company: str, session: str, what: str, status: str) -> str:
    aid = store.sessions.add_action(company, session, what=what, owner_role="owner", status="todo")
    if status != "todo":
        store.sessions.update_action(aid, {"status": status})
    return aid


def _issue(store, company: str, session: str | None, title: str, status: str,
           changed_utc: str | None = None) -> str:
    iid = store.sessions.add_issue(company, session, title=title, issue_side="core", status="agreed")
    if status != "agreed":
        store.sessions.update_issue(iid, {"status": status})
    if changed_utc is not None:
        with store.conn:
            store.conn.execute("UPDATE issue SET status_changed_at = ? WHERE id = ?", (changed_utc, iid))
    return iid


def build_known_history(store) -> dict[str, Any]:
    """Write the office above into ``store`` (an empty file); returns
    ``{"ids": key → company id, "rows": named row ids, "expected": …}``."""
    ids: dict[str, str] = {}
    rows: dict[str, str] = {}
    for key, (name, kana) in COMPANIES.items():
        fields: dict[str, Any] = {"name": name, "name_kana": kana}
        if key == "S":
            fields.update(industry_code="0201", scale_override="small", employees=10)
        ids[key] = store.companies.create(fields)
    A, B, C, D, E, F, G, H, I, S = (ids[k] for k in "ABCDEFGHIS")

    # A: the JST boundary of 決算 entry. PA0 was entered in FY2024 but then deleted.
    rows["PA0"] = _period(store, A, "2023-03-31", "2024-05-01T00:00:00.000Z", sales_yen=200 * M)
    store.periods.delete(rows["PA0"])
    _period(store, A, "2024-03-31", "2025-03-31T14:59:59.999Z",  # JST 2025-03-31 23:59:59 → FY2024
            sales_yen=80 * M, gross_profit_yen=30 * M, operating_income_yen=5 * M,
            labor_cost_yen=20 * M, depreciation_yen=1 * M)  # 付加価値額 26,000,000
    _period(store, A, "2025-03-31", "2025-03-31T15:00:00.000Z",  # JST 2025-04-01 00:00 → FY2025
            sales_yen=90 * M, gross_profit_yen=33 * M, operating_income_yen=6 * M,
            labor_cost_yen=21 * M, depreciation_yen=1 * M)  # 付加価値額 28,000,000

    # B: 9月決算, planned in FY2024.
    _period(store, B, "2023-09-30", "2024-05-01T00:00:00.000Z",
            sales_yen=48 * M, gross_profit_yen=20 * M, operating_income_yen=1_500_000,
            labor_cost_yen=10 * M, depreciation_yen=500_000)  # 12,000,000
    _period(store, B, "2024-09-30", "2024-11-20T03:00:00.000Z",
            sales_yen=50 * M, gross_profit_yen=20 * M, operating_income_yen=2 * M,
            labor_cost_yen=10 * M, depreciation_yen=500_000)  # 12,500,000
    _period(store, B, "2025-09-30", "2025-11-20T03:00:00.000Z",
            sales_yen=55 * M, gross_profit_yen=19 * M, operating_income_yen=1 * M,
            labor_cost_yen=10_500_000, depreciation_yen=500_000)  # 12,000,000
    b1 = _session(store, B, "2024-10-10", "初回: 資金繰りと販路")
    _session(store, B, "2025-01-20", "資金繰り表の確認")
    _session(store, B, "2025-05-15", "新商品の試作状況")
    _session(store, B, "2025-12-15", "年末の売れ行き")
    _action(store, B, b1, "資金繰り表を毎月つける", "done")
    _action(store, B, b1, "新商品の試作", "doing")
    store.plan.add_referral(B, date="2025-02-10", institution="日本政策金融公庫", reason="運転資金",
                            consent=True, outcome="融資実行", outcome_date="2025-04-15")
    _issue(store, B, b1, "資金繰りが苦しい", "resolved", "2025-03-31T14:59:59.000Z")  # JST 3/31 → FY2024
    _issue(store, B, b1, "販路が狭い", "resolved", "2025-03-31T15:00:00.000Z")  # JST 4/1 → FY2025
    _issue(store, B, b1, "後継者がいない", "agreed", "2025-06-01T00:00:00.000Z")  # never resolved

    # C: sales down two periods running; everything in FY2025.
    _period(store, C, "2023-03-31", "2025-05-09T00:00:00.000Z",
            sales_yen=100 * M, gross_profit_yen=30 * M, operating_income_yen=4 * M,
            labor_cost_yen=15 * M, depreciation_yen=1 * M)
    _period(store, C, "2024-03-31", "2025-05-10T00:00:00.000Z",
            sales_yen=90 * M, gross_profit_yen=28 * M, operating_income_yen=3_500_000,
            labor_cost_yen=15 * M, depreciation_yen=1 * M)
    _period(store, C, "2025-03-31", "2025-05-10T00:00:00.000Z",  # no 粗利, no 人件費
            sales_yen=80 * M, operating_income_yen=3 * M, depreciation_yen=1 * M)
    c1 = _session(store, C, "2025-05-10", "初回: 原価の把握")
    _session(store, C, "2025-07-01", "原価管理表の確認")
    _session(store, C, "2025-09-01", "値上げの検討")
    _session(store, C, "2026-02-20", "決算前の見通し")
    _action(store, C, c1, "原価管理表を作る", "todo")
    _issue(store, C, c1, "原価が見えていない", "resolved", "2026-03-31T14:59:59.000Z")  # JST 2026-03-31
    rows["IC2"] = _issue(store, C, c1, "値付けが勘", "resolved", "2025-10-01T00:00:00.000Z")
    store.sessions.remove("issue", rows["IC2"])

    # D: down then up, 債務超過, EBITDA exactly 0.
    _period(store, D, "2023-12-31", "2025-01-31T00:00:00.000Z",
            sales_yen=30 * M, operating_income_yen=500_000, depreciation_yen=500_000,
            labor_cost_yen=10_500_000, net_assets_yen=1 * M)  # 付加価値額 11,500,000
    _period(store, D, "2024-12-31", "2025-02-01T00:00:00.000Z",
            sales_yen=25 * M, operating_income_yen=-1 * M, depreciation_yen=500_000,
            labor_cost_yen=9 * M, net_assets_yen=-500_000)  # 8,500,000
    _period(store, D, "2025-12-31", "2026-03-01T00:00:00.000Z",
            sales_yen=27 * M, operating_income_yen=-800_000, depreciation_yen=800_000,
            labor_cost_yen=9 * M, net_assets_yen=-2 * M)  # 9,000,000; EBITDA 0
    d1 = _session(store, D, "2025-02-01", "初回: 家賃と客数")
    _session(store, D, "2025-06-01", "客数の推移")
    _action(store, D, d1, "家賃の減額を交渉する", "done")
    _issue(store, D, d1, "家賃が重い", "resolved", "2026-03-31T15:00:00.000Z")  # JST 2026-04-01 → FY2026

    # E: working capital 1.00 → 2.00 months.
    _period(store, E, "2024-06-30", "2024-08-01T00:00:00.000Z",
            sales_yen=120 * M, gross_profit_yen=40 * M, operating_income_yen=3 * M,
            depreciation_yen=2 * M, labor_cost_yen=20 * M,
            accounts_receivable_yen=12 * M, inventories_yen=3 * M, accounts_payable_yen=5 * M)
    _period(store, E, "2025-06-30", "2025-08-01T00:00:00.000Z",
            sales_yen=120 * M, gross_profit_yen=42 * M, operating_income_yen=4 * M,
            depreciation_yen=2 * M, labor_cost_yen=22 * M,
            accounts_receivable_yen=18 * M, inventories_yen=7 * M, accounts_payable_yen=5 * M)
    e1 = _session(store, E, "2024-08-01", "初回: 売掛金の回収")
    e2 = _session(store, E, "2025-08-01", "回収条件の見直し")
    _session(store, E, "2026-01-15", "資金繰りの相談")
    _action(store, E, e1, "売掛金の回収条件を見直す", "doing")
    _action(store, E, e2, "回収予定表を作る", "done")
    store.plan.add_referral(E, date="2025-08-01", institution="よろず支援拠点", reason="販路",
                            outcome="相談継続", outcome_date="2025-09-01")
    store.plan.add_referral(E, date="2026-01-15", institution="信用保証協会", reason="保証付融資",
                            follow_up_date="2026-02-15")

    # F: working capital up by exactly half; periods 18 months apart.
    _period(store, F, "2024-03-31", "2024-05-01T00:00:00.000Z",
            sales_yen=120 * M, gross_profit_yen=30 * M, operating_income_yen=2 * M,
            depreciation_yen=0, labor_cost_yen=10 * M,
            accounts_receivable_yen=10 * M, inventories_yen=0, accounts_payable_yen=0)
    _period(store, F, "2025-09-30", "2025-11-01T00:00:00.000Z",
            sales_yen=120 * M, gross_profit_yen=31 * M, operating_income_yen=2_500_000,
            depreciation_yen=0, labor_cost_yen=10 * M,
            accounts_receivable_yen=15 * M, inventories_yen=0, accounts_payable_yen=0,
            net_assets_yen=0)  # 純資産 exactly 0: not below zero, so not 債務超過
    f1 = _session(store, F, "2024-05-01", "初回: 決算期の変更")
    _session(store, F, "2025-11-01", "新しい決算の確認")
    _action(store, F, f1, "決算期変更の届出", "done")

    # G: in the trash, with something in every year.
    _period(store, G, "2023-03-31", "2023-07-01T00:00:00.000Z",
            sales_yen=10 * M, operating_income_yen=-1 * M, depreciation_yen=0, labor_cost_yen=3 * M,
            net_assets_yen=-1 * M)
    _period(store, G, "2024-03-31", "2025-06-01T00:00:00.000Z",
            sales_yen=9 * M, operating_income_yen=-1_500_000, depreciation_yen=0, labor_cost_yen=3 * M,
            net_assets_yen=-2 * M)
    g1 = _session(store, G, "2023-06-01", "初回")
    _session(store, G, "2025-06-01", "再建計画")
    _action(store, G, g1, "再建計画を作る", "todo")
    store.plan.add_referral(G, date="2025-06-01", institution="中小企業活性化協議会",
                            outcome="受付", outcome_date="2025-07-01")
    _issue(store, G, g1, "債務超過", "resolved", "2025-07-01T00:00:00.000Z")
    store.companies.trash(G)

    # H: a 6-month 変則決算 last; the latest live session is 2025-11-30.
    _period(store, H, "2023-03-31", "2025-07-01T00:00:00.000Z", net_assets_yen=3 * M)  # no 売上
    _period(store, H, "2024-03-31", "2024-04-20T00:00:00.000Z",
            sales_yen=20 * M, gross_profit_yen=8 * M, operating_income_yen=1 * M,
            labor_cost_yen=5 * M, depreciation_yen=200_000)  # 6,200,000
    _period(store, H, "2024-09-30", "2024-12-01T00:00:00.000Z", months=6,
            sales_yen=9 * M, gross_profit_yen=4 * M, operating_income_yen=400_000,
            labor_cost_yen=2_500_000, depreciation_yen=100_000)  # 3,000,000
    h1 = _session(store, H, "2024-04-20", "初回: 在庫と売場")
    _session(store, H, "2024-07-01", "棚卸しの結果")
    _session(store, H, "2025-11-30", "決算期変更後の状況")
    rows["SH4"] = _session(store, H, "2026-03-01", "入力ミス")
    store.sessions.delete(rows["SH4"])
    _action(store, H, h1, "在庫の棚卸しをする", "todo")
    _action(store, H, h1, "POPを作り直す", "done")

    # I: one period, EBITDA < 0, every 施策 finished.
    _period(store, I, "2025-03-31", "2025-04-30T16:00:00.000Z",  # JST 2025-05-01 01:00
            sales_yen=15 * M, gross_profit_yen=10 * M, operating_income_yen=-2 * M,
            depreciation_yen=500_000, labor_cost_yen=6 * M)  # 4,500,000; EBITDA −1,500,000
    i1 = _session(store, I, "2025-01-10", "初回: 客単価")
    _session(store, I, "2025-02-10", "メニュー改定")
    _session(store, I, "2025-06-10", "改定後の客数")
    _action(store, I, i1, "メニューを改定する", "done")
    _action(store, I, i1, "チラシを配る", "cancelled")
    rows["AI3"] = _action(store, I, i1, "回数券を作る", "todo")
    store.sessions.remove("action", rows["AI3"])

    # S: two full periods scored against BENCHMARK_CSV (amounts in 千円 in the comments).
    _period(store, S, "2024-03-31", "2025-04-10T00:00:00.000Z",
            sales_yen=100 * M, gross_profit_yen=30 * M, operating_income_yen=10 * M,
            depreciation_yen=2 * M, labor_cost_yen=20 * M, employees=10,
            short_term_loans_yen=10 * M, long_term_loans_yen=0, cash_and_deposits_yen=4 * M,
            accounts_receivable_yen=10 * M, inventories_yen=5 * M, accounts_payable_yen=5 * M,
            net_assets_yen=50 * M, total_liabilities_yen=50 * M, total_assets_yen=100 * M)
    _period(store, S, "2025-03-31", "2025-04-11T00:00:00.000Z",
            sales_yen=90 * M, gross_profit_yen=25 * M, operating_income_yen=900_000,
            depreciation_yen=2 * M, labor_cost_yen=20 * M, employees=10,
            short_term_loans_yen=10 * M, long_term_loans_yen=0, cash_and_deposits_yen=4 * M,
            accounts_receivable_yen=10 * M, inventories_yen=5 * M, accounts_payable_yen=5 * M,
            net_assets_yen=30 * M, total_liabilities_yen=70 * M, total_assets_yen=100 * M)

    return {"ids": ids, "rows": rows, "expected": expected()}


# --- what the office must report, by hand ------------------------------------------------------


def _trend(period_end: str, latest: int | None, previous_end: str | None = None,
           previous: int | None = None, change: int | None = None) -> dict:
    """A trend row's detail; without ``previous_end`` the company has one period only."""
    out: dict[str, Any] = {"date": None, "period_end": period_end, "latest_yen": latest}
    if previous_end is not None:
        out.update(previous_period_end=previous_end, previous_yen=previous)
    if change is not None:
        out["change_yen"] = change
    return out


def _va(period_end: str, value: int, change: int | None) -> dict:
    return {"date": None, "period_end": period_end, "value_added_yen": value, "change_yen": change}


def expected() -> dict[str, Any]:
    """Rows are ``(company key, {"date": …, detail…})`` in フリガナ order."""
    fy2024_rows: dict[str, list[tuple[str, dict]]] = {
        "supported_companies": [
            ("A", {"date": None, "sessions": 0}),  # analysis only (PA1 entered 3/31 JST)
            ("B", {"date": d("2024-10-10"), "sessions": 2}),  # 10/10, 1/20
            ("D", {"date": d("2025-02-01"), "sessions": 1}),
            ("E", {"date": d("2024-08-01"), "sessions": 1}),
            ("F", {"date": d("2024-05-01"), "sessions": 1}),
            ("H", {"date": d("2024-04-20"), "sessions": 2}),  # 4/20, 7/1
            ("I", {"date": d("2025-01-10"), "sessions": 2}),  # 1/10, 2/10
        ],
        "analysed_companies": [
            ("A", {"date": d("2025-03-31"), "period_end": "2024-03-31", "periods_entered": 1}),
            ("B", {"date": d("2024-05-01"), "period_end": "2023-09-30", "periods_entered": 2}),
            ("D", {"date": d("2025-01-31"), "period_end": "2023-12-31", "periods_entered": 2}),
            ("E", {"date": d("2024-08-01"), "period_end": "2024-06-30", "periods_entered": 1}),
            ("F", {"date": d("2024-05-01"), "period_end": "2024-03-31", "periods_entered": 1}),
            ("H", {"date": d("2024-04-20"), "period_end": "2024-03-31", "periods_entered": 2}),
        ],
        "planned_companies": [
            ("B", {"date": d("2024-10-10"), "actions": 2}),
            ("D", {"date": d("2025-02-01"), "actions": 1}),
            ("E", {"date": d("2024-08-01"), "actions": 1}),
            ("F", {"date": d("2024-05-01"), "actions": 1}),
            ("H", {"date": d("2024-04-20"), "actions": 2}),
            ("I", {"date": d("2025-01-10"), "actions": 2}),  # the removed 施策 is not one
        ],
        "follow_up_companies": [
            ("B", {"date": d("2025-01-20"), "sessions": 1, "plan_date": d("2024-10-10")}),
            ("H", {"date": d("2024-07-01"), "sessions": 1, "plan_date": d("2024-04-20")}),
            ("I", {"date": d("2025-02-10"), "sessions": 1, "plan_date": d("2025-01-10")}),
        ],
        "follow_up_sessions": [
            ("B", {"date": d("2025-01-20"), "theme": "資金繰り表の確認"}),
            ("H", {"date": d("2024-07-01"), "theme": "棚卸しの結果"}),
            ("I", {"date": d("2025-02-10"), "theme": "メニュー改定"}),
        ],
        # Trends at 2025-03-31 of the follow-up companies B, H, I.
        "sales_increased": [("B", _trend("2024-09-30", 50 * M, "2023-09-30", 48 * M, 2 * M))],
        "sales_decreased": [],
        "sales_flat": [],
        "sales_unknown": [
            ("H", _trend("2024-09-30", 9 * M, "2024-03-31", 20 * M)),  # 6-month period
            ("I", _trend("2025-03-31", 15 * M)),  # one period
        ],
        "gross_profit_increased": [],
        "gross_profit_decreased": [],
        "gross_profit_flat": [("B", _trend("2024-09-30", 20 * M, "2023-09-30", 20 * M, 0))],
        "gross_profit_unknown": [
            ("H", _trend("2024-09-30", 4 * M, "2024-03-31", 8 * M)),
            ("I", _trend("2025-03-31", 10 * M)),
        ],
        # Latest periods closed by 2025-03-31 of the supported companies.
        "value_added_yen": [
            ("A", _va("2025-03-31", 28 * M, 2 * M)),  # 6+21+1 = 28; 28 − 26
            ("B", _va("2024-09-30", 12_500_000, 500_000)),  # 2+10+0.5; 12.5 − 12
            ("D", _va("2024-12-31", 8_500_000, -3 * M)),  # −1+9+0.5; 8.5 − 11.5
            ("E", _va("2024-06-30", 25 * M, None)),  # 3+20+2; nothing before
            ("F", _va("2024-03-31", 12 * M, None)),  # 2+10+0
            ("H", _va("2024-09-30", 3 * M, None)),  # 0.4+2.5+0.1; 6 months
            ("I", _va("2025-03-31", 4_500_000, None)),  # −2+6+0.5
        ],
        "value_added_increase_yen": [
            ("A", _va("2025-03-31", 28 * M, 2 * M)),
            ("B", _va("2024-09-30", 12_500_000, 500_000)),
            ("D", _va("2024-12-31", 8_500_000, -3 * M)),
        ],
        "value_added_increased_companies": [
            ("A", _va("2025-03-31", 28 * M, 2 * M)),
            ("B", _va("2024-09-30", 12_500_000, 500_000)),
        ],
        "referrals_made": [
            ("B", {"date": d("2025-02-10"), "institution": "日本政策金融公庫", "outcome": "融資実行"}),
        ],
        "referrals_closed": [],
        "issues_resolved": [("B", {"date": d("2025-03-31"), "title": "資金繰りが苦しい"})],
    }
    fy2025_rows: dict[str, list[tuple[str, dict]]] = {
        "supported_companies": [
            ("A", {"date": None, "sessions": 0}),  # PA2 entered 4/1 JST
            ("B", {"date": d("2025-05-15"), "sessions": 2}),
            ("C", {"date": d("2025-05-10"), "sessions": 4}),
            ("D", {"date": d("2025-06-01"), "sessions": 1}),
            ("E", {"date": d("2025-08-01"), "sessions": 2}),
            ("F", {"date": d("2025-11-01"), "sessions": 1}),
            ("H", {"date": d("2025-11-30"), "sessions": 1}),  # 3/1 is trashed
            ("I", {"date": d("2025-06-10"), "sessions": 1}),
            ("S", {"date": None, "sessions": 0}),
        ],
        "analysed_companies": [
            ("A", {"date": d("2025-04-01"), "period_end": "2025-03-31", "periods_entered": 1}),
            ("B", {"date": d("2025-11-20"), "period_end": "2025-09-30", "periods_entered": 1}),
            ("C", {"date": d("2025-05-09"), "period_end": "2023-03-31", "periods_entered": 3}),
            ("D", {"date": d("2026-03-01"), "period_end": "2025-12-31", "periods_entered": 1}),
            ("E", {"date": d("2025-08-01"), "period_end": "2025-06-30", "periods_entered": 1}),
            ("F", {"date": d("2025-11-01"), "period_end": "2025-09-30", "periods_entered": 1}),
            # H: its FY2025 entry has no 売上, so it is no analysis
            ("I", {"date": d("2025-05-01"), "period_end": "2025-03-31", "periods_entered": 1}),
            ("S", {"date": d("2025-04-10"), "period_end": "2024-03-31", "periods_entered": 2}),
        ],
        "planned_companies": [
            ("C", {"date": d("2025-05-10"), "actions": 1}),
            ("E", {"date": d("2025-08-01"), "actions": 1}),
        ],
        "follow_up_companies": [
            ("B", {"date": d("2025-12-15"), "sessions": 2, "plan_date": d("2024-10-10")}),
            ("C", {"date": d("2026-02-20"), "sessions": 3, "plan_date": d("2025-05-10")}),
            ("D", {"date": d("2025-06-01"), "sessions": 1, "plan_date": d("2025-02-01")}),
            ("E", {"date": d("2026-01-15"), "sessions": 2, "plan_date": d("2024-08-01")}),
            ("F", {"date": d("2025-11-01"), "sessions": 1, "plan_date": d("2024-05-01")}),
            ("H", {"date": d("2025-11-30"), "sessions": 1, "plan_date": d("2024-04-20")}),
            ("I", {"date": d("2025-06-10"), "sessions": 1, "plan_date": d("2025-01-10")}),
        ],
        "follow_up_sessions": [
            ("B", {"date": d("2025-05-15"), "theme": "新商品の試作状況"}),
            ("B", {"date": d("2025-12-15"), "theme": "年末の売れ行き"}),
            ("C", {"date": d("2025-07-01"), "theme": "原価管理表の確認"}),
            ("C", {"date": d("2025-09-01"), "theme": "値上げの検討"}),
            ("C", {"date": d("2026-02-20"), "theme": "決算前の見通し"}),
            ("D", {"date": d("2025-06-01"), "theme": "客数の推移"}),
            ("E", {"date": d("2025-08-01"), "theme": "回収条件の見直し"}),
            ("E", {"date": d("2026-01-15"), "theme": "資金繰りの相談"}),
            ("F", {"date": d("2025-11-01"), "theme": "新しい決算の確認"}),
            ("H", {"date": d("2025-11-30"), "theme": "決算期変更後の状況"}),
            ("I", {"date": d("2025-06-10"), "theme": "改定後の客数"}),
        ],
        # Trends at 2026-03-31 of the follow-up companies B, C, D, E, F, H, I.
        "sales_increased": [
            ("B", _trend("2025-09-30", 55 * M, "2024-09-30", 50 * M, 5 * M)),
            ("D", _trend("2025-12-31", 27 * M, "2024-12-31", 25 * M, 2 * M)),
        ],
        "sales_decreased": [("C", _trend("2025-03-31", 80 * M, "2024-03-31", 90 * M, -10 * M))],
        "sales_flat": [("E", _trend("2025-06-30", 120 * M, "2024-06-30", 120 * M, 0))],
        "sales_unknown": [
            ("F", _trend("2025-09-30", 120 * M, "2024-03-31", 120 * M)),  # 18 months apart
            ("H", _trend("2024-09-30", 9 * M, "2024-03-31", 20 * M)),
            ("I", _trend("2025-03-31", 15 * M)),
        ],
        "gross_profit_increased": [("E", _trend("2025-06-30", 42 * M, "2024-06-30", 40 * M, 2 * M))],
        "gross_profit_decreased": [("B", _trend("2025-09-30", 19 * M, "2024-09-30", 20 * M, -1 * M))],
        "gross_profit_flat": [],
        "gross_profit_unknown": [
            ("C", _trend("2025-03-31", None, "2024-03-31", 28 * M)),
            ("D", _trend("2025-12-31", None, "2024-12-31", None)),
            ("F", _trend("2025-09-30", 31 * M, "2024-03-31", 30 * M)),
            ("H", _trend("2024-09-30", 4 * M, "2024-03-31", 8 * M)),
            ("I", _trend("2025-03-31", 10 * M)),
        ],
        # Latest periods closed by 2026-03-31; C's latest lacks 人件費.
        "value_added_yen": [
            ("A", _va("2025-03-31", 28 * M, 2 * M)),
            ("B", _va("2025-09-30", 12 * M, -500_000)),  # 1+10.5+0.5; 12 − 12.5
            ("D", _va("2025-12-31", 9 * M, 500_000)),  # −0.8+9+0.8; 9 − 8.5
            ("E", _va("2025-06-30", 28 * M, 3 * M)),  # 4+22+2; 28 − 25
            ("F", _va("2025-09-30", 12_500_000, None)),  # 2.5+10+0; 18 months apart
            ("H", _va("2024-09-30", 3 * M, None)),
            ("I", _va("2025-03-31", 4_500_000, None)),
            ("S", _va("2025-03-31", 22_900_000, -9_100_000)),  # 0.9+20+2; 22.9 − 32
        ],
        "value_added_increase_yen": [
            ("A", _va("2025-03-31", 28 * M, 2 * M)),
            ("B", _va("2025-09-30", 12 * M, -500_000)),
            ("D", _va("2025-12-31", 9 * M, 500_000)),
            ("E", _va("2025-06-30", 28 * M, 3 * M)),
            ("S", _va("2025-03-31", 22_900_000, -9_100_000)),
        ],
        "value_added_increased_companies": [
            ("A", _va("2025-03-31", 28 * M, 2 * M)),
            ("D", _va("2025-12-31", 9 * M, 500_000)),
            ("E", _va("2025-06-30", 28 * M, 3 * M)),
        ],
        "referrals_made": [
            ("E", {"date": d("2025-08-01"), "institution": "よろず支援拠点", "outcome": "相談継続"}),
            ("E", {"date": d("2026-01-15"), "institution": "信用保証協会", "outcome": ""}),
        ],
        "referrals_closed": [
            ("B", {"date": d("2025-04-15"), "institution": "日本政策金融公庫", "outcome": "融資実行",
                   "referred": d("2025-02-10")}),
            ("E", {"date": d("2025-09-01"), "institution": "よろず支援拠点", "outcome": "相談継続",
                   "referred": d("2025-08-01")}),
        ],
        "issues_resolved": [
            ("B", {"date": d("2025-04-01"), "title": "販路が狭い"}),
            ("C", {"date": d("2026-03-31"), "title": "原価が見えていない"}),
        ],
    }
    values = {
        2024: {
            "supported_companies": 7,  # A B D E F H I
            "analysed_companies": 6,  # A B D E F H
            "planned_companies": 6,  # B D E F H I
            "follow_up_companies": 3,  # B H I
            "follow_up_sessions": 3,
            "sales_increased": 1, "sales_decreased": 0, "sales_flat": 0, "sales_unknown": 2,
            "gross_profit_increased": 0, "gross_profit_decreased": 0, "gross_profit_flat": 1,
            "gross_profit_unknown": 2,
            # 28 + 12.5 + 8.5 + 25 + 12 + 3 + 4.5 = 93.5 million
            "value_added_yen": 93_500_000,
            # +2 + 0.5 − 3 = −0.5 million
            "value_added_increase_yen": -500_000,
            "value_added_increased_companies": 2,
            "referrals_made": 1,
            "referrals_closed": 0,
            "issues_resolved": 1,
        },
        2025: {
            "supported_companies": 9,
            "analysed_companies": 8,  # all but H
            "planned_companies": 2,  # C E
            "follow_up_companies": 7,  # B C D E F H I
            "follow_up_sessions": 11,  # 2 + 3 + 1 + 2 + 1 + 1 + 1
            "sales_increased": 2, "sales_decreased": 1, "sales_flat": 1, "sales_unknown": 3,
            "gross_profit_increased": 1, "gross_profit_decreased": 1, "gross_profit_flat": 0,
            "gross_profit_unknown": 5,
            # 28 + 12 + 9 + 28 + 12.5 + 3 + 4.5 + 22.9 = 119.9 million
            "value_added_yen": 119_900_000,
            # +2 − 0.5 + 0.5 + 3 − 9.1 = −4.1 million
            "value_added_increase_yen": -4_100_000,
            "value_added_increased_companies": 3,
            "referrals_made": 2,
            "referrals_closed": 2,
            "issues_resolved": 2,
        },
    }

    def sales_down(times: int, ends: list[str], sales: list[int]) -> tuple[str, dict]:
        return ("sales_down", {"times": times, "period_ends": ends, "sales_yen": sales})

    def no_session(last: str, open_actions: int, months: int) -> tuple[str, dict]:
        return ("no_session", {"last_session": d(last), "open_actions": open_actions, "months": months})

    c_down = sales_down(2, ["2023-03-31", "2024-03-31", "2025-03-31"], [100 * M, 90 * M, 80 * M])
    d_insolvent = ("insolvent", {"period_end": "2025-12-31", "net_assets_yen": -2 * M})
    d_ebitda = ("ebitda_not_positive", {"period_end": "2025-12-31", "ebitda_yen": 0})  # −0.8 + 0.8
    e_wc = ("working_capital_up", {"period_end": "2025-06-30", "from": Decimal("1.00"),
                                   "to": Decimal("2.00")})  # (12+3−5)×12÷120 → (18+7−5)×12÷120
    h_none = no_session("2025-11-30", 1, 3)  # 11/30 < 12/15
    i_ebitda = ("ebitda_not_positive", {"period_end": "2025-03-31", "ebitda_yen": -1_500_000})
    # S, 千円: ① 0 (no period before) / 90,000÷100,000−1 = −0.1 ≥ ⅳ → 2
    # ② 10,000÷100,000 = 0.1 ≥ ⅰ → 5 / 900÷90,000 = 0.01 ≥ ⅲ → 3
    # ③ 10,000÷10 = 1,000 ≥ ⅱ 500 → 4 / 900÷10 = 90 ≥ ⅲ 0 → 3
    # ④ (10,000−4,000)÷12,000 = 0.5 ≤ ⅰ 1 → 5 / 6,000÷2,900 = 2.07 ≤ ⅱ 3 → 4
    # ⑤ 10,000×12÷100,000 = 1.2 ≤ ⅲ 1.5 → 3 / 10,000×12÷90,000 = 1.33 ≤ ⅲ → 3
    # ⑥ 50,000÷100,000 = 0.5 ≥ ⅱ 0.4 → 4 / 30,000÷100,000 = 0.3 ≥ ⅲ 0.1 → 3
    # total 0+5+4+5+3+4 = 21 (B) → 2+3+3+4+3+3 = 18 (B): down 3
    s_score = ("score_drop", {"period_end": "2025-03-31", "from": 21, "to": 18,
                              "from_rank": "B", "to_rank": "B"})
    warnings = {
        # Default rules, with the benchmark set.
        "default": {"C": [c_down], "D": [d_insolvent, d_ebitda], "E": [e_wc], "H": [h_none],
                    "I": [i_ebitda], "S": [s_score]},
        # no_session months=1 (before 2026-02-15), sales_down periods=1, ebitda_not_positive off.
        "edited": {
            "B": [no_session("2025-12-15", 1, 1)],
            "C": [sales_down(1, ["2024-03-31", "2025-03-31"], [90 * M, 80 * M])],
            "D": [d_insolvent],
            "E": [e_wc, no_session("2026-01-15", 1, 1)],
            "H": [no_session("2025-11-30", 1, 1)],
            "S": [sales_down(1, ["2024-03-31", "2025-03-31"], [100 * M, 90 * M]), s_score],
        },
        # working_capital_up ratio 1.4, score_drop points 4, insolvent off.
        "edited2": {
            "C": [c_down], "D": [d_ebitda], "E": [e_wc],
            "F": [("working_capital_up", {"period_end": "2025-09-30", "from": Decimal("1.00"),
                                          "to": Decimal("1.50")})],  # 1.5 > 1.0 × 1.4
            "H": [h_none], "I": [i_ebitda],
        },
    }
    return {
        "company_count": len(LIVE),
        "values": values,
        "rows": {2024: fy2024_rows, 2025: fy2025_rows},
        "warnings": warnings,
    }
