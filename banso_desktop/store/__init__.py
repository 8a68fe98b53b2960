"""The local SQLite store: one file per user, opened through sqlite-utils.

Use :func:`open_store`; the :class:`Store` it returns hangs one repository per
aggregate (``store.companies``, ``store.people`` …) off one connection.
"""

from banso_desktop.store.database import Store, open_store
from banso_desktop.store.errors import StoreError

__all__ = ["Store", "StoreError", "open_store"]
