"""A throw-away PostgreSQL cluster for the office-sync tests.

``PgCluster`` runs Debian's PostgreSQL server binaries (``initdb``, ``pg_ctl``) on a
fresh data directory in a temporary folder, listening on a free port of 127.0.0.1:

    cluster = PgCluster()
    cluster.start()                      # initdb (first time) + pg_ctl start -w
    dsn = cluster.create_database("hub")
    ...
    cluster.stop()                       # pg_ctl stop -m immediate + remove the folder

``initdb``, ``pg_ctl`` and ``postgres`` refuse to run as root, so when the tests run as
root (CI) every server command runs as the ``postgres`` user through
``runuser -u postgres --``; a developer running the tests as a normal user runs them
directly.  Local (unix-socket) logins are trusted; TCP logins on 127.0.0.1 need a
password checked with SCRAM-SHA-256, so password logins of consultant roles are real.
"""

from __future__ import annotations

import atexit
import os
import pwd
import re
import secrets
import shlex
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Self

import psycopg
from psycopg import sql
from psycopg.conninfo import make_conninfo

SERVER_PROGRAMS = ("initdb", "pg_ctl", "postgres")
SERVER_USER = "postgres"
SUPERUSER = "banso_admin"
HOST = "127.0.0.1"
COMMAND_TIMEOUT = 120  # seconds for any one server command


class PgError(RuntimeError):
    """A PostgreSQL server command failed; the message carries its output."""


def _has_server_programs(bindir: Path) -> bool:
    return all(os.access(bindir / name, os.X_OK) for name in SERVER_PROGRAMS)


def _version_key(path: Path) -> tuple[int, ...]:
    # /usr/lib/postgresql/<version>/bin, with versions such as "15" or "9.6".
    return tuple(int(part) for part in re.findall(r"\d+", path.parent.name))


def find_bindir() -> Path | None:
    """The folder holding the newest PostgreSQL server binaries, or None.

    Looks, in order, at ``$BANSO_PG_BINDIR``, the newest ``/usr/lib/postgresql/*/bin``
    (Debian), ``pg_config --bindir`` and the folder of ``initdb`` on PATH.
    """
    candidates: list[Path] = []
    if os.environ.get("BANSO_PG_BINDIR"):
        candidates.append(Path(os.environ["BANSO_PG_BINDIR"]))
    candidates += sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=_version_key, reverse=True)
    pg_config = shutil.which("pg_config")
    if pg_config:
        try:
            out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, timeout=30,
                                 check=False)
            if out.returncode == 0 and out.stdout.strip():
                candidates.append(Path(out.stdout.strip()))
        except (OSError, subprocess.SubprocessError):
            pass
    initdb = shutil.which("initdb")
    if initdb:
        candidates.append(Path(initdb).resolve().parent)
    return next((c for c in candidates if _has_server_programs(c)), None)


def _runuser() -> str | None:
    return shutil.which("runuser") or next(
        (p for p in ("/usr/sbin/runuser", "/sbin/runuser") if os.access(p, os.X_OK)), None)


def unavailable_reason() -> str | None:
    """Why a cluster cannot be started here (a sentence for a skip), or None if it can."""
    if find_bindir() is None:
        return ("PostgreSQL server binaries (initdb, pg_ctl, postgres) not found in "
                "/usr/lib/postgresql/*/bin, `pg_config --bindir` or PATH: install Debian's "
                "`postgresql` package (`make test` as root does so), or set BANSO_PG_BINDIR")
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(SERVER_USER)
        except KeyError:
            return (f"running as root, but there is no '{SERVER_USER}' user to run initdb/pg_ctl "
                    "as (they refuse root): install Debian's `postgresql` package")
        if _runuser() is None:
            return "running as root, but `runuser` (util-linux) is missing to run initdb/pg_ctl as postgres"
    return None


