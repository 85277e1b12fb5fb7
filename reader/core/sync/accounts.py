"""Adding and removing a sync account, and the password a sync needs.

Apart from the run (:mod:`reader.core.sync.engine`): these are what the
user does to an account, with what must be said first.

- The password goes to the keyring only. Without one (a bare session), it
  is kept in this process's memory: after a restart the account *asks* for
  it (:data:`NEEDS_PASSWORD`), in the window and with ``sync
  --password-stdin``, and the changes made meanwhile wait in the library.
- Over plain ``http://`` to another machine the password crosses the network
  readable by anyone on the way: refused unless the user says so
  (``--allow-insecure``, the window's checkbox). Loopback is this machine.
- Removing an account first names what goes (:func:`removal_of`), and keeps
  the articles the user starred, tagged or highlighted, archived.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import urlsplit

from reader.core.errors import ReaderError
from reader.core.library import Account, Keeps, Retired, Store
from reader.core.net.credentials import PasswordStore
from reader.core.net.http import HttpClient
from reader.core.sync.greader import GReaderClient

__all__ = [
    "NEEDS_PASSWORD",
    "Removal",
    "add_account",
    "insecure_reason",
    "keyring_key",
    "removal_of",
    "remove_account",
]

#: The start of the error of a sync that has no password to log in with.
NEEDS_PASSWORD = "the account needs its password"


def keyring_key(url: str, username: str) -> str:
    """Where the account's password is in the keyring (never in the library)."""
    return f"greader-account:{username}@{url}"


def insecure_reason(url: str) -> str | None:
    """Why sending a password to ``url`` is unsafe; None when it is not (https, loopback)."""
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower()
    except ValueError:
        return None  # not an address: the login says so
    if parts.scheme.lower() != "http":
        return None
    if host == "localhost" or host.endswith(".localhost"):
        return None
    try:
        if ipaddress.ip_address(host).is_loopback:
            return None
    except ValueError:
        pass
    return (
        f"{parts.scheme}://{host} is plain http: the password and everything synced would "
        "cross the network unencrypted, readable by anyone on the way; use https, or "
        "allow it knowingly (--allow-insecure, or 'Allow plain http' in the window)"
    )


def add_account(
    store: Store,
    url: str,
    username: str,
    password: str,
    *,
    name: str | None = None,
    passwords: PasswordStore | None = None,
    http: HttpClient | None = None,
    allow_insecure: bool = False,
    proxy: str | None = None,
) -> tuple[int, str | None]:
    """Check the login once, then keep the account; (id, a note about the password's keeping).

    Raises :class:`SyncError` (the login failed) or ``ReaderError`` (a name in
    use, plain http to another machine without ``allow_insecure``): then
    nothing was sent.
    """
    url = url.strip().rstrip("/")
    reason = insecure_reason(url)
    if reason is not None and not allow_insecure:
        raise ReaderError(f"not sent: {reason}")
    with GReaderClient(url, http=http, proxy=proxy) as client:
        client.login(username, password)
    passwords = passwords or PasswordStore()
    account_id = store.add_account(name or _default_name(url, username), url, username)
    if proxy is not None:
        store.set_account_proxy(account_id, proxy)
    outcome = passwords.save(keyring_key(url, username), password)
    return account_id, outcome.message


@dataclass(frozen=True, slots=True)
class Removal:
    """What removing an account takes, to be named before it is done."""

    account: str
    sources: int
    keeps: Keeps
    pending: int

    def summary(self) -> str:
        """One plain sentence; the window and the CLI say the same."""
        k = self.keeps
        gone = [
            _count(k.articles - k.kept, "article", "articles"),
            _count(self.sources, "source", "sources"),
            _count(self.pending, "change not yet sent", "changes not yet sent"),
        ]
        text = f"Removing {self.account} deletes {', '.join(gone)}"
        if self.pending:
            text += " (they are lost: the server never gets them)"
        if k.kept:
            mine = [
                _count(k.starred, "starred", "starred"),
                _count(k.tagged, "tagged", "tagged"),
                _count(k.highlights, "highlight", "highlights"),
                _count(k.notes, "note", "notes"),
            ]
            text += (
                f". It keeps {_count(k.kept, 'article', 'articles')} you made something of "
                f"({', '.join(mine)}; {_count(k.tags, 'tag', 'tags')}) under Archived"
            )
        return text + "."


def removal_of(store: Store, account: Account) -> Removal:
    sources = list(store.account_sources(account.id).values())
    keeps = store.keeps(sources)
    return Removal(
        account.name,
        len(sources),
        keeps,
        len(store.pending_changes(account.id)),
    )


def remove_account(
    store: Store, account: Account, passwords: PasswordStore | None = None
) -> Retired:
    """The account, its sources, the articles nobody kept and its keyring entry go."""
    retired = store.remove_account(account.id)
    (passwords or PasswordStore()).delete(keyring_key(account.url, account.username))
    return retired


def _default_name(url: str, username: str) -> str:
    return f"{username}@{urlsplit(url).hostname or url}"


def _count(count: int, singular: str, plural: str) -> str:
    return f"{count:,} {singular if count == 1 else plural}"
