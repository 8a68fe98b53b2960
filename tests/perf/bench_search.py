"""Search latency on a 10,000-company demo database (not a test: run it by hand).

    .venv/bin/python tests/perf/bench_search.py [--db FILE] [--companies N] [--iterations N]

Builds the demo file (or reuses ``--db`` when it already holds companies), picks
Japanese query terms from the stored notes — the most frequent and the rarest
substrings of 1, 2 and 3–5 characters, plus terms found nowhere (the worst case of
the LIKE scan, which cannot stop early) — and times ``store.search.notes`` and
``store.search.everything`` on each set, printing p50 / p95 in milliseconds.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from banso_desktop.demo import create_demo
from banso_desktop.store import open_store

SAMPLE_NOTES = 20_000
TERMS_PER_SET = 12
ABSENT = {
    "1": ["鰻", "麒", "鬱", "曖", "亀", "鯨"],
    "2": ["宇宙", "量子", "恐竜", "火山", "海賊", "忍者"],
    "3+": ["量子計算機", "宇宙旅行", "恐竜図鑑", "火山観測", "海賊船長", "忍者屋敷"],
}


def japanese(text: str) -> bool:
    return all("\u3041" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff" for c in text)


def pick_terms(bodies: list[str], rng: random.Random) -> dict[tuple[str, str], list[str]]:
    """(length class, frequent|rare|absent) → query terms taken from the notes."""
    sample = rng.sample(bodies, min(SAMPLE_NOTES, len(bodies)))
    sets: dict[tuple[str, str], list[str]] = {}
    for label, lengths in (("1", (1,)), ("2", (2,)), ("3+", (3, 4, 5))):
        df: Counter[str] = Counter()
        for body in sample:
            df.update({body[i:i + n] for n in lengths for i in range(len(body) - n + 1) if japanese(body[i:i + n])})
        ranked = [t for t, _ in df.most_common()]
        sets[(label, "frequent")] = ranked[:TERMS_PER_SET]
        sets[(label, "rare")] = ranked[-TERMS_PER_SET:]
        sets[(label, "absent")] = [t for t in ABSENT[label] if not any(t in b for b in bodies)]
    return sets


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def time_calls(fn, terms: list[str], iterations: int) -> tuple[list[float], float]:
    for term in terms:  # warm the page cache and the statement cache
        fn(term)
    times, hits = [], 0
    for i in range(iterations):
        term = terms[i % len(terms)]
        started = time.perf_counter()
        hits += len(fn(term))
        times.append((time.perf_counter() - started) * 1000)
    return times, hits / iterations


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="demo file to reuse (made when missing)")
    parser.add_argument("--companies", type=int, default=10_000)
    parser.add_argument("--iterations", type=int, default=200, help="timed calls per set and function")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    folder = None
    path = args.db
    if path is None:
        folder = tempfile.TemporaryDirectory()
        path = Path(folder.name) / "bench.sqlite3"
    store = open_store(path)
    try:
        if store.companies.count() == 0:
            started = time.perf_counter()
            result = create_demo(store, companies=args.companies, seed=args.seed)
            print(f"demo: {result.companies:,} companies, {result.sessions:,} sessions, {result.notes:,} notes,"
                  f" {result.issues:,} issues, {result.actions:,} actions in {time.perf_counter() - started:.1f} s")
        counts = {t: store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("company", "note", "search_ref")}
        print(f"database: {path} ({counts['company']:,} companies, {counts['note']:,} notes,"
              f" {counts['search_ref']:,} indexed fields)")
        print(f"CPU count: {os.cpu_count()}   Python {sys.version.split()[0]}"
              f"   SQLite {store.conn.execute('SELECT sqlite_version()').fetchone()[0]}")

        bodies = [b for (b,) in store.conn.execute("SELECT body FROM note WHERE deleted_at IS NULL")]
        sets = pick_terms(bodies, random.Random(args.seed))
        print(f"\n{args.iterations} timed calls per row (limit 100 hits), after one warm-up call per term\n")
        print(f"{'length':<7}{'terms':<10}{'notes with term':>16}  {'function':<12}{'p50 ms':>8}{'p95 ms':>8}"
              f"{'hits':>7}  examples")
        for (label, kind), terms in sets.items():
            if not terms:
                continue
            share = statistics.median(sum(1 for b in bodies if t in b) for t in terms)
            for name, fn in (("notes", store.search.notes), ("everything", store.search.everything)):
                times, hits = time_calls(fn, terms, args.iterations)
                print(f"{label:<7}{kind:<10}{share:>16,.0f}  {name:<12}{percentile(times, 50):>8.2f}"
                      f"{percentile(times, 95):>8.2f}{hits:>7.0f}  {' '.join(terms[:3])}")
    finally:
        store.close()
        if folder is not None:
            folder.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
