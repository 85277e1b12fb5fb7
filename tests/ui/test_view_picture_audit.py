"""The window, under strace, shows articles without opening any picture they named.

Issue 22: the view refused every name but a web address or a cache
reference when asked, but answered None, and Qt then read the name as a
file itself: a picture whose cached bytes did not decode was opened as
``http:/host/...`` from the working folder. The window runs as its own
process (``tests/support/view_audit.py``): a real click on the article's row.
"""

from __future__ import annotations

import pytest

from tests.support.picture_audit import (
    CLEANED_TITLE,
    STORED_TITLE,
    calls,
    make_library,
    named_opens,
    traced,
)


@pytest.mark.parametrize("title", [STORED_TITLE, CLEANED_TITLE])
def test_the_view_opens_no_path_an_article_named_and_connects_nowhere(tmp_path, title):
    library = make_library(tmp_path / "library.sqlite3", tmp_path)
    trace = tmp_path / "view.trace"
    result = traced(trace, "-m", "tests.support.view_audit", library.db_path, title)
    assert result.returncode == 0, result.stderr
    opened, connected = calls(trace)
    assert str(library.db_path) in opened  # the trace did see the window's own opens
    assert named_opens(opened, library) == []
    assert connected == []
    shown = result.stdout
    assert "Before the pictures." in shown and "After the pictures." in shown
    for n in (0, 1, 2, 5, 6, 7, 8):  # the names that are no web address
        assert f"alt {n}" in shown
    assert "[cached]" not in shown
