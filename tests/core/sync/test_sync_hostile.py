"""A sync against a hostile Google Reader API server: nothing of the user's lost, nothing endless"""

from __future__ import annotations

import pytest

from reader.core.library import Store
from reader.core.sync import engine, paging
from reader.core.tasks import TaskOptions
from tests.support.hostile_greader import HostileGReader, Request, stream_item

pytestmark = pytest.mark.usefixtures("memory_keyring")


@pytest.fixture
def server():
    hostile = HostileGReader()
    yield hostile
    hostile.close()


def _ids(*numbers: int, continuation: str | None = None) -> dict[str, object]:
    page: dict[str, object] = {"itemRefs": [{"id": str(n)} for n in numbers]}
    if continuation:
        page["continuation"] = continuation
    return page


def _account(store: Store, server: HostileGReader) -> int:
    account_id, _ = engine.add_account(store, server.api_url, "ana", "pw", name="Wire desk")
    return account_id


def _sync(store: Store, account_id: int) -> engine.SyncResult:
    return engine.sync_account(
        store, store.get_account(account_id), options=TaskOptions(images=False)
    )


def _good_first_sync(store: Store, server: HostileGReader) -> int:
    """An account with two subscriptions and four articles, one starred and tagged."""
    server.routes["subscription/list"] = lambda r: {
        "subscriptions": [
            {"id": "feed/1", "title": "Wire"},
            {"id": "feed/2", "title": "Courts"},
        ]
    }
    # Item 4 (the newest) is starred on the server too, as it will be after the sync.
    server.routes["stream/items/ids"] = lambda r: (
        _ids(4) if r.arg("s").endswith("starred") else _ids(1, 2, 3, 4)
    )
    server.routes["stream/items/contents"] = server.contents_of(
        lambda n: stream_item(n, "feed/1" if n <= 2 else "feed/2")
    )
    account_id = _account(store, server)
    assert _sync(store, account_id).ok
    assert store.count() == 4
    first = store.article_ids()[0]
    store.mark([first], starred=True)
    store.tag_articles([first], add=["inquiry"])
    return account_id


@pytest.mark.parametrize(
    "answer, why",
    [
        ({"subscriptions": {"id": "x"}}, "'subscriptions' is an object, not a list"),
        ({"subscriptions": [{"id": "feed/1"}, {"id": 2}]}, "entry 2 has no readable id"),
        ({}, "'subscriptions' is missing"),
    ],
)
def test_a_malformed_subscription_list_removes_nothing(tmp_path, server, answer, why):
    with Store.open(tmp_path / "lib.sqlite") as store:
        account_id = _good_first_sync(store, server)
        before = {s.title for s in store.sources()}
        server.routes["subscription/list"] = lambda r: answer
        result = _sync(store, account_id)
        assert not result.ok
        assert "subscription list is malformed" in (result.error or "")
        assert why in (result.error or "")
        assert "nothing was removed" in (result.error or "")
        assert result.sources_removed == ()
        assert {s.title for s in store.sources()} == before and store.count() == 4
        assert store.totals()[2] == 1 and store.tags()[0].total == 1
        assert store.get_account(account_id).last_error == result.error
        # The next sync, with a good answer again, works and changes nothing.
        server.routes["subscription/list"] = lambda r: {
            "subscriptions": [
                {"id": "feed/1", "title": "Wire"},
                {"id": "feed/2", "title": "Courts"},
            ]
        }
        again = _sync(store, account_id)
        assert again.ok and store.count() == 4 and store.totals()[2] == 1


def test_new_ids_on_every_page_stop_at_the_cap(tmp_path, server, monkeypatch):
    monkeypatch.setattr(paging, "MAX_ID_PAGES", 20)

    def endless(request: Request) -> dict[str, object]:
        page = int(request.arg("c") or 0)
        if page >= 300:  # so that a client without bounds ends, and the test can fail
            return _ids()
        return _ids(*range(page * 10 + 1, page * 10 + 11), continuation=str(page + 1))

    server.routes["stream/items/ids"] = endless
    server.routes["stream/items/contents"] = server.contents_of(stream_item)
    with Store.open(tmp_path / "lib.sqlite") as store:
        account_id = _account(store, server)
        result = _sync(store, account_id)
        assert result.ok, result.error
        # New items, then unread and starred: each walk stops at 20 pages.
        assert server.hits["stream/items/ids"] <= 3 * 20
        assert result.added == 200 == store.count()
        assert "new items: stopped after 20 pages of item ids" in result.notes
        assert "stopped after 20 pages" in engine.describe(result)


