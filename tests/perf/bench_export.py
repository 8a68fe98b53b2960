"""How fast the owner's 行動計画書 is there (not a test: run it by hand).

    .venv/bin/python tests/perf/bench_export.py [--db FILE] [--companies N] [--runs N] [--json]

On a demo database (built in a temporary folder unless ``--db`` names one; the METI
benchmark table is imported from ../shared/data when present) it picks the demo
company with the most plan content and times, ``--runs`` times each (default 10):

- the plan PDF made in-process (gather from SQLite + lay out + write), after one
  warm-up run that is reported on its own (fonts loaded, first import);
- the same PDF from a fresh ``banso export plan`` process (``python -m banso_desktop``);
- the other two documents in-process, for reference;
- LibreOffice (headless ``soffice --convert-to pdf``, Debian's libreoffice-calc-nogui)
  converting an xlsx sheet holding the same content to PDF, when soffice is installed.

It prints medians (and min/max) in seconds, the ratio LibreOffice ÷ in-process and
the machine's CPU count.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from banso_desktop import documents  # noqa: E402
from banso_desktop.demo import create_demo  # noqa: E402
from banso_desktop.store import open_store  # noqa: E402

METI_CSV = ROOT.parent / "shared" / "data" / "rokaben_benchmarks.csv"
TODAY = date(2026, 11, 21)


def richest_company(store) -> str:
    """The demo company with the most to print (issues, actions, KPIs, referrals, a design sheet)."""
    row = store.conn.execute("""
        SELECT c.id,
               (SELECT count(*) FROM issue i WHERE i.company_id = c.id AND i.deleted_at IS NULL)
             + (SELECT count(*) FROM action a WHERE a.company_id = c.id AND a.deleted_at IS NULL)
             + (SELECT count(*) FROM kpi k WHERE k.company_id = c.id AND k.deleted_at IS NULL)
             + (SELECT count(*) FROM referral r WHERE r.company_id = c.id AND r.deleted_at IS NULL)
             + 3 * (SELECT count(*) FROM design_sheet d WHERE d.company_id = c.id AND d.deleted_at IS NULL)
             + (SELECT count(*) FROM fiscal_period p WHERE p.company_id = c.id AND p.deleted_at IS NULL) AS weight
        FROM company c WHERE c.deleted_at IS NULL ORDER BY weight DESC, c.seq LIMIT 1
    """).fetchone()
    return row[0]


def four_page_company(store, like: str) -> str:
    """A copy of ``like``'s figures with a plan long enough for four pages (the size of
    the issue's reference document): 8 agreed 課題, each with 3 施策 and a KPI."""
    source = store.companies.get(like)
    company = store.companies.create({k: source[k] for k in (
        "name", "industry_code", "employees", "representative_title", "representative_name", "address")})
    for period in store.periods.for_company(like):
        fields = {k: v for k, v in period.items() if k.endswith("_yen") or k in ("employees", "months")}
        store.periods.create(company, period["period_end"], fields)
    for n in range(8):
        issue = store.sessions.add_issue(
            company, None, title=f"課題{n + 1}：価格転嫁と原価管理の仕組みが弱い", issue_side="core", wall="mienai",
            owner_words="材料費がこの一年で二割上がった。お客さんに値上げは言い出しにくいが、このままでは続かない。",
            status="agreed")
        for m in range(3):
            action = store.sessions.add_action(
                company, None, issue_id=issue, what=f"主要取引先{m + 2}社に価格改定を説明し、見積書の書式を見直す",
                owner_role="owner", owner_name="代表者", due_date="2026-12-15", status="doing")
            kpi = store.plan.add_kpi(action, name="値上げ合意社数", unit="社", baseline="0", target="3")
            store.plan.add_actual(kpi, "2026-11-30", "1")
    return company


