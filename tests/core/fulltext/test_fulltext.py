"""Full articles: extraction from realistic pages, storage beside the summary, search,
fetching politely, failures that keep the summary, and the schema upgrade."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from reader.core.feeds.refresh import refresh_with_images
from reader.core.feeds.subscriptions import subscribe
from reader.core.fulltext import extract_article, fetch_full_texts
from reader.core.fulltext.view import Shown, article_as_shown
from reader.core.library import Store, schema
from reader.core.library.fulltext import FullTextStatus
from reader.core.models import ArticleQuery, NewArticle
from reader.core.tasks import TaskOptions
from tests.support.fulltextkit import (
    ARTICLES,
    Site,
    expected,
    image_path_of,
    page,
    paragraphs,
    site_with_articles,
)

V1_LIBRARY = Path(__file__).resolve().parents[2] / "data" / "library-v1.sqlite"


@pytest.mark.parametrize("name", ARTICLES)
def test_extraction_keeps_every_paragraph_and_no_furniture(name):
    want = expected()[name]
    result = extract_article(page(name).encode(), want["url"], "text/html; charset=utf-8")
    assert result.ok, result.reason
    for paragraph in paragraphs(name):
        assert paragraph in result.text
    for furniture in want["furniture"]:
        assert furniture not in result.text, furniture
    assert want["caption"] in result.text
    assert result.images == (want["image"],)  # resolved against the page's address
    assert "<script" not in result.html and "cookie" not in result.html.lower()


def test_walls_and_short_pages_give_reasons():
    wall = extract_article(page("login-wall.html").encode(), "https://x.example/a", "text/html")
    assert not wall.ok and "sign in or subscribe" in (wall.reason or "")
    short = extract_article(page("forbidden.html").encode(), "https://x.example/a", "text/html")
    assert not short.ok and "no more text than the feed's summary" in (short.reason or "")
    # A page no longer than the feed's own text is no better than the summary.
    name = "news-site.html"
    longer = extract_article(page(name).encode(), "https://x.example/a", None, summary_words=5000)
    assert not longer.ok and "summary" in (longer.reason or "")
    pdf = extract_article(b"%PDF-1.7", "https://x.example/a.pdf", "application/pdf")
    assert not pdf.ok and "application/pdf" in (pdf.reason or "")


def _summaries(store: Store, site: Site) -> tuple[int, list[int]]:
    """A library whose articles are one-line teasers linking to the site's pages."""
    site_with_articles(site)
    source = store.source_id("Teasers")
    articles = [
        NewArticle(
            title=f"Story {n}",
            url=site.base + path,
            published=None,
            html=f"<p>Teaser {n}.</p>",
            text=f"Teaser {n}.",
        )
        for n, path in enumerate(
            [
                *(f"/articles/{n}/{name}" for n, name in enumerate(ARTICLES)),
                "/articles/forbidden.html",
                "/articles/login.html",
            ]
        )
    ]
    return source, store.add_articles(source, articles).added


