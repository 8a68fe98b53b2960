"""Automatic backups of the database file: verified copies beside it, rotated.

**Where.** In a folder beside the file, named after it: ``banso.sqlite3`` keeps its
backups in ``banso.backups/`` (so ``~/.local/share/BansoDesktop/banso.backups/`` for the
default file, and a ``--db`` file has its own). Each backup is named by the local time
its snapshot was taken, ``banso-20251121-103205.sqlite3``, and is a plain SQLite file
(no ``-wal``) that any SQLite tool opens. The folder is private to the user (0700, files
0600): the copies hold the same confidential figures as the file.

**How.** SQLite's online backup API copies the file in one step, inside one read
transaction: a consistent snapshot even while the app keeps writing (WAL lets the
writer go on). The copy goes to a hidden temporary name in that folder, is turned into a
single file (``journal_mode=DELETE``), checked with ``PRAGMA quick_check``, flushed to
disk and only then renamed to its final name, so a half-written or failed copy is never
offered. A copy that fails its check is never kept; the file itself is then checked, and
if it is damaged it is flagged in ``state.json`` so that its next open reads every page
(and offers the backup). The backup API rather than ``VACUUM INTO``: a page-for-page copy
keeps any damage visible to the check instead of rebuilding around it, and costs the same
(470 MB: 1.8 s either way, then 0.75 s for the check, on the project's machine).

**Rotation.** After a new backup is verified: keep the newest :data:`KEEP_LATEST` (the
last few sessions) and the newest one of each of the last :data:`KEEP_DAYS` calendar days;
delete the rest. At most ``KEEP_LATEST + KEEP_DAYS`` copies, usually fewer. A backup is
skipped when the disk would be left with less than the file's size (at least 256 MB)
free, so backups never fill the disk that autosave needs.

**When** (see ``ui/backups.py``): a few seconds after the window is up, off the UI
thread, unless the file is exactly the state of the last verified backup; and after the
window has closed, when the file changed during the session.

**Restoring** never overwrites or deletes the damaged file: it is renamed aside to
``banso.sqlite3.damaged-YYYYMMDD-HHMMSS`` (its ``-wal`` / ``-shm`` along with it), and a
verified copy of the backup takes its place.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from banso_desktop.domain.text import QT_TRANSLATE_NOOP, Translate
from banso_desktop.store.errors import DamagedFileError, StoreError
from banso_desktop.store.integrity import (
    companion,
    damaged,
    inspect_header,
    is_damage,
    quick_check,
    read_only_uri,
    wal_has_frames,
)

KEEP_LATEST = 3
KEEP_DAYS = 7
MIN_FREE_RESERVE = 256 * 1024 * 1024
STATE_FILE = "state.json"
PARTIAL_MAX_AGE_S = 24 * 3600  # a temporary copy older than this was left by a crash
BUSY_TIMEOUT_S = 10.0

NOT_OURS = QT_TRANSLATE_NOOP("store", "{path} is not a Banso Desktop database file.")
NO_FOLDER = QT_TRANSLATE_NOOP("store", "Cannot make the backup folder {folder}: {reason}")
LOW_SPACE = QT_TRANSLATE_NOOP(
    "store",
    "No automatic backup was made: the disk holding {folder} has {free} MB free, and a backup "
    "needs {needed} MB. Free some space on it.",
)
COPY_FAILED = QT_TRANSLATE_NOOP(
    "store", "The automatic backup could not be made: the copy failed its check ({reason})."
)
WRITE_FAILED = QT_TRANSLATE_NOOP("store", "The automatic backup could not be written to {folder}: {reason}")
BAD_BACKUP = QT_TRANSLATE_NOOP("store", "The backup {backup} is damaged too ({reason}).")
NO_BACKUP = QT_TRANSLATE_NOOP("store", "There is no usable automatic backup of {path}.")
CANNOT_SET_ASIDE = QT_TRANSLATE_NOOP(
    "store", "Cannot rename the damaged file {path} to keep it aside: {reason}. Nothing was changed."
)
HINT_BACKUP = QT_TRANSLATE_NOOP(
    "store",
    "The latest automatic backup is {backup} ({when}). Start the app with this file to open "
    "the backup in its place; the damaged file is kept beside it, renamed.",
)
HINT_NO_BACKUP = QT_TRANSLATE_NOOP(
    "store", "No automatic backup of it was found in {folder}. The file was left as it is."
)


class BackupError(StoreError):
    """A backup could not be made or restored (the message says why)."""


class BadBackupError(BackupError):
    """The backup file itself fails its check."""


@dataclass(frozen=True)
class Backup:
    """One verified backup file."""

    path: Path
    taken_at: datetime  # local time of the snapshot (from the name)

    @property
    def size(self) -> int:
        return self.path.stat().st_size


@dataclass
class BackupResult:
    backup: Backup
    copy_seconds: float
    check_seconds: float
    removed: list[Path] = field(default_factory=list)


@dataclass(frozen=True)
class RestoreResult:
    backup: Backup
    damaged_path: Path | None  # where the damaged file was kept (None: there was none)


# --- where -----------------------------------------------------------------------------


def backup_dir(db_path: Path) -> Path:
    """The folder of ``db_path``'s backups: ``<stem>.backups`` beside it."""
    db_path = Path(db_path)
    return db_path.with_name(f"{db_path.stem}.backups")


