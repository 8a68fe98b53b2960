"""Why a write to the database file failed, worded for the person typing.

A write can fail after the window is up: the disk fills, a USB stick or a network
folder turns read-only, the drive goes away, another program holds the file. SQLite
reports these as ``SQLITE_FULL``, ``SQLITE_READONLY``, ``SQLITE_IOERR…`` or
``SQLITE_BUSY``; plain file operations as :class:`OSError`. :func:`classify` turns them
into a :class:`WriteProblem`: a short headline for the status bar, then advice (what to
do; that what was typed is kept). SQLite reports most refused writes (read-only file
system, an immutable or locked file, a file-size limit) only as a "disk I/O error", so
for those the folder is looked at to tell the person what actually happened.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

from banso_desktop.domain.text import QT_TRANSLATE_NOOP
from banso_desktop.store.errors import StoreError

FULL = "full"
READ_ONLY = "read-only"
DISK = "disk"
BUSY = "busy"

LOW_SPACE_BYTES = 1 << 20  # an I/O error with less room than this left is the disk being full

# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN = 5, 6, 8, 10, 13, 14

_HEADLINES = {
    FULL: QT_TRANSLATE_NOOP("store", "The disk is full."),
    READ_ONLY: QT_TRANSLATE_NOOP(
        "store", "The database file can no longer be written to: it or its drive is read-only."),
    DISK: QT_TRANSLATE_NOOP("store", "The database file could not be written (a disk or connection problem)."),
    BUSY: QT_TRANSLATE_NOOP("store", "The database file is being used by another program."),
}
_ADVICE = {
    FULL: QT_TRANSLATE_NOOP(
        "store",
        "Free some space on the drive that holds {folder} (delete or move files you no longer need). "
        "What you typed is kept and will be saved automatically as soon as there is room.",
    ),
    READ_ONLY: QT_TRANSLATE_NOOP(
        "store",
        "Make {folder} writable again (for a USB stick, check its write-protect switch; for a network "
        "folder, ask whoever manages it). What you typed is kept and will be saved automatically as soon "
        "as the file can be written. You can also save it to a file on another drive.",
    ),
    DISK: QT_TRANSLATE_NOOP(
        "store",
        "Check that the drive or network folder holding {folder} is still connected. What you typed is "
        "kept and saving is tried again automatically.",
    ),
    BUSY: QT_TRANSLATE_NOOP(
        "store",
        "Another program (or a second Banso Desktop window) is writing to the file. What you typed is "
        "kept and will be saved automatically when the file is free.",
    ),
}


class WriteProblem(StoreError):
    """A write the storage refused. ``render()`` gives the headline, a line break and the
    advice; ``kind`` is one of FULL, READ_ONLY, DISK, BUSY."""

    def __init__(self, kind: str, folder: Path) -> None:
        super().__init__(_HEADLINES[kind], folder=folder)
        self.kind = kind
        self.folder = folder

    def render(self, translate=None) -> str:  # noqa: ANN001 - same as UserError.render
        def tr(text: str) -> str:
            return translate(self.context, text) if translate else text

        return tr(_HEADLINES[self.kind]) + "\n" + tr(_ADVICE[self.kind]).format(folder=self.folder)


def headline(message: str) -> str:
    """The first line of a message rendered by :meth:`WriteProblem.render` (or all of another)."""
    return message.split("\n", 1)[0]


def classify(exc: BaseException, db_path: Path) -> WriteProblem | None:
    """The storage problem behind ``exc`` from writing to ``db_path``, or None when it is
    something else (a bug, a damaged file, a row that is gone)."""
    folder = Path(db_path).parent
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        primary = code & 0xFF if isinstance(code, int) else _code_from_text(str(exc))
        if primary == _SQLITE_FULL:
            return WriteProblem(FULL, folder)
        if primary == _SQLITE_READONLY:
            return WriteProblem(READ_ONLY, folder)
        if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
            return WriteProblem(BUSY, folder)
        if primary in (_SQLITE_IOERR, _SQLITE_CANTOPEN):
            return WriteProblem(diagnose(Path(db_path)), folder)
        return None
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return WriteProblem(FULL, folder)
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return WriteProblem(READ_ONLY, folder)
        if exc.errno in (errno.EIO, errno.EFBIG, errno.ENOENT, errno.ESTALE, errno.ENXIO, errno.ENODEV):
            return WriteProblem(diagnose(Path(db_path)), folder)
    return None


def is_read_only_connection_error(exc: BaseException) -> bool:
    """SQLite refused because its connection is read-only (it opened the file while the
    file could not be written); only a new connection can write once the file can be."""
    if not isinstance(exc, sqlite3.Error):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else _code_from_text(str(exc))
    return primary == _SQLITE_READONLY


def storage_state(folder: Path) -> tuple[int, bool | None]:
    """(bytes free, read-only file system or None when the system cannot tell) of the
    drive holding ``folder``; raises OSError when the folder cannot be reached.
    Works on Windows too (no statvfs there)."""
    free = shutil.disk_usage(folder).free
    if hasattr(os, "statvfs") and hasattr(os, "ST_RDONLY"):
        return free, bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    return free, None


def diagnose(db_path: Path) -> str:
    """For an I/O error: is the file system read-only, the file not writable, the disk
    full? (Looked at now, so it says what is true now; DISK when nothing explains it.)"""
    try:
        free, read_only = storage_state(db_path.parent)
    except OSError:
        return DISK  # the folder is gone: an unplugged drive, a dropped network share
    if read_only:
        return READ_ONLY
    for path in (db_path, db_path.with_name(db_path.name + "-wal")):
        if path.exists() and not os.access(path, os.W_OK):
            return READ_ONLY
    if free < LOW_SPACE_BYTES:
        return FULL
    return DISK


def _code_from_text(text: str) -> int | None:
    text = text.lower()
    for needle, code in (("disk is full", _SQLITE_FULL), ("readonly database", _SQLITE_READONLY),
                         ("disk i/o error", _SQLITE_IOERR), ("database is locked", _SQLITE_BUSY),
                         ("unable to open database", _SQLITE_CANTOPEN)):
        if needle in text:
            return code
    return None
