"""A real PDF export, under strace, opens no picture an article named and connects nowhere.

Issue 22: Qt read every picture it got no image for as a file name (and
again with each image suffix), so an export opened ``\\\\host\\share``
addresses, local paths and relative names that articles gave as pictures.
"""

from __future__ import annotations

from tests.support.pdf_tools import pdfimages, pdftotext, squash
from tests.support.picture_audit import calls, make_library, named_opens, traced


def test_the_export_opens_no_path_an_article_named_and_connects_nowhere(tmp_path):
    library = make_library(tmp_path / "library.sqlite3", tmp_path)
    out = tmp_path / "pictures.pdf"
    trace = tmp_path / "export.trace"
    ids = [str(library.stored_id), str(library.cleaned_id)]
    result = traced(trace, "-m", "reader", "export-pdf", "--db", library.db_path, *ids, "-o", out)
    assert result.returncode == 0, result.stderr
    opened, connected = calls(trace)
    assert str(library.db_path) in opened  # the trace did see the export's own opens
    assert named_opens(opened, library) == []
    assert connected == []
    # Pictures come from the cache or not at all: the cached one is in both
    # articles, the others left their descriptions.
    sizes = [(row["width"], row["height"]) for row in pdfimages(out) if row.get("type") == "image"]
    assert sizes == [("64", "40")] * 2
    text = squash(pdftotext(out))
    for n in range(10):
        assert squash(f"[alt {n}]") in text  # the stored article: as missing pictures
    assert "[cached]" not in text
