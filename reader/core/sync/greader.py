"""A Google Reader API client, written from the protocol as FreshRSS and Miniflux document it.

Only what an offline client needs: log in (``accounts/ClientLogin``), the
action token (``reader/api/0/token``), subscriptions and folders, item ids
of a stream page by page (``n=``/``c=`` continuation, ``ot=`` for "since"),
item bodies in batches (``stream/items/contents``), read/starred changes
(``edit-tag``) and subscription changes (``subscription/edit``,
``quickadd``). Server differences come from :mod:`reader.core.sync.servers`.

Item ids travel in two forms: the decimal "short" id of ``itemRefs`` and
the long ``tag:google.com,2005:reader/item/<16 hex digits>`` of item
bodies. This client always hands out the decimal form, so the library keys
items one way.

Requests go through the project's :class:`HttpClient` (timeouts, size caps,
User-Agent). The password is sent once, in the login's POST body, and never
kept: the session token (``Auth=``) is what later requests carry.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

from reader.core.errors import ReaderError
from reader.core.feeds.raw_items import json_items
from reader.core.hashing import sha256_hex
from reader.core.net.http import FetchError, FetchProblem, HttpClient
from reader.core.sync.servers import ServerProfile, profile_for

__all__ = [
    "READ",
    "READING_LIST",
    "STARRED",
    "GReaderClient",
    "Item",
    "Subscription",
    "SyncError",
    "short_id",
]

READING_LIST = "user/-/state/com.google/reading-list"
READ = "user/-/state/com.google/read"
STARRED = "user/-/state/com.google/starred"
LABEL = "user/-/label/"
_LONG_PREFIX = "tag:google.com,2005:reader/item/"

Cancelled = Callable[[], bool]


class SyncError(ReaderError):
    """The server could not be used; ``problem`` says why (network, auth, server)."""

    def __init__(self, reason: str, *, problem: FetchProblem = FetchProblem.HTTP) -> None:
        super().__init__(reason)
        self.problem = problem

    @property
    def unreachable(self) -> bool:
        return self.problem in (FetchProblem.NETWORK, FetchProblem.TIMEOUT)


@dataclass(frozen=True, slots=True)
class Subscription:
    stream_id: str  # "feed/12"
    title: str
    url: str | None  # the feed's own address
    site_url: str | None
    folders: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Item:
    """One item body as the server gave it, before cleaning."""

    id: str  # decimal
    stream_id: str  # the subscription it came from
    title: str
    link: str
    html: str
    author: str | None
    published: datetime | None
    #: When the server fetched it (microseconds): the "since" of the next sync.
    crawled_usec: int
    read: bool = False
    starred: bool = False
    labels: tuple[str, ...] = field(default=())
    #: The item's id exactly as the body gave it (the long ``tag:`` form, most often).
    remote_id: str = ""
    #: SHA-256 (hex) of the item's JSON bytes as received; None when they could not be
    #: told apart in the answer (its provenance then says "not recorded").
    sha256: str | None = None


def short_id(item_id: str) -> str:
    """The decimal form of an item id, whichever form the server used."""
    text = item_id.strip()
    if text.startswith(_LONG_PREFIX):
        return str(int(text[len(_LONG_PREFIX) :], 16))
    if text.isdigit():
        return str(int(text))
    try:  # a bare 16-digit hex id
        return str(int(text.rsplit("/", 1)[-1], 16))
    except ValueError as exc:
        raise SyncError(f"the server sent an item id we cannot read: {text[:40]!r}") from exc


class GReaderClient:
    """One logged-in session with one server; not thread-safe (one sync at a time)."""

    def __init__(
        self,
        api_url: str,
        *,
        http: HttpClient | None = None,
        profile: ServerProfile | None = None,
        cancelled: Cancelled | None = None,
        proxy: str | None = None,
    ) -> None:
        self.api_url = api_url.rstrip("/")
        #: The account's own route (``direct`` or a proxy); None: the program's.
        self.proxy = proxy
        self.profile = profile or profile_for(self.api_url)
        self._own_http = http is None
        self.http = http or HttpClient(accept="application/json, text/plain;q=0.9, */*;q=0.5")
        self.cancelled = cancelled
        self._auth: str | None = None
        self._token: str | None = None

    def close(self) -> None:
        if self._own_http:
            self.http.close()

    def __enter__(self) -> GReaderClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- plumbing ---------------------------------------------------------------

    def _call(
        self,
        method: str,
        path: str,
        *,
        query: Sequence[tuple[str, str]] = (),
        form: Sequence[tuple[str, str]] | None = None,
    ) -> bytes:
        url = f"{self.api_url}/{path}"
        if query:
            url += "?" + urlencode(list(query))
        headers = dict(self.profile.headers)
        if self._auth is not None:
            headers["Authorization"] = f"GoogleLogin auth={self._auth}"
        body = None
        if form is not None:
            body = urlencode(list(form)).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            status, data = self.http.call(
                method, url, headers=headers, body=body, cancelled=self.cancelled, proxy=self.proxy
            )
        except FetchError as exc:
            raise SyncError(str(exc), problem=exc.problem) from exc
        if status in (401, 403):
            raise SyncError(
                "the server refused the user name or password"
                if path.endswith("ClientLogin")
                else f"the server refused access ({status}); log in again",
                problem=FetchProblem.AUTH,
            )
        if status == 429 or status == 503:
            raise SyncError(
                f"the server is busy or over its quota ({status}); try later",
                problem=FetchProblem.RATE_LIMITED,
            )
        if status == 404 or (status in (400, 405) and path.endswith("ClientLogin")):
            raise SyncError(
                f"no Google Reader API at this address ({status}); for FreshRSS it ends in "
                "/api/greader.php"
            )
        if status != 200:
            raise SyncError(f"the server answered {status}")
        return data

    def _json(self, path: str, query: Sequence[tuple[str, str]] = ()) -> dict[str, Any]:
        data = self._call("GET", path, query=[*query, ("output", "json")])
        return _decode(data)

    # -- session ------------------------------------------------------------------

    def login(self, username: str, password: str) -> None:
        """ClientLogin: the password goes in this POST's body and is not kept."""
        data = self._call(
            "POST", "accounts/ClientLogin", form=[("Email", username), ("Passwd", password)]
        )
        for line in data.decode("utf-8", "replace").splitlines():
            key, _, value = line.partition("=")
            if key.strip() == "Auth" and value.strip():
                self._auth = value.strip()
                return
        raise SyncError("the server's login answer had no session token (Auth=)")

    def token(self) -> str:
        """The action token every POST that changes something carries as ``T``."""
        if self._token is None:
            self._token = self._call("GET", "reader/api/0/token").decode().strip()
        return self._token

    def _edit(self, path: str, form: list[tuple[str, str]]) -> None:
        """POST a change; a stale action token is fetched once more and retried."""
        for attempt in range(2):
            try:
                data = self._call("POST", path, form=[*form, ("T", self.token())])
            except SyncError as exc:
                if attempt == 0 and exc.problem is FetchProblem.AUTH:
                    self._token = None
                    continue
                raise
            answer = data.decode("utf-8", "replace").strip()
            if answer and answer != "OK" and not answer.startswith("{"):
                raise SyncError(f"the server did not accept the change ({answer[:80]})")
            return

    # -- reading ------------------------------------------------------------------

    def subscriptions(self) -> list[Subscription]:
        """The subscription list, refused whole when it is not the shape the protocol defines.

        A sync removes here what the list no longer has, so a list read
        leniently (a dict taken for "none", an entry without a readable id
        skipped) would remove the user's sources: any doubt is an error.
        """
        answer = self._json("reader/api/0/subscription/list")
        found = answer.get("subscriptions")
        if not isinstance(found, list):
            raise SyncError(
                "the server's subscription list is malformed ('subscriptions' is "
                f"{_kind(found)}, not a list)",
            )
        result = []
        for number, sub in enumerate(found, 1):
            stream = sub.get("id") if isinstance(sub, dict) else None
            if not isinstance(sub, dict) or not isinstance(stream, str) or not stream.strip():
                raise SyncError(
                    f"the server's subscription list is malformed (entry {number} has "
                    f"{'no readable id' if isinstance(sub, dict) else 'the shape ' + _kind(sub)})",
                )
            categories = sub.get("categories") or []
            folders = tuple(
                str(c.get("label") or str(c.get("id", "")).removeprefix(LABEL))
                for c in (categories if isinstance(categories, list) else [])
                if isinstance(c, dict) and str(c.get("id", "")).startswith(("user/", LABEL))
            )
            result.append(
                Subscription(
                    stream_id=stream,
                    title=str(_text(sub.get("title")) or _text(sub.get("url")) or stream),
                    url=_text(sub.get("url")),
                    site_url=_text(sub.get("htmlUrl")),
                    folders=tuple(f for f in folders if f),
                )
            )
        return result

    def folders(self) -> list[str]:
        """The labels used as folders (``tag/list``), without the states."""
        tags = self._json("reader/api/0/tag/list").get("tags", [])
        names = []
        for tag in tags if isinstance(tags, list) else []:
            tag_id = str(tag.get("id", "")) if isinstance(tag, dict) else ""
            if "/label/" in tag_id:
                names.append(tag_id.split("/label/", 1)[1])
        return names

    def item_ids(
        self, stream: str = READING_LIST, *, since: int | None = None, exclude: str | None = None
    ) -> Iterator[str]:
        """Every item id of a stream, newest first (bounded as :class:`IdWalk` is)."""
        from reader.core.sync.paging import IdWalk

        walk = IdWalk(self, stream, since=since, exclude=exclude)
        for page in walk.pages():
            yield from page

    def id_page(
        self, stream: str, *, since: int | None, exclude: str | None, continuation: str | None
    ) -> tuple[list[str], int, str | None]:
        """One page of ``stream/items/ids``: (readable ids, unreadable ones, continuation).

        Refused whole when the answer is not the protocol's shape; a single
        id that cannot be read is counted and left out (it would otherwise
        stop every sync, for ever).
        """
        query = [("s", stream), ("n", str(self.profile.ids_page))]
        if since:
            query.append(("ot", str(since)))
        if exclude:
            query.append(("xt", exclude))
        if continuation:
            query.append(("c", continuation))
        page = self._json("reader/api/0/stream/items/ids", query)
        refs = page.get("itemRefs", [])
        if refs is None:
            refs = []
        if not isinstance(refs, list):
            raise SyncError(
                f"the server's list of item ids is malformed ('itemRefs' is {_kind(refs)})",
            )
        after = page.get("continuation")
        if after is not None and not isinstance(after, str | int):
            raise SyncError(
                f"the server's list of item ids is malformed ('continuation' is {_kind(after)})",
            )
        ids: list[str] = []
        unreadable = 0
        for ref in refs:
            raw = ref.get("id") if isinstance(ref, dict) else None
            if isinstance(raw, bool) or not isinstance(raw, str | int):
                unreadable += 1
                continue
            try:
                ids.append(short_id(str(raw)))
            except SyncError:
                unreadable += 1
        return ids, unreadable, (str(after).strip() or None) if after is not None else None

    def items(self, ids: Sequence[str]) -> Iterator[list[Item]]:
        """Item bodies, one batch (a POST) at a time."""
        size = self.profile.contents_batch
        for start in range(0, len(ids), size):
            batch = ids[start : start + size]
            data = self._call(
                "POST",
                "reader/api/0/stream/items/contents",
                query=[("output", "json")],
                form=[("i", i) for i in batch],
            )
            yield [
                replace(item, sha256=sha256)
                for raw, sha256 in _items_as_received(data)
                if (item := _item(raw)) is not None
            ]

    # -- writing ------------------------------------------------------------------

    def edit_tag(
        self, ids: Sequence[str], *, add: str | None = None, remove: str | None = None
    ) -> None:
        """Set or clear a state (read, starred) on items, in the server's batch size."""
        size = self.profile.edit_batch
        for start in range(0, len(ids), size):
            form = [("i", i) for i in ids[start : start + size]]
            if add:
                form.append(("a", add))
            if remove:
                form.append(("r", remove))
            self._edit("reader/api/0/edit-tag", form)

    def subscribe(
        self, feed_url: str, *, title: str | None = None, folder: str | None = None
    ) -> None:
        form = [("ac", "subscribe"), ("s", f"feed/{feed_url}")]
        if title:
            form.append(("t", title))
        if folder:
            form.append(("a", LABEL + folder))
        self._edit("reader/api/0/subscription/edit", form)

    def unsubscribe(self, stream_id: str) -> None:
        self._edit("reader/api/0/subscription/edit", [("ac", "unsubscribe"), ("s", stream_id)])

    def edit_subscription(
        self,
        stream_id: str,
        *,
        title: str | None = None,
        add_folder: str | None = None,
        remove_folder: str | None = None,
    ) -> None:
        """Rename, or move between folders (``a=``/``r=`` labels)."""
        form = [("ac", "edit"), ("s", stream_id)]
        if title:
            form.append(("t", title))
        if add_folder:
            form.append(("a", LABEL + add_folder))
        if remove_folder:
            form.append(("r", LABEL + remove_folder))
        self._edit("reader/api/0/subscription/edit", form)


