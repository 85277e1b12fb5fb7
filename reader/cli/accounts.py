"""Sync accounts: ``account add|list|remove`` and ``sync``.

The password is read from standard input only (never an argument: it would
show in ``ps`` and the shell's history) and goes to the keyring; the
network and the keyring load inside the commands.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from reader.cli.common import (
    COMMAND_OPTIONS,
    Commands,
    add_command,
    complain,
    error,
    json_line,
    plural,
    usage_error,
)
from reader.cli.network import add_account_route_option
from reader.core.errors import ReaderError
from reader.core.library import Account, Store
from reader.core.tasks import TaskOptions


def add_account(commands: Commands) -> None:
    p = add_command(commands, "account", None, help="add, list or remove sync accounts")
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True)
    add = verbs.add_parser(
        "add",
        parents=[COMMAND_OPTIONS],
        help="add a Google Reader API account (FreshRSS, Miniflux, Inoreader…)",
    )
    add.set_defaults(run=_add)
    add.add_argument("kind", choices=("greader",), help="the protocol: greader")
    add.add_argument(
        "url", metavar="URL", help="the API address (FreshRSS: https://host/api/greader.php)"
    )
    add.add_argument("--username", metavar="U", required=True)
    add.add_argument(
        "--password-stdin",
        action="store_true",
        required=True,
        help="read the (API) password from standard input; it goes to the OS keyring only",
    )
    add.add_argument("--name", metavar="NAME", help="the account's name (default: user@host)")
    add.add_argument(
        "--allow-insecure",
        action="store_true",
        help="allow a plain http:// address on another machine (the password crosses the "
        "network unencrypted)",
    )
    add_account_route_option(add)
    listing = verbs.add_parser("list", parents=[COMMAND_OPTIONS], help="list the accounts")
    listing.set_defaults(run=_list)
    listing.add_argument("--json", action="store_true", help="one JSON object a line")
    remove = verbs.add_parser(
        "remove",
        parents=[COMMAND_OPTIONS],
        help="remove an account: its sources, articles and keyring entry go; articles you "
        "starred, tagged or highlighted stay, under Archived",
    )
    remove.set_defaults(run=_remove)
    remove.add_argument("name", metavar="NAME")
    follow = verbs.add_parser(
        "subscribe",
        parents=[COMMAND_OPTIONS],
        help="subscribe the account to a feed on its server, then sync it",
    )
    follow.set_defaults(run=_subscribe)
    follow.add_argument("name", metavar="NAME", help="the account")
    follow.add_argument("url", metavar="URL", help="the feed's address")
    follow.add_argument("--folder", metavar="F", help="the server's folder (label) to put it in")
    follow.add_argument("--title", metavar="T", help="the subscription's name")
    drop = verbs.add_parser(
        "unsubscribe",
        parents=[COMMAND_OPTIONS],
        help="unsubscribe on the server; the source and its articles go, except those you "
        "starred, tagged or highlighted (kept under Archived)",
    )
    drop.set_defaults(run=_unsubscribe)
    drop.add_argument("source", metavar="SOURCE", help="name, title or id of the account's source")


def add_sync(commands: Commands) -> None:
    p = add_command(commands, "sync", _sync, help="sync accounts with their servers (default: all)")
    p.add_argument("names", nargs="*", metavar="NAME", help="accounts to sync")
    p.add_argument(
        "--no-images",
        action="store_true",
        help="do not download the images of the new articles (they can be cached later)",
    )
    p.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the account's password from standard input, for an account whose "
        "password no keyring kept (one account: name it)",
    )


def _add(args: argparse.Namespace, db_path: Path) -> int:
    from reader.cli.feeds import _read_password
    from reader.core.net.routes import parse_choice
    from reader.core.sync.engine import add_account

    try:
        proxy = None if args.proxy is None else parse_choice(args.proxy)
        password = _read_password()
    except ReaderError as exc:
        return usage_error("account add", str(exc))
    with Store.open(db_path) as store:
        try:
            account_id, note = add_account(
                store,
                args.url,
                args.username,
                password,
                name=args.name,
                allow_insecure=args.allow_insecure,
                proxy=proxy,
            )
        except ReaderError as exc:
            error(f"{args.url}: {exc}")
            return 1
        account = store.get_account(account_id)
    if note:
        complain(note)
    print(f"Added {account.name} ({account.url}, {account.username}); 'sync' fetches it.")
    return 0


def _list(args: argparse.Namespace, db_path: Path) -> int:
    with Store.open(db_path) as store:
        accounts = store.accounts()
        store_proxies = {a.id: store.account_proxy(a.id) for a in accounts}
    for account in accounts:
        last = None if account.last_sync is None else f"{account.last_sync:%Y-%m-%dT%H:%M:%SZ}"
        if args.json:
            json_line(
                {
                    "id": account.id,
                    "name": account.name,
                    "kind": account.kind,
                    "url": account.url,
                    "username": account.username,
                    "sources": account.sources,
                    "pending": account.pending,
                    "last_sync": last,
                    "error": account.last_error,
                    "proxy": store_proxies.get(account.id),
                }
            )
        else:
            line = (
                f"{account.name:20} {account.url}  {account.username}  "
                f"{plural(account.sources, 'source', 'sources')}, "
                f"{plural(account.pending, 'change', 'changes')} to send, "
                f"last sync {last or 'never'}"
            )
            if account.last_error:
                line += f"  ! {account.last_error}"
            print(line)
    return 0


def _remove(args: argparse.Namespace, db_path: Path) -> int:
    from reader.core.sync.accounts import removal_of, remove_account

    with Store.open(db_path) as store:
        account = store.find_account(args.name)
        if account is None:
            error(f"{args.name}: no such account")
            return 1
        print(removal_of(store, account).summary())
        retired = remove_account(store, account)
    print(f"Removed {account.name} and {plural(retired.deleted, 'article', 'articles')}.")
    _say_kept(retired.kept, retired.archived)
    return 0


def _say_kept(kept: int, archived: tuple[str, ...]) -> None:
    if kept:
        print(
            f"Kept {plural(kept, 'article', 'articles')} you starred, tagged or highlighted, "
            f"under Archived: {', '.join(archived)}."
        )


def _subscribe(args: argparse.Namespace, db_path: Path) -> int:
    from reader.core.sync.engine import describe
    from reader.core.sync.subscriptions import subscribe

    with Store.open(db_path) as store:
        account = store.find_account(args.name)
        if account is None:
            error(f"{args.name}: no such account")
            return 1
        try:
            result = subscribe(store, account, args.url, folder=args.folder, title=args.title)
        except ReaderError as exc:
            error(f"{args.url}: {exc}")
            return 1
    if not result.ok:
        error(f"{account.name}: {result.error}")
        return 1
    print(f"{account.name}: subscribed to {args.url}; {describe(result)}.")
    return 0


def _unsubscribe(args: argparse.Namespace, db_path: Path) -> int:
    from reader.cli.common import find_sources
    from reader.core.sync.subscriptions import unsubscribe

    with Store.open(db_path) as store:
        found, _ = find_sources(store, [args.source])
        if not found or found[0].account is None:
            error(
                f"{args.source}: {'not a source of a sync account' if found else 'no such source'}"
            )
            return 1
        source = found[0]
        try:
            retired = unsubscribe(store, source.id)
        except ReaderError as exc:
            error(f"{source.title}: {exc}")
            return 1
    print(
        f"Unsubscribed from {source.title} on {source.account}; "
        f"{plural(retired.deleted, 'article', 'articles')} gone."
    )
    _say_kept(retired.kept, retired.archived)
    return 0


def _take_password(account: Account) -> int:
    """The password typed for this run: kept in the keyring, or for this process only."""
    from reader.cli.feeds import _read_password
    from reader.core.net.credentials import PasswordStore
    from reader.core.sync.accounts import keyring_key

    try:
        password = _read_password()
    except ReaderError as exc:
        return usage_error("sync", str(exc))
    PasswordStore().save(keyring_key(account.url, account.username), password)
    return 0


def _sync_progress(done: int, total: int) -> None:
    """New items so far, on a terminal only (a log or a pipe gets the summary)."""
    if sys.stderr.isatty():
        sys.stderr.write(f"\rSync: {done:,} of {total:,} new items stored (of the ids so far)")
        sys.stderr.flush()


def _sync(args: argparse.Namespace, db_path: Path) -> int:
    from reader.cli.fulltext import print_full_text_report, progress
    from reader.core.sync.engine import describe, sync_all

    started = time.perf_counter()
    with Store.open(db_path) as store:
        accounts = store.accounts()
        missing: list[str] = []
        if args.names:
            wanted = []
            for name in args.names:
                account = store.find_account(name)
                if account is None:
                    missing.append(name)
                elif account not in wanted:
                    wanted.append(account)
            accounts = wanted
        for name in missing:
            error(f"{name}: no such account")
        if not accounts and not missing:
            print("No accounts to sync ('account add' adds one).")
            return 0
        if args.password_stdin:
            if len(accounts) != 1:
                return usage_error("sync", "--password-stdin needs one account: name it")
            code = _take_password(accounts[0])
            if code:
                return code
        results = sync_all(
            store,
            accounts,
            options=TaskOptions(
                images=not args.no_images, progress=_sync_progress, full_text_progress=progress
            ),
        )
        if sys.stderr.isatty():
            sys.stderr.write("\n")
    failed = False
    for result in results:
        if result.ok:
            print(f"{result.account}: {describe(result)}.")
            if result.full_text is not None and (
                result.full_text.outcomes or result.full_text.skipped
            ):
                print_full_text_report(result.full_text, prefix=f"{result.account}: ")
            if result.images is not None:
                print(f"{result.account}: {result.images.summary()}")
        else:
            failed = True
            error(f"{result.account}: {result.error}")
            if result.kept:
                _say_kept(result.kept, result.archived)
    elapsed = time.perf_counter() - started
    print(f"Synced {plural(len(results), 'account', 'accounts')} in {elapsed:.1f} s.")
    return 1 if failed or missing else 0
