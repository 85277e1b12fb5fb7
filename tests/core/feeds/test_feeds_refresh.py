"""Refreshing subscriptions from a real local server into a real library."""

from __future__ import annotations

import base64
import gzip
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime, timedelta

import keyring
import pytest
from werkzeug import Request, Response

from reader.core.errors import ReaderError
from reader.core.feeds.refresh import FeedStatus, refresh_sources
from reader.core.feeds.subscriptions import edit_feed, remove_feed, subscribe
from reader.core.library import Store
from reader.core.models import ArticleQuery
from reader.core.net.credentials import PasswordStore, forget_session_passwords, keyring_status
from reader.core.net.http import HttpClient, Timeouts
from reader.core.tasks import TaskOptions
from tests.support.feedkit import CONTENT_TYPES, FORMATS, basic_auth_feed, basic_token, items, rss20

SECRET = "correct horse battery staple"


@pytest.fixture
def no_keyring():
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    forget_session_passwords()
    yield
    keyring.set_keyring(previous)
    forget_session_passwords()


def fast_client() -> HttpClient:
    return HttpClient(timeouts=Timeouts(connect=2, read=1, total=5))


def add(store: Store, url: str, **kwargs) -> int:
    return subscribe(store, url, find_feed=False, **kwargs).source_id


def serve(httpserver, path: str, body: bytes, content_type: str = "application/rss+xml"):
    httpserver.expect_request(path).respond_with_data(body, content_type=content_type)
    return httpserver.url_for(path)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_each_format_refreshes_into_the_library(httpserver, store, fmt):
    url = serve(httpserver, f"/{fmt}", FORMATS[fmt](items(4)), CONTENT_TYPES[fmt])
    source_id = add(store, url)
    [result] = refresh_sources(store, client=fast_client())
    assert result.status is FeedStatus.UPDATED, result.error
    assert result.added == 4 and result.error is None
    source = store.get_source(source_id)
    assert source.title.startswith("Example") and source.total == 4
    assert source.last_error is None and source.last_checked is not None
    [hit] = store.list_articles(ArticleQuery(search="李强 story 2"))
    article = store.get_article(hit.id)
    assert "facebook" not in article.html and "feedx" not in article.html


def test_second_refresh_is_conditional_and_adds_nothing(httpserver, store):
    body = rss20(items(3))
    seen: list[dict[str, str]] = []

    def handler(request: Request) -> Response:
        seen.append(dict(request.headers))
        if (
            request.headers.get("If-None-Match") == '"abc"'
            or request.headers.get("If-Modified-Since") == "Wed, 19 Jul 2023 10:00:00 GMT"
        ):
            return Response(status=304)
        return Response(
            body,
            content_type="application/rss+xml",
            headers={"ETag": '"abc"', "Last-Modified": "Wed, 19 Jul 2023 10:00:00 GMT"},
        )

    httpserver.expect_request("/feed").respond_with_handler(handler)
    add(store, httpserver.url_for("/feed"))
    [first] = refresh_sources(store, client=fast_client())
    assert first.added == 3 and "If-None-Match" not in seen[0]
    before = store.count()
    [second] = refresh_sources(store, client=fast_client())
    assert second.status is FeedStatus.NOT_MODIFIED and second.added == 0
    assert seen[1]["If-None-Match"] == '"abc"'
    assert seen[1]["If-Modified-Since"] == "Wed, 19 Jul 2023 10:00:00 GMT"
    assert store.count() == before
    # The 304 carried no validators: the stored ones still hold for the next time.
    [third] = refresh_sources(store, client=fast_client())
    assert third.status is FeedStatus.NOT_MODIFIED
    assert seen[2]["If-None-Match"] == '"abc"'


def test_last_modified_alone_is_used(httpserver, store):
    def handler(request: Request) -> Response:
        if request.headers.get("If-Modified-Since") == "Wed, 19 Jul 2023 10:00:00 GMT":
            return Response(status=304)
        return Response(rss20(items(1)), headers={"Last-Modified": "Wed, 19 Jul 2023 10:00:00 GMT"})

    httpserver.expect_request("/feed").respond_with_handler(handler)
    add(store, httpserver.url_for("/feed"))
    assert refresh_sources(store)[0].added == 1
    assert refresh_sources(store)[0].status is FeedStatus.NOT_MODIFIED


def test_gzip_feed(httpserver, store):
    httpserver.expect_request("/feed").respond_with_data(
        gzip.compress(rss20(items(2))), headers={"Content-Encoding": "gzip"}
    )
    add(store, httpserver.url_for("/feed"))
    assert refresh_sources(store)[0].added == 2


