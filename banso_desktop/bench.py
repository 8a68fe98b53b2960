"""``banso bench``: the speed figures, measured again on this machine with one command.

    banso bench [--companies N] [--json] [--db FILE] [--runs N] [--benchmarks FILE]
                [--hub-admin-dsn DSN] [--skip-gui]

Builds a demo database of N companies (10,000 by default: ~120,000 notes) in a temporary
folder, or reuses ``--db`` when it already holds companies, and measures:

- cold start to a usable main window vs a bare PySide6 window started the same way
  (a fresh ``python -m banso_desktop.ui.bench_gui`` process each run; median of ``--runs``);
- search as you type: the company list and the search dialog (notes and fields), each
  keystroke timed until the updated list is painted (p50 / p95), and the query layer alone
  against the raw FTS5 query on the same file;
- ロカベン scoring of every company; the 行動計画書 PDF in-process;
- peak memory after scrolling through every company and opening some;
- the longest stall of the UI thread while typing in interview mode with autosave (and
  sync, when a hub is available), from a 5 ms lag probe;
- sync of 10,000 changed rows against a raw COPY, and a sync with nothing to do, when a
  PostgreSQL is at hand: ``--hub-admin-dsn`` (a superuser DSN of a scratch database the
  bench may fill), else a throwaway cluster started from the PostgreSQL server programs
  when this is a checkout with ``tests/sync/pg.py``; otherwise both are null.

Nothing here is a pass/fail test: the goals are printed next to the figures.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any, Callable

SCENARIOS = ("query", "scoring", "office", "pdf", "start", "typing", "browse", "stall", "sync")
GOALS = {"start_ratio": 1.5, "search_p95_ms": 30, "note_search_p95_ms": 30, "query_over_raw_fts": 2.0,
         "plan_pdf_s": 0.12, "rss_mb": 250, "max_ui_stall_ms": 50, "sync_ratio": 3, "noop_sync_ms": 100}
TODAY = date(2026, 11, 21)
ABSENT_WORDS = ["量子計算機", "宇宙旅行", "恐竜図鑑", "火山観測", "海賊船長", "忍者屋敷"]


def percentile(values: list[float], p: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def summary(values: list[float], digits: int = 2) -> dict[str, Any]:
    """n, p50, p95 and max of a list of measurements."""
    if not values:
        return {"n": 0}
    return {"n": len(values), "p50": round(percentile(values, 50), digits),
            "p95": round(percentile(values, 95), digits), "max": round(max(values), digits)}


def _r(value: float | None, digits: int = 3) -> float | None:
    return None if value is None else round(value, digits)


class Bench:
    def __init__(self, db: Path, folder: Path, runs: int, say: Callable[[str], None]) -> None:
        self.db = db
        self.folder = folder
        self.runs = runs
        self.say = say
        # The children get folders of their own: the bench never reads or changes the
        # user's settings (last company, language, hub) or data.
        home = folder / "home"
        self.env = {**os.environ, "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
                    "BANSO_LANG": "ja", "PYTHONDONTWRITEBYTECODE": os.environ.get("PYTHONDONTWRITEBYTECODE", "")}
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            self.env["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM") or "offscreen"

    # --- children ---------------------------------------------------------------------

    def _child(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "banso_desktop.ui.bench_gui", *args]

    def _time_start(self, args: list[str]) -> tuple[float, float | None]:
        """Seconds from launching a child to its READY line (and to SETTLED, when it says so)."""
        started = time.perf_counter()
        errors = tempfile.TemporaryFile(mode="w+", encoding="utf-8")  # a pipe nobody reads could fill up
        child = subprocess.Popen(args, env=self.env, stdout=subprocess.PIPE, stderr=errors, text=True)
        ready = settled = None
        try:
            for line in child.stdout:
                if line.strip() == "READY":
                    ready = time.perf_counter() - started
                elif line.strip() == "SETTLED":
                    settled = time.perf_counter() - started
            child.wait(timeout=60)
        finally:
            if child.poll() is None:
                child.kill()
        errors.seek(0)
        said = errors.read()[-2000:]
        errors.close()
        if ready is None:
            raise RuntimeError(f"{args[3]} never became ready: {said}")
        return ready, settled

    def _run_child(self, mode: str, *extra: str, timeout: float = 900) -> dict[str, Any]:
        out = self.folder / f"{mode}.json"
        result = subprocess.run(self._child(mode, str(self.db), str(out), *extra),
                                env=self.env, capture_output=True, text=True, timeout=timeout)
        if result.returncode != 0 or not out.exists():
            raise RuntimeError(f"bench_gui {mode} failed: {result.stderr[-3000:]}")
        return json.loads(out.read_text(encoding="utf-8"))

    # --- scenarios --------------------------------------------------------------------

    def start(self) -> dict[str, Any]:
        self.say("cold start vs a bare PySide6 window…")
        self._time_start(self._child("bare"))  # both once, to warm the disk cache and byte-compile
        self._time_start(self._child("start", str(self.db)))
        bare, app, settled = [], [], []
        for _ in range(self.runs):  # interleaved, so a noisy moment hits both
            bare.append(self._time_start(self._child("bare"))[0])
            ready, done = self._time_start(self._child("start", str(self.db)))
            app.append(ready)
            settled.append(done)
        return {"start_s": _r(statistics.median(app)), "bare_s": _r(statistics.median(bare)),
                "start_ratio": _r(statistics.median(app) / statistics.median(bare), 2),
                "start_settled_s": _r(statistics.median([s for s in settled if s is not None])),
                "start_runs": self.runs}

    def words(self, store) -> dict[str, list[str]]:
        """What a consultant might type: parts of company names, addresses and note text
        (frequent and rare), and words found nowhere."""
        rng = random.Random(3)
        rows = store.conn.execute("SELECT name, address FROM company WHERE deleted_at IS NULL").fetchall()
        sample = rng.sample(rows, min(60, len(rows)))
        companies = []
        for name, address in sample[:30]:
            core = name.replace("株式会社", "").replace("有限会社", "").strip()
            companies.append(core[: rng.randint(2, 4)])
        for name, address in sample[30:45]:
            if address:
                companies.append(address[3:3 + rng.randint(2, 3)])
        companies += ABSENT_WORDS[:3]
        bodies = [r[0] for r in store.conn.execute(
            "SELECT body FROM note WHERE deleted_at IS NULL AND length(body) > 12 ORDER BY random() LIMIT 3000")]
        df: Counter[str] = Counter()
        for body in bodies:
            df.update({body[i:i + 4] for i in range(len(body) - 3) if _japanese(body[i:i + 4])})
        ranked = [t for t, _ in df.most_common()]
        notes = ranked[:12:2] + ranked[-12::2] + ABSENT_WORDS[3:]
        return {"companies": [w for w in companies if w], "notes": notes}

    def typing(self, words: dict[str, list[str]]) -> dict[str, Any]:
        self.say("search as you type (company list, search dialog)…")
        words_file = self.folder / "words.json"
        words_file.write_text(json.dumps(words, ensure_ascii=False), encoding="utf-8")
        got = self._run_child("typing", str(words_file))
        return {"search": summary(got["company_keystrokes_ms"]), "search_p95_ms": _r(
                    percentile(got["company_keystrokes_ms"], 95), 2),
                "search_clear_ms": _r(got["company_clear_ms"], 2),
                "note_search": summary(got["note_keystrokes_ms"]),
                "note_search_p95_ms": _r(percentile(got["note_keystrokes_ms"], 95), 2),
                "keystrokes": len(got["company_keystrokes_ms"]) + len(got["note_keystrokes_ms"])}

    def query_layer(self, store, words: dict[str, list[str]]) -> dict[str, Any]:
        """store.search.notes against the bare FTS5 query (newest 100 rowids) for terms of
        three or more characters, and the short terms' scan on its own."""
        self.say("query layer vs raw FTS5…")
        long_terms = [w for w in words["notes"] if len(w) >= 3]
        short_terms = sorted({w[:n] for w in words["notes"] for n in (1, 2)})
        # The bare FTS5 query for the same hits: the newest 100, with the text that matched
        # (what any search must show), and with rowids alone.
        raw_sql = "SELECT rowid, body FROM note_fts WHERE note_fts MATCH ? ORDER BY rowid DESC LIMIT 100"
        rowids_sql = "SELECT rowid FROM note_fts WHERE note_fts MATCH ? ORDER BY rowid DESC LIMIT 100"

        def timed(fn, terms: list[str], rounds: int = 20) -> list[float]:
            for t in terms:
                fn(t)
            out = []
            for _ in range(rounds):
                for t in terms:
                    started = time.perf_counter()
                    fn(t)
                    out.append((time.perf_counter() - started) * 1000)
            return out

        ours = timed(lambda t: store.search.notes(t, 100), long_terms)
        raw = timed(lambda t: store.conn.execute(raw_sql, ('"' + t.replace('"', '""') + '"',)).fetchall(), long_terms)
        rowids = timed(lambda t: store.conn.execute(rowids_sql, ('"' + t.replace('"', '""') + '"',)).fetchall(),
                       long_terms)
        short = timed(lambda t: store.search.notes(t, 100), short_terms, 3)
        everything = timed(lambda t: store.search.everything(t, 100), long_terms + short_terms, 3)
        return {"notes_query": summary(ours), "raw_fts": summary(raw, 3), "raw_fts_rowids": summary(rowids, 3),
                "query_over_raw_fts": _r(percentile(ours, 50) / percentile(raw, 50), 1),
                "query_over_raw_fts_p95": _r(percentile(ours, 95) / percentile(raw, 95), 1),
                "query_over_raw_rowids": _r(percentile(ours, 50) / percentile(rowids, 50), 1),
                "notes_short_terms": summary(short), "everything_query": summary(everything)}

    def scoring(self, store) -> dict[str, Any]:
        self.say("ロカベン scoring of every company…")
        from banso_desktop.assessment import company_assessment
        from banso_desktop.store.database import dict_rows

        benchmark = store.benchmarks.active()
        started = time.perf_counter()
        companies = dict_rows(store.conn.execute("SELECT * FROM company WHERE deleted_at IS NULL"))
        ranks: Counter[str] = Counter()
        for company in companies:
            assessment, _rule = company_assessment(store, company, benchmark)
            latest = assessment.periods[-1] if assessment.periods else None
            ranks[(latest.rank if latest else None) or "-"] += 1
        took = time.perf_counter() - started
        return {"scoring_s": _r(took), "scored": len(companies), "scoring_ms_per_company": _r(took / len(companies) * 1000, 3),
                "scoring_with_benchmark_set": benchmark is not None, "ranks": dict(sorted(ranks.items()))}

    def office(self, store) -> dict[str, Any]:
        """The office view's work over the whole file: reading every history, the yearly
        report, the early warnings with the dashboard (scored once), the report's files."""
        self.say("office view: yearly report, warnings, dashboard…")
        from banso_desktop.documents.office_report import office_report_pdf
        from banso_desktop.office.alerts import Rules, all_warnings, assess_all
        from banso_desktop.office.dashboard import dashboard_data
        from banso_desktop.office.history import load_history
        from banso_desktop.office.kpi import FiscalYear, year_report
        from banso_desktop.office.workbook import workbook_bytes

        benchmark = store.benchmarks.active()
        year = FiscalYear.of(TODAY).year - 1
        runs: dict[str, list[float]] = {k: [] for k in ("load", "report", "warnings", "dashboard", "xlsx", "pdf")}
        for _ in range(max(1, self.runs)):
            started = time.perf_counter()
            histories = load_history(store.conn)
            runs["load"].append(time.perf_counter() - started)
            started = time.perf_counter()
            report = year_report(histories, year)
            runs["report"].append(time.perf_counter() - started)
            started = time.perf_counter()
            assessments = assess_all(histories, benchmark, TODAY)
            found = all_warnings(histories, benchmark, Rules(), TODAY, assessments)
            runs["warnings"].append(time.perf_counter() - started)
            started = time.perf_counter()
            dashboard_data(histories, benchmark, TODAY, assessments=assessments)
            runs["dashboard"].append(time.perf_counter() - started)
            started = time.perf_counter()
            workbook_bytes(report, "ja", TODAY)
            runs["xlsx"].append(time.perf_counter() - started)
            started = time.perf_counter()
            pdf = office_report_pdf(report, "ja", TODAY)
            runs["pdf"].append(time.perf_counter() - started)
        med = {k: _r(percentile(v, 50)) for k, v in runs.items()}
        return {"office_load_s": med["load"], "office_report_s": med["report"],
                "office_warnings_s": med["warnings"], "office_dashboard_s": med["dashboard"],
                "office_view_s": _r(med["load"] + med["report"] + med["warnings"] + med["dashboard"]),
                "office_xlsx_s": med["xlsx"], "office_pdf_s": med["pdf"], "office_pdf_kb": len(pdf) // 1024,
                "office_flagged": len(found), "office_fiscal_year": year}

    def plan_pdf(self, store) -> dict[str, Any]:
        self.say("plan PDF in-process…")
        from banso_desktop import documents

        company = store.conn.execute("""
            SELECT c.id FROM company c WHERE c.deleted_at IS NULL ORDER BY
              (SELECT count(*) FROM issue i WHERE i.company_id = c.id AND i.deleted_at IS NULL)
            + (SELECT count(*) FROM action a WHERE a.company_id = c.id AND a.deleted_at IS NULL)
            + (SELECT count(*) FROM kpi k WHERE k.company_id = c.id AND k.deleted_at IS NULL) DESC, c.seq LIMIT 1
        """).fetchone()[0]
        out = self.folder / "plan.pdf"
        documents.export(store, "plan", company, out, "ja", TODAY)  # warm: fonts, modules
        times = []
        for _ in range(max(5, self.runs)):
            started = time.perf_counter()
            documents.export(store, "plan", company, out, "ja", TODAY)
            times.append(time.perf_counter() - started)
        return {"plan_pdf_s": _r(statistics.median(times), 4), "plan_pdf_max_s": _r(max(times), 4)}

    def browse(self) -> dict[str, Any]:
        self.say("memory while browsing every company…")
        got = self._run_child("browse")
        return {"rss_mb": _r(got["rss_mb"], 1), "rss_after_start_mb": _r(got["rss_after_start_mb"], 1),
                "browsed_rows": got["rows"], "scroll_all_s": _r(got["scroll_s"]),
                "companies_opened": got["opened"], "open_company": summary(got["open_ms"], 1)}

    def stall(self, hub_conf: Path | None) -> dict[str, Any]:
        self.say("UI-thread stalls while typing, autosave" + (" and sync…" if hub_conf else "…"))
        got = self._run_child("stall", "8", *([str(hub_conf)] if hub_conf else []))
        return {"max_ui_stall_ms": _r(got["max_stall_ms"], 1), "ui_stall_p99_ms": _r(got["p99_stall_ms"], 1),
                "ui_stalls_over_50ms": got["over_50ms"], "stall_probe_ticks": got["ticks"],
                "stall_typed_chars": got["typed"], "stall_syncs": got["syncs"]}


