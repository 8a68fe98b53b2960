"""The PostgreSQL test cluster really works: SCRAM logins, restart, terminate, dump/restore."""

from __future__ import annotations

import secrets

import keyring
import keyring.errors
import psycopg
import pytest
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict


def dbname_of(dsn: str) -> str:
    return conninfo_to_dict(dsn)["dbname"]


def test_password_login_over_tcp_uses_scram(pg_cluster, hub_db):
    role = f"consultant_{secrets.token_hex(4)}"
    password = secrets.token_urlsafe(16)
    with psycopg.connect(hub_db, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
            sql.Identifier(role), sql.Literal(password)))
        stored = admin.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s", (role,)).fetchone()[0]
        assert stored.startswith("SCRAM-SHA-256$")
    try:
        dsn = pg_cluster.dsn(dbname_of(hub_db), user=role, password=password)
        assert conninfo_to_dict(dsn)["host"] == "127.0.0.1"
        with psycopg.connect(dsn) as conn:
            assert conn.execute("SELECT current_user").fetchone()[0] == role
            assert conn.pgconn.used_password

        with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
            psycopg.connect(pg_cluster.dsn(dbname_of(hub_db), user=role, password="wrong"))
        with pytest.raises(psycopg.OperationalError):  # TCP is never trusted
            psycopg.connect(pg_cluster.dsn(dbname_of(hub_db), user=role) + " connect_timeout=5")
        with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
            psycopg.connect(pg_cluster.dsn(user=pg_cluster.superuser, password="wrong"))
    finally:
        with pg_cluster.connect() as admin:
            admin.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))


def test_restart_keeps_data_and_port(pg_cluster, hub_db):
    port = pg_cluster.port
    with psycopg.connect(hub_db) as conn:
        conn.execute("CREATE TABLE companies (id int PRIMARY KEY, name text NOT NULL)")
        conn.execute("INSERT INTO companies VALUES (1, '株式会社ばんそう')")
    pg_cluster.restart()
    assert pg_cluster.port == port
    with psycopg.connect(hub_db) as conn:
        assert conn.execute("SELECT name FROM companies").fetchall() == [("株式会社ばんそう",)]


def test_terminate_backends_kills_other_sessions(pg_cluster, hub_db):
    victim = psycopg.connect(hub_db, autocommit=True)
    try:
        victim.execute("SELECT 1")
        assert pg_cluster.terminate_backends(dbname_of(hub_db)) == 1
        with pytest.raises(psycopg.OperationalError):
            victim.execute("SELECT 1")
    finally:
        victim.close()
    with psycopg.connect(hub_db) as conn:  # the database itself is fine
        assert conn.execute("SELECT 1").fetchone() == (1,)


def test_dump_and_restore_round_trip(pg_cluster, hub_db, tmp_path):
    with psycopg.connect(hub_db) as conn:
        conn.execute("CREATE TABLE companies (id int PRIMARY KEY, name text NOT NULL)")
        conn.execute("INSERT INTO companies VALUES (1, '株式会社ばんそう'), (2, 'Acme')")
    dump = pg_cluster.dump(dbname_of(hub_db), tmp_path / "hub.dump")
    assert dump.read_bytes()[:5] == b"PGDMP"  # custom format

    # Into a fresh database.
    copy = f"copy_{secrets.token_hex(4)}"
    try:
        pg_cluster.restore(copy, dump)
        with psycopg.connect(pg_cluster.admin_dsn(copy)) as conn:
            assert conn.execute("SELECT id, name FROM companies ORDER BY id").fetchall() == [
                (1, "株式会社ばんそう"), (2, "Acme")]
    finally:
        pg_cluster.drop_database(copy)
    assert not pg_cluster.database_exists(copy)

    # Over the live hub, which has moved on meanwhile and still has a session open.
    live = psycopg.connect(hub_db, autocommit=True)
    try:
        live.execute("INSERT INTO companies VALUES (3, 'Newer')")
        pg_cluster.restore(dbname_of(hub_db), dump)
        with pytest.raises(psycopg.OperationalError):
            live.execute("SELECT 1")
    finally:
        live.close()
    with psycopg.connect(hub_db) as conn:
        assert conn.execute("SELECT id FROM companies ORDER BY id").fetchall() == [(1,), (2,)]


def test_memory_keyring_is_used_and_put_back(memory_keyring):
    keyring.set_password("banso-sync", "consultant", "s3cret")
    assert memory_keyring.passwords == {("banso-sync", "consultant"): "s3cret"}
    assert keyring.get_password("banso-sync", "consultant") == "s3cret"
    keyring.delete_password("banso-sync", "consultant")
    with pytest.raises(keyring.errors.PasswordDeleteError):
        keyring.delete_password("banso-sync", "consultant")