def test_changed_feed_adds_only_new_items_and_keeps_vanished_ones(httpserver, store):
    httpserver.expect_oneshot_request("/feed").respond_with_data(rss20(items(3)))
    httpserver.expect_oneshot_request("/feed").respond_with_data(rss20(items(3, start=2)))
    source_id = add(store, httpserver.url_for("/feed"))
    assert refresh_sources(store)[0].added == 3
    second = refresh_sources(store)[0]
    assert (second.added, second.duplicates) == (2, 1)
    assert store.get_source(source_id).total == 5  # items 0 and 1 left the feed, not the cache


def test_permanent_redirect_moves_the_subscription_temporary_does_not(httpserver, store):
    httpserver.expect_request("/old").respond_with_data("", 301, {"Location": "/new"})
    httpserver.expect_request("/temp").respond_with_data("", 302, {"Location": "/new"})
    httpserver.expect_request("/new").respond_with_data(rss20(items(1)))
    moved = add(store, httpserver.url_for("/old"))
    [result] = refresh_sources(store, [moved])
    assert result.moved_to == httpserver.url_for("/new")
    assert store.get_source(moved).feed_url == httpserver.url_for("/new")
    temp = add(store, httpserver.url_for("/temp"))
    [result] = refresh_sources(store, [temp])
    assert result.moved_to is None and result.ok
    assert store.get_source(temp).feed_url == httpserver.url_for("/temp")


@pytest.mark.parametrize("status, words", [(404, "404"), (500, "500"), (410, "410")])
def test_errors_are_kept_on_the_source_and_old_articles_stay(httpserver, store, status, words):
    httpserver.expect_oneshot_request("/feed").respond_with_data(rss20(items(2)))
    httpserver.expect_request("/feed").respond_with_data("gone", status=status)
    source_id = add(store, httpserver.url_for("/feed"))
    assert refresh_sources(store)[0].added == 2
    [result] = refresh_sources(store)
    assert result.status is FeedStatus.FAILED and words in (result.error or "")
    source = store.get_source(source_id)
    assert source.last_error == result.error and source.total == 2
    httpserver.clear()
    httpserver.expect_request("/feed").respond_with_data(rss20(items(2)))
    assert refresh_sources(store)[0].ok
    assert store.get_source(source_id).last_error is None


def test_timeout_and_bad_feed_and_one_bad_feed_does_not_stop_the_others(httpserver, store):
    def slow(request: Request) -> Response:
        time.sleep(1.5)
        return Response(rss20(items(1)))

    httpserver.expect_request("/slow").respond_with_handler(slow)
    good = add(store, serve(httpserver, "/good", rss20(items(2))))
    junk = add(
        store, serve(httpserver, "/junk", b"<html><body>not a feed</body></html>", "text/html")
    )
    slow_id = add(store, httpserver.url_for("/slow"))
    results = {r.source_id: r for r in refresh_sources(store, client=fast_client())}
    assert results[good].added == 2
    assert results[junk].status is FeedStatus.FAILED and "not a feed" in (results[junk].error or "")
    assert results[slow_id].status is FeedStatus.FAILED
    assert "too long" in (results[slow_id].error or "")
    assert store.get_source(junk).last_error == results[junk].error


def test_malformed_feed_is_read_with_a_warning(httpserver, store):
    body = rss20(items(2)).replace(b"</channel>", b"<oops></channel>")
    add(store, serve(httpserver, "/feed", body))
    [result] = refresh_sources(store)
    assert result.status is FeedStatus.UPDATED and result.added == 2
    assert result.warning and "damaged" in result.warning


def test_endless_response_is_cut_at_the_cap(httpserver, store):
    def endless(request: Request) -> Response:
        def chunks():
            yield b'<?xml version="1.0"?><rss version="2.0"><channel>'
            for _ in range(5000):
                yield b"<item><title>x</title></item>" * 300

        return Response(chunks(), content_type="application/rss+xml")

    httpserver.expect_request("/endless").respond_with_handler(endless)
    source_id = add(store, httpserver.url_for("/endless"))
    client = HttpClient(max_bytes=200_000)
    [result] = refresh_sources(store, client=client)
    assert result.status is FeedStatus.FAILED and "larger than" in (result.error or "")
    assert store.get_source(source_id).total == 0


