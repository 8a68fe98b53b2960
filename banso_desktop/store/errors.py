"""Problems opening or using a database file, worded for the person using the app."""

from banso_desktop.domain.text import UserError


class StoreError(UserError):
    """The database file cannot be used as asked (messages in context ``store``)."""

    context = "store"
