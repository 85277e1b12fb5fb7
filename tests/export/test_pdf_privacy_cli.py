"""``export-pdf`` carries nothing private unless asked (issue 21): the user's
notes only with ``--with-notes``, the source file's local path only with
``--provenance full``; ``--provenance none`` leaves the block out."""

from __future__ import annotations

import pytest

from reader import cli
from tests.support.pdf_tools import pdftotext, squash

QUOTE = "全球变暖是"
NOTE = "Source K. met me at the station"


@pytest.fixture
def noted(db_path, sample_path, qapp):
    """``qapp``: export-pdf runs in this process and needs the widget application."""
    db = str(db_path)
    assert cli.main(["--db", db, "import", str(sample_path)]) == 0
    assert cli.main(["--db", db, "note", "--quote", QUOTE, "--text", NOTE, "1"]) == 0
    return db


@pytest.mark.parametrize(
    ("options", "path", "name", "notes"),
    [
        ([], False, True, False),
        (["--provenance", "name"], False, True, False),
        (["--provenance", "full"], True, True, False),
        (["--provenance", "none", "--with-notes"], False, False, True),
    ],
)
def test_export_pdf_options(noted, sample_path, tmp_path, capsys, options, path, name, notes):
    target = tmp_path / "out.pdf"
    assert cli.main(["--db", noted, "export-pdf", "1", "-o", str(target), *options]) == 0
    capsys.readouterr()
    text = squash(pdftotext(target))
    assert (squash(str(sample_path.resolve().parent)) in text) is path
    assert ("Provenance" in text) is name
    assert (squash(sample_path.name) in text) is name
    assert (squash(NOTE) in text) is notes


def test_unknown_provenance_is_a_usage_error(noted, tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        cli.main(["--db", noted, "export-pdf", "1", "-o", str(tmp_path / "x.pdf"),
                  "--provenance", "everything"])  # fmt: skip
    assert stop.value.code == 2
    assert "--provenance" in capsys.readouterr().err