def _pattern(db_path: Path) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(Path(db_path).stem)}-(\d{{8}}-\d{{6}})(?:-(\d+))?\.sqlite3$")


def list_backups(db_path: Path) -> list[Backup]:
    """The backups of ``db_path``, newest first (temporary copies never appear)."""
    folder = backup_dir(db_path)
    pattern = _pattern(db_path)
    found: list[tuple[datetime, int, Path]] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = pattern.match(entry.name)
        if not match or not entry.is_file():
            continue
        try:
            taken = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
        except ValueError:
            continue
        found.append((taken, int(match.group(2) or 1), entry))
    found.sort(reverse=True)
    return [Backup(path, taken) for taken, _n, path in found]


def latest_backup(db_path: Path) -> Backup | None:
    """The newest backup whose header and length look right (the full check is at restore)."""
    for backup in list_backups(db_path):
        try:
            inspect_header(backup.path)
        except (DamagedFileError, OSError):
            continue
        if backup.size:
            return backup
    return None


def count_companies(backup: Backup) -> int | None:
    """How many companies (not in the trash) a backup holds; None when it cannot be read."""
    try:
        conn = sqlite3.connect(read_only_uri(backup.path), uri=True)
        try:
            return conn.execute("SELECT count(*) FROM company WHERE deleted_at IS NULL").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def format_when(moment: datetime, lang: str) -> str:
    """A backup's time for people: 令和7年11月21日（2025年11月21日） 10:32 / 21 Nov 2025 (Reiwa 7) 10:32."""
    from banso_desktop.domain.japanese import format_date_en, format_date_ja

    day = format_date_ja(moment.date()) if lang == "ja" else format_date_en(moment.date())
    return f"{day} {moment:%H:%M}"


# --- state: the verified source state, and the damage flag -------------------------------


def _state_path(db_path: Path) -> Path:
    return backup_dir(db_path) / STATE_FILE


def _read_state(db_path: Path) -> dict:
    try:
        state = json.loads(_state_path(db_path).read_text(encoding="utf-8"))
        return state if isinstance(state, dict) else {}
    except (OSError, ValueError):
        return {}


