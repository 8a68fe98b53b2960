"""Helpers shared by the tests."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"


def run_banso(*args: str, env: dict[str, str] | None = None, timeout: float = 120,
              input_text: str | None = None) -> subprocess.CompletedProcess:
    """Run the real ``banso`` command (as ``python -m banso_desktop``) in a subprocess."""
    full_env = {**os.environ, "BANSO_LANG": "en", **(env or {})}
    extra = {"input": input_text} if input_text is not None else {}
    return subprocess.run(
        [sys.executable, "-m", "banso_desktop", *args],
        capture_output=True, text=True, env=full_env, timeout=timeout, cwd=ROOT, **extra,
    )