def test_fetch_keeps_the_full_text_beside_the_summary_and_searches_it(tmp_path, site):
    with Store.open(tmp_path / "lib.sqlite3") as store:
        _, ids = _summaries(store, site)
        report = fetch_full_texts(store, ids)
        assert report.count(FullTextStatus.OK) == 3, report
        assert report.count(FullTextStatus.FAILED) == 2
        assert report.images is not None and report.images.summary().startswith("Images: 3 cached")
        assert site.user_agents == {next(iter(site.user_agents))}
        assert next(iter(site.user_agents)).startswith("OfflineReader/")

        first = store.get_article(ids[0])
        assert first.html == "<p>Teaser 0.</p>"  # the summary is kept
        full = store.full_text(ids[0])
        assert full is not None and full.status is FullTextStatus.OK
        shown = article_as_shown(first, full)
        assert shown.shown is Shown.FULL and paragraphs("news-site.html")[-1] in shown.article.text
        summary = article_as_shown(first, full, summary=True)
        assert summary.article.text == "Teaser 0." and summary.article.html == first.html
        # The full article's picture is the article's, and cached.
        image = site.base + image_path_of("news-site.html")
        assert image in full.html
        assert store.image_hashes([image])

        # Words only the full text has are found; the summary's too.
        assert store.article_ids(ArticleQuery(search="reinsurance")) == [ids[0]]
        assert store.article_ids(ArticleQuery(search="加装电梯")) == [ids[2]]
        assert ids[1] in store.article_ids(ArticleQuery(search="Teaser"))

        forbidden, walled = store.full_text(ids[3]), store.full_text(ids[4])
        assert forbidden is not None and forbidden.status is FullTextStatus.FAILED
        assert forbidden.reason is not None and "403" in forbidden.reason
        assert walled is not None and "sign in or subscribe" in (walled.reason or "")
        assert store.get_article(ids[3]).text == "Teaser 3."

        # Never fetched again once there; a failed page is asked for conditionally.
        hits = dict(site.hits)
        again = fetch_full_texts(store, ids)
        assert again.skipped == 3 and again.count(FullTextStatus.FAILED) == 2
        for n, name in enumerate(ARTICLES):
            assert site.hits[f"/articles/{n}/{name}"] == hits[f"/articles/{n}/{name}"] == 1
        assert "/articles/login.html" in site.conditional
        assert "sign in or subscribe" in (store.full_text(ids[4]).reason or "")  # type: ignore[union-attr]

        # Deleting keeps the contentless index consistent (it is handed the same tokens).
        store.delete_articles(ids[:3])
        assert store.article_ids(ArticleQuery(search="reinsurance")) == []
        db = sqlite3.connect(store.path)
        db.execute("INSERT INTO article_search(article_search) VALUES ('integrity-check')")
        assert db.execute("SELECT count(*) FROM article_fulltext").fetchone()[0] == 2
        db.close()


def test_offline_keeps_the_summary_and_the_next_refresh_catches_up(tmp_path, site):
    feed = site_with_articles(site)
    with Store.open(tmp_path / "lib.sqlite3") as store:
        source = subscribe(store, feed, find_feed=False).source_id
        store.set_full_text_option(source, True)
        # Only the first page is there; the others answer 404 (failed, not retried).
        pages = {path: route for path, route in site.routes.items() if path != "/feed.xml"}
        for path in pages:
            if path != "/articles/0/news-site.html":
                del site.routes[path]
        dead = Site()
        dead.stop()  # a port nobody listens on: "the network cannot be reached"
        run = refresh_with_images(store, [source])
        assert run.full_text is not None and run.full_text.count(FullTextStatus.OK) == 1

        # Point an article at the dead port: it is offline, not failed, and retried.
        article_id = run.added_ids[1]
        store._db.execute(
            "UPDATE articles SET url = ? WHERE id = ?", (dead.base + "/x.html", article_id)
        )
        store._db.execute("DELETE FROM article_fulltext WHERE article_id = ?", (article_id,))
        report = fetch_full_texts(store, [article_id])
        assert report.offline and "summaries are kept" in report.summary()
        state = store.full_text(article_id)
        assert state is not None and state.status is FullTextStatus.OFFLINE
        assert store.full_text_retry_ids([source]) == [article_id]
        store._db.execute(
            "UPDATE articles SET url = ? WHERE id = ?",
            (site.base + "/articles/1/wordpress-blog.html", article_id),
        )
        site.routes["/articles/1/wordpress-blog.html"] = pages["/articles/1/wordpress-blog.html"]
        again = refresh_with_images(store, [source])
        assert again.full_text is not None and again.full_text.count(FullTextStatus.OK) == 1
        assert store.full_text(article_id).status is FullTextStatus.OK  # type: ignore[union-attr]


def test_polite_a_few_at_a_time_and_two_per_host(tmp_path, site):
    site.delay = 0.15
    with Store.open(tmp_path / "lib.sqlite3") as store:
        source = store.source_id("Many")
        articles = []
        for n in range(8):
            url = site.add(f"/p/{n}.html", page(ARTICLES[n % 3]))
            articles.append(
                NewArticle(title=f"S{n}", url=url, published=None, html="<p>t</p>", text="t")
            )
        ids = store.add_articles(source, articles).added
        report = fetch_full_texts(
            store, ids, options=TaskOptions(images=False, executor_factory=None)
        )
    assert report.count(FullTextStatus.OK) == 8
    assert site.max_active == 2  # one host: at most two of its pages at once


