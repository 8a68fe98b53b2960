"""The fault battery's size: small in the normal suite, the full counts on demand.

``make reliability`` (or ``BANSO_FULL_BATTERY=1 pytest -m reliability``) runs the counts
issue 9 asks for: 100 kills, 50 cut syncs, 10,000 malformed inputs. The normal suite runs
a few of each so a regression still shows there.
"""

from __future__ import annotations

import os

FULL = os.environ.get("BANSO_FULL_BATTERY", "") not in ("", "0")


def battery_count(full: int, normal: int, env: str | None = None) -> int:
    """How many trials to run: ``env`` (a variable naming an exact count) wins, then the
    full count under BANSO_FULL_BATTERY=1, else the normal suite's smaller count."""
    if env and os.environ.get(env):
        return int(os.environ[env])
    return full if FULL else normal