def reap_stale_clusters() -> list[Path]:
    """Stop and remove clusters left behind by test runs that were killed (SIGKILL, a CI
    timeout) before they could stop them; returns their folders.

    Only folders named ``banso-pg-*`` whose ``owner.pid`` names a process that no longer
    exists are touched.
    """
    reaped = []
    for base in {Path("/tmp"), Path(tempfile.gettempdir())}:
        for folder in base.glob("banso-pg-*"):
            try:
                owner = int((folder / "owner.pid").read_text())
                os.kill(owner, 0)
                continue  # its test run is still alive
            except ProcessLookupError:
                pass
            except (OSError, ValueError):
                continue  # not ours to judge (unreadable, half-created, someone else's)
            PgCluster._adopt(folder).stop()
            reaped.append(folder)
    return reaped


def free_port(host: str = HOST) -> int:
    """A TCP port that was free on ``host`` a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


class PgCluster:
    """A private PostgreSQL cluster in a temporary folder (see the module docstring).

    Attributes once started: ``bindir``, ``base`` (the temporary folder), ``datadir``,
    ``sockdir``, ``logfile``, ``port``, ``superuser`` (``banso_admin``) and ``password``.
    """

    def __init__(self, bindir: Path | str | None = None) -> None:
        found = Path(bindir) if bindir else find_bindir()
        if found is None or not _has_server_programs(found):
            raise PgError(unavailable_reason() or f"no PostgreSQL server binaries in {bindir}")
        self.bindir: Path = found
        self.as_root = os.geteuid() == 0
        self.superuser = SUPERUSER
        self.password = secrets.token_urlsafe(24)
        self.port: int | None = None
        self.base: Path | None = None
        self._running = False

    @classmethod
    def _adopt(cls, folder: Path) -> PgCluster:
        """A handle on an existing cluster folder, only good for ``stop()``."""
        cluster = cls.__new__(cls)
        cluster.bindir = find_bindir() or Path("/nonexistent")
        cluster.as_root = os.geteuid() == 0
        cluster.superuser, cluster.password = SUPERUSER, ""
        cluster.base, cluster.port, cluster._running = folder, None, False
        return cluster

    # -- paths --------------------------------------------------------------------------

    @property
    def datadir(self) -> Path:
        return self._base() / "data"

    @property
    def sockdir(self) -> Path:
        return self._base() / "sock"

    @property
    def logfile(self) -> Path:
        return self._base() / "postgres.log"

    def _base(self) -> Path:
        if self.base is None:
            raise PgError("the cluster has not been started")
        return self.base

    # -- running server commands -----------------------------------------------------

    def _env(self) -> dict[str, str]:
        # No PGDATA/PGPORT/PGHOST/... of the developer's leaks into our commands.
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env["LC_ALL"] = "C"
        return env

    def _server_cmd(self, program: str, *args: str) -> list[str]:
        cmd = [str(self.bindir / program), *args]
        if self.as_root:
            return [_runuser() or "runuser", "-u", SERVER_USER, "--", *cmd]
        return cmd

    def _run(self, cmd: Sequence[str], *, env: dict[str, str] | None = None,
             timeout: float = COMMAND_TIMEOUT) -> subprocess.CompletedProcess:
        try:
            proc = subprocess.run(list(cmd), capture_output=True, text=True, cwd=self._base(),
                                  env=env or self._env(), timeout=timeout, check=False)
        except subprocess.TimeoutExpired as e:
            raise PgError(f"timed out after {timeout}s: {shlex.join(cmd)}{self._log_tail()}") from e
        if proc.returncode != 0:
            raise PgError(f"failed ({proc.returncode}): {shlex.join(cmd)}\n"
                          f"{proc.stdout}{proc.stderr}{self._log_tail()}")
        return proc

    def _log_tail(self, lines: int = 30) -> str:
        try:
            text = self.logfile.read_text(errors="replace").splitlines()[-lines:]
        except (OSError, PgError):
            return ""
        return "\n--- server log (tail) ---\n" + "\n".join(text) if text else ""

    # -- life cycle --------------------------------------------------------------------

    def start(self) -> Self:
        """Create the cluster on first use (initdb) and start it; returns self."""
        if self._running:
            return self
        first = self.base is None
        if first:
            try:
                self._init()
            except BaseException:
                self._remove_folder()
                raise
            atexit.register(self.stop)
        # Another process may grab the port between free_port() and the server's bind.
        for attempt in range(5):
            if self.port is None:
                self.port = free_port()
            try:
                self._pg_ctl_start()
                break
            except PgError:
                if not first or attempt == 4:
                    raise
                self.port = None
        self._running = True
        return self

    def _init(self) -> None:
        # Under /tmp (mode 1777, traversable by postgres) when root: pytest's tmp_path
        # may sit in a 0o700 folder that postgres cannot enter.
        self.base = Path(tempfile.mkdtemp(prefix="banso-pg-", dir="/tmp" if self.as_root else None))
        self.base.chmod(0o755)
        (self.base / "owner.pid").write_text(f"{os.getpid()}\n")  # see reap_stale_clusters()
        self.sockdir.mkdir()
        pwfile = self.base / "pwfile"
        pwfile.write_text(self.password + "\n")
        pwfile.chmod(0o600)
        if self.as_root:
            pw = pwd.getpwnam(SERVER_USER)
            for path in (self.base, self.sockdir, pwfile):
                os.chown(path, pw.pw_uid, pw.pw_gid)
        try:
            self._run(self._server_cmd(
                "initdb", "-D", str(self.datadir), "-U", self.superuser, f"--pwfile={pwfile}",
                "--auth-local=trust", "--auth-host=scram-sha-256",
                "--encoding=UTF8", "--locale=C", "--no-sync"))
        finally:
            pwfile.unlink(missing_ok=True)

    def _pg_ctl_start(self) -> None:
        options = " ".join([
            f"-p {self.port}", f"-k {shlex.quote(str(self.sockdir))}",
            f"-c listen_addresses={HOST}", "-c password_encryption=scram-sha-256",
            "-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off",
        ])
        self._run(self._server_cmd("pg_ctl", "-D", str(self.datadir), "-o", options,
                                   "-w", "-t", "60", "-l", str(self.logfile), "start"))

    def restart(self, mode: str = "fast") -> None:
        """Stop the server and start it again: same data, same port. ``mode`` is pg_ctl's
        shutdown mode: ``fast`` (the default) stops cleanly; ``immediate`` is a crash —
        every session is cut at once and the next start recovers from the WAL."""
        if mode not in ("smart", "fast", "immediate"):
            raise ValueError(f"not a pg_ctl shutdown mode: {mode!r}")
        if self._running:
            self._run(self._server_cmd("pg_ctl", "-D", str(self.datadir), "-m", mode, "-w", "stop"))
            self._running = False
        self.start()

    def stop(self) -> None:
        """Stop the server at once (``-m immediate``) and remove its folder. Idempotent."""
        if self.base is None:
            return
        try:
            if self._running or (self.datadir / "postmaster.pid").exists():
                try:
                    self._run(self._server_cmd("pg_ctl", "-D", str(self.datadir),
                                               "-m", "immediate", "-w", "stop"), timeout=60)
                except PgError:
                    self._kill_postmaster()
        finally:
            self._running = False
            self._remove_folder()

    def _kill_postmaster(self) -> None:
        # Last resort: the pid our own pg_ctl started, as recorded in postmaster.pid.
        try:
            pid = int((self.datadir / "postmaster.pid").read_text().split()[0])
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        except (OSError, ValueError, IndexError):
            return
        if os.fsencode(str(self.datadir)) not in cmdline:
            return  # the pid was reused by some other process: not ours to kill
        for sig in (signal.SIGQUIT, signal.SIGKILL):
            try:
                os.kill(pid, sig)
            except OSError:
                return
            for _ in range(50):
                time.sleep(0.1)
                try:
                    os.kill(pid, 0)
                except OSError:
                    return

    def _remove_folder(self) -> None:
        if self.base is not None:
            shutil.rmtree(self.base, ignore_errors=True)
            self.base = None
            self.port = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- connecting --------------------------------------------------------------------

    def dsn(self, dbname: str = "postgres", *, user: str | None = None,
            password: str | None = None) -> str:
        """A libpq DSN for a TCP (SCRAM) login on 127.0.0.1; the superuser by default."""
        if self.port is None:
            raise PgError("the cluster has not been started")
        if user is None:
            user, password = self.superuser, self.password
        params = {"host": HOST, "port": self.port, "user": user, "dbname": dbname}
        if password is not None:
            params["password"] = password
        return make_conninfo("", **params)

    def admin_dsn(self, dbname: str = "postgres") -> str:
        """host=127.0.0.1 port=… user=banso_admin password=… dbname=…"""
        return self.dsn(dbname)

    def connect(self, dbname: str = "postgres") -> psycopg.Connection:
        """A superuser connection in autocommit mode (close it, or use it in ``with``)."""
        return psycopg.connect(self.admin_dsn(dbname), autocommit=True, connect_timeout=10)

    # -- databases ---------------------------------------------------------------------

    def database_exists(self, name: str) -> bool:
        with self.connect() as conn:
            return conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() is not None

    def create_database(self, name: str) -> str:
        """Create an empty database owned by the superuser; returns its admin DSN."""
        with self.connect() as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return self.admin_dsn(name)

    def drop_database(self, name: str) -> None:
        """Drop the database if it exists, ending any sessions still connected to it."""
        with self.connect() as conn:
            self._terminate(conn, name)
            force = sql.SQL(" WITH (FORCE)") if conn.info.server_version >= 130000 else sql.SQL("")
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}{}").format(sql.Identifier(name), force))

    def terminate_backends(self, dbname: str) -> int:
        """End every other client session on ``dbname`` and wait until they are gone.

        Returns how many sessions were ended. Their next query raises
        ``psycopg.OperationalError``.
        """
        with self.connect() as conn:
            return self._terminate(conn, dbname)

    @staticmethod
    def _terminate(conn: psycopg.Connection, dbname: str, timeout: float = 10) -> int:
        # Client sessions only: autovacuum workers come and go by themselves.
        others = ("FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()"
                  " AND backend_type = 'client backend'")
        count = conn.execute(f"SELECT count(pg_terminate_backend(pid)) {others}", (dbname,)).fetchone()[0]
        deadline = time.monotonic() + timeout
        while conn.execute(f"SELECT count(*) {others}", (dbname,)).fetchone()[0]:
            if time.monotonic() > deadline:
                raise PgError(f"sessions on {dbname!r} still alive {timeout}s after pg_terminate_backend")
            time.sleep(0.02)
        return count

    # -- dump and restore --------------------------------------------------------------

    def _client_cmd(self, program: str, *args: str) -> tuple[list[str], dict[str, str]]:
        # pg_dump/pg_restore do not refuse root: they run as the caller, over TCP with the
        # superuser's password, so they can read and write the caller's files (tmp_path).
        env = self._env()
        env["PGPASSWORD"] = self.password
        cmd = [str(self.bindir / program), "-h", HOST, "-p", str(self.port),
               "-U", self.superuser, "-w", *args]
        return cmd, env

    def dump(self, dbname: str, path: Path | str) -> Path:
        """``pg_dump -Fc`` of ``dbname`` into ``path`` (custom format); returns the path."""
        path = Path(path).absolute()  # the command runs in the cluster's folder
        cmd, env = self._client_cmd("pg_dump", "-Fc", "-f", str(path), dbname)
        self._run(cmd, env=env)
        return path

    def restore(self, dbname: str, path: Path | str) -> None:
        """Replace ``dbname`` by the content of a ``dump()``: sessions on it are ended, the
        database is dropped if it exists, created afresh and filled with ``pg_restore``."""
        self.drop_database(dbname)
        self.create_database(dbname)
        cmd, env = self._client_cmd("pg_restore", "-d", dbname, "--exit-on-error",
                                    "--single-transaction", str(Path(path).absolute()))
        self._run(cmd, env=env)