def _decode(data: bytes) -> dict[str, Any]:
    try:
        value = json.loads(data)
    except ValueError as exc:
        raise SyncError("the server's answer is not JSON (is this a Google Reader API?)") from exc
    if not isinstance(value, dict):
        raise SyncError("the server's answer is not what the Google Reader API sends")
    return value


def _items_as_received(data: bytes) -> list[tuple[Any, str | None]]:
    """Each item of a contents answer with the SHA-256 of its bytes as received (provenance).

    Sliced from the body, never serialized again (that would not be the bytes
    the server sent: key order, escapes and spaces change). An answer that
    cannot be sliced still gives its items, with no hash (the provenance then
    says so) rather than a hash of something else.
    """
    pieces = json_items(data)
    if pieces is not None:
        return [(raw, sha256_hex(piece)) for raw, piece in pieces]
    found = _decode(data).get("items", [])
    if not isinstance(found, list):
        raise SyncError(
            f"the server's item bodies are malformed ('items' is {_kind(found)})",
        )
    return [(raw, None) for raw in found]


def _kind(value: object) -> str:
    """What a JSON value is, for a message about a malformed answer."""
    names = {dict: "an object", list: "a list", str: "a string", bool: "true/false"}
    if value is None:
        return "missing"
    return names.get(type(value), "a number" if isinstance(value, int | float) else "unknown")