def _write_state(db_path: Path, state: dict) -> None:
    path = _state_path(db_path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{threading.get_ident()}")
    try:
        path.parent.mkdir(mode=0o700, exist_ok=True)
        tmp.write_text(json.dumps(state, indent=1), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)  # the state only saves work; never fail over it


def fingerprint(db_path: Path) -> dict | None:
    """The file's identity when the file alone holds its content (no log with newer
    pages), else None. Equal fingerprints mean the file was not written in between."""
    if wal_has_frames(db_path) or companion(db_path, "-journal").exists():
        return None
    try:
        st = Path(db_path).stat()
    except OSError:
        return None
    return {"dev": st.st_dev, "ino": st.st_ino, "size": st.st_size,
            "mtime_ns": st.st_mtime_ns, "ctime_ns": st.st_ctime_ns}


def is_verified_state(db_path: Path) -> bool:
    """True when the file is exactly the state a verified backup was copied from."""
    verified = _read_state(db_path).get("verified") or {}
    current = fingerprint(db_path)
    if current is None or verified.get("source") != current:
        return False
    return (backup_dir(db_path) / str(verified.get("backup", ""))).is_file()


def needs_backup(db_path: Path) -> bool:
    """Whether the file may differ from its latest verified backup."""
    return not is_verified_state(db_path)


def suspect_reason(db_path: Path) -> str | None:
    """Why a background check found the file damaged (its next open checks every page)."""
    reason = (_read_state(db_path).get("suspect") or {}).get("reason")
    return str(reason) if reason else None


def mark_suspect(db_path: Path, reason: str) -> None:
    state = _read_state(db_path)
    state["suspect"] = {"reason": reason, "at": datetime.now().isoformat(timespec="seconds")}
    _write_state(db_path, state)


def clear_suspect(db_path: Path) -> None:
    state = _read_state(db_path)
    if "suspect" in state:
        del state["suspect"]
        _write_state(db_path, state)


# --- making one ------------------------------------------------------------------------


def _fsync(path: Path, flags: int = os.O_RDWR) -> None:
    # Read-write: Windows flushes only handles opened for writing.
    fd = os.open(path, flags | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows journals renames itself)."""
    if sys.platform.startswith("win"):
        return
    try:
        _fsync(folder, os.O_RDONLY)
    except OSError:
        pass


def _free_name(folder: Path, stem: str, taken_at: datetime) -> Path:
    base = f"{stem}-{taken_at:%Y%m%d-%H%M%S}"
    candidate, n = folder / f"{base}.sqlite3", 1
    while candidate.exists():
        n += 1
        candidate = folder / f"{base}-{n}.sqlite3"
    return candidate


def _remove_stale_partials(folder: Path) -> None:
    cutoff = time.time() - PARTIAL_MAX_AGE_S
    for entry in folder.glob(".*.partial-*"):
        try:
            if entry.stat().st_mtime < cutoff:
                entry.unlink()
        except OSError:
            pass


def _check_space(db_path: Path, folder: Path) -> None:
    size = db_path.stat().st_size
    wal = companion(db_path, "-wal")
    size += wal.stat().st_size if wal.exists() else 0
    free = shutil.disk_usage(folder).free
    needed = size + max(size, MIN_FREE_RESERVE)
    if free < needed:
        raise BackupError(LOW_SPACE, folder=folder, free=free // 2**20, needed=needed // 2**20)


def make_backup(db_path: Path, now: datetime | None = None, keep_latest: int = KEEP_LATEST,
                keep_days: int = KEEP_DAYS) -> BackupResult:
    """Copy ``db_path`` to a new verified backup, then rotate the old ones.

    Safe while the app is writing the file. Raises :class:`DamagedFileError` when the
    copy shows the file is damaged (the file is then flagged, see :func:`suspect_reason`)
    and :class:`BackupError` when no backup could be made (no space, no folder…).
    """
    db_path = Path(db_path)
    folder = backup_dir(db_path)
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
    except OSError as exc:
        raise BackupError(NO_FOLDER, folder=folder, reason=exc.strerror or str(exc)) from None
    _check_space(db_path, folder)
    _remove_stale_partials(folder)
    taken_at = (now or datetime.now()).replace(microsecond=0)
    final = _free_name(folder, db_path.stem, taken_at)
    tmp = folder / f".{final.name}.partial-{os.getpid()}-{threading.get_ident()}"
    before = fingerprint(db_path)
    try:
        copy_seconds, check_seconds, problem = _copy_and_check(db_path, tmp)
        if problem is None:
            _fsync(tmp)
            os.chmod(tmp, 0o600)
            os.replace(tmp, final)
            _fsync_dir(folder)
    except DamagedFileError as exc:
        mark_suspect(db_path, str(exc.params.get("reason", "")) or "damaged")
        raise
    except OSError as exc:
        raise BackupError(WRITE_FAILED, folder=folder, reason=exc.strerror or str(exc)) from None
    finally:
        tmp.unlink(missing_ok=True)
    if problem is not None:
        # The copy is the file page for page: see whether the file itself is damaged.
        source_problem = _check_file(db_path, require_banso=False)
        if source_problem is not None:
            mark_suspect(db_path, source_problem)
            raise damaged(db_path, source_problem)
        raise BackupError(COPY_FAILED, reason=problem)
    state = _read_state(db_path)
    state.pop("suspect", None)
    if before is not None and fingerprint(db_path) == before:
        state["verified"] = {"backup": final.name, "source": before,
                             "at": datetime.now().isoformat(timespec="seconds")}
    _write_state(db_path, state)
    backup = Backup(final, taken_at)
    removed = rotate(db_path, now=now, keep_latest=keep_latest, keep_days=keep_days)
    return BackupResult(backup, copy_seconds, check_seconds, removed)


def _copy_and_check(db_path: Path, tmp: Path) -> tuple[float, float, str | None]:
    """Copy into ``tmp`` in one step and check the copy: (copy s, check s, problem)."""
    started = time.perf_counter()
    try:
        src = sqlite3.connect(read_only_uri(db_path, live=True), uri=True, timeout=BUSY_TIMEOUT_S,
                              isolation_level=None)
        try:
            dst = sqlite3.connect(tmp, isolation_level=None)
            try:
                # A fresh file behind a temporary name: no journal needed, one fsync at the end.
                dst.execute("PRAGMA journal_mode = OFF")
                dst.execute("PRAGMA synchronous = OFF")
                if not _is_banso_file(src):
                    raise BackupError(NOT_OURS, path=db_path)
                src.backup(dst)  # all pages in one step: one read transaction, one snapshot
                copied = time.perf_counter()
                dst.execute("PRAGMA journal_mode = DELETE")  # a single self-contained file
                problem = quick_check(dst)
                return copied - started, time.perf_counter() - copied, problem
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            raise damaged(db_path, exc) from None
        raise BackupError(COPY_FAILED, reason=str(exc)) from None


def _is_banso_file(conn: sqlite3.Connection) -> bool:
    if conn.execute("PRAGMA user_version").fetchone()[0] < 1:
        return False
    return conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'local_meta'"
    ).fetchone() is not None


def _check_file(path: Path, require_banso: bool = True) -> str | None:
    """quick_check of a file through a read-only connection: None when sound."""
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_S)
        try:
            found = quick_check(conn)
            if found is None and require_banso and not _is_banso_file(conn):
                return "not a Banso Desktop database"
            return found
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)


# --- rotation --------------------------------------------------------------------------


def kept(backups: list[Backup], now: datetime, keep_latest: int = KEEP_LATEST,
         keep_days: int = KEEP_DAYS) -> list[Backup]:
    """Which backups rotation keeps: the newest ``keep_latest``, and the newest of each
    of the last ``keep_days`` calendar days (today included). Newest first."""
    ordered = sorted(backups, key=lambda b: (b.taken_at, b.path.name), reverse=True)
    keep = ordered[:max(keep_latest, 1)]
    first_day: date = now.date() - timedelta(days=keep_days - 1)
    days_kept: set[date] = set()
    for backup in ordered:
        day = backup.taken_at.date()
        if first_day <= day <= now.date() and day not in days_kept:
            days_kept.add(day)
            if backup not in keep:
                keep.append(backup)
    return sorted(keep, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def rotate(db_path: Path, now: datetime | None = None, keep_latest: int = KEEP_LATEST,
           keep_days: int = KEEP_DAYS) -> list[Path]:
    """Delete the backups :func:`kept` does not keep; the deleted paths."""
    backups = list_backups(db_path)
    keep = set(kept(backups, now or datetime.now(), keep_latest, keep_days))
    removed = []
    for backup in backups:
        if backup not in keep:
            try:
                backup.path.unlink()
                removed.append(backup.path)
            except OSError:
                pass
    return removed


# --- restoring -------------------------------------------------------------------------


def damaged_name(db_path: Path, now: datetime | None = None) -> Path:
    """A free name to keep the damaged file under: ``<name>.damaged-YYYYMMDD-HHMMSS``."""
    base = f"{db_path.name}.damaged-{(now or datetime.now()):%Y%m%d-%H%M%S}"
    candidate, n = db_path.with_name(base), 1
    while any(companion(candidate, s).exists() for s in ("", "-wal", "-shm", "-journal")):
        n += 1
        candidate = db_path.with_name(f"{base}-{n}")
    return candidate


def restore_backup(db_path: Path, backup: Backup, now: datetime | None = None) -> RestoreResult:
    """Put a verified copy of ``backup`` at ``db_path``, keeping the damaged file aside.

    Close every connection to ``db_path`` first. The backup is copied and checked
    before anything is renamed; the damaged file and its ``-wal`` / ``-shm`` are renamed
    (never overwritten, never deleted) to :func:`damaged_name`.
    """
    db_path = Path(db_path)
    tmp = db_path.with_name(f".{db_path.name}.restoring-{os.getpid()}")
    try:
        shutil.copyfile(backup.path, tmp)
        problem = _check_file(tmp)
        if problem is not None:
            raise BadBackupError(BAD_BACKUP, backup=backup.path, reason=problem)
        _fsync(tmp)
        if db_path.exists():
            os.chmod(tmp, db_path.stat().st_mode & 0o777)
        aside = damaged_name(db_path, now)
        moved: list[tuple[Path, Path]] = []
        try:
            for suffix in ("", "-wal", "-shm", "-journal"):
                source = companion(db_path, suffix)
                if source.exists():
                    os.rename(source, companion(aside, suffix))
                    moved.append((source, companion(aside, suffix)))
        except OSError as exc:
            for source, target in reversed(moved):
                os.rename(target, source)
            raise BackupError(CANNOT_SET_ASIDE, path=db_path, reason=exc.strerror or str(exc)) from None
        os.replace(tmp, db_path)
        _fsync_dir(db_path.parent)
    except OSError as exc:
        raise BackupError(WRITE_FAILED, folder=db_path.parent, reason=exc.strerror or str(exc)) from None
    finally:
        tmp.unlink(missing_ok=True)
    clear_suspect(db_path)
    return RestoreResult(backup, aside if moved else None)


def restore_latest(db_path: Path, now: datetime | None = None) -> RestoreResult:
    """Restore the newest backup that passes its check (an older one if it does not)."""
    for backup in list_backups(db_path):
        try:
            return restore_backup(db_path, backup, now)
        except BadBackupError:
            continue
    raise BackupError(NO_BACKUP, path=db_path)


# --- telling the person at the command line ----------------------------------------------


class DamageReport(StoreError):
    """A damaged file's message followed by what to do: the backup, or that there is none
    (one line, as the command line reports every problem)."""

    def __init__(self, damage: DamagedFileError, hint: StoreError | None) -> None:
        super().__init__(damage.message, **damage.params)
        self.damage = damage
        self.hint = hint

    def render(self, translate: Translate | None = None) -> str:
        text = self.damage.render(translate)
        return f"{text} {self.hint.render(translate)}" if self.hint is not None else text


def damage_report(damage: DamagedFileError, lang: str) -> DamageReport:
    """The damage and the newest backup to open instead (with its time in ``lang``).
    A file that never had backups (perhaps not ours at all) gets no word about them."""
    path = Path(str(damage.path))
    backup = latest_backup(path)
    if backup is not None:
        hint = StoreError(HINT_BACKUP, backup=backup.path, when=format_when(backup.taken_at, lang))
    elif backup_dir(path).is_dir():
        hint = StoreError(HINT_NO_BACKUP, folder=backup_dir(path))
    else:
        hint = None
    return DamageReport(damage, hint)
