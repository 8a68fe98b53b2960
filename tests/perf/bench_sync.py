"""Sync speed against the hub (not a test: run it by hand, as root or as a user who can
run PostgreSQL's initdb; it starts its own throwaway cluster like the tests do).

    .venv/bin/python tests/perf/bench_sync.py [--rows N] [--runs N] [--json]

Laptop A changes N company rows (new ones, then each edited once) and syncs; laptop B
syncs and receives them; then a no-op sync (nothing changed on either side), median of
``--runs``. In the same run and on the same hub it times a raw ``COPY`` of the same rows
(table name, id, the row as jsonb) into a table and back out, the floor any sync over
PostgreSQL can reach, and prints the ratios with the machine's CPU count.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from banso_desktop.bench import copy_rows  # noqa: E402  (the same COPY floor as banso bench)
from banso_desktop.store import open_store  # noqa: E402
from banso_desktop.sync import hub  # noqa: E402
from banso_desktop.sync.client import connect, sync  # noqa: E402
from banso_desktop.sync.local import LocalSync  # noqa: E402
from tests.sync.pg import PgCluster, reap_stale_clusters  # noqa: E402

PASSWORD = "bench-secret-1"
HUB_CALLS: dict[str, float] = {}  # seconds spent in each hub function (call + answer), per sync


def _time_hub_calls() -> None:
    """Count the time of every hub call, to tell the hub's share from the laptop's."""
    from banso_desktop.sync import client

    original = client._call

    def timed_call(conn, function, *args):
        start = time.perf_counter()
        try:
            return original(conn, function, *args)
        finally:
            HUB_CALLS[function] = HUB_CALLS.get(function, 0.0) + time.perf_counter() - start

    client._call = timed_call


def timed(fn):
    HUB_CALLS.clear()
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def run_sync(store, dsn, user):
    conn = connect(dsn, user, PASSWORD)
    try:
        return sync(store, conn)
    finally:
        conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    _time_hub_calls()
    reap_stale_clusters()
    cluster = PgCluster().start()
    try:
        dsn = cluster.create_database("bench_hub")
        hub.init(dsn)
        hub.add_user(dsn, "ベンチ商工会", "bench_a", PASSWORD)
        hub.add_user(dsn, "ベンチ商工会", "bench_b", PASSWORD)
        user_dsn = f"host=127.0.0.1 port={cluster.port} dbname=bench_hub"
        with tempfile.TemporaryDirectory(prefix="banso-bench-sync-") as tmp:
            a = open_store(Path(tmp) / "a.sqlite3")
            b = open_store(Path(tmp) / "b.sqlite3")
            run_sync(a, user_dsn, "bench_a")  # join the hub (organisation, first snapshot)
            run_sync(b, user_dsn, "bench_b")
            with a.write() as conn:
                conn.executemany(
                    "INSERT INTO company (id, organization_id, name, name_kana, address, created_at, updated_at)"
                    " VALUES (?, (SELECT organization_id FROM consultant LIMIT 1), ?, ?, ?, '2026-11-21', '2026-11-21')",
                    [(f"bench-{n:06d}", f"ベンチ株式会社{n}", f"ベンチ{n}", f"群馬県みどり市笠懸町{n}番地")
                     for n in range(args.rows)])
            pending = LocalSync(a).pending_count()
            push_s, pushed = timed(lambda: run_sync(a, user_dsn, "bench_a"))
            hub_push = HUB_CALLS.get("push", 0.0)
            pull_s, pulled = timed(lambda: run_sync(b, user_dsn, "bench_b"))
            hub_pull = HUB_CALLS.get("pull", 0.0)
            # Edit each row once on A (a real change of one field) and sync both ways again.
            with a.write() as conn:
                conn.execute("UPDATE company SET memo = '訪問済み', updated_at = '2026-11-22' WHERE id LIKE 'bench-%'")
            push_edit_s, _ = timed(lambda: run_sync(a, user_dsn, "bench_a"))
            hub_push_edit = HUB_CALLS.get("push", 0.0)
            pull_edit_s, pulled_edit = timed(lambda: run_sync(b, user_dsn, "bench_b"))
            hub_pull_edit = HUB_CALLS.get("pull", 0.0)
            noop = [timed(lambda: run_sync(b, user_dsn, "bench_b"))[0] for _ in range(args.runs)]
            rows = [("company", r[0], r[1]) for r in a.conn.execute(
                "SELECT id, json_object('id', id, 'name', name, 'name_kana', name_kana, 'address', address, "
                "'memo', memo, 'created_at', created_at, 'updated_at', updated_at) FROM company WHERE id LIKE 'bench-%'")]
            copies = [copy_rows(cluster.admin_dsn("bench_hub"), rows) for _ in range(3)]
            same = a.conn.execute("SELECT count(*) FROM company WHERE id LIKE 'bench-%'").fetchone()[0] == \
                b.conn.execute("SELECT count(*) FROM company WHERE id LIKE 'bench-%' AND memo = '訪問済み'").fetchone()[0]
            a.close()
            b.close()
        copy_in = statistics.median(c[0] for c in copies)
        copy_out = statistics.median(c[1] for c in copies)
        result = {
            "cpu_count": os.cpu_count(),
            "rows": args.rows,
            "pending_before_push": pending,
            "push_new_s": round(push_s, 3), "pushed": pushed.pushed,
            "pull_new_s": round(pull_s, 3), "pulled": pulled.pulled,
            "push_edit_s": round(push_edit_s, 3), "pull_edit_s": round(pull_edit_s, 3),
            "pulled_edit": pulled_edit.pulled,
            "copy_in_s": round(copy_in, 3), "copy_out_s": round(copy_out, 3),
            "push_over_copy_in": round(push_s / copy_in, 1),
            "pull_over_copy_out": round(pull_s / copy_out, 1),
            "sync_over_copy": round((push_s + pull_s) / (copy_in + copy_out), 1),
            "edit_sync_over_copy": round((push_edit_s + pull_edit_s) / (copy_in + copy_out), 1),
            # The hub's share: its push and pull calls (with the transfer), against COPY.
            "hub_push_new_s": round(hub_push, 3), "hub_pull_new_s": round(hub_pull, 3),
            "hub_push_edit_s": round(hub_push_edit, 3), "hub_pull_edit_s": round(hub_pull_edit, 3),
            "hub_over_copy": round((hub_push + hub_pull) / (copy_in + copy_out), 1),
            "noop_sync_ms_median": round(statistics.median(noop) * 1000, 1),
            "noop_sync_ms_max": round(max(noop) * 1000, 1),
            "laptops_agree": same,
            "goals": {"sync_over_copy": 3, "noop_sync_ms": 100},
        }
    finally:
        cluster.stop()
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        for key, value in result.items():
            print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
