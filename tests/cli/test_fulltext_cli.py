"""Full articles from the command line, as issue 15's test asks: a feed of short
summaries whose links lead to realistic pages, refreshed with full text on; then
the server stops and the articles still read in full, in ``show`` and in a PDF."""

from __future__ import annotations

import json

from tests.cli.test_cli import list_json, run
from tests.support.fulltextkit import (
    ARTICLES,
    expected,
    image_path_of,
    paragraphs,
    site_with_articles,
)
from tests.support.pdf_tools import pdftotext, squash


def _ids_by_title(db) -> dict[str, int]:
    return {row["title"]: row["id"] for row in list_json(db)}


def test_summary_feed_reads_in_full_after_the_network_is_gone(db_path, site, tmp_path):
    feed = site_with_articles(site)
    added = run("add-feed", "--db", db_path, feed, "--no-fetch")
    assert added.returncode == 0, added.stderr
    options = run("feed-options", "--db", db_path, feed, "--full-text", "on")
    assert options.returncode == 0 and "full text on" in options.stdout, options.stderr
    refreshed = run("refresh", "--db", db_path)
    assert refreshed.returncode == 0, refreshed.stderr
    assert "Full articles: 3 downloaded, 2 not available" in refreshed.stdout
    assert "Images: 3 cached" in refreshed.stdout
    ids = _ids_by_title(db_path)
    site.stop()  # offline from here on

    for n, name in enumerate(ARTICLES):
        shown = run("show", "--db", db_path, str(ids[f"Story {n}"]))
        assert shown.returncode == 0, shown.stderr
        for paragraph in paragraphs(name):
            assert paragraph in shown.stdout
        for furniture in expected()[name]["furniture"]:
            assert furniture not in shown.stdout, furniture
        record = json.loads(
            run("show", "--db", db_path, str(ids[f"Story {n}"]), "--format", "json").stdout
        )
        assert record["shown"] == "full" and record["full_text"]["status"] == "ok"
        # The in-body picture is cached: the article points at the cache, not the site.
        assert "cached-image:" in record["html"] and image_path_of(name) not in record["html"]
        summary = run("show", "--db", db_path, str(ids[f"Story {n}"]), "--summary")
        assert paragraphs(name)[-1] not in summary.stdout

    for title, reason in (
        ("Forbidden story", "403"),
        ("Walled story", "sign in or subscribe"),
    ):
        record = json.loads(
            run("show", "--db", db_path, str(ids[title]), "--format", "json").stdout
        )
        assert record["shown"] == "summary" and record["full_text"]["status"] == "failed"
        assert reason in record["full_text"]["reason"]
        assert record["text"] in ("A teaser for a closed page.", "Policymakers are divided.")

    searched = list_json(db_path, "--search", "reinsurance")
    assert [row["id"] for row in searched] == [ids["Story 0"]]

    out = tmp_path / "full.pdf"
    exported = run("export-pdf", "--db", db_path, str(ids["Story 1"]), "--output", out)
    assert exported.returncode == 0, exported.stderr
    text = squash(pdftotext(out))
    for paragraph in paragraphs("wordpress-blog.html"):
        assert squash(paragraph) in text
    assert squash("Leave a Reply") not in text

    # Offline, fetch-full keeps what there is and says the network is missing.
    offline = run("fetch-full", "--db", db_path, str(ids["Forbidden story"]))
    assert offline.returncode == 1
    assert "network cannot be reached" in offline.stdout
    record = json.loads(
        run("show", "--db", db_path, str(ids["Forbidden story"]), "--format", "json").stdout
    )
    assert record["full_text"]["status"] == "offline" and record["text"]


def test_fetch_full_for_chosen_articles_and_add_feed_option(db_path, site):
    feed = site_with_articles(site)
    added = run("add-feed", "--db", db_path, feed, "--no-fetch")
    assert added.returncode == 0, added.stderr
    refreshed = run("refresh", "--db", db_path)  # full text off: summaries only
    assert "Full articles" not in refreshed.stdout
    ids = _ids_by_title(db_path)
    fetched = run("fetch-full", "--db", db_path, str(ids["Story 2"]), str(ids["Walled story"]))
    assert fetched.returncode == 0, fetched.stderr
    assert "1 downloaded, 1 not available" in fetched.stdout
    assert f"article {ids['Walled story']}: the page asks to sign in" in fetched.stderr
    again = run("fetch-full", "--db", db_path, str(ids["Story 2"]))
    assert "0 downloaded" in again.stdout and "1 skipped" in again.stdout
    assert site.hits["/articles/2/chinese-news.html"] == 1
    nothing = run("fetch-full", "--db", db_path)
    assert nothing.returncode == 1 and "--full-text" in nothing.stderr
    unknown = run("feed-options", "--db", db_path, "nope", "--full-text", "on")
    assert unknown.returncode == 1 and "nope: no such source" in unknown.stderr


def test_add_feed_with_full_text(db_path, site):
    feed = site_with_articles(site)
    added = run("add-feed", "--db", db_path, feed, "--full-text")
    assert added.returncode == 0, added.stderr
    assert "Full articles: 3 downloaded, 2 not available" in added.stdout
    shown = run("feed-options", "--db", db_path, "Summaries")
    assert "full text on" in shown.stdout