def test_retry_after_is_honoured(httpserver, store):
    now = datetime.now(UTC)
    httpserver.expect_request("/feed").respond_with_data("", 429, {"Retry-After": "3600"})
    source_id = add(store, httpserver.url_for("/feed"))
    [result] = refresh_sources(store)
    assert result.status is FeedStatus.FAILED and "429" in (result.error or "")
    assert store.get_source(source_id).retry_after is not None
    requests = len(httpserver.log)
    [result] = refresh_sources(store)
    assert result.status is FeedStatus.DEFERRED
    assert len(httpserver.log) == requests  # the server was left alone
    later = now + timedelta(hours=2)
    httpserver.clear()
    httpserver.expect_request("/feed").respond_with_data(rss20(items(1)))
    [result] = refresh_sources(store, clock=lambda: later)
    assert result.ok and store.get_source(source_id).retry_after is None


def test_private_feed_401_then_success_with_the_keyring_password(
    httpserver, store, db_path, memory_keyring
):
    token = basic_token("ana", SECRET)
    handler = basic_auth_feed("ana", SECRET, rss20(items(2)), "application/rss+xml")

    httpserver.expect_request("/private").respond_with_handler(handler)
    url = httpserver.url_for("/private")
    source_id = add(store, url, username="ana")
    [result] = refresh_sources(store)
    assert result.status is FeedStatus.NEEDS_PASSWORD
    assert "password" in (result.error or "")

    outcome = edit_feed(store, source_id, password=SECRET)
    assert outcome is not None and outcome.in_keyring
    assert memory_keyring.passwords == {("offline-reader", url): SECRET}
    [result] = refresh_sources(store)
    assert result.status is FeedStatus.UPDATED and result.added == 2
    authorized = [r for r, _ in httpserver.log if "Authorization" in r.headers]
    assert authorized and all(r.headers["Authorization"] == token for r in authorized)

    store.close()
    raw = b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*"))
    assert SECRET.encode() not in raw
    assert base64.b64encode(f"ana:{SECRET}".encode()) not in raw
    with Store.open(db_path) as again:
        assert again.get_source(source_id).username == "ana"
        remove_feed(again, source_id)
    assert memory_keyring.passwords == {}


def test_password_in_the_url_goes_to_the_keyring(store, db_path, memory_keyring):
    sub = subscribe(store, f"https://ana:{SECRET}@private.example/feed", find_feed=False)
    assert sub.feed_url == "https://private.example/feed" and sub.password.in_keyring
    assert store.get_source(sub.source_id).username == "ana"
    store.close()
    raw = b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*"))
    assert SECRET.encode() not in raw and b"private.example" in raw


def test_without_a_keyring_the_password_lives_for_the_session_only(
    httpserver, store, db_path, no_keyring
):
    status = keyring_status()
    assert not status.usable and "no usable keyring" in (status.message or "")
    handler = basic_auth_feed("ana", SECRET, rss20(items(1)))

    httpserver.expect_request("/private").respond_with_handler(handler)
    url = httpserver.url_for("/private")
    sub = subscribe(store, url, username="ana", password=SECRET, find_feed=False)
    assert sub.password is not None and not sub.password.in_keyring
    assert "no usable keyring" in (sub.password.message or "")
    assert refresh_sources(store)[0].added == 1
    forget_session_passwords()  # the program was closed
    [result] = refresh_sources(store, [sub.source_id])
    assert result.status is FeedStatus.NEEDS_PASSWORD
    assert "for this session" in (result.error or "")
    PasswordStore().remember_for_session(url, SECRET)
    assert refresh_sources(store)[0].ok
    store.close()
    raw = b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*"))
    assert SECRET.encode() not in raw


def test_moved_feed_takes_its_password_along(httpserver, store, memory_keyring):
    source_id = add(store, "https://old.example/feed", username="ana", password=SECRET)
    edit_feed(store, source_id, feed_url="https://new.example/feed", title="Renamed", folder="Asia")
    assert memory_keyring.passwords == {("offline-reader", "https://new.example/feed"): SECRET}
    source = store.get_source(source_id)
    assert (source.title, source.folder, source.feed_url) == (
        "Renamed",
        "Asia",
        "https://new.example/feed",
    )
    edit_feed(store, source_id, username="")
    assert memory_keyring.passwords == {}
    assert store.get_source(source_id).username is None
    with pytest.raises(ReaderError, match="needs a user name"):
        edit_feed(store, source_id, password="lonely")
    assert memory_keyring.passwords == {}


