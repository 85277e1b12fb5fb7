"""What the user made stays when its source goes, and highlights outlive a delete."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from reader.core.content.anchors import quote_selector
from reader.core.dumps.importer import import_paths
from reader.core.feeds.subscriptions import remove_feed
from reader.core.library import Store
from reader.core.models import ArticleQuery, NewArticle
from reader.core.net.credentials import PasswordStore


def _article(n: int, days_old: int = 0) -> NewArticle:
    when = datetime.now(UTC) - timedelta(days=days_old)
    return NewArticle(
        f"Report {n} on the harbour inquiry",
        f"https://wire.example/{n}",
        when,
        f"<p>Body {n}: the harbour inquiry heard witness {n}.</p>",
        f"Body {n}: the harbour inquiry heard witness {n}.",
    )


def _feed_with_my_work(store: Store) -> tuple[int, list[int]]:
    """A feed of five articles: one starred, one tagged, one highlighted with a note."""
    source = store.add_feed("https://wire.example/feed.xml", name="wire", title="Wire")
    ids = store.add_articles(source, [_article(n) for n in range(5)]).added
    store.mark([ids[0]], starred=True)
    store.tag_articles([ids[1]], add=["harbour"])
    anchor = quote_selector(store.get_article(ids[2]).text, "witness 2")
    assert anchor is not None
    store.add_highlight(ids[2], anchor, note="call her")
    return source, ids


def test_remove_feed_keeps_the_users_articles_archived(db_path):
    with Store.open(db_path) as store:
        store.save_search("Harbour", "harbour")
        source, ids = _feed_with_my_work(store)
        keeps = store.keeps([source])
        assert (keeps.articles, keeps.kept, keeps.highlights, keeps.notes, keeps.tags) == (
            5,
            3,
            1,
            1,
            1,
        )
        assert remove_feed(store, source, passwords=PasswordStore(use_keyring=False)) == 2
        [archived] = store.sources()
        assert (archived.id, archived.title, archived.archived, archived.total) == (
            source,
            "Wire",
            True,
            3,
        )
        assert archived.feed_url is None and store.feed_states() == []
        assert sorted(store.article_ids()) == sorted(ids[:3])
        # Findable as before: search, tags, saved searches, the note.
        assert store.count(ArticleQuery(search="witness 2")) == 1
        [tag] = store.tags()
        assert store.count(ArticleQuery(tag_ids=(tag.id,))) == 1
        [saved] = store.saved_searches()
        assert saved.total == 3
        assert store.highlights(ids[2])[0].note == "call her"
        # The same feed can be subscribed again beside its archive.
        store.add_feed("https://wire.example/feed.xml", name="wire")
        # Deleting the archive itself is the user's explicit delete: all of it goes.
        assert store.delete_source(source) == 3
        assert store.count() == 0


def test_retention_spares_tagged_and_highlighted_articles(db_path):
    with Store.open(db_path) as store:
        source = store.add_feed("https://wire.example/feed.xml", name="wire")
        ids = store.add_articles(source, [_article(n, days_old=90) for n in range(4)]).added
        store.mark([ids[0]], starred=True)
        store.tag_articles([ids[1]], add=["harbour"])
        anchor = quote_selector(store.get_article(ids[2]).text, "witness 2")
        assert anchor is not None
        store.add_highlight(ids[2], anchor)
        store.set_retention(source, 30)
        assert store.apply_retention(source, datetime.now(UTC)) == 1
        assert sorted(store.article_ids()) == sorted(ids[:3])


def test_highlights_come_back_when_a_deleted_record_is_imported_again(db_path, sample_path):
    with Store.open(db_path) as store:
        import_paths(store, [sample_path])
        [article_id] = store.article_ids()
        anchor = quote_selector(store.get_article(article_id).text, "全球变暖")
        assert anchor is not None
        store.add_highlight(article_id, anchor, colour="pink", note="check the figure")
        assert store.delete_articles([article_id]) == 1
        assert store.count() == 0
    with Store.open(db_path) as store:
        assert import_paths(store, [sample_path]).imported == 1
        [again] = store.article_ids()
        [highlight] = store.highlights(again)
        assert (highlight.quote, highlight.colour, highlight.note) == (
            "全球变暖",
            "pink",
            "check the figure",
        )
        # Once back, it waits no more: deleting and importing again brings one, not two.
        store.delete_articles([again])
        import_paths(store, [sample_path])
        [third] = store.article_ids()
        assert len(store.highlights(third)) == 1