def test_a_v1_library_upgrades_without_loss(tmp_path, site):
    path = tmp_path / "v1.sqlite"
    shutil.copy(V1_LIBRARY, path)
    before = sqlite3.connect(path)
    counts = before.execute("SELECT count(*), sum(read), sum(starred) FROM articles").fetchone()
    sources = before.execute("SELECT count(*) FROM sources").fetchone()
    before.close()
    with Store.open(path) as store:
        total, unread, starred = store.totals()
        assert (total, total - unread, starred) == counts
        assert store._db.execute("SELECT count(*) FROM sources").fetchone() == sources
        assert store._db.execute("PRAGMA user_version").fetchone()[0] == schema.VERSION
        feed = store.find_source("Fixture Feed")
        assert feed is not None and not store.full_text_option(feed.id)
        store.set_full_text_option(feed.id, True)
        assert store.full_text_source_ids() == {feed.id}
        # The feature works on an upgraded library: a full text, found by search.
        site.add("/story.html", page("news-site.html"))
        [article_id] = store.article_ids(ArticleQuery(source_ids=(feed.id,)))[:1]
        store._db.execute(
            "UPDATE articles SET url = ? WHERE id = ?", (site.base + "/story.html", article_id)
        )
        assert (
            fetch_full_texts(store, [article_id], options=TaskOptions(images=False)).count(
                FullTextStatus.OK
            )
            == 1
        )
        assert store.article_ids(ArticleQuery(search="reinsurance")) == [article_id]
    fresh = tmp_path / "fresh.sqlite3"
    Store.open(fresh).close()

    def table_sql(db_file: Path) -> list[str]:
        db = sqlite3.connect(db_file)
        rows = db.execute(
            "SELECT name, sql FROM sqlite_master WHERE name = 'article_fulltext'"
        ).fetchall()
        columns = db.execute("SELECT name, type, dflt_value FROM pragma_table_info('sources')")
        result = [" ".join(sql.split()) for _, sql in rows] + [
            str(c) for c in columns.fetchall() if c[0] == "full_text"
        ]
        db.close()
        return result

    assert table_sql(path) == table_sql(fresh)


def test_cancel_stops_between_pages_and_records_nothing_for_the_rest(tmp_path, site):
    site.delay = 0.1
    with Store.open(tmp_path / "lib.sqlite3") as store:
        source = store.source_id("Many")
        articles = [
            NewArticle(
                title=f"S{n}",
                url=site.add(f"/p/{n}.html", page(ARTICLES[n % 3])),
                published=None,
                html="<p>t</p>",
                text="t",
            )
            for n in range(12)
        ]
        ids = store.add_articles(source, articles).added
        seen: list[int] = []
        report = fetch_full_texts(
            store,
            ids,
            options=TaskOptions(
                images=False,
                progress=lambda done, total: seen.append(done),
                cancelled=lambda: len(seen) > 2,
            ),
        )
        assert report.cancelled and "Cancelled." in report.summary()
        done = [o for o in report.outcomes if o.status is FullTextStatus.OK]
        assert 1 <= len(done) < 12
        left = [o.article_id for o in report.outcomes if o.status is None]
        assert left and all(store.full_text(i) is None for i in left)
        # Asked again, only the rest is fetched.
        again = fetch_full_texts(store, ids, options=TaskOptions(images=False))
        assert again.skipped == len(done) and again.count(FullTextStatus.OK) == 12 - len(done)


def test_extraction_drops_a_cookie_line_and_the_repeated_title() -> None:
    from reader.core.fulltext.extract import extract_article

    body = " ".join(f"The council met on day {n} to discuss the river flooding." for n in range(30))
    page = f"""<html><head><title>Floods close the old bridge</title></head><body>
      <nav><a href="/">Home</a></nav>
      <article>
        <h1>Floods close the old bridge</h1>
        <p>We use cookies.</p>
        <p>{body}</p>
        <p>Cookies help the council decide: a bakery on the bridge sold 3,000 of them
        to the workers, and the mayor said every one of them was eaten before noon.</p>
      </article></body></html>""".encode()
    found = extract_article(body=page, url="https://news.example/bridge")
    assert found.ok, found.reason
    assert "We use cookies" not in found.text
    assert "Floods close the old bridge" not in found.text  # the view shows the title already
    assert "river flooding" in found.text
    assert "bakery on the bridge" in found.text  # text that only mentions cookies stays
