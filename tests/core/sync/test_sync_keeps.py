"""A sync account never takes the user's work with it; it asks for a password it lost."""

from __future__ import annotations

import pytest

from reader.core.content.anchors import quote_selector
from reader.core.library import Store
from reader.core.models import ArticleQuery
from reader.core.net.credentials import PasswordStore, forget_session_passwords
from reader.core.sync import accounts, engine
from reader.core.sync.greader import STARRED
from reader.core.tasks import TaskOptions
from tests.support.feedkit import items, rss20
from tests.support.freshrss import client_for, subscribe
from tests.support.hostile_greader import HostileGReader, stream_item


def _my_work(store: Store, source_id: int) -> list[int]:
    """Star one article of the source, tag another, highlight a third with a note."""
    ids = store.article_ids(ArticleQuery(source_ids=(source_id,)))
    store.mark([ids[0]], starred=True)
    store.tag_articles([ids[1]], add=["africa desk"])
    anchor = quote_selector(store.get_article(ids[2]).text, "climate talks")
    assert anchor is not None
    store.add_highlight(ids[2], anchor, note="ask the envoy")
    return ids


def test_an_unsubscribe_on_freshrss_keeps_the_users_articles(
    tmp_path, feed_server, greader_user, memory_keyring
):
    path = f"/{greader_user.username}/africa.xml"
    feed_server.files[path] = rss20(
        items(5, prefix=f"https://af.example/{greader_user.username}/", start=500), "Africa"
    )
    subscribe(greader_user, feed_server.url(path), folder="Africa")
    with Store.open(tmp_path / "lib.sqlite") as store:
        account_id, _ = engine.add_account(
            store, greader_user.api_url, greader_user.username, greader_user.password, name="Desk"
        )
        assert engine.sync_account(
            store, store.get_account(account_id), options=TaskOptions(images=False)
        ).ok
        [source] = store.sources()
        ids = _my_work(store, source.id)
        assert (
            engine.sync_account(
                store, store.get_account(account_id), options=TaskOptions(images=False)
            ).sent
            == 1
        )
        with client_for(greader_user) as client:
            [sub] = client.subscriptions()
            client.unsubscribe(sub.stream_id)
        result = engine.sync_account(
            store, store.get_account(account_id), options=TaskOptions(images=False)
        )
        assert result.ok, result.error
        assert result.sources_removed == ("Africa",)
        assert (result.kept, result.archived) == (3, ("Africa",))
        assert "kept 3 articles you starred, tagged or highlighted, under Archived: Africa" in (
            engine.describe(result)
        )
        [archived] = store.sources()
        assert archived.archived and archived.account is None and archived.total == 3
        assert sorted(store.article_ids()) == sorted(ids[:3])
        assert store.get_article(ids[0]).starred
        assert store.highlights(ids[2])[0].note == "ask the envoy"
        assert store.count(ArticleQuery(search="climate")) == 3
        # Later syncs leave the archive alone (the server no longer has the items).
        again = engine.sync_account(
            store, store.get_account(account_id), options=TaskOptions(images=False)
        )
        assert again.ok and again.unstarred == 0 and store.get_article(ids[0]).starred


@pytest.fixture
def server():
    hostile = HostileGReader()
    hostile.routes["stream/items/ids"] = lambda r: {
        "itemRefs": [{"id": str(n)} for n in range(1, 6)]
        if not r.arg("s").endswith("starred")
        else [{"id": i} for i in sorted({"5", *hostile.starred})]
    }
    hostile.routes["stream/items/contents"] = hostile.contents_of(
        lambda n: stream_item(n, content={"content": f"<p>About climate talks, part {n}.</p>"})
    )
    yield hostile
    hostile.close()


@pytest.fixture
def no_keyring():
    """A session with no usable keyring: passwords live in this process only."""
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    forget_session_passwords()
    yield
    keyring.set_keyring(previous)
    forget_session_passwords()


def test_removing_an_account_names_what_goes_and_keeps_the_users_work(
    tmp_path, server, memory_keyring
):
    with Store.open(tmp_path / "lib.sqlite") as store:
        account_id, _ = engine.add_account(store, server.api_url, "ana", "pw", name="Wire")
        assert engine.sync_account(
            store, store.get_account(account_id), options=TaskOptions(images=False)
        ).ok
        [source] = store.sources()
        _my_work(store, source.id)  # the star is a change not yet sent
        store.mark(store.article_ids()[3:], read=True)  # and two more
        removal = accounts.removal_of(store, store.get_account(account_id))
        assert removal.summary() == (
            "Removing Wire deletes 2 articles, 1 source, 3 changes not yet sent (they are "
            "lost: the server never gets them). It keeps 3 articles you made something of "
            "(1 starred, 1 tagged, 1 highlight, 1 note; 1 tag) under Archived."
        )
        retired = engine.remove_account(store, store.get_account(account_id), PasswordStore())
        assert (retired.deleted, retired.kept, retired.archived) == (2, 3, ("Wire",))
        assert store.accounts() == [] and store.count() == 3
        [archived] = store.sources()
        assert archived.archived and archived.account is None
        assert [t.total for t in store.tags()] == [1]


def test_without_a_keyring_a_restart_asks_and_the_changes_wait(tmp_path, server, no_keyring):
    with Store.open(tmp_path / "lib.sqlite") as store:
        account_id, note = engine.add_account(store, server.api_url, "ana", "pw", name="Wire")
        assert note is not None and "keyring" in note
        assert engine.sync_account(
            store, store.get_account(account_id), options=TaskOptions(images=False)
        ).ok
        store.mark(store.article_ids()[:1], starred=True)
        forget_session_passwords()  # the program closed and started again
        result = engine.sync_account(
            store, store.get_account(account_id), options=TaskOptions(images=False)
        )
        assert result.needs_password and not result.ok
        assert "needs its password" in (result.error or "")
        assert "add the account again" not in (result.error or "")
        assert store.get_account(account_id).pending == 1
        server.forms.clear()
        account = store.get_account(account_id)
        PasswordStore().save(accounts.keyring_key(account.url, account.username), "pw")
        again = engine.sync_account(
            store, store.get_account(account_id), options=TaskOptions(images=False)
        )
        assert again.ok and again.sent == 1 and store.get_account(account_id).pending == 0
        [(_, form)] = [f for f in server.forms if f[0] == "edit-tag"]
        assert form["a"] == [STARRED]


def test_plain_http_to_another_machine_is_refused(tmp_path, memory_keyring):
    with Store.open(tmp_path / "lib.sqlite") as store:
        with pytest.raises(Exception, match="plain http") as caught:
            engine.add_account(store, "http://reader.example.org/api/greader.php", "a", "pw")
        assert "--allow-insecure" in str(caught.value)
        assert store.accounts() == [] and memory_keyring.passwords == {}
    assert accounts.insecure_reason("https://reader.example.org/api") is None
    assert accounts.insecure_reason("http://127.0.0.1:8080/api") is None
    assert accounts.insecure_reason("http://[::1]/api") is None
    assert accounts.insecure_reason("http://localhost/api") is None
    assert accounts.insecure_reason("http://192.168.1.2/api") is not None
