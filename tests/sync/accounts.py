"""The consultants' hub accounts of the sync tests, and one sync as one of them."""

from banso_desktop.sync.client import connect, sync

PASSWORDS = {"tanaka": "tanaka-secret-1", "suzuki": "suzuki-secret-2", "sato": "sato-secret-33",
             "banker": "banker-secret-3"}
# The two consultants of みどり市商工会 most tests need.
TWO = {user: PASSWORDS[user] for user in ("tanaka", "suzuki")}


def run_sync(store, dsn, user):
    """One sync of ``store`` with the hub at ``dsn``, as ``user``."""
    conn = connect(dsn, user, PASSWORDS[user])
    try:
        return sync(store, conn)
    finally:
        conn.close()
