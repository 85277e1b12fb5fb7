"""Subscriptions: add, edit and remove feeds, keeping the keyring in step.

These are the operations behind ``add-feed``/``remove-feed`` and the
window's Add feed… and Edit dialogs. The library and the keyring are two
stores; the library is written first (it can refuse, e.g. a duplicate URL),
the keyring after, and a keyring that cannot store is reported, not raised.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from reader.core.content.sites import site_of
from reader.core.errors import ReaderError
from reader.core.feeds.discovery import Discovery, FoundFeed, discover
from reader.core.library import Store
from reader.core.net.credentials import PasswordStore, SaveOutcome
from reader.core.net.http import (
    Cancelled,
    Credentials,
    FetchError,
    HttpClient,
    normalize_url,
    split_userinfo,
)


@dataclass(frozen=True, slots=True)
class Subscription:
    source_id: int
    feed_url: str
    #: Where the password went, when one was given.
    password: SaveOutcome | None = None
    #: Other feeds the page linked to (the first one was subscribed).
    alternatives: list[FoundFeed] = field(default_factory=list)


def source_name_for(url: str) -> str:
    """The short name a feed source gets: its site (``rfi.fr``); made unique by the store."""
    return site_of(url) or (urlsplit(url).hostname or "feed")


def subscribe(
    store: Store,
    address: str,
    *,
    title: str | None = None,
    folder: str | None = None,
    username: str | None = None,
    password: str | None = None,
    passwords: PasswordStore | None = None,
    client: HttpClient | None = None,
    find_feed: bool = True,
    cancelled: Cancelled | None = None,
    proxy: str | None = None,
    mirrors: Sequence[str] = (),
) -> Subscription:
    """Subscribe to a feed, or to the first feed a web page links to.

    With ``find_feed`` the address is fetched first (raising
    :class:`~reader.core.net.http.FetchError` or :class:`FeedError` when it leads
    to no feed); without it, the address is taken as the feed's, for adding
    feeds while offline. A password in the URL (``https://u:p@host``) is
    moved to the keyring, never stored with the URL. ``proxy`` is the feed's
    own route (``direct`` or a proxy address); ``mirrors`` other addresses of
    the same feed, tried in order when the address is blocked or unreachable.
    """
    url, url_user, url_password = split_userinfo(normalize_url(address))
    username = (username or url_user or "").strip() or None
    password = password or url_password
    if password and not username:
        raise ReaderError("a password needs a user name")
    mirrors = [normalize_url(m) for m in mirrors]
    feed_url, alternatives, site_url = url, [], None
    served_by: str | None = None
    if find_feed:
        owned = client is None
        http = client or HttpClient()
        try:
            creds = Credentials(username, password) if username and password else None
            found, served_by = discover_with_mirrors(url, mirrors, http, creds, cancelled, proxy)
        finally:
            if owned:
                http.close()
        if served_by is None:
            feed_url = found.feeds[0].url
            alternatives = found.feeds[1:]
            if feed_url != found.fetched.url:  # a page: it is the site
                site_url = found.fetched.url
        else:  # the address is blocked here: taken as the feed; the mirror's feed serves it
            feed = found.feeds[0].url
            mirrors = [feed if m == served_by else m for m in mirrors]
            served_by = feed
    source_id = store.add_feed(
        feed_url,
        name=source_name_for(feed_url),
        title=title,
        folder=folder,
        username=username,
        site_url=site_url,
    )
    if proxy is not None:
        store.set_feed_proxy(source_id, proxy)
    if mirrors:
        store.set_feed_mirrors(source_id, mirrors)
    if served_by is not None:
        store.record_served_by(source_id, served_by)
    outcome = None
    if password:
        outcome = (passwords or PasswordStore()).save(feed_url, password)
    return Subscription(source_id, feed_url, outcome, alternatives)


def discover_with_mirrors(
    url: str,
    mirrors: Sequence[str],
    http: HttpClient,
    credentials: Credentials | None,
    cancelled: Cancelled | None,
    proxy: str | None,
) -> tuple[Discovery, str | None]:
    """The address's feed, or a mirror's when the address cannot be reached (and which)."""
    try:
        return discover(url, http, credentials=credentials, cancelled=cancelled, proxy=proxy), None
    except FetchError as exc:
        if not mirrors or not exc.unreachable:
            raise
        first = exc
    for mirror in mirrors:
        try:
            found = discover(
                mirror, http, credentials=credentials, cancelled=cancelled, proxy=proxy
            )
        except FetchError as exc:
            if not exc.unreachable:
                raise
            continue
        return found, mirror
    raise first


def edit_feed(
    store: Store,
    source_id: int,
    *,
    title: str | None = None,
    feed_url: str | None = None,
    folder: str | None = None,
    username: str | None = None,
    password: str | None = None,
    passwords: PasswordStore | None = None,
) -> SaveOutcome | None:
    """Change what the Edit dialog shows; ``None`` leaves a field as it is.

    An empty ``folder`` or ``username`` clears it. A new URL takes the
    stored password with it; a cleared user name forgets the password.
    """
    source = store.get_source(source_id)
    if source.feed_url is None:
        raise ReaderError(f"{source.title} is not a feed")
    keys = passwords or PasswordStore()
    old_url = source.feed_url
    new_url = old_url
    url_password = None
    with store.transaction():
        if title is not None:
            store.rename_source(source_id, title)
        if folder is not None:
            store.set_source_folder(source_id, folder)
        if feed_url is not None:
            new_url, url_user, url_password = split_userinfo(normalize_url(feed_url))
            if url_user and username is None:
                username = url_user
            store.set_feed_url(source_id, new_url)
        if username is not None:
            store.set_feed_username(source_id, username)
    if new_url != old_url:
        keys.move(old_url, new_url)
    if username is not None and not username.strip():
        keys.delete(new_url)
        return None
    password = password or url_password
    if password:
        if not store.get_source(source_id).username:
            raise ReaderError("a password needs a user name")
        return keys.save(new_url, password)
    return None


def remove_feed(store: Store, source_id: int, *, passwords: PasswordStore | None = None) -> int:
    """Unsubscribe: the source, its articles and its keyring entry go; returns articles removed."""
    source = store.get_source(source_id)
    if source.feed_url is None:
        raise ReaderError(f"{source.title} is not a feed")
    removed = store.delete_source(source_id)
    (passwords or PasswordStore()).delete(source.feed_url)
    return removed
