"""Fixtures for the office-sync tests: a real PostgreSQL hub and an in-memory keyring."""

from __future__ import annotations

import re
import secrets

import keyring
import keyring.backend
import keyring.errors
import pytest

from tests.sync.pg import PgCluster, reap_stale_clusters, unavailable_reason


@pytest.fixture(scope="session")
def pg_cluster():
    """A real PostgreSQL cluster, started once per test session and always stopped.

    Skips (with the reason) when no PostgreSQL server binaries are installed.
    """
    reason = unavailable_reason()
    if reason:
        pytest.skip(reason)
    reap_stale_clusters()
    cluster = PgCluster()
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def hub_db(pg_cluster, request):
    """A fresh, empty database for this test; yields its superuser DSN, dropped afterwards."""
    stem = re.sub(r"[^a-z0-9]+", "_", request.node.name.lower()).strip("_")[:40]
    name = f"hub_{stem}_{secrets.token_hex(4)}"
    dsn = pg_cluster.create_database(name)
    try:
        yield dsn
    finally:
        pg_cluster.drop_database(name)


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that keeps secrets in a dict, for tests."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.passwords[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError(f"no password for {username!r} in {service!r}") from None


# Defining the class registered it among keyring's candidate backends; keyring must only
# ever use it when a test asks for it.
getattr(keyring.backend.KeyringBackend, "_classes", set()).discard(MemoryKeyring)


@pytest.fixture
def memory_keyring():
    """Installs an empty in-memory keyring for the test (yielded), then puts back the previous one."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
