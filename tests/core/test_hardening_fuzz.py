"""Fuzzing in the test run (a few hundred examples each; ``tools/fuzz.py`` runs for
minutes): any input gives articles or a clear ReaderError, never another
exception, and never markup outside the sanitizer's allow-list (issue 12)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from tests.cli.test_cli import run
from tests.support import fuzz_properties as fp


def fuzz(examples: int) -> settings:
    return settings(
        max_examples=examples, deadline=None, suppress_health_check=[HealthCheck.too_slow]
    )


@fuzz(400)
@given(fp.DUMPS)
def test_dump_parser(data):
    fp.check_dump(data)


@fuzz(300)
@given(fp.HTML, fp.BASES)
def test_cleaner(html, base):
    fp.check_cleaner(html, base)


@fuzz(150)
@given(fp.FEEDS)
def test_feed_parser(data):
    fp.check_feed(data)


@pytest.mark.parametrize(
    "html",
    [
        '<p onclick="x">a</p><script>alert(1)</script>',
        '<a href="javascript:alert(1)">j</a><img src="file:///etc/passwd">',
        "<!-- c --><p>text</p>",
    ],
)
def test_the_allow_list_check_passes_what_the_cleaner_makes(html):
    fp.check_cleaner(html, None)


@pytest.mark.parametrize(
    "html",
    [
        "<p onclick='x'>a</p>",
        "<iframe src='x'></iframe>",
        "<a href='javascript:x'>j</a>",
        "<p style='color:red'>a</p>",
        "<font>x</font>",
        "<!-- c --><p>a</p>",
    ],
)
def test_the_allow_list_check_can_fail(html):
    with pytest.raises(AssertionError):
        fp.assert_sanitized(html)


def test_a_swallowed_crash_in_the_cleaner_fails_the_check(monkeypatch):
    from reader.core.content import cleaning

    def broken(body, base):
        raise RuntimeError("a bug")

    monkeypatch.setattr(cleaning, "_clean", broken)
    with pytest.raises(AssertionError, match="crashed and hid it"):
        fp.check_cleaner("<p>x</p>", None)


@pytest.mark.parametrize(
    "data",
    [  # found by tools/fuzz.py: feedparser raised, and add-feed printed a traceback
        b'<?A?><n--:A xmlns:n--="!\xa0!" _="" A="">',
        b'<?encoding="\x80"?>',
        b'<?encoding="\x00"?>',
        b"<rss<channel<link>a://[</link<",  # the channel's link: urljoin raised
    ],
)
def test_feedparser_slips_are_clear_errors(data, httpserver, db_path):
    fp.check_feed(data)
    httpserver.expect_request("/odd").respond_with_data(data)
    result = run("add-feed", "--db", db_path, httpserver.url_for("/odd"))
    assert "Traceback" not in result.stderr
    if result.returncode == 1:
        assert "no feed found there: not a feed: " in result.stderr
    else:  # damaged, but a feed
        assert result.returncode == 0 and "the feed is damaged but was read" in result.stderr