def timed(fn, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def summary(times: list[float]) -> dict[str, float]:
    return {"median_s": round(statistics.median(times), 4), "min_s": round(min(times), 4),
            "max_s": round(max(times), 4), "runs": len(times)}


def plan_as_xlsx(content, path: Path) -> None:
    """The same content as an Excel sheet, as consultants keep it today: cover, scores,
    issues, actions with KPIs, referrals, laid out for printing on A4."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "行動計画書"
    thin = Side(style="thin", color="8A97A6")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    head = PatternFill("solid", fgColor="E6ECF3")
    font = Font(name="BIZ UDゴシック", size=9)
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    for col, width in zip("ABCDEF", (6, 40, 16, 16, 34, 10)):
        ws.column_dimensions[col].width = width

    def row(values, fill=None, bold=False):
        ws.append(list(values))
        for cell in ws[ws.max_row]:
            cell.font = Font(name=font.name, size=9, bold=bold)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = box
            if fill:
                cell.fill = fill

    ws.append(["行動計画書"])
    ws["A1"].font = Font(name=font.name, size=16, bold=True)
    row(["事業者名", content.company_name, "作成日", str(content.today)])
    row(["支援者", content.consultant, "支援機関", content.organization])
    row(["指標"] + [str(p.period_end) for p in content.assessment.periods[-3:]], head, True)
    for indicator in content.assessment.periods[-1].results if content.assessment.periods else {}:
        row([indicator.value] + [
            f"{p.results[indicator].value} ({p.results[indicator].score})" for p in content.assessment.periods[-3:]
        ])
    row(["(単位：千円)"])
    for key in ("sales_yen", "gross_profit_yen", "operating_income_yen"):
        row([key] + [f"{(p.get(key) or 0) / 1000:,.0f}" for p in content.periods[-3:]])
    row(["No.", "課題", "壁", "状況", "経営者の言葉"], head, True)
    for n, issue in enumerate(content.plan["issues"], 1):
        row([n, issue["title"], issue.get("wall"), issue.get("status"), issue.get("owner_words")])
    row(["No.", "施策", "担当", "期限", "KPI", "状況"], head, True)
    n = 0
    for issue in content.plan["issues"]:
        for action in issue["actions"]:
            n += 1
            kpis = "\n".join(f"{k['name']} 目標{k.get('target')}" for k in action["kpis"])
            row([n, action["what"], action.get("owner_name"), action.get("due_date"), kpis, action.get("status")])
    row(["日付", "相談分野", "紹介先", "理由", "結果"], head, True)
    for r in content.plan["referrals"]:
        row([r.get("date"), r.get("category"), r.get("institution"), r.get("reason"), r.get("outcome")])
    wb.save(path)


def libreoffice(content, folder: Path, runs: int) -> dict | None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    xlsx = folder / "plan.xlsx"
    plan_as_xlsx(content, xlsx)
    profile = folder / "lo-profile"
    args = [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
            "--convert-to", "pdf", "--outdir", str(folder / "lo"), str(xlsx)]

    def convert():
        subprocess.run(args, check=True, capture_output=True, timeout=120)

    convert()  # the first start creates the profile: not counted
    result = summary(timed(convert, runs))
    result["pages"] = _pages(folder / "lo" / "plan.pdf")
    return result


def _pages(path: Path) -> int | None:
    try:
        out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    return next((int(line.split()[-1]) for line in out.splitlines() if line.startswith("Pages:")), None)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--companies", type=int, default=500)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="banso-bench-export-") as tmp:
        folder = Path(tmp)
        db = args.db or folder / "demo.sqlite3"
        store = open_store(db)
        if store.conn.execute("SELECT count(*) FROM company").fetchone()[0] == 0:
            create_demo(store, companies=args.companies, seed=7, today=TODAY)
        if METI_CSV.exists() and not store.benchmarks.list():
            store.benchmarks.import_file(METI_CSV)
        company = richest_company(store)
        out = folder / "plan.pdf"

        def plan_in_process():
            documents.export(store, "plan", company, out, "ja", TODAY)

        first = timed(plan_in_process, 1)[0]
        in_process = summary(timed(plan_in_process, args.runs))
        pages = _pages(out)
        long_company = four_page_company(store, company)
        long_out = folder / "plan_long.pdf"
        long_plan = summary(timed(lambda: documents.export(store, "plan", long_company, long_out, "ja", TODAY),
                                  args.runs))
        long_plan["pages"] = _pages(long_out)
        others = {}
        for kind in ("rokaben", "design"):
            others[kind] = summary(timed(
                lambda kind=kind: documents.export(store, kind, company, folder / f"{kind}.pdf", "ja", TODAY), args.runs
            ))
        content = documents.gather(store, company, TODAY)
        store.close()

        cli = [sys.executable, "-m", "banso_desktop", "export", "plan", "--db", str(db), "--company", company,
               "--out", str(folder / "cli.pdf"), "--lang", "ja", "--today", TODAY.isoformat()]
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "0"}
        subprocess.run(cli, check=True, capture_output=True, env=env, cwd=ROOT)  # byte-compile once
        fresh = summary(timed(lambda: subprocess.run(cli, check=True, capture_output=True, env=env, cwd=ROOT),
                              args.runs))
        lo = libreoffice(content, folder, args.runs)

    result = {
        "cpu_count": os.cpu_count(),
        "company": company,
        "plan_pages": pages,
        "plan_first_run_s": round(first, 4),
        "plan_in_process": in_process,
        "plan_cli_fresh_process": fresh,
        "plan_long_in_process": long_plan,
        "rokaben_in_process": others["rokaben"],
        "design_in_process": others["design"],
        "libreoffice_xlsx_to_pdf": lo,
        "libreoffice_over_in_process": round(lo["median_s"] / in_process["median_s"], 1) if lo else None,
        "goals": {"in_process_s": 0.12, "cli_s": 0.5, "ratio_min": 10},
    }
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        for key, value in result.items():
            print(f"{key}: {value}")
        if lo is None:
            print("LibreOffice not installed: apt-get install libreoffice-calc-nogui to compare.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
