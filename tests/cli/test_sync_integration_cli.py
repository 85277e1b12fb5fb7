"""An account's subscription read in full, with its provenance, from a terminal.

``feed-options`` turns "Download full articles" on for an account's source;
the next ``sync`` fetches the pages of the new items (a fulltext-kit site
serving realistic article pages); then the site is gone and ``show`` still
gives the whole article, whose ``provenance`` names the account, and the PDF
ends with it.
"""

from __future__ import annotations

import json

from tests.cli.test_cli import list_json, run
from tests.core.sync.test_sync_integration import _only_items
from tests.support.cli_runner import run_cli
from tests.support.freshrss import cli_env, subscribe
from tests.support.fulltextkit import ARTICLES, expected, paragraphs, site_with_articles
from tests.support.pdf_tools import pdftotext, squash


def test_an_account_source_reads_in_full_with_its_provenance(
    tmp_path, freshrss, greader_user, site
):
    env = cli_env(tmp_path)
    db = tmp_path / "lib.sqlite"
    feed = site_with_articles(site)
    whole = site.routes["/feed.xml"].body
    site.add("/feed.xml", _only_items(whole, 1), content_type="application/rss+xml")
    subscribe(greader_user, feed, folder="Long reads")
    added = run_cli(
        "account", "add", "greader", greader_user.api_url, "--username", greader_user.username,
        "--password-stdin", "--name", "Desk", "--db", db,
        env=env, stdin=greader_user.password + "\n",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    first = run("sync", "--db", db, "--no-images", env=env)
    assert first.returncode == 0 and "Desk: 1 new article" in first.stdout, first.stderr
    assert "Full articles" not in first.stdout

    [line] = run("sources", "--json", "--db", db).stdout.splitlines()
    source = json.loads(line)
    assert (source["kind"], source["account"]) == ("account", "Desk")
    options = run("feed-options", "--db", db, source["title"], "--full-text", "on", env=env)
    assert options.returncode == 0, options.stderr
    assert "full text on" in options.stdout

    site.add("/feed.xml", whole, content_type="application/rss+xml")
    freshrss.refresh(greader_user)
    synced = run("sync", "--db", db, env=env)
    assert synced.returncode == 0, synced.stderr
    assert "Desk: 4 new articles" in synced.stdout
    assert "Desk: Full articles: 2 downloaded, 2 not available" in synced.stdout
    assert "Images: 2 cached" in synced.stdout
    assert "403" in synced.stderr  # the closed page says why
    ids = {row["title"]: row["id"] for row in list_json(db)}
    site.stop()  # offline from here on

    for n, name in enumerate(ARTICLES[1:], start=1):
        shown = run("show", "--db", db, str(ids[f"Story {n}"]), "--format", "text")
        assert shown.returncode == 0, shown.stderr
        for paragraph in paragraphs(name):
            assert paragraph in shown.stdout
        for furniture in expected()[name]["furniture"]:
            assert furniture not in shown.stdout, furniture
    record = json.loads(run("show", "--db", db, str(ids["Story 1"]), "--format", "json").stdout)
    assert record["shown"] == "full" and "cached-image:" in record["html"]
    proof = record["provenance"]
    assert proof["recorded"] and proof["origin_kind"] == "account"
    assert (proof["origin"], proof["account"]) == (greader_user.api_url, "Desk")
    assert proof["stream_id"].startswith("feed/") and proof["item_id"]
    assert len(proof["sha256"]) == 64 and proof["captured_at"].endswith("Z")
    # The story synced before the option was on keeps its summary.
    earlier = json.loads(run("show", "--db", db, str(ids["Story 0"]), "--format", "json").stdout)
    assert earlier["shown"] == "summary"

    out = tmp_path / "story.pdf"
    exported = run("export-pdf", "--db", db, str(ids["Story 1"]), "--output", out)
    assert exported.returncode == 0, exported.stderr
    text = squash(pdftotext(out))
    assert squash(paragraphs("wordpress-blog.html")[-1]) in text
    assert squash("From the sync account: Desk") in text
    assert proof["sha256"] in text.replace(" ", "")
