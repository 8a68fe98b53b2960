"""Automatic backups on real files: where they go, verified copies, rotation, restoring."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from banso_desktop.store import open_store
from banso_desktop.store.backup import (
    KEEP_DAYS,
    KEEP_LATEST,
    Backup,
    BackupError,
    backup_dir,
    damaged_name,
    is_verified_state,
    kept,
    latest_backup,
    list_backups,
    make_backup,
    needs_backup,
    restore_backup,
    restore_latest,
    rotate,
)

NOW = datetime(2025, 11, 21, 18, 0, 0)


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _names(store):
    return sorted(r[0] for r in store.conn.execute("SELECT name FROM company WHERE deleted_at IS NULL"))


def _backup_names(path):
    conn = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in conn.execute("SELECT name FROM company WHERE deleted_at IS NULL"))
    finally:
        conn.close()


@pytest.fixture
def filled(db_path):
    """A closed database file with two companies."""
    store = open_store(db_path)
    store.companies.create({"name": "株式会社浪速企画"})
    store.companies.create({"name": "有限会社みどり商店"})
    store.close()
    return db_path


# --- rotation (the rule alone) --------------------------------------------------------------


def _fake(times):
    return [Backup(path=Path(f"b-{t:%Y%m%d-%H%M%S}.sqlite3"), taken_at=t) for t in times]


def test_rotation_keeps_the_latest_sessions_and_one_per_day_for_a_week():
    # Three sessions a day for twelve days, the newest this afternoon.
    times = [NOW - timedelta(days=d, hours=h) for d in range(12) for h in (1, 4, 8)]
    backups = _fake(times)
    keep = kept(backups, NOW)
    taken = [b.taken_at for b in keep]
    assert taken == sorted(taken, reverse=True)
    # The three newest (today's three sessions) …
    assert taken[:3] == sorted(times, reverse=True)[:3]
    # … and the newest of each of the six days before: nothing older than a week.
    days = [NOW.date() - timedelta(days=d) for d in range(1, KEEP_DAYS)]
    for day in days:
        newest_that_day = max(t for t in times if t.date() == day)
        assert newest_that_day in taken, day
    assert len(keep) == KEEP_LATEST + KEEP_DAYS - 1
    assert min(taken).date() == NOW.date() - timedelta(days=KEEP_DAYS - 1)


def test_rotation_keeps_the_latest_even_when_they_are_old():
    # Someone who opens the app once a month keeps their last sessions.
    times = [NOW - timedelta(days=30 * m) for m in range(1, 6)]
    keep = kept(_fake(times), NOW)
    assert [b.taken_at for b in keep] == sorted(times, reverse=True)[:KEEP_LATEST]


def test_rotation_of_real_files_deletes_only_what_the_rule_drops(filled):
    made = []
    for d in range(10):
        made.append(make_backup(filled, now=NOW - timedelta(days=9 - d), keep_days=99, keep_latest=99).backup)
    assert len(list_backups(filled)) == 10
    removed = rotate(filled, now=NOW)
    remaining = list_backups(filled)
    assert [b.taken_at for b in remaining] == [NOW - timedelta(days=d) for d in range(KEEP_DAYS)]
    assert sorted(removed) == sorted(b.path for b in made[:3])
    assert all(not p.exists() for p in removed)


def test_each_new_backup_rotates_the_old_ones(filled):
    for d in range(KEEP_DAYS + 3):
        make_backup(filled, now=NOW - timedelta(days=KEEP_DAYS + 2 - d))
    assert len(list_backups(filled)) == KEEP_DAYS


# --- making one -------------------------------------------------------------------------------


def test_a_backup_is_a_verified_private_plain_copy_beside_the_file(filled):
    result = make_backup(filled, now=NOW)
    backup = result.backup
    assert backup.path.parent == filled.parent / "banso.backups" == backup_dir(filled)
    assert backup.path.name == "banso-20251121-180000.sqlite3"
    assert backup.taken_at == NOW
    assert stat.S_IMODE(backup.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(backup_dir(filled).stat().st_mode) == 0o700
    assert _backup_names(backup.path) == ["有限会社みどり商店", "株式会社浪速企画"]
    conn = sqlite3.connect(backup.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file, no -wal
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    conn.close()
    # Nothing temporary is left, and only finished backups are listed.
    assert sorted(p.name for p in backup_dir(filled).iterdir()) == [backup.path.name, "state.json"]
    assert latest_backup(filled) == backup


def test_two_backups_in_the_same_second_both_kept(filled):
    first = make_backup(filled, now=NOW).backup
    second = make_backup(filled, now=NOW).backup
    assert first.path != second.path and second.path.name == "banso-20251121-180000-2.sqlite3"
    assert list_backups(filled)[0] == second


def test_a_half_written_copy_is_never_listed(filled):
    folder = backup_dir(filled)
    make_backup(filled, now=NOW)
    partial = folder / ".banso-20251122-090000.sqlite3.partial-99999-1"
    partial.write_bytes(b"SQLite format 3\x00" + b"\x00" * 500)
    old = time.time() - 2 * 24 * 3600
    os.utime(partial, (old, old))
    assert [b.taken_at for b in list_backups(filled)] == [NOW]
    make_backup(filled, now=NOW + timedelta(minutes=1))
    assert not partial.exists()  # a crashed backup's leftovers are cleared


def test_the_file_unchanged_since_its_last_backup_needs_none(filled):
    assert needs_backup(filled)
    make_backup(filled)
    assert not needs_backup(filled) and is_verified_state(filled)
    # Opening and closing without writing changes nothing …
    open_store(filled).close()
    assert not needs_backup(filled)
    # … a write does.
    store = open_store(filled)
    store.companies.create({"name": "合同会社あさひ"})
    assert needs_backup(filled)  # still in the write-ahead log
    store.close()
    assert needs_backup(filled)  # now in the file


def test_a_backup_taken_while_the_writer_writes_is_consistent(filled):
    """Every transaction adds a company and sets the count in local_meta; any snapshot
    must agree with itself, and the writer is never blocked for long."""
    store = open_store(filled)
    store.set_meta("test.count", str(store.companies.count()))
    stop = threading.Event()
    commits, slowest = [0], [0.0]

    def writer():
        n = 0
        while not stop.is_set():
            started = time.perf_counter()
            with store.write():
                store.companies.create({"name": f"並行会社{n}"})
                store.set_meta("test.count", str(store.companies.count()))
            slowest[0] = max(slowest[0], time.perf_counter() - started)
            commits[0] += 1
            n += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        results = []
        while len(results) < 5:
            time.sleep(0.02)
            results.append(make_backup(filled, keep_latest=99))
    finally:
        stop.set()
        thread.join()
        store.close()
    assert commits[0] > 10
    counts = set()
    for result in results:
        conn = sqlite3.connect(result.backup.path)
        live = conn.execute("SELECT count(*) FROM company WHERE deleted_at IS NULL").fetchone()[0]
        recorded = conn.execute("SELECT value FROM local_meta WHERE key = 'test.count'").fetchone()[0]
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        conn.close()
        assert live == int(recorded)
        counts.add(live)
    assert len(counts) > 1  # the snapshots were taken while the data changed
    assert slowest[0] < 1.0


def test_a_file_that_is_not_ours_is_not_backed_up(tmp_path):
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(BackupError):
        make_backup(other)
    assert list_backups(other) == []


# --- restoring ------------------------------------------------------------------------------


def test_restore_keeps_the_damaged_file_and_its_log_aside(filled):
    backup = make_backup(filled, now=NOW).backup
    store = open_store(filled)
    store.companies.create({"name": "後から追加"})
    # A crash: the log still holds the last write.
    wal = filled.with_name(filled.name + "-wal")
    copies = {suffix: filled.with_name(filled.name + suffix).read_bytes() for suffix in ("", "-wal")}
    store.close()
    filled.write_bytes(copies[""][:4096])  # and the file cut off
    wal.write_bytes(copies["-wal"])
    before = {"": _digest(filled), "-wal": _digest(wal)}
    result = restore_backup(filled, backup, now=NOW + timedelta(hours=1))
    aside = filled.with_name("banso.sqlite3.damaged-20251121-190000")
    assert result.damaged_path == aside
    assert _digest(aside) == before[""]
    assert _digest(aside.with_name(aside.name + "-wal")) == before["-wal"]
    assert not wal.exists()  # the restored file must not replay the damaged file's log
    assert _backup_names(filled) == ["有限会社みどり商店", "株式会社浪速企画"]
    assert backup.path.exists()  # the backup itself stays
    store = open_store(filled)
    assert _names(store) == ["有限会社みどり商店", "株式会社浪速企画"]
    store.close()


def test_a_second_restore_in_the_same_second_never_overwrites_the_first(filled):
    backup = make_backup(filled, now=NOW).backup
    first = restore_backup(filled, backup, now=NOW).damaged_path
    second = restore_backup(filled, backup, now=NOW).damaged_path
    assert first.name == "banso.sqlite3.damaged-20251121-180000"
    assert second.name == "banso.sqlite3.damaged-20251121-180000-2"
    assert first.exists() and second.exists()
    assert damaged_name(filled, NOW).name == "banso.sqlite3.damaged-20251121-180000-3"


def test_restore_skips_a_backup_that_is_damaged_too(filled):
    older = make_backup(filled, now=NOW - timedelta(days=1)).backup
    store = open_store(filled)
    store.companies.create({"name": "新しい会社"})
    store.close()
    newer = make_backup(filled, now=NOW).backup
    with open(newer.path, "r+b") as f:
        f.seek(4096)
        f.write(os.urandom(4096 * 3))
    result = restore_latest(filled, now=NOW)
    assert result.backup == older
    assert "新しい会社" not in _backup_names(filled)


def test_restore_without_any_backup_changes_nothing(filled):
    before = _digest(filled)
    with pytest.raises(BackupError):
        restore_latest(filled)
    assert _digest(filled) == before
    assert sorted(p.name for p in filled.parent.iterdir()) == ["banso.sqlite3"]