def test_retention_deletes_old_unstarred_and_skips_old_items(httpserver, store):
    old = items(2)
    recent = [
        item.__class__(
            item.title + " new",
            item.link + "&n",
            item.body + "<p>new</p>",
            guid=f"{item.guid}-new",
            date=datetime.now(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT"),
        )
        for item in items(2, start=10)
    ]
    httpserver.expect_request("/feed").respond_with_data(rss20(old + recent))
    source_id = add(store, httpserver.url_for("/feed"))
    assert refresh_sources(store)[0].added == 4
    starred = store.list_articles(ArticleQuery(search="story 0"))[0].id
    store.mark([starred], starred=True)
    store.set_retention(source_id, 30)
    [result] = refresh_sources(store)
    assert result.added == 0
    remaining = {a.title for a in store.list_articles()}
    assert remaining == {"Story 0: 李强 met envoys", *(r.title for r in recent)}


def test_many_feeds_in_worker_processes_and_progress(httpserver, store):
    for n in range(5):
        add(store, serve(httpserver, f"/f{n}", rss20(items(3, start=10 * n))))
    seen = []
    landed = []
    results = refresh_sources(
        store,
        options=TaskOptions(
            progress=lambda done, total: seen.append((done, total)),
            executor_factory=lambda: ProcessPoolExecutor(max_workers=2),
        ),
        on_result=landed.append,
    )
    assert [r.added for r in results] == [3] * 5
    assert seen[0] == (0, 5) and seen[-1] == (5, 5)
    assert len(landed) == 5 and store.count() == 15


def test_cancel_returns_promptly_and_keeps_what_was_written(httpserver, store):
    release = threading.Event()

    def stuck(request: Request) -> Response:
        release.wait(5)
        return Response(rss20(items(1)))

    httpserver.expect_request("/stuck").respond_with_handler(stuck)
    add(store, httpserver.url_for("/stuck"))
    flag = threading.Event()
    timer = threading.Timer(0.3, flag.set)
    timer.start()
    started = time.monotonic()
    try:
        [result] = refresh_sources(
            store,
            options=TaskOptions(cancelled=flag.is_set),
            client=HttpClient(timeouts=Timeouts(read=10)),
        )
        elapsed = time.monotonic() - started
    finally:
        release.set()
        timer.cancel()
    assert result.status is FeedStatus.CANCELLED
    assert elapsed < 2
    assert store.count() == 0


def test_refresh_takes_a_path_for_use_from_a_worker_thread(httpserver, db_path):
    with Store.open(db_path) as store:
        add(store, serve(httpserver, "/feed", rss20(items(2))))
    box = []
    worker = threading.Thread(target=lambda: box.extend(refresh_sources(db_path)))
    worker.start()
    worker.join(30)
    assert box and box[0].added == 2


def test_discovery_through_a_page(httpserver, store):
    page = (
        "<html><head><title>Site</title>"
        '<link rel="alternate" type="application/rss+xml" title="All" href="/rss.xml">'
        '<link rel="alternate" type="application/atom+xml" href="atom.xml">'
        '<link rel="alternate" type="text/html" href="/other">'
        '<link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">'
        "</head><body>hello</body></html>"
    )
    httpserver.expect_request("/news/").respond_with_data(page, content_type="text/html")
    httpserver.expect_request("/rss.xml").respond_with_data(rss20(items(1)))
    sub = subscribe(store, httpserver.url_for("/news/"), folder="Daily")
    assert sub.feed_url == httpserver.url_for("/rss.xml")
    assert [f.url for f in sub.alternatives] == [httpserver.url_for("/news/atom.xml")]
    source = store.get_source(sub.source_id)
    assert source.site_url == httpserver.url_for("/news/") and source.folder == "Daily"
    with pytest.raises(Exception, match="already subscribed"):
        subscribe(store, httpserver.url_for("/rss.xml"))


def test_items_already_stored_are_not_cleaned_again(httpserver, store, monkeypatch):
    from reader.core.feeds import parse as feedparse

    httpserver.expect_oneshot_request("/feed").respond_with_data(rss20(items(5)))
    httpserver.expect_oneshot_request("/feed").respond_with_data(rss20(items(6)))
    add(store, httpserver.url_for("/feed"))
    assert refresh_sources(store)[0].added == 5
    cleaned = []
    real = feedparse.clean_article
    monkeypatch.setattr(
        feedparse, "clean_article", lambda html, base: cleaned.append(base) or real(html, base)
    )
    [result] = refresh_sources(store)
    assert (result.added, result.duplicates) == (1, 5)
    assert cleaned == ["https://news.example/a/5"]
