"""``banso hub init|add-user``, ``banso sync`` and ``banso conflicts``: the office hub
without the GUI."""

from __future__ import annotations

import getpass
import sys
from typing import Callable

from banso_desktop.domain.text import QT_TRANSLATE_NOOP, UserError

Translate = Callable[[str, str], str]


class SyncCliError(UserError):
    context = "cli"


def _read_password(args, translate: Translate, confirm: bool) -> str:
    if getattr(args, "password_stdin", False):
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise SyncCliError(QT_TRANSLATE_NOOP("cli", "No password on standard input."))
        return password
    if not sys.stdin.isatty():
        raise SyncCliError(QT_TRANSLATE_NOOP(
            "cli", "A password is needed: use --password-stdin, set BANSO_HUB_PASSWORD, or run in a terminal."))
    password = getpass.getpass(translate("cli", "Password: "))
    if confirm and getpass.getpass(translate("cli", "Again: ")) != password:
        raise SyncCliError(QT_TRANSLATE_NOOP("cli", "The two passwords differ."))
    return password


def run_hub(args, translate: Translate, open_store) -> int:
    from banso_desktop.cli import print_json
    from banso_desktop.sync import hub

    if args.action == "init":
        result = hub.init(args.dsn)
        if args.json:
            print_json(result)
        elif result["created"]:
            print(translate("cli", "Hub created (schema {version}, epoch {epoch}).").format(
                version=result["schema_version"], epoch=result["epoch"]))
        else:
            print(translate("cli", "Hub at schema {version} (was {was}).").format(
                version=result["schema_version"], was=result["upgraded_from"]))
        return 0
    password = _read_password(args, translate, confirm=True)
    result = hub.add_user(args.dsn, args.org, args.user, password)
    if args.json:
        print_json(result)
    else:
        print(translate("cli", "{user} can now sync for {org}.").format(user=result["user"], org=result["org"]))
    return 0


def run_sync(args, translate: Translate, open_store) -> int:
    from banso_desktop.cli import print_json
    from banso_desktop.sync import credentials
    from banso_desktop.sync.client import connect, sync

    password = credentials.get_password(args.dsn, args.user)
    asked = password is None
    if asked:
        password = _read_password(args, translate, confirm=False)
    store = open_store(args.db, create=False)
    try:
        conn = connect(args.dsn, args.user, password)
        try:
            result = sync(store, conn)
        finally:
            conn.close()
    finally:
        store.close()
    if asked and not credentials.save_password(args.dsn, args.user, password):
        sys.stderr.write(translate(
            "cli", "Note: no keyring service here, so the password was not kept; it will be asked again.") + "\n")
    if args.json:
        print_json(result.as_json())
    else:
        print(translate("cli", "Sent {pushed}, received {pulled}, conflicts {conflicts}.").format(
            pushed=result.pushed, pulled=result.pulled, conflicts=result.conflicts))
    return 0


def run_conflicts(args, translate: Translate, open_store) -> int:
    from banso_desktop.cli import print_json
    from banso_desktop.sync.local import LocalSync

    store = open_store(args.db, create=False)
    try:
        conflicts = LocalSync(store).conflicts()
    finally:
        store.close()
    if args.json:
        print_json(conflicts)
    else:
        for c in conflicts:
            print(f"{c.get('table_name')}\t{c.get('row_id')}\t{c.get('field') or ''}\t{c.get('kind')}")
    return 0
