"""One sync of an account: send what changed here, then take what changed there.

The order of a run, and why:

1. **log in**, before anything is written: a server that cannot be reached
   (offline, on a plane) or refuses the password changes nothing here, and
   the queue of changes stays for the next time;
2. **send** the pending read/starred changes in batches of the server's
   size (NetNewsWire stopped syncing past 999 queued statuses sent at once);
   each batch is removed from the queue only once the server answered OK;
3. **subscriptions and folders**: sources appear, are renamed, move, or go
   with their articles when the server dropped them;
4. **items** newer than the last sync (the first sync pages through all),
   in batches: each batch is cleaned, sanitized, de-duplicated and indexed
   by the feed pipeline and committed *with* its item-id mapping, so a run
   killed at any point resumes where it was, with no duplicate;
5. **states**: the server's unread and starred id lists decide the read
   and starred flags, except where a change made here is still waiting to
   be sent (the local change wins until the server has it: NetNewsWire #1519);
6. for the subscriptions with "Download full articles" on, the web pages of
   the new articles (and of those an earlier try found offline), as a
   refresh does for feeds (:mod:`reader.core.fulltext`);
7. the images of the new articles, the full articles' among them.

Each new article records its provenance: captured when, from which account
(its API URL without credentials, its name, the item's stream and id), and
the SHA-256 of the item's JSON bytes as the server sent them (sliced from
the ``stream/items/contents`` answer by :class:`GReaderClient`).

Errors are values (:class:`SyncResult`); the message is also stored on the
account for the window to show, as a failing feed's is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, field, replace

from reader.core.feeds.parse import FeedItem, ParsedFeed, to_articles
from reader.core.fulltext.fetch import FullTextReport, fetch_new_full_texts
from reader.core.images.fetch import ImageReport, cache_images, images_of_articles
from reader.core.library import IndexedArticle, Store, index_article
from reader.core.library.accounts import Account
from reader.core.models import Origin
from reader.core.net.credentials import PasswordStore, without_credentials
from reader.core.net.http import FetchProblem, HttpClient
from reader.core.sync.greader import READ, STARRED, GReaderClient, Item, SyncError

__all__ = [
    "SyncResult",
    "add_account",
    "keyring_key",
    "remove_account",
    "sync_account",
    "sync_all",
]

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

#: Items asked for again from this long before the newest one seen: a server
#: may store an item a little after its timestamp; known ones are skipped.
SINCE_SLACK_SECONDS = 600
#: From this many new items on, cleaning runs in worker processes.
POOL_MIN_ITEMS = 400


@dataclass(frozen=True, slots=True)
class SyncResult:
    """What one account's sync did, for the CLI and the status bar."""

    account: str
    error: str | None = None
    added: int = 0
    #: Items the library already had from another source: linked, not stored twice.
    linked: int = 0
    sent: int = 0
    marked_read: int = 0
    marked_unread: int = 0
    starred: int = 0
    unstarred: int = 0
    sources_added: tuple[str, ...] = ()
    sources_removed: tuple[str, ...] = ()
    added_ids: tuple[int, ...] = ()
    images: ImageReport | None = None
    #: None when no subscription of the account has "Download full articles" on.
    full_text: FullTextReport | None = None
    unreachable: bool = False
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None


def keyring_key(url: str, username: str) -> str:
    """Where the account's password is in the keyring (never in the library)."""
    return f"greader-account:{username}@{url}"


def add_account(
    store: Store,
    url: str,
    username: str,
    password: str,
    *,
    name: str | None = None,
    passwords: PasswordStore | None = None,
    http: HttpClient | None = None,
    proxy: str | None = None,
) -> tuple[int, str | None]:
    """Check the login once, then keep the account; (id, a note about the password's keeping).

    Raises :class:`SyncError` (the login failed) or ``ReaderError`` (a name in use).
    """
    url = url.strip().rstrip("/")
    with GReaderClient(url, http=http, proxy=proxy) as client:
        client.login(username, password)
    passwords = passwords or PasswordStore()
    account_id = store.add_account(name or _default_name(url, username), url, username)
    if proxy is not None:
        store.set_account_proxy(account_id, proxy)
    outcome = passwords.save(keyring_key(url, username), password)
    return account_id, outcome.message


