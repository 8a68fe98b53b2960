"""The office hub on PostgreSQL: creating and upgrading its schema, adding consultants.

Run by the office's administrator (a PostgreSQL superuser or a role that may create
roles), never by the app: ``banso hub init --dsn DSN`` and ``banso hub add-user``.

A push the hub confirmed must survive a crash of the hub: the laptop marks it sent, and
other laptops pull the versions it made. With ``synchronous_commit = off`` (a common
speed setting) a crash can undo the last confirmed pushes and hand their version
numbers out again, and laptops that had pulled them then never receive the rows that
reuse them. So every consultant's login role commits durably whatever the server's
default (``ALTER ROLE … SET synchronous_commit = on``). ``fsync = off`` on the server
would still lose them in a power cut: never run a hub so.
"""

from __future__ import annotations

import re
from importlib import resources
from typing import Any

from banso_desktop.domain.text import QT_TRANSLATE_NOOP, UserError
from banso_desktop.sync import PROTOCOL

# The hub's schema steps, in order; never edit a shipped one, add the next.
STEPS = ("hub_v1.sql", "hub_v2.sql", "hub_v3.sql", "hub_v4.sql")
SCHEMA_VERSION = len(STEPS)
USER_NAME = re.compile(r"^[a-z_][a-z0-9_.-]{0,62}$")


class HubError(UserError):
    context = "sync"


def _connect(dsn: str):
    import psycopg

    try:
        return psycopg.connect(dsn, connect_timeout=15)
    except psycopg.OperationalError as exc:
        raise HubError(QT_TRANSLATE_NOOP("sync", "Cannot connect to the hub: {reason}"),
                       reason=str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__) from None


def _durable(cur, role: str) -> None:
    """The role's sessions commit durably (see the module docstring)."""
    from psycopg import sql

    cur.execute(sql.SQL("ALTER ROLE {} SET synchronous_commit = on").format(sql.Identifier(role)))


def _step_sql(name: str) -> str:
    return resources.files("banso_desktop.sync").joinpath(name).read_text(encoding="utf-8")


def _ensure_roles(cur) -> None:
    # Roles are shared by every database of the cluster: create them once.
    for role in ("banso_owner", "banso_consultant"):
        cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,))
        if cur.fetchone() is None:
            cur.execute(f"CREATE ROLE {role} NOLOGIN")


def schema_version(cur) -> int:
    cur.execute("SELECT to_regclass('banso.meta') IS NOT NULL")
    if not cur.fetchone()[0]:
        return 0
    cur.execute("SELECT schema_version FROM banso.meta")
    row = cur.fetchone()
    return row[0] if row else 0


def init(dsn: str, steps: tuple[str, ...] = STEPS) -> dict[str, Any]:
    """Create the hub's schema, or upgrade it to this version; returns
    {schema_version, protocol, epoch, created, upgraded_from}. (``steps``: fewer, to
    make an older hub in a test.)"""
    with _connect(dsn) as conn, conn.cursor() as cur:
        # One administrator at a time, and the whole upgrade or nothing.
        cur.execute("SELECT pg_advisory_xact_lock(72030)")
        found = schema_version(cur)
        version = len(steps)
        if found > SCHEMA_VERSION:
            raise HubError(QT_TRANSLATE_NOOP(
                "sync", "This hub has schema version {found}, newer than this app knows ({known}): update the app."),
                found=found, known=SCHEMA_VERSION)
        _ensure_roles(cur)
        for step in steps[found:]:
            cur.execute(_step_sql(step))
        if found == 0:
            cur.execute("INSERT INTO banso.meta (schema_version, protocol) VALUES (%s, %s)", (version, PROTOCOL))
        elif found < version:
            cur.execute("UPDATE banso.meta SET schema_version = %s, protocol = %s", (version, PROTOCOL))
        # Consultants added by an older version: durable commits from their next login.
        cur.execute("SELECT h.role_name FROM banso.hub_user h JOIN pg_roles r ON r.rolname = h.role_name")
        for (role,) in cur.fetchall():
            _durable(cur, role)
        cur.execute("SELECT epoch::text FROM banso.meta")
        epoch = cur.fetchone()[0]
    return {"schema_version": max(found, version), "protocol": PROTOCOL, "epoch": epoch,
            "created": found == 0, "upgraded_from": found}


def add_user(dsn: str, org: str, user: str, password: str, org_name: str | None = None) -> dict[str, Any]:
    """A consultant's login role in organisation ``org`` (created if new): it may only
    call the sync functions. Returns {org_id, org, user, created_org}."""
    from psycopg import sql

    org = org.strip()
    if not org:
        raise HubError(QT_TRANSLATE_NOOP("sync", "The organisation needs a name."))
    if not USER_NAME.match(user):
        raise HubError(QT_TRANSLATE_NOOP(
            "sync", "“{user}” cannot be a user name: use lower-case letters, digits, _ . - (up to 63)."), user=user)
    if len(password) < 8:
        raise HubError(QT_TRANSLATE_NOOP("sync", "The password needs at least 8 characters."))
    with _connect(dsn) as conn, conn.cursor() as cur:
        if schema_version(cur) == 0:
            raise HubError(QT_TRANSLATE_NOOP("sync", "This database is not a hub yet: run banso hub init first."))
        cur.execute("SELECT id FROM banso.org WHERE key = %s", (org,))
        row = cur.fetchone()
        created_org = row is None
        if created_org:
            cur.execute("INSERT INTO banso.org (key, name) VALUES (%s, %s) RETURNING id", (org, org_name or org))
            row = cur.fetchone()
        org_id = row[0]
        cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (user,))
        if cur.fetchone() is None:
            cur.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(sql.Identifier(user), sql.Literal(password)))
        else:
            cur.execute(sql.SQL("ALTER ROLE {} LOGIN PASSWORD {}").format(sql.Identifier(user), sql.Literal(password)))
        _durable(cur, user)
        cur.execute(sql.SQL("GRANT banso_consultant TO {}").format(sql.Identifier(user)))
        cur.execute(
            "INSERT INTO banso.hub_user (role_name, org_id) VALUES (%s, %s) "
            "ON CONFLICT (role_name) DO UPDATE SET org_id = excluded.org_id", (user, org_id))
    return {"org_id": org_id, "org": org, "user": user, "created_org": created_org}
