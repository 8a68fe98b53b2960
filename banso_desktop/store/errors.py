"""Problems opening or using a database file, worded for the person using the app."""

from banso_desktop.domain.text import UserError


class StoreError(UserError):
    """The database file cannot be used as asked (messages in context ``store``)."""

    context = "store"


class DamagedFileError(StoreError):
    """The file is (or looks) damaged: truncated, a garbled header, unreadable pages.

    ``path`` is the damaged file; see :mod:`banso_desktop.store.backup` for the
    automatic backup to offer in its place. The file itself is never changed.
    """

    def __init__(self, message: str, *, path: object, **params: object) -> None:
        super().__init__(message, path=path, **params)
        self.path = path