def test_the_same_page_with_a_constant_continuation_stops(tmp_path, server):
    calls = []

    def constant(request: Request) -> dict[str, object]:
        calls.append(request.arg("c"))
        if len(calls) >= 300:
            return _ids()
        return _ids(*range(1, 11), continuation="again")

    server.routes["stream/items/ids"] = constant
    server.routes["stream/items/contents"] = server.contents_of(stream_item)
    with Store.open(tmp_path / "lib.sqlite") as store:
        account_id = _account(store, server)
        result = _sync(store, account_id)
        assert result.ok, result.error
        assert len(calls) <= 3 * 2
        assert result.added == 10
        assert any("same item ids again" in note for note in result.notes)


def test_a_constant_continuation_with_new_ids_stops(tmp_path, server):
    pages = iter(range(1, 10_000))

    def constant(request: Request) -> dict[str, object]:
        n = next(pages)
        return _ids(n, continuation="same") if n < 300 else _ids()

    server.routes["stream/items/ids"] = constant
    server.routes["stream/items/contents"] = server.contents_of(stream_item)
    with Store.open(tmp_path / "lib.sqlite") as store:
        result = _sync(store, _account(store, server))
        assert result.ok, result.error
        assert server.hits["stream/items/ids"] <= 3 * 2
        assert any("same continuation token again" in note for note in result.notes)


def test_items_are_stored_page_by_page(tmp_path, server):
    """The second page is asked for only once the first page's items are in the library."""
    stored_before_page_2 = []

    def two_pages(request: Request) -> dict[str, object]:
        if request.arg("xt") or not request.arg("s").endswith("reading-list"):
            return _ids()
        if request.arg("c") == "2":
            with Store.open(tmp_path / "lib.sqlite") as other:
                stored_before_page_2.append(other.count())
            return _ids(3, 4)
        return _ids(1, 2, continuation="2")

    server.routes["stream/items/ids"] = two_pages
    server.routes["stream/items/contents"] = server.contents_of(stream_item)
    with Store.open(tmp_path / "lib.sqlite") as store:
        result = _sync(store, _account(store, server))
        assert result.ok and result.added == 4
    assert stored_before_page_2 == [2]


def test_an_unreadable_id_is_skipped_and_said(tmp_path, server):
    server.routes["stream/items/ids"] = lambda r: {
        "itemRefs": [{"id": "1"}, {"id": ["x"]}, {"id": "2"}, {"id": "not-hex!"}]
    }
    server.routes["stream/items/contents"] = server.contents_of(stream_item)
    with Store.open(tmp_path / "lib.sqlite") as store:
        account_id = _account(store, server)
        result = _sync(store, account_id)
        assert result.ok, result.error
        assert result.added == 2
        assert "new items: skipped 2 item ids the server sent in a form that cannot be read" in (
            result.notes
        )
        assert _sync(store, account_id).ok


def test_malformed_item_ids_answer_is_an_error(tmp_path, server):
    server.routes["stream/items/ids"] = lambda r: {"itemRefs": {"id": "1"}}
    with Store.open(tmp_path / "lib.sqlite") as store:
        result = _sync(store, _account(store, server))
        assert not result.ok
        assert "list of item ids is malformed ('itemRefs' is an object)" in (result.error or "")


def test_look_alike_items_with_their_own_addresses_are_kept_apart(tmp_path, server):
    title = "A very long headline about the same inquiry " * 12
    body = "<p>" + "The same standfirst, word for word, in every item. " * 40 + "</p>"
    server.routes["stream/items/ids"] = lambda r: (
        _ids(*range(1, 41)) if not r.arg("xt") and r.arg("s").endswith("reading-list") else _ids()
    )
    server.routes["stream/items/contents"] = server.contents_of(
        lambda n: stream_item(n, title=title, content={"content": body})
    )
    with Store.open(tmp_path / "lib.sqlite") as store:
        result = _sync(store, _account(store, server))
        assert result.ok, result.error
        assert result.added == 40 == store.count()
        urls = {store.get_article(i).url for i in store.article_ids()}
        assert len(urls) == 40
