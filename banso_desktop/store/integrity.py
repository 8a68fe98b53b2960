"""Is a file a sound database the app may open and write? Checked before anything writes.

:func:`check_before_open` runs in ``open_store`` before the connection that writes:

1. **Access**: the file (and its ``-wal`` / ``-shm``) readable and writable, its folder
   writable (SQLite keeps its journal there, the app its backups) — a clear message
   instead of SQLite's "attempt to write a readonly database".
2. **Header** (the first 100 bytes): the SQLite signature and a valid page size, and —
   when no write-ahead log holds newer pages — a file at least as long as the page
   count its header records (a copy cut off half-way, a disk that filled up). An empty
   file is a new database, unless automatic backups of it exist: then it was cut off.
3. **Read-only probe**: when a log holds pages that a closing connection would write
   back into the file, the schema is read through a ``mode=ro`` connection first (damage
   on page 1 or in the schema shows there; otherwise the app's own connection finds it
   with its first reads, before it writes anything). ``PRAGMA quick_check`` reads every
   page when that is affordable: the file is not known to be the very state of a
   verified backup and is at most :data:`FULL_CHECK_MAX_BYTES` (quick_check reads
   ~600 MB/s here: 24 MB in 35-45 ms, 95 MB in 145 ms, 470 MB in 0.45-0.75 s), or a
   background check flagged it. Bigger files get the same check a few seconds after the
   window is up, on the automatic backup's copy (:mod:`banso_desktop.store.backup`),
   which is page for page the same.

A read-only connection never checkpoints on close, so a damaged file is left byte for
byte as it was. Problems are raised as :class:`DamagedFileError` (damage) or
:class:`StoreError` (permissions), worded for the user and naming the file.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

from banso_desktop.domain.text import QT_TRANSLATE_NOOP
from banso_desktop.store.errors import DamagedFileError, StoreError

SQLITE_SIGNATURE = b"SQLite format 3\x00"
HEADER_SIZE = 100
WAL_HEADER_SIZE = 32
# Files up to this size get the full quick_check at open when not known good (~55 ms).
FULL_CHECK_MAX_BYTES = 32 * 1024 * 1024
REASON_LIMIT = 160
# SQLite's message for a garbled schema quotes its bytes, which Python cannot decode.
GARBLED_SCHEMA = "malformed database schema"

TRUNCATED = QT_TRANSLATE_NOOP(
    "store",
    "{path} is damaged: the file is shorter than the database it holds. It may have been "
    "cut off while being copied, or when the disk was full.",
)
EMPTY = QT_TRANSLATE_NOOP(
    "store",
    "{path} is damaged: the file is empty (0 bytes), although automatic backups of it exist. "
    "It may have been cut off while being copied, or when the disk was full.",
)
BAD_HEADER = QT_TRANSLATE_NOOP(
    "store",
    "{path} is damaged, or it is not a Banso Desktop database file: its first bytes are not "
    "those of a database.",
)
MALFORMED = QT_TRANSLATE_NOOP(
    "store", "{path} is damaged: parts of it cannot be read ({reason})."
)
NO_READ = QT_TRANSLATE_NOOP("store", "You do not have permission to read {path}.")
FILE_READ_ONLY = QT_TRANSLATE_NOOP(
    "store",
    "{path} is read-only, or you do not have permission to change it. Banso Desktop saves as "
    "you type, so it must be able to write to this file: copy it to a folder of your own and "
    "open the copy, or ask whoever manages this computer for access.",
)
FOLDER_READ_ONLY = QT_TRANSLATE_NOOP(
    "store",
    "The folder {folder} is read-only, or you do not have permission to write in it. Banso "
    "Desktop keeps a journal and automatic backups beside the database {path}, so it must be "
    "able to write there: copy the file to a folder of your own and open the copy, or ask "
    "whoever manages this computer for access.",
)
CANNOT_CREATE = QT_TRANSLATE_NOOP(
    "store",
    "Cannot create {path}: the folder {folder} is read-only, or you do not have permission "
    "to write in it.",
)

# Files that passed the full check in this process: resolved path → the file's identity
# then (the window, the writer, search and sync each open the same file).
_checked: dict[str, tuple[int, ...]] = {}
_checked_lock = threading.Lock()


def companion(path: Path, suffix: str) -> Path:
    """SQLite's files beside a database: ``-wal``, ``-shm``, ``-journal``."""
    return path.with_name(path.name + suffix)


def wal_has_frames(path: Path) -> bool:
    """True when a write-ahead log beside ``path`` holds pages not yet in the file."""
    try:
        return companion(path, "-wal").stat().st_size > WAL_HEADER_SIZE
    except OSError:
        return False


def is_damage(exc: BaseException) -> bool:
    """True for SQLite's errors that mean the file is damaged (not locked, not missing)."""
    if not isinstance(exc, sqlite3.DatabaseError) or isinstance(exc, sqlite3.IntegrityError):
        return False
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith("SQLITE_CORRUPT") or name == "SQLITE_NOTADB":
        return True
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text or "corrupt" in text


