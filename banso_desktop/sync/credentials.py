"""The hub password: in the OS keyring (never in files or logs), or BANSO_HUB_PASSWORD
for scripted use. Without a keyring service (a headless Linux) the app asks each time."""

from __future__ import annotations

import os

SERVICE = "banso-desktop-hub"
ENV = "BANSO_HUB_PASSWORD"


def server_key(dsn: str) -> str:
    """host:port/dbname of a DSN: which hub a stored password belongs to."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        parts = conninfo_to_dict(dsn)
    except Exception:  # noqa: BLE001 - a malformed DSN is reported when connecting
        return dsn
    return f"{parts.get('host', 'localhost')}:{parts.get('port', 5432)}/{parts.get('dbname', '')}"


def get_password(dsn: str, user: str) -> str | None:
    """The password from the environment, else the keyring, else None."""
    if os.environ.get(ENV):
        return os.environ[ENV]
    try:
        import keyring

        return keyring.get_password(SERVICE, f"{user}@{server_key(dsn)}")
    except Exception:  # noqa: BLE001 - no keyring service: the caller asks the user
        return None


def save_password(dsn: str, user: str, password: str) -> bool:
    """Keep the password in the OS keyring; False when there is no keyring service (then
    the app asks for it each time, and says why)."""
    try:
        import keyring

        keyring.set_password(SERVICE, f"{user}@{server_key(dsn)}", password)
        return True
    except Exception:  # noqa: BLE001 - keyring.errors.NoKeyringError and backend failures
        return False


def forget_password(dsn: str, user: str) -> None:
    try:
        import keyring

        keyring.delete_password(SERVICE, f"{user}@{server_key(dsn)}")
    except Exception:  # noqa: BLE001 - nothing stored, or no keyring
        pass
