"""A saved page's metadata re-indexes it with its source, so ``source:`` finds it.

The index holds each article's source as a token (index version 4); code that
writes index rows must give it, or ``source:NAME word`` stops finding the
article once its title came from the page.
"""

from __future__ import annotations

from reader.core.library import Store
from reader.core.models import ArticleQuery
from tests.core.library.test_query import art


def test_source_search_finds_a_page_after_its_title_arrives(tmp_path) -> None:
    with Store.open(tmp_path / "lib.sqlite3") as store:
        source = store.source_id("Saved pages")
        # A bare link, titled with its own address until its page gives a title.
        link = art(1, "ministry statement on water", title="https://example.org/1")
        (article_id,) = store.add_articles(source, [link]).added
        store.set_page_metadata(article_id, title="Water statement", author=None, published=None)
        found = store.list_articles(ArticleQuery(search='source:"Saved pages" water'))
        assert [a.id for a in found] == [article_id]
        assert [a.id for a in store.list_articles(ArticleQuery(search="title:statement"))] == [
            article_id
        ]
