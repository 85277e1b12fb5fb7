"""``proxy``: the way out to the network (issue 23).

``proxy`` alone shows the route in force and where it came from; the verbs
change it. The setting lives in the library (proxy_settings.py); a proxy's
password is read from standard input and goes to the keyring only.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from reader.cli.common import COMMAND_OPTIONS, Commands, add_command, complain, error, plural
from reader.core.errors import ReaderError
from reader.core.library import Store


def add_proxy(commands: Commands) -> None:
    p = add_command(
        commands,
        "proxy",
        _show,
        help="show or set the proxy (system, off, a proxy of yours, Tor, never direct)",
    )
    verbs = p.add_subparsers(dest="verb", metavar="VERB")
    set_ = verbs.add_parser(
        "set",
        parents=[COMMAND_OPTIONS],
        help="use this proxy: http://, https://, socks5:// or socks5h:// (names resolved there)",
    )
    set_.set_defaults(run=_set)
    set_.add_argument(
        "url", metavar="URL", help="e.g. socks5h://127.0.0.1:1080, http://USER@host:3128"
    )
    set_.add_argument(
        "--required",
        action="store_true",
        help="never connect directly: when the proxy is down, fail rather than go around it",
    )
    set_.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the proxy's password from standard input (it goes to the OS keyring only)",
    )
    system = verbs.add_parser(
        "system",
        parents=[COMMAND_OPTIONS],
        help="use the system's proxy (http_proxy, https_proxy, all_proxy, no_proxy; the default)",
    )
    system.set_defaults(run=_system)
    system.add_argument("--required", action="store_true", help="never connect directly")
    off = verbs.add_parser("off", parents=[COMMAND_OPTIONS], help="connect directly")
    off.set_defaults(run=_off)
    tor = verbs.add_parser(
        "tor",
        parents=[COMMAND_OPTIONS],
        help="where Tor listens, for .onion addresses (default 127.0.0.1:9050, then 9150)",
    )
    tor.set_defaults(run=_tor)
    tor.add_argument("url", metavar="URL", nargs="?", help="omit for the usual ports")


def _show(args: argparse.Namespace, db_path: Path) -> int:
    from reader.core.net.proxy_settings import describe, load_policy

    with Store.open(db_path) as store:
        policy = load_policy(store)
        feeds = sum(1 for r in store.feed_routes().values() if r.proxy is not None)
        accounts = sum(1 for a in store.accounts() if store.account_proxy(a.id) is not None)
    for line in describe(policy):
        print(line)
    if feeds or accounts:
        print(
            f"Routes of their own: {plural(feeds, 'feed', 'feeds')} (sources --json), "
            f"{plural(accounts, 'account', 'accounts')} (account list --json)"
        )
    return 0


def _set(args: argparse.Namespace, db_path: Path) -> int:
    from reader.cli.feeds import _read_password
    from reader.core.net.credentials import PasswordStore
    from reader.core.net.proxy_settings import load_policy, manual_policy, save_policy

    password = _read_password() if args.password_stdin else None
    with Store.open(db_path) as store:
        try:
            policy, saved = manual_policy(
                load_policy(store),
                args.url,
                required=args.required,
                password=password,
                passwords=PasswordStore(),
            )
        except ReaderError as exc:
            error(str(exc))
            return 2
        save_policy(store, policy)
    if saved is not None and saved.message:
        complain(f"the proxy's password: {saved.message}")
    never = " (never connect directly)" if policy.required else ""
    print(f"Proxy: {policy.url}{never}.")
    return 0


def _system(args: argparse.Namespace, db_path: Path) -> int:
    from reader.core.net.proxy_settings import describe, load_policy, save_policy
    from reader.core.net.routes import ProxyMode, ProxyPolicy

    with Store.open(db_path) as store:
        current = load_policy(store)
        policy = ProxyPolicy(ProxyMode.SYSTEM, current.url, args.required, current.tor)
        save_policy(store, policy)
    for line in describe(policy):
        print(line)
    return 0


def _off(args: argparse.Namespace, db_path: Path) -> int:
    from reader.core.net.proxy_settings import load_policy, save_policy
    from reader.core.net.routes import ProxyMode, ProxyPolicy

    with Store.open(db_path) as store:
        current = load_policy(store)
        save_policy(store, ProxyPolicy(ProxyMode.OFF, current.url, False, current.tor))
    print("Proxy off: connecting directly (.onion addresses still go only to Tor).")
    return 0


def _tor(args: argparse.Namespace, db_path: Path) -> int:
    from dataclasses import replace

    from reader.core.net.proxy_settings import load_policy, save_policy
    from reader.core.net.routes import parse_proxy

    tor: str | None = None
    if args.url:
        try:
            tor, password = parse_proxy(args.url)
        except ReaderError as exc:
            error(str(exc))
            return 2
        if password:
            error("put no password in the Tor address")
            return 2
    with Store.open(db_path) as store:
        save_policy(store, replace(load_policy(store), tor=tor))
    print(f"Tor: {tor or 'socks5h://127.0.0.1:9050, else socks5h://127.0.0.1:9150'}.")
    return 0


_MIRROR_HELP = "another address of the same feed, tried when the main one fails (repeatable)"
_PROXY_HELP = "this one's route: a proxy address, direct, or default (the program's)"


def add_feed_route_options(p: argparse.ArgumentParser, *, editing: bool) -> None:
    """``--proxy`` and the mirror options of add-feed (``editing``: feed-options)."""
    p.add_argument("--proxy", metavar="URL|direct|default", help=_PROXY_HELP)
    if editing:
        p.add_argument(
            "--add-mirror",
            metavar="URL",
            action="append",
            default=[],
            help=_MIRROR_HELP,
        )
        p.add_argument(
            "--remove-mirror", metavar="URL", action="append", default=[], help="forget a mirror"
        )
    else:
        p.add_argument(
            "--mirror",
            metavar="URL",
            action="append",
            default=[],
            help=_MIRROR_HELP,
        )


def add_account_route_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--proxy", metavar="URL|direct|default", help=_PROXY_HELP)


def check_route_options(args: argparse.Namespace) -> str | None:
    """The reason the route options cannot be used, before anything is written; None if fine."""
    from reader.core.net.http import normalize_url
    from reader.core.net.routes import parse_choice

    try:
        if getattr(args, "proxy", None) is not None:
            parse_choice(args.proxy)
        for url in [*getattr(args, "mirror", []), *getattr(args, "add_mirror", [])]:
            normalize_url(url)
    except ReaderError as exc:
        return str(exc)
    return None


def apply_feed_routes(store: Store, source_id: int, args: argparse.Namespace) -> None:
    """Write ``--proxy`` and the mirrors (checked before by :func:`check_route_options`)."""
    from reader.core.net.http import normalize_url
    from reader.core.net.routes import parse_choice

    if getattr(args, "proxy", None) is not None:
        store.set_feed_proxy(source_id, parse_choice(args.proxy))
    added = [
        normalize_url(u) for u in [*getattr(args, "mirror", []), *getattr(args, "add_mirror", [])]
    ]
    removed = getattr(args, "remove_mirror", [])
    if added or removed:
        gone = set(removed) | {_normalized(u) for u in removed}
        mirrors = [m for m in store.feed_route(source_id).mirrors if m not in gone]
        store.set_feed_mirrors(source_id, [*mirrors, *added])


def _normalized(url: str) -> str:
    from reader.core.net.http import normalize_url

    try:
        return normalize_url(url)
    except ReaderError:
        return url


def route_lines(store: Store, source_id: int) -> list[str]:
    route = store.feed_route(source_id)
    lines = [f"proxy {route.proxy or 'default'}"]
    lines += [f"mirror {m}" for m in route.mirrors]
    if route.served_by:
        lines.append(f"last served by {route.served_by}")
    return lines