def remove_account(store: Store, account: Account, passwords: PasswordStore | None = None) -> int:
    """The account, its sources and articles, and its keyring entry go; returns articles gone."""
    count = store.remove_account(account.id)
    (passwords or PasswordStore()).delete(keyring_key(account.url, account.username))
    return count


def _default_name(url: str, username: str) -> str:
    from urllib.parse import urlsplit

    return f"{username}@{urlsplit(url).hostname or url}"


def sync_all(
    store: Store,
    accounts: Iterable[Account] | None = None,
    *,
    images: bool = True,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    passwords: PasswordStore | None = None,
    executor_factory: Callable[[], Executor] | None = None,
    full_text_progress: Progress | None = None,
) -> list[SyncResult]:
    """Sync each account in turn; one failing does not stop the others."""
    results = []
    for account in list(accounts if accounts is not None else store.accounts()):
        if cancelled is not None and cancelled():
            results.append(SyncResult(account.name, error="cancelled", cancelled=True))
            continue
        results.append(
            sync_account(
                store,
                account,
                images=images,
                progress=progress,
                cancelled=cancelled,
                passwords=passwords,
                executor_factory=executor_factory,
                full_text_progress=full_text_progress,
            )
        )
    return results


def sync_account(
    store: Store,
    account: Account,
    *,
    images: bool = True,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    passwords: PasswordStore | None = None,
    http: HttpClient | None = None,
    executor_factory: Callable[[], Executor] | None = None,
    full_text_progress: Progress | None = None,
) -> SyncResult:
    """Sync one account; never raises for the server's trouble (library errors do raise)."""
    passwords = passwords or PasswordStore()
    password = passwords.get(keyring_key(account.url, account.username))
    if password is None:
        error = "no password in the keyring for this account; add the account again"
        store.record_sync(account.id, error=error)
        return SyncResult(account.name, error=error)
    run = _Run(store, account, progress, cancelled, executor_factory)
    try:
        proxy = store.account_proxy(account.id)
        with GReaderClient(account.url, http=http, cancelled=cancelled, proxy=proxy) as client:
            client.login(account.username, password)
            del password
            result = run.run(client)
    except SyncError as exc:
        cancelled_now = exc.problem is FetchProblem.CANCELLED
        error = "cancelled" if cancelled_now else _explain(exc)
        if not cancelled_now:
            store.record_sync(account.id, error=error)
        return replace(
            run.result(), error=error, unreachable=exc.unreachable, cancelled=cancelled_now
        )
    store.record_sync(account.id, error=None, newest_usec=run.newest_usec)
    if cancelled is not None and cancelled():
        return result
    result = replace(
        result,
        full_text=fetch_new_full_texts(
            store,
            sorted(store.account_sources(account.id).values()),
            run.added_by_source,
            progress=full_text_progress,
            cancelled=cancelled,
        ),
    )
    if images and result.added_ids and not (cancelled is not None and cancelled()):
        urls = images_of_articles(store, result.added_ids)
        if urls:
            result = replace(result, images=cache_images(store, urls, cancelled=cancelled))
    return result


def _explain(exc: SyncError) -> str:
    if exc.unreachable:
        return f"{exc}; nothing was changed, and changes made here wait for the next sync"
    return str(exc)


