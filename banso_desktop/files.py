"""Writing files the person chose, without ever leaving half a file where a good one was."""

from __future__ import annotations

import os
import stat
import tempfile
import threading
from pathlib import Path

_umask_lock = threading.Lock()


def _umask() -> int:
    with _umask_lock:
        current = os.umask(0o022)
        os.umask(current)
    return current


def write_atomically(path: str | Path, data: bytes, private: bool = False) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder, flushed to
    disk and then renamed over it, so an interrupted save (a full disk, a crash) leaves
    the old file or none. ``private``: readable by the owner only (unsaved notes); else
    the mode a new file gets, or the one of the file it replaces, so colleagues can open
    it in a shared folder."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".banso-", suffix=path.suffix + ".part", dir=path.parent)  # 0600
    try:
        if not private and hasattr(os, "fchmod"):
            try:
                mode = stat.S_IMODE(path.stat().st_mode)
            except OSError:
                mode = 0o666 & ~_umask()
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return path