def _text(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _href(links: object) -> str | None:
    """The first web address of a link list; a server's other schemes are not kept
    (the article's link is opened in a browser when clicked)."""
    if isinstance(links, list):
        for link in links:
            href = link.get("href") if isinstance(link, dict) else None
            if isinstance(href, str) and href.strip().lower().startswith(("http://", "https://")):
                return href.strip()
    return None


def _item(raw: object) -> Item | None:
    """One item body; a malformed one is skipped (it comes again next time)."""
    if not isinstance(raw, dict) or "id" not in raw:
        return None
    try:
        item_id = short_id(str(raw["id"]))
    except SyncError:
        return None
    body = raw.get("content") or raw.get("summary") or {}
    html = str(body.get("content") or "") if isinstance(body, dict) else ""
    origin = raw.get("origin") if isinstance(raw.get("origin"), dict) else {}
    categories = [str(c) for c in raw.get("categories") or [] if isinstance(c, str)]
    published = raw.get("published")
    crawled = raw.get("crawlTimeMsec") or raw.get("timestampUsec")
    try:
        usec = int(raw["timestampUsec"]) if raw.get("timestampUsec") else int(crawled or 0) * 1000
    except (TypeError, ValueError):
        usec = 0
    return Item(
        id=item_id,
        stream_id=str((origin or {}).get("streamId") or ""),
        title=str(raw.get("title") or ""),
        link=_href(raw.get("canonical")) or _href(raw.get("alternate")) or "",
        html=html,
        author=_text(raw.get("author")),
        published=(
            datetime.fromtimestamp(int(published), UTC)
            if isinstance(published, int | float) and published > 0
            else None
        ),
        crawled_usec=usec,
        read=any(c.endswith("/state/com.google/read") for c in categories),
        starred=any(c.endswith("/state/com.google/starred") for c in categories),
        labels=tuple(c.split("/label/", 1)[1] for c in categories if "/label/" in c),
        remote_id=str(raw["id"]),
    )