@dataclass(slots=True)
class _Run:
    store: Store
    account: Account
    progress: Progress | None
    cancelled: Cancelled | None
    executor_factory: Callable[[], Executor] | None
    newest_usec: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    sources_added: list[str] = field(default_factory=list)
    sources_removed: list[str] = field(default_factory=list)
    added_ids: list[int] = field(default_factory=list)
    added_by_source: dict[int, list[int]] = field(default_factory=dict)

    def result(self) -> SyncResult:
        c = self.counts
        return SyncResult(
            self.account.name,
            added=len(self.added_ids),
            linked=c.get("linked", 0),
            sent=c.get("sent", 0),
            marked_read=c.get("read", 0),
            marked_unread=c.get("unread", 0),
            starred=c.get("starred", 0),
            unstarred=c.get("unstarred", 0),
            sources_added=tuple(self.sources_added),
            sources_removed=tuple(self.sources_removed),
            added_ids=tuple(self.added_ids),
        )

    def _check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise SyncError("cancelled", problem=FetchProblem.CANCELLED)

    def run(self, client: GReaderClient) -> SyncResult:
        self.newest_usec = self.account.newest_usec
        self._send(client)
        streams = self._subscriptions(client)
        self._items(client, streams)
        self._states(client)
        return self.result()

    # 2. send -------------------------------------------------------------------

    def _send(self, client: GReaderClient) -> None:
        pending = self.store.pending_changes(self.account.id)
        groups: dict[tuple[str, bool], list[tuple[int, str]]] = {}
        for change in pending:
            groups.setdefault((change.field, change.value), []).append((change.seq, change.item_id))
        size = client.profile.edit_batch
        for (field_name, value), changes in groups.items():
            state = READ if field_name == "read" else STARRED
            for start in range(0, len(changes), size):
                self._check()
                batch = changes[start : start + size]
                ids = [item for _, item in batch]
                if value:
                    client.edit_tag(ids, add=state)
                else:
                    client.edit_tag(ids, remove=state)
                self.store.confirm_changes([seq for seq, _ in batch])
                self.counts["sent"] = self.counts.get("sent", 0) + len(batch)

    # 3. subscriptions ----------------------------------------------------------

    def _subscriptions(self, client: GReaderClient) -> dict[str, int]:
        self._check()
        subscriptions = client.subscriptions()
        known = self.store.account_sources(self.account.id)
        names = self.store.source_names()
        streams: dict[str, int] = {}
        with self.store.transaction():
            for sub in subscriptions:
                source_id, created = self.store.upsert_account_source(
                    self.account.id,
                    sub.stream_id,
                    title=sub.title,
                    folder=sub.folders[0] if sub.folders else None,
                    remote_url=sub.url,
                    site_url=sub.site_url,
                    names=names,
                )
                streams[sub.stream_id] = source_id
                if created:
                    self.sources_added.append(sub.title)
            gone = {stream: sid for stream, sid in known.items() if stream not in streams}
            if gone:
                titles = {s.id: s.title for s in self.store.sources() if s.id in gone.values()}
                self.store.remove_account_sources(gone.values())
                self.sources_removed.extend(titles.get(sid, stream) for stream, sid in gone.items())
        return streams

    # 4. items --------------------------------------------------------------------

    def _items(self, client: GReaderClient, streams: dict[str, int]) -> None:
        self._check()
        since = None
        if self.account.newest_usec:
            since = max(0, self.account.newest_usec // 1_000_000 - SINCE_SLACK_SECONDS)
        known = self.store.known_items(self.account.id)
        wanted = [i for i in client.item_ids(since=since) if i not in known]
        total = len(wanted)
        if self.progress:
            self.progress(0, total)
        if not wanted:
            return
        executor = None
        if total >= POOL_MIN_ITEMS:
            from reader.core.workers import default_executor

            executor = (self.executor_factory or default_executor)()
        try:
            done = 0
            pending_batch: tuple[list[Item], object] | None = None
            for batch in client.items(wanted):
                self._check()
                prepared = (
                    executor.submit(prepare_items, batch)
                    if executor is not None
                    else prepare_items(batch)
                )
                # Clean this batch in the workers while the previous one is written.
                if pending_batch is not None:
                    done += self._write(streams, *pending_batch)
                pending_batch = (batch, prepared)
                if self.progress:
                    self.progress(done, total)
            if pending_batch is not None:
                done += self._write(streams, *pending_batch)
            if self.progress:
                self.progress(done, total)
        finally:
            if executor is not None:
                executor.shutdown(wait=True, cancel_futures=True)

    def _write(self, streams: dict[str, int], batch: list[Item], prepared: object) -> int:
        articles: list[IndexedArticle] = (
            prepared if isinstance(prepared, list) else prepared.result()  # type: ignore[attr-defined]
        )
        pairs: list[tuple[str, int]] = []
        api_url = without_credentials(self.account.url)
        with self.store.transaction():
            for item, article in zip(batch, articles, strict=True):
                self.newest_usec = max(self.newest_usec, item.crawled_usec)
                source_id = streams.get(item.stream_id)
                if source_id is None:
                    continue  # a subscription the list did not have (dropped meanwhile)
                origin = Origin(
                    "account",
                    api_url,
                    account=self.account.name,
                    stream_id=item.stream_id,
                    item_id=item.remote_id or item.id,
                )
                added = self.store.add_articles(source_id, [article], origin=origin).added
                if added:
                    self.added_ids.append(added[0])
                    self.added_by_source.setdefault(source_id, []).append(added[0])
                    pairs.append((item.id, added[0]))
                    continue
                existing = self.store.existing_article(article.article.url, article.content_hash)
                if existing is not None:
                    pairs.append((item.id, existing))
                    self.counts["linked"] = self.counts.get("linked", 0) + 1
            self.store.map_items(self.account.id, pairs)
        return len(batch)

    # 5. states -------------------------------------------------------------------

    def _states(self, client: GReaderClient) -> None:
        self._check()
        unread = set(client.item_ids(exclude=READ))
        self._check()
        starred = set(client.item_ids(STARRED))
        # An article two items map to (the same story in two subscriptions) is
        # read when either is read there, and starred when either is starred.
        states = self.store.item_states(self.account.id)
        read_there: dict[int, bool] = {}
        starred_there: dict[int, bool] = {}
        for item, (article, _, _) in states.items():
            read_there[article] = read_there.get(article, False) or item not in unread
            starred_there[article] = starred_there.get(article, False) or item in starred
        updates: list[tuple[str, int, str, bool]] = []
        for item, (article, read, star) in states.items():
            if read_there[article] != read:
                updates.append((item, article, "read", read_there[article]))
            if starred_there[article] != star:
                updates.append((item, article, "starred", starred_there[article]))
        applied = self.store.apply_server_states(updates)
        for _, _, name, value in applied:
            key = {
                ("read", True): "read",
                ("read", False): "unread",
                ("starred", True): "starred",
                ("starred", False): "unstarred",
            }[(name, value)]
            self.counts[key] = self.counts.get(key, 0) + 1


def prepare_items(items: Sequence[Item]) -> list[IndexedArticle]:
    """Clean, sanitize and index items as a feed's are (runs in worker processes)."""
    feed_items = [
        FeedItem(
            title=item.title,
            link=item.link,
            guid=f"greader:{item.id}",
            published=item.published,
            author=item.author,
            html=item.html,
            base=item.link or None,
        )
        for item in items
    ]
    feed = ParsedFeed("greader", None, None, tuple(feed_items))
    articles = to_articles(feed, None, feed_items)
    return [
        index_article(replace(article, sha256=item.sha256))
        for item, article in zip(items, articles, strict=True)
    ]


def describe(result: SyncResult) -> str:
    """One line of what came and went, for the CLI and the log."""
    parts = [_count(result.added, "new article", "new articles")]
    if result.linked:
        parts.append(
            f"{_count(result.linked, 'article', 'articles')} already here from other sources"
        )
    if result.sent:
        parts.append(_count(result.sent, "change sent", "changes sent"))
    pulled = [
        (result.marked_read, "marked read"),
        (result.marked_unread, "marked unread"),
        (result.starred, "starred"),
        (result.unstarred, "unstarred"),
    ]
    parts.extend(f"{n:,} {what} on the server" for n, what in pulled if n)
    if result.sources_added:
        parts.append(f"subscribed: {', '.join(result.sources_added)}")
    if result.sources_removed:
        parts.append(f"unsubscribed: {', '.join(result.sources_removed)}")
    return "; ".join(parts)


def _count(count: int, singular: str, plural: str) -> str:
    """``1 new article``, ``12,345 new articles``: as the CLI's ``plural``."""
    return f"{count:,} {singular if count == 1 else plural}"
