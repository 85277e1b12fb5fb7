"""Changing an account's subscriptions: on the server first, then here.

Subscribe, unsubscribe, rename and move to a folder go to the server
(``subscription/edit``) and are applied to the library only once it said
OK, so the next sync finds the library and the server agreeing. Unlike
read and starred, they are not queued while offline: a subscription
change made without the server would be undone by the next sync's list,
so the caller is told to try again when the server can be reached.
"""

from __future__ import annotations

import contextlib

from reader.core.errors import NotFoundError, ReaderError
from reader.core.library import Account, Retired, Store
from reader.core.net.credentials import PasswordStore
from reader.core.net.http import FetchProblem
from reader.core.sync.accounts import NEEDS_PASSWORD, keyring_key
from reader.core.sync.engine import SyncResult, sync_account
from reader.core.sync.greader import GReaderClient, SyncError
from reader.core.tasks import TaskOptions

__all__ = ["move", "rename", "subscribe", "unsubscribe"]


def _client(account: Account, passwords: PasswordStore | None, proxy: str | None) -> GReaderClient:
    password = (passwords or PasswordStore()).get(keyring_key(account.url, account.username))
    if password is None:
        raise SyncError(
            f"{account.name}: {NEEDS_PASSWORD} (no keyring keeps it between sessions); "
            "sync it once to give it",
            problem=FetchProblem.NEEDS_PASSWORD,
        )
    client = GReaderClient(account.url, proxy=proxy)
    try:
        client.login(account.username, password)
    except BaseException:
        client.close()
        raise
    return client


def _owner(store: Store, source_id: int) -> tuple[Account, str]:
    found = store.account_source(source_id)
    if found is None:
        raise ReaderError("not a subscription of a sync account")
    account_id, remote_id = found
    return store.get_account(account_id), remote_id


def subscribe(
    store: Store,
    account: Account,
    feed_url: str,
    *,
    folder: str | None = None,
    title: str | None = None,
    passwords: PasswordStore | None = None,
) -> SyncResult:
    """Subscribe on the server, then sync the account so the feed and its items arrive."""
    with _client(account, passwords, store.account_proxy(account.id)) as client:
        client.subscribe(feed_url, title=title, folder=folder)
    return sync_account(
        store, store.get_account(account.id), options=TaskOptions(images=False, passwords=passwords)
    )


def unsubscribe(store: Store, source_id: int, passwords: PasswordStore | None = None) -> Retired:
    """Unsubscribe on the server; the source and its articles go, except those the user
    starred, tagged or highlighted (the source stays for them, archived)."""
    account, remote_id = _owner(store, source_id)
    with _client(account, passwords, store.account_proxy(account.id)) as client:
        client.unsubscribe(remote_id)
    return store.remove_account_sources([source_id])


def rename(
    store: Store, source_id: int, title: str, passwords: PasswordStore | None = None
) -> None:
    title = title.strip()
    if not title:
        raise ReaderError("a source needs a name")
    account, remote_id = _owner(store, source_id)
    with _client(account, passwords, store.account_proxy(account.id)) as client:
        client.edit_subscription(remote_id, title=title)
    store.rename_source(source_id, title)


def move(
    store: Store, source_id: int, folder: str | None, passwords: PasswordStore | None = None
) -> None:
    """Into ``folder`` (a server label), out of the one it was in; None: out of any."""
    folder = (folder or "").strip() or None
    account, remote_id = _owner(store, source_id)
    current = next((s.folder for s in store.sources() if s.id == source_id), None)
    if current == folder:
        return
    with _client(account, passwords, store.account_proxy(account.id)) as client:
        client.edit_subscription(remote_id, add_folder=folder, remove_folder=current)
    # Gone meanwhile (a sync removed it): the server has the change anyway.
    with contextlib.suppress(NotFoundError):
        store.set_source_folder(source_id, folder)
