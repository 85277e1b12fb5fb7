"""One sync of an account: send what changed here, then take what changed there.

The order of a run, and why:

1. **log in**, before anything is written: a server that cannot be reached
   (offline, on a plane) or refuses the password changes nothing here, and
   the queue of changes stays for the next time;
2. **send** the pending read/starred changes in batches of the server's
   size (NetNewsWire stopped syncing past 999 queued statuses sent at once);
   each batch is removed from the queue only once the server answered OK;
3. **subscriptions and folders**: sources appear, are renamed, move, or go
   with their articles when the server dropped them, except the articles
   the user starred, tagged or highlighted (their source stays, archived:
   :mod:`reader.core.library.archive`). A list that is not the protocol's
   shape fails the step before anything is removed;
4. **items** newer than the last sync (the first sync pages through all),
   page of ids by page (bounded by :class:`~reader.core.sync.paging.IdWalk`:
   a server that pages for ever is cut, and the sync says so), each page's
   bodies in batches: each batch is cleaned, sanitized, de-duplicated (by
   the item's address, never its text) and indexed by the feed pipeline and
   committed *with* its item-id mapping, so a run killed at any point
   resumes where it was, with no duplicate;
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

from reader.core.content.cleaning import strip_tracking_params
from reader.core.feeds.parse import FeedItem, ParsedFeed, to_articles
from reader.core.fulltext.fetch import fetch_new_full_texts
from reader.core.images.fetch import cache_images, images_of_articles
from reader.core.library import Account, IndexedArticle, Store, index_article
from reader.core.models import Origin
from reader.core.net.credentials import PasswordStore, without_credentials
from reader.core.net.http import FetchProblem, HttpClient
from reader.core.sync.accounts import (
    NEEDS_PASSWORD,
    add_account,
    keyring_key,
    remove_account,
)
from reader.core.sync.greader import READ, STARRED, GReaderClient, Item, SyncError
from reader.core.sync.paging import IdWalk
from reader.core.sync.results import SyncResult, count, describe
from reader.core.tasks import DEFAULT_OPTIONS, TaskOptions

__all__ = [
    "SyncResult",
    "add_account",
    "describe",
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


def sync_all(
    store: Store,
    accounts: Iterable[Account] | None = None,
    *,
    options: TaskOptions = DEFAULT_OPTIONS,
) -> list[SyncResult]:
    """Sync each account in turn; one failing does not stop the others."""
    results = []
    for account in list(accounts if accounts is not None else store.accounts()):
        if options.is_cancelled():
            results.append(SyncResult(account.name, error="cancelled", cancelled=True))
            continue
        results.append(sync_account(store, account, options=options))
    return results


def sync_account(
    store: Store,
    account: Account,
    *,
    options: TaskOptions = DEFAULT_OPTIONS,
    http: HttpClient | None = None,
) -> SyncResult:
    """Sync one account; never raises for the server's trouble (library errors do raise).

    ``options.progress`` counts the new items; ``options.image_progress`` is
    not used (the sync's images are cached without a count).
    """
    cancelled = options.cancelled
    passwords = options.passwords or PasswordStore()
    password = passwords.get(keyring_key(account.url, account.username))
    if password is None:
        # Without a keyring the password lived in memory only: ask, never "add it again".
        error = (
            f"{NEEDS_PASSWORD} (no keyring keeps it between sessions); give it with "
            "'sync --password-stdin' or in the window: the changes made here wait for it"
        )
        store.record_sync(account.id, error=error)
        return SyncResult(
            account.name,
            error=error,
            needs_password=True,
            password_key=keyring_key(account.url, account.username),
            username=account.username,
        )
    run = _Run(store, account, options.progress, cancelled, options.executor_factory)
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
            progress=options.full_text_progress,
            cancelled=cancelled,
        ),
    )
    if options.images and result.added_ids and not options.is_cancelled():
        urls = images_of_articles(store, result.added_ids)
        if urls:
            result = replace(result, images=cache_images(store, urls, cancelled=cancelled))
    return result


def _explain(exc: SyncError) -> str:
    if exc.unreachable:
        return f"{exc}; nothing was changed, and changes made here wait for the next sync"
    return f"{exc}; nothing was removed here, and the next sync tries again"


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
    #: What was skipped or cut short (said to the user), and the pages of ids asked for.
    notes: list[str] = field(default_factory=list)
    pages: int = 0
    kept: int = 0
    archived: list[str] = field(default_factory=list)

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
            notes=tuple(self.notes),
            id_pages=self.pages,
            kept=self.kept,
            archived=tuple(self.archived),
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
                retired = self.store.remove_account_sources(gone.values())
                self.sources_removed.extend(titles.get(sid, stream) for stream, sid in gone.items())
                self.kept += retired.kept
                self.archived.extend(retired.archived)
        return streams

    # 4. items --------------------------------------------------------------------

    def _items(self, client: GReaderClient, streams: dict[str, int]) -> None:
        """Page by page: each page's new items are fetched and stored before the next page.

        Never all the ids first: a server that pages for ever would grow the
        list for ever and nothing would be stored (:class:`IdWalk` bounds the
        pages; what was stored stays).
        """
        self._check()
        since = None
        if self.account.newest_usec:
            since = max(0, self.account.newest_usec // 1_000_000 - SINCE_SLACK_SECONDS)
        known = self.store.known_items(self.account.id)
        walk = IdWalk(client, since=since)
        total = done = 0
        if self.progress:
            self.progress(0, 0)
        executor = None
        pending_batch: tuple[list[Item], object] | None = None
        try:
            for page in walk.pages():
                self._check()
                wanted = [i for i in page if i not in known]
                total += len(wanted)
                if self.progress:
                    self.progress(done, total)
                if executor is None and total >= POOL_MIN_ITEMS:
                    from reader.core.workers import default_executor

                    executor = (self.executor_factory or default_executor)()
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
                # The page is stored before the next is asked for.
                if pending_batch is not None:
                    done += self._write(streams, *pending_batch)
                    pending_batch = None
                if self.progress:
                    self.progress(done, total)
        finally:
            if executor is not None:
                executor.shutdown(wait=True, cancel_futures=True)
            self._walked(walk, "new items")

    def _walked(self, walk: IdWalk, what: str, cut_means: str = "") -> None:
        """What a walk of ids skipped or cut, for the user."""
        self.pages += walk.pages_read
        if walk.unreadable:
            self.notes.append(
                f"{what}: skipped {count(walk.unreadable, 'item id', 'item ids')} "
                "the server sent in a form that cannot be read"
            )
        if walk.cut:
            self.notes.append(f"{what}: {walk.cut}{cut_means}")

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
        unread_walk = IdWalk(client, exclude=READ)
        unread = {i for page in unread_walk.pages() for i in page}
        self._walked(unread_walk, "read states", " (left as they were)")
        self._check()
        starred_walk = IdWalk(client, STARRED)
        starred = {i for page in starred_walk.pages() for i in page}
        self._walked(starred_walk, "starred states", " (left as they were)")
        # A cut list says nothing of the ids it did not reach: "not in the
        # unread list" would mark them read. Such a field is left as it is.
        skip = {name for name, w in (("read", unread_walk), ("starred", starred_walk)) if w.cut}
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
            if read_there[article] != read and "read" not in skip:
                updates.append((item, article, "read", read_there[article]))
            if starred_there[article] != star and "starred" not in skip:
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
            # As a feed's refresh keeps it: the address is the item's identity here.
            link=strip_tracking_params(item.link) if item.link else "",
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
    indexed = [
        index_article(replace(article, sha256=item.sha256))
        for item, article in zip(items, articles, strict=True)
    ]
    # An item is the same story as another by its id or its address, never by
    # its text: servers cut long titles, and two reports under one cut title
    # and one standfirst were stored as one. Without an address, the text is
    # all there is to tell a copy by.
    return [replace(a, content_hash=None) if a.article.url else a for a in indexed]