def _reason(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= REASON_LIMIT else line[: REASON_LIMIT - 1] + "…"


def damaged(path: Path, exc_or_reason: BaseException | str) -> DamagedFileError:
    """The error for a file SQLite found damaged, with SQLite's reason."""
    if isinstance(exc_or_reason, sqlite3.DatabaseError) and "not a database" in str(exc_or_reason):
        return DamagedFileError(BAD_HEADER, path=path)
    return DamagedFileError(MALFORMED, path=path, reason=_reason(str(exc_or_reason)))


def access_problem(path: Path) -> StoreError | None:
    """What stops the app from reading and writing ``path`` (or creating it), if anything.

    As the operating system answers for this user (``os.access``; root passes everything).
    """
    folder = path.parent
    writable = os.W_OK | os.X_OK
    if not path.exists():
        if folder.is_dir() and not os.access(folder, writable):
            return StoreError(CANNOT_CREATE, path=path, folder=folder)
        return None
    if not os.access(path, os.R_OK):
        return StoreError(NO_READ, path=path)
    for file in (path, companion(path, "-wal"), companion(path, "-shm")):
        if file.exists() and not os.access(file, os.R_OK | os.W_OK):
            return StoreError(FILE_READ_ONLY, path=file)
    if not os.access(folder, writable):
        return StoreError(FOLDER_READ_ONLY, folder=folder, path=path)
    return None


def access_error(path: Path, exc: sqlite3.Error) -> StoreError | None:
    """The permission message for SQLite's read-only / cannot-open errors, when the
    operating system confirms the cause; None for other errors."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    if not (name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH"))
            or "readonly" in text or "unable to open" in text):
        return None
    problem = access_problem(path)
    if problem is None and (name.startswith("SQLITE_READONLY") or "readonly" in text):
        problem = StoreError(FILE_READ_ONLY, path=path)
    return problem


def inspect_header(path: Path) -> None:
    """Raise :class:`DamagedFileError` when the first bytes or the length show damage.

    Reads 100 bytes; no SQLite involved.
    """
    size = path.stat().st_size
    if size == 0:
        from banso_desktop.store.backup import list_backups

        if list_backups(path):
            raise DamagedFileError(EMPTY, path=path)
        return  # a new, empty file: SQLite makes it a database
    with open(path, "rb") as f:
        head = f.read(HEADER_SIZE)
    if not head.startswith(SQLITE_SIGNATURE):
        if SQLITE_SIGNATURE.startswith(head):
            raise DamagedFileError(TRUNCATED, path=path)  # cut off inside the signature
        raise DamagedFileError(BAD_HEADER, path=path)
    if len(head) < HEADER_SIZE:
        raise DamagedFileError(TRUNCATED, path=path)
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if not 512 <= page_size <= 65536 or page_size & (page_size - 1):
        raise DamagedFileError(BAD_HEADER, path=path)
    if wal_has_frames(path):
        return  # the log may hold the newest pages; SQLite reads them from there
    pages = int.from_bytes(head[28:32], "big")
    size_is_valid = pages > 0 and head[24:28] == head[92:96]  # as SQLite decides it
    if (size_is_valid and size < pages * page_size) or size % page_size:
        raise DamagedFileError(TRUNCATED, path=path)


def _identity(path: Path) -> tuple[int, ...]:
    # The file itself changes only at checkpoints (the app's writes go to the log): the
    # other connections the app opens later (writer, search, sync) are not checked again.
    st = path.stat()
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def read_only_uri(path: Path, live: bool = False) -> str:
    """A URI to read ``path`` without ever writing it (percent-encoded: Japanese names,
    #, ? are safe).

    ``mode=ro`` never checkpoints on close. Without a ``-wal`` beside it no connection
    has the file open, and ``immutable=1`` also spares it the ``-shm`` a read would
    otherwise leave behind: a damaged file's folder is left as it was found. ``live``:
    a file another process may start writing (the database being backed up): no
    ``immutable``, which would read it without locks.
    """
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    return uri if live or companion(Path(path), "-wal").exists() else uri + "&immutable=1"


def quick_check(conn: sqlite3.Connection) -> str | None:
    """None when ``PRAGMA quick_check`` finds every page sound, else its first finding."""
    rows = conn.execute("PRAGMA quick_check(5)").fetchall()
    if rows == [("ok",)]:
        return None
    findings = [line for r in rows for line in str(r[0]).splitlines()
                if line.strip() and not line.startswith("*** in database")]
    return "; ".join(findings) or "quick_check failed"


def probe(path: Path, full: bool, timeout: float = 10.0) -> None:
    """Read the schema (and with ``full`` every page) through a read-only connection.

    Raises :class:`DamagedFileError` for damage; other SQLite errors (locked, cannot
    open) are raised as they are.
    """
    conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=timeout, isolation_level=None)
    try:
        conn.execute("PRAGMA user_version").fetchone()
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if full:
            found = quick_check(conn)
            if found is not None:
                raise damaged(path, found)
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            raise damaged(path, exc) from None
        raise
    except UnicodeDecodeError:
        raise damaged(path, GARBLED_SCHEMA) from None
    finally:
        conn.close()


def needs_full_check(path: Path) -> bool:
    """Whether opening ``path`` should read every page now (see the module's notes)."""
    from banso_desktop.store.backup import is_verified_state, suspect_reason

    if suspect_reason(path) is not None:
        return True
    if path.stat().st_size > FULL_CHECK_MAX_BYTES or is_verified_state(path):
        return False
    return not _passed_here(path)


def _passed_here(path: Path) -> bool:
    """True when this very file passed the full check earlier in this process."""
    with _checked_lock:
        return _checked.get(str(path.resolve())) == _identity(path)


def check_before_open(path: Path) -> None:
    """All of the checks above; raises what stops the file being opened (or created)."""
    problem = access_problem(path)
    if problem is not None:
        raise problem
    if not path.exists():
        return
    inspect_header(path)
    if path.stat().st_size == 0:
        return
    full = needs_full_check(path)
    if not full and (not wal_has_frames(path) or _passed_here(path)):
        # No log that closing a connection would write back, or already checked in this
        # process: the app's own connection finds with its first reads (the schema, before
        # it writes anything) what the probe would.
        return
    probe(path, full)
    if full:
        from banso_desktop.store.backup import clear_suspect

        clear_suspect(path)
        with _checked_lock:
            _checked[str(path.resolve())] = _identity(path)
