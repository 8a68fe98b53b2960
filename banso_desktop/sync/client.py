"""One sync of a laptop's database with the hub: hello, push, then pull.

Each hub call is its own transaction on the hub (autocommit, one function call), and
each local step is one SQLite transaction, so a sync cut at any point (network, kill,
hub restart) leaves both sides consistent; the next sync carries on from what the hub
confirmed (its ``acked_seq`` and the stored pull cursor).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Callable

from banso_desktop.domain.text import QT_TRANSLATE_NOOP, UserError
from banso_desktop.sync import PROTOCOL
from banso_desktop.sync.local import LocalSync

PUSH_BATCH = 5000  # outbox entries per push call (a row typed into many times is one change within it)
PULL_BATCH = 2000  # rows per pull call
# Acknowledged outbox entries kept for a hub restored from an older backup to be sent
# again (counted, not dated: no decision here depends on the clock).
KEEP_ACKED = 200_000

Progress = Callable[[str, int, int], None]  # (phase, done, total)


class SyncError(UserError):
    context = "sync"


class Cancelled(Exception):
    """The user stopped the sync; what was done so far is kept on both sides."""


@dataclass
class SyncResult:
    pushed: int = 0  # changes the hub applied
    pulled: int = 0  # rows received
    conflicts: int = 0  # unresolved conflicts after the sync
    new_hub: bool = False  # first sync with this hub: everything was sent
    resent: int = 0  # changes sent again because the hub had lost them (restored)
    org_name: str = ""
    details: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {"pushed": self.pushed, "pulled": self.pulled, "conflicts": self.conflicts,
                "new_hub": self.new_hub, "resent": self.resent, "organization": self.org_name}


def connect(dsn: str, user: str, password: str | None, timeout: int = 15):
    """A connection to the hub as the consultant (autocommit: one call, one transaction)."""
    import psycopg

    try:
        # TCP keepalives: a network that goes silent (Wi-Fi dropped, a sleeping router)
        # ends the sync with a message after about 35 s instead of leaving it waiting.
        return psycopg.connect(dsn, user=user, password=password, connect_timeout=timeout, autocommit=True,
                               application_name="banso-desktop", keepalives=1, keepalives_idle=15,
                               keepalives_interval=5, keepalives_count=4)
    except psycopg.OperationalError as exc:
        reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
        if "password authentication failed" in str(exc):
            raise SyncError(QT_TRANSLATE_NOOP("sync", "The hub refused the user name or password.")) from None
        raise SyncError(QT_TRANSLATE_NOOP("sync", "Cannot reach the hub: {reason}"), reason=reason) from None


def _call(conn, function: str, *args: Any) -> Any:
    import psycopg

    placeholders = ", ".join(["%s"] * len(args))
    try:
        row = conn.execute(f"SELECT banso_api.{function}({placeholders})", args).fetchone()
    except psycopg.errors.RaiseException as exc:
        _explain(exc)
        raise
    except psycopg.errors.InsufficientPrivilege as exc:
        _explain(exc)
        raise SyncError(QT_TRANSLATE_NOOP("sync", "This user may not sync with the hub.")) from None
    except psycopg.errors.UniqueViolation:
        raise SyncError(QT_TRANSLATE_NOOP(
            "sync", "Some records of this file already exist on the hub under another organisation "
                    "(a copied or demo database?): this file cannot sync as this user.")) from None
    except psycopg.errors.UndefinedFunction:
        raise SyncError(QT_TRANSLATE_NOOP(
            "sync", "This database is not a Banso hub (or an older one): ask the office to run banso hub init.")) from None
    except psycopg.OperationalError as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise SyncError(QT_TRANSLATE_NOOP("sync", "The connection to the hub was lost: {reason}"), reason=reason) from None
    return row[0]


def _explain(exc: Exception) -> None:
    text = str(exc)
    if "banso-protocol" in text:
        raise SyncError(QT_TRANSLATE_NOOP(
            "sync", "The hub is older than this app (sync protocol {mine}): ask the office to run banso hub init."),
            mine=PROTOCOL) from None
    if "banso-no-org" in text:
        raise SyncError(QT_TRANSLATE_NOOP("sync", "This user belongs to no organisation on the hub.")) from None
    if "banso-other-org" in text:
        raise SyncError(QT_TRANSLATE_NOOP(
            "sync", "This database file belongs to another organisation on the hub; it cannot sync as this user.")) from None


def _attach_seen(local: LocalSync, batch: list[dict[str, Any]]) -> None:
    """Add to each update the whole row as this laptop last agreed it with the hub, so
    the hub can tell a row it changed since (a delete against an edit) from one it did not."""
    keys = [(c["table"], c["row_id"]) for c in batch if c["op"] == "upsert" and c["base"] is not None]
    if not keys:
        return
    seen = local.seen_rows(keys)
    for change in batch:
        change["seen"] = seen.get((change["table"], change["row_id"]))


def _check(cancel: Callable[[], bool] | None) -> None:
    if cancel is not None and cancel():
        raise Cancelled


def sync(store, conn, progress: Progress | None = None, cancel: Callable[[], bool] | None = None) -> SyncResult:
    """Push this laptop's changes, then pull the organisation's, over ``conn``."""
    local = LocalSync(store)
    report = progress or (lambda phase, done, total: None)
    result = SyncResult()
    state = local.state()
    client = state["client_id"]
    hello = _call(conn, "hello", client, PROTOCOL)
    if state["hub_epoch"] == hello["epoch"] and hello["acked_seq"] > state["frozen_seq"]:
        # The hub has more of "us" than this file ever handed to a push (an entry is
        # frozen before it is pushed, and may still change until then): it is a copy or
        # an older backup of this laptop. Go on as a laptop of its own, sending everything.
        client = local.new_identity()
        state = local.state()
        hello = _call(conn, "hello", client, PROTOCOL)
    if hello["protocol"] > PROTOCOL:
        raise SyncError(QT_TRANSLATE_NOOP(
            "sync", "The hub speaks a newer sync protocol ({theirs}) than this app ({mine}): update the app."),
            theirs=hello["protocol"], mine=PROTOCOL)
    result.org_name = hello.get("org_name") or ""
    if state["hub_epoch"] != hello["epoch"]:
        # A hub we have not synced with (a new one, or one set up again): join its
        # organisation and send everything; nothing local is deleted for its absence.
        local.adopt_organization(hello["org_id"], hello.get("org_name") or "")
        local.snapshot(hub_epoch=hello["epoch"])
        result.new_hub = True
    else:
        if hello["acked_seq"] < state["acked_seq"]:
            # The hub was restored from an older copy: it lost changes it had confirmed.
            result.resent = local.requeue_after(hello["acked_seq"])
        else:
            local.mark_acked(hello["acked_seq"])  # a push committed whose answer was lost
        if store.meta("hub_incarnation") not in (None, hello.get("incarnation")):
            # The hub's database was re-created from a backup: its version numbers may
            # repeat ones already pulled, so pull everything again (pending local edits
            # are kept over it, and were just re-sent).
            local.set_cursor(0)
        elif hello["max_version"] < state["pull_cursor"]:
            # Restored: what we pulled after its copy is ours already; the laptops that
            # sent it send it again, and it comes back with new versions.
            local.set_cursor(hello["max_version"])

    total = local.pending_count()
    done = 0
    report("push", 0, total)
    while True:
        _check(cancel)
        batch = local.outgoing(limit=PUSH_BATCH)
        if not batch:
            if local.pending_count() == 0:
                break
            continue  # a batch whose changes cancelled out: the entries after it remain
        _attach_seen(local, batch)
        # Entry by entry, not the batch in one call: a single json.dumps of 5,000 changes
        # holds the interpreter lock for tens of ms, and the window (whose thread needs
        # it to paint) stutters while a sync runs.
        payload = "[" + ",".join(json.dumps(c, ensure_ascii=False) for c in batch) + "]"
        answer = _call(conn, "push", client, PROTOCOL, payload)
        local.mark_acked(answer["acked_seq"])
        result.pushed += answer["applied"]
        done = min(total, done + sum(c["seq_to"] - c["seq_from"] + 1 for c in batch))
        report("push", done, total)

    resolved = local.unreported_resolutions()
    if resolved:
        _call(conn, "resolve", client, PROTOCOL, resolved)
        local.mark_reported(resolved)

    cursor = local.state()["pull_cursor"]
    report("pull", 0, max(hello["max_version"] - cursor, 0))
    while True:
        _check(cancel)
        answer = _call(conn, "pull", client, PROTOCOL, cursor, PULL_BATCH)
        local.apply_pulled(answer["rows"], answer["conflicts"], answer["cursor"])
        result.pulled += len(answer["rows"])
        cursor = answer["cursor"]
        report("pull", result.pulled, max(hello["max_version"] - state["pull_cursor"], result.pulled))
        if not answer["more"]:
            break
    if hello.get("incarnation"):
        store.set_meta("hub_incarnation", hello["incarnation"])
    result.conflicts = len(local.conflicts())
    local.prune(local.state()["acked_seq"] - KEEP_ACKED)
    return result