def _japanese(text: str) -> bool:
    return all("\u3041" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff" for c in text)


# --- sync (needs a PostgreSQL) -----------------------------------------------------------


class _Hub:
    """A scratch hub: a given superuser DSN, or a throwaway cluster of this checkout's tests."""

    def __init__(self, admin_dsn: str | None) -> None:
        self.cluster = None
        self.admin_dsn = admin_dsn
        self.reason = ""

    def __enter__(self) -> "_Hub | None":
        from banso_desktop.sync import hub

        if self.admin_dsn:
            hub.init(self.admin_dsn)
            return self
        try:
            sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
            from tests.sync.pg import PgCluster, reap_stale_clusters, unavailable_reason
        except ImportError:
            self.reason = "no --hub-admin-dsn, and not a checkout with tests/sync/pg.py"
            return None
        reason = unavailable_reason()
        if reason:
            self.reason = reason
            return None
        reap_stale_clusters()
        self.cluster = PgCluster().start()
        self.cluster.create_database("bench_hub")
        self.admin_dsn = self.cluster.admin_dsn("bench_hub")
        hub.init(self.admin_dsn)
        return self

    def __exit__(self, *exc) -> None:
        if self.cluster is not None:
            self.cluster.stop()

    def user_dsn(self) -> str:
        from psycopg.conninfo import conninfo_to_dict, make_conninfo

        parts = conninfo_to_dict(self.admin_dsn)
        for key in ("user", "password"):
            parts.pop(key, None)
        return make_conninfo(**parts)


def sync_figures(hub_ctx: _Hub, rows: int, runs: int, folder: Path, say) -> dict[str, Any]:
    """10,000 new then edited company rows, laptop A → hub → laptop B, against raw COPY."""
    from banso_desktop.store import open_store
    from banso_desktop.sync import hub
    from banso_desktop.sync.client import connect, sync

    say("sync vs COPY…")
    password = "bench-secret-1"
    admin = hub_ctx.admin_dsn
    suffix = str(os.getpid())
    users = [f"bench_a_{suffix}", f"bench_b_{suffix}"]
    for user in users:
        hub.add_user(admin, "ベンチ商工会", user, password)
    dsn = hub_ctx.user_dsn()

    from banso_desktop.sync import client

    hub_time: dict[str, float] = {}
    original = client._call

    def timed_call(conn, function, *args):  # the hub's share: each call with its transfer
        started = time.perf_counter()
        try:
            return original(conn, function, *args)
        finally:
            hub_time[function] = hub_time.get(function, 0.0) + time.perf_counter() - started

    def run(store, user):
        conn = connect(dsn, user, password)
        client._call = timed_call
        try:
            return sync(store, conn)
        finally:
            client._call = original
            conn.close()

    def timed(fn):
        started = time.perf_counter()
        fn()
        return time.perf_counter() - started

    a = open_store(folder / "sync_a.sqlite3")
    b = open_store(folder / "sync_b.sqlite3")
    try:
        run(a, users[0])
        run(b, users[1])
        with a.write() as conn:
            conn.executemany(
                "INSERT INTO company (id, organization_id, name, name_kana, address, created_at, updated_at)"
                " VALUES (?, (SELECT organization_id FROM consultant LIMIT 1), ?, ?, ?, '2026-11-21', '2026-11-21')",
                [(f"bench-{suffix}-{n:06d}", f"ベンチ株式会社{n}", f"ベンチ{n}", f"群馬県みどり市笠懸町{n}番地")
                 for n in range(rows)])
        hub_time.clear()
        push = timed(lambda: run(a, users[0]))
        hub_push = hub_time.get("push", 0.0)
        pull = timed(lambda: run(b, users[1]))
        with a.write() as conn:
            conn.execute("UPDATE company SET memo = '訪問済み', updated_at = '2026-11-22' WHERE id LIKE 'bench-%'")
        hub_time.clear()
        push_edit = timed(lambda: run(a, users[0]))
        hub_push_edit = hub_time.get("push", 0.0)
        pull_edit = timed(lambda: run(b, users[1]))
        noop = [timed(lambda: run(b, users[1])) for _ in range(max(5, runs))]
        data = [("company", r[0], r[1]) for r in a.conn.execute(
            "SELECT id, json_object('id', id, 'name', name, 'name_kana', name_kana, 'address', address, "
            "'memo', memo, 'created_at', created_at, 'updated_at', updated_at) FROM company WHERE id LIKE 'bench-%'")]
        received = b.conn.execute("SELECT count(*) FROM company WHERE id LIKE 'bench-%' AND memo = '訪問済み'").fetchone()[0]
    finally:
        a.close()
        b.close()
    copies = [copy_rows(admin, data) for _ in range(3)]
    copy_in = statistics.median(c[0] for c in copies)
    copy_out = statistics.median(c[1] for c in copies)
    return {"sync_rows": rows, "sync_received": received,
            "push_new_s": _r(push), "pull_new_s": _r(pull), "push_edit_s": _r(push_edit), "pull_edit_s": _r(pull_edit),
            "hub_push_new_s": _r(hub_push), "hub_push_edit_s": _r(hub_push_edit),
            "copy_in_s": _r(copy_in, 4), "copy_out_s": _r(copy_out, 4),
            "sync_ratio": _r((push + pull) / (copy_in + copy_out), 1),
            "sync_edit_ratio": _r((push_edit + pull_edit) / (copy_in + copy_out), 1),
            "noop_sync_ms": _r(statistics.median(noop) * 1000, 1), "noop_sync_max_ms": _r(max(noop) * 1000, 1)}


def copy_rows(admin_dsn: str, rows: list[tuple[str, str, str]]) -> tuple[float, float]:
    """Seconds to COPY (table, id, row as jsonb) rows into a fresh table and back out: the
    floor any sync over PostgreSQL can reach."""
    import io

    import psycopg

    with psycopg.connect(admin_dsn, autocommit=True) as conn:
        conn.execute("DROP TABLE IF EXISTS bench_copy")
        conn.execute("CREATE TABLE bench_copy (table_name text, row_id text, data jsonb, PRIMARY KEY (table_name, row_id))")
        started = time.perf_counter()
        with conn.transaction(), conn.cursor() as cur, cur.copy(
                "COPY bench_copy (table_name, row_id, data) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        copy_in = time.perf_counter() - started
        started = time.perf_counter()
        sink = io.BytesIO()
        with conn.cursor() as cur, cur.copy("COPY bench_copy TO STDOUT") as copy:
            for block in copy:
                sink.write(block)
        copy_out = time.perf_counter() - started
        conn.execute("DROP TABLE bench_copy")
    return copy_in, copy_out


def _hub_conf(hub_ctx: _Hub, folder: Path) -> Path:
    """A hub account for the stall scenario's window (its password in that child's memory keyring)."""
    from psycopg.conninfo import conninfo_to_dict

    from banso_desktop.sync import hub

    user, password = f"bench_ui_{os.getpid()}", "bench-secret-2"
    hub.add_user(hub_ctx.admin_dsn, "ベンチ商工会", user, password)
    parts = conninfo_to_dict(hub_ctx.admin_dsn)
    conf = {"host": parts.get("host", "127.0.0.1"), "port": int(parts.get("port", 5432)),
            "database": parts["dbname"], "user": user, "password": password}
    path = folder / "hub.json"
    path.write_text(json.dumps(conf), encoding="utf-8")
    return path


# --- the command --------------------------------------------------------------------------


def _make_demo(store, companies: int, result: dict[str, Any], say) -> None:
    from banso_desktop.demo import create_demo

    say(f"making a demo database of {companies:,} companies…")
    started = time.perf_counter()
    create_demo(store, companies=companies, seed=1, today=TODAY)
    result["demo_s"] = _r(time.perf_counter() - started, 1)


def run_bench(args, _translate, _open_store) -> int:
    """``banso bench``: prints the figures (``--json``: one object)."""
    from banso_desktop.store import open_store

    say = (lambda text: print(text, file=sys.stderr, flush=True)) if args.json else (lambda text: print(text, flush=True))
    result: dict[str, Any] = {"cpu_count": os.cpu_count(), "python": sys.version.split()[0]}
    with tempfile.TemporaryDirectory(prefix="banso-bench-") as tmp:
        folder = Path(tmp)
        db = folder / "bench.sqlite3"
        if args.db:
            # The demo file is made at --db to be reused, but every run works on a copy:
            # the scenarios type notes into it and sync it to a throwaway hub.
            kept = open_store(Path(args.db))
            if kept.companies.count() == 0:
                _make_demo(kept, args.companies, result, say)
            say("copying the database…")
            with sqlite3.connect(db) as copy:
                kept.conn.backup(copy)
            copy.close()
            kept.close()
        store = open_store(db)
        if store.companies.count() == 0:
            _make_demo(store, args.companies, result, say)
        if args.benchmarks and not store.benchmarks.list():
            store.benchmarks.import_file(args.benchmarks)
        counts = {t: store.conn.execute(f"SELECT count(*) FROM {t} WHERE deleted_at IS NULL").fetchone()[0]
                  for t in ("company", "note", "session")}
        result.update(companies=counts["company"], notes=counts["note"], sessions=counts["session"])
        bench = Bench(db, folder, args.runs, say)
        only = set(args.only.split(",")) if args.only else set(SCENARIOS)
        gui = not args.skip_gui
        words = bench.words(store)
        if "query" in only:
            result.update(bench.query_layer(store, words))
        if "scoring" in only:
            result.update(bench.scoring(store))
        if "office" in only:
            result.update(bench.office(store))
        if "pdf" in only:
            result.update(bench.plan_pdf(store))
        store.close()
        hub_ctx = _Hub(args.hub_admin_dsn if only & {"sync", "stall"} else None)
        try:
            hub = hub_ctx.__enter__() if only & {"sync", "stall"} else None
            if gui and "start" in only:
                result.update(bench.start())
            if gui and "typing" in only:
                result.update(bench.typing(words))
            if gui and "browse" in only:
                result.update(bench.browse())
            # Sync first, on the empty hub, so its figures stand against COPY alone (the stall
            # scenario's window then uploads part of the demo file to the same hub).
            if hub and "sync" in only:
                result.update(sync_figures(hub, args.sync_rows, args.runs, folder, say))
            elif "sync" in only:
                result.update(sync_ratio=None, noop_sync_ms=None, sync_skipped=hub_ctx.reason)
            if gui and "stall" in only:
                result.update(bench.stall(_hub_conf(hub, folder) if hub else None))
        finally:
            hub_ctx.__exit__(None, None, None)
    result["goals"] = GOALS
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        for key, value in result.items():
            print(f"{key}: {value}")
    return 0
