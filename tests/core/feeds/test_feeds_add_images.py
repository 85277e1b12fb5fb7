"""``add-feed`` caches the pictures of the articles of its first fetch, as
``refresh`` does: subscribe, go offline, and the article (``show``) and its PDF
have them. Real CLI subprocesses, a real local server, real poppler."""

from __future__ import annotations

import json

from tests.cli.test_cli import list_json, run
from tests.support.imagekit import requested_paths, serve_picture_feed
from tests.support.pdf_tools import pdfimages


def picture_article(db_path) -> int:
    [row] = [r for r in list_json(db_path) if r["title"].startswith("Flood pictures")]
    return row["id"]


def test_add_feed_caches_the_first_articles_images(own_server, db_path, tmp_path):
    url = serve_picture_feed(own_server)
    photo = own_server.url_for("/img/flood.png")
    added = run("add-feed", "--db", db_path, url)
    assert added.returncode == 0, added.stderr
    lines = added.stdout.splitlines()
    assert lines[0] == f"Subscribed to {url} as 127.0.0.1."
    assert lines[1:] == ["Example News: 2 new articles.", "Images: 1 cached."]
    assert "/img/flood.png" in requested_paths(own_server)
    own_server.stop()  # offline from here on, and no refresh

    article_id = picture_article(db_path)
    shown = run("show", "--db", db_path, str(article_id), "--format", "json")
    assert shown.returncode == 0, shown.stderr
    html = json.loads(shown.stdout)["html"]
    assert html.count('src="cached-image:') == 1 and photo not in html
    page = run("show", "--db", db_path, str(article_id), "--format", "html").stdout
    assert 'src="cached-image:' in page and photo not in page

    pdf = tmp_path / "flood.pdf"
    exported = run("export-pdf", "--db", db_path, str(article_id), "--output", pdf)
    assert exported.returncode == 0, exported.stderr
    assert [(i["width"], i["height"]) for i in pdfimages(pdf)] == [("64", "40")]


def test_add_feed_no_images_leaves_them_for_later(own_server, db_path, tmp_path):
    url = serve_picture_feed(own_server)
    photo = own_server.url_for("/img/flood.png")
    added = run("add-feed", "--db", db_path, url, "--no-images")
    assert added.returncode == 0, added.stderr
    assert "2 new articles" in added.stdout and "Images:" not in added.stdout
    assert not [p for p in requested_paths(own_server) if p.startswith("/img/")]
    article_id = picture_article(db_path)
    html = json.loads(run("show", "--db", db_path, str(article_id), "--format", "json").stdout)
    assert photo in html["html"] and "cached-image:" not in html["html"]

    later = run("cache-images", "--db", db_path)
    assert later.returncode == 0, later.stderr
    assert "Images: 1 cached." in later.stdout
    html = json.loads(run("show", "--db", db_path, str(article_id), "--format", "json").stdout)
    assert 'src="cached-image:' in html["html"]


def test_add_feed_offline_images_stay_pending_and_the_feed_is_kept(
    own_server, db_path, unused_port_url
):
    """Images on a host that cannot be reached: the subscription and its articles
    stand (exit 0), the images are left for ``cache-images``."""
    from tests.support.feedkit import Item, rss20

    body = "".join(f'<p>p{n}</p><img src="{unused_port_url}/img/{n}.png">' for n in range(6))
    item = Item("Far pictures", "https://far.example/1", body, guid="urn:far:1")
    own_server.expect_request("/far").respond_with_data(
        rss20([item]), content_type="application/rss+xml"
    )
    added = run("add-feed", "--db", db_path, own_server.url_for("/far"))
    assert added.returncode == 0, added.stderr
    assert "1 new article." in added.stdout
    assert "The network cannot be reached: images were left for later." in added.stdout
    assert len(list_json(db_path)) == 1


def test_the_written_articles_are_committed_before_the_images_are_fetched(httpserver, db_path):
    """``on_written`` is the moment a list may be read: another connection (the
    window's list query) must see the new articles then, images or not."""
    from reader.core.feeds.refresh import refresh_with_images
    from reader.core.feeds.subscriptions import subscribe
    from reader.core.library import Store
    from reader.core.models import ArticleQuery

    url = serve_picture_feed(httpserver)
    seen: list[tuple[int, bool]] = []
    with Store.open(db_path) as store:
        source_id = subscribe(store, url, find_feed=False).source_id

        def written(results) -> None:
            with Store.open(db_path) as reader:
                listed = reader.article_ids(ArticleQuery(source_ids=(source_id,)))
                cached = reader.cached_image(httpserver.url_for("/img/flood.png"))
            seen.append((len(listed), cached is not None))

        run_ = refresh_with_images(store, [source_id], on_written=written)
    assert seen == [(2, False)]
    assert run_.images is not None and run_.images.summary() == "Images: 1 cached."
    assert [r.added for r in run_.results] == [2]
